#include "Validators.h"

#include <QRegularExpression>
#include <QSet>

namespace civicdesk {

namespace {

Error invalid(const QString& sentence)
{
    return Error(ErrorKind::Invalid, sentence);
}

QChar fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII block
        return QChar(char16_t(u - 0xFF01 + 0x21));
    if (u == 0x3000) // ideographic space
        return QLatin1Char(' ');
    return c;
}

QString folded(const QString& text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text)
        s += fold(c);
    return s;
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allDigits(const QString& s)
{
    for (QChar c : s) {
        if (!isDigit(c))
            return false;
    }
    return !s.isEmpty();
}

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

// Spaces collapsed, ends trimmed, and no space between two Chinese characters ("张 三" is
// 张三: the space is an artefact of typing, not part of the name).
QString tidyText(const QString& text)
{
    const QVector<uint> in = folded(text).normalized(QString::NormalizationForm_C).simplified().toUcs4();
    QVector<uint> out;
    out.reserve(in.size());
    for (int i = 0; i < in.size(); ++i) {
        if (in[i] == ' ' && !out.isEmpty() && i + 1 < in.size() && isHan(out.last()) &&
            isHan(in[i + 1]))
            continue;
        out << in[i];
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(out.constData()), out.size());
}

QString quoted(QChar c)
{
    return QStringLiteral("“%1”").arg(c);
}

// Province-level region codes of GB/T 2260 (and 81–83 of the residence permits for people
// from Hong Kong, Macao and Taiwan).
const QSet<QString>& provinceCodes()
{
    static const QSet<QString> codes = {
        QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13"), QStringLiteral("14"),
        QStringLiteral("15"), QStringLiteral("21"), QStringLiteral("22"), QStringLiteral("23"),
        QStringLiteral("31"), QStringLiteral("32"), QStringLiteral("33"), QStringLiteral("34"),
        QStringLiteral("35"), QStringLiteral("36"), QStringLiteral("37"), QStringLiteral("41"),
        QStringLiteral("42"), QStringLiteral("43"), QStringLiteral("44"), QStringLiteral("45"),
        QStringLiteral("46"), QStringLiteral("50"), QStringLiteral("51"), QStringLiteral("52"),
        QStringLiteral("53"), QStringLiteral("54"), QStringLiteral("61"), QStringLiteral("62"),
        QStringLiteral("63"), QStringLiteral("64"), QStringLiteral("65"), QStringLiteral("71"),
        QStringLiteral("81"), QStringLiteral("82"), QStringLiteral("83")};
    return codes;
}

const QString kCreditAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

// GB 32100-2015 appendix A with the codes added since (村民/居民委员会 54/55, 商事调解组织 36,
// 非法人工会组织 82, 公安 G, 住建 J, 侨联 Q): registration authority -> organisation types.
const QHash<QChar, QString>& creditTypes()
{
    static const QHash<QChar, QString> types = {
        {QLatin1Char('1'), QStringLiteral("1239")},   {QLatin1Char('2'), QStringLiteral("19")},
        {QLatin1Char('3'), QStringLiteral("1234569")}, {QLatin1Char('4'), QStringLiteral("19")},
        {QLatin1Char('5'), QStringLiteral("123459")}, {QLatin1Char('6'), QStringLiteral("129")},
        {QLatin1Char('7'), QStringLiteral("129")},    {QLatin1Char('8'), QStringLiteral("129")},
        {QLatin1Char('9'), QStringLiteral("1239")},   {QLatin1Char('A'), QStringLiteral("19")},
        {QLatin1Char('G'), QStringLiteral("19")},     {QLatin1Char('J'), QStringLiteral("19")},
        {QLatin1Char('N'), QStringLiteral("1239")},   {QLatin1Char('Q'), QStringLiteral("1239")},
        {QLatin1Char('Y'), QStringLiteral("1")}};
    return types;
}

QString listOf(const QString& chars)
{
    QStringList parts;
    for (QChar c : chars)
        parts << QString(c);
    return parts.join(QStringLiteral(", "));
}

Result<QString> checkLettersAndDigits(const QString& s, int minLength, int maxLength,
                                      const QString& what)
{
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!isDigit(c) && !(c >= QLatin1Char('A') && c <= QLatin1Char('Z')))
            return invalid(Validators::tr("Character %1 at position %2 is not allowed: %3 "
                                          "numbers consist of letters and digits.")
                               .arg(quoted(c))
                               .arg(i + 1)
                               .arg(what));
    }
    if (s.size() < minLength || s.size() > maxLength)
        return invalid(Validators::tr("A %1 number has %2 to %3 characters; this one has %n.",
                                      nullptr, s.size())
                           .arg(what)
                           .arg(minLength)
                           .arg(maxLength));
    return s;
}

} // namespace

