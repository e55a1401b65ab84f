<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>Medication not saved</source>
        <translation>Medikament nicht gespeichert</translation>
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
</TS>
