// The main() of every test program: a real QApplication on the offscreen platform (unless a
// display platform is asked for), English texts, and the PostgreSQL run of a suite skipped
// (exit 77, shown by ctest as skipped) when no server is given.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestDatabase.h"
#include "main/Translations.h"

#include <QApplication>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char** argv)
{
    // Without this, a test program that makes a QApplication aborts during test discovery
    // when there is no display, and its tests silently vanish from ctest.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setOrganizationName(QStringLiteral("CivicDesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("civicdesk-tests"));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);

    bool listing = false;
    for (int i = 1; i < argc; ++i)
        listing = listing || QByteArray(argv[i]).startsWith("--list");
    if (!listing && civicdesk::test::backend() == civicdesk::test::Backend::Postgres &&
        qEnvironmentVariableIsEmpty("CIVICDESK_TEST_PG")) {
        std::fprintf(stderr, "skipped: set CIVICDESK_TEST_PG to a PostgreSQL connection to run "
                             "the PostgreSQL variant of this test\n");
        return 77;
    }
    civicdesk::installTranslations(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
