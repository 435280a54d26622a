#pragma once

// Typed per-PC settings (storage mode, paths, language, printers, window layout), kept in an
// INI file in the user's configuration folder. Settings that hold for the whole center
// (thresholds, opening hours) live in the database instead, see storage/CenterSettings.h.

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

namespace civicdesk {

class Config : public QObject {
    Q_OBJECT
public:
    enum class Key {
        StorageMode,         // "local", "shared" or "server"
        LocalDatabasePath,   // empty: civicdesk.sqlite in the user's data folder
        SharedDatabasePath,  // a file on a LAN share
        ServerConnection,    // libpq "host=… port=… dbname=… user=…"
        Language,            // empty: the system locale; "en" or "zh_CN"
        MainWindowGeometry,
        MainWindowState,
        LastPane,
        LastLogin,           // the login name typed last time on this PC
        ReceiptPrinter,      // printer name for 80 mm receipts and tickets
        DocumentPrinter,     // printer name for A4 documents
        AcceptanceReceiptPaper, // "receipt80" or "a4": the paper of this counter's receipts
    };
    Q_ENUM(Key)

    // Settings in the given INI file; an empty path uses the standard per-user location.
    explicit Config(const QString& iniPath = {}, QObject* parent = nullptr);
    ~Config() override;

    QVariant get(Key key) const;
    QString getString(Key key) const { return get(key).toString(); }
    void set(Key key, const QVariant& value);
    void reset(Key key);
    void sync();
    QString fileName() const;

    static QVariant defaultValue(Key key);

signals:
    void changed(civicdesk::Config::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace civicdesk
