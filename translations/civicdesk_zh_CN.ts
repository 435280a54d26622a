<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicantRepository</name>
    <message>
        <source>The applicant was not saved, because some entries need correcting; everything entered is kept.
%1</source>
        <translation>申请人信息未保存：部分内容需要更正，已填写的内容均已保留。
%1</translation>
    </message>
    <message>
        <source>The applicant could not be saved because another computer changed the same record at the same moment. Everything entered is kept; save again.</source>
        <translation>申请人信息未能保存：另一台电脑同时修改了同一条记录。已填写的内容均已保留，请重新保存。</translation>
    </message>
    <message>
        <source>Type at least the first 3 digits of the phone number.</source>
        <translation>请至少输入电话号码的前 3 位数字。</translation>
    </message>
    <message>
        <source>Only the data of a saved applicant can be revealed.</source>
        <translation>只有已保存的申请人才能查看完整信息。</translation>
    </message>
    <message>
        <source>Only ID numbers and phones are masked.</source>
        <translation>只有证件号码和电话号码做了脱敏处理。</translation>
    </message>
    <message>
        <source>This applicant is no longer stored.</source>
        <translation>该申请人的记录已不存在。</translation>
    </message>
</context>
<context>
    <name>ApplicantText</name>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Branch %1: the last %2 audit row(s) were deleted (the trail ends at row %3, but %4 rows were written).</source>
        <translation>分中心 %1：最后 %2 条审计记录被删除（记录止于第 %3 条，但实际写入了 %4 条）。</translation>
    </message>
    <message>
        <source>Branch %1: audit row %2 and after were added outside CivicDesk (only %3 rows were written).</source>
        <translation>分中心 %1：第 %2 条及以后的审计记录是在 CivicDesk 之外添加的（程序只写入了 %3 条）。</translation>
    </message>
    <message>
        <source>Branch %1: audit row %2, the last one, was changed.</source>
        <translation>分中心 %1：最后一条审计记录（第 %2 条）被篡改。</translation>
    </message>
    <message>
        <source>Branch %1: audit row %2 is missing: it was deleted.</source>
        <translation>分中心 %1：第 %2 条审计记录缺失，已被删除。</translation>
    </message>
    <message>
        <source>Branch %1: audit row %2 (%3) does not belong to the trail: it was inserted or moved outside CivicDesk.</source>
        <translation>分中心 %1：第 %2 条审计记录（%3）不属于该审计链，是在 CivicDesk 之外插入或移动的。</translation>
    </message>
    <message>
        <source>Branch %1: audit row %2 (%3) was changed after it was written.</source>
        <translation>分中心 %1：第 %2 条审计记录（%3）在写入后被篡改。</translation>
    </message>
    <message>
        <source>Branch %1: all %2 audit rows were deleted.</source>
        <translation>分中心 %1：全部 %2 条审计记录均已被删除。</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>Usage: civicdesk calendar add-days YYYY-MM-DD N | between YYYY-MM-DD YYYY-MM-DD | show [YEAR] | import FILE [--replace]</source>
        <translation>用法：civicdesk calendar add-days YYYY-MM-DD N | between YYYY-MM-DD YYYY-MM-DD | show [年份] | import 文件 [--replace]</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>There is no calendar command "%1".</source>
        <translation>没有名为“%1”的日历命令。</translation>
    </message>
    <message>
        <source>"%1" is not a date written as YYYY-MM-DD.</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>"%1" is not a number of working days (up to 10000).</source>
        <translation>“%1”不是有效的工作日数（最多 10000）。</translation>
    </message>
    <message>
        <source>"%1" is not a date range written as YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>“%1”不是 YYYY-MM-DD..YYYY-MM-DD 格式的日期区间。</translation>
    </message>
    <message>
        <source>No date is %1 working days from %2: the calendar has no working days there.</source>
        <translation>从 %2 起算 %1 个工作日得不到日期：该时段日历中没有工作日。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) off, </source>
        <translation>
            <numerusform>%1 年：放假 %n 天，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s) (%1)</source>
        <translation>
            <numerusform>调休上班 %n 天（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar covers no year.</source>
        <translation>日历中还没有任何年份。</translation>
    </message>
    <message>
        <source>"%1" is not a year.</source>
        <translation>“%1”不是年份。</translation>
    </message>
    <message>
        <source>%1 is not in the calendar. Import its holidays with "civicdesk calendar import FILE".</source>
        <translation>日历中没有 %1 年。请用“civicdesk calendar import 文件”导入该年的节假日安排。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 年：%2</translation>
    </message>
    <message>
        <source>Added %1 by %2; last changed %3 by %4.</source>
        <translation>%1 由 %2 添加；最近一次修改：%3，%4。</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s), </source>
        <translation>
            <numerusform>%n 个工作日，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) off for public holidays, </source>
        <translation>
            <numerusform>节假日放假 %n 天，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s).</source>
        <translation>
            <numerusform>调休上班 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>休</translation>
    </message>
    <message>
        <source>working</source>
        <translation>班</translation>
    </message>
    <message>
        <source>Add --replace to replace it.</source>
        <translation>如需替换，请加上 --replace。</translation>
    </message>
    <message>
        <source>%1 in the calendar already holds exactly these days; nothing was changed.</source>
        <translation>日历中的 %1 年与文件完全相同，未作任何改动。</translation>
    </message>
    <message>
        <source>Replaced %1 in the calendar: </source>
        <translation>已替换日历中的 %1 年：</translation>
    </message>
    <message>
        <source>Imported %1 into the calendar: </source>
        <translation>已将 %1 年导入日历：</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) off, </source>
        <translation>
            <numerusform>放假 %n 天，</numerusform>
        </translation>
    </message>
    <message>
        <source>Working days: add-days DATE N, between DATE DATE, show [YEAR], import FILE.</source>
        <translation>工作日：add-days 日期 N、between 日期 日期、show [年份]、import 文件。</translation>
    </message>
    <message>
        <source>add-days, between: days that do not count (a suspension), first and last included; repeat for more.</source>
        <translation>用于 add-days、between：不计入的日期（如中止期间），含首尾两天；可重复使用。</translation>
    </message>
    <message>
        <source>import: replace a year the calendar already holds.</source>
        <translation>用于 import：替换日历中已有的年份。</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>%1 was added to the calendar on another computer just now. Nothing was imported; look at the year and import again if it should be replaced.</source>
        <translation>%1 年刚刚已在另一台电脑上加入日历。本次未导入任何内容；请先查看该年份，如需替换请重新导入。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already in the calendar, with %n announced day(s). Nothing was imported; to replace the year with the file, import it again and confirm the replacement.</source>
        <translation>
            <numerusform>日历中已有 %1 年，共 %n 个公布的调整日期。本次未导入任何内容；如需用该文件替换这一年，请重新导入并确认替换。</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar keeps the years %1 to %2; %3 is not one of them.</source>
        <translation>日历只能保存 %1 年至 %2 年，%3 年不在此范围内。</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>%1 is already in the calendar; nothing was changed.</source>
        <translation>日历中已有 %1 年，未作任何改动。</translation>
    </message>
    <message>
        <source>No valid date was given; nothing was changed.</source>
        <translation>没有给出有效日期，未作任何改动。</translation>
    </message>
    <message>
        <source>Give %1 a name, such as the holiday it belongs to (春节, 国庆节). Nothing was changed.</source>
        <translation>请为%1填写名称，例如所属节日（春节、国庆节）。未作任何改动。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters; shorten it. Nothing was changed.</source>
        <translation>名称超过 %1 个字，请缩短。未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is a weekday, which is a working day anyway; only a Saturday or Sunday can be a make-up working day. Nothing was changed.</source>
        <translation>%1是周一至周五，本来就是工作日；只有周六或周日才能设为调休上班日。未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is not in the calendar yet, so its days cannot be changed. Import the holidays of %1 first, or add the year by hand.</source>
        <translation>日历中还没有 %1 年，无法修改其中的日期。请先导入 %1 年的节假日安排，或手工添加该年份。</translation>
    </message>
</context>
<context>
    <name>CaseClock</name>
    <message>
        <source>no limit running</source>
        <translation>无时限计时</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>yellow: near its limit</source>
        <translation>黄灯：临近时限</translation>
    </message>
    <message>
        <source>red: overdue</source>
        <translation>红灯：已超期</translation>
    </message>
</context>
<context>
    <name>CaseNames</name>
    <message>
        <source>received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>not acceptable</source>
        <translation>不符合要求</translation>
    </message>
    <message>
        <source>to follow later</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <source>supplied later</source>
        <translation>已补交</translation>
    </message>
    <message>
        <source>not yet started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>待办理</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>不同意</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>There is no such case.</source>
        <translation>没有该办件。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有办件 %1。</translation>
    </message>
</context>
<context>
    <name>CaseSearch</name>
    <message>
        <source>Type at least the first 3 digits of the phone number.</source>
        <translation>请至少输入电话号码的前3位数字。</translation>
    </message>
    <message>
        <source>More than %1 applicants have such a name: only their cases are shown. Type more of the name, or add another key.</source>
        <translation>姓名匹配的申请人超过%1个，仅显示其中部分申请人的案件。请输入更多姓名文字，或增加其他查询条件。</translation>
    </message>
</context>
<context>
    <name>CaseStateMachine</name>
    <message>
        <source>A new application cannot be %1.</source>
        <translation>新申请不能直接%1。</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>该办件已不存在。</translation>
    </message>
    <message>
        <source>Case %1 has an unknown state.</source>
        <translation>办件 %1 的状态无法识别。</translation>
    </message>
    <message>
        <source>Case %1 is %2 and cannot be %3. Nothing was changed.</source>
        <translation>办件 %1 当前状态为“%2”，不能%3。未做任何更改。</translation>
    </message>
    <message>
        <source>Case %1 was changed on another computer a moment ago. Nothing was changed; look at it again.</source>
        <translation>办件 %1 刚刚在另一台电脑上被修改。本次未做任何更改，请重新查看该办件。</translation>
    </message>
</context>
<context>
    <name>CaseStates</name>
    <message>
        <source>awaiting correction</source>
        <comment>case status</comment>
        <translation>待补正</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>case status</comment>
        <translation>已受理</translation>
    </message>
    <message>
        <source>in review</source>
        <comment>case status</comment>
        <translation>审查中</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>case status</comment>
        <translation>已中止</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>case status</comment>
        <translation>准予许可</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>case status</comment>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>certificate issued</source>
        <comment>case status</comment>
        <translation>已制证</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>case status</comment>
        <translation>已办结</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>case status</comment>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>refused at intake</source>
        <comment>case status</comment>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>case action</comment>
        <translation>受理</translation>
    </message>
    <message>
        <source>accepted with a deficiency</source>
        <comment>case action</comment>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>sent back with a correction notice</source>
        <comment>case action</comment>
        <translation>一次性告知补正</translation>
    </message>
    <message>
        <source>refused</source>
        <comment>case action</comment>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>accepted after correction</source>
        <comment>case action</comment>
        <translation>补正后受理</translation>
    </message>
    <message>
        <source>deemed accepted</source>
        <comment>case action</comment>
        <translation>视为受理</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>case action</comment>
        <translation>撤回</translation>
    </message>
    <message>
        <source>taken into review</source>
        <comment>case action</comment>
        <translation>进入审查</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>case action</comment>
        <translation>中止办理</translation>
    </message>
    <message>
        <source>resumed</source>
        <comment>case action</comment>
        <translation>恢复办理</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>case action</comment>
        <translation>作出准予许可决定</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>case action</comment>
        <translation>作出不予许可决定</translation>
    </message>
    <message>
        <source>given its certificate</source>
        <comment>case action</comment>
        <translation>制发证照</translation>
    </message>
    <message>
        <source>handed over</source>
        <comment>case action</comment>
        <translation>送达办结</translation>
    </message>
</context>
<context>
    <name>CatalogFile</name>
    <message>
        <source>"%1" is not a field of the catalog format; check its spelling.</source>
        <translation>“%1”不是目录格式中的字段，请检查拼写。</translation>
    </message>
    <message>
        <source>the field "%1" is missing.</source>
        <translation>缺少字段“%1”。</translation>
    </message>
    <message>
        <source>expected text in quotes.</source>
        <translation>此处应为带引号的文本。</translation>
    </message>
    <message>
        <source>expected a whole number.</source>
        <translation>此处应为整数。</translation>
    </message>
    <message>
        <source>the number must be from %1 to %2.</source>
        <translation>数值应在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>此处应为 true 或 false。</translation>
    </message>
    <message>
        <source>expected a list in [ ].</source>
        <translation>此处应为用 [ ] 括起的列表。</translation>
    </message>
    <message>
        <source>expected an entry in { }.</source>
        <translation>此处应为用 { } 括起的条目。</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2.</source>
        <translation>“%1”不在可选值之内：%2。</translation>
    </message>
    <message>
        <source>The catalog file %1 was not imported. At %2: %3 Nothing was changed; correct the file and import it again.</source>
        <translation>目录文件 %1 未导入。位置 %2：%3数据库未作任何改动；请修改文件后重新导入。</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>the text is not valid JSON (%1).</source>
        <translation>文本不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>文件开头</translation>
    </message>
    <message>
        <source>a catalog file is one JSON object in { }.</source>
        <translation>目录文件应为一个用 { } 括起的 JSON 对象。</translation>
    </message>
    <message>
        <source>this is not a CivicDesk catalog file (its "format" must be "%1").</source>
        <translation>这不是 CivicDesk 目录文件（其“format”应为“%1”）。</translation>
    </message>
    <message>
        <source>the file was written by a newer CivicDesk (catalog version %1; this program reads up to %2). Install the newer CivicDesk.</source>
        <translation>该文件由较新版本的 CivicDesk 生成（目录版本 %1，本程序最高支持 %2）。请安装新版 CivicDesk。</translation>
    </message>
    <message>
        <source>the department code %1 is given twice (also at departments[%2]).</source>
        <translation>部门编码 %1 重复出现（另见 departments[%2]）。</translation>
    </message>
    <message>
        <source>the matter code %1 is given twice (also at matters[%2]).</source>
        <translation>事项编码 %1 重复出现（另见 matters[%2]）。</translation>
    </message>
</context>
<context>
    <name>CatalogNames</name>
    <message>
        <source>administrative licence</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>public service</source>
        <translation>公共服务</translation>
    </message>
    <message>
        <source>other administrative matter</source>
        <translation>其他行政权力事项</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>电子材料</translation>
    </message>
    <message>
        <source>acceptance</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>review</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>制证</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 个工作日</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>The department was not found; another administrator may have removed it. Reload the catalog.</source>
        <translation>未找到该部门，可能已被其他管理员删除。请重新加载目录。</translation>
    </message>
    <message>
        <source>The matter was not found; another administrator may have removed it. Reload the catalog.</source>
        <translation>未找到该事项，可能已被其他管理员删除。请重新加载目录。</translation>
    </message>
    <message>
        <source>There is no matter with the code %1 in the catalog.</source>
        <translation>目录中没有编码为 %1 的事项。</translation>
    </message>