QString Validators::compact(const QString& text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        c = fold(c);
        if (!c.isSpace())
            s += c;
    }
    return s;
}

QChar Validators::residentIdCheckCharacter(const QString& first17)
{
    // ISO 7064 MOD 11-2: weights 2^(17-i) mod 11.
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return QLatin1String("10X98765432").at(sum % 11);
}

QChar Validators::creditCodeCheckCharacter(const QString& first17)
{
    // Weights 3^i mod 31; the check value makes the weighted sum a multiple of 31.
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17 && i < first17.size(); ++i) {
        sum += int(kCreditAlphabet.indexOf(first17.at(i))) * weight;
        weight = weight * 3 % 31;
    }
    return kCreditAlphabet.at((31 - sum % 31) % 31);
}

Result<QString> Validators::residentId(const QString& text, const QDate& today)
{
    QString s = compact(text);
    if (s.isEmpty())
        return invalid(tr("Nothing was entered."));
    if (s.size() == 15 && allDigits(s))
        return invalid(tr("This is a 15-digit number of a first-generation ID card, which is no "
                          "longer valid. Ask for the 18-character number of the current card."));
    if (s.size() != 18)
        return invalid(tr("An ID number has 18 characters; this one has %n.", nullptr, s.size()));
    for (int i = 0; i < 17; ++i) {
        if (!isDigit(s.at(i)))
            return invalid(tr("Character %1 at position %2 is not allowed: the first 17 "
                              "characters of an ID number are digits.")
                               .arg(quoted(s.at(i)))
                               .arg(i + 1));
    }
    if (s.at(17) == QLatin1Char('x'))
        s[17] = QLatin1Char('X');
    if (!isDigit(s.at(17)) && s.at(17) != QLatin1Char('X'))
        return invalid(tr("Character %1 at position 18 is not allowed: the last character of an "
                          "ID number is a digit or X.")
                           .arg(quoted(s.at(17))));

    const QChar first = s.at(0);
    if (first == QLatin1Char('0') || first == QLatin1Char('7') || first == QLatin1Char('9'))
        return invalid(tr("An ID number begins with a region code starting with 1 to 6 or 8, "
                          "not with %1.")
                           .arg(first));
    if (!provinceCodes().contains(s.left(2)))
        return invalid(tr("Region code %1 (positions 1–2) is not a province or region of China.")
                           .arg(s.left(2)));

    const int year = s.mid(6, 4).toInt();
    const int month = s.mid(10, 2).toInt();
    const int day = s.mid(12, 2).toInt();
    const QDate born(year, month, day);
    const QString shown = QStringLiteral("%1-%2-%3").arg(s.mid(6, 4), s.mid(10, 2), s.mid(12, 2));
    if (!born.isValid())
        return invalid(tr("Impossible birth date %1 (positions 7–14).").arg(shown));
    if (year < 1900)
        return invalid(tr("Birth date %1 (positions 7–14) is before 1900.").arg(shown));
    if (today.isValid() && born > today)
        return invalid(tr("Birth date %1 (positions 7–14) is in the future.").arg(shown));

    const QChar expected = residentIdCheckCharacter(s.left(17));
    if (s.at(17) != expected)
        return invalid(tr("Wrong check character: expected %1, got %2. One of the 18 characters "
                          "was probably mistyped; compare the number with the card.")
                           .arg(expected)
                           .arg(s.at(17)));
    return s;
}

