#pragma once

#include <QLineEdit>

namespace civicdesk {

// A line edit for an ID number or phone that may hold a stored value without showing it: the
// field stays empty with the masked value ("138****5678") as its placeholder, and value() is
// the stored number until the clerk types another one. Showing the full number is the form's
// audited reveal, which puts it into the field.
class PersonalDataEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit PersonalDataEdit(QWidget* parent = nullptr);

    void setStoredValue(const QString& value, const QString& masked);
    void clearStoredValue();
    bool hasStoredValue() const { return !m_stored.isEmpty(); }
    bool showsStoredValue() const { return hasStoredValue() && text().trimmed().isEmpty(); }
    // What was typed, or the stored value when nothing was.
    QString value() const;

    void setNormalPlaceholder(const QString& text);

private:
    QString m_stored;
    QString m_placeholder;
};

} // namespace civicdesk
