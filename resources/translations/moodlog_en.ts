<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ExportPdfDialog</name>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>Saved %n page to {path}.</numerusform>
            <numerusform>Saved %n pages to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalHealth</name>
    <message numerus="yes">
        <source>The journal&apos;s write-ahead log ({name}-wal) is damaged: %n saved change(s) after the damage cannot be read back. The journal and its log were copied to {evidence}.</source>
        <translation>
            <numerusform>The journal&apos;s write-ahead log ({name}-wal) is damaged: %n saved change after the damage cannot be read back. The journal and its log were copied to {evidence}.</numerusform>
            <numerusform>The journal&apos;s write-ahead log ({name}-wal) is damaged: %n saved changes after the damage cannot be read back. The journal and its log were copied to {evidence}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomesText</name>
    <message numerus="yes">
        <source>{kinds}, from {start}: %n session(s), the last on {last}.</source>
        <translation>
            <numerusform>{kinds}, from {start}: %n session, the last on {last}.</numerusform>
            <numerusform>{kinds}, from {start}: %n sessions, the last on {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No baseline: the last {name} before the course was %n day(s) before the first session (more than {window}).</source>
        <translation>
            <numerusform>No baseline: the last {name} before the course was %n day before the first session (more than {window}).</numerusform>
            <numerusform>No baseline: the last {name} before the course was %n days before the first session (more than {window}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the first session</source>
        <translation>
            <numerusform>%n day before the first session</numerusform>
            <numerusform>%n days before the first session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message numerus="yes">
        <source>%n older backup(s) could not be opened and were left as they were.</source>
        <translation>
            <numerusform>%n older backup could not be opened and were left as they were.</numerusform>
            <numerusform>%n older backups could not be opened and were left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your journal and %n backup(s) were updated.</source>
        <translation>
            <numerusform>Your journal and %n backup were updated.</numerusform>
            <numerusform>Your journal and %n backups were updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message numerus="yes">
        <source>All %n item(s) answered: total {total} ({band}).</source>
        <translation>
            <numerusform>All %n item answered: total {total} ({band}).</numerusform>
            <numerusform>All %n items answered: total {total} ({band}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnairesView</name>
    <message numerus="yes">
        <source>It has been %n day(s) since your last PHQ-9, on {day}.</source>
        <translation>
            <numerusform>It has been %n day since your last PHQ-9, on {day}.</numerusform>
            <numerusform>It has been %n days since your last PHQ-9, on {day}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n found (the newest 200). Enter opens the day.</source>
        <translation>
            <numerusform>%n found (the newest 200). Enter opens the day.</numerusform>
            <numerusform>%n found (the newest 200). Enter opens the day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found. Enter opens the day.</source>
        <translation>
            <numerusform>%n found. Enter opens the day.</numerusform>
            <numerusform>%n found. Enter opens the day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message numerus="yes">
        <source>over %n treatment(s) whose relief ended</source>
        <translation>
            <numerusform>over %n treatment whose relief ended</numerusform>
            <numerusform>over %n treatments whose relief ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still going at the next treatment or the last check-in are left out</source>
        <translation>
            <numerusform>%n still going at the next treatment or the last check-in are left out</numerusform>
            <numerusform>%n still going at the next treatment or the last check-in are left out</numerusform>
        </translation>
    </message>
</context>
</TS>
