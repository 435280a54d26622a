#include "PersonalDataEdit.h"

namespace civicdesk {

PersonalDataEdit::PersonalDataEdit(QWidget* parent) : QLineEdit(parent) {}

void PersonalDataEdit::setStoredValue(const QString& value, const QString& masked)
{
    m_stored = value;
    clear();
    setPlaceholderText(tr("%1 (on record; type to replace)").arg(masked));
}

void PersonalDataEdit::clearStoredValue()
{
    m_stored.clear();
    setPlaceholderText(m_placeholder);
}

QString PersonalDataEdit::value() const
{
    return showsStoredValue() ? m_stored : text();
}

void PersonalDataEdit::setNormalPlaceholder(const QString& text)
{
    m_placeholder = text;
    if (!hasStoredValue())
        setPlaceholderText(text);
}

} // namespace civicdesk
