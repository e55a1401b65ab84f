<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ClinicianScoreDialog</name>
    <message>
        <source>Correct a clinician score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a clinician score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the total your clinician told you, for example of the MADRS (0-60). Only the total is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. who rated it, or before which session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is in the future; a score is for today or an earlier day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type in the total your clinician reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the {scale} score?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a {scale} score for {day} (total {total}). Replace it with this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Edit medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mornings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationsEditor</name>
    <message>
        <source>Your regular medications. Each check-in on a day one is taken asks whether you took it (or leave it unanswered). To stop, give it an “until” date: its answers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Encrypt your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal and every backup will be encrypted with this passphrase. moodlog will ask for it each time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {count} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm that you understand it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesText</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: the last score on or before the first session of a course, at most {days} days before it. Response: a total at least 50% below baseline. Remission: PHQ-9 below 5, MADRS 10 or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response (at least 50% below baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remission (below 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remission (10 or less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete (no total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {value} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{kinds}, from {start}: %n session(s), the last on {last}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No baseline: every {name} in the {days} days before the first session is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No baseline: the last {name} before the course was %n day(s) before the first session (more than {window}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No baseline: there is no {name} on or before the first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that counts as {remission}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that does not count as {remission}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that counts as a {response} and as {remission}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that counts as a {response}, not as {remission}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that counts as {remission}, not as a {response}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that counts neither as a {response} nor as {remission}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day of the first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the first session</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline {total} on {day} ({when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete {name} after the first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest {total} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% below baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% above baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a baseline of 0 has no percentage change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It first met the definition of response on {day} (day {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most recent {name}, on {day}, is incomplete and has no total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MADRS (clinician)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>A forgotten passphrase cannot be recovered: without it no one, not you and not the moodlog developers, can open the journal or its backups.</source>
        <extracomment>store.encryption.FORGOTTEN, marked for lupdate (a test keeps the two equal).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rivacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add symptoms of your own; they are rated none, mild, moderate or severe like the others. Hiding one removes it from the check-in form but keeps every rating you gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the symptom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time moodlog starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crisis resources for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of the &amp;PHQ-9 every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a &amp;digit, go on to the next question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Encryption protects your journal if someone copies the file or gets hold of this computer while moodlog is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove encryption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal and its backups are encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is not the current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) could not be opened and were left as they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your journal and %n backup(s) were updated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Correct the {name}</source>
        <extracomment>Room for the item wording; the longest PHQ-9 item wraps to three lines at this width.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your answers to the {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of this {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab moves to the next question. Choose with the arrow keys or 0-3; Delete clears an answer. Ctrl+S saves. The last question is not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {number}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet (optional, not scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official translation of the {name} in this language has been confirmed, so it is shown in its original English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) answered: total {total} ({band}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No item answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {total} answered. Not answered yet: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an incomplete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {name} with an unanswered item has no total. It will be saved and listed as incomplete, never as a lower score.

Save it as incomplete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a {name} for {day} ({what}). Replace it with this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the date is in the future; a questionnaire is for today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: no item is answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairesView</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire responses and clinician scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the PHQ-9 now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in &amp;PHQ-9…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in &amp;GAD-7…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;clinician score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not filled in a PHQ-9 in this journal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It has been %n day(s) since your last PHQ-9, on {day}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the clinician-reported {instrument} score ({total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {name} ({total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what} of {day}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSection</name>
    <message>
        <source>Daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me to check in every day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on days without a check-in yet, and only while moodlog is running: keep it in the tray, or let it start when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep moodlog running in the system tray when its window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start moodlog when I &amp;log in, in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start moodlog when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moodlog could not change {place}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Tags are what you did or had on a day (people, activities, health). Hiding one takes it off the check-in form; the days that have it keep it. Tags are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group (or type a new one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group for “{tag}” (or type a new one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag not moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Your journal is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of {journal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
