<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Assign</name>
    <message>
        <location filename="../../app/ui/dialogs/assign.py" line="23"/>
        <source>Verifier (as enrolled)</source>
        <translation>核查员（按注册时的姓名）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign.py" line="24"/>
        <source>Client (Chinese)</source>
        <translation>受核查方（中文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign.py" line="25"/>
        <source>Client (English)</source>
        <translation>受核查方（英文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign.py" line="26"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign.py" line="27"/>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign.py" line="28"/>
        <source>Programme</source>
        <translation>核查方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign.py" line="29"/>
        <source>Period from (YYYY-MM-DD)</source>
        <translation>核查期起（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign.py" line="30"/>
        <source>Period to (YYYY-MM-DD)</source>
        <translation>核查期止（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign.py" line="31"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign.py" line="32"/>
        <source>Team, one a line: NAME:ROLE (lead, verifier, expert, trainee)</source>
        <translation>核查组，每行一人：姓名:角色（lead、verifier、expert、trainee）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/assign.py" line="55"/>
        <source>Assign an engagement to a verifier</source>
        <translation>向核查员派发项目</translation>
    </message>
</context>
<context>
    <name>AupPage</name>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="27"/>
        <source>Engaging party</source>
        <translation>委托方</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="28"/>
        <source>Purpose of the procedures</source>
        <translation>商定程序的目的</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="29"/>
        <source>Subject matter</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="30"/>
        <source>Users the report is restricted to (one per line)</source>
        <translation>报告限定的使用者（每行一个）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="31"/>
        <source>Procedures agreed on</source>
        <translation>程序商定日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="37"/>
        <location filename="../../app/ui/pages/aup_page.py" line="55"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="38"/>
        <source>Procedure as agreed</source>
        <translation>商定的程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="39"/>
        <location filename="../../app/ui/pages/aup_page.py" line="56"/>
        <source>Result</source>
        <translation>执行结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="40"/>
        <source>Factual finding (facts only: no opinion, no assurance)</source>
        <translation>事实发现（只写事实：不发表意见，不提供保证）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="41"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="42"/>
        <source>Performed on</source>
        <translation>执行日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="51"/>
        <source>Agreed-upon procedures</source>
        <translation>商定程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="55"/>
        <source>Procedure</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="58"/>
        <source>Add procedure</source>
        <translation>添加程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="58"/>
        <source>Remove procedure</source>
        <translation>删除程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="58"/>
        <source>Edit procedure</source>
        <translation>编辑程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="63"/>
        <source>Report of factual findings (PDF)…</source>
        <translation>事实发现报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="67"/>
        <source>Terms of the engagement</source>
        <translation>业务约定条款</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="67"/>
        <source>Procedures and factual findings</source>
        <translation>程序与事实发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="88"/>
        <source>Ready for the report of factual findings.</source>
        <translation>可以出具事实发现报告。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="93"/>
        <source>New procedure</source>
        <translation>新程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="102"/>
        <source>Edit terms</source>
        <translation>编辑约定条款</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/aup_page.py" line="107"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../app/ui/widgets/backup_settings.py" line="13"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/backup_settings.py" line="17"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/backup_settings.py" line="25"/>
        <source>None: only the data folder&apos;s backups/</source>
        <translation>无：仅备份到数据文件夹的 backups/</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/backup_settings.py" line="26"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/backup_settings.py" line="33"/>
        <source>Back up after each</source>
        <translation>每隔多久备份一次</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/backup_settings.py" line="34"/>
        <source>Backups kept (besides one a day for a week)</source>
        <translation>保留的备份数（另保留一周内每天一份）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/backup_settings.py" line="35"/>
        <source>Also back up to (a USB stick)</source>
        <translation>同时备份到（如 U 盘）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/backup_settings.py" line="38"/>
        <source>Second backup folder</source>
        <translation>第二个备份文件夹</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../app/ui/actions/backups.py" line="116"/>
        <source>Backup not written: %1</source>
        <translation>备份未写入：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/backups.py" line="115"/>
        <source>Backed up: %1</source>
        <translation>已备份：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/backups.py" line="128"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/backups.py" line="129"/>
        <source>Verifield backups (*.sqlite);;All files (*)</source>
        <translation>Verifield 备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/backups.py" line="134"/>
        <source>Replace the data with the backup %1? The backup is checked first, and the current data is kept aside beside it; what was changed after the backup is then no longer shown.</source>
        <translation>用备份 %1 替换当前数据？恢复前会先检查该备份，当前数据另存在旁边；备份之后所做的改动将不再显示。</translation>
    </message>
