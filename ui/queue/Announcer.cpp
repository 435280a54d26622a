#include "Announcer.h"

#include <QApplication>

#ifdef CIVICDESK_HAVE_TTS
#include <QTextToSpeech>
#endif

namespace civicdesk {

Announcer::Announcer(QObject* parent) : QObject(parent)
{
    m_silent = qEnvironmentVariableIntValue("CIVICDESK_NO_VOICE") == 1;
#ifdef CIVICDESK_HAVE_TTS
    if (!m_silent && !QTextToSpeech::availableEngines().isEmpty()) {
        m_speech = new QTextToSpeech(this);
        if (m_speech->state() == QTextToSpeech::Error) {
            delete m_speech;
            m_speech = nullptr;
        } else {
            for (const QLocale& l : m_speech->availableLocales()) {
                if (l.language() == QLocale::Chinese) {
                    m_speech->setLocale(l);
                    break;
                }
            }
            m_speech->setRate(-0.1);
        }
    }
#endif
}

Announcer::~Announcer() = default;

bool Announcer::hasVoice() const
{
    return m_speech != nullptr;
}

QString Announcer::spokenText(const QString& number, int windowNumber)
{
    // Spoken in both languages whatever the program's language: the hall hears both.
    return QStringLiteral("请 %1 号到 %2 号窗口。Number %1, please go to window %2.")
        .arg(number)
        .arg(windowNumber);
}

void Announcer::announce(const QString& number, int windowNumber)
{
    if (m_silent)
        return;
#ifdef CIVICDESK_HAVE_TTS
    if (m_speech) {
        m_speech->say(spokenText(number, windowNumber));
        return;
    }
#endif
    QApplication::beep();
}

} // namespace civicdesk
