#pragma once

// The sentences of broken catalog rules, shown in red right under the field they are about.
// Each label is named "error_<key>" after the field's key in the catalog file, so that tests
// and screen readers find it.

#include "catalog/CatalogRules.h"

#include <QHash>
#include <QLabel>

#include <functional>

namespace civicdesk {

class FieldErrors {
public:
    // A hidden red label for the field `key`, owned by parent.
    QLabel* add(const QString& key, QWidget* parent);
    // The field with its label right under it, for a form row.
    QWidget* withLabel(QWidget* field, const QString& key, QWidget* parent);
    QLabel* label(const QString& key) const { return m_labels.value(key); }
    // Shows each message under its field; several for one field are shown one per line.
    // Returns the problems that have no label here.
    QVector<FieldProblem> show(const QVector<FieldProblem>& problems,
                               const std::function<QString(const FieldProblem&)>& keyOf);
    void clear();

    static void setText(QLabel* label, const QStringList& messages);
    // The colour of a field or row with a problem.
    static QColor problemColour();

    // The sentence above a form's buttons: what just happened.
    enum class Tone { Info, Success, Problem };
    static void showBanner(QLabel* banner, const QString& text, Tone tone);

private:
    QHash<QString, QLabel*> m_labels;
};

} // namespace civicdesk
