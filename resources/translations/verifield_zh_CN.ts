<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BasicsStep</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="86"/>
        <source>Engagement</source>
        <translation>核查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="87"/>
        <source>Programme, period, level of assurance and materiality.</source>
        <translation>核查方案、核查期、保证等级和实质性阈值。</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../app/ui/forms.py" line="94"/>
        <source>Other criterion, e.g. the client&apos;s GHG manual</source>
        <translation>其他准则，如受核查方的温室气体管理手册</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="95"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="31"/>
        <location filename="../../app/ui/pages/checklists_page.py" line="70"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="32"/>
        <source>What was found</source>
        <translation>所见情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="33"/>
        <source>Interviewee</source>
        <translation>受访人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="34"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="35"/>
        <source>Checked at</source>
        <translation>核查时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="44"/>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="52"/>
        <location filename="../../app/ui/pages/checklists_page.py" line="205"/>
        <source>New checklist</source>
        <translation>新建检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="54"/>
        <source>Import template…</source>
        <translation>导入模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="55"/>
        <source>Export as template…</source>
        <translation>导出为模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="56"/>
        <source>Edit template…</source>
        <translation>编辑模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="58"/>
        <location filename="../../app/ui/pages/checklists_page.py" line="257"/>
        <source>Remove checklist</source>
        <translation>删除检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="61"/>
        <location filename="../../app/ui/pages/checklists_page.py" line="273"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="69"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="69"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="70"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="71"/>
        <source>Finding</source>
        <translation>核查发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="83"/>
        <source>Raise finding</source>
        <translation>提出核查发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="86"/>
        <source>Attach photo or file…</source>
        <translation>附加照片或文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="88"/>
        <source>Ctrl+Shift+A, or drop files on the page</source>
        <translation>Ctrl+Shift+A，或把文件拖到本页</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="101"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="199"/>
        <source>Checklist item %1</source>
        <translation>检查项 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="211"/>
        <source>Raise finding from item %1</source>
        <translation>由检查项 %1 提出发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="217"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.xlsx *.docx);;All files (*)</source>
        <translation>照片和文件 (*.jpg *.jpeg *.png *.heic *.pdf *.xlsx *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="220"/>
        <source>Attach to item %1</source>
        <translation>附加到检查项 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="230"/>
        <location filename="../../app/ui/pages/checklists_page.py" line="294"/>
        <source>Checklist template (*.json)</source>
        <translation>检查表模板 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="264"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="264"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="265"/>
        <source>Items, one per line: number | 中文 | English | clause | method (查/问/看/验)</source>
        <translation>检查项，每行一项：序号 | 中文 | English | 条款 | 方法（查/问/看/验）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checklists_page.py" line="282"/>
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
        <location filename="../../app/ui/wizard.py" line="40"/>
        <source>Client</source>
        <translation>受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="41"/>
        <source>Who is being verified? Pick a client you have worked with, or enter a new one.</source>
        <translation>核查对象是谁？请选择已合作过的受核查方，或录入新的受核查方。</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="43"/>
        <source>Existing client</source>
        <translation>已有受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="45"/>
        <source>New client</source>
        <translation>新受核查方</translation>
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
        <location filename="../../app/ui/models.py" line="39"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="40"/>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="41"/>
        <source>Client</source>
        <translation>受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="42"/>
        <source>Programme</source>
        <translation>核查方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="43"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="44"/>
        <source>Period</source>
        <translation>核查期</translation>
    </message>
</context>
<context>
    <name>EngagementListPage</name>
    <message>
        <location filename="../../app/ui/list_page.py" line="36"/>
        <source>Search code, title or client…</source>
        <translation>搜索编号、项目名称或受核查方…</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="38"/>
        <source>All clients</source>
        <translation>全部受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="39"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="40"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="41"/>
        <source>All programmes</source>
        <translation>全部核查方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="42"/>
        <source>New engagement…</source>
        <translation>新建核查项目…</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="44"/>
        <source>Delete demo…</source>
        <translation>删除演示项目…</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="46"/>
        <source>Only the demo engagement can be deleted; a real engagement can only be terminated.</source>
        <translation>只有演示项目可以删除；正式核查项目只能终止。</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="81"/>
        <source>No engagements yet. Start a new one, or open the demo engagement to look around.</source>
        <translation>暂无核查项目。可新建项目，或打开演示项目先熟悉一下。</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="83"/>
        <source>Open the demo engagement</source>
        <translation>打开演示项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="120"/>
        <source>Delete demo</source>
        <translation>删除演示项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="121"/>
        <source>Delete the demo engagement %1 and everything recorded in it? This cannot be undone.</source>
        <translation>删除演示项目 %1 及其中记录的全部内容？此操作不能撤销。</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="42"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="51"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="53"/>
        <source>Ctrl+Shift+A, or drop files on the page</source>
        <translation>Ctrl+Shift+A，或把文件拖到本页</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="54"/>
        <source>Check integrity</source>
        <translation>检查完整性</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="56"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="58"/>
        <source>Link to…</source>
        <translation>关联到…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="60"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="64"/>
        <source>Caption of the selected file (Enter to keep)</source>
        <translation>所选文件的说明（回车保存）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="74"/>
        <source>No photos or files yet.
Drop them here, or click “Add files…” (Ctrl+Shift+A).</source>
        <translation>还没有照片或文件。
把文件拖到这里，或点击“添加文件…”（Ctrl+Shift+A）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="104"/>
        <source>%1 files, %2 MB</source>
        <translation>%1 个文件，%2 MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="104"/>
        <source>%1 file, %2 MB</source>
        <translation>%1 个文件，%2 MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="119"/>
        <source>not linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="120"/>
        <source>taken</source>
        <translation>拍摄于</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="127"/>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="165"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.xlsx *.docx);;All files (*)</source>
        <translation>照片和文件 (*.jpg *.jpeg *.png *.heic *.pdf *.xlsx *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="181"/>
        <source>Add %1 file</source>
        <translation>添加 %1 个文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="186"/>
        <source>Adding %1 files…</source>
        <translation>正在添加 %1 个文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="137"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="181"/>
        <source>Add %1 files</source>
        <translation>添加 %1 个文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="186"/>
        <source>Adding %1 file…</source>
        <translation>正在添加 %1 个文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="208"/>
        <source>Checking %1 files…</source>
        <translation>正在检查 %1 个文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="208"/>
        <source>Checking %1 file…</source>
        <translation>正在检查 %1 个文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="214"/>
        <source>Missing or changed on disk (restore them from a backup): %1</source>
        <translation>文件缺失或已被改动（请从备份恢复）：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="217"/>
        <source>Check cancelled after %1 of %2 files; none of those was damaged.</source>
        <translation>检查在第 %1/%2 个文件时取消；已检查的文件均未损坏。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="221"/>
        <source>All %1 files are intact.</source>
        <translation>全部 %1 个文件完好。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="221"/>
        <source>The file is intact.</source>
        <translation>该文件完好。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="268"/>
        <source>Link to</source>
        <translation>关联到</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="272"/>
        <source>Link evidence</source>
        <translation>关联证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/evidence_page.py" line="280"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>FactorField</name>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="164"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="165"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="166"/>
        <source>source of the value</source>
        <translation>数值来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="172"/>
        <source>Library…</source>
        <translation>因子库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="215"/>
        <source>Typed by the verifier: state its source.</source>
        <translation>核查员录入：请注明来源。</translation>
    </message>
</context>
<context>
    <name>FactorPicker</name>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="28"/>
        <source>no status given</source>
        <translation>未注明状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="36"/>
        <source>Factor library: %1</source>
        <translation>因子库：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="42"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="43"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="44"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="47"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="48"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="45"/>
        <source>Status</source>
        <translation>核对状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="46"/>
        <source>Priority (CICC-ZY/GZ-21 §6.2)</source>
        <translation>优先级（CICC-ZY/GZ-21 第 6.2 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="49"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="49"/>
        <source>own</source>
        <translation>自建</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="58"/>
        <source>Search name, source, year…</source>
        <translation>搜索名称、来源、年份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="63"/>
        <source>⚠ marks values not yet checked against their source document: confirm before relying on them.</source>
        <translation>⚠ 表示该数值尚未与原始文件核对，使用前请确认。</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="65"/>
        <source>Add my own factor…</source>
        <translation>新增自建因子…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/ui/fields.py" line="28"/>
        <location filename="../../app/ui/fields.py" line="72"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="29"/>
        <location filename="../../app/ui/fields.py" line="73"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="30"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="31"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="32"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="33"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="34"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="39"/>
        <source>Engagement title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="40"/>
        <source>Programme</source>
        <translation>核查方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="41"/>
        <source>Reporting period from</source>
        <translation>核查期开始日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="42"/>
        <source>Reporting period to</source>
        <translation>核查期结束日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="43"/>
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="44"/>
        <source>Consolidation approach</source>
        <translation>合并方法（组织边界）</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="45"/>
        <source>Level of assurance</source>
        <translation>保证等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="46"/>
        <source>Materiality threshold</source>
        <translation>实质性阈值</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="47"/>
        <source>Reason for the threshold</source>
        <translation>阈值设定理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="48"/>
        <source>needed when it is not the default 5 %</source>
        <translation>不采用默认的 5% 时须填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="49"/>
        <source>GWP values from</source>
        <translation>全球增温潜势（GWP）取值来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="54"/>
        <source>Sector scope / technical areas</source>
        <translation>行业/技术领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="55"/>
        <source>Criteria</source>
        <translation>核查准则</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="57"/>
        <source>Greenhouse gases</source>
        <translation>温室气体</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="58"/>
        <source>Objectives</source>
        <translation>核查目的</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="59"/>
        <source>Scope and boundaries</source>
        <translation>核查范围和边界</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="198"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="84"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="77"/>
        <location filename="../../app/ui/fields.py" line="85"/>
        <source>Qualifications</source>
        <translation>资质</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="75"/>
        <location filename="../../app/ui/fields.py" line="86"/>
        <source>Competent in</source>
        <translation>胜任技术领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="88"/>
        <source>Days on this engagement</source>
        <translation>本项目人天</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="89"/>
        <source>Impartiality declared</source>
        <translation>已作公正性声明</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="90"/>
        <source>Declared on</source>
        <translation>声明日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="91"/>
        <source>Conflicts of interest declared</source>
        <translation>已申报的利益冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="92"/>
        <source>none, or what was declared and how it is handled</source>
        <translation>填写“无”，或说明申报的内容及处理方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="97"/>
        <source>Site name</source>
        <translation>场所名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="98"/>
        <source>Site address</source>
        <translation>场所地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="102"/>
        <source> days</source>
        <translation> 人天</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="104"/>
        <source>GHG sources in the boundary</source>
        <translation>边界内温室气体排放源数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="105"/>
        <source>Document review</source>
        <translation>文件审定</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="106"/>
        <source>Site verification</source>
        <translation>现场核查</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="107"/>
        <source>Statement and report</source>
        <translation>核查声明和报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="108"/>
        <source>Justification</source>
        <translation>偏离理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="109"/>
        <source>required when the plan departs from Annex A</source>
        <translation>人天安排偏离附录 A 时须填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="116"/>
        <source>Technical reviewer</source>
        <translation>技术评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="117"/>
        <source>Decision-maker</source>
        <translation>认证决定人</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="119"/>
        <source>Decision date</source>
        <translation>认证决定日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="126"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="127"/>
        <source>Quantity produced</source>
        <translation>产量</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="128"/>
        <source>Production unit</source>
        <translation>产量单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="133"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="134"/>
        <source>Registry</source>
        <translation>登记系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="135"/>
        <source>First serial number</source>
        <translation>起始序列号</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="136"/>
        <source>Last serial number</source>
        <translation>终止序列号</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="137"/>
        <source>Vintage</source>
        <translation>年份（减排量产生年）</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="138"/>
        <source>Quantity (tCO₂e)</source>
        <translation>数量（tCO₂e）</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="163"/>
        <source>Reported by the client (tCO₂e)</source>
        <translation>客户报告量（tCO₂e）</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="139"/>
        <source>Issued</source>
        <translation>已签发</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="65"/>
        <source>Site visit from</source>
        <translation>现场核查首日</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="66"/>
        <source>Site visit to</source>
        <translation>现场核查末日</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="67"/>
        <source>Statement date</source>
        <translation>核证声明日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="74"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="78"/>
        <source>Signing identity</source>
        <translation>签名身份</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="79"/>
        <source>identities/… .cer, or its SHA-256 fingerprint</source>
        <translation>identities/ 下的 .cer，或其 SHA-256 指纹</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="118"/>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="120"/>
        <source>Certificate issued on</source>
        <translation>证书签发日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="140"/>
        <source>Retired on</source>
        <translation>注销日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="141"/>
        <source>Retirement evidence</source>
        <translation>注销证明</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="142"/>
        <source>Retired on behalf of (beneficiary)</source>
        <translation>注销受益方（代表谁注销）</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="143"/>
        <location filename="../../app/ui/fields.py" line="164"/>
        <location filename="../../app/ui/fields.py" line="177"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="150"/>
        <source>Source name</source>
        <translation>排放源名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="151"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="152"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="153"/>
        <source>Gas</source>
        <translation>气体</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="154"/>
        <source>Species</source>
        <translation>具体物质</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="155"/>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="156"/>
        <source>Emission unit</source>
        <translation>排放单元</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="157"/>
        <source>Equipment</source>
        <translation>排放设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="158"/>
        <source>Emission factor</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="159"/>
        <source>Net calorific value</source>
        <translation>低位发热量</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="160"/>
        <source>Carbon content per unit heat</source>
        <translation>单位热值含碳量</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="161"/>
        <source>Oxidation rate</source>
        <translation>碳氧化率</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="162"/>
        <source>Streams</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="167"/>
        <source>Emission source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="168"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="169"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="170"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="171"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="172"/>
        <source>Origin</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="173"/>
        <source>Opening stock</source>
        <translation>期初库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="174"/>
        <source>Closing stock</source>
        <translation>期末库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="175"/>
        <source>Stream</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="176"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="195"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="196"/>
        <source>Reason for termination</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="197"/>
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="199"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="27"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="28"/>
        <source>Severity (nonconformity)</source>
        <translation>严重程度（不符合项）</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="29"/>
        <source>Criterion</source>
        <translation>核查准则</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="30"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="31"/>
        <source>Source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="32"/>
        <source>Finding</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="33"/>
        <source>Objective evidence</source>
        <translation>客观证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="34"/>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="40"/>
        <source>Root cause</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="41"/>
        <source>Correction</source>
        <translation>纠正</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="42"/>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="43"/>
        <source>Evidence supplied</source>
        <translation>整改证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="44"/>
        <source>Answered by</source>
        <translation>答复人</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="45"/>
        <source>Date answered</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="51"/>
        <source>Conservative estimate</source>
        <translation>保守估算</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="52"/>
        <source>Basis of the estimate</source>
        <translation>估算依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="107"/>
        <source>Findings proposed from the recalculation</source>
        <translation>按复核计算差异建议的发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="119"/>
        <source>Raise the ticked findings</source>
        <translation>提出勾选的发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="123"/>
        <source>Each source whose reported figure differs from the recalculation by more than the threshold:</source>
        <translation>报告值与复核计算值之差超过阈值的排放源：</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="137"/>
        <source>Import the client&apos;s reply: %1</source>
        <translation>导入受核查方的答复：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="135"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="135"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="136"/>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/finding_dialogs.py" line="153"/>
        <source>Import the client&apos;s reply</source>
        <translation>导入受核查方的答复</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="82"/>
        <source>Findings</source>
        <translation>核查发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="88"/>
        <source>Raise finding…</source>
        <translation>提出发现…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="90"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="91"/>
        <source>Propose from the recalculation…</source>
        <translation>按复核计算差异建议…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="94"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="97"/>
        <source>Findings form for the client (xlsx)…</source>
        <translation>给受核查方的整改单（xlsx）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="98"/>
        <source>Findings form for the client (PDF)…</source>
        <translation>给受核查方的整改单（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="99"/>
        <source>Import the client&apos;s reply…</source>
        <translation>导入受核查方的答复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="101"/>
        <source>Findings report (PDF)…</source>
        <translation>核查发现报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="414"/>
        <source>Difference threshold</source>
        <translation>差异阈值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="118"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="108"/>
        <source>A source whose difference from the recalculation is more than this per cent of its reported figure is proposed as a finding.</source>
        <translation>排放源的报告值与复核计算值之差超过其报告值的此百分比时，将被建议为核查发现。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="111"/>
        <source>Difference threshold (% of reported)</source>
        <translation>差异阈值（占报告值 %）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="121"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="122"/>
        <source>Unresolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="126"/>
        <source>Search findings</source>
        <translation>搜索核查发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="129"/>
        <location filename="../../app/ui/pages/findings_page.py" line="193"/>
        <location filename="../../app/ui/pages/findings_page.py" line="269"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="129"/>
        <location filename="../../app/ui/pages/findings_page.py" line="195"/>
        <location filename="../../app/ui/pages/findings_page.py" line="270"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="130"/>
        <location filename="../../app/ui/pages/findings_page.py" line="197"/>
        <location filename="../../app/ui/pages/findings_page.py" line="271"/>
        <source>Source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="154"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="154"/>
        <source>Record response…</source>
        <translation>记录答复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="154"/>
        <source>Accept and close…</source>
        <translation>验证通过并关闭…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="155"/>
        <source>Not accepted…</source>
        <translation>验证不通过…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="155"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="155"/>
        <source>Conservative estimate…</source>
        <translation>保守估算…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="156"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="193"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="194"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="195"/>
        <location filename="../../app/ui/pages/findings_page.py" line="272"/>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="196"/>
        <source>Answered</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="198"/>
        <location filename="../../app/ui/pages/findings_page.py" line="273"/>
        <source>Finding</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="212"/>
        <source>All sources</source>
        <translation>全部排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="224"/>
        <source>%1 findings · %2 block the final statement · %3 overdue</source>
        <translation>共 %1 项发现 · %2 项阻碍出具最终核证声明 · %3 项逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="270"/>
        <source>Requirement</source>
        <translation>依据条款</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="271"/>
        <source>Raised</source>
        <translation>提出</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="272"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="273"/>
        <source>Objective evidence</source>
        <translation>客观证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="274"/>
        <source>Verifier&apos;s comment</source>
        <translation>核查组意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="279"/>
        <source>Conservative estimate</source>
        <translation>保守估算</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="288"/>
        <source>History</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="306"/>
        <location filename="../../app/ui/pages/findings_page.py" line="308"/>
        <source>Raise finding</source>
        <translation>提出发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="325"/>
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="338"/>
        <source>Response to %1</source>
        <translation>%1 的答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="341"/>
        <source>Client&apos;s response to %1</source>
        <translation>受核查方对 %1 的答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="351"/>
        <source>Comment (optional):</source>
        <translation>意见（可选）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="351"/>
        <source>Why is the response not accepted?</source>
        <translation>验证不通过的理由？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="355"/>
        <source>Close %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="355"/>
        <source>Send back %1</source>
        <translation>退回 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="362"/>
        <source>Why is it reopened?</source>
        <translation>重新打开的理由？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="366"/>
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="376"/>
        <source>Estimate for %1</source>
        <translation>%1 的保守估算</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="379"/>
        <source>Conservative estimate for %1</source>
        <translation>%1 的保守估算</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="384"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="392"/>
        <source>No source differs from the recalculation by more than %1 %.</source>
        <translation>没有排放源的报告值与复核计算值之差超过 %1%。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/findings_page.py" line="403"/>
        <source>Raise proposed findings</source>
        <translation>提出建议的发现</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../app/ui/main.py" line="95"/>
        <source>Create a demo engagement?</source>
        <translation>创建演示项目？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="95"/>
        <source>A machinery manufacturer&apos;s invented 2025 inventory, with findings, field work and a draft statement, to look around. It is marked DEMO on the list and on every document, has a code of its own, and can be deleted from the list.</source>
        <translation>一家机械制造企业虚构的 2025 年度排放清单，含核查发现、现场工作和核查声明草稿，供熟悉软件使用。演示项目在列表和每份文件上都标有“演示项目 DEMO”，使用单独的编号，并可在列表中删除。</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="21"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="23"/>
        <source>engagement</source>
        <translation>核查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="24"/>
        <source>client</source>
        <translation>受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="25"/>
        <source>site</source>
        <translation>场所</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="26"/>
        <source>team member</source>
        <translation>核查组成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="27"/>
        <source>emission source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="28"/>
        <source>activity data</source>
        <translation>活动数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="29"/>
        <source>production</source>
        <translation>产量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="30"/>
        <source>offset</source>
        <translation>抵消</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="36"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="37"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="38"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="39"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="40"/>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="41"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="49"/>
        <source>Filter the history…</source>
        <translation>筛选历史记录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="80"/>
        <source>%1 change recorded; the hash chain is intact.</source>
        <translation>共记录 %1 条变更，哈希链完整。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="81"/>
        <source>%1 changes recorded; the hash chain is intact.</source>
        <translation>共记录 %1 条变更，哈希链完整。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="94"/>
        <source>Import client data: %1</source>
        <translation>导入客户数据：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="93"/>
        <source>Source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="93"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="93"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="93"/>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="93"/>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="105"/>
        <source>new record</source>
        <translation>新记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="115"/>
        <source>Import client data</source>
        <translation>导入客户数据</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="135"/>
        <source>Inventory</source>
        <translation>排放清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="141"/>
        <source>Add source…</source>
        <translation>新增排放源…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="142"/>
        <source>Edit source…</source>
        <translation>编辑排放源…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="143"/>
        <source>Remove source</source>
        <translation>删除排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="160"/>
        <source>Add period</source>
        <translation>新增期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="161"/>
        <source>Remove selected rows</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="162"/>
        <source>Paste from spreadsheet</source>
        <translation>从表格粘贴</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="163"/>
        <source>Tab-separated rows, with or without a header row (Chinese or English): period, quantity, unit, origin, …</source>
        <translation>制表符分隔的行，可带中文或英文表头：期间、数量、单位、数据来源……</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="187"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="187"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="187"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="189"/>
        <source>New product</source>
        <translation>新产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="190"/>
        <source>Add product</source>
        <translation>新增产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="190"/>
        <source>Remove product</source>
        <translation>删除产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="190"/>
        <source>Edit production</source>
        <translation>编辑产量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="217"/>
        <source>Activity data</source>
        <translation>活动数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="218"/>
        <source>Production</source>
        <translation>产量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="277"/>
        <source>GWP: %1 · materiality threshold %2 % · %3, %4</source>
        <translation>GWP：%1 · 实质性阈值 %2% · %3，%4</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="279"/>
        <source>%1 source</source>
        <translation>%1 个排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="279"/>
        <source>%1 sources</source>
        <translation>%1 个排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="280"/>
        <source>%1 record</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="280"/>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="375"/>
        <source>Paste %1 record</source>
        <translation>粘贴 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="317"/>
        <source>Remove emission source</source>
        <translation>删除排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="328"/>
        <source>Edit activity data</source>
        <translation>编辑活动数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="348"/>
        <source>Add activity data</source>
        <translation>新增活动数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="360"/>
        <source>Remove activity data</source>
        <translation>删除活动数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="375"/>
        <source>Paste %1 records</source>
        <translation>粘贴 %1 条记录</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../app/ui/jobs.py" line="50"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="54"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="55"/>
        <source>&amp;New engagement…</source>
        <translation>新建核查项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>Engagement &amp;list</source>
        <translation>核查项目列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>&amp;People…</source>
        <translation>人员名册(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>&amp;Import packages from folder…</source>
        <translation>从文件夹导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <source>Imported packages (read-only)…</source>
        <translation>已导入的数据包（只读）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="62"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="64"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="65"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="67"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="69"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="74"/>
        <source>&amp;About Verifield</source>
        <translation>关于 Verifield(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="75"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>Folder with packages</source>
        <translation>存放数据包的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121"/>
        <source>Head office&apos;s age key (Cancel if not encrypted)</source>
        <translation>总部的 age 私钥（未加密时请取消）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>About Verifield</source>
        <translation>关于 Verifield</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
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
        <location filename="../../app/ui/charts.py" line="29"/>
        <source>Net %1 %, gross %2 % of the reported total; threshold %3 %</source>
        <translation>净偏差 %1%、总偏差 %2%（占报告总量）；阈值 %3%</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="53"/>
        <source>net %1 % · gross %2 %</source>
        <translation>净偏差 %1% · 总偏差 %2%</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="55"/>
        <source>threshold %1 %</source>
        <translation>阈值 %1%</translation>
    </message>
</context>
<context>
    <name>NeutralityPage</name>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="18"/>
        <source>Carbon neutrality</source>
        <translation>碳中和</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="26"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="27"/>
        <source>Registry</source>
        <translation>登记系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="28"/>
        <source>Serial numbers</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="29"/>
        <source>Vintage</source>
        <translation>年份（减排量产生年）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="30"/>
        <source>tCO₂e</source>
        <translation>tCO₂e</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="31"/>
        <source>Retired on</source>
        <translation>注销日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="32"/>
        <source>Counts?</source>
        <translation>是否计入？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="36"/>
        <source>Add offset</source>
        <translation>新增抵消</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="36"/>
        <source>Remove offset</source>
        <translation>删除抵消</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="36"/>
        <source>Edit offset</source>
        <translation>编辑抵消</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="42"/>
        <source>ISO 14068-1: only issued, retired (ex-post) credits count: the vintage no later than the retirement, retired no later than 12 months after the end of the period they offset, on behalf of this client (the beneficiary is the client&apos;s name), with the retirement evidence kept; a serial range can be used once in the whole store.</source>
        <translation>ISO 14068-1：只计入已签发、已注销的（事后）减排量：年份不晚于注销日期，在所抵消期间结束后 12 个月内代表受核查方注销（受益方为受核查方名称），并保留注销证明；同一序列号区间在整个数据库中只能使用一次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="63"/>
        <source>Verified emissions %1 · eligible offsets %2 · not counted %3 (tCO₂e)</source>
        <translation>核查排放量 %1 · 可计入抵消 %2 · 不计入 %3（tCO₂e）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="74"/>
        <source>✗ Not neutral: shortfall of %1 tCO₂e.</source>
        <translation>✗ 未实现碳中和：缺口 %1 tCO₂e。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="67"/>
        <source>Verified emissions include the conservative estimates %1</source>
        <translation>核证排放量已计入保守估算 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="70"/>
        <source>Cannot conclude: some emission sources have no result yet (see the Inventory page).</source>
        <translation>无法得出结论：部分排放源尚无计算结果（见排放清单页）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/neutrality_page.py" line="72"/>
        <source>✓ Carbon neutral for the period.</source>
        <translation>✓ 本期间实现碳中和。</translation>
    </message>
</context>
<context>
    <name>NewEngagementWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="162"/>
        <source>New engagement</source>
        <translation>新建核查项目</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="23"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="26"/>
        <source>Engagement</source>
        <translation>核查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="29"/>
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="29"/>
        <source>Client</source>
        <translation>受核查方</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="29"/>
        <source>Programme</source>
        <translation>核查方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="30"/>
        <source>Reporting period</source>
        <translation>核查期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="30"/>
        <source>Site visit</source>
        <translation>现场核查日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="30"/>
        <source>Statement date</source>
        <translation>核证声明日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="31"/>
        <source>Level of assurance</source>
        <translation>保证等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="32"/>
        <source>Materiality</source>
        <translation>实质性阈值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="32"/>
        <source>GWP values</source>
        <translation>全球增温潜势（GWP）取值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="32"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="45"/>
        <source>Terminate engagement…</source>
        <translation>终止核查项目…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="47"/>
        <source>Package for head office…</source>
        <translation>打包提交总部…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="68"/>
        <source>Technical review and decision</source>
        <translation>技术评审与认证决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="98"/>
        <source>base year %1</source>
        <translation>基准年 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="100"/>
        <location filename="../../app/ui/pages/overview_page.py" line="101"/>
        <source>not set (Scope page)</source>
        <translation>未填写（见“核查范围”页）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="112"/>
        <source>No further stage</source>
        <translation>已无后续阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="115"/>
        <source>Next stage: %1</source>
        <translation>下一阶段：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="116"/>
        <source>Move to “%1”</source>
        <translation>进入“%1”阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="119"/>
        <source>What is still missing:</source>
        <translation>尚缺以下内容：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="121"/>
        <source>Nothing blocks the next stage.</source>
        <translation>已满足进入下一阶段的条件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="129"/>
        <source>Team days (%1) differ from the planned man-days (%2).</source>
        <translation>核查组人天（%1）与计划人天（%2）不一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="139"/>
        <source>Certificate valid until %1 (3 years from its issue).</source>
        <translation>证书有效期至 %1（自签发之日起 3 年）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="140"/>
        <source>%1: by %2</source>
        <translation>%1：%2 前</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="144"/>
        <source>The certificate&apos;s validity and surveillance dates appear once the decision date is set.</source>
        <translation>填写认证决定日期后，将显示证书有效期和监督审核日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="174"/>
        <location filename="../../app/ui/pages/overview_page.py" line="178"/>
        <source>Terminate engagement</source>
        <translation>终止核查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="175"/>
        <source>Why is the verification being terminated? (CICC-ZY/GZ-21 §9.5.3.4: no co-operation, serious violations, or another reason it cannot be completed)</source>
        <translation>请说明终止核查的原因（CICC-ZY/GZ-21 第 9.5.3.4 条：受核查方不予配合、存在严重违规行为，或因其他原因无法完成核查）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="181"/>
        <source>Edit decision</source>
        <translation>编辑认证决定</translation>
    </message>
</context>
<context>
    <name>OwnFactorDialog</name>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="109"/>
        <source>Add my own factor</source>
        <translation>新增自建因子</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="114"/>
        <source>e.g. lab report 2025-031, supplier statement</source>
        <translation>如检测报告 2025-031、供应商证明</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="123"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="123"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="123"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="124"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="124"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="124"/>
        <source>Status</source>
        <translation>核对状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="125"/>
        <source>Priority class</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="125"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../app/ui/factor_picker.py" line="138"/>
        <source>The value must be a number.</source>
        <translation>数值必须是数字。</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <location filename="../../app/ui/package_actions.py" line="37"/>
        <source>Signing identity (lead verifier)</source>
        <translation>签名身份（核查组长）</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="38"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="39"/>
        <source>Package file (e.g. on a USB stick)</source>
        <translation>数据包文件（例如在 U 盘上）</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="40"/>
        <source>Encrypt to (age public keys age1…, one a line; empty: not encrypted)</source>
        <translation>加密给（age 公钥 age1…，每行一个；留空则不加密）</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="57"/>
        <source>Package for head office: %1</source>
        <translation>打包提交总部：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="77"/>
        <source>Cancelled: no package was written.</source>
        <translation>已取消：未写入数据包。</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="79"/>
        <source>Package written: %1 (%2 files), SHA-256 %3</source>
        <translation>数据包已写入：%1（%2 个文件），SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="85"/>
        <source>Making the audit package…</source>
        <translation>正在制作审核数据包…</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="107"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="107"/>
        <source>already imported, nothing changed</source>
        <translation>此前已导入，未作更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="109"/>
        <source>No packages (.vfpkg) in %1.</source>
        <translation>%1 中没有数据包（.vfpkg）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="117"/>
        <source>Importing packages…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="128"/>
        <source>Imported packages (read-only)</source>
        <translation>已导入的数据包（只读）</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="143"/>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="156"/>
        <source>History (hash chain verified on import)</source>
        <translation>变更历史（导入时已校验哈希链）</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="176"/>
        <source>Revision %1, stage %2</source>
        <translation>第 %1 版，阶段 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="177"/>
        <source>Total stated %1 tCO2e, recalculated here %2 tCO2e</source>
        <translation>数据包所载总量 %1 tCO2e，此处重新计算为 %2 tCO2e</translation>
    </message>
    <message>
        <location filename="../../app/ui/package_actions.py" line="179"/>
        <source>The recalculation agrees with every figure the package states.</source>
        <translation>重新计算的结果与数据包所载的各项数字一致。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="88"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="92"/>
        <location filename="../../app/ui/pages/base.py" line="99"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="27"/>
        <source>People</source>
        <translation>人员名册</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="31"/>
        <source>Name (Chinese)</source>
        <translation>姓名（中文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="31"/>
        <source>Name (English)</source>
        <translation>姓名（英文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="32"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="33"/>
        <source>Competent in</source>
        <translation>专业能力</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="38"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="40"/>
        <source>Remove person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="99"/>
        <source>New person</source>
        <translation>新人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_dialog.py" line="114"/>
        <source>Edit person</source>
        <translation>修改人员</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="30"/>
        <location filename="../../app/ui/pages/plan_page.py" line="64"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="31"/>
        <location filename="../../app/ui/pages/plan_page.py" line="64"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="32"/>
        <location filename="../../app/ui/pages/plan_page.py" line="65"/>
        <source>Activity</source>
        <translation>核查内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="33"/>
        <location filename="../../app/ui/pages/plan_page.py" line="65"/>
        <source>Auditee</source>
        <translation>受访部门/人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="34"/>
        <location filename="../../app/ui/pages/plan_page.py" line="65"/>
        <source>Verifier</source>
        <translation>核查员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="37"/>
        <location filename="../../app/ui/pages/plan_page.py" line="190"/>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="38"/>
        <location filename="../../app/ui/pages/plan_page.py" line="190"/>
        <source>Who at the client was told, and how</source>
        <translation>已书面通知受核查方何人及方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="44"/>
        <location filename="../../app/ui/pages/plan_page.py" line="81"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="45"/>
        <location filename="../../app/ui/pages/plan_page.py" line="81"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="46"/>
        <source>Attendees (one per line: name | organisation | position)</source>
        <translation>参会人（每行一人：姓名 | 单位 | 职务）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="47"/>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="60"/>
        <source>Plan and meetings</source>
        <translation>计划与会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="69"/>
        <source>Add to the schedule…</source>
        <translation>添加日程…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="70"/>
        <source>Remove from the schedule…</source>
        <translation>删除日程…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="71"/>
        <source>Client confirmed…</source>
        <translation>受核查方已确认…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="73"/>
        <source>Plan for the client (PDF)…</source>
        <translation>核查计划（PDF，供受核查方确认）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="77"/>
        <source>Record the notice to the client…</source>
        <translation>记录对受核查方的通知…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="82"/>
        <source>Attendees</source>
        <translation>参会人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="82"/>
        <source>Signed sheet</source>
        <translation>已签到表</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="85"/>
        <source>Add meeting</source>
        <translation>添加会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="85"/>
        <source>Remove meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="85"/>
        <source>Edit meeting</source>
        <translation>修改会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="90"/>
        <source>Sign-in sheet (PDF)…</source>
        <translation>签到表（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="92"/>
        <source>Attach the signed sheet…</source>
        <translation>附加已签字的签到表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="105"/>
        <source>Verification plan</source>
        <translation>核查计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="109"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="127"/>
        <source>Confirmed by %1 on %2.</source>
        <translation>%1 已于 %2 确认。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="129"/>
        <source>Changed since: %1</source>
        <translation>此后变更：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="131"/>
        <source>Not yet confirmed by the client (send the plan before the site visit, CICC-ZY/GZ-21 §9.4.5).</source>
        <translation>受核查方尚未确认（请在现场核查前发送计划，CICC-ZY/GZ-21 第 9.4.5 条）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="134"/>
        <source>Changed since the client confirmed, not yet told: %1</source>
        <translation>受核查方确认后有变更，尚未通知：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="163"/>
        <source>Add to the schedule</source>
        <translation>添加日程</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="172"/>
        <source>Remove from the schedule</source>
        <translation>删除日程</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="176"/>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="176"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="180"/>
        <location filename="../../app/ui/pages/plan_page.py" line="182"/>
        <source>Client confirmed the plan</source>
        <translation>受核查方确认计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="197"/>
        <location filename="../../app/ui/pages/plan_page.py" line="199"/>
        <source>Record the notice to the client</source>
        <translation>记录对受核查方的通知</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="231"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan_page.py" line="236"/>
        <source>Attach the signed sheet</source>
        <translation>附加已签字的签到表</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/ui/preview_dialog.py" line="31"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_dialog.py" line="44"/>
        <source>Nothing can be imported until every cell below is corrected; nothing was changed.</source>
        <translation>以下单元格全部改正之前不能导入；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="125"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="125"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="125"/>
        <source>Stream</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="126"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="126"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="126"/>
        <source>Origin</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="127"/>
        <source>Opening stock</source>
        <translation>期初库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="127"/>
        <source>Closing stock</source>
        <translation>期末库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="128"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="128"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReportedImport</name>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="133"/>
        <source>Import reported figures: %1</source>
        <translation>导入报告值：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="144"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="145"/>
        <source>Header row</source>
        <translation>表头所在行</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="146"/>
        <source>Column with source names</source>
        <translation>排放源名称所在列</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="147"/>
        <source>Column with emissions</source>
        <translation>排放量所在列</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="148"/>
        <source>Unit of the emissions</source>
        <translation>排放量单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="154"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="235"/>
        <source>Import reported figures</source>
        <translation>导入报告值</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="50"/>
        <source>Direct emissions (category 1)</source>
        <translation>直接排放（类别 1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="50"/>
        <source>Indirect emissions (categories 2–6)</source>
        <translation>间接排放（类别 2–6）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="52"/>
        <source>Total reported</source>
        <translation>报告总量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="51"/>
        <source>Conservative estimates (findings)</source>
        <translation>保守估算（核查发现）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="52"/>
        <source>Total verified (estimates included)</source>
        <translation>核证排放总量（含保守估算）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="53"/>
        <source>Intensity</source>
        <translation>排放强度</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="53"/>
        <source>Reported − verified (% of reported total)</source>
        <translation>报告 − 核证（占报告总量 %）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="72"/>
        <location filename="../../app/ui/pages/inventory_page.py" line="73"/>
        <source>verified</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="73"/>
        <source>reported</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="87"/>
        <source>Materiality (net and gross misstatement, % of reported total)</source>
        <translation>实质性（净偏差与总偏差，占报告总量 %）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="117"/>
        <source>Not reported by the client (outside the reported total): %1</source>
        <translation>受核查方未报告（不计入报告总量）：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="92"/>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="81"/>
        <source>Results (tCO₂e)</source>
        <translation>结果（tCO₂e）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="94"/>
        <source>Key sources: reported vs verified</source>
        <translation>关键排放源：报告与核查对比</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inventory_page.py" line="113"/>
        <source>Not in the totals until their data are complete: %1</source>
        <translation>数据不完整、暂未计入总量：%1</translation>
    </message>
</context>
<context>
    <name>SamplingPage</name>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="33"/>
        <location filename="../../app/ui/pages/sampling_page.py" line="51"/>
        <location filename="../../app/ui/pages/sampling_page.py" line="81"/>
        <source>Source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="34"/>
        <source>Inherent risk</source>
        <translation>固有风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="35"/>
        <location filename="../../app/ui/pages/sampling_page.py" line="37"/>
        <location filename="../../app/ui/pages/sampling_page.py" line="39"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="36"/>
        <source>Control risk</source>
        <translation>控制风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="38"/>
        <source>Detection risk</source>
        <translation>检查风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="44"/>
        <source>%1 risk</source>
        <translation>%1风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="50"/>
        <source>Population</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="52"/>
        <source>Invoices, meters or sites, one per line: number | description | value</source>
        <translation>发票、计量器具或场所，每行一项：编号 | 说明 | 数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="53"/>
        <source>Audit (for sites, IAF MD 1)</source>
        <translation>核查类型（场所抽样，IAF MD 1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="54"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="55"/>
        <source>Seed (random or systematic)</source>
        <translation>种子（随机或系统抽样）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="56"/>
        <source>Share of the records</source>
        <translation>抽样比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="57"/>
        <source>Reason (targeted) or note</source>
        <translation>理由（针对性抽样）或备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="63"/>
        <source>Value traced to the evidence</source>
        <translation>依据证据核实的数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="64"/>
        <location filename="../../app/ui/pages/sampling_page.py" line="111"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="65"/>
        <source>Evidence seen</source>
        <translation>查看的证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="74"/>
        <source>Risk and sampling</source>
        <translation>风险与抽样</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="81"/>
        <source>Inherent</source>
        <translation>固有</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="82"/>
        <source>Control</source>
        <translation>控制</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="82"/>
        <source>Detection</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="83"/>
        <source>Overall</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="85"/>
        <source>Assess a source</source>
        <translation>评估排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="85"/>
        <source>Remove assessment</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="85"/>
        <source>Edit risk</source>
        <translation>修改风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="95"/>
        <source>New sampling plan…</source>
        <translation>新建抽样计划…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="97"/>
        <source>Record result…</source>
        <translation>记录核查结果…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="99"/>
        <source>Errors found: enlarge the sample</source>
        <translation>发现差错：扩大样本</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="101"/>
        <location filename="../../app/ui/pages/sampling_page.py" line="312"/>
        <source>Raise finding for the errors</source>
        <translation>对差错提出核查发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="103"/>
        <source>Attach evidence to the sample…</source>
        <translation>附加样本证据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="109"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="109"/>
        <source>Recorded</source>
        <translation>记录值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="110"/>
        <source>Traced</source>
        <translation>核实值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="111"/>
        <source>Why chosen</source>
        <translation>抽取理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="112"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="126"/>
        <source>Risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="129"/>
        <source>Share of the records to check, by overall risk:</source>
        <translation>按综合风险确定的记录抽样比例：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="131"/>
        <source>Sampling plans</source>
        <translation>抽样计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="149"/>
        <source>key item (5 % or more of the total)</source>
        <translation>关键项（占总量 5% 以上）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="177"/>
        <source>Key sources (95 % of the total) without a reasoned assessment: %1</source>
        <translation>关键排放源（占总量 95%）尚无有理由的风险评估：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="178"/>
        <source>Every key source is assessed.</source>
        <translation>所有关键排放源均已评估。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="216"/>
        <source>No sampling plan yet.</source>
        <translation>尚无抽样计划。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="220"/>
        <source>%1 of %2 samples checked · errors %3 · projected to the source %4 against materiality %5</source>
        <translation>已核查 %1/%2 个样本 · 差错 %3 · 推算至该排放源 %4，实质性阈值 %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="261"/>
        <location filename="../../app/ui/pages/sampling_page.py" line="264"/>
        <source>New sampling plan</source>
        <translation>新建抽样计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="285"/>
        <source>Sample %1</source>
        <translation>样本 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="298"/>
        <source>Enlarge the sample</source>
        <translation>扩大样本</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="319"/>
        <source>Evidence (*.pdf *.jpg *.jpeg *.png *.xlsx);;All files (*)</source>
        <translation>证据 (*.pdf *.jpg *.jpeg *.png *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="322"/>
        <source>Attach to sample %1</source>
        <translation>附加到样本 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sampling_page.py" line="327"/>
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
        <location filename="../../app/ui/pages/scope_page.py" line="71"/>
        <source>Edit scope</source>
        <translation>编辑核查范围</translation>
    </message>
</context>
<context>
    <name>ScopeStep</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="120"/>
        <source>Scope</source>
        <translation>核查范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="121"/>
        <source>Sector codes, criteria, gases, objectives and boundaries. All can be changed later.</source>
        <translation>行业/技术领域代码、核查准则、温室气体种类、核查目的和边界。以上内容均可在之后修改。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="14"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="17"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="26"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="27"/>
        <source>Your name in the change history</source>
        <translation>历史记录中显示的姓名</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="36"/>
        <source>Signing identity</source>
        <translation>签名身份</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="37"/>
        <location filename="../../app/ui/signing_dialogs.py" line="91"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="38"/>
        <source>Signature box</source>
        <translation>签名栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="39"/>
        <source>Lead verifier</source>
        <translation>核查组长</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="40"/>
        <source>Authorised signatory (head office)</source>
        <translation>授权签发人（总部）</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="41"/>
        <source>Role shown</source>
        <translation>显示的职务</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="41"/>
        <source>as in the identity</source>
        <translation>同签名身份</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="42"/>
        <source>Reason</source>
        <translation>签名理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="43"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="44"/>
        <source>Handwritten signature image (optional)</source>
        <translation>手写签名图片（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="46"/>
        <source>I approve this document</source>
        <translation>本人批准此文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="56"/>
        <source>Sign %1</source>
        <translation>签署 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="64"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="64"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="65"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="65"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="66"/>
        <source>Passphrase (8 characters or more)</source>
        <translation>口令（至少 8 个字符）</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="67"/>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="79"/>
        <source>New signing identity</source>
        <translation>新建签名身份</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="92"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/signing_dialogs.py" line="103"/>
        <source>Verify %1</source>
        <translation>验证 %1</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="106"/>
        <source>Emission source</source>
        <translation>排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="106"/>
        <source>New emission source</source>
        <translation>新排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="120"/>
        <source>Fuel defaults from the library…</source>
        <translation>从因子库选择燃料缺省值…</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="125"/>
        <source>blank: the client reported no figure for this source</source>
        <translation>留空：客户未报告该排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="133"/>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="133"/>
        <source>Emission unit</source>
        <translation>排放单元</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="134"/>
        <source>Equipment</source>
        <translation>排放设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="134"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="134"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="135"/>
        <source>Gas</source>
        <translation>气体</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="135"/>
        <source>Species</source>
        <translation>具体物质</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="135"/>
        <source>Emission factor</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="136"/>
        <source>Net calorific value</source>
        <translation>低位发热量</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="137"/>
        <source>Carbon content per unit heat</source>
        <translation>单位热值含碳量</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="138"/>
        <source>Oxidation rate</source>
        <translation>碳氧化率</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="138"/>
        <source>Streams</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="139"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="139"/>
        <source>Reported by the client (tCO₂e)</source>
        <translation>客户报告量（tCO₂e）</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="222"/>
        <source>Edit emission source</source>
        <translation>编辑排放源</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="222"/>
        <source>Add emission source</source>
        <translation>新增排放源</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="37"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="37"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="37"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="37"/>
        <source>Activity</source>
        <translation>活动数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="38"/>
        <source>Verified tCO₂e</source>
        <translation>核查 tCO₂e</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="38"/>
        <source>Reported tCO₂e</source>
        <translation>报告 tCO₂e</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="38"/>
        <source>Difference tCO₂e</source>
        <translation>差异 tCO₂e</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_models.py" line="38"/>
        <source>% of reported</source>
        <translation>占报告值 %</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="39"/>
        <source>Statement</source>
        <translation>核证声明</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="44"/>
        <source>New version</source>
        <translation>新建版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="46"/>
        <source>Make final…</source>
        <translation>定稿…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="49"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="53"/>
        <source>Verification statement (PDF)…</source>
        <translation>核证声明（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="54"/>
        <source>Carbon-neutrality certificate (PDF)…</source>
        <translation>碳中和证书（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="55"/>
        <source>Verification report (PDF)…</source>
        <translation>核查报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="59"/>
        <source>Statement, saved and signed…</source>
        <translation>核证声明（保存并签名）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="60"/>
        <source>Certificate, saved and signed…</source>
        <translation>碳中和证书（保存并签名）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="62"/>
        <source>Print the statement…</source>
        <translation>打印核证声明…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="63"/>
        <source>Open the statement in the PDF viewer</source>
        <translation>在 PDF 阅读器中打开核证声明</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="65"/>
        <source>Sign a PDF…</source>
        <translation>签署 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="66"/>
        <source>Verify a signed PDF…</source>
        <translation>验证已签名的 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="68"/>
        <source>New signing identity…</source>
        <translation>新建签名身份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="69"/>
        <source>Import a signing identity…</source>
        <translation>导入签名身份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="129"/>
        <source>Opinion</source>
        <translation>核查意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="130"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="154"/>
        <source>No statement yet: start draft 1 with New version.</source>
        <translation>尚无核证声明：点击“新建版本”开始第 1 版草稿。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="157"/>
        <source>Final on %1 by %2. The figures it quotes are frozen.</source>
        <translation>%2 于 %1 定稿。其引用的数据已冻结。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="160"/>
        <source>Changed in the engagement since: %1. Start a new version to quote them.</source>
        <translation>此后项目中有变化：%1。如需引用新数据，请新建版本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="165"/>
        <source>Ready to be made final.</source>
        <translation>可以定稿。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="166"/>
        <source>Before it can be made final:</source>
        <translation>定稿前还需：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="172"/>
        <source>Statement: %1</source>
        <translation>核证声明：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="177"/>
        <source>New statement version</source>
        <translation>新建核证声明版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="186"/>
        <source>Make %1 final? The figures it quotes are frozen and it can no longer be edited; a later change needs a new version.</source>
        <translation>将%1定稿？其引用的数据将被冻结，不能再修改；以后如有变化须新建版本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statement_page.py" line="188"/>
        <source>Make final</source>
        <translation>定稿</translation>
    </message>
</context>
<context>
    <name>StreamsTable</name>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="46"/>
        <source>Stream</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="46"/>
        <source>In / out</source>
        <translation>输入/输出</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="46"/>
        <source>Carbon content</source>
        <translation>含碳量</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="46"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="46"/>
        <source>Source of the value</source>
        <translation>数值来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="50"/>
        <source>Add stream</source>
        <translation>新增物料</translation>
    </message>
    <message>
        <location filename="../../app/ui/source_dialog.py" line="50"/>
        <source>Remove stream</source>
        <translation>删除物料</translation>
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
    <name>WorkbookActions</name>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="42"/>
        <source>Export calculation workbook…</source>
        <translation>导出计算表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="43"/>
        <source>Data request for the client…</source>
        <translation>生成客户数据请求表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="44"/>
        <source>Import client data…</source>
        <translation>导入客户数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="45"/>
        <source>Import reported figures…</source>
        <translation>导入客户报告值…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="46"/>
        <source>Every figure as a live formula, with factors, activity data and totals (Ctrl+E)</source>
        <translation>所有数值均为可追溯的公式，含因子、活动数据和汇总（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="57"/>
        <source>Save workbook</source>
        <translation>保存工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/workbook_actions.py" line="61"/>
        <source>Open workbook</source>
        <translation>打开工作簿</translation>
    </message>
</context>
</TS>