ResidentIdFacts Validators::residentIdFacts(const QString& validNumber)
{
    ResidentIdFacts f;
    f.regionCode = validNumber.left(6);
    f.birthDate = QDate(validNumber.mid(6, 4).toInt(), validNumber.mid(10, 2).toInt(),
                        validNumber.mid(12, 2).toInt());
    f.female = validNumber.size() >= 17 && validNumber.at(16).digitValue() % 2 == 0;
    return f;
}

Result<QString> Validators::creditCode(const QString& text)
{
    const QString s = compact(text).toUpper();
    if (s.isEmpty())
        return invalid(tr("Nothing was entered."));
    if (s.size() != 18)
        return invalid(tr("A unified social credit code has 18 characters; this one has %n.",
                          nullptr, s.size()));
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (kCreditAlphabet.contains(c))
            continue;
        if (c == QLatin1Char('O'))
            return invalid(tr("Letter O at position %1 is never used in credit codes: it is "
                              "probably the digit 0.")
                               .arg(i + 1));
        if (c == QLatin1Char('I'))
            return invalid(tr("Letter I at position %1 is never used in credit codes: it is "
                              "probably the digit 1.")
                               .arg(i + 1));
        if (c == QLatin1Char('Z') || c == QLatin1Char('S') || c == QLatin1Char('V'))
            return invalid(tr("Letter %1 at position %2 is never used in credit codes (I, O, Z, "
                              "S and V are left out).")
                               .arg(c)
                               .arg(i + 1));
        return invalid(tr("Character %1 at position %2 is not allowed: credit codes consist of "
                          "digits and capital letters.")
                           .arg(quoted(c))
                           .arg(i + 1));
    }
    const auto types = creditTypes().constFind(s.at(0));
    if (types == creditTypes().constEnd())
        return invalid(tr("Registration authority code %1 (position 1) does not exist; it is "
                          "one of 1 to 9, A, G, J, N, Q or Y.")
                           .arg(s.at(0)));
    if (!types->contains(s.at(1)))
        return invalid(tr("Organisation type code %1 (position 2) does not exist for "
                          "registration authority %2, which uses %3.")
                           .arg(s.at(1))
                           .arg(s.at(0))
                           .arg(listOf(*types)));
    for (int i = 2; i < 8; ++i) {
        if (!isDigit(s.at(i)))
            return invalid(tr("Character %1 at position %2 is not allowed: positions 3–8 hold the "
                              "administrative division code and are digits.")
                               .arg(quoted(s.at(i)))
                               .arg(i + 1));
    }
    const QChar expected = creditCodeCheckCharacter(s.left(17));
    if (s.at(17) != expected)
        return invalid(tr("Wrong check character: expected %1, got %2. One of the 18 characters "
                          "was probably mistyped; compare the code with the business licence.")
                           .arg(expected)
                           .arg(s.at(17)));
    return s;
}

