#pragma once

// Small tools of the widget tests: find a named child or fail the test, save a screenshot.

#include <QDir>
#include <QImage>
#include <QWidget>

#include <catch2/catch.hpp>

namespace civicdesk::test {

// The child widget of type T named `name` (its objectName); the test stops when there is none.
template <typename T> T* child(QWidget& parent, const QString& name)
{
    T* w = parent.findChild<T*>(name);
    INFO("no widget named " << name.toStdString());
    REQUIRE(w != nullptr);
    return w;
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    return child<T>(parent, QString::fromLatin1(name));
}

// Grabs the widget into <build>/screenshots/<name>, to be looked at (and some committed under
// docs/screenshots); checks that it is at least `minWidth` pixels wide and was written.
inline void saveShot(QWidget& w, const QString& name, int minWidth = 600)
{
    const QString dir = QStringLiteral(CIVICDESK_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    const QImage shot = w.grab().toImage();
    CHECK(shot.width() >= minWidth);
    CHECK(shot.save(dir + QLatin1Char('/') + name));
}

} // namespace civicdesk::test