</context>
<context>
    <name>BasicsStep</name>
    <message>
        <location filename="../../app/ui/dialogs/new_engagement.py" line="86"/>
        <source>Engagement</source>
        <translation>核查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_engagement.py" line="112"/>
        <source>Programme, period, level of assurance and materiality.</source>
        <translation>核查方案、核查期、保证等级和实质性阈值。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_engagement.py" line="113"/>
        <source>Programme and period (agreed-upon procedures give no opinion and no level of assurance).</source>
        <translation>方案与期间（商定程序不发表意见，也没有保证等级）。</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="26"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="26"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="27"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="27"/>
        <source>About</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="28"/>
        <location filename="../../app/ui/pages/cases_panel.py" line="53"/>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="29"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="29"/>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="30"/>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="31"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="35"/>
        <source>New appeal or complaint</source>
        <translation>新申诉或投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="44"/>
        <source>From whom</source>
        <translation>申诉/投诉人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="47"/>
        <source>What it is about</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="49"/>
        <source>Record the case</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="57"/>
        <source>Note on the step</source>
        <translation>本步骤备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="58"/>
        <source>Record the next step (today)</source>
        <translation>记录下一步（今天）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="76"/>
        <source>(not about an engagement)</source>
        <translation>（不涉及具体项目）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="82"/>
        <source>Records past their retention period (a disposal needs a recorded decision): %1</source>
        <translation>已过保存期的记录（处置须有记录在案的决定）：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases_panel.py" line="83"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="143"/>
        <source>Other criterion, e.g. the client&apos;s GHG manual</source>
        <translation>其他准则，如受核查方的温室气体管理手册</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="144"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="40"/>
        <location filename="../../app/ui/pages/checklists_page.py" line="79"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="41"/>
        <source>What was found</source>
        <translation>所见情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="42"/>
        <source>Interviewee</source>
        <translation>受访人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="43"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="44"/>
        <source>Checked at</source>
        <translation>核查时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="53"/>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="61"/>
        <location filename="../../app/ui/pages/checklists_page.py" line="214"/>
        <source>New checklist</source>
        <translation>新建检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="63"/>
        <source>Import template…</source>
        <translation>导入模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="64"/>
        <source>Export as template…</source>
        <translation>导出为模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="65"/>
        <source>Edit template…</source>
        <translation>编辑模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="67"/>
        <location filename="../../app/ui/pages/checklists_page.py" line="266"/>
        <source>Remove checklist</source>
        <translation>删除检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="70"/>
        <location filename="../../app/ui/pages/checklists_page.py" line="282"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="78"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="78"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="79"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="80"/>
        <source>Finding</source>
        <translation>核查发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="92"/>
        <source>Raise finding</source>
        <translation>提出核查发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="95"/>
        <source>Attach photo or file…</source>
        <translation>附加照片或文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="97"/>
        <source>Ctrl+Shift+A, or drop files on the page</source>
        <translation>Ctrl+Shift+A，或把文件拖到本页</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="110"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="208"/>
        <source>Checklist item %1</source>
        <translation>检查项 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="220"/>
        <source>Raise finding from item %1</source>
        <translation>由检查项 %1 提出发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="226"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.xlsx *.docx);;All files (*)</source>
        <translation>照片和文件 (*.jpg *.jpeg *.png *.heic *.pdf *.xlsx *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="229"/>
        <source>Attach to item %1</source>
        <translation>附加到检查项 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="239"/>
        <location filename="../../app/ui/pages/checklists_page.py" line="303"/>
        <source>Checklist template (*.json)</source>
        <translation>检查表模板 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="273"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="273"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="274"/>
        <source>Items, one per line: number | 中文 | English | clause | method (查/问/看/验)</source>
        <translation>检查项，每行一项：序号 | 中文 | English | 条款 | 方法（查/问/看/验）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="291"/>
        <source>Edit template</source>
        <translation>编辑模板</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../app/ui/pages/client_page.py" line="15"/>
        <source>Client</source>
        <translation>受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/client_page.py" line="18"/>
        <source>Changes here apply to every engagement of this client.</source>
        <translation>此处的修改将应用于该受核查方的所有核查项目。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/client_page.py" line="31"/>
        <source>Edit client</source>
        <translation>编辑受核查方</translation>
    </message>
</context>
<context>
    <name>ClientStep</name>
    <message>
        <location filename="../../app/ui/dialogs/new_engagement.py" line="40"/>
        <source>Client</source>
        <translation>受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_engagement.py" line="41"/>
        <source>Who is being verified? Pick a client you have worked with, or enter a new one.</source>
        <translation>核查对象是谁？请选择已合作过的受核查方，或录入新的受核查方。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_engagement.py" line="43"/>
        <source>Existing client</source>
        <translation>已有受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_engagement.py" line="45"/>
        <source>New client</source>
        <translation>新受核查方</translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="34"/>
        <source>Application received on</source>
        <translation>收到申请日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="41"/>
        <source>The body is competent (accreditation, scope, people)</source>
        <translation>本机构具备实施能力（认可、范围、人员）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="42"/>
        <source>Competence: how it was judged</source>
        <translation>能力评审说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="43"/>
        <source>Impartiality reviewed, no unmanaged threat</source>
        <translation>已完成公正性评审，无未受控的威胁</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="44"/>
        <source>Impartiality: threats and how they are handled</source>
        <translation>公正性：识别的威胁及其处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="45"/>
        <source>Man-days agreed in the contract</source>
        <translation>合同约定人天</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="52"/>
        <source>Approved by (technical lead)</source>
        <translation>批准人（技术负责人）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="53"/>
        <source>Decision</source>
        <translation>评审结论</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="54"/>
        <source>Reasons for accepting or refusing</source>
        <translation>受理或不受理的理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="55"/>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="61"/>
        <location filename="../../app/ui/pages/contract_page.py" line="87"/>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="62"/>
        <location filename="../../app/ui/pages/contract_page.py" line="87"/>
        <source>Asked for on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="63"/>
        <source>The change</source>
        <translation>变更内容说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="64"/>
        <source>Man-days added (negative: removed)</source>
        <translation>增加人天（负数为减少）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="65"/>
        <source>Review of the change</source>
        <translation>变更评审结论</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="66"/>
        <source>Reviewed by (technical lead)</source>
        <translation>评审人（技术负责人）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="67"/>
        <source>Reviewed on</source>
        <translation>评审日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="68"/>
        <source>Conclusion: is further review needed, may it continue</source>
        <translation>评审意见：是否需要补充评审，能否继续核查</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="75"/>
        <source>Contract review</source>
        <translation>合同评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="88"/>
        <source>Man-days</source>
        <translation>人天</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="89"/>
        <source>Review</source>
        <translation>评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="91"/>
        <source>New contract change</source>
        <translation>新的合同变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="92"/>
        <source>Add contract change</source>
        <translation>添加合同变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="92"/>
        <source>Remove contract change</source>
        <translation>删除合同变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="92"/>
        <source>Edit contract change</source>
        <translation>编辑合同变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="95"/>
        <source>Application (CICC-ZY/GZ-21 §8.2)</source>
        <translation>核查申请（CICC-ZY/GZ-21 第 8.2 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="97"/>
        <source>Contract review (§8.3.1)</source>
        <translation>合同评审（第 8.3.1 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="99"/>
        <source>Decision of the technical lead (§8.3.3)</source>
        <translation>技术负责人的决定（第 8.3.3 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="102"/>
        <source>Contract changes (§8.3.3)</source>
        <translation>合同变更（第 8.3.3 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="145"/>
        <source>Accepted by the technical lead. Man-days of the contract: %1.</source>
        <translation>技术负责人已批准受理。合同人天：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="156"/>
        <source>Edit contract review</source>
        <translation>编辑合同评审</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="126"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="129"/>
        <source>Reject</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="133"/>
        <source>Reasons (required for a rejection)</source>
        <translation>理由（不予批准时必填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="138"/>
        <source>Record the decision</source>
        <translation>记录认证决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="147"/>
        <source>Decision-maker (not on the team, not the reviewer)</source>
        <translation>认证决定人（非核查组成员、非技术评审人）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="154"/>
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="177"/>
        <source>Certificate %1, valid until %2</source>
        <translation>证书 %1，有效期至 %2</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="26"/>
        <location filename="../../app/ui/pages/documents_page.py" line="53"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="27"/>
        <location filename="../../app/ui/pages/documents_page.py" line="53"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="28"/>
        <location filename="../../app/ui/pages/documents_page.py" line="54"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="29"/>
        <location filename="../../app/ui/pages/documents_page.py" line="54"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="30"/>
        <source>Review result</source>
        <translation>审定结论</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="31"/>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="37"/>
        <location filename="../../app/ui/pages/documents_page.py" line="71"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="38"/>
        <location filename="../../app/ui/pages/documents_page.py" line="71"/>
        <source>Verifier</source>
        <translation>核查员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="39"/>
        <location filename="../../app/ui/pages/documents_page.py" line="72"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="40"/>
        <location filename="../../app/ui/pages/documents_page.py" line="72"/>
        <source>Days</source>
        <translation>人天</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="41"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="50"/>
        <source>Document review</source>
        <translation>文件审定</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="55"/>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="56"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="56"/>
        <source>Finding</source>
        <translation>核查发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="58"/>
        <source>New document</source>
        <translation>新文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="59"/>
        <source>Add document</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="59"/>
        <source>Remove document</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="59"/>
        <source>Edit document</source>
        <translation>修改文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="62"/>
        <source>Raise finding for an insufficient document</source>
        <translation>对信息不足的文件提出核查发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="64"/>
        <source>Stop the review…</source>
        <translation>停止审定…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="66"/>
        <source>CICC-ZY/GZ-21 §9.3: when the client&apos;s information is insufficient, the review stops</source>
        <translation>CICC-ZY/GZ-21 第 9.3 条：受核查方提供的信息不足时，应停止审定</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="145"/>
        <source>Document review stopped (CICC-ZY/GZ-21 §9.3): “%1” is insufficient: %2</source>
        <translation>文件审定终止（CICC-ZY/GZ-21 第 9.3 条）：“%1”信息不足：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="67"/>
        <source>Attach the file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="75"/>
        <source>Log time</source>
        <translation>记录工时</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="75"/>
        <source>Remove time entry</source>
        <translation>删除工时记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="75"/>
        <source>Edit time entry</source>
        <translation>修改工时记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="89"/>
        <source>Documents received</source>
        <translation>收到的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="92"/>
        <source>Time per stage</source>
        <translation>各阶段工时</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="107"/>
        <source>Logged: document review %1 d, site %2 d, report %3 d</source>
        <translation>已记录：文件审定 %1 人天，现场 %2 人天，报告 %3 人天</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="111"/>
        <source>document review is %1 of the man-days (limit 20 %)</source>
        <translation>文件审定占总人天的 %1（上限 20%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="131"/>
        <source>Document “%1” (%2) is insufficient: %3</source>
        <translation>文件“%1”（%2）信息不足：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="136"/>
        <source>Raise finding</source>
        <translation>提出核查发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="146"/>
        <location filename="../../app/ui/pages/documents_page.py" line="147"/>
        <source>Stop the review</source>
        <translation>停止审定</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="146"/>
        <source>The engagement will be terminated with this reason:</source>
        <translation>项目将以下列理由终止：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="154"/>
        <source>Documents (*.pdf *.xlsx *.xls *.docx *.doc *.jpg *.png);;All files (*)</source>
        <translation>文件 (*.pdf *.xlsx *.xls *.docx *.doc *.jpg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents_page.py" line="157"/>
        <source>Attach the file of “%1”</source>
        <translation>附加“%1”的文件</translation>
    </message>
</context>
<context>
    <name>EngagementListModel</name>
    <message>
        <location filename="../../app/ui/models/tables.py" line="52"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tables.py" line="53"/>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tables.py" line="54"/>
        <source>Client</source>
        <translation>受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tables.py" line="55"/>
        <source>Programme</source>
        <translation>核查方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tables.py" line="56"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tables.py" line="57"/>
        <source>Period</source>
        <translation>核查期</translation>
    </message>
</context>
<context>
    <name>EngagementListPage</name>
    <message>
        <location filename="../../app/ui/pages/engagement_list.py" line="45"/>
        <source>Search code, title or client…</source>
        <translation>搜索编号、项目名称或受核查方…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/engagement_list.py" line="47"/>
        <source>All clients</source>
        <translation>全部受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/engagement_list.py" line="48"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/engagement_list.py" line="49"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/engagement_list.py" line="50"/>
        <source>All programmes</source>
        <translation>全部核查方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/engagement_list.py" line="51"/>
        <source>New engagement…</source>
        <translation>新建核查项目…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/engagement_list.py" line="53"/>
        <source>Delete demo…</source>
        <translation>删除演示项目…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/engagement_list.py" line="55"/>
        <source>Only the demo engagement can be deleted; a real engagement can only be terminated.</source>
        <translation>只有演示项目可以删除；正式核查项目只能终止。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/engagement_list.py" line="90"/>
        <source>No engagements yet. Start a new one, or open the demo engagement to look around.</source>
        <translation>暂无核查项目。可新建项目，或打开演示项目先熟悉一下。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/engagement_list.py" line="92"/>
        <source>Open the demo engagement</source>
        <translation>打开演示项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/engagement_list.py" line="129"/>
        <source>Delete demo</source>
        <translation>删除演示项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/engagement_list.py" line="130"/>
        <source>Delete the demo engagement %1 and everything recorded in it? This cannot be undone.</source>
        <translation>删除演示项目 %1 及其中记录的全部内容？此操作不能撤销。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/dialogs/error.py" line="50"/>
        <source>Something unexpected went wrong, and what you were doing was not finished. Everything stored before it is kept, and Verifield goes on running: check the last step, and do it again if it is missing.</source>
        <translation>发生了意外错误，您刚才的操作没有完成。此前已保存的内容都还在，Verifield 继续运行：请检查最后一步，如缺失请重做。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/error.py" line="54"/>
        <source>For support: %1. The log holds ids only, no client names, figures or file contents.</source>
        <translation>供技术支持参考：%1。日志只记录编号，不含客户名称、数据或文件内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/error.py" line="56"/>
        <source>Copy log</source>
        <translation>复制日志</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="45"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="55"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="57"/>
        <source>Ctrl+Shift+A, or drop files on the page</source>
        <translation>Ctrl+Shift+A，或把文件拖到本页</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="58"/>
        <source>Check integrity</source>
        <translation>检查完整性</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="60"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="62"/>
        <source>Link to…</source>
        <translation>关联到…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="64"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="68"/>
        <source>Caption of the selected file (Enter to keep)</source>
        <translation>所选文件的说明（回车保存）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="78"/>
        <source>No photos or files yet.
Drop them here, or click “Add files…” (Ctrl+Shift+A).</source>
        <translation>还没有照片或文件。
把文件拖到这里，或点击“添加文件…”（Ctrl+Shift+A）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="125"/>
        <source>%1 files, %2 MB</source>
        <translation>%1 个文件，%2 MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="125"/>
        <source>%1 file, %2 MB</source>
        <translation>%1 个文件，%2 MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="140"/>
        <source>not linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="141"/>
        <source>taken</source>
        <translation>拍摄于</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="148"/>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="176"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.xlsx *.docx);;All files (*)</source>
        <translation>照片和文件 (*.jpg *.jpeg *.png *.heic *.pdf *.xlsx *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="196"/>
        <source>Add %1 file</source>
        <translation>添加 %1 个文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="202"/>
        <source>Adding %1 files…</source>
        <translation>正在添加 %1 个文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="196"/>
        <source>Add %1 files</source>
        <translation>添加 %1 个文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="202"/>
        <source>Adding %1 file…</source>
        <translation>正在添加 %1 个文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="224"/>
        <source>Checking %1 files…</source>
        <translation>正在检查 %1 个文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="224"/>
        <source>Checking %1 file…</source>
        <translation>正在检查 %1 个文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="230"/>
        <source>Missing or changed on disk (restore them from a backup): %1</source>
        <translation>文件缺失或已被改动（请从备份恢复）：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="233"/>
        <source>Check cancelled after %1 of %2 files; none of those was damaged.</source>
        <translation>检查在第 %1/%2 个文件时取消；已检查的文件均未损坏。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="237"/>
        <source>All %1 files are intact.</source>
        <translation>全部 %1 个文件完好。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="237"/>
        <source>The file is intact.</source>
        <translation>该文件完好。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="286"/>
        <source>Link to</source>
        <translation>关联到</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="290"/>
        <source>Link evidence</source>
        <translation>关联证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="298"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>FactorField</name>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="174"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="175"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="176"/>
        <source>source of the value</source>
        <translation>数值来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="182"/>
        <source>Library…</source>
        <translation>因子库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="225"/>
        <source>Typed by the verifier: state its source.</source>
        <translation>核查员录入：请注明来源。</translation>
    </message>
</context>
<context>
    <name>FactorPicker</name>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="38"/>
        <source>no status given</source>
        <translation>未注明状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="46"/>
        <source>Factor library: %1</source>
        <translation>因子库：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="52"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="53"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="54"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="57"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="58"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="55"/>
        <source>Status</source>
        <translation>核对状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="56"/>
        <source>Priority (CICC-ZY/GZ-21 §6.2)</source>
        <translation>优先级（CICC-ZY/GZ-21 第 6.2 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="59"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="59"/>
        <source>own</source>
        <translation>自建</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="68"/>
        <source>Search name, source, year…</source>
        <translation>搜索名称、来源、年份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="73"/>
        <source>⚠ marks values not yet checked against their source document: confirm before relying on them.</source>
        <translation>⚠ 表示该数值尚未与原始文件核对，使用前请确认。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="75"/>
        <source>Add my own factor…</source>
        <translation>新增自建因子…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="28"/>
        <location filename="../../app/ui/widgets/field_specs.py" line="72"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="29"/>
        <location filename="../../app/ui/widgets/field_specs.py" line="73"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="30"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="31"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="32"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="33"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="34"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="39"/>
        <source>Engagement title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="40"/>
        <source>Programme</source>
        <translation>核查方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="41"/>
        <source>Reporting period from</source>
        <translation>核查期开始日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="42"/>
        <source>Reporting period to</source>
        <translation>核查期结束日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="43"/>
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="44"/>
        <source>Consolidation approach</source>
        <translation>合并方法（组织边界）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="45"/>
        <source>Level of assurance</source>
        <translation>保证等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="46"/>
        <source>Materiality threshold</source>
        <translation>实质性阈值</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="47"/>
        <source>Reason for the threshold</source>
        <translation>阈值设定理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="48"/>
        <source>needed when it is not the default 5 %</source>
        <translation>不采用默认的 5% 时须填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="49"/>
        <source>GWP values from</source>
        <translation>全球增温潜势（GWP）取值来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="54"/>
        <source>Sector scope / technical areas</source>
        <translation>行业/技术领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="55"/>
        <source>Criteria</source>
        <translation>核查准则</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="57"/>
        <source>Greenhouse gases</source>
        <translation>温室气体</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="58"/>
        <source>Objectives</source>
        <translation>核查目的</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="59"/>
        <source>Scope and boundaries</source>
        <translation>核查范围和边界</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="200"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="84"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="77"/>
        <location filename="../../app/ui/widgets/field_specs.py" line="85"/>
        <source>Qualifications</source>
        <translation>资质</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="75"/>
        <location filename="../../app/ui/widgets/field_specs.py" line="86"/>
        <source>Competent in</source>
        <translation>胜任技术领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="88"/>
        <source>Days on this engagement</source>
        <translation>本项目人天</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="89"/>
        <source>Impartiality declared</source>
        <translation>已作公正性声明</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="90"/>
        <source>Declared on</source>
        <translation>声明日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="91"/>
        <source>Conflicts of interest declared</source>
        <translation>已申报的利益冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="92"/>
        <source>none, or what was declared and how it is handled</source>
        <translation>填写“无”，或说明申报的内容及处理方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="97"/>
        <source>Site name</source>
        <translation>场所名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="98"/>
        <source>Site address</source>
        <translation>场所地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract_page.py" line="46"/>
        <location filename="../../app/ui/widgets/field_specs.py" line="102"/>
        <source> days</source>
        <translation> 人天</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="104"/>
        <source>GHG sources in the boundary</source>
        <translation>边界内温室气体排放源数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="105"/>
        <source>Document review</source>
        <translation>文件审定</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="106"/>
        <source>Site verification</source>
        <translation>现场核查</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="107"/>
        <source>Statement and report</source>
        <translation>核查声明和报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="108"/>
        <source>Justification</source>
        <translation>偏离理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="109"/>
        <source>required when the plan departs from Annex A</source>
        <translation>人天安排偏离附录 A 时须填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="116"/>
        <source>Technical reviewer</source>
        <translation>技术评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="117"/>
        <source>Decision-maker</source>
        <translation>认证决定人</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="119"/>
        <source>Decision date</source>
        <translation>认证决定日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="126"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="127"/>
        <source>Quantity produced</source>
        <translation>产量</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="128"/>
        <source>Production unit</source>
        <translation>产量单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="135"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="136"/>
        <source>Registry</source>
        <translation>登记系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="137"/>
        <source>First serial number</source>
        <translation>起始序列号</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="138"/>
        <source>Last serial number</source>
        <translation>终止序列号</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="139"/>
        <source>Vintage</source>
        <translation>年份（减排量产生年）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="140"/>
        <source>Quantity (tCO₂e)</source>
        <translation>数量（tCO₂e）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="165"/>
        <source>Reported by the client (tCO₂e)</source>
        <translation>客户报告量（tCO₂e）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="141"/>
        <source>Issued</source>
        <translation>已签发</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="65"/>
        <source>Site visit from</source>
        <translation>现场核查首日</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="66"/>
        <source>Site visit to</source>
        <translation>现场核查末日</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="67"/>
        <source>Statement date</source>
        <translation>核证声明日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="74"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="78"/>
        <source>Signing identity</source>
        <translation>签名身份</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="79"/>
        <source>identities/… .cer, or its SHA-256 fingerprint</source>
        <translation>identities/ 下的 .cer，或其 SHA-256 指纹</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="118"/>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="120"/>
        <source>Certificate issued on</source>
        <translation>证书签发日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="142"/>
        <source>Retired on</source>
        <translation>注销日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="143"/>
        <source>Retirement evidence</source>
        <translation>注销证明</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="144"/>
        <source>Retired on behalf of (beneficiary)</source>
        <translation>注销受益方（代表谁注销）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="145"/>
        <location filename="../../app/ui/widgets/field_specs.py" line="166"/>
        <location filename="../../app/ui/widgets/field_specs.py" line="179"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="152"/>
        <source>Source name</source>
        <translation>排放源名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="153"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="154"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="155"/>
        <source>Gas</source>
        <translation>气体</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="156"/>
        <source>Species</source>
        <translation>具体物质</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="157"/>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="158"/>
        <source>Emission unit</source>
        <translation>排放单元</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="159"/>
        <source>Equipment</source>
        <translation>排放设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="160"/>
        <source>Emission factor</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="161"/>
        <source>Net calorific value</source>
        <translation>低位发热量</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="162"/>
        <source>Carbon content per unit heat</source>
        <translation>单位热值含碳量</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="163"/>
        <source>Oxidation rate</source>
        <translation>碳氧化率</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="164"/>
        <source>Streams</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="169"/>
        <source>Emission source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="170"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="171"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="172"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="173"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="174"/>
        <source>Origin</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="175"/>
        <source>Opening stock</source>
        <translation>期初库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="176"/>
        <source>Closing stock</source>
        <translation>期末库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="177"/>
        <source>Stream</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="178"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="197"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="198"/>
        <source>Reason for termination</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="199"/>
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/field_specs.py" line="201"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="25"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="26"/>
        <source>Severity (nonconformity)</source>
        <translation>严重程度（不符合项）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="27"/>
        <source>Criterion</source>
        <translation>核查准则</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="28"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="29"/>
        <source>Source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="30"/>
        <source>Finding</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="31"/>
        <source>Objective evidence</source>
        <translation>客观证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="32"/>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="38"/>
        <source>Root cause</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="39"/>
        <source>Correction</source>
        <translation>纠正</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="40"/>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="41"/>
        <source>Evidence supplied</source>
        <translation>整改证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="42"/>
        <source>Answered by</source>
        <translation>答复人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="43"/>
        <source>Date answered</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="49"/>
        <source>Conservative estimate</source>
        <translation>保守估算</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="50"/>
        <source>Basis of the estimate</source>
        <translation>估算依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="63"/>
        <source>Findings proposed from the recalculation</source>
        <translation>按复核计算差异建议的发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="75"/>
        <source>Raise the ticked findings</source>
        <translation>提出勾选的发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="79"/>
        <source>Each source whose reported figure differs from the recalculation by more than the threshold:</source>
        <translation>报告值与复核计算值之差超过阈值的排放源：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="93"/>
        <source>Import the client&apos;s reply: %1</source>
        <translation>导入受核查方的答复：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="91"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="91"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="92"/>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/findings.py" line="109"/>
        <source>Import the client&apos;s reply</source>
        <translation>导入受核查方的答复</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="56"/>
        <source>Findings</source>
        <translation>核查发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="62"/>
        <source>Raise finding…</source>
        <translation>提出发现…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="64"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="65"/>
        <source>Propose from the recalculation…</source>
        <translation>按复核计算差异建议…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="68"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="71"/>
        <source>Findings form for the client (xlsx)…</source>
        <translation>给受核查方的整改单（xlsx）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="72"/>
        <source>Findings form for the client (PDF)…</source>
        <translation>给受核查方的整改单（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="73"/>
        <source>Import the client&apos;s reply…</source>
        <translation>导入受核查方的答复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="75"/>
        <source>Findings report (PDF)…</source>
        <translation>核查发现报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="388"/>
        <source>Difference threshold</source>
        <translation>差异阈值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="92"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="82"/>
        <source>A source whose difference from the recalculation is more than this per cent of its reported figure is proposed as a finding.</source>
        <translation>排放源的报告值与复核计算值之差超过其报告值的此百分比时，将被建议为核查发现。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="85"/>
        <source>Difference threshold (% of reported)</source>
        <translation>差异阈值（占报告值 %）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="95"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="96"/>
        <source>Unresolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="100"/>
        <source>Search findings</source>
        <translation>搜索核查发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="103"/>
        <location filename="../../app/ui/pages/findings_page.py" line="167"/>
        <location filename="../../app/ui/pages/findings_page.py" line="243"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="103"/>
        <location filename="../../app/ui/pages/findings_page.py" line="169"/>
        <location filename="../../app/ui/pages/findings_page.py" line="244"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="104"/>
        <location filename="../../app/ui/pages/findings_page.py" line="171"/>
        <location filename="../../app/ui/pages/findings_page.py" line="245"/>
        <source>Source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="128"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="128"/>
        <source>Record response…</source>
        <translation>记录答复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="128"/>
        <source>Accept and close…</source>
        <translation>验证通过并关闭…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="129"/>
        <source>Not accepted…</source>
        <translation>验证不通过…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="129"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="129"/>
        <source>Conservative estimate…</source>
        <translation>保守估算…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="130"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="167"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="168"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="169"/>
        <location filename="../../app/ui/pages/findings_page.py" line="246"/>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="170"/>
        <source>Answered</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="172"/>
        <location filename="../../app/ui/pages/findings_page.py" line="247"/>
        <source>Finding</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="186"/>
        <source>All sources</source>
        <translation>全部排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="198"/>
        <source>%1 findings · %2 block the final statement · %3 overdue</source>
        <translation>共 %1 项发现 · %2 项阻碍出具最终核证声明 · %3 项逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="244"/>
        <source>Requirement</source>
        <translation>依据条款</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="245"/>
        <source>Raised</source>
        <translation>提出</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="246"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="247"/>
        <source>Objective evidence</source>
        <translation>客观证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="248"/>
        <source>Verifier&apos;s comment</source>
        <translation>核查组意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="253"/>
        <source>Conservative estimate</source>
        <translation>保守估算</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="262"/>
        <source>History</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="280"/>
        <location filename="../../app/ui/pages/findings_page.py" line="282"/>
        <source>Raise finding</source>
        <translation>提出发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="299"/>
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="312"/>
        <source>Response to %1</source>
        <translation>%1 的答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="315"/>
        <source>Client&apos;s response to %1</source>
        <translation>受核查方对 %1 的答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="325"/>
        <source>Comment (optional):</source>
        <translation>意见（可选）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="325"/>
        <source>Why is the response not accepted?</source>
        <translation>验证不通过的理由？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="329"/>
        <source>Close %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="329"/>
        <source>Send back %1</source>
        <translation>退回 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="336"/>
        <source>Why is it reopened?</source>
        <translation>重新打开的理由？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="340"/>
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="350"/>
        <source>Estimate for %1</source>
        <translation>%1 的保守估算</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="353"/>
        <source>Conservative estimate for %1</source>
        <translation>%1 的保守估算</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="358"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="366"/>
        <source>No source differs from the recalculation by more than %1 %.</source>
        <translation>没有排放源的报告值与复核计算值之差超过 %1%。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="377"/>
        <source>Raise proposed findings</source>
        <translation>提出建议的发现</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../app/ui/main.py" line="155"/>
        <source>Create a demo engagement?</source>
        <translation>创建演示项目？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="155"/>
        <source>A machinery manufacturer&apos;s invented 2025 inventory, with findings, field work and a draft statement, to look around. It is marked DEMO on the list and on every document, has a code of its own, and can be deleted from the list.</source>
        <translation>一家机械制造企业虚构的 2025 年度排放清单，含核查发现、现场工作和核查声明草稿，供熟悉软件使用。演示项目在列表和每份文件上都标有“演示项目 DEMO”，使用单独的编号，并可在列表中删除。</translation>
    </message>
</context>
<context>
    <name>FootprintPage</name>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="33"/>
        <location filename="../../app/ui/pages/footprint_page.py" line="84"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="33"/>
        <location filename="../../app/ui/pages/footprint_page.py" line="48"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="34"/>
        <source>Functional or declared unit</source>
        <translation>功能单位或声明单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="35"/>
        <source>Reference flow (units the data cover)</source>
        <translation>基准流（数据覆盖的单位数）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="36"/>
        <source>System boundary</source>
        <translation>系统边界</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="37"/>
        <source>Allocation method</source>
        <translation>分配方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="38"/>
        <source>Why this allocation</source>
        <translation>分配方法的理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="39"/>
        <source>Cut-off per flow</source>
        <translation>单项取舍准则</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="40"/>
        <source>Cut-off in total</source>
        <translation>合计取舍准则</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="40"/>
        <source>Cut-off criteria</source>
        <translation>取舍准则</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="46"/>
        <source>Input or output</source>
        <translation>输入或输出</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="46"/>
        <location filename="../../app/ui/pages/footprint_page.py" line="91"/>
        <source>Life-cycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="47"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="47"/>
        <location filename="../../app/ui/pages/footprint_page.py" line="79"/>
        <source>Carbon</source>
        <translation>碳类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="48"/>
        <location filename="../../app/ui/pages/footprint_page.py" line="78"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="49"/>
        <source>Shared with co-products (allocated)</source>
        <translation>与共生产品共用（参与分配）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="49"/>
        <source>Included (not cut off)</source>
        <translation>计入（未取舍）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="50"/>
        <source>Why cut off</source>
        <translation>取舍理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="51"/>
        <source>Calculation</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="52"/>
        <source>Gas</source>
        <translation>气体</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="53"/>
        <source>Emission factor (library)</source>
        <translation>排放因子（因子库）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="54"/>
        <source>Fuel (library NCV, carbon content, oxidation)</source>
        <translation>燃料（因子库的低位发热量、含碳量、氧化率）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="55"/>
        <source>Own emission factor</source>
        <translation>自有排放因子</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="55"/>
        <source>Own factor&apos;s unit</source>
        <translation>自有因子的单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="56"/>
        <source>Own factor&apos;s source</source>
        <translation>自有因子的来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="56"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="62"/>
        <source>Product or co-product</source>
        <translation>产品或共生产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="62"/>
        <source>The product studied</source>
        <translation>所研究的产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="63"/>
        <source>Share by mass</source>
        <translation>质量分配比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="63"/>
        <source>Share by value</source>
        <translation>经济价值分配比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="64"/>
        <source>Share by physical relation</source>
        <translation>物理关系分配比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="64"/>
        <source>Basis of the shares</source>
        <translation>分配比例的依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="73"/>
        <source>Product footprint (ISO 14067)</source>
        <translation>产品碳足迹（ISO 14067）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="77"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="77"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="80"/>
        <source>Included</source>
        <translation>计入</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="82"/>
        <source>Add input or output</source>
        <translation>添加输入或输出</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="82"/>
        <source>Remove input or output</source>
        <translation>删除输入或输出</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="83"/>
        <source>Edit input or output</source>
        <translation>编辑输入或输出</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="84"/>
        <source>Studied</source>
        <translation>所研究</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="85"/>
        <source>Mass %</source>
        <translation>质量 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="85"/>
        <source>Value %</source>
        <translation>价值 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="86"/>
        <source>Physical %</source>
        <translation>物理 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="88"/>
        <source>Add co-product</source>
        <translation>添加共生产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="88"/>
        <source>Remove co-product</source>
        <translation>删除共生产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="88"/>
        <source>Edit co-product</source>
        <translation>编辑共生产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="91"/>
        <source>kgCO₂e per unit</source>
        <translation>kgCO₂e/单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="96"/>
        <source>Footprint workbook…</source>
        <translation>碳足迹计算表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="98"/>
        <source>Footprint statement (PDF)…</source>
        <translation>碳足迹核查声明（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="102"/>
        <source>Product, unit, boundary, allocation and cut-off</source>
        <translation>产品、单位、边界、分配和取舍</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="103"/>
        <source>Inputs and outputs by life-cycle stage</source>
        <translation>各生命周期阶段的输入和输出</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="104"/>
        <source>Allocation: the product and its co-products</source>
        <translation>分配：产品及其共生产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="108"/>
        <source>Carbon footprint (kgCO₂e per unit)</source>
        <translation>碳足迹（kgCO₂e/单位）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="143"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="150"/>
        <source>%1 kgCO₂e per unit (%2): fossil %3, biogenic %4, land-use change %5; cut off %6 %.</source>
        <translation>每单位 %1 kgCO₂e（%2）：化石 %3，生物源 %4，土地利用变化 %5；取舍 %6 %。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="154"/>
        <source>Sensitivity to the allocation: </source>
        <translation>分配方法的敏感性：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="160"/>
        <source>the verifier&apos;s own</source>
        <translation>核查方自有</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="161"/>
        <source>New input or output</source>
        <translation>新输入或输出</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="164"/>
        <source>New co-product</source>
        <translation>新共生产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="174"/>
        <source>Edit product footprint</source>
        <translation>编辑产品碳足迹</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="179"/>
        <source>Workbook (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/footprint_page.py" line="188"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HeadOffice</name>
    <message>
        <location filename="../../app/ui/dialogs/enrol.py" line="30"/>
        <source>Head office&apos;s address (https://…)</source>
        <translation>总部地址（https://…）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/enrol.py" line="31"/>
        <source>One-time enrolment token</source>
        <translation>一次性注册令牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/enrol.py" line="32"/>
        <source>Your signing certificate</source>
        <translation>您的签名证书</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/enrol.py" line="33"/>
        <source>This laptop&apos;s name</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/enrol.py" line="51"/>
        <source>Contacting head office…</source>
        <translation>正在连接总部…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/enrol.py" line="57"/>
        <source>Enrolling with head office…</source>
        <translation>正在向总部注册…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/enrol.py" line="66"/>
        <source>Cancelled: this laptop is not enrolled.</source>
        <translation>已取消：本机未注册。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/enrol.py" line="83"/>
        <source>Enrol with head office</source>
        <translation>在总部注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/enrol.py" line="97"/>
        <source>Engagement</source>
        <translation>核查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/enrol.py" line="98"/>
        <source>Signing identity (lead verifier)</source>
        <translation>签名身份（核查组长）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/enrol.py" line="99"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/enrol.py" line="100"/>
        <source>Leave out the evidence head office holds (delta)</source>
        <translation>不含总部已有的证据（增量）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/enrol.py" line="114"/>
        <source>Submit to head office</source>
        <translation>提交总部</translation>
    </message>
</context>
<context>
    <name>HeadOfficePage</name>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="40"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="40"/>
        <location filename="../../app/ui/pages/head_office_page.py" line="104"/>
        <source>Client</source>
        <translation>受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="41"/>
        <location filename="../../app/ui/pages/head_office_page.py" line="104"/>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="41"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="50"/>
        <source>Submitted engagements (opened read-only)</source>
        <translation>已提交的项目（只读打开）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="61"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="62"/>
        <source>Review</source>
        <translation>技术评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="63"/>
        <source>Decision</source>
        <translation>认证决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="64"/>
        <source>Certificate register</source>
        <translation>证书登记册</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="65"/>
        <source>Appeals and complaints</source>
        <translation>申诉和投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="66"/>
        <source>Received packages</source>
        <translation>收到的数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="90"/>
        <source>Pick an engagement in the inbox.</source>
        <translation>请在收件箱中选择项目。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="105"/>
        <source>Period</source>
        <translation>核查期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="105"/>
        <source>Site visit</source>
        <translation>现场核查</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="106"/>
        <source>Criteria</source>
        <translation>核查准则</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="106"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="107"/>
        <source>Team</source>
        <translation>核查组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="108"/>
        <source>Findings</source>
        <translation>核查发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="109"/>
        <source>Final statement</source>
        <translation>定稿的核证声明</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="109"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/head_office_page.py" line="110"/>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="23"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="27"/>
        <source>engagement</source>
        <translation>核查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="28"/>
        <source>client</source>
        <translation>受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="29"/>
        <source>site</source>
        <translation>场所</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="30"/>
        <source>team member</source>
        <translation>核查组成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="31"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="32"/>
        <location filename="../../app/ui/pages/history_page.py" line="33"/>
        <source>emission source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="34"/>
        <location filename="../../app/ui/pages/history_page.py" line="35"/>
        <source>activity data</source>
        <translation>活动数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="36"/>
        <source>production</source>
        <translation>产量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="37"/>
        <source>offset</source>
        <translation>抵消</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="38"/>
        <source>emission factor</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="39"/>
        <source>contract review</source>
        <translation>合同评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="40"/>
        <source>contract change</source>
        <translation>合同变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="41"/>
        <source>document reviewed</source>
        <translation>审阅的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="42"/>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="43"/>
        <source>time sheet</source>
        <translation>工时记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="44"/>
        <location filename="../../app/ui/pages/history_page.py" line="45"/>
        <source>risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="46"/>
        <source>sampling plan</source>
        <translation>抽样计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="47"/>
        <source>verification plan</source>
        <translation>核查计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="48"/>
        <source>checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="49"/>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="50"/>
        <source>finding</source>
        <translation>核查发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="51"/>
        <source>statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="52"/>
        <source>audit package</source>
        <translation>审核数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="53"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="54"/>
        <source>monitoring period</source>
        <translation>监测期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="55"/>
        <source>source, sink or reservoir</source>
        <translation>源、汇或库</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="56"/>
        <source>project data</source>
        <translation>项目数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="57"/>
        <source>monitored parameter</source>
        <translation>监测参数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="58"/>
        <source>monitoring plan item</source>
        <translation>监测计划条目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="59"/>
        <source>laboratory result</source>
        <translation>化验结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="60"/>
        <source>offset type</source>
        <translation>抵消类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="61"/>
        <source>product footprint</source>
        <translation>产品碳足迹</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="62"/>
        <source>input or output</source>
        <translation>输入或输出</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="63"/>
        <source>co-product</source>
        <translation>联产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="64"/>
        <source>terms of the engagement</source>
        <translation>业务约定条款</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="65"/>
        <source>agreed procedure</source>
        <translation>约定程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="66"/>
        <source>technical review</source>
        <translation>技术评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="67"/>
        <source>certification decision</source>
        <translation>认证决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="68"/>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="69"/>
        <source>surveillance or recertification</source>
        <translation>监督或再认证</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="70"/>
        <source>surveillance report</source>
        <translation>监督报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="71"/>
        <source>appeal or complaint</source>
        <translation>申诉或投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="72"/>
        <source>record disposal</source>
        <translation>记录处置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="73"/>
        <source>register settings</source>
        <translation>登记册设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="80"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="81"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="82"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="83"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="84"/>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="85"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="93"/>
        <source>Filter the history…</source>
        <translation>筛选历史记录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="132"/>
        <source>%1 change recorded; the hash chain is intact.</source>
        <translation>共记录 %1 条变更，哈希链完整。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="133"/>
        <source>%1 changes recorded; the hash chain is intact.</source>
        <translation>共记录 %1 条变更，哈希链完整。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="90"/>
        <source>Import client data: %1</source>
        <translation>导入客户数据：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="89"/>
        <source>Source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="89"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="89"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="89"/>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="89"/>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="114"/>
        <source>new record</source>
        <translation>新记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="102"/>
        <source>Import client data</source>
        <translation>导入客户数据</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="42"/>
        <source>The intake service&apos;s data folder (verifield serve --data-dir)</source>
        <translation>接收服务的数据文件夹（verifield serve --data-dir）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="45"/>
        <source>PostgreSQL URL, if the service uses one</source>
        <translation>PostgreSQL 地址（如接收服务使用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="46"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="48"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="54"/>
        <source>Filter by code, client, signer or reason… (Ctrl+F)</source>
        <translation>按编号、受核查方、签名人或原因筛选…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="57"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="57"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="57"/>
        <source>Refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="60"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="60"/>
        <source>Client</source>
        <translation>受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="61"/>
        <source>Revision</source>
        <translation>版次</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="62"/>
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="62"/>
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="63"/>
        <source>From</source>
        <translation>发送人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="63"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="64"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="64"/>
        <source>intake service</source>
        <translation>接收服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="64"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="75"/>
        <source>Open read-only</source>
        <translation>只读打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="78"/>
        <source>Assign an engagement…</source>
        <translation>派发项目…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="81"/>
        <source>Import received packages</source>
        <translation>导入已接收的数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="93"/>
        <source>Intake data folder</source>
        <translation>接收服务数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="111"/>
        <source>received, verified</source>
        <translation>已接收，已验证</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="112"/>
        <source>refused: %1</source>
        <translation>已拒收：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="117"/>
        <source>The intake service&apos;s data folder</source>
        <translation>接收服务的数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="173"/>
        <source>A refused package is not kept at head office: there is nothing to open.</source>
        <translation>被拒收的数据包不在总部保存：无可打开的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="195"/>
        <location filename="../../app/ui/pages/inbox_page.py" line="215"/>
        <source>Choose the intake service&apos;s data folder first.</source>
        <translation>请先选择接收服务的数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inbox_page.py" line="219"/>
        <source>Assigned to %1: made on their laptop at its next sync.</source>
        <translation>已派发给 %1：其笔记本下次同步时建立。</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="161"/>
        <source>Inventory</source>
        <translation>排放清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="169"/>
        <source>Add source…</source>
        <translation>新增排放源…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="170"/>
        <source>Edit source…</source>
        <translation>编辑排放源…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="171"/>
        <source>Remove source</source>
        <translation>删除排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="195"/>
        <source>Add period</source>
        <translation>新增期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="196"/>
        <source>Remove selected rows</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="197"/>
        <source>Paste from spreadsheet</source>
        <translation>从表格粘贴</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="198"/>
        <source>Tab-separated rows, with or without a header row (Chinese or English): period, quantity, unit, origin, …</source>
        <translation>制表符分隔的行，可带中文或英文表头：期间、数量、单位、数据来源……</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="222"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="222"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="222"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="224"/>
        <source>New product</source>
        <translation>新产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="225"/>
        <source>Add product</source>
        <translation>新增产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="225"/>
        <source>Remove product</source>
        <translation>删除产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="225"/>
        <source>Edit production</source>
        <translation>编辑产量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="252"/>
        <source>Activity data</source>
        <translation>活动数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="253"/>
        <source>Production</source>
        <translation>产量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="254"/>
        <source>Factors used</source>
        <translation>所用因子</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="318"/>
        <source>Reading and recalculating the inventory…</source>
        <translation>正在读取并重新计算清单……</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="342"/>
        <source>GWP: %1 · materiality threshold %2 % · %3, %4</source>
        <translation>GWP：%1 · 实质性阈值 %2% · %3，%4</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="344"/>
        <source>%1 source</source>
        <translation>%1 个排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="344"/>
        <source>%1 sources</source>
        <translation>%1 个排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="345"/>
        <source>%1 record</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="345"/>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="442"/>
        <source>Paste %1 record</source>
        <translation>粘贴 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="384"/>
        <source>Remove emission source</source>
        <translation>删除排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="395"/>
        <source>Edit activity data</source>
        <translation>编辑活动数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="415"/>
        <source>Add activity data</source>
        <translation>新增活动数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="427"/>
        <source>Remove activity data</source>
        <translation>删除活动数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="442"/>
        <source>Paste %1 records</source>
        <translation>粘贴 %1 条记录</translation>
    </message>
</context>
<context>
    <name>IssuingPanel</name>
    <message>
        <location filename="../../app/ui/pages/issuing_panel.py" line="129"/>
        <source>Countersign the statement and certificate…</source>
        <translation>会签核证声明和证书…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/issuing_panel.py" line="131"/>
        <source>The authorised signatory signs the PDFs the lead verifier signed, in the newest package imported; the lead&apos;s signature stays valid</source>
        <translation>授权签字人在最新导入的数据包中核查组长已签名的 PDF 上签名；核查组长的签名仍然有效</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/issuing_panel.py" line="140"/>
        <source>Open the issued document</source>
        <translation>打开签发文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/issuing_panel.py" line="151"/>
        <source>Issued documents (countersigned at head office)</source>
        <translation>签发文件（总部已会签）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/issuing_panel.py" line="198"/>
        <source>Countersigned and kept as issued: %1.</source>
        <translation>已会签并作为签发文件保存：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/issuing_panel.py" line="200"/>
        <source>Countersigning the statement and certificate…</source>
        <translation>正在会签核证声明和证书…</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../app/ui/jobs.py" line="119"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LockSettings</name>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="33"/>
        <source>Passphrase and lock</source>
        <translation>口令与锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="37"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="47"/>
        <source>Lock after idle</source>
        <translation>闲置多久后锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="54"/>
        <source>The data folder is encrypted; Verifield locks at start and when idle.</source>
        <translation>数据文件夹已加密；Verifield 在启动时和闲置后锁定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="55"/>
        <source>No passphrase: the data folder is not encrypted and Verifield does not lock.</source>
        <translation>未设口令：数据文件夹未加密，Verifield 不会锁定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="56"/>
        <source>Change passphrase…</source>
        <translation>更换口令…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="56"/>
        <source>Set a passphrase (encrypts the data)…</source>
        <translation>设置口令（加密数据）…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84"/>
        <source>&amp;New engagement…</source>
        <translation>新建核查项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="85"/>
        <source>Engagement &amp;list</source>
        <translation>核查项目列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>&amp;People…</source>
        <translation>人员名册(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>&amp;Head office</source>
        <translation>总部(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>&amp;Import packages from folder…</source>
        <translation>从文件夹导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Imported packages (read-only)…</source>
        <translation>已导入的数据包（只读）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95"/>
        <source>S&amp;witch profile…</source>
        <translation>切换配置文件(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="109"/>
        <source>Copy &amp;log</source>
        <translation>复制日志(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>&amp;About Verifield</source>
        <translation>关于 Verifield(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156"/>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>Folder with packages</source>
        <translation>存放数据包的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187"/>
        <source>Head office&apos;s age key (Cancel if not encrypted)</source>
        <translation>总部的 age 私钥（未加密时请取消）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="226"/>
        <source>The log is on the clipboard (ids only: no client names, figures or file contents).</source>
        <translation>日志已复制到剪贴板（只含编号，不含客户名称、数据或文件内容）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231"/>
        <source>About Verifield</source>
        <translation>关于 Verifield</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232"/>
        <source>Workbench for greenhouse-gas and carbon-neutrality verifiers.</source>
        <translation>面向温室气体与碳中和核查人员的工作台。</translation>
    </message>
</context>
<context>
    <name>ManDaysPage</name>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="20"/>
        <source>Man-days</source>
        <translation>人天</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="23"/>
        <source>GHG sources</source>
        <translation>排放源数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="23"/>
        <source>Document review</source>
        <translation>文件审定</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="23"/>
        <source>Site verification</source>
        <translation>现场核查</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="23"/>
        <source>Statement and report</source>
        <translation>核查声明和报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="23"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="25"/>
        <source>by case</source>
        <translation>按个案确定</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="37"/>
        <source>CICC-ZY/GZ-21 Annex A: carbon-neutrality verification man-days</source>
        <translation>CICC-ZY/GZ-21 附录 A：碳中和核查人天</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="42"/>
        <source>Use Annex A figures</source>
        <translation>采用附录 A 人天</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="47"/>
        <source>Plan</source>
        <translation>人天计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="64"/>
        <source>No plan yet: enter the number of GHG sources, then use the Annex A figures.</source>
        <translation>尚未安排人天：请先填写排放源数量，再采用附录 A 人天。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="67"/>
        <source>Total: %1 man-days; document review %2 % of it (at most 20 %).</source>
        <translation>合计 %1 人天；其中文件审定占 %2%（不超过 20%）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="86"/>
        <source>Edit man-days</source>
        <translation>编辑人天</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="95"/>
        <source>Use Annex A man-days</source>
        <translation>采用附录 A 人天</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="98"/>
        <source>man-days not set</source>
        <translation>未确定人天</translation>
    </message>
</context>
<context>
    <name>MaterialityGauge</name>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="29"/>
        <source>Net %1 %, gross %2 % of the reported total; threshold %3 %</source>
        <translation>净偏差 %1%、总偏差 %2%（占报告总量）；阈值 %3%</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="53"/>
        <source>net %1 % · gross %2 %</source>
        <translation>净偏差 %1% · 总偏差 %2%</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="55"/>
        <source>threshold %1 %</source>
        <translation>阈值 %1%</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="85"/>
        <source>Monitoring plan</source>
        <translation>监测计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="89"/>
        <location filename="../../app/ui/pages/monitoring_page.py" line="95"/>
        <source>Source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="89"/>
        <source>Item</source>
        <translation>监测项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="90"/>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="36"/>
        <location filename="../../app/ui/pages/monitoring_page.py" line="90"/>
        <source>Instrument</source>
        <translation>测量设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="37"/>
        <location filename="../../app/ui/pages/monitoring_page.py" line="91"/>
        <source>Calibration due</source>
        <translation>校准有效期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="47"/>
        <source>Input or output (mass balance)</source>
        <translation>输入或输出物料（物料平衡）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="48"/>
        <source>— (a fuel&apos;s own factor)</source>
        <translation>—（燃料本身的参数）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="93"/>
        <source>Add plan item</source>
        <translation>添加监测项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="93"/>
        <source>Remove plan item</source>
        <translation>删除监测项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="93"/>
        <source>Edit plan item</source>
        <translation>编辑监测项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="49"/>
        <location filename="../../app/ui/pages/monitoring_page.py" line="95"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="33"/>
        <location filename="../../app/ui/pages/monitoring_page.py" line="46"/>
        <source>Emission source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="33"/>
        <source>Monitored item</source>
        <translation>监测项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="34"/>
        <source>Monitors</source>
        <translation>监测对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="34"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="35"/>
        <source>Method and standard</source>
        <translation>监测方法及标准</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="35"/>
        <source>Minimum frequency</source>
        <translation>最低监测频次</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="36"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="36"/>
        <source>Measuring point</source>
        <translation>监测点位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="37"/>
        <source>Calibrated on</source>
        <translation>校准日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="38"/>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="38"/>
        <source>QA/QC</source>
        <translation>质量保证/质量控制</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="38"/>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="50"/>
        <location filename="../../app/ui/pages/monitoring_page.py" line="96"/>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="50"/>
        <location filename="../../app/ui/pages/monitoring_page.py" line="96"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="51"/>
        <source>Quantity (weight)</source>
        <translation>数量（权重）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="51"/>
        <source>Quantity unit</source>
        <translation>数量单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="52"/>
        <source>Lab value</source>
        <translation>检测值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="52"/>
        <source>Value unit</source>
        <translation>检测值单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="53"/>
        <source>Lab report</source>
        <translation>检测报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="53"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="74"/>
        <location filename="../../app/ui/pages/monitoring_page.py" line="115"/>
        <source>Offset</source>
        <translation>抵销量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="75"/>
        <location filename="../../app/ui/pages/monitoring_page.py" line="115"/>
        <source>Project type</source>
        <translation>项目类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="76"/>
        <source>Local project</source>
        <translation>本地项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="97"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="97"/>
        <source>Value</source>
        <translation>检测值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="99"/>
        <source>Add lab result</source>
        <translation>添加检测结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="99"/>
        <source>Remove lab result</source>
        <translation>删除检测结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="99"/>
        <source>Edit lab result</source>
        <translation>编辑检测结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="106"/>
        <source>Gap</source>
        <translation>偏差类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="106"/>
        <source>What is wrong</source>
        <translation>问题说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="110"/>
        <location filename="../../app/ui/pages/monitoring_page.py" line="257"/>
        <source>Raise finding for the gap</source>
        <translation>就该偏差提出发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="116"/>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="118"/>
        <source>Classify offset</source>
        <translation>为抵销量分类</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="118"/>
        <source>Remove offset class</source>
        <translation>删除抵销量分类</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="118"/>
        <source>Edit offset class</source>
        <translation>编辑抵销量分类</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="122"/>
        <source>Evaluation report (PDF)…</source>
        <translation>碳中和评价报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="126"/>
        <source>Monitoring plan (T/CIECCPA 061 §8.2.4, Table 3)</source>
        <translation>监测计划（T/CIECCPA 061 §8.2.4，表 3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="127"/>
        <source>Lab results by delivery or month (weighted Σq·v / Σq)</source>
        <translation>按批次或月份的检测结果（加权 Σq·v / Σq）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="128"/>
        <source>Data checked against the plan</source>
        <translation>数据与监测计划的核对</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="129"/>
        <source>Offset priority (§8.4.2)</source>
        <translation>抵销优先顺序（§8.4.2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="130"/>
        <source>Carbon-neutrality evaluation (§8.4.6)</source>
        <translation>碳中和评价（§8.4.6）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="165"/>
        <source>The offsets follow the order of §8.4.2.</source>
        <translation>抵销顺序符合 §8.4.2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="166"/>
        <source>No offsets.</source>
        <translation>无抵销量。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="180"/>
        <source>Every offset is classified; add offsets on the Neutrality page.</source>
        <translation>所有抵销量均已分类；请在碳中和页面添加抵销量。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="188"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="196"/>
        <source>%1, %2: %3 %4 (weighted over %5 results)</source>
        <translation>%1，%2：%3 %4（%5 个检测结果加权平均）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="200"/>
        <source>No lab results: each source uses its one value.</source>
        <translation>无检测结果：各排放源使用其单一取值。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="210"/>
        <source>The data follow the plan.</source>
        <translation>数据符合监测计划。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="211"/>
        <source>%1 gaps between the data and the plan.</source>
        <translation>数据与监测计划之间有 %1 处偏差。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="212"/>
        <source>No monitoring plan yet.</source>
        <translation>尚无监测计划。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="219"/>
        <source>Add an emission source on the Inventory page first.</source>
        <translation>请先在排放清单页面添加排放源。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="221"/>
        <source>New monitored item</source>
        <translation>新监测项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/monitoring_page.py" line="226"/>
        <source>Lab results belong to a fuel-combustion or mass-balance source; add one first.</source>
        <translation>检测结果属于燃料燃烧源或物料平衡源；请先添加一个。</translation>
    </message>
</context>
<context>
    <name>NeutralityPage</name>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="21"/>
        <source>Carbon neutrality</source>
        <translation>碳中和</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="29"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="30"/>
        <source>Registry</source>
        <translation>登记系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="31"/>
        <source>Serial numbers</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="32"/>
        <source>Vintage</source>
        <translation>年份（减排量产生年）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="33"/>
        <source>tCO₂e</source>
        <translation>tCO₂e</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="34"/>
        <source>Retired on</source>
        <translation>注销日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="35"/>
        <source>Counts?</source>
        <translation>是否计入？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="39"/>
        <source>Add offset</source>
        <translation>新增抵消</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="39"/>
        <source>Remove offset</source>
        <translation>删除抵消</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="39"/>
        <source>Edit offset</source>
        <translation>编辑抵消</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="45"/>
        <source>ISO 14068-1: only issued, retired (ex-post) credits count: the vintage no later than the retirement, retired no later than 12 months after the end of the period they offset, on behalf of this client (the beneficiary is the client&apos;s name), with the retirement evidence kept; a serial range can be used once in the whole store.</source>
        <translation>ISO 14068-1：只计入已签发、已注销的（事后）减排量：年份不晚于注销日期，在所抵消期间结束后 12 个月内代表受核查方注销（受益方为受核查方名称），并保留注销证明；同一序列号区间在整个数据库中只能使用一次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="66"/>
        <source>Verified emissions %1 · eligible offsets %2 · not counted %3 (tCO₂e)</source>
        <translation>核查排放量 %1 · 可计入抵消 %2 · 不计入 %3（tCO₂e）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="77"/>
        <source>✗ Not neutral: shortfall of %1 tCO₂e.</source>
        <translation>✗ 未实现碳中和：缺口 %1 tCO₂e。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="70"/>
        <source>Verified emissions include the conservative estimates %1</source>
        <translation>核证排放量已计入保守估算 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="73"/>
        <source>Cannot conclude: some emission sources have no result yet (see the Inventory page).</source>
        <translation>无法得出结论：部分排放源尚无计算结果（见排放清单页）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="75"/>
        <source>✓ Carbon neutral for the period.</source>
        <translation>✓ 本期间实现碳中和。</translation>
    </message>
</context>
<context>
    <name>NewEngagementWizard</name>
    <message>
        <location filename="../../app/ui/dialogs/new_engagement.py" line="179"/>
        <source>New engagement</source>
        <translation>新建核查项目</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="32"/>
        <source>Sending %1 %</source>
        <translation>正在发送 %1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="32"/>
        <source>%1 KB/s</source>
        <translation>%1 KB/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="35"/>
        <source>Sent</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="35"/>
        <source>Receipt: SHA-256 %1…, received %2</source>
        <translation>回执：SHA-256 %1…，接收于 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="38"/>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="38"/>
        <source>%1; next try at %2</source>
        <translation>%1；将于 %2 重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="39"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="39"/>
        <source>Verifying at head office</source>
        <translation>总部校验中</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="39"/>
        <source>Refused</source>
        <translation>被拒收</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="40"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="344"/>
        <source>&amp;Outbox (to head office)…</source>
        <translation>发件箱（发往总部）(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="51"/>
        <source>Outbox: to head office</source>
        <translation>发件箱：发往总部</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="58"/>
        <source>Engagement</source>
        <translation>核查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="58"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="58"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="58"/>
        <source>Receipt, reason or speed</source>
        <translation>回执、原因或速度</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="64"/>
        <source>Send automatically whenever head office can be reached</source>
        <translation>能连上总部时自动发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="67"/>
        <source>Enrol with head office…</source>
        <translation>在总部注册…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="68"/>
        <source>Submit to head office…</source>
        <translation>提交总部…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="69"/>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="70"/>
        <source>Cancel sending</source>
        <translation>取消发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="71"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="72"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="102"/>
        <source>Enrolled as %1 with %2</source>
        <translation>已以 %1 的身份在 %2 注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="103"/>
        <source>Not enrolled with head office yet.</source>
        <translation>尚未在总部注册。</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="138"/>
        <source>Packaging for head office…</source>
        <translation>正在为总部打包…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="146"/>
        <source>Queued: %1</source>
        <translation>已排队：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="146"/>
        <source>Cancelled: nothing was queued.</source>
        <translation>已取消：未排队任何数据包。</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="148"/>
        <source>(%1 evidence files head office holds left out)</source>
        <translation>（未含总部已有的 %1 个证据文件）</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="215"/>
        <source>%1 of %2 acknowledged by head office.</source>
        <translation>总部已确认 %1 / %2 个。</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="218"/>
        <source>Assigned by head office, made in draft: %1.</source>
        <translation>总部派发的项目已建立（草稿）：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="220"/>
        <source>Head office&apos;s updates applied: %1.</source>
        <translation>已应用总部的更新：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="224"/>
        <source>Review points or decisions came back for %1.</source>
        <translation>%1 的评审问题或认证决定已从总部取回。</translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="327"/>
        <source>Outbox: %1 waiting</source>
        <translation>发件箱：%1 个待发</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/outbox.py" line="327"/>
        <source>Outbox: nothing waiting</source>
        <translation>发件箱：无待发</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="33"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="36"/>
        <source>Engagement</source>
        <translation>核查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="39"/>
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="39"/>
        <source>Client</source>
        <translation>受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="39"/>
        <source>Programme</source>
        <translation>核查方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="40"/>
        <source>Reporting period</source>
        <translation>核查期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="40"/>
        <source>Site visit</source>
        <translation>现场核查日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="40"/>
        <source>Statement date</source>
        <translation>核证声明日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="41"/>
        <source>Level of assurance</source>
        <translation>保证等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="42"/>
        <source>Materiality</source>
        <translation>实质性阈值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="42"/>
        <source>GWP values</source>
        <translation>全球增温潜势（GWP）取值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="42"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="55"/>
        <source>Terminate engagement…</source>
        <translation>终止核查项目…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="57"/>
        <source>Package for head office…</source>
        <translation>打包提交总部…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="78"/>
        <source>Technical review and decision</source>
        <translation>技术评审与认证决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="108"/>
        <source>base year %1</source>
        <translation>基准年 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="110"/>
        <location filename="../../app/ui/pages/overview_page.py" line="111"/>
        <source>not set (Scope page)</source>
        <translation>未填写（见“核查范围”页）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="124"/>
        <source>No further stage</source>
        <translation>已无后续阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="127"/>
        <source>Next stage: %1</source>
        <translation>下一阶段：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="128"/>
        <source>Move to “%1”</source>
        <translation>进入“%1”阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="131"/>
        <source>What is still missing:</source>
        <translation>尚缺以下内容：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="133"/>
        <source>Nothing blocks the next stage.</source>
        <translation>已满足进入下一阶段的条件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="141"/>
        <source>Team days (%1) differ from the planned man-days (%2).</source>
        <translation>核查组人天（%1）与计划人天（%2）不一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="150"/>
        <source>Certificate valid until %1 (3 years from its issue).</source>
        <translation>证书有效期至 %1（自签发之日起 3 年）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="151"/>
        <source>%1: by %2</source>
        <translation>%1：%2 前</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="155"/>
        <source>The certificate&apos;s validity and surveillance dates appear once the decision date is set.</source>
        <translation>填写认证决定日期后，将显示证书有效期和监督审核日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="199"/>
        <location filename="../../app/ui/pages/overview_page.py" line="203"/>
        <source>Terminate engagement</source>
        <translation>终止核查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="200"/>
        <source>Why is the verification being terminated? (CICC-ZY/GZ-21 §9.5.3.4: no co-operation, serious violations, or another reason it cannot be completed)</source>
        <translation>请说明终止核查的原因（CICC-ZY/GZ-21 第 9.5.3.4 条：受核查方不予配合、存在严重违规行为，或因其他原因无法完成核查）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="206"/>
        <source>Edit decision</source>
        <translation>编辑认证决定</translation>
    </message>
</context>
<context>
    <name>OwnFactorDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="119"/>
        <source>Add my own factor</source>
        <translation>新增自建因子</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="124"/>
        <source>e.g. lab report 2025-031, supplier statement</source>
        <translation>如检测报告 2025-031、供应商证明</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="133"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="133"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="133"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="134"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="134"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="134"/>
        <source>Status</source>
        <translation>核对状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="135"/>
        <source>Priority class</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="135"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/factor_picker.py" line="148"/>
        <source>The value must be a number.</source>
        <translation>数值必须是数字。</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="37"/>
        <source>Signing identity (lead verifier)</source>
        <translation>签名身份（核查组长）</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="38"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="39"/>
        <source>Package file (e.g. on a USB stick)</source>
        <translation>数据包文件（例如在 U 盘上）</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="40"/>
        <source>Encrypt to (age public keys age1…, one a line; empty: not encrypted)</source>
        <translation>加密给（age 公钥 age1…，每行一个；留空则不加密）</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="57"/>
        <source>Package for head office: %1</source>
        <translation>打包提交总部：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="78"/>
        <source>Cancelled: no package was written.</source>
        <translation>已取消：未写入数据包。</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="80"/>
        <source>Package written: %1 (%2 files), SHA-256 %3</source>
        <translation>数据包已写入：%1（%2 个文件），SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="86"/>
        <source>Making the audit package…</source>
        <translation>正在制作审核数据包…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="110"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="110"/>
        <source>already imported, nothing changed</source>
        <translation>此前已导入，未作更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="112"/>
        <source>No packages (.vfpkg) in %1.</source>
        <translation>%1 中没有数据包（.vfpkg）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="120"/>
        <source>Importing packages…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="131"/>
        <source>Imported packages (read-only)</source>
        <translation>已导入的数据包（只读）</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="146"/>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="159"/>
        <source>History (hash chain verified on import)</source>
        <translation>变更历史（导入时已校验哈希链）</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="179"/>
        <source>Revision %1, stage %2</source>
        <translation>第 %1 版，阶段 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="180"/>
        <source>Total stated %1 tCO₂e, recalculated here %2 tCO₂e</source>
        <translation>数据包所载总量 %1 tCO₂e，此处重新计算为 %2 tCO₂e</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/packages.py" line="182"/>
        <source>The recalculation agrees with every figure the package states.</source>
        <translation>重新计算的结果与数据包所载的各项数字一致。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="116"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="120"/>
        <location filename="../../app/ui/pages/base.py" line="127"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="78"/>
        <source>Change passphrase</source>
        <translation>更换口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="78"/>
        <source>Set a passphrase</source>
        <translation>设置口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="80"/>
        <source>Make a recovery key (shown once; it opens the data if the passphrase is forgotten)</source>
        <translation>生成恢复密钥（只显示一次；忘记口令时可用它打开数据）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="92"/>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="94"/>
        <source>Setting a passphrase encrypts the store, its backups and the evidence files. Without the passphrase (or the recovery key) nobody, you included, can read them.</source>
        <translation>设置口令会加密数据库、其备份和证据文件。没有口令（或恢复密钥），任何人（包括您自己）都无法读取。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="96"/>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="97"/>
        <source>Repeat it</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="111"/>
        <source>The two new passphrases differ.</source>
        <translation>两次输入的新口令不一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="145"/>
        <source>Encrypting the data folder…</source>
        <translation>正在加密数据文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="151"/>
        <source>Cancelled: nothing was encrypted.</source>
        <translation>已取消：未加密任何文件，文件夹保持原样。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/passphrase.py" line="159"/>
        <source>Recovery key — write it down now and keep it apart from the laptop; it is shown only this once:</source>
        <translation>恢复密钥——请现在抄下，并与电脑分开保存；它只显示这一次：</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="27"/>
        <source>People</source>
        <translation>人员名册</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="31"/>
        <source>Name (Chinese)</source>
        <translation>姓名（中文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="31"/>
        <source>Name (English)</source>
        <translation>姓名（英文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="32"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="33"/>
        <source>Competent in</source>
        <translation>专业能力</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="38"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="40"/>
        <source>Remove person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="99"/>
        <source>New person</source>
        <translation>新人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="114"/>
        <source>Edit person</source>
        <translation>修改人员</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="31"/>
        <location filename="../../app/ui/pages/plan_page.py" line="65"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="32"/>
        <location filename="../../app/ui/pages/plan_page.py" line="65"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="33"/>
        <location filename="../../app/ui/pages/plan_page.py" line="66"/>
        <source>Activity</source>
        <translation>核查内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="34"/>
        <location filename="../../app/ui/pages/plan_page.py" line="66"/>
        <source>Auditee</source>
        <translation>受访部门/人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="35"/>
        <location filename="../../app/ui/pages/plan_page.py" line="66"/>
        <source>Verifier</source>
        <translation>核查员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="38"/>
        <location filename="../../app/ui/pages/plan_page.py" line="191"/>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="39"/>
        <location filename="../../app/ui/pages/plan_page.py" line="191"/>
        <source>Who at the client was told, and how</source>
        <translation>已书面通知受核查方何人及方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="45"/>
        <location filename="../../app/ui/pages/plan_page.py" line="82"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="46"/>
        <location filename="../../app/ui/pages/plan_page.py" line="82"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="47"/>
        <source>Attendees (one per line: name | organisation | position)</source>
        <translation>参会人（每行一人：姓名 | 单位 | 职务）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="48"/>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="61"/>
        <source>Plan and meetings</source>
        <translation>计划与会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="70"/>
        <source>Add to the schedule…</source>
        <translation>添加日程…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="71"/>
        <source>Remove from the schedule…</source>
        <translation>删除日程…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="72"/>
        <source>Client confirmed…</source>
        <translation>受核查方已确认…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="74"/>
        <source>Plan for the client (PDF)…</source>
        <translation>核查计划（PDF，供受核查方确认）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="78"/>
        <source>Record the notice to the client…</source>
        <translation>记录对受核查方的通知…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="83"/>
        <source>Attendees</source>
        <translation>参会人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="83"/>
        <source>Signed sheet</source>
        <translation>已签到表</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="86"/>
        <source>Add meeting</source>
        <translation>添加会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="86"/>
        <source>Remove meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="86"/>
        <source>Edit meeting</source>
        <translation>修改会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="91"/>
        <source>Sign-in sheet (PDF)…</source>
        <translation>签到表（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="93"/>
        <source>Attach the signed sheet…</source>
        <translation>附加已签字的签到表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="106"/>
        <source>Verification plan</source>
        <translation>核查计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="110"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="128"/>
        <source>Confirmed by %1 on %2.</source>
        <translation>%1 已于 %2 确认。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="130"/>
        <source>Changed since: %1</source>
        <translation>此后变更：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="132"/>
        <source>Not yet confirmed by the client (send the plan before the site visit, CICC-ZY/GZ-21 §9.4.5).</source>
        <translation>受核查方尚未确认（请在现场核查前发送计划，CICC-ZY/GZ-21 第 9.4.5 条）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="135"/>
        <source>Changed since the client confirmed, not yet told: %1</source>
        <translation>受核查方确认后有变更，尚未通知：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="164"/>
        <source>Add to the schedule</source>
        <translation>添加日程</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="173"/>
        <source>Remove from the schedule</source>
        <translation>删除日程</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="177"/>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="177"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="181"/>
        <location filename="../../app/ui/pages/plan_page.py" line="183"/>
        <source>Client confirmed the plan</source>
        <translation>受核查方确认计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="198"/>
        <location filename="../../app/ui/pages/plan_page.py" line="200"/>
        <source>Record the notice to the client</source>
        <translation>记录对受核查方的通知</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="232"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="237"/>
        <source>Attach the signed sheet</source>
        <translation>附加已签字的签到表</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="49"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_preview.py" line="62"/>
        <source>Nothing can be imported until every cell below is corrected; nothing was changed.</source>
        <translation>以下单元格全部改正之前不能导入；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/ui/actions/printing.py" line="93"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/printing.py" line="98"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/profile_chooser.py" line="33"/>
        <source>New profile…</source>
        <translation>新建配置文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/profile_chooser.py" line="44"/>
        <source>Who is using Verifield?</source>
        <translation>谁在使用 Verifield？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/profile_chooser.py" line="67"/>
        <source>The new profile&apos;s name (the person&apos;s):</source>
        <translation>新配置文件的名称（使用者姓名）：</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="32"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="32"/>
        <source>Project proponent</source>
        <translation>项目业主</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="32"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="33"/>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="33"/>
        <source>Methodology</source>
        <translation>方法学</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="34"/>
        <source>Project start</source>
        <translation>项目开始日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="34"/>
        <source>Crediting period from</source>
        <translation>计入期自</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="35"/>
        <source>Crediting period to</source>
        <translation>计入期至</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="35"/>
        <source>Baseline scenario</source>
        <translation>基准线情景</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="36"/>
        <source>Additionality</source>
        <translation>额外性</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="42"/>
        <location filename="../../app/ui/pages/project_page.py" line="55"/>
        <location filename="../../app/ui/pages/project_page.py" line="64"/>
        <source>Source, sink or reservoir</source>
        <translation>源、汇或库</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="42"/>
        <location filename="../../app/ui/pages/project_page.py" line="84"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="43"/>
        <source>Relation to the proponent</source>
        <translation>与项目业主的关系</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="44"/>
        <location filename="../../app/ui/pages/project_page.py" line="85"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="44"/>
        <source>Included</source>
        <translation>纳入</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="45"/>
        <source>Why included or excluded</source>
        <translation>纳入或排除的理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="46"/>
        <source>Calculation</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="47"/>
        <source>Gas</source>
        <translation>气体</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="48"/>
        <source>Emission factor (library)</source>
        <translation>排放因子（因子库）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="49"/>
        <source>Fuel (library NCV, carbon content, oxidation)</source>
        <translation>燃料（因子库的低位发热量、含碳量、氧化率）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="55"/>
        <location filename="../../app/ui/pages/project_page.py" line="88"/>
        <location filename="../../app/ui/pages/project_page.py" line="97"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="56"/>
        <location filename="../../app/ui/pages/project_page.py" line="80"/>
        <location filename="../../app/ui/pages/project_page.py" line="81"/>
        <location filename="../../app/ui/pages/project_page.py" line="89"/>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="56"/>
        <location filename="../../app/ui/pages/project_page.py" line="80"/>
        <location filename="../../app/ui/pages/project_page.py" line="81"/>
        <location filename="../../app/ui/pages/project_page.py" line="89"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="57"/>
        <location filename="../../app/ui/pages/project_page.py" line="90"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="57"/>
        <location filename="../../app/ui/pages/project_page.py" line="64"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="58"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="64"/>
        <location filename="../../app/ui/pages/project_page.py" line="92"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="65"/>
        <source>Measured how</source>
        <translation>监测方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="65"/>
        <location filename="../../app/ui/pages/project_page.py" line="92"/>
        <source>Frequency</source>
        <translation>监测频次</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="66"/>
        <source>Instrument</source>
        <translation>监测仪器</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="66"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="66"/>
        <source>QA/QC</source>
        <translation>质量保证/质量控制</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="67"/>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="76"/>
        <source>Project (ISO 14064-2)</source>
        <translation>项目（ISO 14064-2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="82"/>
        <source>Add monitoring period</source>
        <translation>添加监测期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="82"/>
        <source>Remove monitoring period</source>
        <translation>删除监测期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="83"/>
        <source>Edit monitoring period</source>
        <translation>编辑监测期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="84"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="85"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="86"/>
        <source>New source, sink or reservoir</source>
        <translation>新的源、汇或库</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="87"/>
        <source>Add SSR</source>
        <translation>添加源/汇/库</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="87"/>
        <source>Remove SSR</source>
        <translation>删除源/汇/库</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="87"/>
        <source>Edit SSR</source>
        <translation>编辑源/汇/库</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="88"/>
        <source>SSR</source>
        <translation>源/汇/库</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="91"/>
        <source>Add data</source>
        <translation>添加数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="91"/>
        <source>Remove data</source>
        <translation>删除数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="91"/>
        <source>Edit data</source>
        <translation>编辑数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="93"/>
        <source>New parameter</source>
        <translation>新参数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="93"/>
        <source>to be described</source>
        <translation>待描述</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="94"/>
        <source>Add parameter</source>
        <translation>添加参数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="94"/>
        <source>Remove parameter</source>
        <translation>删除参数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="94"/>
        <source>Edit parameter</source>
        <translation>编辑参数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="97"/>
        <source>Monitoring period</source>
        <translation>监测期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="97"/>
        <source>Vintage</source>
        <translation>年份（减排量产生年）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="97"/>
        <source>Baseline BE</source>
        <translation>基准线排放 BE</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="98"/>
        <source>Project PE</source>
        <translation>项目排放 PE</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="98"/>
        <source>Leakage LE</source>
        <translation>泄漏 LE</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="98"/>
        <source>Reductions ER</source>
        <translation>减排量 ER</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="103"/>
        <source>Project workbook…</source>
        <translation>项目计算表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="105"/>
        <source>Statement of reductions (PDF)…</source>
        <translation>减排量声明（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="109"/>
        <source>Project and crediting period</source>
        <translation>项目与计入期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="109"/>
        <source>Monitoring periods</source>
        <translation>监测期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="110"/>
        <source>Sources, sinks and reservoirs</source>
        <translation>源、汇和库</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="110"/>
        <source>Data, ex ante and ex post</source>
        <translation>数据（事前估算与事后监测）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="111"/>
        <source>Monitoring plan</source>
        <translation>监测计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="115"/>
        <source>Reductions ER = BE − PE − LE (tCO₂e)</source>
        <translation>减排量 ER = BE − PE − LE（tCO₂e）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="159"/>
        <source>Ex post: BE %1, PE %2, LE %3, ER %4 tCO₂e; ex-ante estimate ER %5 tCO₂e.</source>
        <translation>事后监测：BE %1，PE %2，LE %3，ER %4 tCO₂e；事前估算 ER %5 tCO₂e。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="177"/>
        <source>Add a source, sink or reservoir first.</source>
        <translation>请先添加源、汇或库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="191"/>
        <source>Edit project</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="196"/>
        <source>Workbook (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/project_page.py" line="205"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="51"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="52"/>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="53"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="54"/>
        <source>Linked to</source>
        <translation>关联到</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="55"/>
        <source>Added on</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="56"/>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="57"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="58"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="59"/>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="60"/>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="61"/>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="62"/>
        <source>Closed by</source>
        <translation>关闭人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="63"/>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="64"/>
        <source>Draft</source>
        <translation>草稿版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="65"/>
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="66"/>
        <source>Dated</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="67"/>
        <source>Statement number</source>
        <translation>声明编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="68"/>
        <source>Opinion</source>
        <translation>核查意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="69"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="70"/>
        <source>Drafted by</source>
        <translation>起草人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="71"/>
        <source>Drafted on</source>
        <translation>起草日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="72"/>
        <source>Made final by</source>
        <translation>定稿人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/record_labels.py" line="73"/>
        <source>SHA-256 of the frozen facts</source>
        <translation>冻结事实的 SHA-256</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="133"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="133"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="133"/>
        <source>Stream</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="134"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="134"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="134"/>
        <source>Origin</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="135"/>
        <source>Opening stock</source>
        <translation>期初库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="135"/>
        <source>Closing stock</source>
        <translation>期末库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="136"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="136"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="32"/>
        <source>All certificates</source>
        <translation>全部证书</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="35"/>
        <source>Surveillance due in 90 days</source>
        <translation>90 天内到期的监督审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="36"/>
        <source>Surveillance overdue</source>
        <translation>超期的监督审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="39"/>
        <source>Number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="39"/>
        <source>Engagement</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="40"/>
        <source>Client</source>
        <translation>受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="40"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="41"/>
        <source>Issued</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="41"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="42"/>
        <source>Next surveillance due</source>
        <translation>下次监督审核截止</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="54"/>
        <source>Suspend or withdraw the selected certificate</source>
        <translation>暂停或撤销所选证书</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="58"/>
        <source>Suspend (3 months)</source>
        <translation>暂停（3 个月）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="60"/>
        <source>Withdraw</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="64"/>
        <source>Suspension reasons (§11.1.1)</source>
        <translation>暂停原因（第 11.1.1 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="65"/>
        <source>Withdrawal reasons (§11.2.1)</source>
        <translation>撤销原因（第 11.2.1 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="70"/>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="72"/>
        <source>Start a surveillance engagement</source>
        <translation>开始监督审核项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="75"/>
        <source>Start a recertification engagement</source>
        <translation>开始再认证项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="82"/>
        <source>Register settings</source>
        <translation>登记册设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="87"/>
        <source>Holidays skipped by the 5-working-day deadlines: 2026-10-01, 2026-10-02, …</source>
        <translation>5 个工作日期限跳过的节假日：2026-10-01, 2026-10-02, …</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="88"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="92"/>
        <source>Number prefix</source>
        <translation>证书编号前缀</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="92"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="122"/>
        <source>due in 90 days: %1 · overdue: %2</source>
        <translation>90 天内到期：%1 · 超期：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="135"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="136"/>
        <source>Decisions waiting (review approved): %1</source>
        <translation>待决定（技术评审已通过）：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/register_panel.py" line="165"/>
        <source>A new engagement is on the engagement list.</source>
        <translation>新项目已列入项目列表。</translation>
    </message>
</context>
<context>
    <name>ReportedImport</name>
    <message>
        <location filename="../../app/ui/dialogs/reported_import.py" line="38"/>
        <source>Import reported figures: %1</source>
        <translation>导入报告值：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reported_import.py" line="49"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reported_import.py" line="50"/>
        <source>Header row</source>
        <translation>表头所在行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reported_import.py" line="51"/>
        <source>Column with source names</source>
        <translation>排放源名称所在列</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reported_import.py" line="52"/>
        <source>Column with emissions</source>
        <translation>排放量所在列</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reported_import.py" line="53"/>
        <source>Unit of the emissions</source>
        <translation>排放量单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reported_import.py" line="59"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/reported_import.py" line="140"/>
        <source>Import reported figures</source>
        <translation>导入报告值</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="66"/>
        <source>Direct emissions (category 1)</source>
        <translation>直接排放（类别 1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="66"/>
        <source>Indirect emissions (categories 2–6)</source>
        <translation>间接排放（类别 2–6）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="68"/>
        <source>Total reported</source>
        <translation>报告总量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="67"/>
        <source>Conservative estimates (findings)</source>
        <translation>保守估算（核查发现）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="68"/>
        <source>Total verified (estimates included)</source>
        <translation>核证排放总量（含保守估算）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="69"/>
        <source>Intensity</source>
        <translation>排放强度</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="69"/>
        <source>Reported − verified (% of reported total)</source>
        <translation>报告 − 核证（占报告总量 %）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="88"/>
        <location filename="../../app/ui/pages/inventory_page.py" line="89"/>
        <source>verified</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="89"/>
        <source>reported</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="103"/>
        <source>Materiality (net and gross misstatement, % of reported total)</source>
        <translation>实质性（净偏差与总偏差，占报告总量 %）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="119"/>
        <source>and %1 more</source>
        <translation>等，另有 %1 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="140"/>
        <source>Not reported by the client (outside the reported total): %1</source>
        <translation>受核查方未报告（不计入报告总量）：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="108"/>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="97"/>
        <source>Results (tCO₂e)</source>
        <translation>结果（tCO₂e）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="110"/>
        <source>Key sources: reported vs verified</source>
        <translation>关键排放源：报告与核查对比</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="136"/>
        <source>Not in the totals until their data are complete: %1</source>
        <translation>数据不完整、暂未计入总量：%1</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="33"/>
        <source>Start the technical review</source>
        <translation>开始技术评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="37"/>
        <source>Reviewer (not on the team)</source>
        <translation>技术评审人（非核查组成员）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="40"/>
        <source>Checks (CICC-ZY/GZ-21 §10.1.4)</source>
        <translation>评审内容（CICC-ZY/GZ-21 第 10.1.4 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="52"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="56"/>
        <source>Record the checks</source>
        <translation>记录评审结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="60"/>
        <source>Review points for the lead verifier</source>
        <translation>给核查组长的评审问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="62"/>
        <source>Point</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="62"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="63"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="63"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="63"/>
        <source>answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="63"/>
        <source>open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="69"/>
        <source>A question the lead verifier must answer</source>
        <translation>核查组长须答复的问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="70"/>
        <source>Raise point</source>
        <translation>提出问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="73"/>
        <source>Close the selected point</source>
        <translation>关闭所选问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="85"/>
        <source>Approve the review</source>
        <translation>通过技术评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="117"/>
        <source>No review started.</source>
        <translation>尚未开始技术评审。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="119"/>
        <source>Approved on %1.</source>
        <translation>已于 %1 通过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_panel.py" line="121"/>
        <source>Still needed: </source>
        <translation>尚需：</translation>
    </message>
</context>
<context>
    <name>ReviewPointsPage</name>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="32"/>
        <source>Review points</source>
        <translation>评审问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="39"/>
        <source>Review point</source>
        <translation>评审问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="40"/>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="41"/>
        <source>Raised</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="43"/>
        <location filename="../../app/ui/pages/review_points_page.py" line="61"/>
        <location filename="../../app/ui/pages/review_points_page.py" line="79"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="59"/>
        <source>Your answer to the selected point (it goes to head office with the next package)</source>
        <translation>对所选问题的答复（随下一个数据包发往总部）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="63"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="69"/>
        <source>Open the issued document</source>
        <translation>打开签发文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="83"/>
        <source>Issued documents (countersigned by head office)</source>
        <translation>签发文件（总部已会签）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="109"/>
        <source>Head office has sent no review points back yet; they come with the next sync (File ▸ Outbox ▸ Send now).</source>
        <translation>总部尚未发回评审问题；它们随下一次同步取回（文件 ▸ 发件箱 ▸ 立即发送）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="111"/>
        <source>%1 of %2 points open.</source>
        <translation>共 %2 个问题，%1 个未关闭。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="117"/>
        <source>No certification decision yet.</source>
        <translation>尚无认证决定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="119"/>
        <source>Decision: approved on %1 by %2.</source>
        <translation>认证决定：%1 由 %2 批准。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="120"/>
        <source>Decision: rejected on %1 by %2.</source>
        <translation>认证决定：%1 由 %2 不予批准。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="122"/>
        <source>Reasons: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="124"/>
        <source>Certificate %1, issued %2, valid until %3.</source>
        <translation>证书 %1，颁发日期 %2，有效期至 %3。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="134"/>
        <source>closed %1</source>
        <translation>已关闭 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="136"/>
        <source>answered %1</source>
        <translation>已答复 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_points_page.py" line="137"/>
        <source>open</source>
        <translation>未关闭</translation>
    </message>
</context>
<context>
    <name>SamplingPage</name>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="44"/>
        <location filename="../../app/ui/pages/sampling_page.py" line="62"/>
        <location filename="../../app/ui/pages/sampling_page.py" line="92"/>
        <source>Source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="45"/>
        <source>Inherent risk</source>
        <translation>固有风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="46"/>
        <location filename="../../app/ui/pages/sampling_page.py" line="48"/>
        <location filename="../../app/ui/pages/sampling_page.py" line="50"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="47"/>
        <source>Control risk</source>
        <translation>控制风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="49"/>
        <source>Detection risk</source>
        <translation>检查风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="55"/>
        <source>%1 risk</source>
        <translation>%1风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="61"/>
        <source>Population</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="63"/>
        <source>Invoices, meters or sites, one per line: number | description | value</source>
        <translation>发票、计量器具或场所，每行一项：编号 | 说明 | 数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="64"/>
        <source>Audit (for sites, IAF MD 1)</source>
        <translation>核查类型（场所抽样，IAF MD 1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="65"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="66"/>
        <source>Seed (random or systematic)</source>
        <translation>种子（随机或系统抽样）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="67"/>
        <source>Share of the records</source>
        <translation>抽样比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="68"/>
        <source>Reason (targeted) or note</source>
        <translation>理由（针对性抽样）或备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="74"/>
        <source>Value traced to the evidence</source>
        <translation>依据证据核实的数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="75"/>
        <location filename="../../app/ui/pages/sampling_page.py" line="122"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="76"/>
        <source>Evidence seen</source>
        <translation>查看的证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="85"/>
        <source>Risk and sampling</source>
        <translation>风险与抽样</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="92"/>
        <source>Inherent</source>
        <translation>固有</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="93"/>
        <source>Control</source>
        <translation>控制</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="93"/>
        <source>Detection</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="94"/>
        <source>Overall</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="96"/>
        <source>Assess a source</source>
        <translation>评估排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="96"/>
        <source>Remove assessment</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="96"/>
        <source>Edit risk</source>
        <translation>修改风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="106"/>
        <source>New sampling plan…</source>
        <translation>新建抽样计划…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="108"/>
        <source>Record result…</source>
        <translation>记录核查结果…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="110"/>
        <source>Errors found: enlarge the sample</source>
        <translation>发现差错：扩大样本</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="112"/>
        <location filename="../../app/ui/pages/sampling_page.py" line="323"/>
        <source>Raise finding for the errors</source>
        <translation>对差错提出核查发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="114"/>
        <source>Attach evidence to the sample…</source>
        <translation>附加样本证据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="120"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="120"/>
        <source>Recorded</source>
        <translation>记录值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="121"/>
        <source>Traced</source>
        <translation>核实值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="122"/>
        <source>Why chosen</source>
        <translation>抽取理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="123"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="137"/>
        <source>Risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="140"/>
        <source>Share of the records to check, by overall risk:</source>
        <translation>按综合风险确定的记录抽样比例：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="142"/>
        <source>Sampling plans</source>
        <translation>抽样计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="160"/>
        <source>key item (5 % or more of the total)</source>
        <translation>关键项（占总量 5% 以上）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="188"/>
        <source>Key sources (95 % of the total) without a reasoned assessment: %1</source>
        <translation>关键排放源（占总量 95%）尚无有理由的风险评估：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="189"/>
        <source>Every key source is assessed.</source>
        <translation>所有关键排放源均已评估。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="227"/>
        <source>No sampling plan yet.</source>
        <translation>尚无抽样计划。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="231"/>
        <source>%1 of %2 samples checked · errors %3 · projected to the source %4 against materiality %5</source>
        <translation>已核查 %1/%2 个样本 · 差错 %3 · 推算至该排放源 %4，实质性阈值 %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="272"/>
        <location filename="../../app/ui/pages/sampling_page.py" line="275"/>
        <source>New sampling plan</source>
        <translation>新建抽样计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="296"/>
        <source>Sample %1</source>
        <translation>样本 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="309"/>
        <source>Enlarge the sample</source>
        <translation>扩大样本</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="330"/>
        <source>Evidence (*.pdf *.jpg *.jpeg *.png *.xlsx);;All files (*)</source>
        <translation>证据 (*.pdf *.jpg *.jpeg *.png *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="333"/>
        <source>Attach to sample %1</source>
        <translation>附加到样本 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="338"/>
        <source>Risk table</source>
        <translation>风险抽样表</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="20"/>
        <source>Scope</source>
        <translation>核查范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="27"/>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="27"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="29"/>
        <source>New site</source>
        <translation>新场所</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="30"/>
        <source>Add site</source>
        <translation>添加场所</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="30"/>
        <source>Remove site</source>
        <translation>删除场所</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="30"/>
        <source>Edit site</source>
        <translation>编辑场所</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="34"/>
        <source>Engagement</source>
        <translation>核查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="36"/>
        <source>Scope and criteria</source>
        <translation>核查范围和准则</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="38"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="40"/>
        <source>Sites</source>
        <translation>场所</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="75"/>
        <source>Edit scope</source>
        <translation>编辑核查范围</translation>
    </message>
</context>
<context>
    <name>ScopeStep</name>
    <message>
        <location filename="../../app/ui/dialogs/new_engagement.py" line="137"/>
        <source>Scope</source>
        <translation>核查范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_engagement.py" line="138"/>
        <source>Sector codes, criteria, gases, objectives and boundaries. All can be changed later.</source>
        <translation>行业/技术领域代码、核查准则、温室气体种类、核查目的和边界。以上内容均可在之后修改。</translation>
    </message>
</context>
<context>
    <name>SendBack</name>
    <message>
        <location filename="../../app/ui/pages/issuing_panel.py" line="80"/>
        <source>Send back on the next sync</source>
        <translation>在下次同步时发回</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/issuing_panel.py" line="82"/>
        <source>The review points, the decision and certificate and the issued documents go to the intake service&apos;s data folder, for the lead verifier&apos;s laptop</source>
        <translation>评审问题、认证决定和证书以及签发文件放入接收服务的数据文件夹，供核查组长的笔记本电脑取回</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/issuing_panel.py" line="104"/>
        <source>Choose the intake service&apos;s data folder on “Received packages” first.</source>
        <translation>请先在“收到的数据包”中选择接收服务的数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/issuing_panel.py" line="115"/>
        <source>Nothing to send back yet: the technical review has not started.</source>
        <translation>尚无可发回的内容：技术评审尚未开始。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/issuing_panel.py" line="117"/>
        <source>Ready for the lead verifier&apos;s next sync, in %2: the review and its points, the decision and certificate if made, %1 issued document(s).</source>
        <translation>已放入 %2，待核查组长下次同步取回：技术评审及其问题、已作出的认证决定和证书、%1 份签发文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/issuing_panel.py" line="121"/>
        <source>Putting what goes back in the intake service&apos;s data folder…</source>
        <translation>正在把发回的内容放入接收服务的数据文件夹…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="16"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="19"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="28"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="29"/>
        <source>Your name in the change history</source>
        <translation>历史记录中显示的姓名</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="36"/>
        <location filename="../../app/ui/dialogs/signing.py" line="66"/>
        <source>Signing identity</source>
        <translation>签名身份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="37"/>
        <location filename="../../app/ui/dialogs/signing.py" line="67"/>
        <location filename="../../app/ui/dialogs/signing.py" line="113"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="38"/>
        <source>Signature box</source>
        <translation>签名栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="39"/>
        <source>Lead verifier</source>
        <translation>核查组长</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="40"/>
        <source>Authorised signatory (head office)</source>
        <translation>授权签发人（总部）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="41"/>
        <source>Role shown</source>
        <translation>显示的职务</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="41"/>
        <source>as in the identity</source>
        <translation>同签名身份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="42"/>
        <source>Reason</source>
        <translation>签名理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="43"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="44"/>
        <source>Handwritten signature image (optional)</source>
        <translation>手写签名图片（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="46"/>
        <source>I approve this document</source>
        <translation>本人批准此文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="56"/>
        <source>Sign %1</source>
        <translation>签署 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="77"/>
        <source>Countersign as the authorised signatory</source>
        <translation>以授权签字人身份会签</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="86"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="86"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="87"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="87"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="88"/>
        <source>Passphrase (8 characters or more)</source>
        <translation>口令（至少 8 个字符）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="89"/>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="101"/>
        <source>New signing identity</source>
        <translation>新建签名身份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="114"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing.py" line="125"/>
        <source>Verify %1</source>
        <translation>验证 %1</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="117"/>
        <source>Emission source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="117"/>
        <source>New emission source</source>
        <translation>新排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="131"/>
        <source>Fuel defaults from the library…</source>
        <translation>从因子库选择燃料缺省值…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="136"/>
        <source>blank: the client reported no figure for this source</source>
        <translation>留空：客户未报告该排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="144"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="144"/>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="144"/>
        <source>Emission unit</source>
        <translation>排放单元</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="145"/>
        <source>Equipment</source>
        <translation>排放设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="145"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="145"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="146"/>
        <source>Gas</source>
        <translation>气体</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="146"/>
        <source>Species</source>
        <translation>具体物质</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="146"/>
        <source>Emission factor</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="147"/>
        <source>Net calorific value</source>
        <translation>低位发热量</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="148"/>
        <source>Carbon content per unit heat</source>
        <translation>单位热值含碳量</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="149"/>
        <source>Oxidation rate</source>
        <translation>碳氧化率</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="149"/>
        <source>Streams</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="150"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="150"/>
        <source>Reported by the client (tCO₂e)</source>
        <translation>客户报告量（tCO₂e）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="233"/>
        <source>Edit emission source</source>
        <translation>编辑排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="233"/>
        <source>Add emission source</source>
        <translation>新增排放源</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="38"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="38"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="38"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="38"/>
        <source>Activity</source>
        <translation>活动数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="39"/>
        <source>Verified tCO₂e</source>
        <translation>核查 tCO₂e</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="39"/>
        <source>Reported tCO₂e</source>
        <translation>报告 tCO₂e</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="39"/>
        <source>Difference tCO₂e</source>
        <translation>差异 tCO₂e</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="39"/>
        <source>% of reported</source>
        <translation>占报告值 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inventory.py" line="113"/>
        <source>weighted from %1 lab results (Σq·v / Σq); the source states %2</source>
        <translation>由 %1 个检测结果加权（Σq·v / Σq）；排放源填写的是 %2</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="58"/>
        <source>Statement</source>
        <translation>核证声明</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="63"/>
        <source>New version</source>
        <translation>新建版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="65"/>
        <source>Make final…</source>
        <translation>定稿…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="68"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="72"/>
        <source>Verification statement (PDF)…</source>
        <translation>核证声明（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="73"/>
        <source>Carbon-neutrality certificate (PDF)…</source>
        <translation>碳中和证书（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="74"/>
        <source>Verification report (PDF)…</source>
        <translation>核查报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="78"/>
        <source>Statement, saved and signed…</source>
        <translation>核证声明（保存并签名）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="79"/>
        <source>Certificate, saved and signed…</source>
        <translation>碳中和证书（保存并签名）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="81"/>
        <source>Print the statement…</source>
        <translation>打印核证声明…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="82"/>
        <source>Open the statement in the PDF viewer</source>
        <translation>在 PDF 阅读器中打开核证声明</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="84"/>
        <source>Sign a PDF…</source>
        <translation>签署 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="85"/>
        <source>Verify a signed PDF…</source>
        <translation>验证已签名的 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="87"/>
        <source>New signing identity…</source>
        <translation>新建签名身份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="88"/>
        <source>Import a signing identity…</source>
        <translation>导入签名身份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="148"/>
        <source>Opinion</source>
        <translation>核查意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="149"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="173"/>
        <source>No statement yet: start draft 1 with New version.</source>
        <translation>尚无核证声明：点击“新建版本”开始第 1 版草稿。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="176"/>
        <source>Final on %1 by %2. The figures it quotes are frozen.</source>
        <translation>%2 于 %1 定稿。其引用的数据已冻结。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="179"/>
        <source>Changed in the engagement since: %1. Start a new version to quote them.</source>
        <translation>此后项目中有变化：%1。如需引用新数据，请新建版本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="184"/>
        <source>Ready to be made final.</source>
        <translation>可以定稿。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="185"/>
        <source>Before it can be made final:</source>
        <translation>定稿前还需：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="191"/>
        <source>Statement: %1</source>
        <translation>核证声明：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="196"/>
        <source>New statement version</source>
        <translation>新建核证声明版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="205"/>
        <source>Make %1 final? The figures it quotes are frozen and it can no longer be edited; a later change needs a new version.</source>
        <translation>将%1定稿？其引用的数据将被冻结，不能再修改；以后如有变化须新建版本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="207"/>
        <source>Make final</source>
        <translation>定稿</translation>
    </message>
</context>
<context>
    <name>StreamsTable</name>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="57"/>
        <source>Stream</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="57"/>
        <source>In / out</source>
        <translation>输入/输出</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="57"/>
        <source>Carbon content</source>
        <translation>含碳量</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="57"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="57"/>
        <source>Source of the value</source>
        <translation>数值来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="61"/>
        <source>Add stream</source>
        <translation>新增物料</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/source.py" line="61"/>
        <source>Remove stream</source>
        <translation>删除物料</translation>
    </message>
</context>
<context>
    <name>SurveillancePage</name>
    <message>
        <location filename="../../app/ui/pages/surveillance_page.py" line="33"/>
        <source>Surveillance</source>
        <translation>监督审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/surveillance_page.py" line="37"/>
        <source>What the surveillance audits (CICC-ZY/GZ-21 §9.8.1.5)</source>
        <translation>监督审核内容（CICC-ZY/GZ-21 第 9.8.1.5 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/surveillance_page.py" line="47"/>
        <source>Evidence and finding</source>
        <translation>审核证据与发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/surveillance_page.py" line="50"/>
        <source>Record the checklist</source>
        <translation>记录审核内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/surveillance_page.py" line="56"/>
        <source>Conclusion (required unless the certificate is kept)</source>
        <translation>审核结论（建议暂停或撤销时必填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/surveillance_page.py" line="57"/>
        <source>Make the recommendation</source>
        <translation>提出建议</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/surveillance_page.py" line="59"/>
        <source>Surveillance report (PDF)…</source>
        <translation>监督审核报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/surveillance_page.py" line="61"/>
        <source>The team&apos;s recommendation (§9.8.1.6)</source>
        <translation>审核组的建议（第 9.8.1.6 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/surveillance_page.py" line="71"/>
        <source>Reasons (required to suspend or withdraw)</source>
        <translation>理由（暂停或撤销时必填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/surveillance_page.py" line="72"/>
        <source>Record the decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/surveillance_page.py" line="74"/>
        <source>Head office&apos;s decision (§9.8.1.7), by a decision-maker not on the team</source>
        <translation>本机构的决定（第 9.8.1.7 条），由非审核组成员的认证决定人作出</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/surveillance_page.py" line="109"/>
        <source>Surveillance of certificate %1</source>
        <translation>证书 %1 的监督审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/surveillance_page.py" line="118"/>
        <source>Decided on %1: %2</source>
        <translation>%1 已决定：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/surveillance_page.py" line="120"/>
        <source>Recommended on %1: %2</source>
        <translation>%1 已建议：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/surveillance_page.py" line="147"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TakingIn</name>
    <message>
        <location filename="../../app/ui/actions/taking_in.py" line="31"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/taking_in.py" line="31"/>
        <source>refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/taking_in.py" line="32"/>
        <source>held already, nothing changed</source>
        <translation>已有，未作更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/taking_in.py" line="35"/>
        <source>%1 package(s) imported into head office&apos;s store.</source>
        <translation>已将 %1 个数据包导入总部的数据库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/taking_in.py" line="40"/>
        <source>Importing the received packages…</source>
        <translation>正在导入已接收的数据包…</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="24"/>
        <source>Team</source>
        <translation>核查组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="25"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="25"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="29"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="30"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="31"/>
        <source>Competent in</source>
        <translation>胜任技术领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="32"/>
        <source>Days</source>
        <translation>人天</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="33"/>
        <source>Impartiality</source>
        <translation>公正性声明</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="80"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="86"/>
        <source>Person (pick from the register, or type a new name):</source>
        <translation>人员（从名册中选择，或输入新姓名）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="37"/>
        <location filename="../../app/ui/pages/team_page.py" line="86"/>
        <source>Add member</source>
        <translation>添加组员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="37"/>
        <source>Remove member</source>
        <translation>删除组员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="37"/>
        <source>Edit team member</source>
        <translation>编辑组员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="59"/>
        <source>The team covers every technical area of the engagement.</source>
        <translation>核查组能力已覆盖本项目的全部技术领域。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="63"/>
        <source>Days of verifiers and experts: %1 (trainees do not count)</source>
        <translation>核查员和技术专家人天：%1（实习核查员不计入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="65"/>
        <source>planned man-days: %1</source>
        <translation>计划人天：%1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/unlock.py" line="30"/>
        <source>%1 is locked</source>
        <translation>%1 已锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock.py" line="34"/>
        <source>Use the recovery key instead</source>
        <translation>改用恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock.py" line="46"/>
        <source>The data in %1 is encrypted. Enter your passphrase to open it.</source>
        <translation>%1 中的数据已加密。请输入口令打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock.py" line="77"/>
        <source>Opening the folder…</source>
        <translation>正在打开数据文件夹…</translation>
    </message>
</context>
<context>
    <name>WorkbookActions</name>
    <message>
        <location filename="../../app/ui/actions/workbooks.py" line="76"/>
        <source>Export calculation workbook…</source>
        <translation>导出计算表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/workbooks.py" line="77"/>
        <source>Data request for the client…</source>
        <translation>生成客户数据请求表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/workbooks.py" line="78"/>
        <source>Import client data…</source>
        <translation>导入客户数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/workbooks.py" line="79"/>
        <source>Import reported figures…</source>
        <translation>导入客户报告值…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/workbooks.py" line="80"/>
        <source>Every figure as a live formula, with factors, activity data and totals (Ctrl+E)</source>
        <translation>所有数值均为可追溯的公式，含因子、活动数据和汇总（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/workbooks.py" line="91"/>
        <source>Save workbook</source>
        <translation>保存工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/workbooks.py" line="95"/>
        <source>Open workbook</source>
        <translation>打开工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/workbooks.py" line="111"/>
        <source>Cancelled: nothing was written or changed.</source>
        <translation>已取消：未写入或更改任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/workbooks.py" line="121"/>
        <source>Writing the calculation workbook…</source>
        <translation>正在写入计算工作簿……</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/workbooks.py" line="122"/>
        <location filename="../../app/ui/actions/workbooks.py" line="129"/>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/workbooks.py" line="128"/>
        <source>Writing the data request…</source>
        <translation>正在写入数据请求表……</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions/workbooks.py" line="151"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1……</translation>
    </message>
</context>
</TS>