Result<QString> Validators::phone(const QString& text)
{
    const QString t = folded(text).trimmed();
    if (t.isEmpty())
        return invalid(tr("Nothing was entered."));

    // An extension written out: "转 801", "ext. 801", "x801", "#801", ", 801".
    static const QRegularExpression extension(
        QStringLiteral("^(.*?)\\s*(?:转|分机|ext\\.?|x|#|,)\\s*(\\d*)$"),
        QRegularExpression::CaseInsensitiveOption);
    QString main = t;
    QString ext;
    bool hasExtension = false;
    const auto m = extension.match(t);
    if (m.hasMatch() && !m.captured(1).isEmpty()) {
        main = m.captured(1);
        ext = m.captured(2);
        hasExtension = true;
        if (ext.isEmpty())
            return invalid(tr("The extension after “%1” is missing.").arg(t.mid(main.size()).trimmed()));
    }
    for (int i = 0; i < main.size(); ++i) {
        const QChar c = main.at(i);
        if (!isDigit(c) && !QStringLiteral("-+() ").contains(c) && c != QChar(0xFF08) &&
            c != QChar(0xFF09))
            return invalid(tr("Character %1 at position %2 is not allowed in a phone number.")
                               .arg(quoted(c))
                               .arg(i + 1));
    }
    QString plain = main;
    plain.remove(QLatin1Char(' '));
    // A country code: only mainland numbers are accepted.
    bool international = false;
    if (plain.startsWith(QLatin1Char('+')) || plain.startsWith(QLatin1String("00"))) {
        const QString rest = plain.mid(plain.startsWith(QLatin1Char('+')) ? 1 : 2);
        if (!rest.startsWith(QLatin1String("86")))
            return invalid(tr("Only phone numbers in mainland China (+86) are accepted."));
        plain = rest.mid(2);
        international = true;
    } else if (plain.contains(QLatin1Char('+'))) {
        return invalid(tr("A + is only allowed at the start, before the country code 86."));
    }
    // "(010)12345678" is "010-12345678".
    plain.replace(QLatin1Char('('), QString())
        .replace(QChar(0xFF08), QString())
        .replace(QLatin1Char(')'), QLatin1Char('-'))
        .replace(QChar(0xFF09), QLatin1Char('-'));
    while (plain.startsWith(QLatin1Char('-')))
        plain.remove(0, 1);
    QStringList groups = plain.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    QString digits = groups.join(QString());
    if (digits.isEmpty())
        return invalid(tr("A phone number needs digits."));
    // After +86 a landline's area code loses its 0 (+86 10 12345678), a mobile does not.
    if (international && !(digits.size() == 11 && digits.at(0) == QLatin1Char('1') &&
                            digits.at(1) >= QLatin1Char('3'))) {
        digits.prepend(QLatin1Char('0'));
        groups.first().prepend(QLatin1Char('0'));
    }

    if (digits.startsWith(QLatin1Char('1'))) {
        if (hasExtension)
            return invalid(tr("A mobile number has no extension."));
        if (digits.size() == 7 || digits.size() == 8)
            return invalid(tr("This is too short for a mobile number (11 digits), and a landline "
                              "number needs its area code, for example 010-12345678."));
        if (digits.size() != 11)
            return invalid(tr("A mobile number has 11 digits; this one has %n.", nullptr,
                              digits.size()));
        if (digits.at(1) < QLatin1Char('3'))
            return invalid(tr("Mobile numbers begin with 13 to 19, not with %1.").arg(digits.left(2)));
        return digits;
    }
    if (digits.startsWith(QLatin1String("400")) || digits.startsWith(QLatin1String("800")))
        return invalid(tr("A 400 or 800 service number cannot reach a person; give a mobile or a "
                          "landline number."));
    if (!digits.startsWith(QLatin1Char('0'))) {
        if (digits.size() == 7 || digits.size() == 8)
            return invalid(tr("A landline number needs its area code, for example 010-12345678 "
                              "or 0755-1234567."));
        return invalid(tr("This is neither a mobile number (11 digits starting with 1) nor a "
                          "landline number with its area code (such as 010-12345678)."));
    }

    // Landline: the area code is the first group when separated, else read from the digits:
    // 010 and 020–029 have three digits, all others four.
    QString area;
    QString local;
    if (groups.size() >= 2) {
        area = groups.at(0);
        local = groups.at(1);
        QStringList rest = groups.mid(2);
        // "010-1234-5678" splits the number itself; "0755-1234567-801" adds an extension.
        if (!rest.isEmpty() && local.size() < 7 && local.size() + rest.first().size() <= 8)
            local += rest.takeFirst();
        if (rest.size() > 1 || (!rest.isEmpty() && hasExtension))
            return invalid(tr("Too many parts: a landline number is area code, number and an "
                              "optional extension."));
        if (!rest.isEmpty()) {
            ext = rest.first();
            hasExtension = true;
        }
    } else {
        const bool threeDigitArea =
            digits.startsWith(QLatin1String("010")) || digits.startsWith(QLatin1String("02"));
        area = digits.left(threeDigitArea ? 3 : 4);
        local = digits.mid(area.size());
    }
    const bool areaOk = (area.size() == 3 && (area == QLatin1String("010") ||
                                              area.startsWith(QLatin1String("02")))) ||
                        (area.size() == 4 && area.at(1) >= QLatin1Char('3'));
    if (!areaOk)
        return invalid(tr("Area code %1 does not exist: area codes are 010, 020 to 029, or four "
                          "digits from 0300 to 0999.")
                           .arg(area));
    if (local.size() < 7 || local.size() > 8)
        return invalid(tr("The number after area code %1 must have 7 or 8 digits; this one has %n.",
                          nullptr, local.size())
                           .arg(area));
    if (local.at(0) == QLatin1Char('0'))
        return invalid(tr("The number after area code %1 cannot begin with 0.").arg(area));
    if (hasExtension && (ext.isEmpty() || ext.size() > 6))
        return invalid(tr("The extension %1 is too long: it has at most 6 digits.").arg(ext));
    return area + QLatin1Char('-') + local + (hasExtension ? QLatin1Char('-') + ext : QString());
}

