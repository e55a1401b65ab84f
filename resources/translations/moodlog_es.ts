<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ClinicianScoreDialog</name>
    <message>
        <source>Correct a clinician score</source>
        <translation>Corregir una puntuación clínica</translation>
    </message>
    <message>
        <source>Add a clinician score</source>
        <translation>Añadir una puntuación clínica</translation>
    </message>
    <message>
        <source>Type in the total your clinician told you, for example of the MADRS (0-60). Only the total is kept.</source>
        <translation>Escriba el total que le indicó su profesional sanitario, por ejemplo de la MADRS (0-60). Solo se guarda el total.</translation>
    </message>
    <message>
        <source>Name of the scale</source>
        <translation>Nombre de la escala</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Escala:</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Date of the rating</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Puntuación total</translation>
    </message>
    <message>
        <source>&amp;Total:</source>
        <translation>&amp;Total:</translation>
    </message>
    <message>
        <source>e.g. who rated it, or before which session</source>
        <translation>p. ej., quién la evaluó o antes de qué sesión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>this score</source>
        <translation>esta puntuación</translation>
    </message>
    <message>
        <source>the date is in the future; a score is for today or an earlier day</source>
        <translation>la fecha es futura; una puntuación es de hoy o de un día anterior</translation>
    </message>
    <message>
        <source>type in the total your clinician reported</source>
        <translation>escriba el total que le indicó su profesional sanitario</translation>
    </message>
    <message>
        <source>Replace the {scale} score?</source>
        <translation>¿Sustituir la puntuación de {scale}?</translation>
    </message>
    <message>
        <source>There is already a {scale} score for {day} (total {total}). Replace it with this one?</source>
        <translation>Ya hay una puntuación de {scale} del {day} (total {total}). ¿Sustituirla por esta?</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>No se ha guardado: {reason}.</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Edit medication</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>e.g. mornings</source>
        <translation>p. ej., por las mañanas</translation>
    </message>
    <message>
        <source>since</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Pauta:</translation>
    </message>
</context>
<context>
    <name>MedicationsEditor</name>
    <message>
        <source>Your regular medications. Each check-in on a day one is taken asks whether you took it (or leave it unanswered). To stop, give it an “until” date: its answers are kept.</source>
        <translation>Sus medicamentos habituales. Cada registro del día en que se toma uno pregunta si lo tomó (o puede dejarlo sin responder). Para dejarlo, indique una fecha «hasta»: sus respuestas se conservan.</translation>
    </message>
    <message>
        <source>Your medications</source>
        <translation>Sus medicamentos</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>Medication not saved</source>
        <translation>Medicamento no guardado</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Encrypt your journal</source>
        <translation>Cifrar su diario</translation>
    </message>
    <message>
        <source>Your journal and every backup will be encrypted with this passphrase. moodlog will ask for it each time it starts.</source>
        <translation>Su diario y todas las copias de seguridad se cifrarán con esta frase de contraseña. moodlog se la pedirá cada vez que se inicie.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>At least {count} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Al menos {count} caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation>Entiendo que una frase de contraseña olvidada no se puede recuperar</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Please confirm that you understand it cannot be recovered.</source>
        <translation>Confirme que entiende que no se puede recuperar.</translation>
    </message>
