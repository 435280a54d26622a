#pragma once

// Fixture data for every kind of document, in Chinese and in English: what the intake,
// workflow and queue code will hand to the register once they are bound to real cases.

#include "documents/DocumentKind.h"
#include "documents/DocumentRenderer.h"

#include <QJsonObject>
#include <QString>

namespace civicdesk::test {

// The data of a document as issued: center, document stamp, and the kind's own fields.
QJsonObject documentFixture(DocumentKind kind, const QString& language);
// The same without the center and the document stamp: what a caller gives the register.
QJsonObject documentFields(DocumentKind kind, const QString& language);
DocumentRequest fixtureRequest(DocumentKind kind, Paper paper, const QString& language);

// pdftotext -layout of a PDF file, and the same with runs of white space folded to one space
// and empty lines dropped.
QString pdfText(const QString& pdfFile);
QString foldWhitespace(const QString& text);

} // namespace civicdesk::test
