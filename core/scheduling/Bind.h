#pragma once

// How the scheduling services bind text: Qt binds a null QString as SQL NULL, which a NOT NULL
// column refuses, so optional text is bound as '' (text()) and optional references as NULL
// (orNull()).

#include <QString>
#include <QVariant>

namespace civicdesk::bind {

inline QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace civicdesk::bind
