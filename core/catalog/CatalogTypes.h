#pragma once

// The service catalog as values: departments, matters (事项) with their required materials,
// fees and workflow template. What intake reads and what the administrator edits; stored by
// CatalogRepository, changed through CatalogService.

#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QVector>

#include <optional>

namespace civicdesk {

// A name in both languages, shown in the language of the program (Chinese falls back to
// English and English to Chinese when one is missing).
QString localizedName(const QString& nameZh, const QString& nameEn);

enum class MatterKind {
    Licence,       // 行政许可
    PublicService, // 公共服务
    Other,         // 其他行政权力事项 (确认, 给付, 登记 …)
};

enum class MaterialForm {
    Original,   // 原件
    Copy,       // 复印件
    Electronic, // 电子材料
};

enum class StageKind {
    Acceptance,  // 受理
    Review,      // 审查
    Decision,    // 决定
    Certificate, // 制证
    Handover,    // 送达 / 办结
    Other,
};

// Keys as stored and written to catalog files, and translated names.
class CatalogNames {
    Q_DECLARE_TR_FUNCTIONS(CatalogNames)
public:
    static QString key(MatterKind kind);
    static QString key(MaterialForm form);
    static QString key(StageKind kind);
    static std::optional<MatterKind> matterKindFromKey(const QString& key);
    static std::optional<MaterialForm> materialFormFromKey(const QString& key);
    static std::optional<StageKind> stageKindFromKey(const QString& key);
    static QString name(MatterKind kind);
    static QString name(MaterialForm form);
    static QString name(StageKind kind);
    static QList<MatterKind> matterKinds();
    static QList<MaterialForm> materialForms();
    static QList<StageKind> stageKinds();
    // The usual names of a stage of this kind, in Chinese and English (data, not translated):
    // what a new stage is called until the administrator names it.
    static QPair<QString, QString> defaultStageNames(StageKind kind);
    // "¥20.00"
    static QString money(qint64 fen);
    // "5 working days", or "on the spot" for 0.
    static QString workingDays(int days);
};

struct Department {
    QString id;
    QString code;
    QString nameZh;
    QString nameEn;
    bool active = true;
    int sortOrder = 0;

    QString name() const { return localizedName(nameZh, nameEn); }
};

struct Material {
    QString id; // empty for one not yet saved
    QString nameZh;
    QString nameEn;
    MaterialForm form = MaterialForm::Original;
    int copies = 1;
    bool mayFollowLater = false; // 容缺: acceptance may go ahead without it
    QString standard;            // what the clerk checks, in a sentence

    QString name() const { return localizedName(nameZh, nameEn); }
    bool operator==(const Material& o) const;
    bool operator!=(const Material& o) const { return !(*this == o); }
};

struct Fee {
    QString id;
    QString nameZh;
    QString nameEn;
    qint64 amountFen = 0;
    QString legalBasis; // art. 59: the law or document that allows the fee

    QString name() const { return localizedName(nameZh, nameEn); }
    bool operator==(const Fee& o) const;
    bool operator!=(const Fee& o) const { return !(*this == o); }
};

struct WorkflowStep {
    QString id;
    QString nameZh; // may be empty: then the stage's name is shown
    QString nameEn;
    QString departmentId;
    std::optional<int> timeLimitDays; // working days; none: the stage has no limit of its own

    bool operator==(const WorkflowStep& o) const;
    bool operator!=(const WorkflowStep& o) const { return !(*this == o); }
};

struct WorkflowStage {
    QString id;
    StageKind kind = StageKind::Review;
    QString nameZh;
    QString nameEn;
    QString leadDepartmentId; // the department that leads a parallel (joint) stage
    QVector<WorkflowStep> steps;

    QString name() const { return localizedName(nameZh, nameEn); }
    bool isParallel() const { return steps.size() > 1; }
    // The working days the stage may take: the longest of its steps' limits, if any has one.
    std::optional<int> timeLimitDays() const;
    bool operator==(const WorkflowStage& o) const;
    bool operator!=(const WorkflowStage& o) const { return !(*this == o); }
};

struct WorkflowTemplate {
    QString id;
    int version = 0; // 0 until first saved
    QVector<WorkflowStage> stages;

    bool hasParallelStage() const;
    // Every department that has a step, in the order they first appear.
    QStringList departmentIds() const;
    // Stages and steps compared, not the id or version.
    bool sameStages(const WorkflowTemplate& o) const { return stages == o.stages; }
};

struct Matter {
    QString id; // empty for a matter not yet saved
    QString code;
    QString nameZh;
    QString nameEn;
    QString departmentId;
    MatterKind kind = MatterKind::Licence;
    int statutoryDays = 20;
    int promisedDays = 20;
    bool jointHandling = false;
    QString legalBasis;
    QString conditions;
    bool noMaterials = false; // says on purpose that no material is required
    bool active = true;
    QVector<Material> materials;
    QVector<Fee> fees;
    WorkflowTemplate workflow;

    QString name() const { return localizedName(nameZh, nameEn); }
    qint64 totalFeeFen() const;
    bool isFree() const { return fees.isEmpty(); }
};

// What differs between two versions of a department or matter, as the keys of the catalog file
// ("name_zh", "promised_days", "materials", "workflow" …); empty when nothing does. The
// template's version is not compared.
QStringList differences(const Department& before, const Department& after);
QStringList differences(const Matter& before, const Matter& after);

// One line of the matter list: what the intake picker and the editor's list show.
struct MatterSummary {
    QString id;
    QString code;
    QString nameZh;
    QString nameEn;
    QString departmentId;
    QString departmentCode;
    QString departmentNameZh;
    QString departmentNameEn;
    MatterKind kind = MatterKind::Licence;
    int statutoryDays = 0;
    int promisedDays = 0;
    bool jointHandling = false;
    bool active = true;
    qint64 totalFeeFen = 0;

    QString name() const { return localizedName(nameZh, nameEn); }
    QString departmentName() const { return localizedName(departmentNameZh, departmentNameEn); }
};

} // namespace civicdesk
