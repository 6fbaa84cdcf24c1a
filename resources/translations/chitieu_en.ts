<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcceptAll</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/accept_all.py" line="299"/>
        <source>Accepting %Ln records…</source>
        <translation>
            <numerusform>Accepting %Ln record…</numerusform>
            <numerusform>Accepting %Ln records…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/accept_all.py" line="309"/>
        <source>Accept %Ln records that pass</source>
        <translation>
            <numerusform>Accept %Ln record that passes</numerusform>
            <numerusform>Accept %Ln records that pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/accept_all.py" line="311"/>
        <source>%Ln records accepted. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%Ln record accepted. Ctrl+Z undoes it.</numerusform>
            <numerusform>%Ln records accepted. Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/accept_all.py" line="324"/>
        <source>Updating %Ln records…</source>
        <translation>
            <numerusform>Updating %Ln record…</numerusform>
            <numerusform>Updating %Ln records…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/accept_all.py" line="178"/>
        <source>%Ln pending records fail no check and have a confidence of at least %1.</source>
        <translation>
            <numerusform>%Ln pending record fails no check and has a confidence of at least %1.</numerusform>
            <numerusform>%Ln pending records fail no check and have a confidence of at least %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/accept_all.py" line="181"/>
        <source>Accept %Ln records</source>
        <translation>
            <numerusform>Accept %Ln record</numerusform>
            <numerusform>Accept %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/accept_all.py" line="197"/>
        <source>%Ln articles whose year was only guessed at import are held back (records that would pass: %1). To release one, open it and set its year: %2.</source>
        <translation>
            <numerusform>%Ln article whose year was only guessed at import is held back (records that would pass: %1). To release it, open it and set its year: %2.</numerusform>
            <numerusform>%Ln articles whose year was only guessed at import are held back (records that would pass: %1). To release one, open it and set its year: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdjudicationView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/adjudication_view.py" line="240"/>
        <source>%n article year(s)</source>
        <translation>
            <numerusform>%n article year</numerusform>
            <numerusform>%n article years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/adjudication_view.py" line="241"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/adjudication_view.py" line="243"/>
        <source>%n reviewer file(s) merged</source>
        <translation>
            <numerusform>%n reviewer file merged</numerusform>
            <numerusform>%n reviewer files merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/adjudication_view.py" line="292"/>
        <source>%Ln record(s) whose period follows from the year move with the year chosen; periods the text writes or a reviewer typed stay.</source>
        <translation>
            <numerusform>%Ln record whose period follows from the year moves with the year chosen; periods the text writes or a reviewer typed stay.</numerusform>
            <numerusform>%Ln records whose period follows from the year move with the year chosen; periods the text writes or a reviewer typed stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleYear</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/article_year.py" line="206"/>
        <source>The article&apos;s year is %1: %Ln records changed. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>The article&apos;s year is %1: %Ln record changed. Ctrl+Z undoes it.</numerusform>
            <numerusform>The article&apos;s year is %1: %Ln records changed. Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_view.py" line="187"/>
        <source>Places (up to %n)</source>
        <translation>
            <numerusform>Places (up to %n)</numerusform>
            <numerusform>Places (up to %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_view.py" line="249"/>
        <source>At most %n places in one chart.</source>
        <translation>
            <numerusform>At most %n place in one chart.</numerusform>
            <numerusform>At most %n places in one chart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_view.py" line="266"/>
        <source>%n records with a term or no year are not drawn.</source>
        <translation>
            <numerusform>%n record with a term or no year is not drawn.</numerusform>
            <numerusform>%n records with a term or no year are not drawn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetModel</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_model.py" line="243"/>
        <source>%n reviewed records in this period</source>
        <translation>
            <numerusform>%n reviewed record in this period</numerusform>
            <numerusform>%n reviewed records in this period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_model.py" line="350"/>
        <source>%n records of this row</source>
        <translation>
            <numerusform>%n record of this row</numerusform>
            <numerusform>%n records of this row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_model.py" line="361"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_view.py" line="416"/>
        <source>Show %n earlier periods</source>
        <translation>
            <numerusform>Show %n earlier period</numerusform>
            <numerusform>Show %n earlier periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_view.py" line="416"/>
        <source>(%n records)</source>
        <translation>
            <numerusform>(%n record)</numerusform>
            <numerusform>(%n records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_view.py" line="419"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_view.py" line="420"/>
        <source>%Ln reviewed records</source>
        <translation>
            <numerusform>%Ln reviewed record</numerusform>
            <numerusform>%Ln reviewed records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_view.py" line="421"/>
        <source>%Ln periods</source>
        <translation>
            <numerusform>%Ln period</numerusform>
            <numerusform>%Ln periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_view.py" line="425"/>
        <source>%Ln rows named by a label without a code (last, in italics)</source>
        <translation>
            <numerusform>%Ln row named by a label without a code (last, in italics)</numerusform>
            <numerusform>%Ln rows named by a label without a code (last, in italics)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_view.py" line="520"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/main_window.py" line="586"/>
        <source>%n records selected: Y or N decides all of them; A, E, T, Alt+K, Alt+P or Alt+A sets their kind, period or place</source>
        <translation>
            <numerusform>%n record selected: Y or N decides it; A, E, T, Alt+K, Alt+P or Alt+A sets its kind, period or place</numerusform>
            <numerusform>%n records selected: Y or N decides all of them; A, E, T, Alt+K, Alt+P or Alt+A sets their kind, period or place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/main_window.py" line="838"/>
        <source>Confirm the %n records still pending?</source>
        <translation>
            <numerusform>Confirm the %n record still pending?</numerusform>
            <numerusform>Confirm the %n records still pending?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/main_window.py" line="849"/>
        <source>%n record(s) without a label stay pending: F2 gives one a label.</source>
        <translation>
            <numerusform>%n record without a label stays pending: F2 gives it a label.</numerusform>
            <numerusform>%n records without a label stay pending: F2 gives one a label.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/record_editor.py" line="194"/>
        <source>Editing %n records at once — Enter saves the fields you changed on all of them, Esc cancels</source>
        <translation>
            <numerusform>Editing %n record — Enter saves the fields you changed, Esc cancels</numerusform>
            <numerusform>Editing %n records at once — Enter saves the fields you changed on all of them, Esc cancels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/transfers.py" line="76"/>
        <source>Imported %Ln new articles</source>
        <translation>
            <numerusform>Imported %Ln new article</numerusform>
            <numerusform>Imported %Ln new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/transfers.py" line="78"/>
        <source>with %Ln records</source>
        <translation>
            <numerusform>with %Ln record</numerusform>
            <numerusform>with %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/transfers.py" line="80"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/transfers.py" line="82"/>
        <source>%Ln duplicates</source>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/article_year.py" line="119"/>
        <source>%Ln records whose period came from %1 move with it (%1 → %2). Periods the text writes stay as they are; pending records stay pending.</source>
        <translation>
            <numerusform>%Ln record whose period came from %1 moves with it (%1 → %2). Periods the text writes stay as they are; pending records stay pending.</numerusform>
            <numerusform>%Ln records whose period came from %1 move with it (%1 → %2). Periods the text writes stay as they are; pending records stay pending.</numerusform>
        </translation>
    </message>
</context>
</TS>
