<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>moodlog is a personal journal, not a medical device. It records, charts and summarises what you enter; it does not diagnose, assess risk or advise on treatment. Talk to your clinician about your care.</source>
        <translation>moodlog ist ein persönliches Tagebuch, kein Medizinprodukt. Es zeichnet auf, stellt grafisch dar und fasst zusammen, was Sie eintragen; es stellt keine Diagnosen, schätzt kein Risiko ein und gibt keine Behandlungsempfehlungen. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über Ihre Behandlung.</translation>
    </message>
    <message>
        <source>About moodlog</source>
        <translation>Über moodlog</translation>
    </message>
    <message>
        <source>moodlog icon</source>
        <translation>moodlog-Symbol</translation>
    </message>
    <message>
        <source>A private journal for people being treated for depression.</source>
        <translation>Ein privates Tagebuch für Menschen, die wegen einer Depression behandelt werden.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later ({licence}). Everything stays on this computer: moodlog never opens a network connection.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später ({licence}). Alles bleibt auf diesem Computer: moodlog baut nie eine Netzwerkverbindung auf.</translation>
    </message>
    <message>
        <source>Your journal:</source>
        <translation>Ihr Tagebuch:</translation>
    </message>
    <message>
        <source>Open &amp;journal folder</source>
        <translation>&amp;Tagebuchordner öffnen</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Protokolldateien:</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von Ihnen angelegt</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before demo data</source>
        <translation>Vor den Demodaten</translation>
    </message>
    <message>
        <source>Your journal before a restore</source>
        <translation>Ihr Tagebuch vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Damaged journal, kept aside</source>
        <translation>Beschädigtes Tagebuch, beiseitegelegt</translation>
    </message>
    <message>
        <source>Before encryption</source>
        <translation>Vor der Verschlüsselung</translation>
    </message>
    <message>
        <source>Before a moodlog update</source>
        <translation>Vor einem moodlog-Update</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>moodlog keeps a verified copy of your journal each day you use it (the last 7 days and 8 weeks), and before every import or update. Restoring one first keeps your current journal here too: nothing is ever deleted by a restore.</source>
        <translation>moodlog legt an jedem Tag, an dem Sie es nutzen, eine geprüfte Kopie Ihres Tagebuchs an (die letzten 7 Tage und 8 Wochen), außerdem vor jedem Import und jedem Update. Wenn Sie eine Sicherung wiederherstellen, wird Ihr jetziges Tagebuch zuvor ebenfalls hier abgelegt: Eine Wiederherstellung löscht nie etwas.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Tageseinträge</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>&amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>Diese Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy, HH:mm</source>
        <translation>ddd, dd.MM.yyyy, HH:mm</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Replace your journal with the backup from {when}?

Your journal as it is now is kept in the backups folder first, so you can come back to it.</source>
        <translation>Ihr Tagebuch durch die Sicherung vom {when} ersetzen?

Ihr Tagebuch in seinem jetzigen Stand wird zuvor im Sicherungsordner abgelegt, sodass Sie zu ihm zurückkehren können.</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd, d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>{error}

Your journal was not changed.</source>
        <translation>{error}

Ihr Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Your journal was restored from the backup.</source>
        <translation>Ihr Tagebuch wurde aus der Sicherung wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ChartTables</name>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Before dosing</source>
        <translation>Vor der Gabe</translation>
    </message>
    <message>
        <source>Highest after</source>
        <translation>Höchster danach</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>after</source>
        <translation>danach</translation>
    </message>
    <message>
        <source>Yours (0-3)</source>
        <translation>Ihr Wert (0-3)</translation>
    </message>
    <message>
        <source>CADSS (as reported by the clinic)</source>
        <translation>CADSS (laut Klinik)</translation>
    </message>
    <message>
        <source>unanswered</source>
        <extracomment>Cell codes: 0-3 severities, then these two.</extracomment>
        <translation>unbeantwortet</translation>
    </message>
    <message>
        <source>no check-in</source>
        <extracomment>Short names for chart rows and table columns (the full labels are in the catalogue).</extracomment>
        <translation>kein Tageseintrag</translation>
    </message>
    <message>
        <source>too early to tell</source>
        <translation>noch zu früh</translation>
    </message>
    <message>
        <source>no relief</source>
        <translation>keine Besserung</translation>
    </message>
    <message>
        <source>too few check-ins</source>
        <translation>zu wenige Tageseinträge</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <extracomment>Days as the other views show them (&quot;Tue 01 Dec 2026&quot;), not ISO.</extracomment>
        <translation>ddd, dd.MM.yyyy</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Mood (0-10)</source>
        <translation>Stimmung (0-10)</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Symptom burden (0-36)</source>
        <translation>Symptomlast (0-36)</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation>Stunden Schlaf</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Ansprechen</translation>
    </message>
    <message>
        <source>remission</source>
        <translation>Remission</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Total (0-21)</source>
        <translation>Summe (0-21)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Days of relief</source>
        <translation>Besserung (Tage)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Daily symptom burden (0-36)</source>
        <translation>Tägliche Symptomlast (0-36)</translation>
    </message>
    <message>
        <source>Mood {mood}/10</source>
        <translation>Stimmung {mood}/10</translation>
    </message>
    <message>
        <source> · 7-day mean {mean}</source>
        <translation> · 7-Tage-Mittel {mean}</translation>
    </message>
    <message>
        <source>Symptom burden {burden} / 36</source>
        <translation>Symptomlast {burden} / 36</translation>
    </message>
    <message>
        <source>Sleep {hours} h</source>
        <translation>Schlaf {hours} Std.</translation>
    </message>
    <message>
        <source>Moderate or severe: {list}</source>
        <translation>Mittel oder schwer: {list}</translation>
    </message>
    <message>
        <source>No check-in</source>
        <translation>Kein Tageseintrag</translation>
    </message>
    <message>
        <source>Treatment: {treatment}</source>
        <translation>Behandlung: {treatment}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>sum of ratings</source>
        <translation>Summe der Bewertungen</translation>
    </message>
    <message>
        <source>Side effects per session</source>
        <translation>Nebenwirkungen je Sitzung</translation>
    </message>
    <message>
        <source>Moment (how you were then)</source>
        <translation>Moment (wie es Ihnen da ging)</translation>
    </message>
    <message>
        <source>Medication started / stopped</source>
        <translation>Medikament begonnen / beendet</translation>
    </message>
    <message>
        <source>Mod. severe</source>
        <translation>Mittelschwer</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Baseline {total} ({day})</source>
        <translation>Ausgangswert {total} ({day})</translation>
    </message>
    <message>
        <source>{name} total</source>
        <translation>{name} Gesamtwert</translation>
    </message>
    <message>
        <source>Response (50% below baseline)</source>
        <translation>Ansprechen (50 % unter dem Ausgangswert)</translation>
    </message>
    <message>
        <source>Remission (below 5)</source>
        <translation>Remission (unter 5)</translation>
    </message>
    <message>
        <source>Blood pressure per session: before dosing and highest after (▲ systolic, ▼ diastolic)</source>
        <translation>Blutdruck je Sitzung: vor der Gabe und höchster Wert danach (▲ systolisch, ▼ diastolisch)</translation>
    </message>
    <message>
        <source>before dosing</source>
        <translation>vor der Gabe</translation>
    </message>
    <message>
        <source>highest after dosing</source>
        <translation>höchster nach der Gabe</translation>
    </message>
    <message>
        <source>0 none – 3 severe</source>
        <translation>0 keine – 3 schwer</translation>
    </message>
    <message>
        <source>Dissociation per session: bars yours (0-3); numbers the CADSS total as reported by the clinic</source>
        <translation>Dissoziation je Sitzung: Balken Ihr Wert (0-3); Zahlen die CADSS-Summe laut Klinik</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>Daily mood</source>
        <translation>Tägliche Stimmung</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation>Stunden Schlaf</translation>
    </message>
    <message>
        <source>Mood</source>
        <extracomment>Dots are drawn only while days are at least this many pixels apart; closer than that they merge into a smear that costs a frame to paint, and the line shows the same values.</extracomment>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>0 worst – 10 best</source>
        <translation>0 am schlechtesten – 10 am besten</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Symptoms today</source>
        <translation>Beschwerden heute</translation>
    </message>
    <message>
        <source>“None” means you did not have it today. Leave “Not answered” when you would rather not say.</source>
        <translation>„Keine“ bedeutet, dass Sie es heute nicht hatten. Lassen Sie „Keine Angabe“ stehen, wenn Sie es lieber nicht sagen möchten.</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorheriger Tag (Alt+Links)</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Date of the check-in</source>
        <translation>Datum des Tageseintrags</translation>
    </message>
    <message>
        <source>Date of the check-in (Ctrl+D)</source>
        <translation>Datum des Tageseintrags (Strg+D)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Nächster Tag (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Mood from 0, {worst}, to 10, {best}</source>
        <translation>Stimmung von 0, {worst}, bis 10, {best}</translation>
    </message>
    <message>
        <source>Sleep and a note</source>
        <translation>Schlaf und eine Notiz</translation>
    </message>
    <message>
        <source>Hours s&amp;lept:</source>
        <translation>&amp;Geschlafene Stunden:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation>Geschlafene Stunden</translation>
    </message>
    <message>
        <source>&amp;Note (private: left out of the PDF unless you include notes):</source>
        <translation>&amp;Notiz (privat: nicht im PDF, außer Sie nehmen Notizen auf):</translation>
    </message>
    <message>
        <source>Anything you want to remember about today</source>
        <translation>Alles, was Sie von heute festhalten möchten</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>Tageseintrag &amp;speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Your own symptoms</source>
        <translation>Ihre eigenen Beschwerden</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Saved {day} at {time}</source>
        <translation>Gespeichert am {day} um {time}</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>No check-in for this day yet</source>
        <translation>Noch kein Tageseintrag für diesen Tag</translation>
    </message>
    <message>
        <source>How are you today?</source>
        <translation>Wie geht es Ihnen heute?</translation>
    </message>
    <message>
        <source>Check-in for {day}</source>
        <translation>Tageseintrag für {day}</translation>
    </message>
    <message>
        <source>dddd</source>
        <translation>dddd</translation>
    </message>
    <message>
        <source>Unsaved check-in</source>
        <translation>Ungespeicherter Tageseintrag</translation>
    </message>
    <message>
        <source>You have changed the check-in for {day} without saving it.</source>
        <translation>Sie haben den Tageseintrag für {day} geändert, ohne ihn zu speichern.</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>Choose your mood (0-10) first.</source>
        <translation>Wählen Sie zuerst Ihre Stimmung (0–10).</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>✓ Saved at {time}</source>
        <translation>✓ Gespeichert um {time}</translation>
    </message>
</context>
<context>
    <name>ClinicianScoreDialog</name>
    <message>
        <source>Correct a clinician score</source>
        <translation>Ärztlichen Wert korrigieren</translation>
    </message>
    <message>
        <source>Add a clinician score</source>
        <translation>Ärztlichen Wert eintragen</translation>
    </message>
    <message>
        <source>Type in the total your clinician told you, for example of the MADRS (0-60). Only the total is kept.</source>
        <translation>Tragen Sie den Gesamtwert ein, den Ihre Ärztin oder Ihr Arzt Ihnen genannt hat, zum Beispiel der MADRS (0–60). Nur der Gesamtwert wird gespeichert.</translation>
    </message>
    <message>
        <source>Name of the scale</source>
        <translation>Name der Skala</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skala:</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Date of the rating</source>
        <translation>Datum der Einschätzung</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>&amp;Total:</source>
        <translation>&amp;Gesamtwert:</translation>
    </message>
    <message>
        <source>e.g. who rated it, or before which session</source>
        <translation>z. B. wer eingeschätzt hat oder vor welcher Sitzung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>this score</source>
        <translation>diesen Wert</translation>
    </message>
    <message>
        <source>the date is in the future; a score is for today or an earlier day</source>
        <translation>das Datum liegt in der Zukunft; ein Wert gilt für heute oder einen früheren Tag</translation>
    </message>
    <message>
        <source>type in the total your clinician reported</source>
        <translation>tragen Sie den Gesamtwert ein, den Ihre Ärztin oder Ihr Arzt genannt hat</translation>
    </message>
    <message>
        <source>Replace the {scale} score?</source>
        <translation>{scale}-Wert ersetzen?</translation>
    </message>
    <message>
        <source>There is already a {scale} score for {day} (total {total}). Replace it with this one?</source>
        <translation>Für {day} gibt es schon einen {scale}-Wert (Gesamtwert {total}). Durch diesen ersetzen?</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>Nicht gespeichert: {reason}.</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Add a p&amp;erson</source>
        <translation>&amp;Person hinzufügen</translation>
    </message>
    <message>
        <source>Add a ser&amp;vice</source>
        <translation>&amp;Einrichtung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row of {section}</source>
        <translation>Die ausgewählte Zeile aus „{section}“ entfernen</translation>
    </message>
    <message>
        <source>At most {most} here.</source>
        <translation>Hier sind höchstens {most} Zeilen möglich.</translation>
    </message>
    <message>
        <source>row {number}: {problem}</source>
        <translation>Zeile {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>Crisis</name>
    <message>
        <source>If you are thinking about death or suicide, you deserve support right now.</source>
        <translation>Wenn Sie an den Tod oder an Suizid denken, haben Sie jetzt Unterstützung verdient.</translation>
    </message>
    <message>
        <source>No one monitors this app. What you write here is not seen by a clinician or anyone else.</source>
        <translation>Niemand überwacht diese App. Was Sie hier schreiben, sieht weder eine Ärztin oder ein Arzt noch sonst jemand.</translation>
    </message>
    <message>
        <source>If you are in immediate danger, call your local emergency number now.</source>
        <translation>Wenn Sie in unmittelbarer Gefahr sind, rufen Sie jetzt den örtlichen Notruf an.</translation>
    </message>
    <message>
        <source>moodlog does not know your country. Choose it in the list below (or in Preferences) to see its crisis lines; until then, findahelpline.com lists helplines by country.</source>
        <translation>moodlog kennt Ihr Land nicht. Wählen Sie es in der Liste unten (oder in den Einstellungen), um die Krisentelefone dort zu sehen; bis dahin nennt findahelpline.com Hilfetelefone nach Ländern.</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Ein anderes Land</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <extracomment>Every ``Resource.note`` and ``Line.label`` of core.crisis_lines, and the emergency service.</extracomment>
        <translation>Notruf</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>rund um die Uhr</translation>
    </message>
    <message>
        <source>English and French, 24/7</source>
        <translation>Englisch und Französisch, rund um die Uhr</translation>
    </message>
    <message>
        <source>free, 24/7</source>
        <translation>kostenlos, rund um die Uhr</translation>
    </message>
    <message>
        <source>free, anonymous</source>
        <translation>kostenlos, anonym</translation>
    </message>
    <message>
        <source>free, anonymous, 24/7</source>
        <translation>kostenlos, anonym, rund um die Uhr</translation>
    </message>
    <message>
        <source>in Dutch, 24/7</source>
        <translation>auf Niederländisch, rund um die Uhr</translation>
    </message>
    <message>
        <source>lists vetted helplines by country</source>
        <translation>geprüfte Hilfetelefone nach Land</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>English, Fridays 9-13</source>
        <translation>Englisch, freitags 9-13 Uhr</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>chat, mail</source>
        <translation>Chat, E-Mail</translation>
    </message>
    <message>
        <source>where to get help</source>
        <translation>wo es Hilfe gibt</translation>
    </message>
    <message>
        <source>{what} at {address}</source>
        <translation>{what} unter {address}</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>call {number}</source>
        <translation>{number} anrufen</translation>
    </message>
    <message>
        <source>text {number}</source>
        <translation>SMS an {number}</translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>Your country is not set</source>
        <translation>Ihr Land ist nicht festgelegt</translation>
    </message>
    <message>
        <source>Numbers checked on {day} against each service&apos;s own site or a government site.</source>
        <translation>Nummern am {day} mit der Website des jeweiligen Dienstes oder einer Behördenseite abgeglichen.</translation>
    </message>
    <message>
        <source>dd MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>{number} anrufen</translation>
    </message>
    <message>
        <source>Text {number}</source>
        <translation>SMS an {number}</translation>
    </message>
    <message>
        <source>Open {address}</source>
        <translation>{address} öffnen</translation>
    </message>
</context>
<context>
    <name>CrisisPanel</name>
    <message>
        <source>Crisis resources</source>
        <translation>Krisenhilfe</translation>
    </message>
    <message>
        <source>Crisis resources for your region</source>
        <translation>Krisenhilfe für Ihre Region</translation>
    </message>
    <message>
        <source>Your region</source>
        <translation>Ihre Region</translation>
    </message>
    <message>
        <source>Your &amp;region:</source>
        <translation>Ihre &amp;Region:</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>what you entered</source>
        <translation>Ihre Eingaben</translation>
    </message>
    <message>
        <source>Discard your entries?</source>
        <translation>Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>Close without saving {what}?</source>
        <translation>Schließen, ohne {what} zu speichern?</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>ExportFhirDialog</name>
    <message>
        <source>Export for a clinic&apos;s record (FHIR)</source>
        <translation>Für die Akte einer Klinik exportieren (FHIR)</translation>
    </message>
    <message>
        <source>One HL7 FHIR R4 file that a clinic&apos;s electronic record can take in: PHQ-9 and GAD-7 with their LOINC codes, blood pressure and heart rate, ketamine and esketamine sessions, daily mood and symptoms. Your notes are never included.</source>
        <translation>Eine HL7-FHIR-R4-Datei, die die elektronische Akte einer Klinik übernehmen kann: PHQ-9 und GAD-7 mit ihren LOINC-Codes, Blutdruck und Puls, Ketamin- und Esketamin-Sitzungen, tägliche Stimmung und Beschwerden. Ihre Notizen sind nie enthalten.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Optional: without it, the file does not name you</source>
        <translation>Optional: ohne Namen nennt die Datei Sie nicht</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What the file will hold</source>
        <translation>Was die Datei enthalten wird</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>der erste Tag</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>der letzte Tag</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <source>The file will hold {resources}.</source>
        <translation>Die Datei wird enthalten: {resources}.</translation>
    </message>
    <message>
        <source>Save the FHIR file</source>
        <translation>FHIR-Datei speichern</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}. Nothing was written.</source>
        <translation>{path} konnte nicht geschrieben werden: {error}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The file holds {resources}.</source>
        <translation>Die Datei enthält: {resources}.</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Geschrieben nach {path}.</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export a PDF for your clinician</source>
        <translation>PDF für Ihre Ärztin oder Ihren Arzt exportieren</translation>
    </message>
    <message>
        <source>A summary to hand to your clinician: key figures, charts and tables for the period you choose. It stays on this computer until you share it.</source>
        <translation>Eine Zusammenfassung für Ihre Ärztin oder Ihren Arzt: Kennzahlen, Diagramme und Tabellen für den gewählten Zeitraum. Sie bleibt auf diesem Computer, bis Sie sie weitergeben.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Optional: printed on every page</source>
        <translation>Optional: wird auf jede Seite gedruckt</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Include my &amp;notes (they are private: left out unless ticked)</source>
        <translation>Meine &amp;Notizen aufnehmen (privat: nur wenn angekreuzt)</translation>
    </message>
    <message>
        <source>Include my &amp;safety plan (private: left out unless ticked)</source>
        <translation>Meinen &amp;Sicherheitsplan aufnehmen (privat: nur wenn angekreuzt)</translation>
    </message>
    <message>
        <source>Add every &amp;reading of each session (an appendix)</source>
        <translation>Alle Mess&amp;werte jeder Sitzung anfügen (als Anhang)</translation>
    </message>
    <message>
        <source>What the PDF will include</source>
        <translation>Was das PDF enthalten wird</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>der erste Tag</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>der letzte Tag</translation>
    </message>
    <message>
        <source>Nothing was recorded from {first} to {last}: choose another period.</source>
        <translation>Vom {first} bis zum {last} wurde nichts erfasst: Wählen Sie einen anderen Zeitraum.</translation>
    </message>
    <message>
        <source>Your notes are left out.</source>
        <translation>Ihre Notizen bleiben draußen.</translation>
    </message>
    <message>
        <source>The PDF will include:</source>
        <translation>Das PDF wird enthalten:</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}. No file was left behind.</source>
        <translation>Das PDF konnte nicht geschrieben werden: {error}. Es blieb keine Datei zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>%n Seite nach {path} gespeichert.</numerusform>
            <numerusform>%n Seiten nach {path} gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>{error}.

