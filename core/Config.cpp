#include "Config.h"

#include <QSettings>

namespace civicdesk {

namespace {

struct KeyInfo {
    Config::Key key;
    const char* name;
    QVariant defaultValue;
};

const KeyInfo& info(Config::Key key)
{
    static const KeyInfo table[] = {
        {Config::Key::StorageMode, "storage/mode", QStringLiteral("local")},
        {Config::Key::LocalDatabasePath, "storage/localPath", QString()},
        {Config::Key::SharedDatabasePath, "storage/sharedPath", QString()},
        {Config::Key::ServerConnection, "storage/serverConnection", QString()},
        {Config::Key::Language, "ui/language", QString()},
        {Config::Key::MainWindowGeometry, "ui/mainWindowGeometry", QByteArray()},
        {Config::Key::MainWindowState, "ui/mainWindowState", QByteArray()},
        {Config::Key::LastPane, "ui/lastPane", QString()},
        {Config::Key::LastLogin, "session/lastLogin", QString()},
        {Config::Key::ReceiptPrinter, "printing/receiptPrinter", QString()},
        {Config::Key::DocumentPrinter, "printing/documentPrinter", QString()},
        {Config::Key::AcceptanceReceiptPaper, "printing/acceptanceReceiptPaper",
         QStringLiteral("receipt80")},
    };
    for (const KeyInfo& k : table) {
        if (k.key == key)
            return k;
    }
    Q_UNREACHABLE();
}

} // namespace

Config::Config(const QString& iniPath, QObject* parent)
    : QObject(parent),
      m_settings(iniPath.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Config::~Config() = default;

QVariant Config::get(Key key) const
{
    const KeyInfo& k = info(key);
    return m_settings->value(QLatin1String(k.name), k.defaultValue);
}

void Config::set(Key key, const QVariant& value)
{
    if (get(key) == value)
        return;
    m_settings->setValue(QLatin1String(info(key).name), value);
    emit changed(key);
}

void Config::reset(Key key)
{
    m_settings->remove(QLatin1String(info(key).name));
    emit changed(key);
}

void Config::sync()
{
    m_settings->sync();
}

QString Config::fileName() const
{
    return m_settings->fileName();
}

QVariant Config::defaultValue(Key key)
{
    return info(key).defaultValue;
}

} // namespace civicdesk
