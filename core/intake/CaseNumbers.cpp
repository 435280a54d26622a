#include "CaseNumbers.h"

#include "storage/Transaction.h"

namespace civicdesk {

QString CaseNumbers::format(const QString& branchCode, const QDate& day, qint64 sequence)
{
    return branchCode + day.toString(QStringLiteral("yyyyMMdd")) +
           QStringLiteral("%1").arg(sequence, 5, 10, QLatin1Char('0'));
}

Result<QString> CaseNumbers::next(Transaction& tx, const QDate& day)
{
    auto branch = tx.db().branchCode();
    if (!branch)
        return branch.error();
    auto sequence = tx.nextCounterValue(QStringLiteral("case:%1:%2")
                                            .arg(branch.value(), day.toString(QStringLiteral("yyyyMMdd"))));
    if (!sequence)
        return sequence.error();
    return format(branch.value(), day, sequence.value());
}

} // namespace civicdesk