QString Validators::phoneKey(const QString& normalisedPhone)
{
    const QStringList parts = normalisedPhone.split(QLatin1Char('-'));
    return parts.size() >= 2 ? parts.at(0) + parts.at(1) : normalisedPhone;
}

Result<QString> Validators::hkMacaoPermit(const QString& text)
{
    const QString s = compact(text).toUpper();
    if (s.isEmpty())
        return invalid(tr("Nothing was entered."));
    if (s.at(0) != QLatin1Char('H') && s.at(0) != QLatin1Char('M'))
        return invalid(tr("A permit for Hong Kong and Macao residents begins with H (Hong Kong) "
                          "or M (Macao), not with %1.")
                           .arg(quoted(s.at(0))));
    for (int i = 1; i < s.size(); ++i) {
        if (!isDigit(s.at(i)))
            return invalid(tr("Character %1 at position %2 is not allowed: after the letter, a "
                              "permit number has only digits.")
                               .arg(quoted(s.at(i)))
                               .arg(i + 1));
    }
    if (s.size() != 9 && s.size() != 11)
        return invalid(tr("A permit number for Hong Kong and Macao residents is a letter and 8 "
                          "digits (older cards: 10 digits); this one has %n digits after the letter.",
                          nullptr, s.size() - 1));
    return s;
}

Result<QString> Validators::taiwanPermit(const QString& text)
{
    const QString s = compact(text).toUpper();
    if (s.isEmpty())
        return invalid(tr("Nothing was entered."));
    for (int i = 0; i < s.size(); ++i) {
        if (!isDigit(s.at(i)))
            return invalid(tr("Character %1 at position %2 is not allowed: a permit number for "
                              "Taiwan residents has only digits.")
                               .arg(quoted(s.at(i)))
                               .arg(i + 1));
    }
    if (s.size() != 8 && s.size() != 10)
        return invalid(tr("A permit number for Taiwan residents has 8 digits (older permits: "
                          "10); this one has %n.",
                          nullptr, s.size()));
    return s;
}

Result<QString> Validators::passport(const QString& text)
{
    const QString s = compact(text).toUpper();
    if (s.isEmpty())
        return invalid(tr("Nothing was entered."));
    return checkLettersAndDigits(s, 5, 15, tr("passport"));
}

Result<QString> Validators::document(DocumentType type, const QString& text, const QDate& today)
{
    switch (type) {
    case DocumentType::ResidentId:
        return residentId(text, today);
    case DocumentType::HkMacaoPermit:
        return hkMacaoPermit(text);
    case DocumentType::TaiwanPermit:
        return taiwanPermit(text);
    case DocumentType::Passport:
        return passport(text);
    case DocumentType::CreditCode:
        return creditCode(text);
    }
    return invalid(tr("Unknown document type."));
}

