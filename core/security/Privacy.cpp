#include "Privacy.h"

#include <QStringList>

namespace civicdesk::privacy {

namespace {

QString maskMiddle(const QString& s, int keepStart, int keepEnd)
{
    if (s.size() <= keepStart + keepEnd)
        return QString(s.size(), QLatin1Char('*'));
    return s.left(keepStart) + QString(s.size() - keepStart - keepEnd, QLatin1Char('*')) +
           s.right(keepEnd);
}

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

} // namespace

QString maskIdNumber(const QString& number)
{
    const QString n = number.trimmed();
    if (n.isEmpty())
        return n;
    if (n.size() >= 15)
        return maskMiddle(n, 6, 4);
    return maskMiddle(n, 2, 2);
}

QString maskPhone(const QString& phone)
{
    QString digits;
    for (QChar c : phone.trimmed()) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() < 8)
        return QString(digits.size(), QLatin1Char('*'));
    return digits.left(3) + QStringLiteral("****") + digits.right(4);
}

QString maskName(const QString& name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return n;
    if (!isHan(n.at(0)))
        return n.left(1) + QLatin1Char('*');
    // Compound family names (复姓) keep both characters.
    static const QStringList compound = {
        QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("上官"), QStringLiteral("诸葛"),
        QStringLiteral("东方"), QStringLiteral("皇甫"), QStringLiteral("尉迟"), QStringLiteral("公孙"),
        QStringLiteral("慕容"), QStringLiteral("长孙"), QStringLiteral("宇文"), QStringLiteral("司徒"),
        QStringLiteral("夏侯"), QStringLiteral("轩辕"), QStringLiteral("令狐"), QStringLiteral("端木"),
        QStringLiteral("独孤"), QStringLiteral("南宫"), QStringLiteral("西门"), QStringLiteral("百里"),
        QStringLiteral("呼延"), QStringLiteral("澹台"), QStringLiteral("钟离"), QStringLiteral("太史"),
        QStringLiteral("申屠"), QStringLiteral("闻人"), QStringLiteral("赫连"), QStringLiteral("司空")};
    if (n.size() > 2 && compound.contains(n.left(2)))
        return n.left(2) + QLatin1Char('*');
    return n.left(1) + QLatin1Char('*');
}

} // namespace civicdesk::privacy
