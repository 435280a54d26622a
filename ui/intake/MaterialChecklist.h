#pragma once

// The materials of an application as the clerk checks them at the counter: one row per
// material of the matter, one key per row. R (or Space) received, M missing, D defective (the
// note opens for what is wrong), L later (容缺, only for a material that may follow), Enter or
// F2 edits the note; Up and Down move, Tab leaves. Nothing needs the mouse.

#include "catalog/CatalogTypes.h"
#include "intake/IntakeService.h"
#include "workflow/CaseRecord.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace civicdesk {

class MaterialChecklist : public QWidget {
    Q_OBJECT
public:
    explicit MaterialChecklist(QWidget* parent = nullptr);

    // A new application: the matter's materials, none checked yet (shown as received, the
    // usual case, so that a complete application needs no key at all).
    void setMaterials(const QVector<Material>& materials);
    // An application awaiting correction: its materials with their states.
    void setCaseMaterials(const QVector<CaseMaterial>& materials);
    void clear();

    int rowCount() const;
    MaterialState state(int row) const;
    QString note(int row) const;
    // Sets a row's state; false (and a sentence under the list) when a material that may not
    // follow later is marked to follow later.
    bool setState(int row, MaterialState state);
    void setNote(int row, const QString& note);
    // What the clerk found, for the intake request.
    QVector<MaterialCheck> checks() const;
    // How many rows are in a state.
    int count(MaterialState state) const;

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row {
        QString materialId;
        QString name;
        QString form;
        bool mayFollow = false;
        MaterialState state = MaterialState::Received;
        MaterialState before = MaterialState::Received; // as stored, for a waiting case
        QString note;
    };
    void rebuild();
    void showRow(int row);
    void editNote(int row);

    QVector<Row> m_rows;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    bool m_updating = false;
};

} // namespace civicdesk
