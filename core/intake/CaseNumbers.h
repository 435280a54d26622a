#pragma once

// Case numbers: {branch code}{yyyyMMdd}{5-digit sequence}, the sequence counting per branch and
// day from 00001 without gaps (the counter moves inside the transaction that creates the case,
// so a rolled-back intake gives its number back). The branch code keeps numbers from different
// offices apart when a branch's cases merge into the center's database.

#include "Result.h"

#include <QDate>
#include <QString>

namespace civicdesk {

class Transaction;

class CaseNumbers {
public:
    static Result<QString> next(Transaction& tx, const QDate& day);
    static QString format(const QString& branchCode, const QDate& day, qint64 sequence);
};

} // namespace civicdesk