Result<QString> Validators::personName(const QString& text)
{
    // One middle dot for the names of many ethnic minorities (买买提·艾力), whatever the
    // input method produced.
    QString s = tidyText(text);
    for (QChar dot : {QChar(0x2022), QChar(0x30FB), QChar(0x2027), QChar(0xFF0E), QChar(0x2219)})
        s.replace(dot, QChar(0x00B7));
    if (s.isEmpty())
        return invalid(tr("Nothing was entered."));
    const QVector<uint> chars = s.toUcs4();
    bool hasLetter = false;
    for (int i = 0; i < chars.size(); ++i) {
        const char32_t c = chars.at(i);
        if (QChar::isLetter(c) || QChar::isMark(c)) {
            hasLetter = true;
            continue;
        }
        if (QChar::isDigit(c))
            return invalid(tr("Character %1 at position %2 is a digit; a name has no digits.")
                               .arg(QStringLiteral("“%1”").arg(QString::fromUcs4(&c, 1)))
                               .arg(i + 1));
        if (c == ' ' || c == 0x00B7 || c == '-' || c == '\'' || c == '.')
            continue;
        return invalid(tr("Character %1 at position %2 is not used in names.")
                           .arg(QStringLiteral("“%1”").arg(QString::fromUcs4(&c, 1)))
                           .arg(i + 1));
    }
    if (!hasLetter)
        return invalid(tr("A name needs at least one letter or Chinese character."));
    if (chars.size() > 50)
        return invalid(tr("A name has at most 50 characters; this one has %n.", nullptr,
                          chars.size()));
    return s;
}

Result<QString> Validators::organisationName(const QString& text)
{
    QString s = tidyText(text);
    if (s.isEmpty())
        return invalid(tr("Nothing was entered."));
    // Registered Chinese names use full-width brackets: 腾讯科技（深圳）有限公司.
    bool chinese = false;
    for (uint c : s.toUcs4())
        chinese = chinese || isHan(c);
    if (chinese)
        s.replace(QLatin1Char('('), QChar(0xFF08)).replace(QLatin1Char(')'), QChar(0xFF09));
    if (s.toUcs4().size() > 100)
        return invalid(tr("An organisation's name has at most 100 characters; this one has %n.",
                          nullptr, s.toUcs4().size()));
    return s;
}

Result<QString> Validators::address(const QString& text)
{
    const QString s = tidyText(text);
    if (s.toUcs4().size() > 200)
        return invalid(tr("An address has at most 200 characters; this one has %n.", nullptr,
                          s.toUcs4().size()));
    return s;
}

ApplicantCheck Validators::check(const Applicant& a, const QDate& today)
{
    ApplicantCheck c;
    c.normalised = a;
    auto take = [&](ApplicantField field, const Result<QString>& r, QString& into,
                    bool required) {
        if (r) {
            into = r.value();
            return;
        }
        const bool empty = compact(into).isEmpty();
        if (empty && !required) {
            into.clear();
            return;
        }
        c.problems.insert(field, empty ? tr("%1 is required.")
                                             .arg(ApplicantText::fieldName(field, a.kind))
                                       : r.message());
    };
    if (a.isPerson()) {
        if (a.documentType == DocumentType::CreditCode)
            c.problems.insert(ApplicantField::DocumentType,
                              tr("A person is identified by an ID card, a permit or a passport, "
                                 "not by a credit code."));
        take(ApplicantField::Name, personName(a.name), c.normalised.name, true);
        if (a.documentType != DocumentType::CreditCode)
            take(ApplicantField::DocumentNumber, document(a.documentType, a.documentNumber, today),
                 c.normalised.documentNumber, true);
        c.normalised.legalRepresentative.clear();
        c.normalised.contactName.clear();
    } else {
        c.normalised.documentType = DocumentType::CreditCode;
        take(ApplicantField::Name, organisationName(a.name), c.normalised.name, true);
        take(ApplicantField::DocumentNumber, creditCode(a.documentNumber),
             c.normalised.documentNumber, true);
        take(ApplicantField::LegalRepresentative, personName(a.legalRepresentative),
             c.normalised.legalRepresentative, true);
        take(ApplicantField::ContactName, personName(a.contactName), c.normalised.contactName,
             true);
    }
    take(ApplicantField::Phone, phone(a.phone), c.normalised.phone, true);
    take(ApplicantField::Address, address(a.address), c.normalised.address, false);
    return c;
}

} // namespace civicdesk
