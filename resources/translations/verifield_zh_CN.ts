<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BasicsStep</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="86"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="87"/>
        <source>Programme, period, level of assurance and materiality.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../app/ui/forms.py" line="68"/>
        <source>Other criterion, e.g. the client&apos;s GHG manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="69"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../app/ui/pages/client_page.py" line="15"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/client_page.py" line="18"/>
        <source>Changes here apply to every engagement of this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/client_page.py" line="31"/>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientStep</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="40"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="41"/>
        <source>Who is being verified? Pick a client you have worked with, or enter a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="43"/>
        <source>Existing client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="45"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementListModel</name>
    <message>
        <location filename="../../app/ui/models.py" line="38"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="39"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="40"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="41"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="42"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models.py" line="43"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementListPage</name>
    <message>
        <location filename="../../app/ui/list_page.py" line="34"/>
        <source>Search code, title or client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="36"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="37"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="38"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="39"/>
        <source>All programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="40"/>
        <source>New engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="63"/>
        <source>No engagements yet. Start a new one, or open the demo engagement to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="65"/>
        <source>Open the demo engagement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/ui/fields.py" line="26"/>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="27"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="28"/>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="29"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="30"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="31"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="32"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="37"/>
        <source>Engagement title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="38"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="39"/>
        <source>Reporting period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="40"/>
        <source>Reporting period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="41"/>
        <source>Base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="42"/>
        <source>Consolidation approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="43"/>
        <source>Level of assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="44"/>
        <source>Materiality threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="45"/>
        <source>Reason for the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="46"/>
        <source>needed when it is not the default 5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="47"/>
        <source>GWP values from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="52"/>
        <source>Sector scope / technical areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="53"/>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="55"/>
        <source>Greenhouse gases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="56"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="57"/>
        <source>Scope and boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="62"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="63"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="64"/>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="65"/>
        <source>Competent in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="67"/>
        <source>Days on this engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="68"/>
        <source>Impartiality declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="69"/>
        <source>Declared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="70"/>
        <source>Conflicts of interest declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="71"/>
        <source>none, or what was declared and how it is handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="76"/>
        <source>Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="77"/>
        <source>Site address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="81"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="83"/>
        <source>GHG sources in the boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="84"/>
        <source>Document review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="85"/>
        <source>Site verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="86"/>
        <source>Statement and report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="87"/>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="88"/>
        <source>required when the plan departs from Annex A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="93"/>
        <source>Technical reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="94"/>
        <source>Decision-maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fields.py" line="95"/>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="17"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="19"/>
        <source>engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="20"/>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="21"/>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="22"/>
        <source>team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="26"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="27"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="28"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="29"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="30"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="31"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="39"/>
        <source>Filter the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history_page.py" line="76"/>
        <source>%1 changes recorded; the hash chain is intact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="52"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="53"/>
        <source>&amp;New engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="54"/>
        <source>Engagement &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="61"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="63"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="67"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="68"/>
        <source>&amp;About Verifield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="69"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105"/>
        <source>About Verifield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106"/>
        <source>Workbench for greenhouse-gas and carbon-neutrality verifiers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManDaysPage</name>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="20"/>
        <source>Man-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="23"/>
        <source>GHG sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="23"/>
        <source>Document review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="23"/>
        <source>Site verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="23"/>
        <source>Statement and report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="23"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="25"/>
        <source>by case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="37"/>
        <source>Seed 001 Annex A: carbon-neutrality verification man-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="42"/>
        <source>Use Annex A figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="47"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="64"/>
        <source>No plan yet: enter the number of GHG sources, then use the Annex A figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="67"/>
        <source>Total: %1 man-days; document review %2 % of it (at most 20 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="86"/>
        <source>Edit man-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="95"/>
        <source>Use Annex A man-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/mandays_page.py" line="98"/>
        <source>man-days not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewEngagementWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="162"/>
        <source>New engagement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="22"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="24"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="27"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="27"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="27"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="28"/>
        <source>Reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="28"/>
        <source>Level of assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="29"/>
        <source>Materiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="29"/>
        <source>GWP values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="29"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="42"/>
        <source>Terminate engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="57"/>
        <source>Technical review and decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="102"/>
        <source>No further stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="105"/>
        <source>Next stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="106"/>
        <source>Move to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="109"/>
        <source>What is still missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="111"/>
        <source>Nothing blocks the next stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="119"/>
        <source>Team days (%1) differ from the planned man-days (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="128"/>
        <source>Certificate valid until %1 (3 years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="132"/>
        <source>The certificate&apos;s validity and surveillance dates appear once the decision date is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="140"/>
        <location filename="../../app/ui/pages/overview_page.py" line="144"/>
        <source>Terminate engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="141"/>
        <source>Why is the verification being terminated? (rules §9.5.3.4: no co-operation, serious violations, or another reason it cannot be completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview_page.py" line="147"/>
        <source>Edit decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="19"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="25"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="25"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="27"/>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="28"/>
        <source>Add site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="28"/>
        <source>Remove site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="28"/>
        <source>Edit site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="32"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="34"/>
        <source>Scope and criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="36"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_page.py" line="70"/>
        <source>Edit scope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeStep</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="120"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="121"/>
        <source>Sector codes, criteria, gases, objectives and boundaries. All can be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="14"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="17"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="26"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="27"/>
        <source>Your name in the change history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="21"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="22"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="22"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="26"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="27"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="28"/>
        <source>Competent in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="29"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="30"/>
        <source>Impartiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="33"/>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="34"/>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="34"/>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="34"/>
        <source>Edit team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="56"/>
        <source>The team covers every technical area of the engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="60"/>
        <source>Days of verifiers and experts: %1 (trainees do not count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team_page.py" line="62"/>
        <source>planned man-days: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