</context>
<context>
    <name>CatalogRules</name>
    <message>
        <source>there is no such department (%1).</source>
        <translation>该部门不存在（%1）。</translation>
    </message>
    <message>
        <source>the department %1 is deactivated; choose an active one.</source>
        <translation>部门“%1”已停用，请选择在用的部门。</translation>
    </message>
    <message>
        <source>Give the matter a code, as in the published catalog.</source>
        <translation>请填写事项编码，与公布的事项目录一致。</translation>
    </message>
    <message>
        <source>The code "%1" may hold only letters, digits, "-", "_" and "." (at most 40).</source>
        <translation>编码“%1”只能包含字母、数字、“-”、“_”和“.”（最多 40 个字符）。</translation>
    </message>
    <message>
        <source>Give the matter its Chinese name.</source>
        <translation>请填写事项的中文名称。</translation>
    </message>
    <message>
        <source>Choose the department responsible for the matter.</source>
        <translation>请选择该事项的实施部门。</translation>
    </message>
    <message>
        <source>The responsible department: %1</source>
        <translation>实施部门：%1</translation>
    </message>
    <message>
        <source>The statutory time limit must be 0 to %1 working days (0: decided on the spot).</source>
        <translation>法定办结时限应为 0 到 %1 个工作日（0 表示当场办结）。</translation>
    </message>
    <message>
        <source>The promised time limit must be 0 to %1 working days (0: done on the spot).</source>
        <translation>承诺办结时限应为 0 到 %1 个工作日（0 表示即办）。</translation>
    </message>
    <message>
        <source>The promised time limit (%1) is longer than the statutory one (%2). Promise no more than the law allows.</source>
        <translation>承诺时限（%1）超过了法定时限（%2）。承诺时限不得超过法定时限。</translation>
    </message>
    <message>
        <source>List at least one required material, or mark the matter as needing none.</source>
        <translation>请至少列出一项申请材料，或将事项标记为“无需材料”。</translation>
    </message>
    <message>
        <source>Material %1</source>
        <translation>材料 %1</translation>
    </message>
    <message>
        <source>%1 has no Chinese name.</source>
        <translation>%1 没有中文名称。</translation>
    </message>
    <message>
        <source>%1 repeats material %2; list each material once.</source>
        <translation>%1 与材料 %2 重复；每项材料只需列出一次。</translation>
    </message>
    <message>
        <source>%1: the number of copies must be 1 to %2.</source>
        <translation>%1：份数应为 1 到 %2。</translation>
    </message>
    <message>
        <source>Fee %1</source>
        <translation>收费项目 %1</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 没有名称。</translation>
    </message>
    <message>
        <source>%1: the amount must be more than %2. A matter that is free lists no fee.</source>
        <translation>%1：金额必须大于 %2。不收费的事项无需列出收费项目。</translation>
    </message>
    <message>
        <source>%1 has no legal basis. No fee may be charged without one (Administrative Licensing Law art. 59): name the law or the pricing document.</source>
        <translation>%1 没有收费依据。没有法定依据不得收费（《行政许可法》第五十九条）：请填写法律法规或收费文件。</translation>
    </message>
    <message>
        <source>The workflow needs at least one stage (usually acceptance, review, decision, certificate and handover).</source>
        <translation>办理流程至少需要一个环节（通常为受理、审查、决定、制证、送达）。</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>环节 %1</translation>
    </message>
    <message>
        <source>%1 has no step: add the department that works it, or remove the stage.</source>
        <translation>%1 没有办理步骤：请添加承办部门，或删除该环节。</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1 第 %2 步</translation>
    </message>
    <message>
        <source>%1: choose the department that works this step.</source>
        <translation>%1：请选择承办此步骤的部门。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the time limit must be 0 to %2 working days, or none.</source>
        <translation>%1：时限应为 0 到 %2 个工作日，或不设时限。</translation>
    </message>
    <message>
        <source>%1 runs %2 steps side by side: choose the lead department that coordinates them (art. 26).</source>
        <translation>%1 有 %2 个步骤并联办理：请选择牵头部门（《行政许可法》第二十六条）。</translation>
    </message>
    <message>
        <source>%1: the lead department must be one of the departments with a step in this stage.</source>
        <translation>%1：牵头部门必须是本环节中承办步骤的部门之一。</translation>
    </message>
    <message>
        <source>Departments work side by side in the workflow: mark the matter for joint handling (art. 26).</source>
        <translation>流程中有多个部门并联办理：请将事项标记为联合办理（《行政许可法》第二十六条）。</translation>
    </message>
    <message>
        <source>The matter is marked for joint handling, but only one department has steps in its workflow: add the other departments' steps or take the mark away.</source>
        <translation>事项已标记为联合办理，但流程中只有一个部门：请添加其他部门的步骤，或取消该标记。</translation>
    </message>
    <message>
        <source>The stages' own time limits add up to %1, more than the promised %2: shorten them or promise more.</source>
        <translation>各环节时限合计 %1，超过了承诺时限 %2：请缩短环节时限或延长承诺时限。</translation>
    </message>
    <message>
        <source>Give the department a short code, such as GA or SJ.</source>
        <translation>请填写部门简码，如 GA、SJ。</translation>
    </message>
    <message>
        <source>The department code "%1" may hold only letters, digits, "-", "_" and "." (at most 10).</source>
        <translation>部门编码“%1”只能包含字母、数字、“-”、“_”和“.”（最多 10 个字符）。</translation>
    </message>
    <message>
        <source>Give the department its Chinese name.</source>
        <translation>请填写部门的中文名称。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1（另有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The matter is marked as needing no materials, but lists %n material(s); remove them or take the mark away.</source>
        <translation>
            <numerusform>事项已标记为无需材料，但列出了 %n 项材料；请删除这些材料或取消该标记。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged</source>
        <translation>%1：新增 %2，修改 %3，未变 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n 个部门</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s)</source>
        <translation>
            <numerusform>%n 个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>The code %1 is already used by the matter %2; every matter needs its own code.</source>
        <translation>编码 %1 已被事项“%2”使用；每个事项的编码必须唯一。</translation>
    </message>
    <message>
        <source>Another department already has the code %1.</source>
        <translation>已有其他部门使用编码 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n active matter(s) still need this department; give them another department or deactivate them first.</source>
        <translation>
            <numerusform>仍有 %n 个在用事项需要该部门；请先为这些事项更换部门或将其停用。</numerusform>
        </translation>
    </message>
    <message>
        <source>The matter %1 was not saved: a material, fee or step that was removed is still referred to by cases. Nothing was changed; keep that item, or deactivate the matter and create a new one.</source>
        <translation>事项 %1 未保存：被删除的材料、收费项目或步骤仍被办件引用。未作任何改动；请保留该项，或停用此事项后另建新事项。</translation>
    </message>
    <message>
        <source>The matter %1 was not saved: %2</source>
        <translation>事项 %1 未保存：%2</translation>
    </message>
    <message>
        <source>The matter was not found; another administrator may have removed it. Reload the catalog.</source>
        <translation>未找到该事项，可能已被其他管理员删除。请重新加载目录。</translation>
    </message>
    <message numerus="yes">
        <source>The department %1 was kept: %n active matter(s) still need it. Give them another department or deactivate them first.</source>
        <translation>
            <numerusform>部门“%1”未删除：仍有 %n 个在用事项需要它。请先为这些事项更换部门或将其停用。</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog file %1 could not be read: %2. Nothing was changed.</source>
        <translation>无法读取目录文件 %1：%2。未作任何改动。</translation>
    </message>
    <message>
        <source>The built-in catalog is missing from the program.</source>
        <translation>程序中缺少内置的事项目录。</translation>
    </message>
    <message>
        <source>there is no department with the code %1 in the file or the database.</source>
        <translation>文件和数据库中都没有编码为 %1 的部门。</translation>
    </message>
    <message>
        <source>The catalog could not be written to %1: %2. Any file that was there is unchanged; choose another place and try again.</source>
        <translation>无法将目录写入 %1：%2。原有文件保持不变；请选择其他位置后重试。</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>Give either --db or --pg, not both.</source>
        <translation>请只指定 --db 或 --pg 其中之一。</translation>
    </message>
    <message>
        <source>--mode must be local or shared (use --pg for a server).</source>
        <translation>--mode 只能是 local 或 shared（服务器请使用 --pg）。</translation>
    </message>
    <message>
        <source>--mode needs a database file given with --db.</source>
        <translation>--mode 需要同时用 --db 指定数据库文件。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The SQLite database file (local or shared mode).</source>
        <translation>SQLite 数据库文件（本地或共享模式）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>How to open the --db file: local (one PC, the default) or shared (a file on a LAN share used by several PCs).</source>
        <translation>--db 文件的打开方式：local（单机，默认）或 shared（局域网共享目录中的文件，多台电脑共用）。</translation>
    </message>
    <message>
        <source>A PostgreSQL connection, for example "host=db1 port=5432 dbname=civicdesk user=clerk".</source>
        <translation>PostgreSQL 连接，例如 "host=db1 port=5432 dbname=civicdesk user=clerk"。</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The language: zh_CN or en (default: the system's).</source>
        <translation>界面语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A settings file to use instead of this user's.</source>
        <translation>使用指定的设置文件，而不是当前用户的设置。</translation>
    </message>
    <message>
        <source>CivicDesk: window service, one-stop approval and queue management for administrative service centers. Without a command, the program window opens.</source>
        <translation>CivicDesk 政务服务窗口系统：窗口受理、一站式审批与排队叫号。不带命令时打开程序窗口。</translation>
    </message>
    <message>
        <source>A headless command (see below), or none for the window.</source>
        <translation>无界面命令（见下文）；不指定则打开程序窗口。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused or check failed, 2 database or environment not usable, 64 wrong command line.</source>
        <translation>退出码：0 完成；1 被拒绝或检查未通过；2 数据库或运行环境不可用；64 命令行有误。</translation>
    </message>
    <message>
        <source>Run "civicdesk --help" for the options.</source>
        <translation>运行 "civicdesk --help" 查看可用选项。</translation>
    </message>
    <message>
        <source>There is no command "%1". Run "civicdesk --help" for the list.</source>
        <translation>没有名为 "%1" 的命令。运行 "civicdesk --help" 查看命令列表。</translation>
    </message>
    <message>
        <source>Created a new CivicDesk database at %1 (schema version %2).</source>
        <translation>已在 %1 新建 CivicDesk 数据库（结构版本 %2）。</translation>
    </message>
    <message>
        <source>Upgraded %1 from schema version %2 to %3.</source>
        <translation>已将 %1 的结构版本从 %2 升级到 %3。</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>升级前的数据库已保存在 %1。</translation>
    </message>
    <message>
        <source>The branch code "%1" must be 2 to 8 capital letters or digits.</source>
        <translation>分中心代码 "%1" 必须由 2 至 8 位大写字母或数字组成。</translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2); nothing to do.</source>
        <translation>%1 已是最新（结构版本 %2），无需处理。</translation>
    </message>
    <message>
        <source>%1 already holds the demonstration data; nothing was added.</source>
        <translation>%1 中已有演示数据，未再添加。</translation>
    </message>
    <message>
        <source>Added demonstration data to %1:</source>
        <translation>已向 %1 添加演示数据：</translation>
    </message>
    <message>
        <source>ok: %1, schema version %2 of %3.</source>
        <translation>正常：%1，结构版本 %2（本程序最高 %3）。</translation>
    </message>
    <message>
        <source>Name the backup file: civicdesk backup FILE</source>
        <translation>请指定备份文件：civicdesk backup 文件</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>已将 %1 备份到 %2。</translation>
    </message>
    <message>
        <source>Create a database, or upgrade it to this program's schema.</source>
        <translation>新建数据库，或将其升级到本程序的结构版本。</translation>
    </message>
    <message>
        <source>The branch code that prefixes case numbers (default %1).</source>
        <translation>作为办件编号前缀的分中心代码（默认 %1）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Fill a new database with demonstration data.</source>
        <translation>向新数据库填入演示数据。</translation>
    </message>
    <message>
        <source>Check that a database is intact and readable.</source>
        <translation>检查数据库是否完好、可读。</translation>
    </message>
    <message>
        <source>Copy a SQLite database to FILE while it is in use.</source>
        <translation>在使用中将 SQLite 数据库复制到指定文件。</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>标准输入中没有提供密码。</translation>
    </message>
    <message>
        <source>Usage: civicdesk staff add LOGIN --name NAME --roles clerk,approver [--department CODE] [--password-stdin]</source>
        <translation>用法：civicdesk staff add 登录名 --name 姓名 --roles clerk,approver [--department 部门代码] [--password-stdin]</translation>
    </message>
    <message>
        <source>"%1" is not a role; the roles are clerk, approver, supervisor and admin.</source>
        <translation>“%1”不是有效角色；角色只能是 clerk、approver、supervisor 和 admin。</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>Temporary password: %1 (to be changed at the first sign-in)</source>
        <translation>临时密码：%1（首次登录时须修改）</translation>
    </message>
    <message>
        <source>Usage: civicdesk staff passwd LOGIN [--password-stdin]</source>
        <translation>用法：civicdesk staff passwd 登录名 [--password-stdin]</translation>
    </message>
    <message>
        <source>The password of %1 was reset; it must be changed at the next sign-in.</source>
        <translation>%1 的密码已重置，下次登录时须修改。</translation>
    </message>
    <message>
        <source>Temporary password: %1</source>
        <translation>临时密码：%1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Name the staff member: civicdesk staff %1 LOGIN</source>
        <translation>请指定人员：civicdesk staff %1 登录名</translation>
    </message>
    <message>
        <source>Done: %1 %2.</source>
        <translation>已完成：%1 %2。</translation>
    </message>
    <message>
        <source>Usage: civicdesk staff add|passwd|list|unlock|enable|disable …</source>
        <translation>用法：civicdesk staff add|passwd|list|unlock|enable|disable …</translation>
    </message>
    <message>
        <source>Usage: civicdesk audit verify | audit list [--subject TYPE:ID] [--limit N]</source>
        <translation>用法：civicdesk audit verify | audit list [--subject 类型:编号] [--limit 条数]</translation>
    </message>
    <message>
        <source>TAMPERED: %1</source>
        <translation>已被篡改：%1</translation>
    </message>
    <message>
        <source>ok, %1 rows</source>
        <translation>正常，共 %1 条</translation>
    </message>
    <message>
        <source>Staff accounts: add, passwd, list, unlock, enable, disable.</source>
        <translation>人员账户：添加、重置密码、列表、解锁、启用、停用。</translation>
    </message>
    <message>
        <source>The staff member's name.</source>
        <translation>人员姓名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department code (e.g. GA).</source>
        <translation>部门代码（例如 GA）。</translation>
    </message>
    <message>
        <source>Comma-separated roles: clerk, approver, supervisor, admin.</source>
        <translation>以逗号分隔的角色：clerk、approver、supervisor、admin。</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Read the (temporary) password from the first line of standard input.</source>
        <translation>从标准输入的第一行读取（临时）密码。</translation>
    </message>
    <message>
        <source>The (temporary) password; visible to other users of this PC, prefer --password-stdin.</source>
        <translation>（临时）密码；本机其他用户可以看到，建议使用 --password-stdin。</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Audit trail: verify the hash chain, or list rows.</source>
        <translation>审计记录：校验哈希链，或列出记录。</translation>
    </message>
    <message>
        <source>Only rows about TYPE:ID.</source>
        <translation>只显示与“类型:编号”有关的记录。</translation>
    </message>
    <message>
        <source>type:id</source>
        <translation>类型:编号</translation>
    </message>
    <message>
        <source>At most N rows (default 500).</source>
        <translation>最多 N 条（默认 500）。</translation>
    </message>
    <message>
        <source>Name what to do and the file: civicdesk catalog import FILE, or civicdesk catalog export FILE</source>
        <translation>请指明操作和文件：civicdesk catalog import 文件，或 civicdesk catalog export 文件</translation>
    </message>
    <message>
        <source>Wrote the catalog of %1 to %2.</source>
        <translation>已将 %1 的事项目录写入 %2。</translation>
    </message>
    <message>
        <source>Imported %1 into %2:</source>
        <translation>已将 %1 导入 %2：</translation>
    </message>
    <message>
        <source>import FILE: add or update departments and matters from a catalog file; export FILE: write the whole catalog.</source>
        <translation>import 文件：从目录文件新增或更新部门和事项；export 文件：导出完整的事项目录。</translation>
    </message>
    <message>
        <source>Give one of --id, --uscc and --phone.</source>
        <translation>请只给出 --id、--uscc、--phone 中的一个。</translation>
    </message>
    <message>
        <source>Name what to check: civicdesk validate --id NUMBER, --uscc CODE or --phone NUMBER ("-" reads one value a line from standard input).</source>
        <translation>请指明要校验的内容：civicdesk validate --id 号码、--uscc 代码 或 --phone 号码（用 "-" 从标准输入逐行读取）。</translation>
    </message>
    <message>
        <source>Unexpected argument "%1"; put values after --%2.</source>
        <translation>多余的参数“%1”；要校验的值请写在 --%2 之后。</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Check resident ID numbers, credit codes or phone numbers, for example a list before a bulk import.</source>
        <translation>校验居民身份证号码、统一社会信用代码或电话号码，例如在批量导入前检查名单。</translation>
    </message>
    <message>
        <source>A resident ID number (GB 11643), or - for one a line from standard input.</source>
        <translation>居民身份证号码（GB 11643），或用 - 从标准输入逐行读取。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>A unified social credit code (GB 32100), or - for one a line from standard input.</source>
        <translation>统一社会信用代码（GB 32100），或用 - 从标准输入逐行读取。</translation>
    </message>
    <message>
        <source>A mainland mobile or landline number, or - for one a line from standard input.</source>
        <translation>内地手机或固定电话号码，或用 - 从标准输入逐行读取。</translation>
    </message>
    <message>
        <source>Run as the full-screen ticket dispenser of the hall.</source>
        <translation>以全屏取号机方式运行。</translation>
    </message>
    <message>
        <source>Run as the full-screen display board of the hall.</source>
        <translation>以大厅全屏叫号显示屏方式运行。</translation>
    </message>
    <message>
        <source>--%1 needs a %2, not "%3".</source>
        <translation>--%1 需要%2，而不是“%3”。</translation>
    </message>
    <message>
        <source>whole number of 1 or more</source>
        <translation>不小于 1 的整数</translation>
    </message>
    <message>
        <source>number of 0 or more</source>
        <translation>不小于 0 的数</translation>
    </message>
    <message>
        <source>Give --arrivals-per-hour and --service-minutes, and either --windows or --target-wait.</source>
        <translation>请给出 --arrivals-per-hour 和 --service-minutes，并给出 --windows 或 --target-wait 二者之一。</translation>
    </message>
    <message>
        <source>Offered load: %1 Erlangs (%2 arrivals an hour, %3 minutes each).</source>
        <translation>业务负荷：%1 爱尔兰（每小时到达 %2 人，每人 %3 分钟）。</translation>
    </message>
    <message>
        <source>Probability of waiting: %1</source>
        <translation>需要等候的概率：%1</translation>
    </message>
    <message numerus="yes">
        <source>Mean wait: unbounded; %n window(s) cannot keep up, the queue grows all day.</source>
        <translation>
            <numerusform>平均等候：无上限；%n 个窗口处理不过来，排队会持续增长。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean wait: %1 minutes</source>
        <translation>平均等候：%1 分钟</translation>
    </message>
    <message>
        <source>Windows needed: %1</source>
        <translation>所需窗口数：%1</translation>
    </message>
    <message>
        <source>With %1 windows: probability of waiting %2, mean wait %3 minutes.</source>
        <translation>开 %1 个窗口时：等候概率 %2，平均等候 %3 分钟。</translation>
    </message>
    <message>
        <source>What-if for the queue: mean wait for a number of windows, or the windows needed for a target wait (Erlang C).</source>
        <translation>排队测算：给定窗口数的平均等候时间，或达到目标等候时间所需的窗口数（Erlang C）。</translation>
    </message>
    <message>
        <source>Applicants arriving per hour.</source>
        <translation>每小时到达的办事群众人数。</translation>
    </message>
    <message>
        <source>Mean service time at a window, in minutes.</source>
        <translation>窗口平均办理时长（分钟）。</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Windows open.</source>
        <translation>开放的窗口数。</translation>
    </message>
    <message>
        <source>The longest acceptable mean wait, in minutes.</source>
        <translation>可接受的最长平均等候时间（分钟）。</translation>
    </message>
    <message>
        <source>Name the case or ticket: civicdesk documents ID</source>
        <translation>请指定办件或排队号：civicdesk documents ID</translation>
    </message>
    <message>
        <source>No documents were issued about %1.</source>
        <translation>未就 %1 出具过文书。</translation>
    </message>
    <message>
        <source>copies made: %1</source>
        <translation>已输出 %1 份</translation>
    </message>
    <message>
        <source>Name the document and the file: civicdesk document-pdf NUMBER FILE</source>
        <translation>请指定文书编号和文件：civicdesk document-pdf 文号 文件</translation>
    </message>
    <message>
        <source>The paper is "a4" or "receipt80", not "%1".</source>
        <translation>纸张应为“a4”或“receipt80”，而不是“%1”。</translation>
    </message>
    <message>
        <source>Saved copy %1 of %2 (a duplicate) as %3.</source>
        <translation>已将 %2 的第 %1 份（副本）保存为 %3。</translation>
    </message>
    <message>
        <source>Saved copy %1 of %2 as %3.</source>
        <translation>已将 %2 的第 %1 份保存为 %3。</translation>
    </message>
    <message>
        <source>List the documents issued about a case (or a ticket).</source>
        <translation>列出就某一办件（或排队号）出具的文书。</translation>
    </message>
    <message>
        <source>What the ID names: case (default) or ticket.</source>
        <translation>ID 所指对象：case（办件，默认）或 ticket（排队号）。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Save a copy of an issued document as a PDF file.</source>
        <translation>将已出具的文书另存一份为 PDF 文件。</translation>
    </message>
    <message>
        <source>a4 or receipt80 (default: the document's usual paper).</source>
        <translation>a4 或 receipt80（默认：该文书通常使用的纸张）。</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Name the case: civicdesk print CASE_NUMBER --document %1 --pdf FILE</source>
        <translation>请指定案件：civicdesk print 受理编号 --document %1 --pdf 文件</translation>
    </message>
    <message>
        <source>Name the document with --document: one of %1.</source>
        <translation>请用 --document 指定文书：%1 之一。</translation>
    </message>
    <message>
        <source>Name the PDF file to write with --pdf FILE.</source>
        <translation>请用 --pdf 文件 指定要写入的PDF文件。</translation>
    </message>
    <message>
        <source>The paper is "a4" or "80mm", not "%1".</source>
        <translation>纸张应为“a4”或“80mm”，而不是“%1”。</translation>
    </message>
    <message>
        <source>Case %1 has no %2: it was %3.</source>
        <translation>案件%1没有%2：该案件状态为%3。</translation>
    </message>
    <message>
        <source>A %1 is printed on %2 only.</source>
        <translation>%1只能打印在%2上。</translation>
    </message>
    <message>
        <source>civicdesk deem-accepted takes no arguments.</source>
        <translation>civicdesk deem-accepted 不需要参数。</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) without a one-time notice within 5 working days now count as accepted.</source>
        <translation>
            <numerusform>%n件申请在5个工作日内未一次性告知，现依法视为受理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Which document: %1.</source>
        <translation>文书种类：%1。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的PDF文件。</translation>
    </message>
    <message>
        <source>a4 or 80mm (default: the document's usual paper).</source>
        <translation>a4 或 80mm（默认：该文书通常使用的纸张）。</translation>
    </message>
    <message>
        <source>Accept, as the law says, the applications whose one-time notice is overdue (for a scheduled task).</source>
        <translation>对逾期未一次性告知的申请依法视为受理（供计划任务使用）。</translation>
    </message>
    <message>
        <source>--cases and --days take a positive whole number, e.g. civicdesk demo --cases 100000 --days 365</source>
        <translation>--cases 和 --days 须为正整数，例如 civicdesk demo --cases 100000 --days 365</translation>
    </message>
    <message numerus="yes">
        <source>Generating the history of %n application(s) over %1 days …</source>
        <translation>
            <numerusform>正在生成 %1 天内 %n 件申请的历史数据……</numerusform>
        </translation>
    </message>
    <message>
        <source>Also generate a history of N applications and their queue visits, for trying the program at scale.</source>
        <translation>同时生成 N 件申请及其排队办事记录的历史数据，用于大数据量试用。</translation>
    </message>
    <message>
        <source>The generated history covers the D days before today (default 365).</source>
        <translation>生成的历史数据覆盖今天之前的 D 天（默认 365 天）。</translation>
    </message>
    <message>
        <source>Percent of the generated services that the applicant rates (default 0).</source>
        <translation>生成的办事记录中由申请人评价的百分比（默认 0）。</translation>
    </message>
    <message>
        <source>Save a case's receipt, notice, decision or handover receipt as a PDF file.</source>
        <translation>将案件的受理回执、告知书、决定书或领取回执保存为 PDF 文件。</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>PAST THE STATUTORY LIMIT</source>
        <translation>超过法定时限</translation>
    </message>
    <message>
        <source>civicdesk supervision takes no arguments, only options.</source>
        <translation>civicdesk supervision 不接受参数，只接受选项。</translation>
    </message>
    <message>
        <source>The thresholds are whole numbers: --yellow-days 2 --yellow-percent 20.</source>
        <translation>阈值须为整数，例如：--yellow-days 2 --yellow-percent 20。</translation>
    </message>
    <message>
        <source>Open cases: %1 · red %2 (past the statutory limit %3) · yellow %4 · green %5 · suspended %6 · extension requests %7</source>
        <translation>在办件：%1 · 红灯 %2（超过法定时限 %3）· 黄灯 %4 · 绿灯 %5 · 中止 %6 · 延期申请 %7</translation>
    </message>
    <message>
        <source>Yellow: at most %1 working days or %2 % of a limit left.</source>
        <translation>黄灯：剩余不超过 %1 个工作日，或不超过时限的 %2%。</translation>
    </message>
    <message>
        <source>open %1, red %2, yellow %3, green %4, suspended %5, steps overdue %6</source>
        <translation>在办 %1，红灯 %2，黄灯 %3，绿灯 %4，中止 %5，超期环节 %6</translation>
    </message>
    <message>
        <source>Give dates as 2026-11-20.</source>
        <translation>日期格式应为 2026-11-20。</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>被许可人</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>许可内容</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证件名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved.</source>
        <translation>无法写入 %1：%2。未保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条准予许可决定写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open cases against their time limits (electronic supervision).</source>
        <translation>在办件的时限情况（电子监察）。</translation>
    </message>
    <message>
        <source>Set: yellow when at most this many working days are left.</source>
        <translation>设置：剩余不超过这么多个工作日时亮黄灯。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Set: yellow when at most this share of the limit is left.</source>
        <translation>设置：剩余不超过时限的这一比例时亮黄灯。</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>The public list of approvals, without personal data (art. 40).</source>
        <translation>准予许可决定公开名单，不含个人信息（第四十条）。</translation>
    </message>
    <message>
        <source>First day (default: the first of this month).</source>
        <translation>起始日期（默认：本月一日）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Last day (default: today).</source>
        <translation>截止日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Write a CSV file for a spreadsheet instead.</source>
        <translation>改为写入可用电子表格打开的 CSV 文件。</translation>
    </message>
    <message>
        <source>There is no department with the code %1.</source>
        <translation>没有编码为 %1 的部门。</translation>
    </message>
    <message>
        <source>There is no window %1.</source>
        <translation>没有 %1 号窗口。</translation>
    </message>
    <message>
        <source>Name the report: civicdesk report daily --date YYYY-MM-DD --out FILE, or civicdesk report monthly --month YYYY-MM --out FILE.</source>
        <translation>请指明报表：civicdesk report daily --date YYYY-MM-DD --out 文件，或 civicdesk report monthly --month YYYY-MM --out 文件。</translation>
    </message>
    <message>
        <source>Give the file to write with --out; its name ends in .pdf, .csv or .xlsx.</source>
        <translation>请用 --out 指定要写入的文件，文件名以 .pdf、.csv 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, not "%1".</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>--month needs a month as YYYY-MM, not "%1".</source>
        <translation>--month 需要 YYYY-MM 格式的月份，而不是“%1”。</translation>
    </message>
    <message>
        <source>Saved the %1 as %2 (%3 ms).</source>
        <translation>已将《%1》保存为 %2（用时 %3 毫秒）。</translation>
    </message>
    <message>
        <source>Save the daily or monthly report as PDF, CSV or Excel: report daily|monthly --out FILE.</source>
        <translation>将日报或月报保存为 PDF、CSV 或 Excel：report daily|monthly --out 文件。</translation>
    </message>
    <message>
        <source>The day of the daily report, YYYY-MM-DD (default: today).</source>
        <translation>日报的日期，YYYY-MM-DD（默认：今天）。</translation>
    </message>
    <message>
        <source>The month of the monthly report, YYYY-MM (default: this month).</source>
        <translation>月报的月份，YYYY-MM（默认：本月）。</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .csv or .xlsx.</source>
        <translation>要写入的文件：.pdf、.csv 或 .xlsx。</translation>
    </message>
    <message>
        <source>Only this department (its code).</source>
        <translation>仅统计该部门（部门编码）。</translation>
    </message>
    <message>
        <source>Only this matter (its code).</source>
        <translation>仅统计该事项（事项编码）。</translation>
    </message>
    <message>
        <source>Only this window (its number).</source>
        <translation>仅统计该窗口（窗口号）。</translation>
    </message>
    <message>
        <source>Only this staff member (their login).</source>
        <translation>仅统计该工作人员（登录名）。</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>ok: %1, schema version %2 of %3, every page read in %4 s.</source>
        <translation>正常：%1，数据库结构版本 %2（最新 %3），已逐页检查，用时 %4 秒。</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>The storage mode "%1" in the settings is not one of local, shared or server.</source>
        <translation>设置中的存储模式 "%1" 无效，只能是 local、shared 或 server。</translation>
    </message>
    <message>
        <source>Shared mode is chosen but no shared database file is set.</source>
        <translation>已选择共享模式，但尚未设置共享数据库文件。</translation>
    </message>
    <message>
        <source>Server mode is chosen but no PostgreSQL connection is set.</source>
        <translation>已选择服务器模式，但尚未设置 PostgreSQL 连接。</translation>
    </message>
    <message>
        <source>Unknown storage mode.</source>
        <translation>未知的存储模式。</translation>
    </message>
    <message>
        <source>PostgreSQL (unreadable connection string)</source>
        <translation>PostgreSQL（连接字符串无法识别）</translation>
    </message>
    <message>
        <source>The PostgreSQL connection "%1" is not in the form key=value, for example "host=db1 port=5432 dbname=civicdesk user=clerk".</source>
        <translation>PostgreSQL 连接 "%1" 不是“键=值”的格式，例如 "host=db1 port=5432 dbname=civicdesk user=clerk"。</translation>
    </message>
    <message>
        <source>The PostgreSQL port must be a number from 1 to 65535.</source>
        <translation>PostgreSQL 端口必须是 1 至 65535 之间的数字。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Choose a file name inside it.</source>
        <translation>%1 是文件夹，不是数据库文件。请在其中选择一个文件名。</translation>
    </message>
    <message>
        <source>There is no database at %1. If it is on a network share, check that the share is connected; to start a new one, run "civicdesk init --db %1".</source>
        <translation>%1 处没有数据库。如果它位于网络共享目录，请检查共享是否已连接；如需新建，请运行 "civicdesk init --db %1"。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so no database can be created there.</source>
        <translation>文件夹 %1 不存在，无法在此新建数据库。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read with your account. Ask the administrator for access.</source>
        <translation>您的账户无法读取数据库 %1。请联系管理员开通权限。</translation>
    </message>
    <message>
        <source>The database %1 is read-only. CivicDesk did not open it, so that no work is typed that cannot be saved. Ask the administrator for write access.</source>
        <translation>数据库 %1 是只读的。为避免录入的内容无法保存，CivicDesk 没有打开它。请联系管理员开通写入权限。</translation>
    </message>
    <message>
        <source>The folder of the database %1 cannot be written, and SQLite needs it for its journal. Ask the administrator for write access to the folder.</source>
        <translation>数据库 %1 所在的文件夹不可写入，而 SQLite 需要在其中写日志文件。请联系管理员开通该文件夹的写入权限。</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a CivicDesk database, or it is damaged. Nothing was written to it. Restore it from a backup or choose another file.</source>
        <translation>%1 不是 CivicDesk 数据库，或已损坏。程序没有向其写入任何内容。请从备份恢复，或选择其他文件。</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program and was not released within %2 seconds. Nothing was changed; close the other program or try again.</source>
        <translation>数据库 %1 被其他程序锁定，%2 秒内未释放。没有做任何更改；请关闭该程序或稍后重试。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of CivicDesk. Nothing was written to it.</source>
        <translation>%1 是其他程序的数据库，不是 CivicDesk 数据库。程序没有向其写入任何内容。</translation>
    </message>
    <message>
        <source>The database %1 could not be switched to the %2 journal (it stayed in %3 mode); another program may have it open in the other storage mode.</source>
        <translation>数据库 %1 无法切换到 %2 日志模式（仍为 %3 模式）；可能有其他程序正以另一种存储模式打开它。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 refused the login: wrong user name or password.</source>
        <translation>PostgreSQL 服务器 %1 拒绝登录：用户名或密码错误。</translation>
    </message>
    <message>
        <source>The PostgreSQL server has no such database or user: %1.</source>
        <translation>PostgreSQL 服务器上没有该数据库或用户：%1。</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 could not be reached. Check the host, the port and the network.</source>
        <translation>无法连接 PostgreSQL 服务器 %1。请检查主机、端口和网络。</translation>
    </message>
    <message>
        <source>The database stayed busy: other computers kept it locked through %1 attempts. Nothing was saved; what you typed is still here, please try again.</source>
        <translation>数据库持续繁忙：其他电脑在 %1 次尝试中一直锁定它。没有保存任何内容；您录入的内容仍然保留，请重试。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (its integrity check failed). Nothing was written to it. Restore the latest backup, or ask the administrator.</source>
        <translation>数据库 %1 已损坏（完整性检查未通过）。程序没有向其写入任何内容。请恢复最近的备份，或联系管理员。</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up on the server (pg_dump), not by CivicDesk.</source>
        <translation>PostgreSQL 数据库应在服务器上备份（pg_dump），而不是由 CivicDesk 备份。</translation>
    </message>
    <message>
        <source>The backup file %1 already exists.</source>
        <translation>备份文件 %1 已存在。</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>The database is locked by another computer or program.</source>
        <translation>数据库被其他电脑或程序锁定。</translation>
    </message>
    <message>
        <source>The database cannot be written: the file or its folder is read-only. Nothing was saved.</source>
        <translation>数据库无法写入：文件或其所在文件夹是只读的。没有保存任何内容。</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Nothing was saved; free some space and try again.</source>
        <translation>数据库所在磁盘已满。没有保存任何内容；请释放空间后重试。</translation>
    </message>
    <message>
        <source>The disk reported an error while the database was written. Nothing was saved; check the disk or network share and try again.</source>
        <translation>写入数据库时磁盘报告错误。没有保存任何内容；请检查磁盘或网络共享后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database.</source>
        <translation>数据库文件已损坏，或不是数据库。</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>无法打开数据库文件。</translation>
    </message>
    <message>
        <source>The change conflicts with data already saved.</source>
        <translation>此更改与已保存的数据冲突。</translation>
    </message>
    <message>
        <source>The database reported an unexpected error.</source>
        <translation>数据库报告了意外错误。</translation>
    </message>
    <message>
        <source>The database is busy with a conflicting change from another computer.</source>
        <translation>数据库正在处理另一台电脑的冲突更改。</translation>
    </message>
    <message>
        <source>The database server's disk is full. Nothing was saved.</source>
        <translation>数据库服务器磁盘已满。没有保存任何内容。</translation>
    </message>
    <message>
        <source>The database server accepts only reads at the moment. Nothing was saved.</source>
        <translation>数据库服务器目前只允许读取。没有保存任何内容。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Nothing was saved; check the network and try again.</source>
        <translation>与数据库服务器的连接已断开。没有保存任何内容；请检查网络后重试。</translation>
    </message>
    <message>
        <source>The database user has no permission for this.</source>
        <translation>数据库用户没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>A transaction is already open.</source>
        <translation>已有一个事务处于打开状态。</translation>
    </message>
    <message>
        <source>No transaction is open to commit.</source>
        <translation>没有可提交的事务。</translation>
    </message>
    <message>
        <source>The counter %1 returned no value.</source>
        <translation>计数器 %1 没有返回值。</translation>
    </message>
    <message>
        <source>The database has no branch code.</source>
        <translation>数据库中没有分中心代码。</translation>
    </message>
    <message>
        <source>it is small enough to be checked at every opening</source>
        <translation>文件较小，每次打开时都会检查</translation>
    </message>
    <message>
        <source>no whole check of it is on record</source>
        <translation>没有该数据库完整检查的记录</translation>
    </message>
    <message>
        <source>a journal beside it shows that it is open elsewhere or that a program stopped while writing to it</source>
        <translation>旁边的日志文件表明它正在别处打开，或有程序在写入时中断</translation>
    </message>
    <message>
        <source>it changed after CivicDesk last closed it (after a crash, or another program wrote to it)</source>
        <translation>CivicDesk 上次关闭后它已被改动（程序异常退出，或有其他程序写入）</translation>
    </message>
    <message>
        <source>its last whole check was on %1</source>
        <translation>上次完整检查是在 %1</translation>
    </message>
    <message>
        <source>Another computer changed the same record at the same moment. Nothing was saved; please try again.</source>
        <translation>另一台计算机刚刚修改了同一条记录。本次未保存任何内容，请重试。</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>This database already holds the demonstration data; nothing was added.</source>
        <translation>此数据库中已有演示数据，未再添加。</translation>
    </message>
    <message>
        <source>This database already holds real data; demonstration data is only added to a new, empty database.</source>
        <translation>此数据库中已有实际数据；演示数据只能添加到新的空数据库中。</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>queue ticket</source>
        <translation>排队号票</translation>
    </message>
    <message>
        <source>acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>one-time notice of corrections</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>accept-with-deficiency promise</source>
        <translation>容缺受理承诺书</translation>
    </message>
    <message>
        <source>refusal notice</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>suspension notice</source>
        <translation>期限中止告知书</translation>
    </message>
    <message>
        <source>extension notice</source>
        <translation>延长期限告知书</translation>
    </message>
    <message>
        <source>approval decision</source>
        <translation>准予行政许可决定书</translation>
    </message>
    <message>
        <source>denial decision</source>
        <translation>不予行政许可决定书</translation>
    </message>
    <message>
        <source>handover receipt</source>
        <translation>办理结果领取回执</translation>
    </message>
    <message>
        <source>A4 paper</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <source>80 mm receipt paper</source>
        <translation>80 毫米小票纸</translation>
    </message>
</context>
<context>
    <name>DocumentRegister</name>
    <message>
        <source>The document %1 is of a kind this CivicDesk does not know (%2): a newer CivicDesk issued it. Install the newer CivicDesk on this PC to print it.</source>
        <translation>文书 %1 的类型（%2）无法识别，它由更新版本的 CivicDesk 出具。请在本机安装新版 CivicDesk 后再打印。</translation>
    </message>
    <message>
        <source>No document %1 was issued here.</source>
        <translation>本处未出具过文书 %1。</translation>
    </message>
    <message>
        <source>A %1 must name the case or ticket it belongs to.</source>
        <translation>%1必须注明所属的办件或排队号。</translation>
    </message>
    <message>
        <source>The document %1 is not in the register of this database.</source>
        <translation>文书 %1 不在本数据库的文书登记簿中。</translation>
    </message>
    <message>
        <source>The document of this copy is not in the register.</source>
        <translation>该打印件对应的文书不在文书登记簿中。</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>A %1 has no layout for %2.</source>
        <translation>%1没有适用于%2的版式。</translation>
    </message>
    <message>
        <source>The document resource %1 is missing from the program. Nothing was printed; reinstall CivicDesk.</source>
        <translation>程序中缺少文书资源 %1，未打印任何内容。请重新安装 CivicDesk。</translation>
    </message>
    <message>
        <source>The printer or file did not accept the paper size of the document (%1 × %2 mm). Nothing was printed.</source>
        <translation>打印机或文件不接受该文书的纸张尺寸（%1 × %2 毫米），未打印任何内容。</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for the document. Nothing was printed.</source>
        <translation>无法打开打印机或文件来输出该文书，未打印任何内容。</translation>
    </message>
    <message>
        <source>The printer stopped after page %1 of %2.</source>
        <translation>打印机在第 %1 页（共 %2 页）后停止。</translation>
    </message>
    <message>
        <source>The printer or file did not take the whole document.</source>
        <translation>打印机或文件未能接收完整的文书。</translation>
    </message>
    <message>
        <source>Documents are not written in the language "%1".</source>
        <translation>文书没有“%1”语言的版本。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1: %2. The document itself is kept in CivicDesk; choose another folder and save it again.</source>
        <translation>PDF 无法保存为 %1：%2。文书本身已保存在 CivicDesk 中，请选择其他文件夹重新保存。</translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>The document template %1 is broken (line %2: %3). Nothing was printed; the template needs to be corrected.</source>
        <translation>文书模板 %1 有误（第 %2 行：%3），未打印任何内容。需要修正该模板。</translation>
    </message>
    <message>
        <source>The document could not be made: its template %1 needs the field "%2", which was not given. Nothing was printed; what was decided is saved.</source>
        <translation>无法生成文书：模板 %1 需要字段“%2”，但未提供该字段。未打印任何内容；已作出的决定已保存。</translation>
    </message>
    <message>
        <source>The document could not be made: the field "%1" of template %2 should hold %3. Nothing was printed; what was decided is saved.</source>
        <translation>无法生成文书：模板 %2 的字段“%1”应为%3。未打印任何内容；已作出的决定已保存。</translation>
    </message>
    <message>
        <source>a text or a number, not a list</source>
        <translation>文字或数字，而不是列表</translation>
    </message>
    <message>
        <source>a date such as 2026-11-20</source>
        <translation>日期（例如 2026-11-20）</translation>
    </message>
    <message>
        <source>one of the codes the document knows, not "%1"</source>
        <translation>文书可识别的代码之一，而不是“%1”</translation>
    </message>
    <message>
        <source>The document template %1 is missing from the program. Nothing was printed; reinstall CivicDesk.</source>
        <translation>程序中缺少文书模板 %1，未打印任何内容。请重新安装 CivicDesk。</translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>CivicDesk</source>
        <translation>CivicDesk 政务服务窗口系统</translation>
    </message>
    <message>
        <source>Storage settings…</source>
        <translation>存储设置…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Welcome. A new database was created at %1 and filled with demonstration data.</source>
        <translation>欢迎使用。已在 %1 新建数据库并填入演示数据。</translation>
    </message>
    <message>
        <source>The database was upgraded to schema version %1; the previous version is kept in %2.</source>
        <translation>数据库已升级到结构版本 %1；升级前的版本保存在 %2。</translation>
    </message>
    <message>
        <source>The database was checked and is sound.</source>
        <translation>数据库检查完毕，状态完好。</translation>
    </message>
    <message>
        <source>Checking the whole database, because %1. What you save is written once the check has passed.</source>
        <translation>正在完整检查数据库，原因：%1。检查通过后，您保存的内容才会写入。</translation>
    </message>
</context>
<context>
    <name>HistoryGenerator</name>
    <message>
        <source>The history needs the demonstration center (its catalog, clerks and windows). Run "civicdesk demo" on a new database.</source>
        <translation>生成历史数据需要演示中心（事项目录、窗口人员和窗口）。请先在新数据库上运行“civicdesk demo”。</translation>
    </message>
    <message>
        <source>No window serves any ticket category.</source>
        <translation>没有任何窗口办理任何取号类别。</translation>
    </message>
    <message numerus="yes">
        <source>The %n day(s) before today hold no working day.</source>
        <translation>
            <numerusform>今天之前的 %n 天内没有工作日。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tickets in %2 days are more than the %3 ticket categories can number (999 a day each). Give more days.</source>
        <translation>%2 天内 %1 张号票超出了 %3 个取号类别的编号容量（每类每天 999 个）。请增加天数。</translation>
    </message>
    <message>
        <source>%1: %2 tickets, %3 cases so far (%4 s)</source>
        <translation>%1：已生成号票 %2 张、办件 %3 件（%4 秒）</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) over %1 working days</source>
        <translation>
            <numerusform>%1 个工作日内号票 %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) taken in</source>
        <translation>
            <numerusform>受理申请 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s)</source>
        <translation>
            <numerusform>审计记录 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>generated in %1 s</source>
        <translation>用时 %1 秒</translation>
    </message>
