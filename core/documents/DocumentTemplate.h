#pragma once

// The templates printed documents are filled from: HTML for QTextDocument with a small,
// logic-less placeholder language (a subset of Mustache), so that a template is a whole
// document in one language that a person can read and correct, and the code only supplies
// data. One template per kind, paper and language: the Chinese text of a legal notice is
// written as Chinese, not assembled from translated pieces.
//
//   {{case.number}}          a field, HTML-escaped; a field the data lacks is an error
//   {{case.accepted_at|date}} with a filter: date, datetime, time (in the document's language),
//                            maskid, maskphone, maskname (security/Privacy.h), label (a text
//                            for a code, from the language's strings.json), lines (keeps line
//                            breaks)
//   {{#materials}}…{{/materials}}  repeated for each element of a list; shown once for an
//                            object or a true value; skipped for a missing, null, false, 0,
//                            "" or empty one
//   {{^materials}}…{{/materials}}  shown only when the section above would be skipped
//   {{.}} {{@index}}         the current element; its position in the list, from 1
//   {{>header}}              the partial _header.html of the same folder
//   {{qr case.number 26}}    a QR code of a field, 26 mm square with its quiet zone
//   {{seal 40}}              the place for a 40 mm seal (印章), drawn over the lines below it
//   {{! a comment }}

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace civicdesk {

// Something the template places that is not text: drawn by the renderer.
struct TemplateObject {
    enum class Type { QrCode, Seal };
    Type type = Type::QrCode;
    QString payload;  // the text a QR code encodes
    qreal sizeMm = 0; // width (the QR code is square; a seal is this diameter)
};

struct TemplateOutput {
    QString html; // objects appear as <img src="civicdesk-object:N">, N indexing objects
    QVector<TemplateObject> objects;
};

// What a filter needs to know about the document it fills.
struct TemplateEnvironment {
    QString language;   // "zh_CN" or "en": date formats
    QJsonObject labels; // {{code|label}}
};

class DocumentTemplate {
    Q_DECLARE_TR_FUNCTIONS(DocumentTemplate)
public:
    using PartialLoader = std::function<Result<QString>(const QString& name)>;

    // Parses a template; partials are read through loadPartial and parsed in place.
    static Result<std::shared_ptr<const DocumentTemplate>>
    parse(const QString& text, const QString& name, const PartialLoader& loadPartial = {});
    // <folder>/<name>.html with partials <folder>/_<partial>.html, parsed once and kept.
    static Result<std::shared_ptr<const DocumentTemplate>> load(const QString& folder,
                                                                const QString& name);

    Result<TemplateOutput> render(const QJsonObject& data, const TemplateEnvironment& env) const;
    // What render() would refuse, found without writing the HTML.
    Status check(const QJsonObject& data, const TemplateEnvironment& env) const;
    QString name() const { return m_name; }

    struct Node;

private:
    QString m_name;
    std::shared_ptr<const QVector<Node>> m_nodes;
};

} // namespace civicdesk
