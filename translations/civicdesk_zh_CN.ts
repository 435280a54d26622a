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
        <source>Name the case or ticket: civicdesk documents ID</source>
        <translation>请指定办件或排队号：civicdesk documents ID</translation>
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
        <source>No documents were issued about %1.</source>
        <translation>未就 %1 出具过文书。</translation>
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
    <message>
        <source>The built-in catalog is missing from the program.</source>
        <translation>程序中缺少内置的事项目录。</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n 个部门</numerusform>
        </translation>
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
    <message>
        <source>The document %1 is of a kind this CivicDesk does not know (%2): a newer CivicDesk issued it. Install the newer CivicDesk on this PC to print it.</source>
        <translation>文书 %1 的类型（%2）无法识别，它由更新版本的 CivicDesk 出具。请在本机安装新版 CivicDesk 后再打印。</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
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
        <source>A %1 has no layout for %2.</source>
        <translation>%1没有适用于%2的版式。</translation>
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
    <name>QrCode</name>
    <message>
        <source>The QR code for "%1" could not be made; the text is too long for one.</source>
        <translation>无法为“%1”生成二维码：内容过长。</translation>
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
    <name>civicdesk::PrintService</name>
    <message>
        <source>The %1 %2</source>
        <translation>%1 %2</translation>
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
    <message>
        <source>No printer for %1 is set up on this PC; choose one in the print dialog of the print preview.</source>
        <translation>本机尚未设置用于%1的打印机，请在打印预览的打印对话框中选择一台。</translation>
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
</TS>