</context>
<context>
    <name>HolidayFile</name>
    <message>
        <source>The calendar year</source>
        <translation>该年度日历</translation>
    </message>
    <message>
        <source>The calendar file %1</source>
        <translation>日历文件 %1</translation>
    </message>
    <message numerus="yes">
        <source>There are %n more problem(s).</source>
        <translation>
            <numerusform>另有 %n 处问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported. %2 The calendar was left as it was; correct the file, or get it again, and import it once more.</source>
        <translation>%1未能导入。%2 日历保持原样；请修正文件或重新获取后再导入。</translation>
    </message>
    <message>
        <source>Its year %1 is not between %2 and %3.</source>
        <translation>其年份 %1 不在 %2 至 %3 之间。</translation>
    </message>
    <message>
        <source>It lists no days. Every year has public holidays, so this is not the announced calendar of %1.</source>
        <translation>其中没有列出任何日期。每年都有法定节假日，因此这不是公布的 %1 年节假日安排。</translation>
    </message>
    <message>
        <source>One of its dates is not a valid date.</source>
        <translation>其中有一个日期无效。</translation>
    </message>
    <message>
        <source>%1 is not in %2, the year of the file.</source>
        <translation>%1 不在文件所属的 %2 年内。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 重复出现。</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 没有名称。</translation>
    </message>
    <message>
        <source>The name of %1 is longer than %2 characters.</source>
        <translation>%1 的名称超过 %2 个字。</translation>
    </message>
    <message>
        <source>%1 is a %2, a working day anyway, but is marked as a make-up working day; make-up working days fall on a Saturday or Sunday.</source>
        <translation>%1 是%2，本来就是工作日，却被标为调休上班日；调休上班日只能是周六或周日。</translation>
    </message>
    <message>
        <source>The calendar file %1 could not be read: %2. Nothing was imported.</source>
        <translation>无法读取日历文件 %1：%2。未导入任何内容。</translation>
    </message>
    <message>
        <source>It is %1 bytes long, far too big for one year of holidays.</source>
        <translation>文件大小为 %1 字节，远超一年节假日数据应有的大小。</translation>
    </message>
    <message>
        <source>It is not valid JSON (%1 at character %2).</source>
        <translation>它不是有效的 JSON（第 %2 个字符处：%1）。</translation>
    </message>
    <message>
        <source>It is not a calendar in the holiday-cn layout: it has no "year" and no "days".</source>
        <translation>它不是 holiday-cn 格式的日历：既没有“year”，也没有“days”。</translation>
    </message>
    <message>
        <source>Its "year" is missing or is not a whole number.</source>
        <translation>缺少“year”，或其不是整数。</translation>
    </message>
    <message>
        <source>Its "days" list is missing.</source>
        <translation>缺少“days”列表。</translation>
    </message>
    <message>
        <source>"isOffDay" (true or false)</source>
        <translation>“isOffDay”（true 或 false）</translation>
    </message>
    <message>
        <source>Day %1 of the list has no %2.</source>
        <translation>列表第 %1 项缺少 %2。</translation>
    </message>
    <message>
        <source>Day %1 of the list: "%2" is not a date written as YYYY-MM-DD.</source>
        <translation>列表第 %1 项：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message numerus="yes">
        <source>%n application(s) taken in</source>
        <translation>
            <numerusform>收件%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted, %2 with a deficiency, %3 one-time notices, %4 received for checking (%5 since deemed accepted), %6 refused, %7 withdrawn</source>
        <translation>受理%1件，容缺受理%2件，一次性告知%3件，收件待审%4件（其中%5件已视为受理），不予受理%6件，撤回%7件</translation>
    </message>
    <message>
        <source>The materials of "%1" were changed in the catalog while the application was taken in. Nothing was saved; pick the matter again to see its current list.</source>
        <translation>受理期间“%1”的材料目录已被修改。未保存任何内容，请重新选择事项以查看最新材料清单。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Give the reason for refusing the application: it is printed on the refusal notice. Nothing was saved.</source>
        <translation>请填写不予受理的理由，该理由将打印在不予受理通知书上。未保存任何内容。</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>accept with a deficiency</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>one-time notice</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>receive for checking</source>
        <translation>收件待审</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>The application was not saved, because some entries about the applicant need correcting; everything entered is kept.
%1</source>
        <translation>申请未保存，因为申请人信息有需要更正之处；已填写的内容均已保留。
