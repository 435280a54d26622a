#pragma once

// Loads CivicDesk's own translation and Qt's (standard buttons, dialogs) for a language.

#include <QString>

namespace civicdesk {

// language: "zh_CN", "en", or empty for the system locale. Returns the language in use.
QString installTranslations(const QString& language);

} // namespace civicdesk