Nothing was changed.</source>
        <translation>{error}.

Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Datei zum Importieren wählen</translation>
    </message>
    <message>
        <source>Imported {count} check-ins.</source>
        <translation>Tageseinträge importiert: {count}.</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Alles als JSON exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported your journal to {path}.</source>
        <translation>Ihr Tagebuch wurde nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Tageseinträge</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>Clinician scores</source>
        <translation>Ärztliche Werte</translation>
    </message>
    <message>
        <source>Export a table</source>
        <translation>Eine Tabelle exportieren</translation>
    </message>
    <message>
        <source>Which table?</source>
        <translation>Welche Tabelle?</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Exported {table} to {path}.</source>
        <translation>{table} nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>only mild ones</source>
        <translation>nur leichte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Double-click a day (or press Enter) to open its check-in.</source>
        <translation>Doppelklicken Sie auf einen Tag (oder drücken Sie die Eingabetaste), um seinen Tageseintrag zu öffnen.</translation>
    </message>
    <message>
        <source>Recent days (last {days})</source>
        <translation>Letzte Tage (die letzten {days})</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Worst symptoms</source>
        <translation>Stärkste Symptome</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Letzte Tageseinträge</translation>
    </message>
    <message>
        <source>&amp;Open day</source>
        <translation>Tag ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Delete day…</source>
        <translation>Tag &amp;löschen …</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd, dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Delete this check-in?</source>
        <translation>Diesen Tageseintrag löschen?</translation>
    </message>
    <message>
        <source>Delete the check-in for {day}, with its symptoms and note? This cannot be undone.</source>
        <translation>Den Tageseintrag vom {day} mit seinen Symptomen und seiner Notiz löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Files moodlog can import (*.json *.csv *.emoods);;moodlog JSON or Pixels backup (*.json);;Daylio, Bearable, iMoodJournal or eMoods CSV (*.csv);;eMoods backup (*.emoods);;All files (*)</source>
        <translation>Dateien, die moodlog importieren kann (*.json *.csv *.emoods);;moodlog-JSON oder Pixels-Sicherung (*.json);;Daylio-, Bearable-, iMoodJournal- oder eMoods-CSV (*.csv);;eMoods-Sicherung (*.emoods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import into your journal</source>
        <extracomment>What a dry run said of the file&apos;s safety plan (&quot;written&quot;, &quot;kept&quot;; None: nothing). The mood map last used with this journal for the file&apos;s format.</extracomment>
        <translation>In Ihr Tagebuch importieren</translation>
    </message>
    <message>
        <source>this import (nothing has been imported yet)</source>
        <translation>diesen Import (es wurde noch nichts importiert)</translation>
    </message>
    <message>
        <source>Bring in a moodlog JSON export, or an export of Daylio, Bearable, iMoodJournal, Pixels or eMoods (the README says how to export from each). You see what it holds before anything is written.</source>
        <translation>Übernehmen Sie einen JSON-Export von moodlog oder einen Export aus Daylio, Bearable, iMoodJournal, Pixels oder eMoods (wie man aus jeder App exportiert, steht im README). Sie sehen, was er enthält, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Was die Datei enthält</translation>
    </message>
    <message>
        <source>The file&apos;s moods on moodlog&apos;s scale (0 = worst, 10 = best)</source>
        <translation>Die Stimmungen der Datei auf der Skala von moodlog (0 = am schlechtesten, 10 = am besten)</translation>
    </message>
    <message>
        <source>Days already in your journal</source>
        <translation>Tage, die schon in Ihrem Tagebuch stehen</translation>
    </message>
    <message>
        <source>&amp;Keep the journal&apos;s entries for these days</source>
        <translation>Die Einträge des Tagebuchs für diese Tage &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Replace them with the file&apos;s</source>
        <translation>Durch die der Datei &amp;ersetzen</translation>
    </message>
    <message>
        <source>A backup of your journal is taken first, and the file goes in all at once or not at all.</source>
        <translation>Zuerst wird Ihr Tagebuch gesichert, und die Datei wird ganz oder gar nicht übernommen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Datei zum Importieren wählen</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen …</translation>
    </message>
    <message>
        <source>This file cannot be imported. {problem}

Nothing was written to your journal.</source>
        <translation>Diese Datei kann nicht importiert werden. {problem}

Es wurde nichts in Ihr Tagebuch geschrieben.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>{problem}

Nothing was changed in your journal.</source>
        <translation>{problem}

In Ihrem Tagebuch wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>{days} and {count} more</source>
        <translation>{days} und {count} weitere</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <source>It holds a safety plan, which becomes yours: your journal has none yet.</source>
        <translation>Sie enthält einen Sicherheitsplan, der Ihrer wird: Ihr Tagebuch hat noch keinen.</translation>
    </message>
    <message>
        <source>It holds a safety plan. Your journal has its own, which is kept unless you choose to replace your entries with the file&apos;s.</source>
        <translation>Sie enthält einen Sicherheitsplan. Ihr Tagebuch hat einen eigenen, der erhalten bleibt, außer Sie wählen, Ihre Einträge durch die der Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>It holds a safety plan, which replaces the one in your journal.</source>
        <translation>Sie enthält einen Sicherheitsplan, der den in Ihrem Tagebuch ersetzt.</translation>
    </message>
    <message>
        <source>Notes longer than {max} characters are cut on {count} day: {days}.</source>
        <translation>Notizen über {max} Zeichen werden an {count} Tag gekürzt: {days}.</translation>
    </message>
    <message>
        <source>Notes longer than {max} characters are cut on {count} days: {days}.</source>
        <translation>Notizen über {max} Zeichen werden an {count} Tagen gekürzt: {days}.</translation>
    </message>
    <message>
        <source>, {first} to {last}</source>
        <translation>, {first} bis {last}</translation>
    </message>
    <message>
        <source>A moodlog JSON export: {checkins}, {treatments}, {questionnaires}, {scores} and {moments}{span}.</source>
        <translation>Ein JSON-Export von moodlog: {checkins}, {treatments}, {questionnaires}, {scores} und {moments}{span}.</translation>
    </message>
    <message>
        <source>{count} check-in</source>
        <translation>{count} Tageseintrag</translation>
    </message>
    <message>
        <source>{count} check-ins</source>
        <translation>{count} Tageseinträge</translation>
    </message>
    <message>
        <source>{count} treatment</source>
        <translation>{count} Behandlung</translation>
    </message>
    <message>
        <source>{count} treatments</source>
        <translation>{count} Behandlungen</translation>
    </message>
    <message>
        <source>{count} questionnaire</source>
        <translation>{count} Fragebogen</translation>
    </message>
    <message>
        <source>{count} questionnaires</source>
        <translation>{count} Fragebögen</translation>
    </message>
    <message>
        <source>{count} clinician score</source>
        <translation>{count} ärztlicher Wert</translation>
    </message>
    <message>
        <source>{count} clinician scores</source>
        <translation>{count} ärztliche Werte</translation>
    </message>
    <message>
        <source>{count} moment</source>
        <translation>{count} Moment</translation>
    </message>
    <message>
        <source>{count} moments</source>
        <translation>{count} Momente</translation>
    </message>
    <message>
        <source>Symptoms of your own it adds: {symptoms}.</source>
        <translation>Eigene Beschwerden, die sie hinzufügt: {symptoms}.</translation>
    </message>
    <message>
        <source>A Daylio CSV export: {entries} on {days}{span}. Each day becomes one check-in.</source>
        <translation>Ein CSV-Export von Daylio: {entries} an {days}{span}. Jeder Tag wird ein Tageseintrag.</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation>{count} Eintrag</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>{count} day had several entries ({entries} in all): the check-in gets the mean of their moods, rounded, and every entry with its time in the note.</source>
        <translation>{count} Tag hatte mehrere Einträge (insgesamt {entries}): Der Tageseintrag erhält den gerundeten Mittelwert ihrer Stimmungen und jeden Eintrag mit seiner Uhrzeit in der Notiz.</translation>
    </message>
    <message>
        <source>{count} days had several entries ({entries} in all): the check-in gets the mean of their moods, rounded, and every entry with its time in the note.</source>
        <translation>{count} Tage hatten mehrere Einträge (insgesamt {entries}): Der Tageseintrag erhält den gerundeten Mittelwert ihrer Stimmungen und jeden Eintrag mit seiner Uhrzeit in der Notiz.</translation>
    </message>
    <message>
        <source>Titles, notes and activities go into the check-in&apos;s note. Daylio does not record symptoms, so they stay unanswered.</source>
        <translation>Titel, Notizen und Aktivitäten kommen in die Notiz des Tageseintrags. Daylio erfasst keine Beschwerden, daher bleiben sie unbeantwortet.</translation>
    </message>
    <message>
        <source>The file has no header line; its columns were recognised from the data: {columns}.</source>
        <translation>Die Datei hat keine Kopfzeile; ihre Spalten wurden an den Daten erkannt: {columns}.</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>Nicht importierte Spalten: {columns}.</translation>
    </message>
    <message>
        <source>Symptoms go onto moodlog&apos;s 0-3 scale (Mild 1, Moderate 2, Severe 3), sleep hours into sleep, factors and emotions become tags; energy, medications, gratitudes, food and notes go into the day&apos;s note, labelled.</source>
        <translation>Beschwerden kommen auf die Skala 0–3 von moodlog (leicht 1, mittel 2, schwer 3), Schlafstunden in den Schlaf, Faktoren und Gefühle werden Schlagwörter; Energie, Medikamente, Dankbarkeit, Essen und Notizen kommen beschriftet in die Notiz des Tages.</translation>
    </message>
    <message>
        <source>Each entry becomes a moment with its time and comment; hashtags become tags.</source>
        <translation>Jeder Eintrag wird ein Moment mit seiner Uhrzeit und seinem Kommentar; Hashtags werden Schlagwörter.</translation>
    </message>
    <message>
        <source>Emotions and tags become tags; notes go into the check-in&apos;s note.</source>
        <translation>Gefühle und Tags werden Schlagwörter; Notizen kommen in die Notiz des Tageseintrags.</translation>
    </message>
    <message>
        <source>Depressed, anxiety and irritability become moodlog&apos;s symptoms (0 = not entered stays unanswered); elevated and psychotic symptoms become own symptoms; sleep, therapy (a tag), notes, cycle and weight (in the note) are kept.</source>
        <translation>Niedergeschlagenheit, Angst und Reizbarkeit werden Beschwerden von moodlog (0 = nicht eingetragen bleibt unbeantwortet); gehobene Stimmung und psychotische Symptome werden eigene Beschwerden; Schlaf, Therapie (ein Schlagwort), Notizen, Zyklus und Gewicht (in der Notiz) bleiben erhalten.</translation>
    </message>
    <message>
        <source>A {app} export: {records}; {count} day with a mood{span}. Each day becomes one check-in.</source>
        <translation>Ein Export von {app}: {records}; {count} Tag mit einer Stimmung{span}. Jeder Tag wird ein Tageseintrag.</translation>
    </message>
    <message>
        <source>A {app} export: {records}; {count} days with a mood{span}. Each day becomes one check-in.</source>
        <translation>Ein Export von {app}: {records}; {count} Tage mit einer Stimmung{span}. Jeder Tag wird ein Tageseintrag.</translation>
    </message>
    <message>
        <source>{count} record</source>
        <translation>{count} Datensatz</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} Datensätze</translation>
    </message>
    <message>
        <source>{count} day had several moods: the check-in gets their mean, rounded, and every entry in the note.</source>
        <translation>{count} Tag hatte mehrere Stimmungen: Der Tageseintrag erhält ihren gerundeten Mittelwert und jeden Eintrag in der Notiz.</translation>
    </message>
    <message>
        <source>{count} days had several moods: the check-in gets their mean, rounded, and every entry in the note.</source>
        <translation>{count} Tage hatten mehrere Stimmungen: Der Tageseintrag erhält ihren gerundeten Mittelwert und jeden Eintrag in der Notiz.</translation>
    </message>
    <message>
        <source>{count} tag</source>
        <translation>{count} Schlagwort</translation>
    </message>
    <message>
        <source>{count} tags</source>
        <translation>{count} Schlagwörter</translation>
    </message>
    <message>
        <source>It also brings {what}.</source>
        <translation>Außerdem bringt sie {what} mit.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>{count} day without a mood cannot become a check-in and will not be imported: {days}.</source>
        <translation>{count} Tag ohne Stimmung kann kein Tageseintrag werden und wird nicht importiert: {days}.</translation>
    </message>
    <message>
        <source>{count} days without a mood cannot become a check-in and will not be imported: {days}.</source>
        <translation>{count} Tage ohne Stimmung können keine Tageseinträge werden und werden nicht importiert: {days}.</translation>
    </message>
    <message>
        <source>{count} mood of this file has no value yet: choose one for {moods} to import.</source>
        <translation>{count} Stimmung dieser Datei hat noch keinen Wert: Wählen Sie einen für {moods}, um zu importieren.</translation>
    </message>
    <message>
        <source>{count} moods of this file have no value yet: choose one for {moods} to import.</source>
        <translation>{count} Stimmungen dieser Datei haben noch keinen Wert: Wählen Sie einen für {moods}, um zu importieren.</translation>
    </message>
    <message>
        <source>Every {app} mood has a value; change any that does not match what it meant to you.</source>
        <translation>Jede Stimmung aus {app} hat einen Wert; ändern Sie jeden, der nicht zu dem passt, was sie für Sie bedeutete.</translation>
    </message>
    <message>
        <source>Values you gave for your last import of this kind are filled in.</source>
        <translation>Die Werte, die Sie beim letzten Import dieser Art vergeben haben, sind eingetragen.</translation>
    </message>
    <message>
        <source>Not in this file: {moods}.</source>
        <translation>Nicht in dieser Datei: {moods}.</translation>
    </message>
    <message>
        <source>The file&apos;s safety plan differs from the one in your journal.</source>
        <translation>Der Sicherheitsplan der Datei weicht von dem in Ihrem Tagebuch ab.</translation>
    </message>
    <message>
        <source>None of these days has a check-in in your journal yet: nothing will be replaced.</source>
        <translation>Keiner dieser Tage hat schon einen Tageseintrag in Ihrem Tagebuch: Es wird nichts ersetzt.</translation>
    </message>
    <message>
        <source>{count} day of this file already has a check-in in your journal: {days}.</source>
        <translation>{count} Tag dieser Datei hat schon einen Tageseintrag in Ihrem Tagebuch: {days}.</translation>
    </message>
    <message>
        <source>{count} days of this file already have a check-in in your journal: {days}.</source>
        <translation>{count} Tage dieser Datei haben schon einen Tageseintrag in Ihrem Tagebuch: {days}.</translation>
    </message>
    <message>
        <source>{count} treatment, questionnaire or clinician score in the file is already recorded.</source>
        <translation>{count} Behandlung, Fragebogen oder ärztlicher Wert der Datei ist schon erfasst.</translation>
    </message>
    <message>
        <source>{count} treatments, questionnaires or clinician scores in the file are already recorded.</source>
        <translation>{count} Behandlungen, Fragebögen oder ärztliche Werte der Datei sind schon erfasst.</translation>
    </message>
    <message>
        <source>The file&apos;s safety plan is now yours.</source>
        <translation>Der Sicherheitsplan der Datei ist jetzt Ihrer.</translation>
    </message>
    <message>
        <source>The file&apos;s safety plan replaced the one in your journal.</source>
        <translation>Der Sicherheitsplan der Datei hat den in Ihrem Tagebuch ersetzt.</translation>
    </message>
    <message>
        <source>Your own safety plan was kept; the file&apos;s was not imported.</source>
        <translation>Ihr eigener Sicherheitsplan wurde behalten; der der Datei wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Imported {what}.</source>
        <translation>Importiert: {what}.</translation>
    </message>
    <message>
        <source>{count} day already in your journal was replaced with the file&apos;s.</source>
        <translation>{count} Tag, der schon in Ihrem Tagebuch stand, wurde durch den der Datei ersetzt.</translation>
    </message>
    <message>
        <source>{count} days already in your journal were replaced with the file&apos;s.</source>
        <translation>{count} Tage, die schon in Ihrem Tagebuch standen, wurden durch die der Datei ersetzt.</translation>
    </message>
    <message>
        <source>{count} day already in your journal was kept as it was.</source>
        <translation>{count} Tag, der schon in Ihrem Tagebuch stand, blieb, wie er war.</translation>
    </message>
    <message>
        <source>{count} days already in your journal were kept as they were.</source>
        <translation>{count} Tage, die schon in Ihrem Tagebuch standen, blieben, wie sie waren.</translation>
    </message>
    <message>
        <source>{count} entry already recorded (treatments, questionnaires or clinician scores) was replaced.</source>
        <translation>{count} schon erfasster Eintrag (Behandlungen, Fragebögen oder ärztliche Werte) wurde ersetzt.</translation>
    </message>
    <message>
        <source>{count} entries already recorded (treatments, questionnaires or clinician scores) were replaced.</source>
        <translation>{count} schon erfasste Einträge (Behandlungen, Fragebögen oder ärztliche Werte) wurden ersetzt.</translation>
    </message>
    <message>
        <source>{count} entry already recorded (treatments, questionnaires or clinician scores) was kept.</source>
        <translation>{count} schon erfasster Eintrag (Behandlungen, Fragebögen oder ärztliche Werte) wurde behalten.</translation>
    </message>
    <message>
        <source>{count} entries already recorded (treatments, questionnaires or clinician scores) were kept.</source>
        <translation>{count} schon erfasste Einträge (Behandlungen, Fragebögen oder ärztliche Werte) wurden behalten.</translation>
    </message>
    <message>
        <source>{count} moment already in your journal was not added again.</source>
        <translation>{count} Moment, der schon in Ihrem Tagebuch stand, wurde nicht noch einmal hinzugefügt.</translation>
    </message>
    <message>
        <source>{count} moments already in your journal were not added again.</source>
        <translation>{count} Momente, die schon in Ihrem Tagebuch standen, wurden nicht noch einmal hinzugefügt.</translation>
    </message>
    <message>
        <source>Your journal as it was before the import is saved in the backups (File &gt; Backups), if you want to go back.</source>
        <translation>Ihr Tagebuch, wie es vor dem Import war, liegt in den Sicherungen (Datei &gt; Sicherungen), falls Sie zurückkehren möchten.</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>4 weeks</source>
        <extracomment>Range presets: key -&gt; (button text, days; None for the whole journal). They end on the journal&apos;s last day, so a journal not written in for a while still shows its last weeks. The button texts are translated where shown (context &quot;InsightsView&quot;).</extracomment>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Show:</source>
        <extracomment>Called with the mood chart and its style after each build (moments add marks).</extracomment>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster gezeigter Tag</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter gezeigter Tag</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the first and the last day shown</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Show as tables</source>
        <translation>Als Tabellen zeigen</translation>
    </message>
    <message>
        <source>Show the numbers behind every chart as tables</source>
        <translation>Die Zahlen hinter jedem Diagramm als Tabellen zeigen</translation>
    </message>
    <message>
        <source>Nothing to show yet: charts appear here after your first check-in.</source>
        <translation>Noch nichts zu zeigen: Diagramme erscheinen hier nach Ihrem ersten Tageseintrag.</translation>
    </message>
    <message>
        <source>Hover for a day&apos;s values; &apos;Show as tables&apos; gives the same numbers as a table.</source>
        <translation>Zeigen Sie mit der Maus auf einen Tag für seine Werte; „Als Tabellen zeigen“ gibt dieselben Zahlen als Tabelle.</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd, dd.MM.yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Tageseintrag</numerusform>
            <numerusform>%n Tageseinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} – {last}: {checkins} {days}</source>
        <translation>{first} – {last}: {checkins} {days}</translation>
    </message>
    <message>
        <source>Mood chart</source>
        <extracomment>The accessible names of the chart and of its table (translated where shown).</extracomment>
        <translation>Stimmungsdiagramm</translation>
    </message>
    <message>
        <source>Mood table</source>
        <translation>Stimmungstabelle</translation>
    </message>
    <message>
        <source>Symptom heatmap</source>
        <translation>Symptom-Heatmap</translation>
    </message>
    <message>
        <source>Symptom table</source>
        <translation>Symptomtabelle</translation>
    </message>
    <message>
        <source>PHQ-9 chart</source>
        <translation>PHQ-9-Diagramm</translation>
    </message>
    <message>
        <source>PHQ-9 table</source>
        <translation>PHQ-9-Tabelle</translation>
    </message>
    <message>
        <source>GAD-7 chart</source>
        <translation>GAD-7-Diagramm</translation>
    </message>
    <message>
        <source>GAD-7 table</source>
        <translation>GAD-7-Tabelle</translation>
    </message>
    <message>
        <source>Sleep chart</source>
        <translation>Schlafdiagramm</translation>
    </message>
    <message>
        <source>Sleep table</source>
        <translation>Schlaftabelle</translation>
    </message>
    <message>
        <source>Side effects chart</source>
        <translation>Diagramm der Nebenwirkungen</translation>
    </message>
    <message>
        <source>Side effects table</source>
        <translation>Tabelle der Nebenwirkungen</translation>
    </message>
    <message>
        <source>Blood pressure per session chart</source>
        <translation>Diagramm des Blutdrucks je Sitzung</translation>
    </message>
    <message>
        <source>Blood pressure per session table</source>
        <translation>Tabelle des Blutdrucks je Sitzung</translation>
    </message>
    <message>
        <source>Dissociation per session chart</source>
        <translation>Diagramm der Dissoziation je Sitzung</translation>
    </message>
    <message>
        <source>Dissociation per session table</source>
        <translation>Tabelle der Dissoziation je Sitzung</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>could not restore {name}: {problem}</source>
        <translation>{name} konnte nicht wiederhergestellt werden: {problem}</translation>
    </message>
    <message>
        <source>Demo journal</source>
        <translation>Demo-Tagebuch</translation>
    </message>
