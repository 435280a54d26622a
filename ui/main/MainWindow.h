#pragma once

// The window a clerk keeps open all day: a navigation list on the left and one pane per
// place of work (queue, intake, cases, approvals, supervision, reports, administration).

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace civicdesk {

class Config;
class Services;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Services& services, Config& config, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows a pane by its id ("queue", "intake", …); false when there is no such pane.
    bool showPane(const QString& id);
    QString currentPaneId() const;
    QStringList paneIds() const;
    QWidget* pane(const QString& id) const;

    void showStatusMessage(const QString& message);
    // True when the window closed because the user signed out (the login comes back).
    bool signedOut() const { return m_signedOut; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createPanes();
    void addPane(const QString& id, const QString& title, QWidget* pane);
    void updateTitle();
    void openStorageSettings();
    void showAbout();
    void changePassword();
    void signOut();
    void deemOverdueAccepted();

    Services& m_services;
    Config& m_config;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_panes = nullptr;
    QLabel* m_storageLabel = nullptr;
    QStringList m_paneIds;
    bool m_signedOut = false;
};

} // namespace civicdesk