</context>
<context>
    <name>OutcomesText</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Baseline: the last score on or before the first session of a course, at most {days} days before it. Response: a total at least 50% below baseline. Remission: PHQ-9 below 5, MADRS 10 or less.</source>
        <translation>Valor basal: la última puntuación el día de la primera sesión de un ciclo o antes, como mucho {days} días antes. Respuesta: un total al menos un 50 % por debajo del valor basal. Remisión: PHQ-9 por debajo de 5, MADRS de 10 o menos.</translation>
    </message>
    <message>
        <source>response (at least 50% below baseline)</source>
        <translation>respuesta (al menos un 50 % por debajo del valor basal)</translation>
    </message>
    <message>
        <source>remission (below 5)</source>
        <translation>remisión (por debajo de 5)</translation>
    </message>
    <message>
        <source>remission (10 or less)</source>
        <translation>remisión (10 o menos)</translation>
    </message>
    <message>
        <source>incomplete (no total)</source>
        <translation>incompleto (sin total)</translation>
    </message>
    <message>
        <source>{name} {value} on {day}</source>
        <translation>{name} {value} el {day}</translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 recorded yet.</source>
        <translation>Todavía no hay ningún PHQ-9 ni GAD-7.</translation>
    </message>
    <message>
        <source>Course {number} of {count}</source>
        <translation>Ciclo {number} de {count}</translation>
    </message>
    <message>
        <source>Course {number}</source>
        <translation>Ciclo {number}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message numerus="yes">
        <source>{kinds}, from {start}: %n session(s), the last on {last}.</source>
        <translation>
            <numerusform>{kinds}, desde el {start}: %n sesión, el {last}.</numerusform>
            <numerusform>{kinds}, desde el {start}: %n sesiones, la última el {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No baseline: every {name} in the {days} days before the first session is incomplete.</source>
        <translation>Sin valor basal: todos los {name} de los {days} días anteriores a la primera sesión están incompletos.</translation>
    </message>
    <message numerus="yes">
        <source>No baseline: the last {name} before the course was %n day(s) before the first session (more than {window}).</source>
        <translation>
            <numerusform>Sin valor basal: el último {name} antes del ciclo fue %n día antes de la primera sesión (más de {window}).</numerusform>
            <numerusform>Sin valor basal: el último {name} antes del ciclo fue %n días antes de la primera sesión (más de {window}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No baseline: there is no {name} on or before the first session.</source>
        <translation>Sin valor basal: no hay ningún {name} el día de la primera sesión ni antes.</translation>
    </message>
    <message>
        <source>that counts as {remission}</source>
        <translation>eso cuenta como {remission}</translation>
    </message>
    <message>
        <source>that does not count as {remission}</source>
        <translation>eso no cuenta como {remission}</translation>
    </message>
    <message>
        <source>that counts as a {response} and as {remission}</source>
        <translation>eso cuenta como {response} y como {remission}</translation>
    </message>
    <message>
        <source>that counts as a {response}, not as {remission}</source>
        <translation>eso cuenta como {response}, no como {remission}</translation>
    </message>
    <message>
        <source>that counts as {remission}, not as a {response}</source>
        <translation>eso cuenta como {remission}, no como {response}</translation>
    </message>
    <message>
        <source>that counts neither as a {response} nor as {remission}</source>
        <translation>eso no cuenta ni como {response} ni como {remission}</translation>
    </message>
    <message>
        <source>the day of the first session</source>
        <translation>el día de la primera sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the first session</source>
        <translation>
            <numerusform>%n día antes de la primera sesión</numerusform>
            <numerusform>%n días antes de la primera sesión</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline {total} on {day} ({when}).</source>
        <translation>Valor basal {total} el {day} ({when}).</translation>
    </message>
    <message>
        <source>No complete {name} after the first session.</source>
        <translation>No hay ningún {name} completo después de la primera sesión.</translation>
    </message>
    <message>
        <source>Latest {total} on {day}</source>
        <translation>Último {total} el {day}</translation>
    </message>
    <message>
        <source>the same as baseline</source>
        <translation>igual que el valor basal</translation>
    </message>
    <message>
        <source>{percent}% below baseline</source>
        <translation>{percent} % por debajo del valor basal</translation>
    </message>
    <message>
        <source>{percent}% above baseline</source>
        <translation>{percent} % por encima del valor basal</translation>
    </message>
    <message>
        <source> (a baseline of 0 has no percentage change)</source>
        <translation> (con un valor basal de 0 no hay cambio porcentual)</translation>
    </message>
    <message>
        <source>It first met the definition of response on {day} (day {number}).</source>
        <translation>Cumplió por primera vez la definición de respuesta el {day} (día {number}).</translation>
    </message>
    <message>
        <source>The most recent {name}, on {day}, is incomplete and has no total.</source>
        <translation>El {name} más reciente, del {day}, está incompleto y no tiene total.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>MADRS (clinician)</source>
        <translation>MADRS (clínica)</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>A forgotten passphrase cannot be recovered: without it no one, not you and not the moodlog developers, can open the journal or its backups.</source>
        <extracomment>store.encryption.FORGOTTEN, marked for lupdate (a test keeps the two equal).</extracomment>
        <translation>Una frase de contraseña olvidada no se puede recuperar: sin ella nadie, ni usted ni los desarrolladores de moodlog, puede abrir el diario ni sus copias de seguridad.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Symptoms</source>
        <translation>&amp;Síntomas</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>&amp;Medicamentos</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>Pri&amp;vacidad</translation>
    </message>
    <message>
        <source>Add symptoms of your own; they are rated none, mild, moderate or severe like the others. Hiding one removes it from the check-in form but keeps every rating you gave it.</source>
        <translation>Añada síntomas propios; se valoran como ausente, leve, moderado o grave, igual que los demás. Ocultar uno lo quita del registro diario, pero conserva todas las valoraciones que le dio.</translation>
    </message>
    <message>
        <source>Your own symptoms</source>
        <translation>Sus síntomas propios</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>{name}  (hidden)</source>
        <translation>{name}  (oculto)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Name of the symptom:</source>
        <translation>Nombre del síntoma:</translation>
    </message>
    <message>
        <source>Add a symptom</source>
        <translation>Añadir un síntoma</translation>
    </message>
    <message>
        <source>Symptom not added</source>
        <translation>Síntoma no añadido</translation>
    </message>
    <message>
        <source>Rename a symptom</source>
        <translation>Cambiar el nombre de un síntoma</translation>
    </message>
    <message>
        <source>Symptom not renamed</source>
        <translation>No se cambió el nombre del síntoma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language applies the next time moodlog starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie moodlog.</translation>
    </message>
    <message>
        <source>&amp;Crisis resources for:</source>
        <translation>Recursos de &amp;crisis para:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>PDF page si&amp;ze:</source>
        <translation>&amp;Tamaño de página del PDF:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Remind me of the &amp;PHQ-9 every:</source>
        <translation>Recordarme el &amp;PHQ-9 cada:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>After a &amp;digit, go on to the next question</source>
        <translation>Tras un &amp;dígito, pasar a la siguiente pregunta</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Encryption protects your journal if someone copies the file or gets hold of this computer while moodlog is closed.</source>
        <translation>El cifrado protege su diario si alguien copia el archivo o accede a este ordenador mientras moodlog está cerrado.</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase…</source>
        <translation>&amp;Cifrar con una frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Remove encryption…</source>
        <translation>&amp;Quitar el cifrado…</translation>
    </message>
    <message>
        <source>Your journal and its backups are encrypted.</source>
        <translation>Su diario y sus copias de seguridad están cifrados.</translation>
    </message>
    <message>
        <source>Your journal is not encrypted.</source>
        <translation>Su diario no está cifrado.</translation>
    </message>
    <message>
        <source>that is not the current passphrase</source>
        <translation>esa no es la frase de contraseña actual</translation>
    </message>
    <message>
        <source>your journal</source>
        <translation>su diario</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>No se ha cambiado nada</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) could not be opened and were left as they were.</source>
        <translation>
            <numerusform>%n copia de seguridad antigua no se pudo abrir y se dejó como estaba.</numerusform>
            <numerusform>%n copias de seguridad antiguas no se pudieron abrir y se dejaron como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message numerus="yes">
        <source>Your journal and %n backup(s) were updated.</source>
        <translation>
            <numerusform>Se actualizaron su diario y %n copia de seguridad.</numerusform>
            <numerusform>Se actualizaron su diario y %n copias de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Quitar el cifrado</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>item {number}</source>
        <extracomment>Room for the item wording; the longest PHQ-9 item wraps to three lines at this width. The widest an answer may be before it wraps onto two lines (the German answers would make the dialog wider than a 1280-pixel screen otherwise; the English ones fit on one line).</extracomment>
        <translation>pregunta {number}</translation>
    </message>
    <message>
        <source>items {numbers} and {last}</source>
        <translation>preguntas {numbers} y {last}</translation>
    </message>
    <message>
        <source>Item {number} is not answered.</source>
        <translation>La pregunta {number} no está respondida.</translation>
    </message>
    <message>
        <source>Items {numbers} and {last} are not answered.</source>
        <translation>Las preguntas {numbers} y {last} no están respondidas.</translation>
    </message>
    <message>
        <source>Correct the {name}</source>
        <translation>Corregir el {name}</translation>
    </message>
    <message>
        <source>Fill in the {name}</source>
        <translation>Rellenar el {name}</translation>
    </message>
    <message>
        <source>your answers to the {name}</source>
        <translation>sus respuestas al {name}</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Date of this {name}</source>
        <translation>Fecha de este {name}</translation>
    </message>
    <message>
        <source>Tab moves to the next question. Choose with the arrow keys or 0-3; Delete clears an answer. Ctrl+S saves. The last question is not scored.</source>
        <translation>Tab pasa a la siguiente pregunta. Elija con las flechas o con 0-3; Supr borra una respuesta. Ctrl+S guarda. La última pregunta no puntúa.</translation>
    </message>
    <message>
        <source>Item {number}: {text}</source>
        <translation>Pregunta {number}: {text}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Sin responder todavía</translation>
    </message>
    <message>
        <source>Not answered yet (optional, not scored)</source>
        <translation>Sin responder todavía (opcional, no puntúa)</translation>
    </message>
    <message>
        <source>No official translation of the {name} in this language has been confirmed, so it is shown in its original English.</source>
        <translation>No se ha confirmado ninguna traducción oficial del {name} a este idioma, por eso se muestra en su inglés original.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Enter)</source>
        <translation>Guardar (Ctrl+S o Intro)</translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) answered: total {total} ({band}).</source>
        <translation>
            <numerusform>%n pregunta respondida: total {total} ({band}).</numerusform>
            <numerusform>Las %n preguntas respondidas: total {total} ({band}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No item answered yet.</source>
        <translation>Todavía no hay ninguna pregunta respondida.</translation>
    </message>
    <message>
        <source>{answered} of {total} answered. Not answered yet: {items}.</source>
        <translation>{answered} de {total} respondidas. Sin responder todavía: {items}.</translation>
    </message>
    <message>
        <source>Save an incomplete {name}?</source>
        <translation>¿Guardar un {name} incompleto?</translation>
    </message>
    <message>
        <source>A {name} with an unanswered item has no total. It will be saved and listed as incomplete, never as a lower score.

Save it as incomplete?</source>
        <translation>Un {name} con una pregunta sin responder no tiene total. Se guardará y aparecerá como incompleto, nunca como una puntuación más baja.

¿Guardarlo como incompleto?</translation>
    </message>
    <message>
        <source>total {total}</source>
        <translation>total {total}</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Replace the {name}?</source>
        <translation>¿Sustituir el {name}?</translation>
    </message>
    <message>
        <source>There is already a {name} for {day} ({what}). Replace it with this one?</source>
        <translation>Ya hay un {name} del {day} ({what}). ¿Sustituirlo por este?</translation>
    </message>
    <message>
        <source>Not saved: the date is in the future; a questionnaire is for today or an earlier day.</source>
        <translation>No se ha guardado: la fecha es futura; un cuestionario es de hoy o de un día anterior.</translation>
    </message>
    <message>
        <source>Not saved: no item is answered yet.</source>
        <translation>No se ha guardado: todavía no hay ninguna pregunta respondida.</translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>No se ha guardado: {reason}.</translation>
    </message>
</context>
<context>
    <name>QuestionnairesView</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Item 9</source>
        <translation>Pregunta 9</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd dd/MM/yyyy</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>{instrument} (clinician)</source>
        <translation>{instrument} (clínica)</translation>
    </message>
    <message>
        <source>incomplete ({answered} of {items} answered)</source>
        <translation>incompleto ({answered} de {items} respondidas)</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Outcomes summary</source>
        <translation>Resumen de resultados</translation>
    </message>
    <message>
        <source>Questionnaire responses and clinician scores</source>
        <translation>Respuestas a cuestionarios y puntuaciones clínicas</translation>
    </message>
    <message>
        <source>Fill in the PHQ-9 now…</source>
        <translation>Rellenar ahora el PHQ-9…</translation>
    </message>
    <message>
        <source>Fill in &amp;PHQ-9…</source>
        <translation>Rellenar &amp;PHQ-9…</translation>
    </message>
    <message>
        <source>Fill in &amp;GAD-7…</source>
        <translation>Rellenar &amp;GAD-7…</translation>
    </message>
    <message>
        <source>Add a &amp;clinician score…</source>
        <translation>Añadir una puntuación &amp;clínica…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>You have not filled in a PHQ-9 in this journal yet.</source>
        <translation>Todavía no ha rellenado ningún PHQ-9 en este diario.</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message numerus="yes">
        <source>It has been %n day(s) since your last PHQ-9, on {day}.</source>
        <translation>
            <numerusform>Ha pasado %n día desde su último PHQ-9, del {day}.</numerusform>
            <numerusform>Han pasado %n días desde su último PHQ-9, del {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>the clinician-reported {instrument} score ({total})</source>
        <translation>la puntuación de {instrument} indicada por su profesional sanitario ({total})</translation>
    </message>
    <message>
        <source>total {total}</source>
        <translation>total {total}</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <source>the {name} ({total})</source>
        <translation>el {name} ({total})</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>¿Eliminar esta entrada?</translation>
    </message>
    <message>
        <source>Delete {what} of {day}? This cannot be undone.</source>
        <translation>¿Eliminar {what} del {day}? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>ReminderSection</name>
    <message>
        <source>Daily reminder</source>
        <translation>Recordatorio diario</translation>
    </message>
    <message>
        <source>&amp;Remind me to check in every day at</source>
        <translation>&amp;Recordarme el registro del día todos los días a las</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>Only on days without a check-in yet, and only while moodlog is running: keep it in the tray, or let it start when you log in.</source>
        <translation>Solo los días sin registro todavía y solo mientras moodlog esté en marcha: déjelo en la bandeja del sistema o haga que se inicie al iniciar sesión.</translation>
    </message>
    <message>
        <source>&amp;Keep moodlog running in the system tray when its window is closed</source>
        <translation>Mantener moodlog en la &amp;bandeja del sistema al cerrar su ventana</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Este escritorio no tiene bandeja del sistema.</translation>
    </message>
    <message>
        <source>Start moodlog when I &amp;log in, in the tray</source>
        <translation>Iniciar moodlog al i&amp;niciar sesión, en la bandeja</translation>
    </message>
    <message>
        <source>Start moodlog when I &amp;log in</source>
        <translation>Iniciar moodlog al i&amp;niciar sesión</translation>
    </message>
    <message>
        <source>Recorded in {place}</source>
        <translation>Registrado en {place}</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>moodlog could not change {place}: {reason}</source>
        <translation>moodlog no pudo cambiar {place}: {reason}</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Tags are what you did or had on a day (people, activities, health). Hiding one takes it off the check-in form; the days that have it keep it. Tags are never deleted.</source>
        <translation>Las etiquetas son lo que hizo o tuvo un día (personas, actividades, salud). Ocultar una la quita del registro diario; los días que la tienen la conservan. Las etiquetas nunca se eliminan.</translation>
    </message>
    <message>
        <source>Tags by group</source>
        <translation>Etiquetas por grupo</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>&amp;Mover a un grupo…</translation>
    </message>
    <message>
        <source>{name}  (hidden)</source>
        <translation>{name}  (oculta)</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <source>Name of the tag:</source>
        <translation>Nombre de la etiqueta:</translation>
    </message>
    <message>
        <source>Group (or type a new one):</source>
        <translation>Grupo (o escriba uno nuevo):</translation>
    </message>
    <message>
        <source>Tag not added</source>
        <translation>Etiqueta no añadida</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Rename a tag</source>
        <translation>Cambiar el nombre de una etiqueta</translation>
    </message>
    <message>
        <source>Tag not renamed</source>
        <translation>No se cambió el nombre de la etiqueta</translation>
    </message>
    <message>
        <source>Tag not changed</source>
        <translation>Etiqueta no modificada</translation>
    </message>
    <message>
        <source>Move a tag</source>
        <translation>Mover una etiqueta</translation>
    </message>
    <message>
        <source>Group for “{tag}” (or type a new one):</source>
        <translation>Grupo para «{tag}» (o escriba uno nuevo):</translation>
    </message>
    <message>
        <source>Tag not moved</source>
        <translation>Etiqueta no movida</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Your journal is encrypted</source>
        <translation>Su diario está cifrado</translation>
    </message>
    <message>
        <source>Enter the passphrase of {journal}.</source>
        <translation>Escriba la frase de contraseña de {journal}.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
</TS>
