#include "MainWindow.h"

#include "PlaceholderPane.h"
#include "audit/AuditTrailView.h"
#include "calendar/CalendarEditor.h"
#include "cases/CaseListPane.h"
#include "catalog/CatalogEditor.h"
#include "intake/IntakePane.h"
#include "login/LoginDialog.h"
#include "printing/PrintService.h"
#include "queue/DisplayBoard.h"
#include "queue/QueuePane.h"
#include "reports/ReportsPane.h"
#include "roster/RosterEditor.h"
#include "settings/StorageSettingsDialog.h"
#include "staff/StaffAdminWidget.h"
#include "workflow/ApproverInbox.h"
#include "workflow/SupervisionView.h"

#include "Config.h"
#include "Services.h"
#include "demo/DemoData.h"
#include "intake/IntakeService.h"
#include "security/StaffService.h"
#include "storage/Migrator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>

namespace civicdesk {

MainWindow::MainWindow(Services& services, Config& config, QWidget* parent)
    : QMainWindow(parent), m_services(services), m_config(config)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/civicdesk/icons/civicdesk.svg")));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(170);
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: #eef2f6; font-size: 11pt; padding-top: 6px; }"
        "QListWidget::item { padding: 4px 8px; border-radius: 4px; }"
        "QListWidget::item:selected { background: #2f5d8a; color: white; }"));
    m_panes = new QStackedWidget(central);
    m_panes->setObjectName(QStringLiteral("panes"));
    layout->addWidget(m_navigation);
    layout->addWidget(m_panes, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_panes, &QStackedWidget::setCurrentIndex);

    createMenus();
    createPanes();

    m_storageLabel = new QLabel(this);
    m_storageLabel->setObjectName(QStringLiteral("storageLabel"));
    m_storageLabel->setText(tr("%1 database: %2")
                                .arg(storageModeName(m_services.db().mode()),
                                     m_services.db().spec().describe()));
    statusBar()->addPermanentWidget(m_storageLabel);
    const Session& session = m_services.session();
    auto* who = new QLabel(session.isSystem()
                               ? session.displayName()
                               : tr("%1 · %2").arg(session.displayName(),
                                                    StaffService::rolesText(session.staff().roles)),
                           this);
    who->setObjectName(QStringLiteral("signedInLabel"));
    statusBar()->addPermanentWidget(who);

    updateTitle();
    resize(1200, 760);
    restoreGeometry(m_config.get(Config::Key::MainWindowGeometry).toByteArray());
    restoreState(m_config.get(Config::Key::MainWindowState).toByteArray());
    if (!showPane(m_config.getString(Config::Key::LastPane)))
        m_navigation->setCurrentRow(0);

    // Art. 32: an application received for checking whose notice is overdue counts as
    // accepted; the program does this at start and every quarter of an hour while it runs.
    auto* deemed = new QTimer(this);
    deemed->setInterval(15 * 60 * 1000);
    connect(deemed, &QTimer::timeout, this, &MainWindow::deemOverdueAccepted);
    deemed->start();
    QTimer::singleShot(0, this, &MainWindow::deemOverdueAccepted);
}

