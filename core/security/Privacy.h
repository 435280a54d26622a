#pragma once

// The one place that masks personal identifiers (Administrative Licensing Law art. 5): on the
// display board, printed notices that do not need the full number, logs and exports for users
// without the permission to see full data.

#include <QString>

namespace civicdesk::privacy {

// Resident ID: first 6 and last 4 characters ("110105********002X"); shorter document numbers
// (passports, permits) keep 2 characters at each end.
QString maskIdNumber(const QString& number);
// Phone: first 3 and last 4 digits ("138****5678", "010****5678").
QString maskPhone(const QString& phone);
// A name on a public surface: the family name and "*" ("张*", "欧阳*"); Latin names keep their
// first letter ("J*").
QString maskName(const QString& name);

} // namespace civicdesk::privacy
