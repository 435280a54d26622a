#include "FieldErrors.h"

#include <QColor>
#include <QVBoxLayout>

namespace civicdesk {

QLabel* FieldErrors::add(const QString& key, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error_") + key);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    m_labels.insert(key, label);
    return label;
}

QWidget* FieldErrors::withLabel(QWidget* field, const QString& key, QWidget* parent)
{
    auto* box = new QWidget(parent);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(add(key, box));
    return box;
}

QVector<FieldProblem> FieldErrors::show(const QVector<FieldProblem>& problems,
                                        const std::function<QString(const FieldProblem&)>& keyOf)
{
    clear();
    QHash<QString, QStringList> byKey;
    QVector<FieldProblem> unshown;
    for (const FieldProblem& p : problems) {
        const QString key = keyOf(p);
        if (m_labels.contains(key))
            byKey[key] << p.message;
        else
            unshown << p;
    }
    for (auto it = byKey.begin(); it != byKey.end(); ++it)
        setText(m_labels.value(it.key()), it.value());
    return unshown;
}

void FieldErrors::clear()
{
    for (QLabel* label : std::as_const(m_labels))
        setText(label, {});
}

void FieldErrors::setText(QLabel* label, const QStringList& messages)
{
    label->setText(messages.join(QLatin1Char('\n')));
    label->setVisible(!messages.isEmpty());
}

void FieldErrors::showBanner(QLabel* banner, const QString& text, Tone tone)
{
    const char* colour = tone == Tone::Problem   ? "#b71c1c"
                         : tone == Tone::Success ? "#1b5e20"
                                                 : "#37474f";
    banner->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
    banner->setText(text);
    banner->setProperty("tone", int(tone));
}

QColor FieldErrors::problemColour()
{
    return QColor(0xff, 0xeb, 0xee);
}

} // namespace civicdesk