void MainWindow::deemOverdueAccepted()
{
    auto accepted = IntakeService::deemAcceptedOverdue(m_services.db(), m_services.clock());
    if (!accepted)
        showStatusMessage(accepted.message());
    else if (!accepted->isEmpty())
        showStatusMessage(tr("%n application(s) without a one-time notice within 5 working days "
                             "now count as accepted: %1",
                             nullptr, int(accepted->size()))
                              .arg(accepted->join(QStringLiteral(", "))));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* storage = file->addAction(tr("&Storage settings…"), this, &MainWindow::openStorageSettings);
    storage->setObjectName(QStringLiteral("actionStorageSettings"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* account = menuBar()->addMenu(tr("&Account"));
    QAction* change = account->addAction(tr("&Change password…"), this, &MainWindow::changePassword);
    change->setEnabled(!m_services.session().isSystem());
    QAction* out = account->addAction(tr("&Sign out"), this, &MainWindow::signOut);
    out->setObjectName(QStringLiteral("actionSignOut"));
    out->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    out->setEnabled(!m_services.session().isSystem());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CivicDesk"), this, &MainWindow::showAbout);
}

void MainWindow::createPanes()
{
    // Each place of work appears only for those whose roles allow it; the core checks every
    // action again, this only keeps the window free of what a person cannot use.
    const Session& session = m_services.session();
    auto any = [&session](std::initializer_list<Permission> permissions) {
        return std::any_of(permissions.begin(), permissions.end(),
                           [&session](Permission p) { return session.can(p); });
    };
    QueuePane* queue = nullptr;
    if (any({Permission::ServeQueue})) {
        queue = new QueuePane(m_services);
        connect(queue, &QueuePane::displayBoardRequested, this,
                [this] { openDisplayBoard(m_services, this); });
        addPane(QStringLiteral("queue"), tr("Queue"), queue);
    }
    IntakePane* intake = nullptr;
    if (any({Permission::TakeInApplication})) {
        intake = new IntakePane(m_services, m_config);
        if (queue)
            connect(intake, &IntakePane::caseTaken, queue, &QueuePane::offerCase);
        addPane(QStringLiteral("intake"), tr("Intake"), intake);
    }
    if (any({Permission::ViewCases})) {
        auto* cases = new CaseListPane(m_services, m_config);
        if (intake)
            connect(cases, &CaseListPane::continueIntakeRequested, this,
                    [this, intake](const QString& number) {
                        showPane(QStringLiteral("intake"));
                        intake->openWaiting(number);
                    });
        addPane(QStringLiteral("cases"), tr("Cases"), cases);
    }
    // The one way the approval panes' documents leave this PC.
    auto* printing = new PrintService(m_services, m_config, this);
    if (any({Permission::DecideApprovalStep}))
        addPane(QStringLiteral("approvals"), tr("Approvals"), new ApproverInbox(m_services, *printing));
    if (any({Permission::ViewSupervision})) {
        auto* tabs = new QTabWidget;
        tabs->addTab(new SupervisionView(m_services, *printing), tr("Time limits"));
        if (session.can(Permission::ManageRoster))
            tabs->addTab(new RosterEditor(m_services), tr("Roster"));
        if (session.can(Permission::ViewAuditTrail))
            tabs->addTab(new AuditTrailView(m_services), tr("Audit trail"));
        addPane(QStringLiteral("supervision"), tr("Supervision"), tabs);
    }
    if (any({Permission::ViewReports}))
        addPane(QStringLiteral("reports"), tr("Reports"), new ReportsPane(m_services, m_config));
    if (any({Permission::ManageCatalog, Permission::ManageCalendar, Permission::ManageWindows,
             Permission::ManageStaff, Permission::ManageSettings})) {
        auto* tabs = new QTabWidget;
        if (session.can(Permission::ManageCatalog))
            tabs->addTab(new CatalogEditor(m_services), tr("Service catalog"));
        if (session.can(Permission::ManageStaff))
            tabs->addTab(new StaffAdminWidget(m_services), tr("Staff"));
        if (session.can(Permission::ManageCalendar))
            tabs->addTab(new CalendarEditor(m_services), tr("Holidays"));
        if (session.can(Permission::ViewAuditTrail))
            tabs->addTab(new AuditTrailView(m_services), tr("Audit trail"));
        addPane(QStringLiteral("administration"), tr("Administration"), tabs);
    }
}

void MainWindow::addPane(const QString& id, const QString& title, QWidget* pane)
{
    pane->setObjectName(id + QStringLiteral("Pane"));
    m_panes->addWidget(pane);
    QIcon icon(QStringLiteral(":/civicdesk/icons/%1.svg").arg(id));
    icon.addFile(QStringLiteral(":/civicdesk/icons/%1-selected.svg").arg(id), QSize(), QIcon::Selected);
    auto* item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, id);
    item->setSizeHint(QSize(0, 36));
    m_paneIds << id;
}

bool MainWindow::showPane(const QString& id)
{
    const int index = m_paneIds.indexOf(id);
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(index);
    return true;
}

QString MainWindow::currentPaneId() const
{
    const int index = m_panes->currentIndex();
    return index >= 0 ? m_paneIds.value(index) : QString();
}

QStringList MainWindow::paneIds() const
{
    return m_paneIds;
}

QWidget* MainWindow::pane(const QString& id) const
{
    const int index = m_paneIds.indexOf(id);
    return index >= 0 ? m_panes->widget(index) : nullptr;
}

void MainWindow::showStatusMessage(const QString& message)
{
    statusBar()->showMessage(message);
}

void MainWindow::updateTitle()
{
    QString title = tr("CivicDesk");
    auto demo = DemoData::isPresent(m_services.db());
    if (demo && demo.value())
        title += QLatin1Char(' ') + tr("[demo data]");
    setWindowTitle(title);
}

void MainWindow::openStorageSettings()
{
    StorageSettingsDialog dialog(m_config, m_services.db().spec(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Storage settings"),
        tr("The new storage settings are saved and take effect when CivicDesk starts again. "
           "Restart now?"));
    if (answer == QMessageBox::Yes) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
        close();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CivicDesk"),
                       tr("<h3>CivicDesk %1</h3><p>Window service, one-stop approval and queue "
                          "management for administrative service centers.</p>"
                          "<p>Database: %2 (schema version %3)</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or "
                          "later.</p>")
                           .arg(QStringLiteral(CIVICDESK_VERSION),
                                m_services.db().spec().describe().toHtmlEscaped())
                           .arg(Migrator::latestVersion()));
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_services, false, this);
    if (dialog.exec() == QDialog::Accepted)
        showStatusMessage(tr("Your password was changed."));
}

void MainWindow::signOut()
{
    Status s = StaffService::signOut(m_services.context());
    if (!s)
        QMessageBox::warning(this, tr("Sign out"), s.message());
    m_signedOut = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_config.set(Config::Key::MainWindowGeometry, saveGeometry());
    m_config.set(Config::Key::MainWindowState, saveState());
    m_config.set(Config::Key::LastPane, currentPaneId());
    m_config.sync();
    event->accept();
}

} // namespace civicdesk