</context>
<context>
    <name>JournalHealth</name>
    <message numerus="yes">
        <source>The journal&apos;s write-ahead log ({name}-wal) is damaged: %n saved change(s) after the damage cannot be read back. The journal and its log were copied to {evidence}.</source>
        <translation>
            <numerusform>Das Änderungsprotokoll des Tagebuchs ({name}-wal) ist beschädigt: %n gespeicherte Änderung nach der beschädigten Stelle kann nicht mehr gelesen werden. Das Tagebuch und sein Protokoll wurden nach {evidence} kopiert.</numerusform>
            <numerusform>Das Änderungsprotokoll des Tagebuchs ({name}-wal) ist beschädigt: %n gespeicherte Änderungen nach der beschädigten Stelle können nicht mehr gelesen werden. Das Tagebuch und sein Protokoll wurden nach {evidence} kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Tageseintrag</numerusform>
            <numerusform>%n Tageseinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No good backup</source>
        <extracomment>What the person chose.</extracomment>
        <translation>Keine intakte Sicherung</translation>
    </message>
    <message>
        <source>No backup in {folder} passed its check.</source>
        <translation>Keine Sicherung in {folder} hat die Prüfung bestanden.</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd, d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Your journal {journal} is missing. The folder {folder} holds backups of it; the newest is from {when}.</source>
        <translation>Ihr Tagebuch {journal} fehlt. Der Ordner {folder} enthält Sicherungen davon; die neueste ist vom {when}.</translation>
    </message>
    <message>
        <source>Your journal {journal} is empty. The folder {folder} holds backups of it; the newest is from {when}.</source>
        <translation>Ihr Tagebuch {journal} ist leer. Der Ordner {folder} enthält Sicherungen davon; die neueste ist vom {when}.</translation>
    </message>
    <message>
        <source>Removing the encryption of this journal was interrupted, so some backups are still encrypted. To finish it, remove the encryption again in Preferences &gt; Privacy, with the passphrase it had.</source>
        <translation>Das Entfernen der Verschlüsselung dieses Tagebuchs wurde unterbrochen, daher sind einige Sicherungen noch verschlüsselt. Um es abzuschließen, entfernen Sie die Verschlüsselung erneut unter Einstellungen &gt; Datenschutz, mit der bisherigen Passphrase.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Your journal is missing</source>
        <translation>Ihr Tagebuch fehlt</translation>
    </message>
    <message>
        <source>moodlog cannot find your journal, but there are backups of it.</source>
        <translation>moodlog findet Ihr Tagebuch nicht, aber es gibt Sicherungen davon.</translation>
    </message>
    <message>
        <source>Start an empty journal</source>
        <translation>Mit leerem Tagebuch beginnen</translation>
    </message>
    <message>
        <source>Part of your journal could not be read</source>
        <translation>Ein Teil Ihres Tagebuchs konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Some saved changes could not be read back after a crash or a disk problem.</source>
        <translation>Nach einem Absturz oder einem Problem mit dem Datenträger konnten einige gespeicherte Änderungen nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <source>Keep what could be read</source>
        <translation>Lesbares behalten</translation>
    </message>
    <message>
        <source>An encryption change was interrupted</source>
        <translation>Eine Änderung der Verschlüsselung wurde unterbrochen</translation>
    </message>
    <message>
        <source>Some backups may not be encrypted the way the journal is.</source>
        <translation>Einige Sicherungen sind möglicherweise nicht so verschlüsselt wie das Tagebuch.</translation>
    </message>
