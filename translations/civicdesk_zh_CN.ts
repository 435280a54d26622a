<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <message numerus="yes">
        <source>The matter is marked as needing no materials, but lists %n; remove them or take the mark away.</source>
        <translation>
            <numerusform>事项已标记为无需材料，但列出了 %n 项材料；请删除这些材料或取消该标记。</numerusform>
        </translation>
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
        <translation><numerusform>未保存：有 %n 个问题，已在相应字段旁标出。您填写的内容均已保留。</numerusform></translation>
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
        <source>Call the next ticket, recall, transfer and finish service at this window.</source>
        <translation>在本窗口叫号、重呼、转移并办结服务。</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>窗口受理</translation>
    </message>
    <message>
        <source>Take in an application: pick the matter, check the materials and decide on the spot.</source>
        <translation>受理申请：选择事项、核验材料，当场作出决定。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件查询</translation>
    </message>
    <message>
        <source>Find a case by number, applicant or date.</source>
        <translation>按办件编号、申请人或日期查找办件。</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批办理</translation>
    </message>
    <message>
        <source>The approval steps waiting for your department.</source>
        <translation>等待本部门办理的审批环节。</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>电子监察</translation>
    </message>
    <message>
        <source>Cases near or past their time limits, ratings and complaints.</source>
        <translation>临近或超过办理时限的办件、好差评与投诉。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Daily and monthly figures of the center.</source>
        <translation>中心的日报与月报数据。</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Service catalog, windows, staff, holidays and settings.</source>
        <translation>事项目录、窗口、人员、节假日与系统设置。</translation>
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