%1</translation>
    </message>
    <message>
        <source>"%1" is no longer offered: the catalog marks it inactive. Nothing was saved; pick a current matter.</source>
        <translation>“%1”已停止办理（事项目录中已停用）。未保存任何内容，请选择现行事项。</translation>
    </message>
    <message>
        <source>The date to bring the missing materials must be after today. Nothing was saved.</source>
        <translation>补正材料的期限必须晚于今天。未保存任何内容。</translation>
    </message>
    <message>
        <source>No document was printed: that needs the permission to print documents. A colleague who has it can print it from the case.</source>
        <translation>未打印文书：打印需要“打印文书”权限。有该权限的同事可在案件中打印。</translation>
    </message>
    <message>
        <source>Application %1 is no longer waiting for its notice.</source>
        <translation>申请%1已不在待告知状态。</translation>
    </message>
    <message>
        <source>No one-time notice was given for application %1 within %2 working days, so by law it counts as accepted from the day it was received, %3. Promised by %4, statutory limit %5.</source>
        <translation>申请%1在%2个工作日内未一次性告知，依法自收到申请材料之日（%3）起即为受理。承诺办结日期%4，法定办结期限%5。</translation>
    </message>
    <message>
        <source>Application %1 is %2, not awaiting correction: it cannot be decided at intake again. Nothing was changed.</source>
        <translation>申请%1的状态为%2，不是待补正，不能在窗口再次作出受理决定。未作任何更改。</translation>
    </message>
    <message>
        <source>Application %1 was already received. Nothing was changed.</source>
        <translation>申请%1已收件。未作任何更改。</translation>
    </message>
    <message>
        <source>The one-time notice for application %1 was already given (the applicant has until %2): the law allows only one. Nothing was changed.</source>
        <translation>申请%1已一次性告知（补正期限至%2），依法只能告知一次。未作任何更改。</translation>
    </message>
    <message>
        <source>The date to bring the missing materials must be after today. Nothing was changed.</source>
        <translation>补正材料的期限必须晚于今天。未作任何更改。</translation>
    </message>
    <message>
        <source>Application %1 was changed on another computer a moment ago. Nothing was changed; look at it again.</source>
        <translation>申请%1刚刚在另一台电脑上被修改。未作任何更改，请重新查看。</translation>
    </message>
    <message>
        <source>The applicant brought what was missing. %1</source>
        <translation>申请人已补正材料。%1</translation>
    </message>
    <message>
        <source>Say what is wrong with %1: the applicant must know what to bring. Nothing was saved.</source>
        <translation>请注明%1存在的问题：申请人需要知道应补正什么。未保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>The application cannot be accepted: %n material(s) not yet present (%1). Give a one-time notice of what is missing, or accept with a deficiency if it may follow later. Nothing was saved.</source>
        <translation>
            <numerusform>申请不能受理：尚有%n项材料未提交或不符合要求（%1）。请一次性告知需要补正的材料；如该材料允许后补，可容缺受理。未保存任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every material is present: accept the application; there is no deficiency to promise. Nothing was saved.</source>
        <translation>材料已齐全，请直接受理，无需容缺承诺。未保存任何内容。</translation>
    </message>
    <message>
        <source>Accepting with a deficiency is only possible when every missing material may follow later; %1 may not. Give a one-time notice instead. Nothing was saved.</source>
        <translation>只有所缺材料均允许后补时才能容缺受理；%1不允许后补。请改为一次性告知。未保存任何内容。</translation>
    </message>
    <message>
        <source>A one-time notice lists what is missing or defective, and nothing is: accept the application instead. Nothing was saved.</source>
        <translation>一次性告知书应列明缺少或不符合要求的材料，而目前材料均已齐全，请直接受理。未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 is marked to follow later, which only goes with accepting with a deficiency. Mark it missing to list it in the notice. Nothing was saved.</source>
        <translation>%1被标为后补，后补只适用于容缺受理。如需列入告知书，请标为“缺少”。未保存任何内容。</translation>
    </message>
    <message>
        <source>This matter is promised within %1, and what is owed must come at least %2 working days before that: there is no time for a deficiency. Give a one-time notice instead. Nothing was saved.</source>
        <translation>该事项承诺时限为%1，容缺材料须在承诺办结前至少%2个工作日补齐，时间不足，无法容缺受理。请改为一次性告知。未保存任何内容。</translation>
    </message>
    <message>
        <source>Enter the date by which the applicant promises to bring what is owed (at the latest %1). Nothing was saved.</source>
        <translation>请填写申请人承诺补齐容缺材料的日期（最迟%1）。未保存任何内容。</translation>
    </message>
    <message>
        <source>The promised date %1 is not after today. Enter a later date (at the latest %2). Nothing was saved.</source>
        <translation>承诺日期%1不晚于今天，请填写以后的日期（最迟%2）。未保存任何内容。</translation>
    </message>
    <message>
        <source>The promised date %1 is too late: what is owed must come within %2 working days and at least %3 working days before the promised completion on %4, so by %5 at the latest. Nothing was saved.</source>
        <translation>承诺日期%1过晚：容缺材料须在%2个工作日内、且在承诺办结日期%4前至少%3个工作日补齐，即最迟%5。未保存任何内容。</translation>
    </message>
    <message>
        <source>Case %1 is accepted. Promised by %2, statutory limit %3.</source>
        <translation>案件%1已受理。承诺办结日期%2，法定办结期限%3。</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 is accepted with a deficiency: %n material(s) owed by %2. Promised by %3.</source>
        <translation>
            <numerusform>案件%1已容缺受理：%n项材料须于%2前补齐。承诺办结日期%3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One-time notice for application %1: %n material(s) to correct by %2. The application waits for them.</source>
        <translation>
            <numerusform>申请%1已一次性告知：%n项材料须于%2前补正，申请待补正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Application %1 is received for checking. Give the one-time notice by %2 at the latest, or it counts as accepted from the day it was received.</source>
        <translation>申请%1已收件待审。请最迟于%2一次性告知需补正的内容，逾期未告知的，自收到申请材料之日起即为受理。</translation>
    </message>
    <message>
        <source>Application %1 is refused: %2</source>
        <translation>申请%1不予受理：%2</translation>
    </message>
    <message>
        <source>Application %1 is withdrawn by the applicant.</source>
        <translation>申请%1已由申请人撤回。</translation>
    </message>
</context>
<context>
    <name>LimitDisplay</name>
    <message>
        <source>suspended</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>past statutory</source>
        <translation>超法定时限</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>near</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>正常</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <comment>working days left</comment>
        <translation>
            <numerusform>剩 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>working days overdue</comment>
        <translation>
            <numerusform>超 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The folder %1 does not exist (is the share connected?).</source>
        <translation>文件夹 %1 不存在（共享目录是否已连接？）。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written with your account.</source>
        <translation>您的账户无法写入文件夹 %1。</translation>
    </message>
    <message>
        <source>There is no database there yet; CivicDesk will create a new one when it starts.</source>
        <translation>该位置尚无数据库；CivicDesk 启动时将新建一个。</translation>
    </message>
    <message>
        <source>The database was written by a newer CivicDesk (schema version %1; this program knows up to %2).</source>
        <translation>该数据库由更新版本的 CivicDesk 写入（结构版本 %1；本程序最高支持 %2）。</translation>
    </message>
    <message>
        <source>Connected. The database is empty; CivicDesk will set it up when it starts.</source>
        <translation>连接成功。数据库为空；CivicDesk 启动时将完成初始化。</translation>
    </message>
    <message>
        <source>Connected. The database (schema version %1) will be upgraded to version %2, after a backup, when CivicDesk starts.</source>
        <translation>连接成功。CivicDesk 启动时将先备份，再把数据库从结构版本 %1 升级到 %2。</translation>
    </message>
    <message>
        <source>Connected. The database is up to date (schema version %1).</source>
        <translation>连接成功。数据库已是最新（结构版本 %1）。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CivicDesk (schema version %2; this program knows up to %3). It was left unchanged. Install the newer CivicDesk on this PC.</source>
        <translation>数据库 %1 由更新版本的 CivicDesk 写入（结构版本 %2；本程序最高支持 %3），未做任何更改。请在本机安装新版本的 CivicDesk。</translation>
    </message>
    <message>
        <source>The database was not upgraded, because the backup made first failed: %1</source>
        <translation>数据库未升级，因为升级前的备份失败：%1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed, and the upgrade was undone: %3</source>
        <translation>将数据库升级到结构版本 %1（%2）失败，升级已撤销：%3</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password library could not be started.</source>
        <translation>无法启动密码库。</translation>
    </message>
    <message>
        <source>The password could not be protected: this PC is short of memory.</source>
        <translation>无法对密码进行加密保护：本机内存不足。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters, with both letters and digits.</source>
        <translation>密码至少 8 位，且须同时包含字母和数字。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>window clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>审批人员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>serve the queue at a window</source>
        <translation>在窗口叫号服务</translation>
    </message>
    <message>
        <source>issue queue tickets</source>
        <translation>发放排队号</translation>
    </message>
    <message>
        <source>take in applications</source>
        <translation>受理申请</translation>
    </message>
    <message>
        <source>view cases</source>
        <translation>查看办件</translation>
    </message>
    <message>
        <source>see full ID numbers and phone numbers</source>
        <translation>查看完整的证件号码和电话号码</translation>
    </message>
    <message>
        <source>print documents</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>hand over results</source>
        <translation>送达办理结果</translation>
    </message>
    <message>
        <source>record ratings</source>
        <translation>记录好差评</translation>
    </message>
    <message>
        <source>decide approval steps</source>
        <translation>办理审批环节</translation>
    </message>
    <message>
        <source>suspend cases or request extensions</source>
        <translation>中止办件或申请延期</translation>
    </message>
    <message>
        <source>approve extensions</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>watch electronic supervision</source>
        <translation>查看电子监察</translation>
    </message>
    <message>
        <source>run reports</source>
        <translation>生成统计报表</translation>
    </message>
    <message>
        <source>browse the audit trail</source>
        <translation>查阅审计记录</translation>
    </message>
    <message>
        <source>plan the window roster</source>
        <translation>安排窗口排班</translation>
    </message>
    <message>
        <source>handle complaints and rectifications</source>
        <translation>处理投诉与整改</translation>
    </message>
    <message>
        <source>override rules with a reason</source>
        <translation>说明理由后越过规则</translation>
    </message>
    <message>
        <source>edit the service catalog</source>
        <translation>编辑事项目录</translation>
    </message>
    <message>
        <source>edit the holiday calendar</source>
        <translation>编辑节假日日历</translation>
    </message>
    <message>
        <source>set up windows and ticket categories</source>
        <translation>设置窗口与取号类别</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>管理人员账户</translation>
    </message>
    <message>
        <source>change the center's settings</source>
        <translation>修改中心设置</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The QR code for "%1" could not be made; the text is too long for one.</source>
        <translation>无法为“%1”生成二维码：内容过长。</translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>Window %1 has no called ticket. Call the next ticket first.</source>
        <translation>%1 号窗口当前没有已叫的号。请先叫下一号。</translation>
    </message>
    <message>
        <source>Ticket %1 is %2, so this cannot be done now.</source>
        <translation>%1 号当前状态为“%2”，现在不能执行此操作。</translation>
    </message>
    <message>
        <source>Application accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Consultation only</source>
        <translation>仅咨询</translation>
    </message>
    <message>
        <source>Told what is missing</source>
        <translation>已一次性告知补正材料</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Result collected</source>
        <translation>已领取结果</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>served</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation>过号未到</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>已转移</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>No tickets are issued for %1 at the moment. Choose another service.</source>
        <translation>“%1”目前不取号。请选择其他业务。</translation>
    </message>
    <message>
        <source>"%1" is not a priority class of this center. The ticket was not issued; choose a listed class or none.</source>
        <translation>“%1”不是本中心设定的优先类别。未取号；请选择列出的类别或不选。</translation>
    </message>
    <message numerus="yes">
        <source>The phone number "%1" has %n digit(s); a phone number has 7 to 15. Correct it or leave it empty; the ticket was not issued.</source>
        <translation>
            <numerusform>电话号码“%1”有 %n 位数字；电话号码应为 7 到 15 位。请更正或留空；未取号。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID number is longer than any identity document number. Correct it or leave it empty; the ticket was not issued.</source>
        <translation>证件号码超过任何证件号码的长度。请更正或留空；未取号。</translation>
    </message>
    <message>
        <source>All 999 numbers of %1 are used up today. Issue a ticket of another category for the applicant.</source>
        <translation>“%1”今天的 999 个号已全部取完。请为办事群众取其他类别的号。</translation>
    </message>
    <message>
        <source>Window %1 is closed. Open it before calling tickets.</source>
        <translation>%1 号窗口已暂停服务。请先开启窗口再叫号。</translation>
    </message>
    <message>
        <source>Window %1 still has ticket %2 (%3). Finish it, mark it as a no-show, postpone or transfer it before calling the next one.</source>
        <translation>%1 号窗口还有 %2 号（%3）。请先办结、标记过号、顺延或转移，再叫下一号。</translation>
    </message>
    <message>
        <source>Another window called the same ticket.</source>
        <translation>其他窗口叫了同一个号。</translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1 has been called %n time(s) without an answer. Mark it as a no-show or postpone it.</source>
        <translation>
            <numerusform>%1 号已呼叫 %n 次无人应答。请标记过号或顺延。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1 has been called %2 of %3 times. Recall it before marking it as a no-show.</source>
        <translation>%1 号已呼叫 %2 次（共需 %3 次）。请重呼后再标记过号。</translation>
    </message>
    <message>
        <source>Choose where the applicant goes: another category, a window or a colleague. The ticket stays at this window.</source>
        <translation>请选择转往何处：其他业务类别、某个窗口或某位同事。该号仍留在本窗口。</translation>
    </message>
    <message>
        <source>The ticket is already at this window. Choose another window.</source>
        <translation>该号已在本窗口。请选择其他窗口。</translation>
    </message>
    <message>
        <source>The colleague chosen is not an active staff member. Choose another one; the ticket stays at this window.</source>
        <translation>所选同事不是在岗工作人员。请另选；该号仍留在本窗口。</translation>
    </message>
    <message>
        <source>Choose how the service ended. The ticket is still being served.</source>
        <translation>请选择办理结果。该号仍在办理中。</translation>
    </message>
    <message>
        <source>A rating is 1 (very dissatisfied) to 5 (very satisfied). Nothing was recorded.</source>
        <translation>评价为 1（非常不满意）到 5（非常满意）。未作记录。</translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation>该号已不存在。</translation>
    </message>
    <message>
        <source>Ticket %1 is %2; only a finished service can be rated.</source>
        <translation>%1 号状态为“%2”；只有办结的服务才能评价。</translation>
    </message>
    <message>
        <source>The service of ticket %1 has already been rated. A rating is given once.</source>
        <translation>%1 号的服务已评价过。每次服务只能评价一次。</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>%1, weekend</source>
        <translation>%1，周末</translation>
    </message>
    <message>
        <source>%1, holiday: %2</source>
        <translation>%1，节假日：%2</translation>
    </message>
    <message>
        <source>%1, make-up working day</source>
        <translation>%1，调休上班</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, %n working day(s)</source>
        <translation>
            <numerusform>%1 至 %2，共 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Tickets issued (visits)</source>
        <translation>取号数（人次）</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已办理</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Abandoned (closed unserved at day end)</source>
        <translation>弃号（日终未办理）</translation>
    </message>
    <message>
        <source>Transferred to another window or category</source>
        <translation>转窗口或转类别</translation>
    </message>
    <message>
        <source>Still in the queue or at a window</source>
        <translation>仍在排队或正在办理</translation>
    </message>
    <message>
        <source>Waiting time, mean (min)</source>
        <translation>等候时间，平均（分钟）</translation>
    </message>
    <message>
        <source>Waiting time, median (min)</source>
        <translation>等候时间，中位数（分钟）</translation>
    </message>
    <message>
        <source>Waiting time, 90th percentile (min)</source>
        <translation>等候时间，第90百分位（分钟）</translation>
    </message>
    <message>
        <source>Service time, mean (min)</source>
        <translation>办理时间，平均（分钟）</translation>
    </message>
    <message>
        <source>Service time, median (min)</source>
        <translation>办理时间，中位数（分钟）</translation>
    </message>
    <message>
        <source>Waiting time: from the issue of a visit's ticket to its first call. Percentiles by nearest rank.</source>
        <translation>等候时间：自取号至首次叫号。百分位数按最近秩法计算。</translation>
    </message>
    <message>
        <source>Arrivals and served by hour</source>
        <translation>分时段取号与办理量</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Queue by ticket category</source>
        <translation>按业务类别统计</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <source>Mean wait (min)</source>
        <translation>平均等候（分钟）</translation>
    </message>
    <message>
        <source>Mean service (min)</source>
        <translation>平均办理（分钟）</translation>
    </message>
    <message>
        <source>Busy (min)</source>
        <translation>办理时长（分钟）</translation>
    </message>
    <message>
        <source>Rostered (min)</source>
        <translation>排班时长（分钟）</translation>
    </message>
    <message>
        <source>Idle share</source>
        <translation>空闲率</translation>
    </message>
    <message>
        <source>Idle share: the part of the rostered time not spent serving.</source>
        <translation>空闲率：排班时间中未用于办理业务的比例。</translation>
    </message>
    <message>
        <source>Idle shares are not shown with a department or matter filter.</source>
        <translation>按部门或事项筛选时不显示空闲率。</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口数</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Served per window</source>
        <translation>各窗口办理量</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>One-time notices of missing materials</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Accepted with a deficiency</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Decided: approved</source>
        <translation>办结：准予许可</translation>
    </message>
    <message>
        <source>Decided: denied</source>
        <translation>办结：不予许可</translation>
    </message>
    <message>
        <source>Completed (decided)</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Results handed over</source>
        <translation>已送达（领取）结果</translation>
    </message>
    <message>
        <source>Completed within the promised limit</source>
        <translation>承诺时限内办结率</translation>
    </message>
    <message>
        <source>On time against the promised limit</source>
        <translation>承诺时限按时办结率</translation>
    </message>
    <message>
        <source>Completed within the statutory limit</source>
        <translation>法定时限内办结</translation>
    </message>
    <message>
        <source>On time against the statutory limit</source>
        <translation>法定时限按时办结率</translation>
    </message>
    <message>
        <source>Working days from acceptance to decision, mean</source>
        <translation>受理至办结平均工作日</translation>
    </message>
    <message>
        <source>Overdue now (red, %1)</source>
        <translation>当前超期（红灯，%1）</translation>
    </message>
    <message>
        <source>Near their limit now (yellow, %1)</source>
        <translation>当前临近时限（黄灯，%1）</translation>
    </message>
    <message>
        <source>Within their limit now (green, %1)</source>
        <translation>当前时限内（绿灯，%1）</translation>
    </message>
    <message>
        <source>Suspended now (%1)</source>
        <translation>当前中止计时（%1）</translation>
    </message>
    <message>
        <source>On time: decided on or before the due date; the share opens the late cases. Working days do not count the day of acceptance nor suspended days.</source>
        <translation>按时：在到期日当天或之前作出决定；比率可打开超时办件清单。工作日不计受理当日及中止计时的日期。</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>On time (promised)</source>
        <translation>按时率（承诺）</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>当前超期</translation>
    </message>
    <message>
        <source>Near due now</source>
        <translation>当前临期</translation>
    </message>
    <message>
        <source>Mean working days</source>
        <translation>平均工作日</translation>
    </message>
    <message>
        <source>Cases by department</source>
        <translation>按部门统计办件</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Cases by matter</source>
        <translation>按事项统计办件</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Cases under way by department and light (%1)</source>
        <translation>在办件按部门及亮灯统计（%1）</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <source>1 very dissatisfied</source>
        <translation>1 非常不满意</translation>
    </message>
    <message>
        <source>2 dissatisfied</source>
        <translation>2 不满意</translation>
    </message>
    <message>
        <source>3 fairly satisfied</source>
        <translation>3 基本满意</translation>
    </message>
    <message>
        <source>4 satisfied</source>
        <translation>4 满意</translation>
    </message>
    <message>
        <source>5 very satisfied</source>
        <translation>5 非常满意</translation>
    </message>
    <message>
        <source>Ratings (好差评)</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>Satisfaction rate (3 to 5)</source>
        <translation>满意率（3至5分）</translation>
    </message>
    <message>
        <source>Poor ratings (1 and 2)</source>
        <translation>差评（1分和2分）</translation>
    </message>
    <message>
        <source>Rectified in time</source>
        <translation>按时整改</translation>
    </message>
    <message>
        <source>Rectified late</source>
        <translation>逾期整改</translation>
    </message>
    <message>
        <source>Rectification open, within its time</source>
        <translation>整改中，未到期</translation>
    </message>
    <message>
        <source>Rectification open and overdue</source>
        <translation>整改中，已逾期</translation>
    </message>
    <message>
        <source>Poor ratings without a rectification item</source>
        <translation>未生成整改单的差评</translation>
    </message>
    <message>
        <source>A rectification is due 15 working days after the poor rating.</source>
        <translation>差评整改时限为差评之日起15个工作日。</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>逐日统计</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>取号数</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>收件数</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>Matter: %1</source>
        <translation>事项：%1</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>窗口：%1</translation>
    </message>
    <message>
        <source>Staff member: %1</source>
        <translation>工作人员：%1</translation>
    </message>
    <message>
        <source>Daily report %1</source>
        <translation>日报 %1</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>月报 %1</translation>
    </message>
    <message>
        <source>Report %1 to %2</source>
        <translation>报表 %1 至 %2</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>First called</source>
        <translation>首次叫号</translation>
    </message>
    <message>
        <source>Wait (min)</source>
        <translation>等候（分钟）</translation>
    </message>
    <message>
        <source>Service (min)</source>
        <translation>办理（分钟）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Promised due</source>
        <translation>承诺到期日</translation>
    </message>
    <message>
        <source>Statutory due</source>
        <translation>法定到期日</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>评价时间</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Rectification due</source>
        <translation>整改到期日</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>整改完成日</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) behind the figure</source>
        <translation>
            <numerusform>该指标对应 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>本期无数据。</translation>
    </message>
    <message>
        <source>Queue numbers issued</source>
        <translation>取号数</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已办理</translation>
    </message>
    <message>
        <source>Mean wait, minutes</source>
        <translation>平均等候（分钟）</translation>
    </message>
    <message>
        <source>90 % waited at most, minutes</source>
        <translation>90%等候不超过（分钟）</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>收件数</translation>
    </message>
    <message>
        <source>Cases completed</source>
        <translation>办结数</translation>
    </message>
    <message>
        <source>Completed within the promised limit</source>
        <translation>承诺时限内办结率</translation>
    </message>
    <message>
        <source>Overdue now (red)</source>
        <translation>当前超期（红灯）</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Poor ratings</source>
        <translation>差评数</translation>
    </message>
    <message>
        <source>%1 · %2 · made %3</source>
        <translation>%1 · %2 · 生成于 %3</translation>
    </message>
    <message>
        <source>Prepared by: ____________      Checked by: ____________      Date: ____________</source>
        <translation>制表人：____________      审核人：____________      日期：____________</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The report could not be painted on this device.</source>
        <translation>无法在该设备上输出报表。</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>The report could not be saved as %1: %2. Nothing was written there; choose another folder or file name and save it again.</source>
        <translation>报表无法保存为 %1：%2。该位置未写入任何内容；请选择其他文件夹或文件名后重新保存。</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>The workbook could not be prepared: no temporary folder could be made. Nothing was written.</source>
        <translation>无法准备工作簿：无法创建临时文件夹。未写入任何内容。</translation>
    </message>
    <message>
        <source>The workbook could not be prepared. Nothing was written.</source>
        <translation>无法准备工作簿。未写入任何内容。</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1. Nothing was saved.</source>
        <translation>无法写入工作簿：%1。未保存任何内容。</translation>
    </message>
    <message>
        <source>The workbook could not be read back. Nothing was saved.</source>
        <translation>无法读回工作簿。未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>ReportLoader</name>
    <message>
        <source>The report was cancelled; nothing was changed.</source>
        <translation>报表已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>Reading departments, matters, windows and staff</source>
        <translation>正在读取部门、事项、窗口和工作人员</translation>
    </message>
    <message>
        <source>Reading the tickets</source>
        <translation>正在读取号票</translation>
    </message>
    <message>
        <source>Reading the cases</source>
        <translation>正在读取办件</translation>
    </message>
    <message>
        <source>Reading the ratings</source>
        <translation>正在读取评价</translation>
    </message>
    <message>
        <source>Reading the roster</source>
        <translation>正在读取排班</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>正在计算指标</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The report needs a first and a last day, the last not before the first.</source>
        <translation>报表需要起始日和截止日，截止日不得早于起始日。</translation>
    </message>
    <message>
        <source>A report covers at most five years; choose a shorter range.</source>
        <translation>一份报表最多统计五年，请选择较短的期间。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ReportsDemo</name>
    <message numerus="yes">
        <source>%n case(s) of the last four weeks</source>
        <translation>
            <numerusform>近四周办件 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterService</name>
    <message>
        <source>%1 already sits at window %2 in this shift on %3. Clear that seat first; the roster was not changed.</source>
        <translation>%1 在 %3 该班次已安排在 %2 号窗口。请先清除该安排；排班未改动。</translation>
    </message>
    <message>
        <source>A week cannot be copied onto itself.</source>
        <translation>不能把一周复制到同一周。</translation>
    </message>