</context>
<context>
    <name>LifePanel</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Mood on days with and without each tag</source>
        <translation>Stimmung an Tagen mit und ohne jedes Schlagwort</translation>
    </message>
    <message>
        <source>Medications taken</source>
        <translation>Eingenommene Medikamente</translation>
    </message>
    <message>
        <source>Medications: days taken of days answered</source>
        <translation>Medikamente: Tage eingenommen von Tagen beantwortet</translation>
    </message>
    <message>
        <source>No tags on the check-ins of this range.</source>
        <translation>Keine Schlagwörter in den Tageseinträgen dieses Zeitraums.</translation>
    </message>
</context>
<context>
    <name>LifeSection</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>How are you now?</source>
        <translation>Wie geht es Ihnen jetzt?</translation>
    </message>
    <message>
        <source>A moment: how you feel at a time of day, as often as you like (say, a few hours after a session). Saved at once, apart from the check-in.</source>
        <translation>Ein Moment: wie Sie sich zu einer Tageszeit fühlen, so oft Sie möchten (etwa einige Stunden nach einer Sitzung). Wird sofort gespeichert, getrennt vom Tageseintrag.</translation>
    </message>
</context>
<context>
    <name>LifeTables</name>
    <message>
        <source>Relief is worked out from the daily check-in mood only; moments (“How are you now?”) are shown on the mood chart but not counted.</source>
        <extracomment>Said beside the relief table: moments never enter the relief computation.</extracomment>
        <translation>Die Besserung wird nur aus der Stimmung der täglichen Tageseinträge berechnet; Momente („Wie geht es Ihnen jetzt?“) erscheinen im Stimmungsdiagramm, zählen aber nicht mit.</translation>
    </message>
    <message>
        <source>Your mood on days with and without each tag, as recorded. This describes what went together; it does not say that a tag changes your mood.</source>
        <translation>Ihre Stimmung an Tagen mit und ohne jedes Schlagwort, wie erfasst. Das beschreibt, was zusammen auftrat; es sagt nicht, dass ein Schlagwort Ihre Stimmung verändert.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Days with</source>
        <translation>Tage mit</translation>
    </message>
    <message>
        <source>Mood with</source>
        <translation>Stimmung mit</translation>
    </message>
    <message>
        <source>Days without</source>
        <translation>Tage ohne</translation>
    </message>
    <message>
        <source>Mood without</source>
        <translation>Stimmung ohne</translation>
    </message>
    <message>
        <source>Tags on fewer than {days} days, or missing on fewer than {days} days, are left out: so few days say nothing.</source>
        <translation>Schlagwörter an weniger als {days} Tagen oder an weniger als {days} Tagen fehlend werden weggelassen: so wenige Tage sagen nichts aus.</translation>
    </message>
    <message>
        <source>Left out: {tags}. {reason}</source>
        <translation>Weggelassen: {tags}. {reason}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Days taken</source>
        <translation>Tage eingenommen</translation>
    </message>
    <message>
        <source>Days answered</source>
        <translation>Tage beantwortet</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>The View menu&apos;s entries for PAGES, each with its Alt key.</extracomment>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Treatments</source>
        <translation>&amp;Behandlungen</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>&amp;Fragebögen</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Auswertung</translation>
    </message>
    <message>
        <source>{title} — made-up data</source>
        <extracomment>Opens My safety plan from anywhere in the app, dialogs included.</extracomment>
        <translation>{title} — erfundene Daten</translation>
    </message>
    <message>
        <source>Everything stays on this computer.</source>
        <translation>Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>This is a demo journal of made-up data. Nothing you do here touches your own journal; it is deleted when you close this window.</source>
        <translation>Dies ist ein Demo-Tagebuch mit erfundenen Daten. Nichts, was Sie hier tun, berührt Ihr eigenes Tagebuch; es wird gelöscht, wenn Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>Saved the check-in for {day}.</source>
        <translation>Tageseintrag für {day} gespeichert.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation>Alles als &amp;JSON …</translation>
    </message>
    <message>
        <source>A table as &amp;CSV…</source>
        <translation>Eine Tabelle als &amp;CSV …</translation>
    </message>
    <message>
        <source>For a clinic&apos;s record (&amp;FHIR)…</source>
        <translation>Für die Akte einer Klinik (&amp;FHIR) …</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find in the journal…</source>
        <translation>Im Tagebuch &amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Crisis resources</source>
        <translation>&amp;Krisenhilfe</translation>
    </message>
    <message>
        <source>My &amp;safety plan</source>
        <translation>Mein &amp;Sicherheitsplan</translation>
    </message>
    <message>
        <source>&amp;About moodlog</source>
        <translation>&amp;Über moodlog</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Edit medication</source>
        <translation>Medikament bearbeiten</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>e.g. mornings</source>
        <translation>z. B. morgens</translation>
    </message>
    <message>
        <source>since</source>
        <translation>seit</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>Einnahme&amp;plan:</translation>
    </message>
</context>
<context>
    <name>MedicationRows</name>
    <message>
        <source>Not answered</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Nicht genommen</translation>
    </message>
    <message>
        <source>{medication}: taken, not taken or not answered</source>
        <translation>{medication}: genommen, nicht genommen oder keine Angabe</translation>
    </message>
</context>
<context>
    <name>MedicationsEditor</name>
    <message>
        <source>Your regular medications. Each check-in on a day one is taken asks whether you took it (or leave it unanswered). To stop, give it an “until” date: its answers are kept.</source>
        <translation>Ihre regelmäßigen Medikamente. Jeder Tageseintrag an einem Tag, an dem eines davon genommen wird, fragt, ob Sie es genommen haben (Sie können die Frage auch offen lassen). Zum Absetzen geben Sie ein „bis“-Datum an: die Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Your medications</source>
        <translation>Ihre Medikamente</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>Medication not saved</source>
        <translation>Medikament nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>MomentsEntry</name>
    <message>
        <source>Time of the moment</source>
        <translation>Uhrzeit des Moments</translation>
    </message>
    <message>
        <source>Mood now, from 0 worst to 10 best</source>
        <translation>Stimmung jetzt, von 0 am schlechtesten bis 10 am besten</translation>
    </message>
    <message>
        <source>A few words (optional)</source>
        <translation>Ein paar Worte (optional)</translation>
    </message>
    <message>
        <source>Note of the moment</source>
        <translation>Notiz zum Moment</translation>
    </message>
    <message>
        <source>Add &amp;moment</source>
        <translation>&amp;Moment hinzufügen</translation>
    </message>
    <message>
        <source>mood {mood}</source>
        <translation>Stimmung {mood}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the moment at {time}</source>
        <translation>Den Moment um {time} löschen</translation>
    </message>
    <message>
        <source>Choose how you are now (0-10) first.</source>
        <translation>Wählen Sie zuerst, wie es Ihnen jetzt geht (0–10).</translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation>Nicht hinzugefügt: {error}</translation>
    </message>
    <message>
        <source>✓ Moment at {time} added</source>
        <translation>✓ Moment um {time} hinzugefügt</translation>
    </message>
    <message>
        <source>Delete moment</source>
        <translation>Moment löschen</translation>
    </message>
    <message>
        <source>Delete this moment? This cannot be undone.</source>
        <translation>Diesen Moment löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>MoodCalendar</name>
    <message>
        <source>Calendar of check-ins, tinted by mood</source>
        <translation>Kalender der Tageseinträge, nach Stimmung eingefärbt</translation>
    </message>
</context>
<context>
    <name>MoodLegend</name>
    <message>
        <source>worst</source>
        <translation>am schlechtesten</translation>
    </message>
    <message>
        <source>best</source>
        <translation>am besten</translation>
    </message>
    <message>
        <source>Legend: mood 0, worst, in orange, to 10, best, in blue</source>
        <translation>Legende: Stimmung 0, am schlechtesten, in Orange, bis 10, am besten, in Blau</translation>
    </message>
</context>
<context>
    <name>MoodMapTable</name>
    <message>
        <source>{app} moods and their moodlog values</source>
        <translation>Stimmungen aus {app} und ihre Werte in moodlog</translation>
    </message>
    <message>
        <source>{app} mood</source>
        <translation>Stimmung in {app}</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Mood {low}–{high}</source>
        <translation>Stimmung {low}–{high}</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>moodlog mood for the {app} mood {mood}</source>
        <translation>moodlog-Stimmung für die {app}-Stimmung {mood}</translation>
    </message>
    <message>
        <source>This word of your mood map matches no mood in this file</source>
        <translation>Dieses Wort Ihrer Stimmungszuordnung passt zu keiner Stimmung in dieser Datei</translation>
    </message>
    <message>
        <source>not in this file</source>
        <translation>nicht in dieser Datei</translation>
    </message>
    <message>
        <source>moodlog does not know this mood: choose its value</source>
        <translation>moodlog kennt diese Stimmung nicht: Wählen Sie ihren Wert</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Encrypt your journal</source>
        <translation>Tagebuch verschlüsseln</translation>
    </message>
    <message>
        <source>Your journal and every backup will be encrypted with this passphrase. moodlog will ask for it each time it starts.</source>
        <translation>Ihr Tagebuch und jede Sicherung werden mit dieser Passphrase verschlüsselt. moodlog fragt bei jedem Start danach.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>At least {count} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Mindestens {count} Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation>Ich habe verstanden, dass eine vergessene Passphrase nicht wiederhergestellt werden kann</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Please confirm that you understand it cannot be recovered.</source>
        <translation>Bitte bestätigen Sie, dass Sie verstanden haben, dass sie nicht wiederhergestellt werden kann.</translation>
    </message>
