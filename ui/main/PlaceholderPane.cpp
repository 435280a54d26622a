#include "PlaceholderPane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace civicdesk {

PlaceholderPane::PlaceholderPane(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace civicdesk