</context>
<context>
    <name>SchedulingDemo</name>
    <message numerus="yes">
        <source>%n ticket category(s)</source>
        <translation>
            <numerusform>%n 个取号类别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n 个窗口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n roster seat(s) for this week and the next</source>
        <translation>
            <numerusform>本周和下周共 %n 个排班</numerusform>
        </translation>
    </message>
    <message>
        <source>Talked with the clerk; the waiting area now shows the estimated wait.</source>
        <translation>已与窗口人员谈话；等候区现已显示预计等候时间。</translation>
    </message>
    <message numerus="yes">
        <source>%n queue ticket(s) of the last four weeks</source>
        <translation>
            <numerusform>近四周 %n 个排队号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s), %1 of them followed by a rectification</source>
        <translation>
            <numerusform>%n 条评价，其中 %1 条转入整改</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to the service center. Please keep your ticket and watch for your number. Elderly, disabled and pregnant applicants and service members are served first.</source>
        <translation>欢迎来到政务服务中心。请保管好您的号票，留意叫号。老年人、残疾人、孕妇和军人优先办理。</translation>
    </message>
</context>
<context>
    <name>SchedulingSettings</name>
    <message>
        <source>Elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>军人</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>A login name has 2 to 32 characters: letters a–z, digits, and . _ - (for example "li.na" or "clerk3").</source>
        <translation>登录名为 2 至 32 个字符，可使用字母 a–z、数字及 . _ -（例如“li.na”或“clerk3”）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Enter the staff member's name.</source>
        <translation>请输入人员姓名。</translation>
    </message>
    <message>
        <source>Give the staff member at least one role.</source>
        <translation>请至少为该人员分配一个角色。</translation>
    </message>
    <message>
        <source>An approver decides for a department: choose the department.</source>
        <translation>审批人员代表部门办理审批，请选择所属部门。</translation>
    </message>
    <message>
        <source>The login name "%1" is already taken; choose another.</source>
        <translation>登录名“%1”已被使用，请另选一个。</translation>
    </message>
    <message>
        <source>There is no department with the code "%1".</source>
        <translation>没有代码为“%1”的部门。</translation>
    </message>
    <message>
        <source>There is no staff member "%1".</source>
        <translation>没有名为“%1”的人员。</translation>
    </message>
    <message>
        <source>That staff member no longer exists.</source>
        <translation>该人员已不存在。</translation>
    </message>
    <message>
        <source>Wrong login name or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>The account "%1" is disabled. Ask an administrator.</source>
        <translation>账户“%1”已停用，请联系系统管理员。</translation>
    </message>
    <message>
        <source>After %1 wrong passwords the account "%2" is locked until %3. Try again then, or ask an administrator to unlock it.</source>
        <translation>因连续 %1 次密码错误，账户“%2”已锁定至 %3。请届时再试，或请系统管理员解锁。</translation>
    </message>
    <message>
        <source>Wrong password %1 times in a row: the account "%2" is locked for %3 minutes, until %4.</source>
        <translation>已连续 %1 次输错密码：账户“%2”被锁定 %3 分钟，至 %4。</translation>
    </message>
    <message numerus="yes">
        <source>After %n more wrong password(s) the account is locked for %1 minutes.</source>
        <translation>
            <numerusform>再输错 %n 次密码，账户将被锁定 %1 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a signed-in staff member can change their password.</source>
        <translation>只有已登录的人员才能修改自己的密码。</translation>
    </message>
    <message>
        <source>The current password is not right; nothing was changed.</source>
        <translation>当前密码不正确，未做任何修改。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself; ask another administrator.</source>
        <translation>不能取消自己的系统管理员角色，请由其他管理员操作。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
</context>
<context>
    <name>SupervisionService</name>
    <message>
        <source>The yellow light's working days must be from 0 to 60; the thresholds were left as they were.</source>
        <translation>黄灯的工作日阈值应在 0 到 60 之间；阈值保持不变。</translation>
    </message>
    <message>
        <source>The yellow light's share of the limit must be from 0 to 100 %; the thresholds were left as they were.</source>
        <translation>黄灯的时限比例应在 0% 到 100% 之间；阈值保持不变。</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>Character %1 at position %2 is not allowed: %3 numbers consist of letters and digits.</source>
        <translation>第 %2 位的字符 %1 不允许使用：%3号码只由字母和数字组成。</translation>
    </message>
    <message numerus="yes">
        <source>A %1 number has %2 to %3 characters; this one has %n.</source>
        <translation>
            <numerusform>%1号码应为 %2 至 %3 位，此号码为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was entered.</source>
        <translation>未填写内容。</translation>
    </message>
    <message>
        <source>This is a 15-digit number of a first-generation ID card, which is no longer valid. Ask for the 18-character number of the current card.</source>
        <translation>这是第一代身份证的 15 位号码，已经停止使用。请申请人提供现行身份证上的 18 位号码。</translation>
    </message>
    <message numerus="yes">
        <source>An ID number has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>身份证号码应为 18 位，此号码为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 at position %2 is not allowed: the first 17 characters of an ID number are digits.</source>
        <translation>第 %2 位的字符 %1 不允许使用：身份证号码前 17 位均为数字。</translation>
    </message>
    <message>
        <source>Character %1 at position 18 is not allowed: the last character of an ID number is a digit or X.</source>
        <translation>第 18 位的字符 %1 不允许使用：身份证号码最后一位是数字或 X。</translation>
    </message>
    <message>
        <source>An ID number begins with a region code starting with 1 to 6 or 8, not with %1.</source>
        <translation>身份证号码以行政区划代码开头，首位应为 1 至 6 或 8，不能是 %1。</translation>
    </message>
    <message>
        <source>Region code %1 (positions 1–2) is not a province or region of China.</source>
        <translation>第 1–2 位的地区代码 %1 不是我国的省级行政区代码。</translation>
    </message>
    <message>
        <source>Impossible birth date %1 (positions 7–14).</source>
        <translation>出生日期 %1（第 7–14 位）不存在。</translation>
    </message>
    <message>
        <source>Birth date %1 (positions 7–14) is before 1900.</source>
        <translation>出生日期 %1（第 7–14 位）早于 1900 年。</translation>
    </message>
    <message>
        <source>Birth date %1 (positions 7–14) is in the future.</source>
        <translation>出生日期 %1（第 7–14 位）晚于今天。</translation>
    </message>
    <message>
        <source>Wrong check character: expected %1, got %2. One of the 18 characters was probably mistyped; compare the number with the card.</source>
        <translation>校验码错误：应为 %1，实际为 %2。很可能有一位录入有误，请与证件逐位核对。</translation>
    </message>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>统一社会信用代码应为 18 位，此代码为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter O at position %1 is never used in credit codes: it is probably the digit 0.</source>
        <translation>统一社会信用代码不使用字母 O（第 %1 位），这里应该是数字 0。</translation>
    </message>
    <message>
        <source>Letter I at position %1 is never used in credit codes: it is probably the digit 1.</source>
        <translation>统一社会信用代码不使用字母 I（第 %1 位），这里应该是数字 1。</translation>
    </message>
    <message>
        <source>Letter %1 at position %2 is never used in credit codes (I, O, Z, S and V are left out).</source>
        <translation>统一社会信用代码不使用字母 %1（第 %2 位）；代码中不含 I、O、Z、S、V。</translation>
    </message>
    <message>
        <source>Character %1 at position %2 is not allowed: credit codes consist of digits and capital letters.</source>
        <translation>第 %2 位的字符 %1 不允许使用：统一社会信用代码只由数字和大写字母组成。</translation>
    </message>
    <message>
        <source>Registration authority code %1 (position 1) does not exist; it is one of 1 to 9, A, G, J, N, Q or Y.</source>
        <translation>第 1 位的登记管理部门代码 %1 不存在，应为 1 至 9、A、G、J、N、Q 或 Y。</translation>
    </message>
    <message>
        <source>Organisation type code %1 (position 2) does not exist for registration authority %2, which uses %3.</source>
        <translation>登记管理部门代码为 %2 时，第 2 位的机构类别代码不能是 %1，只能是 %3。</translation>
    </message>
    <message>
        <source>Character %1 at position %2 is not allowed: positions 3–8 hold the administrative division code and are digits.</source>
        <translation>第 %2 位的字符 %1 不允许使用：第 3–8 位是登记管理机关行政区划码，均为数字。</translation>
    </message>
    <message>
        <source>Wrong check character: expected %1, got %2. One of the 18 characters was probably mistyped; compare the code with the business licence.</source>
        <translation>校验码错误：应为 %1，实际为 %2。很可能有一位录入有误，请与营业执照逐位核对。</translation>
    </message>
    <message>
        <source>The extension after “%1” is missing.</source>
        <translation>“%1”后面缺少分机号。</translation>
    </message>
    <message>
        <source>Character %1 at position %2 is not allowed in a phone number.</source>
        <translation>电话号码第 %2 位的字符 %1 不允许使用。</translation>
    </message>
    <message>
        <source>Only phone numbers in mainland China (+86) are accepted.</source>
        <translation>只接受中国内地（+86）的电话号码。</translation>
    </message>
    <message>
        <source>A + is only allowed at the start, before the country code 86.</source>
        <translation>“+”只能出现在开头、国家代码 86 之前。</translation>
    </message>
    <message>
        <source>A phone number needs digits.</source>
        <translation>电话号码中没有数字。</translation>
    </message>
    <message>
        <source>A mobile number has no extension.</source>
        <translation>手机号码没有分机号。</translation>
    </message>
    <message>
        <source>This is too short for a mobile number (11 digits), and a landline number needs its area code, for example 010-12345678.</source>
        <translation>作为手机号码位数不够（应为 11 位）；如果是固定电话，请加上区号，例如 010-12345678。</translation>
    </message>
    <message numerus="yes">
        <source>A mobile number has 11 digits; this one has %n.</source>
        <translation>
            <numerusform>手机号码应为 11 位，此号码为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mobile numbers begin with 13 to 19, not with %1.</source>
        <translation>手机号码以 13 至 19 开头，不能以 %1 开头。</translation>
    </message>
    <message>
        <source>A 400 or 800 service number cannot reach a person; give a mobile or a landline number.</source>
        <translation>400 或 800 客服号码无法联系到本人，请填写手机或固定电话号码。</translation>
    </message>
    <message>
        <source>A landline number needs its area code, for example 010-12345678 or 0755-1234567.</source>
        <translation>固定电话号码需要加区号，例如 010-12345678 或 0755-1234567。</translation>
    </message>
    <message>
        <source>This is neither a mobile number (11 digits starting with 1) nor a landline number with its area code (such as 010-12345678).</source>
        <translation>这既不是手机号码（以 1 开头的 11 位数字），也不是带区号的固定电话号码（如 010-12345678）。</translation>
    </message>
    <message>
        <source>Too many parts: a landline number is area code, number and an optional extension.</source>
        <translation>号码分段过多：固定电话号码由区号、号码和可选的分机号组成。</translation>
    </message>
    <message>
        <source>Area code %1 does not exist: area codes are 010, 020 to 029, or four digits from 0300 to 0999.</source>
        <translation>区号 %1 不存在：区号为 010、020 至 029，或 0300 至 0999 之间的四位数字。</translation>
    </message>
    <message numerus="yes">
        <source>The number after area code %1 must have 7 or 8 digits; this one has %n.</source>
        <translation>
            <numerusform>区号 %1 之后的号码应为 7 或 8 位，此号码为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>The number after area code %1 cannot begin with 0.</source>
        <translation>区号 %1 之后的号码不能以 0 开头。</translation>
    </message>
    <message>
        <source>The extension %1 is too long: it has at most 6 digits.</source>
        <translation>分机号 %1 过长：分机号最多 6 位。</translation>
    </message>
    <message>
        <source>A permit for Hong Kong and Macao residents begins with H (Hong Kong) or M (Macao), not with %1.</source>
        <translation>港澳居民来往内地通行证号码以 H（香港）或 M（澳门）开头，不能以 %1 开头。</translation>
    </message>
    <message>
        <source>Character %1 at position %2 is not allowed: after the letter, a permit number has only digits.</source>
        <translation>第 %2 位的字符 %1 不允许使用：通行证号码字母之后只有数字。</translation>
    </message>
    <message numerus="yes">
        <source>A permit number for Hong Kong and Macao residents is a letter and 8 digits (older cards: 10 digits); this one has %n digits after the letter.</source>
        <translation>
            <numerusform>港澳居民来往内地通行证号码为 1 个字母加 8 位数字（旧版为 10 位数字），此号码字母后有 %n 位数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 at position %2 is not allowed: a permit number for Taiwan residents has only digits.</source>
        <translation>第 %2 位的字符 %1 不允许使用：台湾居民来往大陆通行证号码只有数字。</translation>
    </message>
    <message numerus="yes">
        <source>A permit number for Taiwan residents has 8 digits (older permits: 10); this one has %n.</source>
        <translation>
            <numerusform>台湾居民来往大陆通行证号码为 8 位数字（旧版为 10 位），此号码为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Unknown document type.</source>
        <translation>未知的证件类型。</translation>
    </message>
    <message>
        <source>Character %1 at position %2 is a digit; a name has no digits.</source>
        <translation>第 %2 位的字符 %1 是数字，姓名中不能有数字。</translation>
    </message>
    <message>
        <source>Character %1 at position %2 is not used in names.</source>
        <translation>第 %2 位的字符 %1 不能用于姓名。</translation>
    </message>
    <message>
        <source>A name needs at least one letter or Chinese character.</source>
        <translation>姓名中至少要有一个汉字或字母。</translation>
    </message>
    <message numerus="yes">
        <source>A name has at most 50 characters; this one has %n.</source>
        <translation>
            <numerusform>姓名最多 50 个字，此处为 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An organisation's name has at most 100 characters; this one has %n.</source>
        <translation>
            <numerusform>单位名称最多 100 个字，此处为 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An address has at most 200 characters; this one has %n.</source>
        <translation>
            <numerusform>地址最多 200 个字，此处为 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>A person is identified by an ID card, a permit or a passport, not by a credit code.</source>
        <translation>自然人应使用身份证、通行证或护照，不能使用统一社会信用代码。</translation>
    </message>
</context>
<context>
    <name>WindowService</name>
    <message>
        <source>The window no longer exists.</source>
        <translation>该窗口已不存在。</translation>
    </message>
    <message>
        <source>The ticket category no longer exists.</source>
        <translation>该取号类别已不存在。</translation>
    </message>
    <message>
        <source>The window no longer exists. Choose another window.</source>
        <translation>该窗口已不存在。请选择其他窗口。</translation>
    </message>
    <message>
        <source>The ticket prefix "%1" must be one capital letter (A to Z). Nothing was saved.</source>
        <translation>号票字头“%1”必须是一个大写字母（A 到 Z）。未保存。</translation>
    </message>
    <message>
        <source>The category needs a Chinese name. Nothing was saved.</source>
        <translation>类别需要中文名称。未保存。</translation>
    </message>
    <message>
        <source>Another category already uses the prefix %1. Choose another letter; nothing was saved.</source>
        <translation>其他类别已使用字头 %1。请换一个字母；未保存。</translation>
    </message>
    <message>
        <source>A window number must be 1 or more. Nothing was saved.</source>
        <translation>窗口号必须不小于 1。未保存。</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>Window %1 is dedicated but serves no ticket category. Tick the categories it serves, or make it a comprehensive window; nothing was saved.</source>
        <translation>%1 号窗口是专窗，但未设置办理的取号类别。请勾选其办理的类别，或设为综合窗口；未保存。</translation>
    </message>
    <message>
        <source>There is already a window number %1. Choose another number; nothing was saved.</source>
        <translation>已有 %1 号窗口。请换一个窗口号；未保存。</translation>
    </message>
</context>
<context>
    <name>WorkflowDemo</name>
    <message>
        <source>The demo applicants are missing.</source>
        <translation>缺少演示申请人数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in every state of the approval workflow</source>
        <translation>
            <numerusform>%n 件办件，覆盖审批流程的各个状态</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowNames</name>
    <message>
        <source>hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <source>testing</source>
        <translation>检验、检测</translation>
    </message>
    <message>
        <source>quarantine or appraisal</source>
        <translation>检疫、鉴定</translation>
    </message>
    <message>
        <source>expert review</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <source>tender or auction</source>
        <translation>招标、拍卖</translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation>待负责人审批</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>collected at the window</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <source>sent by post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>delivered as an electronic licence</source>
        <translation>电子证照送达</translation>
    </message>
    <message>
        <source>the applicant in person</source>
        <translation>申请人本人</translation>
    </message>
    <message>
        <source>an authorised agent</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source>the legal representative</source>
        <translation>法定代表人</translation>
    </message>
