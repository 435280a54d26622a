#pragma once

// Lets Catch print QStrings and QStringLists in failed checks.

#include <catch2/catch.hpp>

#include <QStringList>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l)
    {
        return "{" + l.join(QStringLiteral(", ")).toStdString() + "}";
    }
};
} // namespace Catch
