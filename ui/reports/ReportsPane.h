#pragma once

// The supervisor's reports: choose a day, a month or a range of dates and the filters, make
// the report (on a worker thread, with progress and a Cancel button), read its tables and
// charts, open any figure into the list behind it, and export it as PDF (through the print
// service), CSV or Excel.

#include "Result.h"
#include "reports/ReportTypes.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace civicdesk {

class Config;
class DrillDownDialog;
class PrintService;
class ReportRunner;
class Services;

class ReportsPane : public QWidget {
    Q_OBJECT
public:
    ReportsPane(Services& services, Config& config, QWidget* parent = nullptr);
    ~ReportsPane() override;

    // For tests and the scheduled exports: set the period and filters as a person would.
    void setRequest(const ReportRequest& request);
    ReportRequest request() const;
    // Starts the report; false when one is still running.
    bool makeReport();
    void cancelReport();
    bool isRunning() const;
    const Report* report() const { return m_report.get(); }
    // Opens the list behind a figure (non-modal; the dialog is returned for tests).
    DrillDownDialog* openDrillDown(const DrillKey& key, const QString& figure);

    Status exportTo(const QString& fileName);

signals:
    void reportReady();
    void reportCancelled();

private:
    void buildFilters();
    void periodChanged();
    void showReport(const std::shared_ptr<const Report>& report);
    void showError(const Error& error);
    void setBusy(bool busy);
    void exportAs(const QString& suffix);
    void preview();
    QWidget* tablesPage(const QStringList& chartKeys, const QStringList& tableKeys);

    Services& m_services;
    Config& m_config;
    PrintService* m_print = nullptr;
    ReportRunner* m_runner = nullptr;
    std::shared_ptr<const Report> m_report;

    QComboBox* m_kind = nullptr;
    QDateEdit* m_day = nullptr;
    QDateEdit* m_month = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_toLabel = nullptr;
    QComboBox* m_department = nullptr;
    QComboBox* m_matter = nullptr;
    QComboBox* m_window = nullptr;
    QComboBox* m_staff = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_heading = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_xlsx = nullptr;
    QTabWidget* m_tabs = nullptr;
};

} // namespace civicdesk
