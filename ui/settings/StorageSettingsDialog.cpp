#include "StorageSettingsDialog.h"

#include "Config.h"
#include "storage/DatabaseSetup.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace civicdesk {

namespace {

QString quoteIfNeeded(const QString& value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\'')))
        return value;
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

StorageSettingsDialog::StorageSettingsDialog(Config& config, const ConnectionSpec& current,
                                             QWidget* parent)
    : QDialog(parent), m_config(config)
{
    setObjectName(QStringLiteral("storageSettingsDialog"));
    setWindowTitle(tr("Storage settings"));

    m_local = new QRadioButton(tr("&Local: a database file on this PC"), this);
    m_local->setObjectName(QStringLiteral("modeLocal"));
    m_shared = new QRadioButton(tr("S&hared: a database file on a LAN share, for a few PCs"), this);
    m_shared->setObjectName(QStringLiteral("modeShared"));
    m_server = new QRadioButton(tr("Se&rver: PostgreSQL, for a whole center"), this);
    m_server->setObjectName(QStringLiteral("modeServer"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_local, 0);
    group->addButton(m_shared, 1);
    group->addButton(m_server, 2);

    m_pages = new QStackedWidget(this);

    auto pathRow = [this](QLineEdit*& edit, const QString& name, bool save) {
        auto* page = new QWidget(m_pages);
        auto* row = new QHBoxLayout(page);
        edit = new QLineEdit(page);
        edit->setObjectName(name);
        auto* browseButton = new QPushButton(tr("Browse…"), page);
        QLineEdit* target = edit;
        connect(browseButton, &QPushButton::clicked, this, [this, target, save] { browse(target, save); });
        row->addWidget(new QLabel(tr("File:"), page));
        row->addWidget(edit, 1);
        row->addWidget(browseButton);
        m_pages->addWidget(page);
    };
    pathRow(m_localPath, QStringLiteral("localPath"), true);
    m_localPath->setPlaceholderText(ConnectionSpec::defaultLocalPath());
    pathRow(m_sharedPath, QStringLiteral("sharedPath"), true);
    m_sharedPath->setPlaceholderText(tr("for example //server/civicdesk/center.sqlite"));

    auto* serverPage = new QWidget(m_pages);
    auto* form = new QFormLayout(serverPage);
    m_host = new QLineEdit(serverPage);
    m_host->setObjectName(QStringLiteral("pgHost"));
    m_port = new QSpinBox(serverPage);
    m_port->setObjectName(QStringLiteral("pgPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_dbname = new QLineEdit(serverPage);
    m_dbname->setObjectName(QStringLiteral("pgDatabase"));
    m_user = new QLineEdit(serverPage);
    m_user->setObjectName(QStringLiteral("pgUser"));
    m_password = new QLineEdit(serverPage);
    m_password->setObjectName(QStringLiteral("pgPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_dbname);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    m_pages->addWidget(serverPage);

    auto* testButton = new QPushButton(tr("&Test connection"), this);
    testButton->setObjectName(QStringLiteral("testConnection"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setText(tr("Test the connection before saving."));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto* layout = new QVBoxLayout(this);
    auto* modes = new QGroupBox(tr("Where the data is kept"), this);
    auto* modesLayout = new QVBoxLayout(modes);
    modesLayout->addWidget(m_local);
    modesLayout->addWidget(m_shared);
    modesLayout->addWidget(m_server);
    layout->addWidget(modes);
    layout->addWidget(m_pages);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(testButton);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);
    layout->addWidget(m_buttons);

    connect(group, &QButtonGroup::idClicked, this, [this](int id) {
        m_pages->setCurrentIndex(id);
        markUntested();
    });
    for (QLineEdit* e : {m_localPath, m_sharedPath, m_host, m_dbname, m_user, m_password})
        connect(e, &QLineEdit::textChanged, this, &StorageSettingsDialog::markUntested);
    connect(m_port, qOverload<int>(&QSpinBox::valueChanged), this, &StorageSettingsDialog::markUntested);
    connect(testButton, &QPushButton::clicked, this, &StorageSettingsDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StorageSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load(current);
    markUntested();
}

void StorageSettingsDialog::load(const ConnectionSpec& spec)
{
    switch (spec.mode) {
    case StorageMode::Local:
        m_local->setChecked(true);
        m_pages->setCurrentIndex(0);
        if (!spec.isDefaultLocal())
            m_localPath->setText(spec.path);
        break;
    case StorageMode::Shared:
        m_shared->setChecked(true);
        m_pages->setCurrentIndex(1);
        m_sharedPath->setText(spec.path);
        break;
    case StorageMode::Server: {
        m_server->setChecked(true);
        m_pages->setCurrentIndex(2);
        auto p = PgConnectionParams::parse(spec.server);
        if (p) {
            m_host->setText(p->host);
            m_port->setValue(p->port);
            m_dbname->setText(p->dbname);
            m_user->setText(p->user);
            m_password->setText(p->password);
        }
        break;
    }
    }
}

ConnectionSpec StorageSettingsDialog::spec() const
{
    if (m_shared->isChecked())
        return ConnectionSpec::shared(m_sharedPath->text().trimmed());
    if (m_server->isChecked()) {
        QStringList parts;
        parts << QStringLiteral("host=") + quoteIfNeeded(m_host->text().trimmed())
              << QStringLiteral("port=") + QString::number(m_port->value())
              << QStringLiteral("dbname=") + quoteIfNeeded(m_dbname->text().trimmed())
              << QStringLiteral("user=") + quoteIfNeeded(m_user->text().trimmed());
        if (!m_password->text().isEmpty())
            parts << QStringLiteral("password=") + quoteIfNeeded(m_password->text());
        return ConnectionSpec::postgres(parts.join(QLatin1Char(' ')));
    }
    const QString path = m_localPath->text().trimmed();
    return ConnectionSpec::local(path.isEmpty() ? ConnectionSpec::defaultLocalPath() : path);
}

bool StorageSettingsDialog::testConnection()
{
    const ConnectionSpec s = spec();
    if (s.isSqlite() && s.path.isEmpty()) {
        m_result->setText(tr("Choose a database file first."));
        return false;
    }
    auto probe = probeDatabase(s);
    m_tested = probe.isOk();
    m_result->setText(probe ? probe.value() : probe.message());
    m_result->setStyleSheet(m_tested ? QStringLiteral("color: #1b5e20;")
                                     : QStringLiteral("color: #b71c1c;"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_tested);
    return m_tested;
}

void StorageSettingsDialog::markUntested()
{
    m_tested = false;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Test the connection before saving."));
}

void StorageSettingsDialog::browse(QLineEdit* target, bool save)
{
    const QString file =
        save ? QFileDialog::getSaveFileName(this, tr("Database file"), target->text(),
                                            tr("CivicDesk database (*.sqlite)"), nullptr,
                                            QFileDialog::DontConfirmOverwrite)
             : QFileDialog::getOpenFileName(this, tr("Database file"), target->text(),
                                            tr("CivicDesk database (*.sqlite)"));
    if (!file.isEmpty())
        target->setText(file);
}

void StorageSettingsDialog::accept()
{
    if (!m_tested)
        return;
    spec().saveTo(m_config);
    m_config.sync();
    QDialog::accept();
}

} // namespace civicdesk