</context>
<context>
    <name>WorkflowRules</name>
    <message>
        <source>You may not %1.</source>
        <translation>您无权%1。</translation>
    </message>
    <message>
        <source>Case %1 has no open step of your department: only the departments working on it may do this.</source>
        <translation>办件 %1 没有贵部门在办的环节：只有正在办理该件的部门才能执行此操作。</translation>
    </message>
    <message>
        <source>Case %1 is %2 and cannot be %3.</source>
        <translation>办件 %1 当前状态为“%2”，不能%3。</translation>
    </message>
    <message>
        <source>Case %1 is suspended for %2 since %3: resume it before deciding its steps.</source>
        <translation>办件 %1 自 %3 起因%2中止办理：请先恢复办理，再审批其环节。</translation>
    </message>
    <message>
        <source>There is no such approval step.</source>
        <translation>没有这个审批环节。</translation>
    </message>
    <message>
        <source>No extension is waiting for a decision.</source>
        <translation>没有待审批的延期申请。</translation>
    </message>
    <message>
        <source>%1 of case %2 belongs to another department: only its own approvers decide it.</source>
        <translation>办件 %2 的“%1”环节属于其他部门，只能由该部门的审批人员办理。</translation>
    </message>
    <message>
        <source>The handover is recorded at the window when the applicant collects the result.</source>
        <translation>送达环节在申请人领取办理结果时由窗口登记。</translation>
    </message>
    <message>
        <source>%1 of case %2 is %3, not waiting for a decision. Nothing was changed; look at the case again.</source>
        <translation>办件 %2 的“%1”环节状态为“%3”，不在待审批状态。未做任何更改；请重新查看该办件。</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>case … cannot be approved</comment>
        <translation>审批</translation>
    </message>
    <message>
        <source>Case %1 is already decided: its certificate cannot send it back.</source>
        <translation>办件 %1 已作出决定：制证环节不能将其退回。</translation>
    </message>
    <message>
        <source>%1 is the first review stage of case %2: there is no earlier stage to send it back to.</source>
        <translation>“%1”是办件 %2 的第一个审查阶段，没有可退回的前一阶段。</translation>
    </message>
    <message>
        <source>Case %1 can only go back to an earlier review or decision stage.</source>
        <translation>办件 %1 只能退回到此前的审查或决定阶段。</translation>
    </message>
    <message>
        <source>Case %1 was approved on %2: making its certificate cannot deny it.</source>
        <translation>办件 %1 已于 %2 准予许可：制证环节不能作出不予许可决定。</translation>
    </message>
    <message>
        <source>extended</source>
        <comment>case … cannot be extended</comment>
        <translation>延长期限</translation>
    </message>
    <message>
        <source>An extension of case %1 already waits for a supervisor.</source>
        <translation>办件 %1 已有一项延期申请在等待负责人审批。</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 was already extended by %n working day(s); the law allows one extension (art. 42).</source>
        <translation>
            <numerusform>办件 %1 已延长 %n 个工作日；法律只允许延期一次（第四十二条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The statutory limit of case %1 ran out on %2: an extension must be decided before it does.</source>
        <translation>办件 %1 的法定时限已于 %2 届满：延期须在届满前决定。</translation>
    </message>
    <message>
        <source>This extension request of case %1 was already decided. Nothing was changed.</source>
        <translation>办件 %1 的这项延期申请已经审批过了。未做任何更改。</translation>
    </message>
    <message>
        <source>The statutory limit of case %1 ran out on %2: it can no longer be extended. Reject the request and see that the case is decided at once.</source>
        <translation>办件 %1 的法定时限已于 %2 届满，不能再延期。请不予批准该申请，并督促立即作出决定。</translation>
    </message>
    <message>
        <source>The certificate of case %1 is not made yet (due %2): it can be handed over once it is.</source>
        <translation>办件 %1 的证件尚未制作（应于 %2 前制发），制作完成后才能送达。</translation>
    </message>
    <message>
        <source>%1 approved.</source>
        <translation>“%1”已同意。</translation>
    </message>
    <message>
        <source>%1 approved: %2</source>
        <translation>“%1”已同意：%2</translation>
    </message>
    <message>
        <source>%1 sent the case back to stage %2: %3</source>
        <translation>“%1”将办件退回第 %2 阶段：%3</translation>
    </message>
    <message numerus="yes">
        <source>An extension by %n working day(s) was requested: %1</source>
        <translation>
            <numerusform>申请延长 %n 个工作日：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The extension was approved; the statutory limit is now %1.</source>
        <translation>延期已批准，法定时限现为 %1。</translation>
    </message>
    <message>
        <source>The extension was rejected: %1</source>
        <translation>延期未获批准：%1</translation>
    </message>
    <message>
        <source>Issued the %1 %2.</source>
        <translation>出具%1 %2。</translation>
    </message>
    <message>
        <source>Document %1 was printed.</source>
        <translation>已打印文书 %1。</translation>
    </message>
    <message>
        <source>Document %1 was printed again (a duplicate).</source>
        <translation>已补打文书 %1（副本）。</translation>
    </message>
    <message>
        <source>Printing document %1 failed: %2</source>
        <translation>打印文书 %1 失败：%2</translation>
    </message>
    <message>
        <source>An action was refused.</source>
        <translation>一项操作被拒绝。</translation>
    </message>
    <message>
        <source>The case was %1.</source>
        <translation>办件已%1。</translation>
    </message>
    <message numerus="yes">
        <source>The case was suspended for %1 (expected %n working day(s)): %2</source>
        <translation>
            <numerusform>办件因%1中止办理（预计 %n 个工作日）：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case was resumed after %n working day(s) of suspension.</source>
        <translation>
            <numerusform>办件中止 %n 个工作日后恢复办理。</numerusform>
        </translation>
    </message>
    <message>
        <source>The case was %1: %2</source>
        <translation>办件已%1：%2</translation>
    </message>
    <message>
        <source>The result was %1 (%2).</source>
        <translation>办理结果送达方式：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>该办件已不存在。</translation>
    </message>
    <message>
        <source>the case was denied</source>
        <translation>办件已作出不予许可决定</translation>
    </message>
    <message>
        <source>The licence cannot end before it begins: check the dates of its validity. Nothing was changed.</source>
        <translation>许可的截止日期不能早于起始日期：请检查有效期。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 of case %2 is approved.</source>
        <translation>办件 %2 的“%1”环节已同意。</translation>
    </message>
    <message numerus="yes">
        <source>The stage waits for %n more department(s).</source>
        <translation>
            <numerusform>本阶段还需等待 %n 个部门办理。</numerusform>
        </translation>
    </message>
    <message>
        <source>The case is approved and decision %1 was issued.</source>
        <translation>办件已准予许可，并出具决定书 %1。</translation>
    </message>
    <message>
        <source>The certificate is made and waits to be handed over.</source>
        <translation>证件已制作，等待送达。</translation>
    </message>
    <message>
        <source>Stage %1 (%2) is open now.</source>
        <translation>现已进入第 %1 阶段（%2）。</translation>
    </message>
    <message>
        <source>Say why the case goes back: the earlier stage needs to know what to look at again. Nothing was changed.</source>
        <translation>请说明退回理由：前一阶段需要知道应重新审查什么。未做任何更改。</translation>
    </message>
    <message>
        <source>sent back to stage %1 by %2</source>
        <translation>由“%2”退回第 %1 阶段</translation>
    </message>
    <message>
        <source>Case %1 went back to stage %2 (%3), whose steps are open again.</source>
        <translation>办件 %1 已退回第 %2 阶段（%3），该阶段各环节重新办理。</translation>
    </message>
    <message>
        <source>A denial needs its reasons in writing (art. 38 of the Administrative Licensing Law): write at least one. Nothing was changed.</source>
        <translation>不予许可须书面说明理由（《行政许可法》第三十八条）：请至少填写一条。未做任何更改。</translation>
    </message>
    <message>
        <source>Name the law the denial rests on: the matter has no legal basis in the catalog to take it from. Nothing was changed.</source>
        <translation>请填写不予许可的法律依据：事项目录中该事项没有可引用的设定依据。未做任何更改。</translation>
    </message>
    <message>
        <source>Case %1 is denied; decision %2 states the reasons and the applicant's right to reconsideration or a lawsuit.</source>
        <translation>办件 %1 已作出不予许可决定；决定书 %2 载明了理由以及申请人申请行政复议或提起行政诉讼的权利。</translation>
    </message>
    <message>
        <source>Say why the case is suspended: the notice to the applicant states it. Nothing was changed.</source>
        <translation>请说明中止理由：告知书中会向申请人说明。未做任何更改。</translation>
    </message>
    <message>
        <source>Give the expected length in working days, from 1 to %1. Nothing was changed.</source>
        <translation>请填写预计所需工作日数，范围 1 至 %1。未做任何更改。</translation>
    </message>
    <message>
        <source>Case %1 is suspended for %2; its clock stands still. Give the applicant notice %3.</source>
        <translation>办件 %1 因%2中止办理，期限暂停计算。请将告知书 %3 交给申请人。</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 is back in review after %n working day(s) of suspension; it is now due on %2 (statutory limit %3).</source>
        <translation>
            <numerusform>办件 %1 中止 %n 个工作日后恢复审查；现承诺办结日期为 %2（法定时限 %3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the case needs more time: the applicant is told the reason (art. 42). Nothing was changed.</source>
        <translation>请说明需要延期的理由：将告知申请人（第四十二条）。未做任何更改。</translation>
    </message>
    <message>
        <source>The law allows an extension of at most %1 working days for this matter (art. 42). Nothing was changed.</source>
        <translation>该事项依法最多可延长 %1 个工作日（第四十二条）。未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>An extension of case %1 by %n working day(s) waits for a supervisor's approval.</source>
        <translation>
            <numerusform>办件 %1 延长 %n 个工作日的申请已提交，等待负责人审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the extension is rejected: the department that asked for it needs to know. Nothing was changed.</source>
        <translation>请说明不予批准的理由：申请延期的部门需要知道。未做任何更改。</translation>
    </message>
    <message>
        <source>There is no such extension request.</source>
        <translation>没有这项延期申请。</translation>
    </message>
    <message>
        <source>The extension of case %1 was rejected; its limits stand.</source>
        <translation>办件 %1 的延期申请未获批准，时限不变。</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 has %n more working day(s): it is now due on %2 (statutory limit %3). Give the applicant notice %4.</source>
        <translation>
            <numerusform>办件 %1 延长 %n 个工作日：现承诺办结日期为 %2（法定时限 %3）。请将告知书 %4 交给申请人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name the result is addressed to. Nothing was recorded.</source>
        <translation>请填写收件人姓名。未登记任何内容。</translation>
    </message>
    <message>
        <source>Enter the name of the person who collects the result. Nothing was recorded.</source>
        <translation>请填写领取人姓名。未登记任何内容。</translation>
    </message>
    <message>
        <source>Check the identity document of the person collecting the result and tick that you did. Nothing was recorded.</source>
        <translation>请核验领取人的身份证件，并勾选已核验。未登记任何内容。</translation>
    </message>
    <message>
        <source>The identity document number of the person collecting the result is not valid: %1 Nothing was recorded.</source>
        <translation>领取人的证件号码无效：%1未登记任何内容。</translation>
    </message>
    <message>
        <source>Enter the postal service and the tracking number of the consignment. Nothing was recorded.</source>
        <translation>请填写寄递企业和邮件单号。未登记任何内容。</translation>
    </message>
    <message>
        <source>Case %1 is closed: the result was %2. Print receipt %3 for signing.</source>
        <translation>办件 %1 已办结，送达方式：%2。请打印回执 %3 供签字。</translation>
    </message>
    <message>
        <source>Note what the applicant wrote when withdrawing. Nothing was changed.</source>
        <translation>请记录申请人撤回申请的书面内容。未做任何更改。</translation>
    </message>
    <message>
        <source>the application was withdrawn</source>
        <translation>申请已撤回</translation>
    </message>
    <message>
        <source>Case %1 is withdrawn at the applicant's request.</source>
        <translation>办件 %1 已应申请人要求撤回。</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The calendar does not cover %1: the date was counted with weekends only, without public holidays and make-up working days, and may be wrong. Ask the administrator to import the holidays of %1.</source>
        <translation>日历中没有 %1 年：该日期仅按周末计算，未考虑法定节假日和调休，可能不准确。请联系管理员导入 %1 年的节假日安排。</translation>
    </message>
    <message>
        <source>The calendar does not cover %1, the current year: deadlines are counted with weekends only, without public holidays and make-up working days. Import the holidays of %1 now.</source>
        <translation>日历中没有本年度（%1 年）：办理期限仅按周末计算，未考虑法定节假日和调休。请立即导入 %1 年的节假日安排。</translation>
    </message>
    <message>
        <source>The calendar does not cover %1 yet: deadlines that reach into %1 are counted with weekends only. The State Council announces the holidays of the next year in early November; import them as soon as they are published.</source>
        <translation>日历中还没有 %1 年：延续到 %1 年的办理期限仅按周末计算。国务院通常在 11 月上旬公布下一年的节假日安排，公布后请尽快导入。</translation>
    </message>
</context>
<context>
    <name>civicdesk::ApplicantForm</name>
    <message>
        <source>&amp;Person</source>
        <translation>自然人(&amp;P)</translation>
    </message>
    <message>
        <source>A natural person, identified by an ID card, a permit or a passport</source>
        <translation>自然人，凭身份证、通行证或护照办理</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>法人或其他组织(&amp;G)</translation>
    </message>
    <message>
        <source>A company, an institution or another organisation, identified by its unified social credit code</source>
        <translation>企业、事业单位或其他组织，凭统一社会信用代码办理</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>as on the document</source>
        <translation>与证件一致</translation>
    </message>
    <message>
        <source>Document &amp;type</source>
        <translation>证件类型(&amp;T)</translation>
    </message>
    <message>
        <source>Document n&amp;umber</source>
        <translation>证件号码(&amp;U)</translation>
    </message>
    <message>
        <source>type or scan</source>
        <translation>输入或扫描</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>联系电话(&amp;H)</translation>
    </message>
    <message>
        <source>mobile, or landline with area code</source>
        <translation>手机，或带区号的固定电话</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>联系地址(&amp;A)</translation>
    </message>
    <message>
        <source>for mailing the result</source>
        <translation>用于邮寄办理结果</translation>
    </message>
    <message>
        <source>Organisation na&amp;me</source>
        <translation>单位名称(&amp;M)</translation>
    </message>
    <message>
        <source>as registered</source>
        <translation>与登记名称一致</translation>
    </message>
    <message>
        <source>Unified social &amp;credit code</source>
        <translation>统一社会信用代码(&amp;C)</translation>
    </message>
    <message>
        <source>18 characters; type or scan</source>
        <translation>18 位，输入或扫描</translation>
    </message>
    <message>
        <source>&amp;Legal representative</source>
        <translation>法定代表人(&amp;L)</translation>
    </message>
    <message>
        <source>Contact p&amp;erson</source>
        <translation>联系人(&amp;E)</translation>
    </message>
    <message>
        <source>Contact ph&amp;one</source>
        <translation>联系人电话(&amp;O)</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>单位地址(&amp;R)</translation>
    </message>
    <message>
        <source>registered address</source>
        <translation>登记住所</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&amp;Fill in</source>
        <translation>填入(&amp;F)</translation>
    </message>
    <message>
        <source>Enter: fill the empty fields from the record</source>
        <translation>Enter：用已有记录填写空白栏目</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Esc: go on without the record</source>
        <translation>Esc：不使用已有记录，继续填写</translation>
    </message>
    <message>
        <source>Show the full number (recorded in the audit trail)</source>
        <translation>显示完整号码（将记入审计日志）</translation>
    </message>
    <message>
        <source>Showing the full number needs the permission to see personal data in full.</source>
        <translation>显示完整号码需要“查看完整个人信息”的权限。</translation>
    </message>
    <message>
        <source>Born %1, female.</source>
        <translation>出生日期 %1，女。</translation>
    </message>
    <message>
        <source>Born %1, male.</source>
        <translation>出生日期 %1，男。</translation>
    </message>
    <message>
        <source>Known applicant: the empty fields were filled in from the record. Check them with the applicant.</source>
        <translation>老申请人：空白栏目已按已有记录填写，请与申请人核对。</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>Known applicant: %1 (last updated %2). Fill in the empty fields?</source>
        <translation>已有记录：%1（最后更新于 %2）。是否用它填写空白栏目？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: the record says “%2”; “%3” as entered is kept.</source>
        <translation>%1：记录为“%2”，保留您填写的“%3”。</translation>
    </message>
    <message>
        <source>Enter fills in, Esc goes on without it.</source>
        <translation>按 Enter 填入，按 Esc 不填入继续。</translation>
    </message>
    <message>
        <source>Shown in full; this was recorded in the audit trail.</source>
        <translation>已显示完整号码，本次查看已记入审计日志。</translation>
    </message>
</context>
<context>
    <name>civicdesk::ApproverInbox</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>every department</source>
        <translation>所有部门</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>未分配部门</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>%1待办</translation>
    </message>
    <message>
        <source>Nothing is waiting for your department.</source>
        <translation>贵部门暂无待办环节。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) waiting</source>
        <translation>
            <numerusform>待办环节 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 past a limit</source>
        <translation>超期 %1 个</translation>
    </message>
    <message>
        <source>%1 near a limit</source>
        <translation>临期 %1 个</translation>
    </message>
</context>
<context>
    <name>civicdesk::AuditTrailModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>civicdesk::AuditTrailView</name>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>id or number</source>
        <translation>编号或号码</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>所有人员</translation>
    </message>
    <message>
        <source>action, e.g. login</source>
        <translation>操作，例如 login</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Showing the newest %1 rows; narrow the filter to see older ones.</source>
        <translation>仅显示最新的 %1 条；如需查看更早的记录，请缩小筛选范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>共 %n 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n row(s) verified.</source>
        <translation>
            <numerusform>审计记录完整：已校验 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was tampered with. %1</source>
        <translation>审计记录已被篡改。%1</translation>
    </message>
</context>
<context>
    <name>civicdesk::Authorization</name>
    <message>
        <source>%1 may not %2: this needs the role of %3. The attempt was recorded.</source>
        <translation>%1 无权%2：需要%3角色。此次操作尝试已被记录。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>civicdesk::CalendarEditor</name>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>&amp;Import year from file…</source>
        <translation>从文件导入年份(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Add year by hand…</source>
        <translation>手工添加年份(&amp;A)…</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Year not in the calendar (weekends only)</source>
        <translation>日历中没有的年份（仅按周末计算）</translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation>所选日期</translation>
    </message>
    <message>
        <source>&amp;Day off (public holiday)</source>
        <translation>放假（法定节假日）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Make-up working day (weekend)</source>
        <translation>调休上班（周末）(&amp;M)</translation>
    </message>
    <message>
        <source>the holiday, e.g. 国庆节</source>
        <translation>所属节日，如 国庆节</translation>
    </message>
    <message>
        <source>&amp;Save change</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Only an administrator can change the calendar.</source>
        <translation>只有管理员可以修改工作日历。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>The calendar covers no year yet.</source>
        <translation>日历中还没有任何年份。</translation>
    </message>
    <message>
        <source>Years in the calendar: %1</source>
        <translation>日历已包含的年份：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is not in the calendar.&lt;/b&gt; Its days are counted with weekends only (hatched). Import its holidays, or add the year by hand.</source>
        <translation>&lt;b&gt;日历中没有 %1 年。&lt;/b&gt;该年仅按周末计算（斜线标示）。请导入该年的节假日安排，或手工添加该年份。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;%3, %4. Added %5 by %6; last changed %7 by %8.</source>
        <translation>&lt;b&gt;%1 年&lt;/b&gt;：%2&lt;br&gt;%3，%4。%5 由 %6 添加；最近一次修改：%7，%8。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) off</source>
        <translation>
            <numerusform>放假 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s)</source>
        <translation>
            <numerusform>调休上班 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Working day.</source>
        <translation>工作日。</translation>
    </message>
    <message>
        <source>Weekend: a day off.</source>
        <translation>周末：休息日。</translation>
    </message>
    <message>
        <source>Day off: %1.</source>
        <translation>放假：%1。</translation>
    </message>
    <message>
        <source>Make-up working day (调休) for %1.</source>
        <translation>调休上班日（%1）。</translation>
    </message>
    <message>
        <source>%1 is not in the calendar, so this is the weekday rule only.</source>
        <translation>日历中没有 %1 年，此处仅按星期规则显示。</translation>
    </message>
    <message>
        <source>&amp;Normal working day (Monday to Friday)</source>
        <translation>正常工作日（周一至周五）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Normal weekend day off</source>
        <translation>正常周末休息(&amp;N)</translation>
    </message>
    <message>
        <source>Only a Saturday or Sunday can be a make-up working day.</source>
        <translation>只有周六或周日才能设为调休上班日。</translation>
    </message>
    <message>
        <source>%1 already follows the weekday rule; nothing was changed.</source>
        <translation>%1已按星期规则安排，未作任何改动。</translation>
    </message>
    <message>
        <source>Saved: %1 is a normal working day again.</source>
        <translation>已保存：%1恢复为正常工作日。</translation>
    </message>
    <message>
        <source>Saved: %1 is a normal weekend day off again.</source>
        <translation>已保存：%1恢复为正常周末休息。</translation>
    </message>
    <message>
        <source>%1 is already so; nothing was changed.</source>
        <translation>%1已是如此，未作任何改动。</translation>
    </message>
    <message>
        <source>Saved: %1 is now a day off (%2).</source>
        <translation>已保存：%1改为放假（%2）。</translation>
    </message>
    <message>
        <source>Saved: %1 is now a make-up working day (%2).</source>
        <translation>已保存：%1改为调休上班（%2）。</translation>
    </message>
    <message>
        <source>Deadlines are counted with it from now on, on every PC.</source>
        <translation>此后所有电脑都按此计算办理期限。</translation>
    </message>
    <message>
        <source>%1 is already in the calendar (%2, %3; last changed %4 by %5). Importing the file replaces all of its days, including days changed here by hand. Replace %1?</source>
        <translation>日历中已有 %1 年（%2，%3；最近一次修改：%4，%5）。导入该文件将替换这一年的全部日期，包括在此手工修改过的日期。是否替换 %1 年？</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>替换 %1 年？</translation>
    </message>
    <message>
        <source>Nothing was imported; %1 was left as it was.</source>
        <translation>未导入任何内容，%1 年保持原样。</translation>
    </message>
    <message>
        <source>%1 in the calendar already holds exactly the days of the file; nothing was changed.</source>
        <translation>日历中的 %1 年与文件完全相同，未作任何改动。</translation>
    </message>
    <message>
        <source>Replaced %1 in the calendar: %2, %3.</source>
        <translation>已替换日历中的 %1 年：%2，%3。</translation>
    </message>
    <message>
        <source>Imported %1 into the calendar: %2, %3.</source>
        <translation>已将 %1 年导入日历：%2，%3。</translation>
    </message>
    <message>
        <source>Add %1 to the calendar without any announced day? Until its public holidays and make-up working days are entered here one by one, every weekday of %1 counts as a working day. When the notice is available as a file, import it instead.</source>
        <translation>是否在日历中添加不含任何调整日期的 %1 年？在此逐日录入该年的法定节假日和调休上班日之前，%1 年的周一至周五都按工作日计算。如有该年通知的数据文件，请改用导入。</translation>
    </message>
    <message>
        <source>Add %1 by hand?</source>
        <translation>手工添加 %1 年？</translation>
    </message>
    <message>
        <source>%1 was added to the calendar. Select each day off and make-up working day of the notice and save it.</source>
        <translation>已在日历中添加 %1 年。请按通知逐一选择放假日和调休上班日并保存。</translation>
    </message>
    <message>
        <source>Import calendar year</source>
        <translation>导入年度日历</translation>
    </message>
    <message>
        <source>Calendar files in the holiday-cn layout (*.json);;All files (*)</source>
        <translation>holiday-cn 格式的日历文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add year by hand</source>
        <translation>手工添加年份</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
</context>
<context>
    <name>civicdesk::CaseDetailView</name>
    <message>
        <source>received for checking</source>
        <translation>收件待审</translation>
    </message>
    <message>
        <source>document issued</source>
        <translation>出具文书</translation>
    </message>
    <message>
        <source>document printed</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>document printed again (duplicate)</source>
        <translation>补打文书（副本）</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Show ID number</source>
        <translation>显示证件号码</translation>
    </message>
    <message>
        <source>Show phone</source>
        <translation>显示电话</translation>
    </message>
    <message>
        <source>Shows the full value; recorded in the audit trail</source>
        <translation>显示完整内容，并记入审计日志</translation>
    </message>
    <message>
        <source>Needs the permission to see personal data in full</source>
        <translation>需要查看完整个人信息的权限</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Continue at intake…</source>
        <translation>继续受理…</translation>
    </message>
    <message>
        <source>The applicant brought the missing materials: check them and decide</source>
        <translation>申请人已带来补正材料：核查后作出决定</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Approval progress</source>
        <translation>审批进度</translation>
    </message>
    <message>
        <source>Documents issued</source>
        <translation>已出具文书</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a case in the list.&lt;/i&gt;</source>
        <translation>&lt;i&gt;请在列表中选择案件。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>收件时间：%1</translation>
    </message>
    <message>
        <source>Accepted on: %1</source>
        <translation>受理日期：%1</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺办结</translation>
    </message>
    <message>
        <source>Statutory limit</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>The calendar lacks a year these dates fall in: they are estimates counting weekends only.</source>
        <translation>工作日历缺少这些日期所在的年份，日期仅按周末推算，为估计值。</translation>
    </message>
    <message>
        <source>One-time notice given: the applicant brings what is missing by %1.</source>
        <translation>已一次性告知：申请人须于%1前补正材料。</translation>
    </message>
    <message>
        <source>Received for checking: the one-time notice is due by %1, or the application counts as accepted from the day it was received.</source>
        <translation>收件待审：须于%1前一次性告知，逾期未告知的，自收到申请材料之日起即为受理。</translation>
    </message>
    <message>
        <source>Owed materials promised by: %1</source>
        <translation>容缺材料承诺补齐日期：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>不予受理：%1</translation>
    </message>
    <message>
        <source>Competent authority: %1</source>
        <translation>有权机关：%1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>证件号码：%1</translation>
    </message>
    <message>
        <source>Credit code: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>The applicant's record is not in this database.</source>
        <translation>本数据库中没有该申请人的记录。</translation>
    </message>
    <message>
        <source>Shown in full; this was recorded in the audit trail.</source>
        <translation>已显示完整内容，此操作已记入审计日志。</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Copy %1 of %2 printed, marked as a duplicate.</source>
        <translation>%2的第%1份已打印，标注为副本。</translation>
    </message>
    <message>
        <source>%1 printed.</source>
        <translation>%1已打印。</translation>
    </message>
    <message>
        <source>%1 was not printed: %2 Use PDF… to save it instead.</source>
        <translation>%1未打印：%2 可用“PDF…”另存。</translation>
    </message>