</context>
<context>
    <name>NumberNote</name>
    <message>
        <source>Use your phone</source>
        <translation>Nutzen Sie Ihr Telefon</translation>
    </message>
    <message>
        <source>Dial {number} on your phone.</source>
        <translation>Wählen Sie {number} auf Ihrem Telefon.</translation>
    </message>
    <message>
        <source>Send a text to {number} on your phone.</source>
        <translation>Schicken Sie von Ihrem Telefon eine SMS an {number}.</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>Nummer &amp;kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>OutcomesText</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Baseline: the last score on or before the first session of a course, at most {days} days before it. Response: a total at least 50% below baseline. Remission: PHQ-9 below 5, MADRS 10 or less.</source>
        <translation>Ausgangswert: der letzte Wert am Tag der ersten Sitzung einer Behandlungsserie oder davor, höchstens {days} Tage vorher. Ansprechen: ein Gesamtwert mindestens 50 % unter dem Ausgangswert. Remission: PHQ-9 unter 5, MADRS 10 oder weniger.</translation>
    </message>
    <message>
        <source>response (at least 50% below baseline)</source>
        <translation>Ansprechen (mindestens 50 % unter dem Ausgangswert)</translation>
    </message>
    <message>
        <source>remission (below 5)</source>
        <translation>Remission (unter 5)</translation>
    </message>
    <message>
        <source>remission (10 or less)</source>
        <translation>Remission (10 oder weniger)</translation>
    </message>
    <message>
        <source>incomplete (no total)</source>
        <translation>unvollständig (kein Gesamtwert)</translation>
    </message>
    <message>
        <source>{name} {value} on {day}</source>
        <translation>{name} {value} am {day}</translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 recorded yet.</source>
        <translation>Noch kein PHQ-9 oder GAD-7 eingetragen.</translation>
    </message>
    <message>
        <source>Course {number} of {count}</source>
        <translation>Behandlungsserie {number} von {count}</translation>
    </message>
    <message>
        <source>Course {number}</source>
        <translation>Behandlungsserie {number}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <source>{kinds}, from {start}: %n session(s), the last on {last}.</source>
        <translation>
            <numerusform>{kinds}, ab {start}: %n Sitzung, zuletzt am {last}.</numerusform>
            <numerusform>{kinds}, ab {start}: %n Sitzungen, die letzte am {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No baseline: every {name} in the {days} days before the first session is incomplete.</source>
        <translation>Kein Ausgangswert: jeder {name} in den {days} Tagen vor der ersten Sitzung ist unvollständig.</translation>
    </message>
    <message numerus="yes">
        <source>No baseline: the last {name} before the course was %n day(s) before the first session (more than {window}).</source>
        <translation>
            <numerusform>Kein Ausgangswert: der letzte {name} vor der Behandlungsserie lag %n Tag vor der ersten Sitzung (mehr als {window}).</numerusform>
            <numerusform>Kein Ausgangswert: der letzte {name} vor der Behandlungsserie lag %n Tage vor der ersten Sitzung (mehr als {window}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No baseline: there is no {name} on or before the first session.</source>
        <translation>Kein Ausgangswert: es gibt keinen {name} am Tag der ersten Sitzung oder davor.</translation>
    </message>
    <message>
        <source>that counts as {remission}</source>
        <translation>das gilt als {remission}</translation>
    </message>
    <message>
        <source>that does not count as {remission}</source>
        <translation>das gilt nicht als {remission}</translation>
    </message>
    <message>
        <source>that counts as a {response} and as {remission}</source>
        <translation>das gilt als {response} und als {remission}</translation>
    </message>
    <message>
        <source>that counts as a {response}, not as {remission}</source>
        <translation>das gilt als {response}, nicht als {remission}</translation>
    </message>
    <message>
        <source>that counts as {remission}, not as a {response}</source>
        <translation>das gilt als {remission}, nicht als {response}</translation>
    </message>
    <message>
        <source>that counts neither as a {response} nor as {remission}</source>
        <translation>das gilt weder als {response} noch als {remission}</translation>
    </message>
    <message>
        <source>the day of the first session</source>
        <translation>am Tag der ersten Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the first session</source>
        <translation>
            <numerusform>%n Tag vor der ersten Sitzung</numerusform>
            <numerusform>%n Tage vor der ersten Sitzung</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline {total} on {day} ({when}).</source>
        <translation>Ausgangswert {total} am {day} ({when}).</translation>
    </message>
    <message>
        <source>No complete {name} after the first session.</source>
        <translation>Kein vollständiger {name} nach der ersten Sitzung.</translation>
    </message>
    <message>
        <source>Latest {total} on {day}</source>
        <translation>Zuletzt {total} am {day}</translation>
    </message>
    <message>
        <source>the same as baseline</source>
        <translation>gleich dem Ausgangswert</translation>
    </message>
    <message>
        <source>{percent}% below baseline</source>
        <translation>{percent} % unter dem Ausgangswert</translation>
    </message>
    <message>
        <source>{percent}% above baseline</source>
        <translation>{percent} % über dem Ausgangswert</translation>
    </message>
    <message>
        <source> (a baseline of 0 has no percentage change)</source>
        <translation> (bei einem Ausgangswert von 0 gibt es keine prozentuale Veränderung)</translation>
    </message>
    <message>
        <source>It first met the definition of response on {day} (day {number}).</source>
        <translation>Die Definition von Ansprechen war zuerst am {day} erfüllt (Tag {number}).</translation>
    </message>
    <message>
        <source>The most recent {name}, on {day}, is incomplete and has no total.</source>
        <translation>Der jüngste {name} vom {day} ist unvollständig und hat keinen Gesamtwert.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>MADRS (clinician)</source>
        <translation>MADRS (ärztlich)</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>A forgotten passphrase cannot be recovered: without it no one, not you and not the moodlog developers, can open the journal or its backups.</source>
        <extracomment>store.encryption.FORGOTTEN, marked for lupdate (a test keeps the two equal).</extracomment>
        <translation>Eine vergessene Passphrase kann nicht wiederhergestellt werden: Ohne sie kann niemand – weder Sie noch die Entwickler von moodlog – das Tagebuch oder seine Sicherungen öffnen.</translation>
    </message>
</context>
<context>
    <name>PlanSteps</name>
    <message>
        <source>You have not written a safety plan yet. It is a short list, in your own words, of what helps and whom to call; many people write it with their clinician.</source>
        <translation>Sie haben noch keinen Sicherheitsplan geschrieben. Er ist eine kurze Liste in Ihren eigenen Worten: was hilft und wen Sie anrufen können; viele Menschen schreiben ihn mit ihrer Ärztin oder ihrem Arzt.</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>&amp;Write my safety plan…</source>
        <translation>Sicherheitsplan &amp;schreiben …</translation>
    </message>
    <message>
        <source>&amp;Open my safety plan…</source>
        <translation>Sicherheitsplan ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>{name} anrufen</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>{name} öffnen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Symptoms</source>
        <translation>&amp;Symptome</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>&amp;Medikamente</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <source>Add symptoms of your own; they are rated none, mild, moderate or severe like the others. Hiding one removes it from the check-in form but keeps every rating you gave it.</source>
        <translation>Fügen Sie eigene Symptome hinzu; sie werden wie die anderen als keine, leicht, mittel oder schwer eingeschätzt. Ein ausgeblendetes Symptom verschwindet aus dem Tageseintrag, aber jede Einschätzung dazu bleibt erhalten.</translation>
    </message>
    <message>
        <source>Your own symptoms</source>
        <translation>Ihre eigenen Symptome</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>{name}  (hidden)</source>
        <translation>{name}  (ausgeblendet)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Ein&amp;blenden</translation>
    </message>
    <message>
        <source>Name of the symptom:</source>
        <translation>Name des Symptoms:</translation>
    </message>
    <message>
        <source>Add a symptom</source>
        <translation>Symptom hinzufügen</translation>
    </message>
    <message>
        <source>Symptom not added</source>
        <translation>Symptom nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Rename a symptom</source>
        <translation>Symptom umbenennen</translation>
    </message>
    <message>
        <source>Symptom not renamed</source>
        <translation>Symptom nicht umbenannt</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies the next time moodlog starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von moodlog.</translation>
    </message>
    <message>
        <source>&amp;Crisis resources for:</source>
        <translation>&amp;Krisenhilfe für:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>PDF page si&amp;ze:</source>
        <translation>PDF-Papier&amp;format:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Remind me of the &amp;PHQ-9 every:</source>
        <translation>An den &amp;PHQ-9 erinnern alle:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>After a &amp;digit, go on to the next question</source>
        <translation>Nach einer &amp;Ziffer zur nächsten Frage springen</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Encryption protects your journal if someone copies the file or gets hold of this computer while moodlog is closed.</source>
        <translation>Die Verschlüsselung schützt Ihr Tagebuch, wenn jemand die Datei kopiert oder an diesen Computer gelangt, während moodlog geschlossen ist.</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase…</source>
        <translation>Mit einer Passphrase &amp;verschlüsseln …</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>Passphrase ä&amp;ndern …</translation>
    </message>
    <message>
        <source>&amp;Remove encryption…</source>
        <translation>Verschlüsselung &amp;entfernen …</translation>
    </message>
    <message>
        <source>Your journal and its backups are encrypted.</source>
        <translation>Ihr Tagebuch und seine Sicherungen sind verschlüsselt.</translation>
    </message>
    <message>
        <source>Your journal is not encrypted.</source>
        <translation>Ihr Tagebuch ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>that is not the current passphrase</source>
        <translation>das ist nicht die aktuelle Passphrase</translation>
    </message>
    <message>
        <source>your journal</source>
        <translation>Ihres Tagebuchs</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) could not be opened and were left as they were.</source>
        <translation>
            <numerusform>%n ältere Sicherung ließ sich nicht öffnen und blieb unverändert.</numerusform>
            <numerusform>%n ältere Sicherungen ließen sich nicht öffnen und blieben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <source>Your journal and %n backup(s) were updated.</source>
        <translation>
            <numerusform>Ihr Tagebuch und %n Sicherung wurden aktualisiert.</numerusform>
            <numerusform>Ihr Tagebuch und %n Sicherungen wurden aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Verschlüsselung entfernen</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>item {number}</source>
        <extracomment>Room for the item wording; the longest PHQ-9 item wraps to three lines at this width. The widest an answer may be before it wraps onto two lines (the German answers would make the dialog wider than a 1280-pixel screen otherwise; the English ones fit on one line).</extracomment>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <source>items {numbers} and {last}</source>
        <translation>Fragen {numbers} und {last}</translation>
    </message>
    <message>
        <source>Item {number} is not answered.</source>
        <translation>Frage {number} ist nicht beantwortet.</translation>
    </message>
    <message>
        <source>Items {numbers} and {last} are not answered.</source>
        <translation>Fragen {numbers} und {last} sind nicht beantwortet.</translation>
    </message>
    <message>
        <source>Correct the {name}</source>
        <translation>{name} korrigieren</translation>
    </message>
    <message>
        <source>Fill in the {name}</source>
        <translation>{name} ausfüllen</translation>
    </message>
    <message>
        <source>your answers to the {name}</source>
        <translation>Ihre Antworten im {name}</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Date of this {name}</source>
        <translation>Datum dieses {name}</translation>
    </message>
    <message>
        <source>Tab moves to the next question. Choose with the arrow keys or 0-3; Delete clears an answer. Ctrl+S saves. The last question is not scored.</source>
        <translation>Tab springt zur nächsten Frage. Wählen Sie mit den Pfeiltasten oder 0–3; Entf löscht eine Antwort. Strg+S speichert. Die letzte Frage zählt nicht zum Gesamtwert.</translation>
    </message>
    <message>
        <source>Item {number}: {text}</source>
        <translation>Frage {number}: {text}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Not answered yet (optional, not scored)</source>
        <translation>Noch nicht beantwortet (freiwillig, zählt nicht zum Gesamtwert)</translation>
    </message>
    <message>
        <source>No official translation of the {name} in this language has been confirmed, so it is shown in its original English.</source>
        <translation>Für den {name} ist in dieser Sprache keine offizielle Übersetzung bestätigt; er wird deshalb im englischen Original gezeigt.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Enter)</source>
        <translation>Speichern (Strg+S oder Eingabetaste)</translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) answered: total {total} ({band}).</source>
        <translation>
            <numerusform>%n Frage beantwortet: Gesamtwert {total} ({band}).</numerusform>
            <numerusform>Alle %n Fragen beantwortet: Gesamtwert {total} ({band}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No item answered yet.</source>
        <translation>Noch keine Frage beantwortet.</translation>
    </message>
    <message>
        <source>{answered} of {total} answered. Not answered yet: {items}.</source>
        <translation>{answered} von {total} beantwortet. Noch nicht beantwortet: {items}.</translation>
    </message>
    <message>
        <source>Save an incomplete {name}?</source>
        <translation>Unvollständigen {name} speichern?</translation>
    </message>
    <message>
        <source>A {name} with an unanswered item has no total. It will be saved and listed as incomplete, never as a lower score.

Save it as incomplete?</source>
        <translation>Ein {name} mit einer unbeantworteten Frage hat keinen Gesamtwert. Er wird gespeichert und als unvollständig aufgeführt, nie als niedrigerer Wert.

Als unvollständig speichern?</translation>
    </message>
    <message>
        <source>total {total}</source>
        <translation>Gesamtwert {total}</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Replace the {name}?</source>
        <translation>{name} ersetzen?</translation>
    </message>
    <message>
        <source>There is already a {name} for {day} ({what}). Replace it with this one?</source>
        <translation>Für {day} gibt es schon einen {name} ({what}). Durch diesen ersetzen?</translation>
    </message>
    <message>
        <source>Not saved: the date is in the future; a questionnaire is for today or an earlier day.</source>
        <translation>Nicht gespeichert: das Datum liegt in der Zukunft; ein Fragebogen gilt für heute oder einen früheren Tag.</translation>
    </message>
    <message>
        <source>Not saved: no item is answered yet.</source>
        <translation>Nicht gespeichert: noch keine Frage ist beantwortet.</translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>Nicht gespeichert: {reason}.</translation>
    </message>
</context>
<context>
    <name>QuestionnairesView</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Item 9</source>
        <translation>Frage 9</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Beeinträchtigung</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd, dd.MM.yyyy</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>{instrument} (clinician)</source>
        <translation>{instrument} (ärztlich)</translation>
    </message>
    <message>
        <source>incomplete ({answered} of {items} answered)</source>
        <translation>unvollständig ({answered} von {items} beantwortet)</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>Outcomes summary</source>
        <translation>Zusammenfassung der Ergebnisse</translation>
    </message>
    <message>
        <source>Questionnaire responses and clinician scores</source>
        <translation>Fragebogen-Antworten und ärztliche Werte</translation>
    </message>
    <message>
        <source>Fill in the PHQ-9 now…</source>
        <translation>PHQ-9 jetzt ausfüllen …</translation>
    </message>
    <message>
        <source>Fill in &amp;PHQ-9…</source>
        <translation>&amp;PHQ-9 ausfüllen …</translation>
    </message>
    <message>
        <source>Fill in &amp;GAD-7…</source>
        <translation>&amp;GAD-7 ausfüllen …</translation>
    </message>
    <message>
        <source>Add a &amp;clinician score…</source>
        <translation>Ä&amp;rztlichen Wert eintragen …</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>You have not filled in a PHQ-9 in this journal yet.</source>
        <translation>Sie haben in diesem Tagebuch noch keinen PHQ-9 ausgefüllt.</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message numerus="yes">
        <source>It has been %n day(s) since your last PHQ-9, on {day}.</source>
        <translation>
            <numerusform>Ihr letzter PHQ-9 ist %n Tag her, am {day}.</numerusform>
            <numerusform>Ihr letzter PHQ-9 ist %n Tage her, am {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>the clinician-reported {instrument} score ({total})</source>
        <translation>den ärztlich mitgeteilten {instrument}-Wert ({total})</translation>
    </message>
    <message>
        <source>total {total}</source>
        <translation>Gesamtwert {total}</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>the {name} ({total})</source>
        <translation>den {name} ({total})</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <source>Delete {what} of {day}? This cannot be undone.</source>
        <translation>{what} vom {day} löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>ReadingsTable</name>
    <message>
        <source>+Min</source>
        <translation>+Min</translation>
    </message>
    <message>
        <source>BP SYS/DIA</source>
        <translation>RR SYS/DIA</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>SpO2 %</source>
        <translation>SpO2 %</translation>
    </message>
    <message>
        <source>Minutes after the start of dosing (0 = before dosing, up to 720); &quot;after&quot; for an older reading whose time was not recorded</source>
        <translation>Minuten nach Beginn der Gabe (0 = vor der Gabe, bis 720); „danach“ für eine ältere Messung, deren Zeit nicht erfasst wurde</translation>
    </message>
    <message>
        <source>Blood pressure, e.g. 128/82 (mmHg)</source>
        <translation>Blutdruck, z. B. 128/82 (mmHg)</translation>
    </message>
    <message>
        <source>Heart rate, beats per minute</source>
        <translation>Puls, Schläge pro Minute</translation>
    </message>
    <message>
        <source>Oxygen saturation, percent</source>
        <translation>Sauerstoffsättigung in Prozent</translation>
    </message>
    <message>
        <source>after</source>
        <comment>time cell of a reading whose time was not recorded</comment>
        <extracomment>The time cell of a reading taken &quot;after&quot; at a time never recorded (journals before readings).</extracomment>
        <translation>danach</translation>
    </message>
    <message>
        <source>Readings during the session</source>
        <translation>Messungen während der Sitzung</translation>
    </message>
    <message>
        <source>&amp;Add reading</source>
        <translation>Messung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove reading</source>
        <translation>Messung entfernen</translation>
    </message>
    <message>
        <source>Pre-dose reading above 140/90</source>
        <translation>Messung vor der Gabe über 140/90</translation>
    </message>
    <message>
        <source>reading {number}</source>
        <translation>Messung {number}</translation>
    </message>
    <message>
        <source>{where}: {what} must be a whole number, not {text}</source>
        <translation>{where}: {what} muss eine ganze Zahl sein, nicht {text}</translation>
    </message>
    <message>
        <source>the time (minutes after the start of dosing)</source>
        <translation>die Zeit (Minuten nach Beginn der Gabe)</translation>
    </message>
    <message>
        <source>{where}: give its time, 0-{most} minutes after the start of dosing</source>
        <translation>{where}: geben Sie die Zeit an, 0–{most} Minuten nach Beginn der Gabe</translation>
    </message>
    <message>
        <source>{where}: blood pressure must look like SYS/DIA (e.g. 128/82), not {text}</source>
        <translation>{where}: der Blutdruck muss die Form SYS/DIA haben (z. B. 128/82), nicht {text}</translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation>der Puls</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
</context>
<context>
    <name>ReminderSection</name>
    <message>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Remind me to check in every day at</source>
        <translation>&amp;Jeden Tag an den Tageseintrag erinnern um</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Only on days without a check-in yet, and only while moodlog is running: keep it in the tray, or let it start when you log in.</source>
        <translation>Nur an Tagen ohne Tageseintrag und nur, solange moodlog läuft: Lassen Sie es im Infobereich laufen oder beim Anmelden starten.</translation>
    </message>
    <message>
        <source>&amp;Keep moodlog running in the system tray when its window is closed</source>
        <translation>moodlog im &amp;Infobereich weiterlaufen lassen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich.</translation>
    </message>
    <message>
        <source>Start moodlog when I &amp;log in, in the tray</source>
        <translation>moodlog beim Anmelden im Infobereich s&amp;tarten</translation>
    </message>
    <message>
        <source>Start moodlog when I &amp;log in</source>
        <translation>moodlog beim Anmelden s&amp;tarten</translation>
    </message>
    <message>
        <source>Recorded in {place}</source>
        <translation>Eingetragen in {place}</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>moodlog could not change {place}: {reason}</source>
        <translation>moodlog konnte {place} nicht ändern: {reason}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Mood (0 worst – 10 best)</source>
        <extracomment>The object type of a chart in the text flow, and the property naming which chart it is.</extracomment>
        <translation>Stimmung (0 schlecht – 10 gut)</translation>
    </message>
    <message>
        <source>PHQ-9 total (0–27)</source>
        <translation>PHQ-9-Gesamtwert (0–27)</translation>
    </message>
    <message>
        <source>Mood with and without each tag</source>
        <translation>Stimmung mit und ohne jedes Schlagwort</translation>
    </message>
    <message>
        <source>Medications taken</source>
        <translation>Eingenommene Medikamente</translation>
    </message>
    <message>
        <source>Days the patient answered “taken”, of the days they answered at all (unanswered days are not counted).</source>
        <translation>Tage, an denen der Patient bzw. die Patientin „eingenommen“ angab, von den Tagen mit einer Antwort (Tage ohne Antwort zählen nicht).</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Drawing the charts</source>
        <translation>Diagramme werden gezeichnet</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Seiten werden gesetzt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>After dosing</source>
        <translation>Nach der Gabe</translation>
    </message>
    <message>
        <source>BP (mmHg)</source>
        <translation>RR (mmHg)</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <source>after (time not recorded)</source>
        <translation>danach (Zeit nicht erfasst)</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>observed until {time}</source>
        <translation>beobachtet bis {time}</translation>
    </message>
    <message>
        <source>as reported by the clinic</source>
        <translation>laut Angabe der Klinik</translation>
    </message>
    <message>
        <source>Appendix: every reading during the sessions</source>
        <translation>Anhang: alle Messwerte während der Sitzungen</translation>
    </message>
    <message>
        <source>{mark} Blood pressure before dosing above {sys}/{dia}, as entered by the patient.</source>
        <extracomment>A pre-dose reading above this is marked (CLINICAL.md section 3): shown, never acted on.</extracomment>
        <translation>{mark} Blutdruck vor der Gabe über {sys}/{dia}, wie vom Patienten bzw. von der Patientin eingegeben.</translation>
    </message>
    <message>
        <source>Days of relief: from the treatment day until the 3-day mean mood falls back halfway from its peak in the first week to the mean of the 7 days before the treatment; “≥ N” means the next treatment or the last check-in came first.</source>
        <translation>Tage der Besserung: vom Behandlungstag, bis das 3-Tage-Mittel der Stimmung von seinem Höchstwert in der ersten Woche auf die Hälfte bis zum Mittel der 7 Tage vor der Behandlung zurückfällt; „≥ N“ heißt, dass die nächste Behandlung oder der letzte Tageseintrag zuerst kam.</translation>
    </message>
    <message>
        <source>HR</source>
        <comment>heart rate, short</comment>
        <translation>HF</translation>
    </message>
    <message>
        <source> (clinic)</source>
        <translation> (Klinik)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(1 device)</source>
        <translation>(1 Gerät)</translation>
    </message>
    <message>
        <source>({n} devices)</source>
        <translation>({n} Geräte)</translation>
    </message>
    <message>
        <source>({mg} mg at {kg} kg)</source>
        <translation>({mg} mg bei {kg} kg)</translation>
    </message>
    <message>
        <source>over {minutes} min</source>
        <translation>über {minutes} Min.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <source>BP: pre → peak → last</source>
        <translation>RR: vorher → Spitze → zuletzt</translation>
    </message>
    <message>
        <source>Side effects (0–3)</source>
        <translation>Nebenwirkungen (0–3)</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>The session at {clinic}.</source>
        <translation>Die Sitzung in {clinic}.</translation>
    </message>
    <message>
        <source>All {n} sessions at {clinic}.</source>
        <translation>Alle {n} Sitzungen in {clinic}.</translation>
    </message>
    <message>
        <source>No median: no treatment&apos;s relief in this period has ended yet.</source>
        <translation>Kein Median: bei keiner Behandlung in diesem Zeitraum ist die Besserung bisher zu Ende gegangen.</translation>
    </message>
    <message>
        <source>Median: &lt;b&gt;{days} days&lt;/b&gt;, over the {n} treatment whose relief ended</source>
        <translation>Median: &lt;b&gt;{days} Tage&lt;/b&gt;, über die {n} Behandlung, deren Besserung endete</translation>
    </message>
    <message>
        <source>Median: &lt;b&gt;{days} days&lt;/b&gt;, over the {n} treatments whose relief ended</source>
        <translation>Median: &lt;b&gt;{days} Tage&lt;/b&gt;, über die {n} Behandlungen, deren Besserung endete</translation>
    </message>
    <message>
        <source> ({n} marked “≥” left out).</source>
        <translation> ({n} mit „≥“ markiert, nicht gezählt).</translation>
    </message>
    <message>
        <source>Relief after each treatment</source>
        <translation>Besserung nach jeder Behandlung</translation>
    </message>
    <message>
        <source>Mood before (7‑day mean)</source>
        <translation>Stimmung vorher (7‑Tage‑Mittel)</translation>
    </message>
    <message>
        <source>Peak (3‑day mean)</source>
        <translation>Höchstwert (3‑Tage‑Mittel)</translation>
    </message>
    <message>
        <source>Days of relief</source>
        <translation>Tage der Besserung</translation>
    </message>
    <message>
        <source>incomplete (item {items} unanswered)</source>
        <translation>unvollständig (Frage {items} unbeantwortet)</translation>
    </message>
    <message>
        <source>incomplete (items {items} unanswered)</source>
        <translation>unvollständig (Fragen {items} unbeantwortet)</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unbeantwortet</translation>
    </message>
    <message>
        <source>PHQ-9 total</source>
        <translation>PHQ-9 gesamt</translation>
    </message>
    <message>
        <source>PHQ-9 item 9</source>
        <translation>PHQ-9 Frage 9</translation>
    </message>
    <message>
        <source>Functional difficulty</source>
        <translation>Funktionelle Schwierigkeiten</translation>
    </message>
    <message>
        <source>GAD-7 total</source>
        <translation>GAD-7 gesamt</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>PHQ-9 outcome</source>
        <translation>PHQ-9-Verlauf</translation>
    </message>
    <message>
        <source>PHQ-9 outcome: baseline is the last PHQ-9 on or before the first session of a course (at most 30 days before); response, a total at least 50% below it; remission, a total below 5.</source>
        <translation>PHQ-9-Verlauf: Ausgangswert ist der letzte PHQ-9 am Tag der ersten Sitzung einer Behandlungsserie oder davor (höchstens 30 Tage davor); Ansprechen: ein Gesamtwert mindestens 50 % darunter; Remission: ein Gesamtwert unter 5.</translation>
    </message>
    <message>
        <source>Symptoms before and after the course started</source>
        <translation>Symptome vor und nach Beginn der Behandlungsserie</translation>
    </message>
    <message>
        <source>Mean daily ratings over the 4 weeks before the course that started {start} ({b0} – {b1}) and over the last 4 weeks of this period ({a0} – {a1}). Symptoms 0 none – 3 severe; mood 0 worst – 10 best; daily symptom burden: the sum of the twelve symptom ratings, 0–36, scaled up when 9 to 11 of them were answered.</source>
        <translation>Mittlere tägliche Bewertungen in den 4 Wochen vor der Behandlungsserie, die am {start} begann ({b0} – {b1}), und in den letzten 4 Wochen dieses Zeitraums ({a0} – {a1}). Symptome 0 keine – 3 schwer; Stimmung 0 am schlechtesten – 10 am besten; tägliche Symptomlast: die Summe der zwölf Symptombewertungen, 0–36, hochgerechnet, wenn 9 bis 11 davon beantwortet wurden.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Days logged (before / after)</source>
        <translation>Erfasste Tage (vorher / nachher)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The patient chose to include their notes.</source>
        <translation>Der Patient bzw. die Patientin hat die eigenen Notizen beigefügt.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Tageseintrag</translation>
    </message>
    <message>
        <source>: side effects</source>
        <translation>: Nebenwirkungen</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Colours print as distinct greys; nothing relies on colour alone. Tables have horizontal rules only: a darker one under the header row.</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>moodlog summary</source>
        <translation>moodlog-Zusammenfassung</translation>
    </message>
    <message>
        <source>Patient-entered data, not clinically verified.</source>
        <translation>Eigenangaben des Patienten, klinisch nicht geprüft.</translation>
    </message>
    <message>
        <source>PHQ-9 and GAD-7 wording is quoted in the English original: no official translation into this language has been confirmed.</source>
        <translation>Der Wortlaut von PHQ-9 und GAD-7 ist im englischen Original zitiert: eine offizielle Übersetzung in diese Sprache ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>generated {day}</source>
        <translation>erstellt am {day}</translation>
    </message>
    <message>
        <source>Kept by the patient: daily mood (0 worst – 10 best) and symptoms (0 none – 3 severe), treatments as reported by the patient, PHQ-9 and GAD-7. moodlog describes the record; it does not diagnose or advise.</source>
        <translation>Vom Patienten bzw. von der Patientin geführt: tägliche Stimmung (0 am schlechtesten – 10 am besten) und Symptome (0 keine – 3 schwer), Behandlungen nach eigener Angabe, PHQ-9 und GAD-7. moodlog beschreibt die Aufzeichnungen; es stellt keine Diagnose und gibt keinen Rat.</translation>
    </message>
    <message>
        <source>Thoughts of death or self-harm: none recorded in this period (PHQ-9 item 9 and the daily check-in).</source>
        <extracomment>Factual only: no reassurance (CLINICAL.md section 5).</extracomment>
        <translation>Gedanken an Tod oder Selbstverletzung: in diesem Zeitraum keine erfasst (PHQ-9 Frage 9 und der tägliche Tageseintrag).</translation>
    </message>
    <message>
        <source>Thoughts of death or self-harm reported in this period</source>
        <translation>In diesem Zeitraum angegebene Gedanken an Tod oder Selbstverletzung</translation>
    </message>
    <message>
        <source>No one monitors moodlog: these answers were not seen by a clinician when they were entered. moodlog does not assess risk.</source>
        <translation>Niemand überwacht moodlog: diese Antworten hat beim Eingeben kein Arzt und keine Ärztin gesehen. moodlog schätzt kein Risiko ein.</translation>
    </message>
    <message>
        <source>{n} time</source>
        <translation>{n}-mal</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n}-mal</translation>
    </message>
    <message>
        <source>&lt;b&gt;PHQ-9 item 9&lt;/b&gt; (“{item}”): answered above “{none}” {times}:</source>
        <translation>&lt;b&gt;PHQ-9 Frage 9&lt;/b&gt; („{item}“): {times} höher als „{none}“ beantwortet:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Daily check-in&lt;/b&gt;, “{label}”: rated above 0 on {n} day (0 none – 3 severe):</source>
        <translation>&lt;b&gt;Tageseintrag&lt;/b&gt;, „{label}“: an {n} Tag höher als 0 bewertet (0 keine – 3 schwer):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Daily check-in&lt;/b&gt;, “{label}”: rated above 0 on {n} days (0 none – 3 severe):</source>
        <translation>&lt;b&gt;Tageseintrag&lt;/b&gt;, „{label}“: an {n} Tagen höher als 0 bewertet (0 keine – 3 schwer):</translation>
    </message>
    <message>
        <source>every PHQ-9 in the {days} days before it is incomplete</source>
        <translation>jeder PHQ-9 in den {days} Tagen davor ist unvollständig</translation>
    </message>
    <message>
        <source>the last PHQ-9 before it was {days} days earlier</source>
        <translation>der letzte PHQ-9 davor lag {days} Tage früher</translation>
    </message>
    <message>
        <source>no PHQ-9 on or before it</source>
        <translation>kein PHQ-9 an diesem Tag oder davor</translation>
    </message>
    <message>
        <source>No baseline for the course that started {day}: {why}.</source>
        <translation>Kein Ausgangswert für die Behandlungsserie, die am {day} begann: {why}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No complete PHQ-9 in this period ({n} incomplete).</source>
        <translation>Kein vollständiger PHQ-9 in diesem Zeitraum ({n} unvollständig).</translation>
    </message>
    <message>
        <source>No complete PHQ-9 in this period.</source>
        <translation>Kein vollständiger PHQ-9 in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>latest &lt;b&gt;{total}&lt;/b&gt; ({band}) on {day}</source>
        <translation>zuletzt &lt;b&gt;{total}&lt;/b&gt; ({band}) am {day}</translation>
    </message>
    <message>
        <source>{latest}. No ketamine or esketamine course had started by the end of this period, so there is no baseline.</source>
        <translation>{latest}. Bis zum Ende dieses Zeitraums hatte keine Ketamin- oder Esketamin-Behandlungsserie begonnen, daher gibt es keinen Ausgangswert.</translation>
    </message>
    <message>
        <source>remission (below 5): &lt;b&gt;{answer}&lt;/b&gt;</source>
        <translation>Remission (unter 5): &lt;b&gt;{answer}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the day the course started</source>
        <translation>am Tag des Beginns der Behandlungsserie</translation>
    </message>
    <message>
        <source>{n} day before the course started on {day}</source>
        <translation>{n} Tag vor Beginn der Behandlungsserie am {day}</translation>
    </message>
    <message>
        <source>{n} days before the course started on {day}</source>
        <translation>{n} Tage vor Beginn der Behandlungsserie am {day}</translation>
    </message>
    <message>
        <source>Baseline &lt;b&gt;{total}&lt;/b&gt; ({band}) on {day}, {when}</source>
        <translation>Ausgangswert &lt;b&gt;{total}&lt;/b&gt; ({band}) am {day}, {when}</translation>
    </message>
    <message>
        <source>{baseline}; no PHQ-9 after it in this period.</source>
        <translation>{baseline}; kein PHQ-9 danach in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>a baseline of 0 has no percentage change</source>
        <translation>bei einem Ausgangswert von 0 gibt es keine prozentuale Veränderung</translation>
    </message>
    <message>
        <source>the same as baseline</source>
        <translation>gleich dem Ausgangswert</translation>
    </message>
    <message>
        <source>{percent}% below baseline</source>
        <translation>{percent} % unter dem Ausgangswert</translation>
    </message>
    <message>
        <source>{percent}% above baseline</source>
        <translation>{percent} % über dem Ausgangswert</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>{baseline} → {latest}: {change}. Response (at least 50% below baseline): &lt;b&gt;{response}&lt;/b&gt;; {remission}.</source>
        <translation>{baseline} → {latest}: {change}. Ansprechen (mindestens 50 % unter dem Ausgangswert): &lt;b&gt;{response}&lt;/b&gt;; {remission}.</translation>
    </message>
    <message>
        <source>No complete GAD-7 in this period.</source>
        <translation>Kein vollständiger GAD-7 in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Latest &lt;b&gt;{total}&lt;/b&gt; ({band}) on {day}.</source>
        <translation>Zuletzt &lt;b&gt;{total}&lt;/b&gt; ({band}) am {day}.</translation>
    </message>
    <message>
        <source>no check-ins</source>
        <translation>keine Tageseinträge</translation>
    </message>
    <message>
        <source>{n} day logged</source>
        <translation>{n} Tag erfasst</translation>
    </message>
    <message>
        <source>{n} days logged</source>
        <translation>{n} Tage erfasst</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>First {span} of the period: {first}; last {span}: {last} (0 worst – 10 best).</source>
        <translation>Erste {span} des Zeitraums: {first}; letzte {span}: {last} (0 am schlechtesten – 10 am besten).</translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation>Erfasste Tage</translation>
    </message>
    <message>
        <source>&lt;b&gt;{logged}&lt;/b&gt; of {days} days in the period ({share}%)</source>
        <translation>&lt;b&gt;{logged}&lt;/b&gt; von {days} Tagen im Zeitraum ({share} %)</translation>
    </message>
    <message>
        <source>Mean mood</source>
        <translation>Mittlere Stimmung</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Thoughts of death or self-harm reported</source>
        <extracomment>The daily item and the PHQ-9 item the safety section lists (CLINICAL.md section 5). Mean mood is compared over the first and the last this many days of the period. The personal safety plan is private: in the report only when asked for. Every reading of every session, as an appendix (the table shows pre -&gt; peak -&gt; last). The texts of :meth:`ReportContent.sections`, marked for lupdate (looked up by ``_t``).</extracomment>
        <translation>Angegebene Gedanken an Tod oder Selbstverletzung</translation>
    </message>
    <message>
        <source>{answers}, {days} in the daily check-in</source>
        <translation>{answers}, {days} im Tageseintrag</translation>
    </message>
    <message>
        <source>{n} PHQ-9 item 9 answer</source>
        <translation>{n} Antwort auf PHQ-9 Frage 9</translation>
    </message>
    <message>
        <source>{n} PHQ-9 item 9 answers</source>
        <translation>{n} Antworten auf PHQ-9 Frage 9</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>{logged} of {days} days logged</source>
        <translation>{logged} von {days} Tagen erfasst</translation>
    </message>
    <message>
        <source>Mood chart</source>
        <translation>Stimmungsdiagramm</translation>
    </message>
    <message>
        <source>{checkins}, {treatments} marked</source>
        <translation>{checkins}, {treatments} markiert</translation>
    </message>
    <message>
        <source>{n} check-in</source>
        <translation>{n} Tageseintrag</translation>
    </message>
    <message>
        <source>{n} check-ins</source>
        <translation>{n} Tageseinträge</translation>
    </message>
    <message>
        <source>{n} treatment</source>
        <translation>{n} Behandlung</translation>
    </message>
    <message>
        <source>{n} treatments</source>
        <translation>{n} Behandlungen</translation>
    </message>
    <message>
        <source>PHQ-9 chart</source>
        <translation>PHQ-9-Diagramm</translation>
    </message>
    <message>
        <source>{n} PHQ-9</source>
        <translation>{n} PHQ-9</translation>
    </message>
    <message>
        <source>{n} PHQ-9s</source>
        <translation>{n} PHQ-9</translation>
    </message>
    <message>
        <source>Symptom heatmap</source>
        <translation>Symptom-Heatmap</translation>
    </message>
    <message>
        <source>{n} symptom</source>
        <translation>{n} Symptom</translation>
    </message>
    <message>
        <source>{n} symptoms</source>
        <translation>{n} Symptome</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>{n} session</source>
        <translation>{n} Sitzung</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} Sitzungen</translation>
    </message>
    <message>
        <source>Relief after each treatment</source>
        <translation>Besserung nach jeder Behandlung</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>{n} questionnaire</source>
        <translation>{n} Fragebogen</translation>
    </message>
    <message>
        <source>{n} questionnaires</source>
        <translation>{n} Fragebögen</translation>
    </message>
    <message>
        <source>Symptoms before and after the course started</source>
        <translation>Symptome vor und nach Beginn der Behandlungsserie</translation>
    </message>
    <message>
        <source>Mood with and without each tag</source>
        <translation>Stimmung mit und ohne jedes Schlagwort</translation>
    </message>
    <message>
        <source>{n} tag</source>
        <translation>{n} Schlagwort</translation>
    </message>
    <message>
        <source>{n} tags</source>
        <translation>{n} Schlagwörter</translation>
    </message>
    <message>
        <source>Medications taken</source>
        <translation>Eingenommene Medikamente</translation>
    </message>
    <message>
        <source>{n} medication</source>
        <translation>{n} Medikament</translation>
    </message>
    <message>
        <source>{n} medications</source>
        <translation>{n} Medikamente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} Notiz</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} Notizen</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <source>{filled} of 7 sections written</source>
        <translation>{filled} von 7 Abschnitten geschrieben</translation>
    </message>
    <message>
        <source>Appendix: every reading</source>
        <translation>Anhang: alle Messwerte</translation>
    </message>
    <message>
        <source>{n} reading</source>
        <translation>{n} Messwert</translation>
    </message>
    <message>
        <source>{n} readings</source>
        <translation>{n} Messwerte</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>Warning signs</source>
        <extracomment>moodlog.core.safety_plan: TITLES, PURPOSES (in the order of SECTIONS) and INVITATION.</extracomment>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>Was ich allein tun kann</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Menschen und Orte, die mich auf andere Gedanken bringen</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Menschen, die ich um Hilfe bitten kann</translation>
    </message>
    <message>
        <source>Professionals and services I can contact</source>
        <translation>Fachleute und Einrichtungen, an die ich mich wenden kann</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Meine Umgebung sicherer machen</translation>
    </message>
    <message>
        <source>What matters most to me</source>
        <translation>Was mir am wichtigsten ist</translation>
    </message>
    <message>
        <source>Thoughts, images, moods, situations or behaviour that tell you a crisis may be starting.</source>
        <translation>Gedanken, Bilder, Stimmungen, Situationen oder Verhaltensweisen, die Ihnen zeigen, dass eine Krise beginnen könnte.</translation>
    </message>
    <message>
        <source>Things you can do by yourself to take your mind off your problems.</source>
        <translation>Was Sie selbst tun können, um sich von Ihren Problemen abzulenken.</translation>
    </message>
    <message>
        <source>People and social settings that help you think of something else.</source>
        <translation>Menschen und Orte, an denen Sie unter Leuten sind und die Ihnen helfen, an etwas anderes zu denken.</translation>
    </message>
    <message>
        <source>People you could reach out to and ask for help.</source>
        <translation>Menschen, an die Sie sich wenden und die Sie um Hilfe bitten könnten.</translation>
    </message>
    <message>
        <source>Clinicians, clinics or services you could contact during a crisis.</source>
        <translation>Behandelnde, Kliniken oder Einrichtungen, an die Sie sich in einer Krise wenden könnten.</translation>
    </message>
    <message>
        <source>Steps you and your clinician agree on to make your surroundings safer.</source>
        <translation>Schritte, die Sie mit Ihrer Ärztin oder Ihrem Arzt vereinbaren, um Ihre Umgebung sicherer zu machen.</translation>
    </message>
    <message>
        <source>The things that are most important to you and worth living for.</source>
        <translation>Was Ihnen am wichtigsten ist und wofür es sich zu leben lohnt.</translation>
    </message>
    <message>
        <source>A safety plan is yours, in your own words. Many people write it together with their clinician. moodlog keeps it on this computer; no one else sees it.</source>
        <translation>Ein Sicherheitsplan gehört Ihnen, in Ihren eigenen Worten. Viele Menschen schreiben ihn gemeinsam mit ihrer Ärztin oder ihrem Arzt. moodlog bewahrt ihn auf diesem Computer auf; niemand sonst sieht ihn.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>Als PDF &amp;drucken …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Last changed {when}.</source>
        <translation>Zuletzt geändert am {when}.</translation>
    </message>
    <message>
        <source>dd MMMM yyyy, HH:mm</source>
        <translation>d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Noch nicht geschrieben.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>Nicht gespeichert. {problem}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Not printed. {problem}</source>
        <translation>Nicht gedruckt. {problem}</translation>
    </message>
    <message>
        <source>Print my safety plan</source>
        <translation>Meinen Sicherheitsplan drucken</translation>
    </message>
    <message>
        <source>my-safety-plan.pdf</source>
        <translation>mein-sicherheitsplan.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed: {problem}</source>
        <translation>Nicht gedruckt: {problem}</translation>
    </message>
    <message>
        <source>Printed to {path}.</source>
        <translation>Gedruckt in {path}.</translation>
    </message>
    <message>
        <source>Unsaved safety plan</source>
        <translation>Nicht gespeicherter Sicherheitsplan</translation>
    </message>
    <message>
        <source>You have changed your safety plan without saving it.</source>
        <translation>Sie haben Ihren Sicherheitsplan geändert, ohne ihn zu speichern.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>noch nicht geschrieben</translation>
    </message>
    <message>
        <source>your country</source>
        <translation>Ihr Land</translation>
    </message>
    <message>
        <source>Crisis lines for {region}</source>
        <translation>Krisentelefone für {region}</translation>
    </message>
    <message>
        <source>(checked on {day})</source>
        <translation>(geprüft am {day})</translation>
    </message>
    <message>
        <source>last changed {day}</source>
        <translation>zuletzt geändert am {day}</translation>
    </message>
    <message>
        <source>Printed {day}</source>
        <translation>Gedruckt am {day}</translation>
    </message>
    <message>
        <source>Safety plan (included at the patient&apos;s request, last changed {day})</source>
        <translation>Sicherheitsplan (auf Wunsch des Patienten bzw. der Patientin beigefügt, zuletzt geändert am {day})</translation>
    </message>
    <message>
        <source>Safety plan (included at the patient&apos;s request)</source>
        <translation>Sicherheitsplan (auf Wunsch des Patienten bzw. der Patientin beigefügt)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>check-in note</source>
        <extracomment>core.life.SEARCH_PLACES, for lupdate (a test keeps them equal to core&apos;s).</extracomment>
        <translation>Notiz zum Tageseintrag</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>treatment note</source>
        <translation>Behandlungsnotiz</translation>
    </message>
    <message>
        <source>side-effects note</source>
        <translation>Notiz zu Nebenwirkungen</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Im Tagebuch suchen</translation>
    </message>
    <message>
        <source>Words in notes, moments, treatment notes or tags</source>
        <translation>Wörter in Notizen, Momenten, Behandlungsnotizen oder Schlagwörtern</translation>
    </message>
    <message>
        <source>Search results: Enter opens the day</source>
        <translation>Suchergebnisse: Die Eingabetaste öffnet den Tag</translation>
    </message>
    <message>
        <source>Search failed: {problem}</source>
        <translation>Suche fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>dd MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Nothing in the journal mentions “{words}”.</source>
        <translation>Nichts im Tagebuch erwähnt „{words}“.</translation>
    </message>
    <message numerus="yes">
        <source>%n found (the newest 200). Enter opens the day.</source>
        <translation>
            <numerusform>%n Treffer (die neuesten 200). Die Eingabetaste öffnet den Tag.</numerusform>
            <numerusform>%n Treffer (die neuesten 200). Die Eingabetaste öffnet den Tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found. Enter opens the day.</source>
        <translation>
            <numerusform>%n Treffer. Die Eingabetaste öffnet den Tag.</numerusform>
            <numerusform>%n Treffer. Die Eingabetaste öffnet den Tag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentedControl</name>
    <message>
        <source>No answer chosen</source>
        <extracomment>It paints its own focus ring around the segments (ui/common/focus_ring.py skips it). Screen readers see a group of radio buttons (ui/common/accessible.py).</extracomment>
        <translation>Keine Antwort gewählt</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>as reported by the clinic</source>
        <extracomment>core.session.AS_REPORTED, for lupdate (the window shows it in its language).</extracomment>
        <translation>laut Angabe der Klinik</translation>
    </message>
    <message>
        <source>Readings during the session, if the clinic told you</source>
        <translation>Messungen während der Sitzung, falls die Klinik sie Ihnen genannt hat</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>Die Sitzung</translation>
    </message>
    <message>
        <source>Esketamine devices</source>
        <translation>Esketamin-Nasensprays</translation>
    </message>
    <message>
        <source>Devices ({mg} mg each):</source>
        <translation>Nasensprays (je {mg} mg):</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>Weight for a mg/kg dose</source>
        <translation>Gewicht für eine Dosis in mg/kg</translation>
    </message>
    <message>
        <source>Weight (for mg/kg):</source>
        <translation>Gewicht (für mg/kg):</translation>
    </message>
    <message>
        <source>Infusion minutes</source>
        <translation>Infusionsdauer in Minuten</translation>
    </message>
    <message>
        <source>Infusion minutes:</source>
        <translation>Infusionsdauer (min):</translation>
    </message>
    <message>
        <source>Observed until, minutes after the start</source>
        <translation>Beobachtet bis, Minuten nach Beginn</translation>
    </message>
    <message>
        <source>Observed until (min after start):</source>
        <translation>Beobachtet bis (min nach Beginn):</translation>
    </message>
    <message>
        <source>When you felt ready to leave, in your words</source>
        <translation>Wann Sie sich bereit fühlten zu gehen, in Ihren Worten</translation>
    </message>
    <message>
        <source>Felt ready to leave</source>
        <translation>Bereit zu gehen</translation>
    </message>
    <message>
        <source>Felt ready to leave:</source>
        <translation>Bereit zu gehen:</translation>
    </message>
    <message>
        <source>Totals {as_reported}</source>
        <translation>Gesamtwerte {as_reported}</translation>
    </message>
    <message>
        <source>MOAA/S total {as_reported}</source>
        <translation>MOAA/S-Gesamtwert {as_reported}</translation>
    </message>
    <message>
        <source>MOAA/S (0-5):</source>
        <translation>MOAA/S (0–5):</translation>
    </message>
    <message>
        <source>CADSS form</source>
        <translation>CADSS-Version</translation>
    </message>
    <message>
        <source>CADSS total {as_reported}</source>
        <translation>CADSS-Gesamtwert {as_reported}</translation>
    </message>
    <message>
        <source>Dissociation:</source>
        <translation>Dissoziation:</translation>
    </message>
    <message>
        <source>Scores the clinic measured and told you; moodlog does not give these scales.</source>
        <translation>Werte, die die Klinik erhoben und Ihnen mitgeteilt hat; moodlog erhebt diese Skalen nicht selbst.</translation>
    </message>
    <message>
        <source>devices are only for an esketamine nasal session</source>
        <translation>Nasensprays gibt es nur bei einer Sitzung mit Esketamin-Nasenspray</translation>
    </message>
    <message>
        <source>{devices} devices are {mg} mg, but the dose says {dose} {unit}</source>
        <translation>{devices} Nasensprays sind {mg} mg, aber als Dosis steht {dose} {unit} da</translation>
    </message>
    <message>
        <source>a weight goes with a dose in mg/kg</source>
        <translation>ein Gewicht gehört zu einer Dosis in mg/kg</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd, d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>the backup of {when}</source>
        <translation>der Sicherung vom {when}</translation>
    </message>
    <message>
        <source>the backup of {when} ({checkins})</source>
        <translation>der Sicherung vom {when} ({checkins})</translation>
    </message>
    <message>
        <source>Journal restored</source>
        <translation>Tagebuch wiederhergestellt</translation>
    </message>
    <message>
        <source>Your journal was restored from {summary}.</source>
        <translation>Ihr Tagebuch wurde aus {summary} wiederhergestellt.</translation>
    </message>
    <message>
        <source>your moodlog journal</source>
        <translation>Ihres moodlog-Tagebuchs</translation>
    </message>
    <message>
        <source>Your journal is damaged</source>
        <translation>Ihr Tagebuch ist beschädigt</translation>
    </message>
    <message>
        <source>moodlog could not open your journal because the file is damaged. It has not changed the file.</source>
        <translation>moodlog konnte Ihr Tagebuch nicht öffnen, weil die Datei beschädigt ist. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This is not a moodlog journal</source>
        <translation>Das ist kein moodlog-Tagebuch</translation>
    </message>
    <message>
        <source>moodlog could not open your journal because the file is not a moodlog journal. It has not changed the file.</source>
        <translation>moodlog konnte Ihr Tagebuch nicht öffnen, weil die Datei kein moodlog-Tagebuch ist. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}. The file is {journal}; keep it, it may still be recoverable.</source>
        <translation>In {folder} wurde keine intakte Sicherung gefunden. Die Datei ist {journal}; bewahren Sie sie auf, vielleicht lässt sie sich noch retten.</translation>
    </message>
    <message>
        <source>You can restore the newest good backup, {summary}. The file that could not be opened is kept in the backups folder.</source>
        <translation>Sie können die neueste intakte Sicherung wiederherstellen: {summary}. Die Datei, die sich nicht öffnen ließ, wird im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore that backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>dd MMM yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Relief after each treatment</source>
        <translation>Besserung nach jeder Behandlung</translation>
    </message>
    <message>
        <source>Relief is measured from your daily mood. Before: your average mood over the 7 days before the treatment (at least 3 check-ins). After: a 3-day average (at least 2 check-ins). Peak: the best 3-day average in the first week, counting the treatment day. Relief lasts until the 3-day average falls back to halfway between before and peak. “≥ N” means the next treatment or your last check-in came first, so relief lasted at least N days. This describes your record; it is not advice on when to have a treatment.</source>
        <translation>Die Besserung wird aus Ihrer täglichen Stimmung bestimmt. Vorher: Ihre mittlere Stimmung in den 7 Tagen vor der Behandlung (mindestens 3 Tageseinträge). Nachher: ein 3-Tage-Mittel (mindestens 2 Tageseinträge). Höchstwert: das beste 3-Tage-Mittel in der ersten Woche, der Behandlungstag eingeschlossen. Die Besserung dauert, bis das 3-Tage-Mittel auf die Hälfte zwischen Vorher und Höchstwert zurückfällt. „≥ N“ heißt, dass die nächste Behandlung oder Ihr letzter Tageseintrag zuerst kam, die Besserung also mindestens N Tage anhielt. Das beschreibt Ihre Aufzeichnungen; es ist kein Rat, wann Sie eine Behandlung haben sollten.</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>Symptom averages before and after</source>
        <translation>Symptom-Mittelwerte vorher und nachher</translation>
    </message>
    <message>
        <source>No ketamine or esketamine treatments in this range.</source>
        <translation>Keine Ketamin- oder Esketamin-Behandlungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No median yet: no treatment&apos;s relief has ended in this range.</source>
        <translation>Noch kein Median: in diesem Zeitraum ist bei keiner Behandlung die Besserung zu Ende gegangen.</translation>
    </message>
    <message>
        <source>Median days of relief: {median} ({over}; {left_out}).</source>
        <translation>Median der Tage mit Besserung: {median} ({over}; {left_out}).</translation>
    </message>
    <message numerus="yes">
        <source>over %n treatment(s) whose relief ended</source>
        <translation>
            <numerusform>über %n Behandlung, deren Besserung endete</numerusform>
            <numerusform>über %n Behandlungen, deren Besserung endete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still going at the next treatment or the last check-in are left out</source>
        <translation>
            <numerusform>%n, die bei der nächsten Behandlung oder dem letzten Tageseintrag noch anhielt, bleibt außen vor</numerusform>
            <numerusform>%n, die bei der nächsten Behandlung oder dem letzten Tageseintrag noch anhielten, bleiben außen vor</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown once a ketamine or esketamine treatment is recorded: the 4 weeks before the first one against the last 4 weeks of the range.</source>
        <translation>Erscheint, sobald eine Ketamin- oder Esketamin-Behandlung erfasst ist: die 4 Wochen vor der ersten gegenüber den letzten 4 Wochen des Zeitraums.</translation>
    </message>
    <message>
        <source>Averages over the 4 weeks before the first treatment ({b0} – {b1}) and the last 4 weeks shown ({a0} – {a1}).</source>
        <translation>Mittelwerte über die 4 Wochen vor der ersten Behandlung ({b0} – {b1}) und die letzten 4 gezeigten Wochen ({a0} – {a1}).</translation>
    </message>
    <message>
        <source>PHQ-9 baseline: none within 30 days before the first treatment.</source>
        <translation>PHQ-9-Ausgangswert: keiner innerhalb von 30 Tagen vor der ersten Behandlung.</translation>
    </message>
    <message>
        <source>PHQ-9 baseline: {total} on {day}.</source>
        <translation>PHQ-9-Ausgangswert: {total} am {day}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source> Latest: {total} on {day}; response (at least 50% below baseline): {response}; remission (below 5): {remission}.</source>
        <translation> Zuletzt: {total} am {day}; Ansprechen (mindestens 50 % unter dem Ausgangswert): {response}; Remission (unter 5): {remission}.</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Tags are what you did or had on a day (people, activities, health). Hiding one takes it off the check-in form; the days that have it keep it. Tags are never deleted.</source>
        <translation>Schlagwörter beschreiben, was Sie an einem Tag getan oder erlebt haben (Menschen, Aktivitäten, Gesundheit). Ein ausgeblendetes Schlagwort verschwindet aus dem Tageseintrag; Tage, die es haben, behalten es. Schlagwörter werden nie gelöscht.</translation>
    </message>
    <message>
        <source>Tags by group</source>
        <translation>Schlagwörter nach Gruppe</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>In &amp;Gruppe verschieben …</translation>
    </message>
    <message>
        <source>{name}  (hidden)</source>
        <translation>{name}  (ausgeblendet)</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>Ein&amp;blenden</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Name of the tag:</source>
        <translation>Name des Schlagworts:</translation>
    </message>
    <message>
        <source>Group (or type a new one):</source>
        <translation>Gruppe (oder eine neue eingeben):</translation>
    </message>
    <message>
        <source>Tag not added</source>
        <translation>Schlagwort nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Rename a tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>Tag not renamed</source>
        <translation>Schlagwort nicht umbenannt</translation>
    </message>
    <message>
        <source>Tag not changed</source>
        <translation>Schlagwort nicht geändert</translation>
    </message>
    <message>
        <source>Move a tag</source>
        <translation>Schlagwort verschieben</translation>
    </message>
    <message>
        <source>Group for “{tag}” (or type a new one):</source>
        <translation>Gruppe für „{tag}“ (oder eine neue eingeben):</translation>
    </message>
    <message>
        <source>Tag not moved</source>
        <translation>Schlagwort nicht verschoben</translation>
    </message>
