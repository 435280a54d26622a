#pragma once

// A report as a file for other programs: CSV (UTF-8 with a byte order mark, so that Excel
// opens Chinese correctly; each table as a block under its title) and XLSX (one sheet per
// table, numbers stored as numbers with their format: counts, minutes, percentages, days).
// Every file is written atomically: it is whole or it is not there.

#include "ReportTypes.h"
#include "Result.h"

#include <QCoreApplication>

namespace civicdesk {

enum class ReportFormat { Pdf, Csv, Xlsx };

class ReportExport {
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    // By the file's suffix (.pdf, .csv, .xlsx); nothing for another one.
    static std::optional<ReportFormat> formatFor(const QString& fileName);

    static QByteArray csv(const Report& report);
    static Status writeCsv(const Report& report, const QString& fileName);
    static Status writeXlsx(const Report& report, const QString& fileName);
    // A drill-down list as CSV.
    static Status writeCsv(const DrillList& list, const QString& fileName);

    // The text of a cell as shown on the screen and in the PDF ("12", "4.5", "87.5%", "—").
    static QString cellText(const ReportCell& cell);

    // Writes bytes through QSaveFile, with the sentence for people when it fails.
    static Status saveFile(const QString& fileName, const QByteArray& bytes);
};

} // namespace civicdesk
