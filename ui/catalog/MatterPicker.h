#pragma once

// Picking the matter of an application at the window: the clerk types part of a code, a name
// in either language or a department, the list below narrows on every key, Up and Down move
// through it and Enter takes the highlighted matter. Nothing needs the mouse.

#include "Result.h"
#include "catalog/CatalogTypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace civicdesk {

class Database;
class MatterListModel;

class MatterPicker : public QWidget {
    Q_OBJECT
public:
    explicit MatterPicker(QWidget* parent = nullptr);

    // The matters to pick from (usually the active ones); what is typed is kept.
    void setMatters(QVector<MatterSummary> matters);
    // Loads the active matters of the catalog.
    Status reload(const Database& db);

    QString text() const;
    void setText(const QString& text);
    // The highlighted matter, if the list shows any.
    std::optional<MatterSummary> currentMatter() const;
    // The matters the list shows now, best match first.
    const QVector<MatterSummary>& shownMatters() const;

signals:
    void matterChosen(const civicdesk::MatterSummary& matter);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refilter();
    void moveCurrent(int delta);
    void chooseCurrent();

    QVector<MatterSummary> m_all;
    QLineEdit* m_edit = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_status = nullptr;
    MatterListModel* m_model = nullptr;
};

} // namespace civicdesk