</context>
<context>
    <name>civicdesk::CaseListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>correction by %1</source>
        <translation>%1前补正</translation>
    </message>
    <message>
        <source>notice pending</source>
        <translation>待告知</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation>（估计）</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺办结</translation>
    </message>
</context>
<context>
    <name>civicdesk::CaseListPane</name>
    <message>
        <source>exact, or scan the receipt</source>
        <translation>完整编号，或扫描回执</translation>
    </message>
    <message>
        <source>ID number or credit code</source>
        <translation>证件号码或统一社会信用代码</translation>
    </message>
    <message>
        <source>any part of the name</source>
        <translation>姓名中的任意文字</translation>
    </message>
    <message>
        <source>whole number or first digits</source>
        <translation>完整号码或前几位</translation>
    </message>
    <message>
        <source>Received &amp;from</source>
        <translation>收件日期从(&amp;F)</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>受理编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID / credit code:</source>
        <translation>证件号/信用代码(&amp;I)：</translation>
    </message>
    <message>
        <source>Applicant na&amp;me:</source>
        <translation>申请人姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>没有符合条件的案件。</translation>
    </message>
    <message>
        <source>Newest first; more load as you scroll.</source>
        <translation>按时间倒序显示，滚动时继续加载。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>共%n件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::CaseProgressView</name>
    <message>
        <source>Stage and step</source>
        <translation>阶段与环节</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Suspension or extension</source>
        <translation>中止或延期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>同意(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>不予许可(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>中止(&amp;S)…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>恢复办理(&amp;U)</translation>
    </message>
    <message>
        <source>E&amp;xtension…</source>
        <translation>申请延期(&amp;X)…</translation>
    </message>
    <message>
        <source>Decide e&amp;xtension…</source>
        <translation>审批延期(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>送达(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>Pick a case to see its progress.</source>
        <translation>请选择一个办件查看办理进度。</translation>
    </message>
    <message>
        <source>Applicant: %1 · accepted %2 · limits %3 / %4 working days (promised / statutory)</source>
        <translation>申请人：%1 · %2 受理 · 时限 %3 / %4 个工作日（承诺 / 法定）</translation>
    </message>
    <message numerus="yes">
        <source>+ %n working day(s) extension</source>
        <translation>
            <numerusform>+ 延长 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved on %1.</source>
        <translation>已于 %1 准予许可。</translation>
    </message>
    <message>
        <source>Denied on %1: %2</source>
        <translation>已于 %1 不予许可：%2</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Statutory</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>Certificate (art. 44)</source>
        <translation>制证时限（第四十四条）</translation>
    </message>
    <message>
        <source>The clock stands still: suspended for %1 since %2, expected until %3.</source>
        <translation>期限暂停计算：自 %2 起因%1中止，预计至 %3。</translation>
    </message>
    <message>
        <source>%1 of %2 approved</source>
        <translation>%2 个中已同意 %1 个</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(lead)</source>
        <translation>（牵头）</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n round(s))</source>
        <translation>
            <numerusform>（共 %n 轮）</numerusform>
        </translation>
    </message>
    <message>
        <source>Past this step's own time limit.</source>
        <translation>已超过本环节的办理时限。</translation>
    </message>
    <message>
        <source>Suspended: %1</source>
        <translation>中止：%1</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>预计 %1</translation>
    </message>
    <message numerus="yes">
        <source>Extension by %n working day(s): %1</source>
        <translation>
            <numerusform>延长 %n 个工作日：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (asked by %2)</source>
        <translation>%1（申请人：%2）</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>审批人：%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · copies made: %4</source>
        <translation>%1 · %2 · %3 · 已出具 %4 份</translation>
    </message>
    <message>
        <source>&amp;Approve and decide…</source>
        <translation>同意并作出决定(&amp;A)…</translation>
    </message>
    <message>
        <source>Certificate &amp;made…</source>
        <translation>制证完成(&amp;M)…</translation>
    </message>
    <message>
        <source>No step of your department is open on this case.</source>
        <translation>该办件没有贵部门待办的环节。</translation>
    </message>
</context>
<context>
    <name>civicdesk::CatalogEditor</name>
    <message>
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Filter by code, name or department</source>
        <translation>按编码、名称或部门筛选</translation>
    </message>
    <message>
        <source>Show deactivated matters</source>
        <translation>显示已停用的事项</translation>
    </message>
    <message>
        <source>&amp;New matter</source>
        <translation>新建事项(&amp;N)</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import catalog…</source>
        <translation>导入目录(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport catalog…</source>
        <translation>导出目录(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Checks the matter and saves it (Ctrl+S)</source>
        <translation>检查并保存事项（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>启用(&amp;T)</translation>
    </message>
    <message>
        <source>New matter</source>
        <translation>新建事项</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s), shown next to the fields. Everything you typed is still here.</source>
        <translation>
            <numerusform>未保存：有 %n 个问题，已在相应字段旁标出。您填写的内容均已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything you typed is still here.</source>
        <translation>您填写的内容均已保留。</translation>
    </message>
    <message>
        <source>Saved %1 %2.</source>
        <translation>已保存 %1 %2。</translation>
    </message>
    <message>
        <source>The changes were discarded.</source>
        <translation>已放弃修改。</translation>
    </message>
    <message>
        <source>Unsaved changes: save them (Ctrl+S) or discard them before you open another matter.</source>
        <translation>有未保存的修改：打开其他事项前，请先保存（Ctrl+S）或放弃修改。</translation>
    </message>
    <message>
        <source>The matter is in use again.</source>
        <translation>该事项已重新启用。</translation>
    </message>
    <message>
        <source>The matter was deactivated: intake no longer offers it; cases already taken in keep it.</source>
        <translation>该事项已停用：窗口受理时不再提供；已受理的办件不受影响。</translation>
    </message>
    <message>
        <source>Delete matter</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <source>Delete %1 %2 from the catalog? A matter that cases refer to is deactivated instead.</source>
        <translation>从目录中删除 %1 %2？已有办件引用的事项将改为停用。</translation>
    </message>
    <message>
        <source>Deleted %1 from the catalog.</source>
        <translation>已从目录中删除 %1。</translation>
    </message>
    <message>
        <source>%1 is referred to by cases, so it was deactivated instead of deleted.</source>
        <translation>%1 已被办件引用，因此改为停用，未删除。</translation>
    </message>
    <message>
        <source>Import catalog</source>
        <translation>导入目录</translation>
    </message>
    <message>
        <source>Catalog files (*.json)</source>
        <translation>目录文件 (*.json)</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>已导入 %1：%2</translation>
    </message>
    <message>
        <source>Export catalog</source>
        <translation>导出目录</translation>
    </message>
    <message>
        <source>Wrote the catalog to %1.</source>
        <translation>已将目录写入 %1。</translation>
    </message>
</context>
<context>
    <name>civicdesk::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was set by an administrator (or is the demonstration password). Choose your own before you start.</source>
        <translation>您的密码由管理员设置（或为演示密码）。开始工作前，请设置您自己的密码。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>At least 8 characters, with letters and digits.</source>
        <translation>至少 8 位，须包含字母和数字。</translation>
    </message>
    <message>
        <source>The two new passwords differ; type them again.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>civicdesk::DemoData</name>
    <message numerus="yes">
        <source>%n staff account(s), password "%1" (to be changed at the first sign-in)</source>
        <translation>
            <numerusform>%n 个人员账户，密码“%1”（首次登录时须修改）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s): %1 persons and %2 organisations</source>
        <translation>
            <numerusform>%n 个申请人：自然人 %1 个，法人或其他组织 %2 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::DepartmentsPage</name>
    <message>
        <source>&amp;New department</source>
        <translation>新建部门(&amp;N)</translation>
    </message>
    <message>
        <source>short code, such as GA</source>
        <translation>简码，如 GA</translation>
    </message>
    <message>
        <source>In use: may take new matters and steps</source>
        <translation>在用：可承接新的事项和办理步骤</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Save department</source>
        <translation>保存部门(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete department…</source>
        <translation>删除部门(&amp;D)…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Unsaved changes: save or discard them before you open another department.</source>
        <translation>有未保存的修改：打开其他部门前，请先保存或放弃修改。</translation>
    </message>
    <message>
        <source>The department was not saved; the problems are shown next to the fields. What you typed is still here.</source>
        <translation>部门未保存，问题已在相应字段旁标出。您填写的内容均已保留。</translation>
    </message>
    <message>
        <source>What you typed is still here.</source>
        <translation>您填写的内容均已保留。</translation>
    </message>
    <message>
        <source>Saved the department %1.</source>
        <translation>已保存部门“%1”。</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>Delete the department %1? A department that matters or staff still refer to is deactivated instead.</source>
        <translation>删除部门“%1”？仍被事项或工作人员引用的部门将改为停用。</translation>
    </message>
    <message>
        <source>Deleted the department %1.</source>
        <translation>已删除部门“%1”。</translation>
    </message>
    <message>
        <source>The department %1 is still referred to, so it was deactivated instead of deleted.</source>
        <translation>部门“%1”仍被引用，因此改为停用，未删除。</translation>
    </message>
</context>
<context>
    <name>civicdesk::DisplayBoard</name>
    <message>
        <source>CivicDesk display board</source>
        <translation>CivicDesk 叫号显示屏</translation>
    </message>
    <message>
        <source>Please wait for your number to be called</source>
        <translation>请留意叫号，按号办理</translation>
    </message>
    <message>
        <source>Latest calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Est. wait</source>
        <translation>预计等候</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <source>%1  →  Window %2</source>
        <translation>请 %1 号到 %2 号窗口</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Please keep your ticket. If you miss your call, ask at the information desk.</source>
        <translation>请保管好号票。如错过叫号，请到咨询台询问。</translation>
    </message>
</context>
<context>
    <name>civicdesk::DrillDownDialog</name>
    <message>
        <source>Behind the figure: %1</source>
        <translation>指标明细：%1</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>Save the list as CSV</source>
        <translation>将清单另存为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>另存为 CSV</translation>
    </message>
</context>
<context>
    <name>civicdesk::ExtensionDecisionDialog</name>
    <message>
        <source>Decide the extension</source>
        <translation>审批延期申请</translation>
    </message>
    <message numerus="yes">
        <source>%1 asks for %n more working day(s): %2</source>
        <translation>
            <numerusform>%1 申请延长 %n 个工作日：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Statutory limit now: %1.</source>
        <translation>当前法定时限：%1。</translation>
    </message>
    <message>
        <source>Approve: the limits move and the applicant gets a notice</source>
        <translation>批准：时限顺延，并向申请人出具告知书</translation>
    </message>
    <message>
        <source>Reject: the limits stand</source>
        <translation>不予批准：时限不变</translation>
    </message>
    <message>
        <source>needed when rejecting</source>
        <translation>不予批准时必填</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>审批</translation>
    </message>
</context>
<context>
    <name>civicdesk::ExtensionRequestDialog</name>
    <message>
        <source>Request an extension</source>
        <translation>申请延长期限</translation>
    </message>
    <message>
        <source>A matter handled jointly may be extended once by up to 15 working days (art. 42), with a supervisor's approval.</source>
        <translation>联合办理的事项经负责人批准，可以延长一次，最长 15 个工作日（第四十二条）。</translation>
    </message>
    <message>
        <source>A case may be extended once by up to 10 working days (art. 42), with a supervisor's approval.</source>
        <translation>经负责人批准，可以延长一次，最长 10 个工作日（第四十二条）。</translation>
    </message>
    <message>
        <source>The applicant is told the reason.</source>
        <translation>延期理由将告知申请人。</translation>
    </message>
    <message>
        <source>Why the case cannot be decided in time</source>
        <translation>不能在期限内作出决定的原因</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Extend by:</source>
        <translation>延长：</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>提交申请</translation>
    </message>
</context>
<context>
    <name>civicdesk::HandoverDialog</name>
    <message>
        <source>Hand over the result</source>
        <translation>送达办理结果</translation>
    </message>
    <message>
        <source>Record who collects the result, or where it was posted. The ID number is checked and kept only masked.</source>
        <translation>登记领取人或邮寄信息。证件号码经校验后仅以脱敏形式保存。</translation>
    </message>
    <message>
        <source>I compared the identity document with the person collecting</source>
        <translation>已当面核验领取人身份证件</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>送达方式：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Collected by:</source>
        <translation>领取人身份：</translation>
    </message>
    <message>
        <source>Identity document:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Postal service:</source>
        <translation>寄递企业：</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>邮件单号：</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>确认送达</translation>
    </message>
</context>
<context>
    <name>civicdesk::HolidayCalendarView</name>
    <message>
        <source>Off</source>
        <comment>calendar mark, 休</comment>
        <translation>休</translation>
    </message>
    <message>
        <source>Work</source>
        <comment>calendar mark, 班</comment>
        <translation>班</translation>
    </message>
</context>
<context>
    <name>civicdesk::InboxModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(joint, lead)</source>
        <translation>（联合办理，牵头）</translation>
    </message>
    <message>
        <source>(joint)</source>
        <translation>（联合办理）</translation>
    </message>
    <message>
        <source>The case is suspended: its clock stands still.</source>
        <translation>办件已中止：期限暂停计算。</translation>
    </message>
    <message>
        <source>%1 · %2 · waiting since %3</source>
        <translation>%1 · %2 · 自 %3 起待办</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>灯色</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Step due (working days)</source>
        <translation>环节到期（工作日）</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Statutory limit</source>
        <translation>法定时限</translation>
    </message>
</context>
<context>
    <name>civicdesk::IntakePane</name>
    <message>
        <source>case number, then Enter</source>
        <translation>输入受理编号后按回车</translation>
    </message>
    <message>
        <source>Returning applicant (Ctrl+O):</source>
        <translation>补正回访（Ctrl+O）：</translation>
    </message>
    <message>
        <source>80 mm receipt printer</source>
        <translation>80毫米小票打印机</translation>
    </message>
    <message>
        <source>A4 printer</source>
        <translation>A4打印机</translation>
    </message>
    <message>
        <source>Receipts on:</source>
        <translation>回执打印：</translation>
    </message>
    <message>
        <source>1 · Matter</source>
        <translation>1 · 事项</translation>
    </message>
    <message>
        <source>2 · Applicant</source>
        <translation>2 · 申请人</translation>
    </message>
    <message>
        <source>3 · Materials</source>
        <translation>3 · 申请材料</translation>
    </message>
    <message>
        <source>4 · Decision</source>
        <translation>4 · 受理决定</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>With deficiency</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Receive for checking</source>
        <translation>收件待审</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Owed materials &amp;by:</source>
        <translation>容缺材料补齐日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Bring what is missing b&amp;y:</source>
        <translation>补正期限(&amp;Y)：</translation>
    </message>
    <message>
        <source>required: printed on the refusal notice</source>
        <translation>必填：将打印在不予受理通知书上</translation>
    </message>
    <message>
        <source>where the matter belongs to another authority</source>
        <translation>申请事项属于其他机关职权的，填写该机关</translation>
    </message>
    <message>
        <source>empty: article 32 of the Administrative Licensing Law</source>
        <translation>不填：《行政许可法》第三十二条</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>理由(&amp;A)：</translation>
    </message>
    <message>
        <source>Competent a&amp;uthority:</source>
        <translation>有权机关(&amp;U)：</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>法律依据(&amp;B)：</translation>
    </message>
    <message>
        <source>optional: why the applicant withdrew</source>
        <translation>选填：申请人撤回的原因</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>确认（回车）</translation>
    </message>
    <message>
        <source>Next applicant (Ctrl+Shift+N)</source>
        <translation>下一位申请人（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Serving ticket &lt;b&gt;%1&lt;/b&gt;: the case will be linked to it.</source>
        <translation>正在办理&lt;b&gt;%1&lt;/b&gt;号：案件将关联该号票。</translation>
    </message>
    <message>
        <source>No queue ticket is being served at this window.</source>
        <translation>本窗口当前没有正在办理的号票。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Type part of the matter's code or name and press Enter.&lt;/i&gt;</source>
        <translation>&lt;i&gt;输入事项编码或名称的一部分，然后按回车。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Promised: %1, by %2</source>
        <translation>承诺时限：%1，%2前办结</translation>
    </message>
    <message>
        <source>Statutory: %1, by %2</source>
        <translation>法定时限：%1，%2前办结</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>收费：%1</translation>
    </message>
    <message>
        <source>Application &lt;b&gt;%1&lt;/b&gt; received %2, awaiting correction.</source>
        <translation>申请&lt;b&gt;%1&lt;/b&gt;于%2收件，待补正。</translation>
    </message>
    <message>
        <source>Case %1 is %2: only an application awaiting correction is continued at intake. Open it in the case list to see it.</source>
        <translation>案件%1的状态为%2：只有待补正的申请才能在窗口继续受理。请在案件列表中查看。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pick the matter first: type part of its code or name, then Enter.</source>
        <translation>请先选择事项：输入事项编码或名称的一部分，然后按回车。</translation>
    </message>
    <message>
        <source>no time for a deficiency on this matter</source>
        <translation>该事项时限不足，无法容缺受理</translation>
    </message>
    <message>
        <source>at the latest %1 (%2 working days, and %3 before the promised completion)</source>
        <translation>最迟%1（不超过%2个工作日，且在承诺办结前%3个工作日）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: complete and press Enter (Esc: back)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：填写后按回车确认（Esc 返回）</translation>
    </message>
    <message>
        <source>Some entries about the applicant need correcting: see the fields marked in red. Nothing was saved.</source>
        <translation>申请人信息有需要更正之处，请查看标红的栏目。未保存任何内容。</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>已打印在%1上。</translation>
    </message>
    <message>
        <source>Not printed: %1 It is saved and can be printed again.</source>
        <translation>未打印：%1 文书已保存，可随时补打。</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
</context>
<context>
    <name>civicdesk::KioskWindow</name>
    <message>
        <source>CivicDesk ticket dispenser</source>
        <translation>CivicDesk 取号机</translation>
    </message>
    <message>
        <source>Please choose your service</source>
        <translation>请选择您要办理的业务</translation>
    </message>
    <message>
        <source>Priority service: tap what applies to you first.</source>
        <translation>优先办理：如符合条件，请先点选相应类别。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>no window open at the moment</source>
        <translation>暂无窗口办理</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人等候</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ahead of you</source>
        <translation>
            <numerusform>您前面有 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>estimated wait about %n min</source>
        <translation>
            <numerusform>预计等候约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Please take your ticket and watch the display board.</source>
        <translation>请取走号票，留意叫号屏。</translation>
    </message>
</context>
<context>
    <name>civicdesk::LoginDialog</name>
    <message>
        <source>Sign in to CivicDesk</source>
        <translation>登录 CivicDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CivicDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;CivicDesk 政务服务窗口系统&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Demonstration database. Accounts: admin, supervisor, clerk1 … clerk6, approver.ga, approver.sj …; password "%1".</source>
        <translation>演示数据库。账户：admin、supervisor、clerk1 … clerk6、approver.ga、approver.sj …；密码“%1”。</translation>
    </message>
    <message>
        <source>Enter your login name.</source>
        <translation>请输入登录名。</translation>
    </message>
</context>
<context>
    <name>civicdesk::MainWindow</name>
    <message>
        <source>%1 database: %2</source>
        <translation>%1 数据库：%2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Storage settings…</source>
        <translation>存储设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CivicDesk</source>
        <translation>关于 CivicDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>窗口受理</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件查询</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批办理</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>电子监察</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>CivicDesk</source>
        <translation>CivicDesk 政务服务窗口系统</translation>
    </message>
    <message>
        <source>[demo data]</source>
        <translation>[演示数据]</translation>
    </message>
    <message>
        <source>Storage settings</source>
        <translation>存储设置</translation>
    </message>
    <message>
        <source>The new storage settings are saved and take effect when CivicDesk starts again. Restart now?</source>
        <translation>新的存储设置已保存，将在 CivicDesk 重新启动后生效。现在重启吗？</translation>
    </message>
    <message>
        <source>About CivicDesk</source>
        <translation>关于 CivicDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;Window service, one-stop approval and queue management for administrative service centers.&lt;/p&gt;&lt;p&gt;Database: %2 (schema version %3)&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;面向政务服务中心的窗口受理、一站式审批与排队叫号系统。&lt;/p&gt;&lt;p&gt;数据库：%2（结构版本 %3）&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Service catalog</source>
        <translation>事项目录</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) without a one-time notice within 5 working days now count as accepted: %1</source>
        <translation>
            <numerusform>%n件申请在5个工作日内未一次性告知，现依法视为受理：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::MaterialChecklist</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>核查结果</translation>
    </message>
    <message>
        <source>Note (what is wrong or wanted)</source>
        <translation>备注（存在问题或补正要求）</translation>
    </message>
    <message>
        <source>R or Space: received · M: missing · D: defective (then say what is wrong) · L: to follow later (容缺) · Enter: edit the note</source>
        <translation>R 或空格：已收 · M：缺少 · D：不符合要求（再填写问题） · L：容缺后补 · 回车：编辑备注</translation>
    </message>
    <message>
        <source>&lt;b&gt;R&lt;/b&gt; received · &lt;b&gt;M&lt;/b&gt; missing · &lt;b&gt;D&lt;/b&gt; defective · &lt;b&gt;L&lt;/b&gt; later (容缺) · &lt;b&gt;Enter&lt;/b&gt; note</source>
        <translation>&lt;b&gt;R&lt;/b&gt; 已收 · &lt;b&gt;M&lt;/b&gt; 缺少 · &lt;b&gt;D&lt;/b&gt; 不符合要求 · &lt;b&gt;L&lt;/b&gt; 容缺后补 · &lt;b&gt;回车&lt;/b&gt; 备注</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>"%1" may not follow later: the catalog requires it before acceptance. Mark it missing instead.</source>
        <translation>“%1”不允许后补：事项目录要求受理前提交。请标为“缺少”。</translation>
    </message>
    <message>
        <source> (may follow)</source>
        <translation>（可容缺）</translation>
    </message>
</context>
<context>
    <name>civicdesk::MatterForm</name>
    <message>
        <source>&amp;General</source>
        <translation>基本信息(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>申请材料(&amp;M)</translation>
    </message>
    <message>
        <source>F&amp;ees</source>
        <translation>收费(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation>办理流程(&amp;W)</translation>
    </message>
    <message>
        <source>for example GA-005</source>
        <translation>例如 GA-005</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>decided on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>done on the spot (即办)</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>Several departments handle it together (joint handling, art. 26)</source>
        <translation>由多个部门联合办理（联合办理，《行政许可法》第二十六条）</translation>
    </message>
    <message>
        <source>the laws and regulations that set up the matter</source>
        <translation>设定该事项的法律法规</translation>
    </message>
    <message>
        <source>who may apply, and what must be true, as published</source>
        <translation>按公布内容填写申请人范围和须具备的条件</translation>
    </message>
    <message>
        <source>In use: offered at the windows</source>
        <translation>在用：窗口可受理</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>实施部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Statutory time limit:</source>
        <translation>法定时限(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Promised time limit:</source>
        <translation>承诺时限(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>设定依据(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;onditions:</source>
        <translation>受理条件(&amp;O)：</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>May follow (容缺)</source>
        <translation>容缺</translation>
    </message>
    <message>
        <source>What the clerk checks</source>
        <translation>审核标准</translation>
    </message>
    <message>
        <source>This matter needs no materials at all</source>
        <translation>该事项无需提交材料</translation>
    </message>
    <message>
        <source>&amp;Add material</source>
        <translation>添加材料(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Most matters are free. List a fee only together with the law or pricing document that allows it (Administrative Licensing Law art. 58 and 59).</source>
        <translation>大多数事项不收费。只有具备法律法规或收费文件依据时，才可列出收费项目（《行政许可法》第五十八条、第五十九条）。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>收费依据</translation>
    </message>
    <message>
        <source>&amp;Add fee</source>
        <translation>添加收费项目(&amp;A)</translation>
    </message>
    <message>
        <source>(choose a department)</source>
        <translation>（请选择部门）</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>civicdesk::MatterListModel</name>
    <message>
        <source>promised: %1</source>
        <translation>承诺：%1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>不收费</translation>
    </message>
    <message>
        <source>joint handling</source>
        <translation>联合办理</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>civicdesk::MatterPicker</name>
    <message>
        <source>Type a code, a name or a department, then Enter</source>
        <translation>输入编码、名称或部门，按回车确认</translation>
    </message>
    <message>
        <source>The catalog has no matters in use.</source>
        <translation>目录中没有在用的事项。</translation>
    </message>
    <message>
        <source>No matter matches "%1". Try part of the code, a word of the name, or the department.</source>
        <translation>没有与“%1”匹配的事项。请尝试输入部分编码、名称中的词语或部门。</translation>
    </message>
    <message>
        <source>%1 of %2 matters · Up/Down to move, Enter to choose</source>
        <translation>共 %2 项，显示 %1 项 · 上下键移动，回车选择</translation>
    </message>
</context>
<context>
    <name>civicdesk::PersonalDataEdit</name>
    <message>
        <source>%1 (on record; type to replace)</source>
        <translation>%1（已有记录；输入新号码即可替换）</translation>
    </message>
</context>
<context>
    <name>civicdesk::PrintService</name>
    <message>
        <source>The %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No printer for %1 is set up on this PC; choose one in the print dialog of the print preview.</source>
        <translation>本机尚未设置用于%1的打印机，请在打印预览的打印对话框中选择一台。</translation>
    </message>
    <message>
        <source>The printer "%1" is not known on this PC; it may have been removed or renamed.</source>
        <translation>本机找不到打印机“%1”，它可能已被删除或改名。</translation>
    </message>
    <message>
        <source>The printer "%1" reports a problem: it may be offline, out of paper or jammed.</source>
        <translation>打印机“%1”报告故障：可能已脱机、缺纸或卡纸。</translation>
    </message>
    <message>
        <source>The printer "%1" cannot be used.</source>
        <translation>打印机“%1”无法使用。</translation>
    </message>
    <message>
        <source>The printer "%1" did not take the document.</source>
        <translation>打印机“%1”未接收该文书。</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>%1 was not printed: %2</source>
        <translation>%1未能打印：%2</translation>
    </message>
    <message>
        <source>It is saved in CivicDesk and can be printed again at any time. Save it as a PDF now, to print elsewhere or hand over on a USB stick?</source>
        <translation>该文书已保存在 CivicDesk 中，可随时重新打印。是否现在另存为 PDF，以便在其他电脑打印或用U盘交给申请人？</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>将 %1 另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF failed</source>
        <translation>保存 PDF 失败</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Save this document as a PDF file</source>
        <translation>将本文书另存为 PDF 文件</translation>
    </message>
</context>
<context>
    <name>civicdesk::QueuePane</name>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>Display board…</source>
        <translation>叫号屏…</translation>
    </message>
    <message>
        <source>Current ticket</source>
        <translation>当前号</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>顺延</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>转移…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Case numbers handled, separated by commas</source>
        <translation>办理的办件编号，用逗号分隔</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>办件：</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>1 Very dissatisfied</source>
        <translation>1 非常不满意</translation>
    </message>
    <message>
        <source>2 Dissatisfied</source>
        <translation>2 不满意</translation>
    </message>
    <message>
        <source>3 Neutral</source>
        <translation>3 基本满意</translation>
    </message>
    <message>
        <source>4 Satisfied</source>
        <translation>4 满意</translation>
    </message>
    <message>
        <source>5 Very satisfied</source>
        <translation>5 非常满意</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口数</translation>
    </message>
    <message>
        <source>Est. wait</source>
        <translation>预计等候</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no window open</source>
        <translation>无窗口办理</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the window you serve at.</source>
        <translation>请选择您所在的窗口。</translation>
    </message>
    <message>
        <source>No ticket at this window. Call the next one.</source>
        <translation>本窗口当前无号。请叫下一号。</translation>
    </message>
    <message>
        <source>priority: %1</source>
        <translation>优先：%1</translation>
    </message>
    <message numerus="yes">
        <source>Called %n time(s)</source>
        <translation>
            <numerusform>已呼叫 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Being served since %1</source>
        <translation>%1 起办理中</translation>
    </message>
    <message numerus="yes">
        <source>issued %1, waited %n min</source>
        <translation>
            <numerusform>%1 取号，已等候 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Transferred here</source>
        <translation>由其他窗口转来</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>证件 %1</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>开启窗口</translation>
    </message>
    <message>
        <source>Nobody is waiting for this window.</source>
        <translation>本窗口暂无等候的号。</translation>
    </message>
    <message>
        <source>Called %1.</source>
        <translation>已呼叫 %1 号。</translation>
    </message>
    <message>
        <source>Called %1 again (call %2).</source>
        <translation>已重呼 %1 号（第 %2 次）。</translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>正在办理 %1 号。</translation>
    </message>
    <message>
        <source>Ask the applicant of %1 to rate the service, then press their answer.</source>
        <translation>请 %1 号办事群众对本次服务进行评价，并点选其评价。</translation>
    </message>
    <message>
        <source>%1 finished.</source>
        <translation>%1 号已办结。</translation>
    </message>
    <message>
        <source>%1 marked as a no-show.</source>
        <translation>%1 号已标记为过号。</translation>
    </message>
    <message>
        <source>%1 went back to the end of the queue.</source>
        <translation>%1 号已顺延至队尾。</translation>
    </message>
    <message>
        <source>%1 was transferred; it keeps its place by the time it was first issued.</source>
        <translation>%1 号已转移；按首次取号时间保留排队位置。</translation>
    </message>
    <message>
        <source>Rating %1 recorded. The supervisor will follow it up by %2.</source>
        <translation>已记录评价 %1。值班长将在 %2 前跟进整改。</translation>
    </message>
    <message>
        <source>Rating %1 recorded. Thank you.</source>
        <translation>已记录评价 %1。谢谢。</translation>
    </message>
    <message>
        <source>The window is closed; no tickets are called to it.</source>
        <translation>窗口已暂停服务；不会向本窗口叫号。</translation>
    </message>
    <message>
        <source>The window is open.</source>
        <translation>窗口已开启。</translation>
    </message>
</context>
<context>
    <name>civicdesk::ReportTableModel</name>
    <message>
        <source>Double-click to list what this figure counts.</source>
        <translation>双击查看该指标统计的明细。</translation>
    </message>
</context>
<context>
    <name>civicdesk::ReportsPane</name>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Range of dates</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>生成报表(&amp;M)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>实施部门(&amp;D)：</translation>
    </message>
    <message>
        <source>M&amp;atter:</source>
        <translation>事项(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>工作人员(&amp;S)：</translation>
    </message>
    <message>
        <source>Choose the period and make the report.</source>
        <translation>请选择期间并生成报表。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>另存为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>另存为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>The report was cancelled. The figures shown (if any) are those of the report before.</source>
        <translation>报表已取消。当前显示的数据（如有）为上一份报表的数据。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The last day is before the first; the report was not made. Choose the dates again.</source>
        <translation>截止日早于起始日，报表未生成。请重新选择日期。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Made %1. Double-click a figure in blue to see what it counts.</source>
        <translation>生成于 %1。双击蓝色数字可查看明细。</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>逐日统计</translation>
    </message>
    <message>
        <source>Make the report first; then save it.</source>
        <translation>请先生成报表，再保存。</translation>
    </message>
    <message>
        <source>A report is saved as .pdf, .csv or .xlsx.</source>
        <translation>报表可保存为 .pdf、.csv 或 .xlsx。</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>civicdesk::RosterEditor</name>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>复制上周排班</translation>
    </message>
    <message>
        <source>Seat in the selected cells:</source>
        <translation>安排到所选单元格：</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>%1 至 %2 周</translation>
    </message>
    <message>
        <source>AM</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>PM</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 arrivals an hour, %2 min per service: %3 windows advised, %4 rostered.</source>
        <translation>每小时到达 %1 人，每人办理 %2 分钟：建议 %3 个窗口，已排 %4 个。</translation>
    </message>
    <message>
        <source>The queue would grow all hour.</source>
        <translation>这一小时排队会不断增长。</translation>
    </message>
    <message>
        <source>Expected mean wait: %1 min.</source>
        <translation>预计平均等候：%1 分钟。</translation>
    </message>
    <message>
        <source>Staffing advice: windows needed / windows rostered per hour, so that the mean wait stays under %1 minutes (from the arrivals of the last 4 weeks). </source>
        <translation>窗口配置建议：每小时所需窗口数 / 已排窗口数，使平均等候不超过 %1 分钟（依据近 4 周的到达情况）。</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of this week have fewer windows than advised.</source>
        <translation>
            <numerusform>本周有 %n 个小时的窗口数少于建议数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every hour has enough windows.</source>
        <translation>各时段窗口数均已足够。</translation>
    </message>
    <message>
        <source>Select one or more cells of the roster first.</source>
        <translation>请先在排班表中选择一个或多个单元格。</translation>
    </message>
    <message numerus="yes">
        <source>%1 seated in %n shift(s).</source>
        <translation>
            <numerusform>已为 %1 安排 %n 个班次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n seat(s) from last week; the seats this week had before were replaced.</source>
        <translation>
            <numerusform>已从上周复制 %n 个排班；本周原有排班已被替换。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>civicdesk::StaffAdminWidget</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>重置密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Added. Temporary password: %1 — the new colleague changes it at the first sign-in.</source>
        <translation>已添加。临时密码：%1 —— 新同事首次登录时须修改。</translation>
    </message>
    <message>
        <source>Select a staff member first.</source>
        <translation>请先选择一名人员。</translation>
    </message>
    <message>
        <source>The roles of %1 were changed.</source>
        <translation>%1 的角色已修改。</translation>
    </message>
    <message>
        <source>The password of %1 is now %2; it must be changed at the next sign-in.</source>
        <translation>%1 的密码现为 %2，下次登录时须修改。</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 已启用。</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
</context>
<context>
    <name>civicdesk::StaffDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>(the center itself)</source>
        <translation>（中心本级）</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
</context>
<context>
    <name>civicdesk::StepDecisionDialog</name>
    <message>
        <source>Approve step</source>
        <translation>同意本环节</translation>
    </message>
    <message>
        <source>Return to an earlier stage</source>
        <translation>退回前一阶段</translation>
    </message>
    <message>
        <source>Deny the application</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Approve %1.</source>
        <translation>同意“%1”。</translation>
    </message>
    <message>
        <source>This is the last deciding step: approving it approves the application, issues the decision (art. 38) and publishes it without personal data (art. 40).</source>
        <translation>这是最后一个决定环节：同意即准予许可，出具决定书（第三十八条），并在不含个人信息的情况下予以公开（第四十条）。</translation>
    </message>
    <message>
        <source>Approving it records that the certificate is made; it then waits to be handed over.</source>
        <translation>同意即登记证件已制作完成，随后等待送达。</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>审批意见：</translation>
    </message>
    <message>
        <source>empty: the matter's name</source>
        <translation>不填则为事项名称</translation>
    </message>
    <message>
        <source>What is granted:</source>
        <translation>许可内容：</translation>
    </message>
    <message>
        <source>empty when there is no certificate</source>
        <translation>无证件时不填</translation>
    </message>
    <message>
        <source>if already known</source>
        <translation>如已确定</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证件名称：</translation>
    </message>
    <message>
        <source>Certificate number:</source>
        <translation>证件编号：</translation>
    </message>
    <message>
        <source>The licence is valid for a limited time</source>
        <translation>许可有有效期限</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>有效期自：</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Send the case back from %1 to an earlier stage: its steps open again, with new due dates.</source>
        <translation>将办件从“%1”退回前一阶段：该阶段各环节重新办理，并重新计算到期日。</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>第 %1 阶段：%2</translation>
    </message>
    <message>
        <source>What the earlier stage must look at again</source>
        <translation>前一阶段需要重新审查的内容</translation>
    </message>
    <message>
        <source>Back to:</source>
        <translation>退回至：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Denying %1 denies the whole application. The decision states the reasons in writing and the applicant's right to apply for administrative reconsideration within 60 days or to sue within 6 months (art. 38).</source>
        <translation>在“%1”作出不予许可，即对整个申请不予许可。决定书将书面说明理由，并告知申请人可在 60 日内申请行政复议或在 6 个月内提起行政诉讼的权利（第三十八条）。</translation>
    </message>
    <message>
        <source>One reason per line: which condition or standard is not met</source>
        <translation>每行一条理由：不符合哪项条件或标准</translation>
    </message>
    <message>
        <source>empty: the matter's legal basis</source>
        <translation>不填则为事项的设定依据</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>不予许可</translation>
    </message>
</context>
<context>
    <name>civicdesk::StorageSettingsDialog</name>
    <message>
        <source>Storage settings</source>
        <translation>存储设置</translation>
    </message>
    <message>
        <source>&amp;Local: a database file on this PC</source>
        <translation>本地(&amp;L)：本机上的数据库文件</translation>
    </message>
    <message>
        <source>S&amp;hared: a database file on a LAN share, for a few PCs</source>
        <translation>共享(&amp;H)：局域网共享目录中的数据库文件，供几台电脑共用</translation>
    </message>
    <message>
        <source>Se&amp;rver: PostgreSQL, for a whole center</source>
        <translation>服务器(&amp;R)：PostgreSQL，供整个中心使用</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>for example //server/civicdesk/center.sqlite</source>
        <translation>例如 //server/civicdesk/center.sqlite</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test the connection before saving.</source>
        <translation>保存前请先测试连接。</translation>
    </message>
    <message>
        <source>Where the data is kept</source>
        <translation>数据存放位置</translation>
    </message>
    <message>
        <source>Choose a database file first.</source>
        <translation>请先选择数据库文件。</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>CivicDesk database (*.sqlite)</source>
        <translation>CivicDesk 数据库 (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>civicdesk::SupervisionCaseModel</name>
    <message>
        <source>to hand over</source>
        <translation>待送达</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>制证 %1</translation>
    </message>
    <message>
        <source>suspended for %1 since %2, expected back %3</source>
        <translation>自 %2 起因%1中止，预计 %3 恢复</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · %2 到期</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%n 个环节超期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>extended by %n working day(s)</source>
        <translation>
            <numerusform>已延长 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>extension requested</source>
        <translation>已申请延期</translation>
    </message>
    <message>
        <source>The calendar lacks a year a due date falls in: the dates are estimates.</source>
        <translation>日历缺少到期日所在年份：日期为估算值。</translation>
    </message>
    <message>
        <source>The case is suspended: its clock stands still.</source>
        <translation>办件已中止：期限暂停计算。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>灯色</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Waiting at</source>
        <translation>当前办理部门</translation>
    </message>
    <message>
        <source>Promised (working days)</source>
        <translation>承诺时限（工作日）</translation>
    </message>
    <message>
        <source>Statutory limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>办理情况</translation>
    </message>
</context>
<context>
    <name>civicdesk::SupervisionView</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <source>Past statutory</source>
        <translation>超法定时限</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>To hand over</source>
        <translation>待送达</translation>
    </message>
    <message>
        <source>Steps waiting</source>
        <translation>待办环节</translation>
    </message>
    <message>
        <source>Steps overdue</source>
        <translation>超期环节</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人员</translation>
    </message>
    <message>
        <source>Statutory limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>Extension requests</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <source>Near or past their limits</source>
        <translation>临期或超期</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>全部在办件</translation>
    </message>
    <message>
        <source>Red: overdue</source>
        <translation>红灯：超期</translation>
    </message>
    <message>
        <source>Past the statutory limit</source>
        <translation>超过法定时限</translation>
    </message>
    <message>
        <source>Yellow: near the limit</source>
        <translation>黄灯：临期</translation>
    </message>
    <message>
        <source>Waiting to be handed over</source>
        <translation>待送达</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time used in each step</source>
        <translation>各环节用时</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Every department</source>
        <translation>所有部门</translation>
    </message>
    <message numerus="yes">
        <source>Yellow when at most %n working day(s) or %1 % of a limit are left; red when overdue. Updated %2, and again as soon as anything changes.</source>
        <translation>
            <numerusform>剩余不超过 %n 个工作日或时限的 %1% 时亮黄灯；超期亮红灯。%2 更新，数据有变化时自动刷新。</numerusform>
        </translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>在办件</translation>
    </message>
    <message>
        <source>red: overdue</source>
        <translation>红灯：超期</translation>
    </message>
    <message>
        <source>past the statutory limit</source>
        <translation>超过法定时限</translation>
    </message>
    <message>
        <source>yellow: near the limit</source>
        <translation>黄灯：临期</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>to hand over</source>
        <translation>待送达</translation>
    </message>
    <message>
        <source>The whole center</source>
        <translation>全中心</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Extension requests (%1)</source>
        <translation>延期申请（%1）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>set back</source>
        <translation>已重置</translation>
    </message>
</context>
<context>
    <name>civicdesk::SuspendDialog</name>
    <message>
        <source>Suspend the case</source>
        <translation>中止办理</translation>
    </message>
    <message>
        <source>While a hearing, testing, quarantine, appraisal, expert review, tender or auction runs, its time does not count towards the limit (art. 45). The applicant gets a written notice.</source>
        <translation>听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审所需时间不计算在期限内（第四十五条）。将书面告知申请人。</translation>
    </message>
    <message>
        <source>Why the procedure is needed</source>
        <translation>需要进行该程序的原因</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>程序：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Expected length:</source>
        <translation>预计所需时间：</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>civicdesk::TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>转移 %1 号</translation>
    </message>
    <message>
        <source>The applicant keeps the ticket %1 and their place in the queue.</source>
        <translation>办事群众保留 %1 号及其排队位置。</translation>
    </message>
    <message>
        <source>(same category)</source>
        <translation>（同一类别）</translation>
    </message>
    <message>
        <source>To category:</source>
        <translation>转往类别：</translation>
    </message>
    <message>
        <source>(any window)</source>
        <translation>（任意窗口）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>To window:</source>
        <translation>转往窗口：</translation>
    </message>
    <message>
        <source>(anyone)</source>
        <translation>（任何人）</translation>
    </message>
    <message>
        <source>To colleague:</source>
        <translation>转给同事：</translation>
    </message>
    <message>
        <source>What the colleague should know</source>
        <translation>需要告知同事的情况</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
</context>
<context>
    <name>civicdesk::WithdrawDialog</name>
    <message>
        <source>Withdraw the application</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>The applicant withdraws the application in writing; the case ends here.</source>
        <translation>申请人书面申请撤回，办件至此终结。</translation>
    </message>
    <message>
        <source>What the applicant wrote</source>
        <translation>申请人的书面申请内容</translation>
    </message>
    <message>
        <source>Applicant's request:</source>
        <translation>申请人申请：</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
</context>
<context>
    <name>civicdesk::WorkflowEditor</name>
    <message>
        <source>Stage / step</source>
        <translation>环节 / 步骤</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Add &amp;stage</source>
        <translation>添加环节(&amp;S)</translation>
    </message>
    <message>
        <source>Add step side &amp;by side</source>
        <translation>添加并联步骤(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Adds a step to the chosen stage that runs at the same time as its other steps: joint approval by several departments.</source>
        <translation>在所选环节中添加一个与其他步骤同时办理的步骤：多部门联合审批。</translation>
    </message>
    <message>
        <source>Choose a stage or a step in the list, or add a stage.</source>
        <translation>请在列表中选择环节或步骤，或添加环节。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Lead department:</source>
        <translation>牵头部门(&amp;L)：</translation>
    </message>
    <message>
        <source>The steps of one stage run side by side. The lead department coordinates them and hands the case on when all are done.</source>
        <translation>同一环节的各步骤并联办理，由牵头部门协调，全部办完后转入下一环节。</translation>
    </message>
    <message>
        <source>as the stage</source>
        <translation>同环节名称</translation>
    </message>
    <message>
        <source>no limit of its own</source>
        <translation>不单独设时限</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>实施部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>时限(&amp;T)：</translation>
    </message>
    <message>
        <source>(choose a department)</source>
        <translation>（请选择部门）</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <source>%1 side by side, lead: %2</source>
        <translation>%1 个并联，牵头：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>(no step)</source>
        <translation>（无步骤）</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>(only for steps side by side)</source>
        <translation>（仅并联步骤需要）</translation>
    </message>
    <message>
        <source>(choose the lead department)</source>
        <translation>（请选择牵头部门）</translation>
    </message>
</context>
</TS>