</context>
<context>
    <name>TagsPicker</name>
    <message>
        <source>Type to find a tag, Space to set it</source>
        <translation>Tippen, um ein Schlagwort zu finden, Leertaste zum Setzen</translation>
    </message>
    <message>
        <source>Find a tag: type to filter, Space toggles the highlighted tag, Down and Up move the highlight</source>
        <translation>Schlagwort suchen: Tippen filtert, die Leertaste schaltet das hervorgehobene Schlagwort um, Ab und Auf bewegen die Hervorhebung</translation>
    </message>
    <message>
        <source>Tag {tag}, {group}</source>
        <translation>Schlagwort {tag}, {group}</translation>
    </message>
    <message>
        <source>Set: {tags}</source>
        <translation>Gesetzt: {tags}</translation>
    </message>
    <message>
        <source>No tag set</source>
        <translation>Kein Schlagwort gesetzt</translation>
    </message>
    <message>
        <source> — Space toggles “{tag}”</source>
        <translation> – Leertaste schaltet „{tag}“ um</translation>
    </message>
</context>
<context>
    <name>TextSection</name>
    <message>
        <source>One item per line</source>
        <translation>Ein Punkt pro Zeile</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Time for today&apos;s check-in</source>
        <translation>Zeit für den heutigen Tageseintrag</translation>
    </message>
    <message>
        <source>You have not checked in today yet. It takes under a minute.</source>
        <translation>Sie haben heute noch keinen Tageseintrag gemacht. Das dauert weniger als eine Minute.</translation>
    </message>
    <message>
        <source>How are you since your session?</source>
        <extracomment>core.moment_offers.TITLE and TEXT, for lupdate (a test keeps them equal to core&apos;s).</extracomment>
        <translation>Wie geht es Ihnen seit Ihrer Sitzung?</translation>
    </message>
    <message>
        <source>A moment takes a few seconds: a mood 0-10 and a few words if you like.</source>
        <translation>Ein Moment dauert nur ein paar Sekunden: eine Stimmung von 0 bis 10 und, wenn Sie möchten, ein paar Worte.</translation>
    </message>
    <message>
        <source>&amp;Open moodlog</source>
        <translation>moodlog ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Today&apos;s &amp;check-in</source>
        <translation>&amp;Heutiger Tageseintrag</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Click here to open it.</source>
        <translation>Klicken Sie hier, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Click here to add one.</source>
        <translation>Klicken Sie hier, um einen festzuhalten.</translation>
    </message>
    <message>
        <source>&amp;Add a moment</source>
        <translation>&amp;Moment festhalten</translation>
    </message>
    <message>
        <source>&amp;Open today&apos;s check-in</source>
        <translation>Heutigen Tageseintrag ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>TreatmentDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Edit treatment</source>
        <translation>Behandlung bearbeiten</translation>
    </message>
    <message>
        <source>Add a treatment</source>
        <translation>Behandlung hinzufügen</translation>
    </message>
    <message>
        <source>this treatment</source>
        <translation>diese Behandlung</translation>
    </message>
    <message>
        <source>Date and time of the session</source>
        <translation>Datum und Uhrzeit der Sitzung</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Kind of treatment</source>
        <translation>Art der Behandlung</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Einheit der Dosis</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation>&amp;Klinik:</translation>
    </message>
    <message>
        <source>&amp;Notes about the session:</source>
        <translation>&amp;Notizen zur Sitzung:</translation>
    </message>
    <message>
        <source>Notes about the session</source>
        <translation>Notizen zur Sitzung</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>How strong was each one?</source>
        <translation>Wie stark war jede einzelne?</translation>
    </message>
    <message>
        <source>Side effect: {label}</source>
        <translation>Nebenwirkung: {label}</translation>
    </message>
    <message>
        <source>Anything else, in your words</source>
        <translation>Sonstiges, in Ihren Worten</translation>
    </message>
    <message>
        <source>Other side effects</source>
        <translation>Andere Nebenwirkungen</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>&amp;Sonstige:</translation>
    </message>
    <message>
        <source>the session is more than a day in the future; check the date</source>
        <translation>die Sitzung liegt mehr als einen Tag in der Zukunft; prüfen Sie das Datum</translation>
    </message>
    <message>
        <source>Not saved: {message}.</source>
        <translation>Nicht gespeichert: {message}.</translation>
    </message>
