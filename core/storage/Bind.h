#pragma once

// How the services bind optional values: Qt binds a null QString as SQL NULL, which a NOT NULL
// column refuses, so optional text is bound as '' (text()); optional references, dates and
// times are bound as NULL when absent (orNull(), date(), timestamp()).

#include "Clock.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace civicdesk::bind {

inline QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

inline QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(toDbDate(d)) : QVariant(QMetaType::fromType<QString>());
}

inline QVariant timestamp(const QDateTime& t)
{
    return t.isValid() ? QVariant(toDbTimestamp(t)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace civicdesk::bind
