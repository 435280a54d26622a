#pragma once

// Chooses where the data lives: a local file, a file on a LAN share, or a PostgreSQL server.
// Nothing is saved before "Test connection" has succeeded with exactly the values shown.

#include "storage/ConnectionSpec.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace civicdesk {

class Config;

class StorageSettingsDialog : public QDialog {
    Q_OBJECT
public:
    StorageSettingsDialog(Config& config, const ConnectionSpec& current, QWidget* parent = nullptr);

    ConnectionSpec spec() const;
    bool testConnection();

    void accept() override;

private:
    void load(const ConnectionSpec& spec);
    void markUntested();
    void browse(QLineEdit* target, bool save);

    Config& m_config;
    QRadioButton* m_local = nullptr;
    QRadioButton* m_shared = nullptr;
    QRadioButton* m_server = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_localPath = nullptr;
    QLineEdit* m_sharedPath = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_dbname = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_result = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_tested = false;
};

} // namespace civicdesk
