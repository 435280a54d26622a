#pragma once

// Finding a matter as the clerk types: every word typed must match the code, a name in either
// language, or the department (code or name); matches on the code come before matches on the
// name, which come before matches on the department. Pure, so that the picker can filter the
// whole catalog in memory on every key press.

#include "CatalogTypes.h"

namespace civicdesk {

QVector<MatterSummary> searchMatters(const QVector<MatterSummary>& matters, const QString& text);

} // namespace civicdesk