</context>
<context>
    <name>TreatmentsView</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Blutdruck</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>Every session, with what the clinic measured and how you felt during it. Sessions show as markers on your charts.</source>
        <translation>Jede Sitzung, mit dem, was die Klinik gemessen hat, und wie Sie sich dabei gefühlt haben. Sitzungen erscheinen als Markierungen in Ihren Diagrammen.</translation>
    </message>
    <message>
        <source>Treatment sessions</source>
        <translation>Behandlungssitzungen</translation>
    </message>
    <message>
        <source>No treatments yet. Add your first session with “Add treatment”.</source>
        <translation>Noch keine Behandlungen. Tragen Sie Ihre erste Sitzung mit „Neue Behandlung“ ein.</translation>
    </message>
    <message>
        <source>&amp;Add treatment…</source>
        <translation>&amp;Neue Behandlung …</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbei&amp;ten …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy HH:mm</source>
        <translation>ddd, dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>Delete this treatment?</source>
        <translation>Diese Behandlung löschen?</translation>
    </message>
    <message>
        <source>Delete the {kind} session of {day}? This cannot be undone.</source>
        <translation>Die Sitzung „{kind}“ vom {day} löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Your journal is encrypted</source>
        <translation>Ihr Tagebuch ist verschlüsselt</translation>
    </message>
    <message>
        <source>Enter the passphrase of {journal}.</source>
        <translation>Geben Sie die Passphrase {journal} ein.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to moodlog</source>
        <translation>Willkommen bei moodlog</translation>
    </message>
    <message>
        <source>A private journal for the days between treatments. Each day, note your mood and how much each symptom bothered you; add your treatment sessions and, every two weeks, a PHQ-9. Over time you will see how you really did, and can show your clinician.

Everything stays on this computer. No one else sees it, and no one monitors it.</source>
        <translation>Ein privates Tagebuch für die Tage zwischen den Behandlungen. Notieren Sie jeden Tag Ihre Stimmung und wie sehr Sie jedes Symptom belastet hat; tragen Sie Ihre Behandlungssitzungen ein und alle zwei Wochen einen PHQ-9. Mit der Zeit sehen Sie, wie es Ihnen wirklich ging, und können es Ihrer Ärztin oder Ihrem Arzt zeigen.

Alles bleibt auf diesem Computer. Niemand sonst sieht es, und niemand überwacht es.</translation>
    </message>
    <message>
        <source>Start today’s &amp;check-in</source>
        <translation>&amp;Tageseintrag für heute beginnen</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>Mit Beispieldaten aus&amp;probieren</translation>
    </message>
    <message>
        <source>The demo opens a separate journal of made-up data in a new window. It never mixes with yours.</source>
        <translation>Die Demo öffnet ein eigenes Tagebuch mit erfundenen Daten in einem neuen Fenster. Es vermischt sich nie mit Ihrem.</translation>
    </message>
</context>
<context>
    <name>_SnippetDelegate</name>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd, dd.MM.yyyy</translation>
    </message>
</context>
</TS>
