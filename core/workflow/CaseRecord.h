#pragma once

// One case as the rest of the program reads it (see migration 0008 for the columns' meaning).

#include "CaseStatus.h"
#include "catalog/CatalogTypes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace civicdesk {

enum class MaterialState {
    Received,  // handed in and fit for purpose
    Missing,   // not handed in (listed in the correction notice)
    Defective, // handed in but not acceptable (what is wanted is in the note)
    Deferred,  // 容缺: promised for later
    Supplied,  // a missing or deferred material handed in later
};

struct CaseMaterial {
    QString id;
    int position = 0;
    QString materialId;
    QString nameZh;
    QString nameEn;
    MaterialForm form = MaterialForm::Original;
    int copies = 1;
    bool mayFollowLater = false;
    MaterialState state = MaterialState::Received;
    QString note;
    QDateTime suppliedAt;

    QString name() const { return localizedName(nameZh, nameEn); }
};

enum class StepState { Pending, Open, Approved, Returned, Denied };

struct CaseStep {
    QString id;
    int stagePosition = 0;
    StageKind stageKind = StageKind::Review;
    QString stageNameZh;
    QString stageNameEn;
    int stepPosition = 0;
    QString stepNameZh;
    QString stepNameEn;
    QString departmentId;
    bool isLead = false;
    std::optional<int> timeLimitDays;
    StepState state = StepState::Pending;
    QDateTime openedAt;
    QDate dueOn;
    QDateTime decidedAt;
    QString decidedBy;
    QString reason;

    QString stageName() const { return localizedName(stageNameZh, stageNameEn); }
    QString name() const
    {
        const QString own = localizedName(stepNameZh, stepNameEn);
        return own.isEmpty() ? stageName() : own;
    }
};

struct CaseRecord {
    QString id;
    QString branchCode;
    QString number;
    QString matterId;
    QString matterCode;
    QString matterNameZh;
    QString matterNameEn;
    QString departmentId;
    int templateVersion = 0;
    QString applicantKind; // person | organisation
    QString applicantId;
    QString applicantName;
    QString applicantDocument;
    QString applicantPhoneKey;
    CaseStatus status = CaseStatus::Accepted;
    QDateTime receivedAt;
    QDate acceptedOn;
    int statutoryDays = 0;
    int promisedDays = 0;
    int extensionDays = 0;
    QDate statutoryDue;
    QDate promisedDue;
    bool dueEstimated = false;
    QDate correctionDue;
    QDate deficiencyDue;
    QString refusalReason;
    QString competentAuthority;
    QString decision; // approved | denied | empty
    QDate decidedOn;
    QString decisionReasons;
    QDate certificateDue;
    QDate certificateOn;
    QDateTime closedAt;
    QJsonObject handover;
    QString intakeStaffId;
    QString windowId;
    QString ticketId;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString matterName() const { return localizedName(matterNameZh, matterNameEn); }
};

class CaseNames {
    Q_DECLARE_TR_FUNCTIONS(CaseNames)
public:
    static QString key(MaterialState state);
    static std::optional<MaterialState> materialStateFromKey(const QString& key);
    static QString name(MaterialState state);
    static QString key(StepState state);
    static std::optional<StepState> stepStateFromKey(const QString& key);
    static QString name(StepState state);
};

} // namespace civicdesk
