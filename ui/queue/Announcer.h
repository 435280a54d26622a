#pragma once

// Says a call out loud in the hall: "请 A023 号到 5 号窗口" and then in English, through Qt's
// text-to-speech when it was built in and an engine answers; otherwise a chime (the system
// bell). CIVICDESK_NO_VOICE=1 keeps it silent.

#include <QObject>

class QTextToSpeech;

namespace civicdesk {

class Announcer : public QObject {
    Q_OBJECT
public:
    explicit Announcer(QObject* parent = nullptr);
    ~Announcer() override;

    void announce(const QString& number, int windowNumber);
    // What the hall hears for a call, in Chinese then English.
    static QString spokenText(const QString& number, int windowNumber);
    bool hasVoice() const;

private:
    QTextToSpeech* m_speech = nullptr;
    bool m_silent = false;
};

} // namespace civicdesk
