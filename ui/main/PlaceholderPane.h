#pragma once

#include <QWidget>

namespace civicdesk {

// A pane whose feature is not built yet: its title and what it will hold.
class PlaceholderPane : public QWidget {
    Q_OBJECT
public:
    PlaceholderPane(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace civicdesk
