<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>moodlog is a personal journal, not a medical device. It records, charts and summarises what you enter; it does not diagnose, assess risk or advise on treatment. Talk to your clinician about your care.</source>
        <translation>moodlog es un diario personal, no un producto sanitario. Registra, representa en gráficos y resume lo que usted introduce; no diagnostica, no evalúa riesgos ni aconseja sobre el tratamiento. Hable con su profesional sanitario sobre su atención.</translation>
    </message>
    <message>
        <source>About moodlog</source>
        <translation>Acerca de moodlog</translation>
    </message>
    <message>
        <source>moodlog icon</source>
        <translation>Icono de moodlog</translation>
    </message>
    <message>
        <source>A private journal for people being treated for depression.</source>
        <translation>Un diario privado para personas en tratamiento por depresión.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later ({licence}). Everything stays on this computer: moodlog never opens a network connection.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior ({licence}). Todo se queda en este ordenador: moodlog nunca abre una conexión de red.</translation>
    </message>
    <message>
        <source>Your journal:</source>
        <translation>Su diario:</translation>
    </message>
    <message>
        <source>Open &amp;journal folder</source>
        <translation>Abrir la carpeta del &amp;diario</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Archivos de registro:</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Hecha por usted</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before demo data</source>
        <translation>Antes de los datos de demostración</translation>
    </message>
    <message>
        <source>Your journal before a restore</source>
        <translation>Su diario antes de una restauración</translation>
    </message>
    <message>
        <source>Damaged journal, kept aside</source>
        <translation>Diario dañado, apartado</translation>
    </message>
    <message>
        <source>Before encryption</source>
        <translation>Antes del cifrado</translation>
    </message>
    <message>
        <source>Before a moodlog update</source>
        <translation>Antes de una actualización de moodlog</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>moodlog keeps a verified copy of your journal each day you use it (the last 7 days and 8 weeks), and before every import or update. Restoring one first keeps your current journal here too: nothing is ever deleted by a restore.</source>
        <translation>moodlog guarda una copia verificada de su diario cada día que lo usa (los últimos 7 días y 8 semanas), y antes de cada importación o actualización. Al restaurar una, su diario actual se guarda antes también aquí: una restauración nunca borra nada.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros del día</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer una &amp;copia ahora</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>Mostrar la car&amp;peta</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar esta copia…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy, HH:mm</source>
        <translation>ddd dd/MM/yyyy, HH:mm</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La copia de seguridad ha fallado</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Replace your journal with the backup from {when}?

Your journal as it is now is kept in the backups folder first, so you can come back to it.</source>
        <translation>¿Sustituir su diario por la copia de seguridad del {when}?

Su diario tal como está ahora se guarda antes en la carpeta de copias, para que pueda volver a él.</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurado</translation>
    </message>
    <message>
        <source>{error}

Your journal was not changed.</source>
        <translation>{error}

Su diario no se ha modificado.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Your journal was restored from the backup.</source>
        <translation>Su diario se ha restaurado a partir de la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>ChartTables</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Before dosing</source>
        <translation>Antes de la dosis</translation>
    </message>
    <message>
        <source>Highest after</source>
        <translation>Máxima después</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>Yours (0-3)</source>
        <translation>Su valor (0-3)</translation>
    </message>
    <message>
        <source>CADSS (as reported by the clinic)</source>
        <translation>CADSS (según la clínica)</translation>
    </message>
    <message>
        <source>unanswered</source>
        <extracomment>Cell codes: 0-3 severities, then these two.</extracomment>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>no check-in</source>
        <extracomment>Short names for chart rows and table columns (the full labels are in the catalogue).</extracomment>
        <translation>sin registro del día</translation>
    </message>
    <message>
        <source>too early to tell</source>
        <translation>aún es pronto</translation>
    </message>
    <message>
        <source>no relief</source>
        <translation>sin alivio</translation>
    </message>
    <message>
        <source>too few check-ins</source>
        <translation>pocos registros del día</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <extracomment>Days as the other views show them (&quot;Tue 01 Dec 2026&quot;), not ISO.</extracomment>
        <translation>ddd dd/MM/yyyy</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Mood (0-10)</source>
        <translation>Estado de ánimo (0-10)</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>Symptom burden (0-36)</source>
        <translation>Carga de síntomas (0-36)</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleto</translation>
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
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>valor basal</translation>
    </message>
    <message>
        <source>response</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>remission</source>
        <translation>remisión</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>Total (0-21)</source>
        <translation>Total (0-21)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Days of relief</source>
        <translation>Días de alivio</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation>Días registrados</translation>
    </message>
    <message>
        <source>Daily symptom burden (0-36)</source>
        <translation>Carga diaria de síntomas (0-36)</translation>
    </message>
    <message>
        <source>Mood {mood}/10</source>
        <translation>Estado de ánimo {mood}/10</translation>
    </message>
    <message>
        <source> · 7-day mean {mean}</source>
        <translation> · media de 7 días {mean}</translation>
    </message>
    <message>
        <source>Symptom burden {burden} / 36</source>
        <translation>Carga de síntomas {burden} / 36</translation>
    </message>
    <message>
        <source>Sleep {hours} h</source>
        <translation>Sueño {hours} h</translation>
    </message>
    <message>
        <source>Moderate or severe: {list}</source>
        <translation>Moderado o grave: {list}</translation>
    </message>
    <message>
        <source>No check-in</source>
        <translation>Sin registro del día</translation>
    </message>
    <message>
        <source>Treatment: {treatment}</source>
        <translation>Tratamiento: {treatment}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>sum of ratings</source>
        <translation>suma de valoraciones</translation>
    </message>
    <message>
        <source>Side effects per session</source>
        <translation>Efectos secundarios por sesión</translation>
    </message>
    <message>
        <source>Moment (how you were then)</source>
        <translation>Momento (cómo estaba usted entonces)</translation>
    </message>
    <message>
        <source>Medication started / stopped</source>
        <translation>Medicamento iniciado / suspendido</translation>
    </message>
    <message>
        <source>Mod. severe</source>
        <translation>Mod. grave</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Baseline {total} ({day})</source>
        <translation>Valor basal {total} ({day})</translation>
    </message>
    <message>
        <source>{name} total</source>
        <translation>{name} total</translation>
    </message>
    <message>
        <source>Response (50% below baseline)</source>
        <translation>Respuesta (50 % por debajo del valor basal)</translation>
    </message>
    <message>
        <source>Remission (below 5)</source>
        <translation>Remisión (menos de 5)</translation>
    </message>
    <message>
        <source>Blood pressure per session: before dosing and highest after (▲ systolic, ▼ diastolic)</source>
        <translation>Presión arterial por sesión: antes de la dosis y la máxima después (▲ sistólica, ▼ diastólica)</translation>
    </message>
    <message>
        <source>before dosing</source>
        <translation>antes de la dosis</translation>
    </message>
    <message>
        <source>highest after dosing</source>
        <translation>máxima después de la dosis</translation>
    </message>
    <message>
        <source>0 none – 3 severe</source>
        <translation>0 nada – 3 grave</translation>
    </message>
    <message>
        <source>Dissociation per session: bars yours (0-3); numbers the CADSS total as reported by the clinic</source>
        <translation>Disociación por sesión: barras su valor (0-3); números el total CADSS según la clínica</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Daily mood</source>
        <translation>Estado de ánimo diario</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <source>Mood</source>
        <extracomment>Dots are drawn only while days are at least this many pixels apart; closer than that they merge into a smear that costs a frame to paint, and the line shows the same values.</extracomment>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>0 worst – 10 best</source>
        <translation>0 peor – 10 mejor</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Symptoms today</source>
        <translation>Síntomas de hoy</translation>
    </message>
    <message>
        <source>“None” means you did not have it today. Leave “Not answered” when you would rather not say.</source>
        <translation>«Ausente» significa que hoy no lo ha tenido. Deje «Sin responder» si prefiere no decirlo.</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Día anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Date of the check-in</source>
        <translation>Fecha del registro del día</translation>
    </message>
    <message>
        <source>Date of the check-in (Ctrl+D)</source>
        <translation>Fecha del registro del día (Ctrl+D)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Mood from 0, {worst}, to 10, {best}</source>
        <translation>Estado de ánimo de 0, {worst}, a 10, {best}</translation>
    </message>
    <message>
        <source>Sleep and a note</source>
        <translation>Sueño y una nota</translation>
    </message>
    <message>
        <source>Hours s&amp;lept:</source>
        <translation>Horas &amp;dormidas:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation>Horas dormidas</translation>
    </message>
    <message>
        <source>&amp;Note (private: left out of the PDF unless you include notes):</source>
        <translation>&amp;Nota (privada: no va en el PDF salvo que incluya las notas):</translation>
    </message>
    <message>
        <source>Anything you want to remember about today</source>
        <translation>Lo que quiera recordar de hoy</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>&amp;Guardar registro del día</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Your own symptoms</source>
        <translation>Sus propios síntomas</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Saved {day} at {time}</source>
        <translation>Guardado el {day} a las {time}</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>No check-in for this day yet</source>
        <translation>Todavía no hay registro para este día</translation>
    </message>
    <message>
        <source>How are you today?</source>
        <translation>¿Cómo se encuentra hoy?</translation>
    </message>
    <message>
        <source>Check-in for {day}</source>
        <translation>Registro del {day}</translation>
    </message>
    <message>
        <source>dddd</source>
        <translation>dddd</translation>
    </message>
    <message>
        <source>Unsaved check-in</source>
        <translation>Registro del día sin guardar</translation>
    </message>
    <message>
        <source>You have changed the check-in for {day} without saving it.</source>
        <translation>Ha cambiado el registro del {day} sin guardarlo.</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>Choose your mood (0-10) first.</source>
        <translation>Elija primero su estado de ánimo (0-10).</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se ha guardado: {error}</translation>
    </message>
    <message>
        <source>✓ Saved at {time}</source>
        <translation>✓ Guardado a las {time}</translation>
    </message>
</context>
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
    <name>ContactSection</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Add a p&amp;erson</source>
        <translation>Añadir una &amp;persona</translation>
    </message>
    <message>
        <source>Add a ser&amp;vice</source>
        <translation>Añadir un &amp;servicio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected row of {section}</source>
        <translation>Quitar la fila seleccionada de «{section}»</translation>
    </message>
    <message>
        <source>At most {most} here.</source>
        <translation>Aquí caben como máximo {most} filas.</translation>
    </message>
    <message>
        <source>row {number}: {problem}</source>
        <translation>fila {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>Crisis</name>
    <message>
        <source>If you are thinking about death or suicide, you deserve support right now.</source>
        <translation>Si está pensando en la muerte o en el suicidio, merece recibir apoyo ahora mismo.</translation>
    </message>
    <message>
        <source>No one monitors this app. What you write here is not seen by a clinician or anyone else.</source>
        <translation>Nadie supervisa esta aplicación. Lo que escribe aquí no lo ve ningún profesional sanitario ni nadie más.</translation>
    </message>
    <message>
        <source>If you are in immediate danger, call your local emergency number now.</source>
        <translation>Si está en peligro inmediato, llame ahora al número de emergencias de su zona.</translation>
    </message>
    <message>
        <source>moodlog does not know your country. Choose it in the list below (or in Preferences) to see its crisis lines; until then, findahelpline.com lists helplines by country.</source>
        <translation>moodlog no sabe en qué país está. Elíjalo en la lista de abajo (o en Preferencias) para ver sus líneas de crisis; mientras tanto, findahelpline.com recoge líneas de ayuda por país.</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Otro país</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <extracomment>Every ``Resource.note`` and ``Line.label`` of core.crisis_lines, and the emergency service.</extracomment>
        <translation>Servicios de emergencia</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24 horas, todos los días</translation>
    </message>
    <message>
        <source>English and French, 24/7</source>
        <translation>en inglés y francés, 24 horas, todos los días</translation>
    </message>
    <message>
        <source>free, 24/7</source>
        <translation>gratuito, 24 horas, todos los días</translation>
    </message>
    <message>
        <source>free, anonymous</source>
        <translation>gratuito, anónimo</translation>
    </message>
    <message>
        <source>free, anonymous, 24/7</source>
        <translation>gratuito, anónimo, 24 horas, todos los días</translation>
    </message>
    <message>
        <source>in Dutch, 24/7</source>
        <translation>en neerlandés, 24 horas, todos los días</translation>
    </message>
    <message>
        <source>lists vetted helplines by country</source>
        <translation>líneas de ayuda verificadas por país</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>sueco</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finés</translation>
    </message>
    <message>
        <source>English, Fridays 9-13</source>
        <translation>inglés, los viernes de 9 a 13</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>chat, mail</source>
        <translation>chat, correo</translation>
    </message>
    <message>
        <source>where to get help</source>
        <translation>dónde pedir ayuda</translation>
    </message>
    <message>
        <source>{what} at {address}</source>
        <translation>{what} en {address}</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>call {number}</source>
        <translation>llamar al {number}</translation>
    </message>
    <message>
        <source>text {number}</source>
        <translation>SMS al {number}</translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>Your country is not set</source>
        <translation>Su país no está indicado</translation>
    </message>
    <message>
        <source>Numbers checked on {day} against each service&apos;s own site or a government site.</source>
        <translation>Números comprobados el {day} en el sitio web de cada servicio o en un sitio web oficial.</translation>
    </message>
    <message>
        <source>dd MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Llamar al {number}</translation>
    </message>
    <message>
        <source>Text {number}</source>
        <translation>Enviar un SMS al {number}</translation>
    </message>
    <message>
        <source>Open {address}</source>
        <translation>Abrir {address}</translation>
    </message>
</context>
<context>
    <name>CrisisPanel</name>
    <message>
        <source>Crisis resources</source>
        <translation>Recursos de crisis</translation>
    </message>
    <message>
        <source>Crisis resources for your region</source>
        <translation>Recursos de crisis para su región</translation>
    </message>
    <message>
        <source>Your region</source>
        <translation>Su región</translation>
    </message>
    <message>
        <source>Your &amp;region:</source>
        <translation>Su &amp;región:</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>what you entered</source>
        <translation>lo que ha escrito</translation>
    </message>
    <message>
        <source>Discard your entries?</source>
        <translation>¿Descartar lo escrito?</translation>
    </message>
    <message>
        <source>Close without saving {what}?</source>
        <translation>¿Cerrar sin guardar {what}?</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
</context>
<context>
    <name>ExportFhirDialog</name>
    <message>
        <source>Export for a clinic&apos;s record (FHIR)</source>
        <translation>Exportar para la historia clínica (FHIR)</translation>
    </message>
    <message>
        <source>One HL7 FHIR R4 file that a clinic&apos;s electronic record can take in: PHQ-9 and GAD-7 with their LOINC codes, blood pressure and heart rate, ketamine and esketamine sessions, daily mood and symptoms. Your notes are never included.</source>
        <translation>Un archivo HL7 FHIR R4 que la historia clínica electrónica de una clínica puede incorporar: PHQ-9 y GAD-7 con sus códigos LOINC, presión arterial y frecuencia cardiaca, sesiones de ketamina y esketamina, estado de ánimo y síntomas diarios. Sus notas nunca se incluyen.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Optional: without it, the file does not name you</source>
        <translation>Opcional: sin él, el archivo no le nombra</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>What the file will hold</source>
        <translation>Lo que contendrá el archivo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>el primer día</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>el último día</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>The file will hold {resources}.</source>
        <translation>El archivo contendrá: {resources}.</translation>
    </message>
    <message>
        <source>Save the FHIR file</source>
        <translation>Guardar el archivo FHIR</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}. Nothing was written.</source>
        <translation>No se ha podido escribir {path}: {error}. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>The file holds {resources}.</source>
        <translation>El archivo contiene: {resources}.</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Escrito en {path}.</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export a PDF for your clinician</source>
        <translation>Exportar un PDF para su médico</translation>
    </message>
    <message>
        <source>A summary to hand to your clinician: key figures, charts and tables for the period you choose. It stays on this computer until you share it.</source>
        <translation>Un resumen para entregar a su médico: cifras clave, gráficos y tablas del periodo que elija. Se queda en este ordenador hasta que usted lo comparta.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apel:</translation>
    </message>
    <message>
        <source>Optional: printed on every page</source>
        <translation>Opcional: se imprime en cada página</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Include my &amp;notes (they are private: left out unless ticked)</source>
        <translation>Incluir mis &amp;notas (son privadas: solo van si lo marca)</translation>
    </message>
    <message>
        <source>Include my &amp;safety plan (private: left out unless ticked)</source>
        <translation>Incluir mi plan de &amp;seguridad (privado: solo va si lo marca)</translation>
    </message>
    <message>
        <source>Add every &amp;reading of each session (an appendix)</source>
        <translation>Añadir cada &amp;lectura de cada sesión (un anexo)</translation>
    </message>
    <message>
        <source>What the PDF will include</source>
        <translation>Lo que incluirá el PDF</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>Abrir el arc&amp;hivo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>el primer día</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>el último día</translation>
    </message>
    <message>
        <source>Nothing was recorded from {first} to {last}: choose another period.</source>
        <translation>No se registró nada del {first} al {last}: elija otro periodo.</translation>
    </message>
    <message>
        <source>Your notes are left out.</source>
        <translation>Sus notas quedan fuera.</translation>
    </message>
    <message>
        <source>The PDF will include:</source>
        <translation>El PDF incluirá:</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}. No file was left behind.</source>
        <translation>No se ha podido escribir el PDF: {error}. No ha quedado ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>%n página guardada en {path}.</numerusform>
            <numerusform>%n páginas guardadas en {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>{error}.

Nothing was changed.</source>
        <translation>{error}.

No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Elegir un archivo para importar</translation>
    </message>
    <message>
        <source>Imported {count} check-ins.</source>
        <translation>Registros del día importados: {count}.</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Exportar todo como JSON</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación ha fallado</translation>
    </message>
    <message>
        <source>Exported your journal to {path}.</source>
        <translation>Su diario se ha exportado a {path}.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros del día</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Clinician scores</source>
        <translation>Puntuaciones clínicas</translation>
    </message>
    <message>
        <source>Export a table</source>
        <translation>Exportar una tabla</translation>
    </message>
    <message>
        <source>Which table?</source>
        <translation>¿Qué tabla?</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>Exported {table} to {path}.</source>
        <translation>{table} exportado a {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>only mild ones</source>
        <translation>solo leves</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Double-click a day (or press Enter) to open its check-in.</source>
        <translation>Haga doble clic en un día (o pulse Intro) para abrir su registro del día.</translation>
    </message>
    <message>
        <source>Recent days (last {days})</source>
        <translation>Días recientes (los últimos {days})</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Worst symptoms</source>
        <translation>Síntomas más intensos</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Registros recientes</translation>
    </message>
    <message>
        <source>&amp;Open day</source>
        <translation>Abrir &amp;día</translation>
    </message>
    <message>
        <source>&amp;Delete day…</source>
        <translation>E&amp;liminar día…</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Delete this check-in?</source>
        <translation>¿Eliminar este registro del día?</translation>
    </message>
    <message>
        <source>Delete the check-in for {day}, with its symptoms and note? This cannot be undone.</source>
        <translation>¿Eliminar el registro del {day}, con sus síntomas y su nota? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Files moodlog can import (*.json *.csv *.emoods);;moodlog JSON or Pixels backup (*.json);;Daylio, Bearable, iMoodJournal or eMoods CSV (*.csv);;eMoods backup (*.emoods);;All files (*)</source>
        <translation>Archivos que moodlog puede importar (*.json *.csv *.emoods);;JSON de moodlog o copia de Pixels (*.json);;CSV de Daylio, Bearable, iMoodJournal o eMoods (*.csv);;Copia de eMoods (*.emoods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import into your journal</source>
        <extracomment>What a dry run said of the file&apos;s safety plan (&quot;written&quot;, &quot;kept&quot;; None: nothing). The mood map last used with this journal for the file&apos;s format.</extracomment>
        <translation>Importar a su diario</translation>
    </message>
    <message>
        <source>this import (nothing has been imported yet)</source>
        <translation>esta importación (todavía no se ha importado nada)</translation>
    </message>
    <message>
        <source>Bring in a moodlog JSON export, or an export of Daylio, Bearable, iMoodJournal, Pixels or eMoods (the README says how to export from each). You see what it holds before anything is written.</source>
        <translation>Incorpore una exportación JSON de moodlog, o una exportación de Daylio, Bearable, iMoodJournal, Pixels o eMoods (el README explica cómo exportar desde cada una). Verá lo que contiene antes de que se escriba nada.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo para importar</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Lo que contiene el archivo</translation>
    </message>
    <message>
        <source>The file&apos;s moods on moodlog&apos;s scale (0 = worst, 10 = best)</source>
        <translation>Los estados de ánimo del archivo en la escala de moodlog (0 = el peor, 10 = el mejor)</translation>
    </message>
    <message>
        <source>Days already in your journal</source>
        <translation>Días que ya están en su diario</translation>
    </message>
    <message>
        <source>&amp;Keep the journal&apos;s entries for these days</source>
        <translation>&amp;Conservar las entradas del diario para estos días</translation>
    </message>
    <message>
        <source>&amp;Replace them with the file&apos;s</source>
        <translation>&amp;Reemplazarlas por las del archivo</translation>
    </message>
    <message>
        <source>A backup of your journal is taken first, and the file goes in all at once or not at all.</source>
        <translation>Antes se hace una copia de seguridad de su diario, y el archivo entra entero o no entra.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Elegir un archivo para importar</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>This file cannot be imported. {problem}

Nothing was written to your journal.</source>
        <translation>Este archivo no se puede importar. {problem}

No se ha escrito nada en su diario.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación ha fallado</translation>
    </message>
    <message>
        <source>{problem}

Nothing was changed in your journal.</source>
        <translation>{problem}

No se ha cambiado nada en su diario.</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>{days} and {count} more</source>
        <translation>{days} y {count} más</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>It holds a safety plan, which becomes yours: your journal has none yet.</source>
        <translation>Contiene un plan de seguridad, que pasa a ser el suyo: su diario aún no tiene ninguno.</translation>
    </message>
    <message>
        <source>It holds a safety plan. Your journal has its own, which is kept unless you choose to replace your entries with the file&apos;s.</source>
        <translation>Contiene un plan de seguridad. Su diario tiene el suyo propio, que se conserva salvo que elija reemplazar sus entradas por las del archivo.</translation>
    </message>
    <message>
        <source>It holds a safety plan, which replaces the one in your journal.</source>
        <translation>Contiene un plan de seguridad, que reemplaza al de su diario.</translation>
    </message>
    <message>
        <source>Notes longer than {max} characters are cut on {count} day: {days}.</source>
        <translation>Las notas de más de {max} caracteres se recortan en {count} día: {days}.</translation>
    </message>
    <message>
        <source>Notes longer than {max} characters are cut on {count} days: {days}.</source>
        <translation>Las notas de más de {max} caracteres se recortan en {count} días: {days}.</translation>
    </message>
    <message>
        <source>, {first} to {last}</source>
        <translation>, del {first} al {last}</translation>
    </message>
    <message>
        <source>A moodlog JSON export: {checkins}, {treatments}, {questionnaires}, {scores} and {moments}{span}.</source>
        <translation>Una exportación JSON de moodlog: {checkins}, {treatments}, {questionnaires}, {scores} y {moments}{span}.</translation>
    </message>
    <message>
        <source>{count} check-in</source>
        <translation>{count} registro del día</translation>
    </message>
    <message>
        <source>{count} check-ins</source>
        <translation>{count} registros del día</translation>
    </message>
    <message>
        <source>{count} treatment</source>
        <translation>{count} tratamiento</translation>
    </message>
    <message>
        <source>{count} treatments</source>
        <translation>{count} tratamientos</translation>
    </message>
    <message>
        <source>{count} questionnaire</source>
        <translation>{count} cuestionario</translation>
    </message>
    <message>
        <source>{count} questionnaires</source>
        <translation>{count} cuestionarios</translation>
    </message>
    <message>
        <source>{count} clinician score</source>
        <translation>{count} puntuación clínica</translation>
    </message>
    <message>
        <source>{count} clinician scores</source>
        <translation>{count} puntuaciones clínicas</translation>
    </message>
    <message>
        <source>{count} moment</source>
        <translation>{count} momento</translation>
    </message>
    <message>
        <source>{count} moments</source>
        <translation>{count} momentos</translation>
    </message>
    <message>
        <source>Symptoms of your own it adds: {symptoms}.</source>
        <translation>Síntomas propios que añade: {symptoms}.</translation>
    </message>
    <message>
        <source>A Daylio CSV export: {entries} on {days}{span}. Each day becomes one check-in.</source>
        <translation>Una exportación CSV de Daylio: {entries} en {days}{span}. Cada día pasa a ser un registro del día.</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation>{count} entrada</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <source>{count} day had several entries ({entries} in all): the check-in gets the mean of their moods, rounded, and every entry with its time in the note.</source>
        <translation>{count} día tenía varias entradas ({entries} en total): el registro del día recibe la media redondeada de sus estados de ánimo, y cada entrada con su hora en la nota.</translation>
    </message>
    <message>
        <source>{count} days had several entries ({entries} in all): the check-in gets the mean of their moods, rounded, and every entry with its time in the note.</source>
        <translation>{count} días tenían varias entradas ({entries} en total): el registro del día recibe la media redondeada de sus estados de ánimo, y cada entrada con su hora en la nota.</translation>
    </message>
    <message>
        <source>Titles, notes and activities go into the check-in&apos;s note. Daylio does not record symptoms, so they stay unanswered.</source>
        <translation>Los títulos, las notas y las actividades van a la nota del registro del día. Daylio no registra síntomas, así que quedan sin responder.</translation>
    </message>
    <message>
        <source>The file has no header line; its columns were recognised from the data: {columns}.</source>
        <translation>El archivo no tiene línea de encabezado; sus columnas se reconocieron a partir de los datos: {columns}.</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>Columnas no importadas: {columns}.</translation>
    </message>
    <message>
        <source>Symptoms go onto moodlog&apos;s 0-3 scale (Mild 1, Moderate 2, Severe 3), sleep hours into sleep, factors and emotions become tags; energy, medications, gratitudes, food and notes go into the day&apos;s note, labelled.</source>
        <translation>Los síntomas pasan a la escala 0-3 de moodlog (leve 1, moderado 2, grave 3), las horas de sueño al sueño, los factores y las emociones pasan a ser etiquetas; la energía, la medicación, los agradecimientos, la comida y las notas van a la nota del día, rotulados.</translation>
    </message>
    <message>
        <source>Each entry becomes a moment with its time and comment; hashtags become tags.</source>
        <translation>Cada entrada pasa a ser un momento con su hora y su comentario; los hashtags pasan a ser etiquetas.</translation>
    </message>
    <message>
        <source>Emotions and tags become tags; notes go into the check-in&apos;s note.</source>
        <translation>Las emociones y las etiquetas pasan a ser etiquetas; las notas van a la nota del registro del día.</translation>
    </message>
    <message>
        <source>Depressed, anxiety and irritability become moodlog&apos;s symptoms (0 = not entered stays unanswered); elevated and psychotic symptoms become own symptoms; sleep, therapy (a tag), notes, cycle and weight (in the note) are kept.</source>
        <translation>Depresión, ansiedad e irritabilidad pasan a ser síntomas de moodlog (0 = sin anotar queda sin responder); el ánimo elevado y los síntomas psicóticos pasan a ser síntomas propios; se conservan el sueño, la terapia (una etiqueta), las notas, el ciclo y el peso (en la nota).</translation>
    </message>
    <message>
        <source>A {app} export: {records}; {count} day with a mood{span}. Each day becomes one check-in.</source>
        <translation>Una exportación de {app}: {records}; {count} día con estado de ánimo{span}. Cada día pasa a ser un registro del día.</translation>
    </message>
    <message>
        <source>A {app} export: {records}; {count} days with a mood{span}. Each day becomes one check-in.</source>
        <translation>Una exportación de {app}: {records}; {count} días con estado de ánimo{span}. Cada día pasa a ser un registro del día.</translation>
    </message>
    <message>
        <source>{count} record</source>
        <translation>{count} registro</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} registros</translation>
    </message>
    <message>
        <source>{count} day had several moods: the check-in gets their mean, rounded, and every entry in the note.</source>
        <translation>{count} día tenía varios estados de ánimo: el registro del día recibe su media redondeada, y cada entrada en la nota.</translation>
    </message>
    <message>
        <source>{count} days had several moods: the check-in gets their mean, rounded, and every entry in the note.</source>
        <translation>{count} días tenían varios estados de ánimo: el registro del día recibe su media redondeada, y cada entrada en la nota.</translation>
    </message>
    <message>
        <source>{count} tag</source>
        <translation>{count} etiqueta</translation>
    </message>
    <message>
        <source>{count} tags</source>
        <translation>{count} etiquetas</translation>
    </message>
    <message>
        <source>It also brings {what}.</source>
        <translation>También trae {what}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>{count} day without a mood cannot become a check-in and will not be imported: {days}.</source>
        <translation>{count} día sin estado de ánimo no puede ser un registro del día y no se importará: {days}.</translation>
    </message>
    <message>
        <source>{count} days without a mood cannot become a check-in and will not be imported: {days}.</source>
        <translation>{count} días sin estado de ánimo no pueden ser registros del día y no se importarán: {days}.</translation>
    </message>
    <message>
        <source>{count} mood of this file has no value yet: choose one for {moods} to import.</source>
        <translation>{count} estado de ánimo de este archivo aún no tiene valor: elija uno para {moods} para importar.</translation>
    </message>
    <message>
        <source>{count} moods of this file have no value yet: choose one for {moods} to import.</source>
        <translation>{count} estados de ánimo de este archivo aún no tienen valor: elija uno para {moods} para importar.</translation>
    </message>
    <message>
        <source>Every {app} mood has a value; change any that does not match what it meant to you.</source>
        <translation>Cada estado de ánimo de {app} tiene un valor; cambie los que no se correspondan con lo que significaban para usted.</translation>
    </message>
    <message>
        <source>Values you gave for your last import of this kind are filled in.</source>
        <translation>Están puestos los valores que dio en su última importación de este tipo.</translation>
    </message>
    <message>
        <source>Not in this file: {moods}.</source>
        <translation>No están en este archivo: {moods}.</translation>
    </message>
    <message>
        <source>The file&apos;s safety plan differs from the one in your journal.</source>
        <translation>El plan de seguridad del archivo es distinto del de su diario.</translation>
    </message>
    <message>
        <source>None of these days has a check-in in your journal yet: nothing will be replaced.</source>
        <translation>Ninguno de estos días tiene aún un registro en su diario: no se reemplazará nada.</translation>
    </message>
    <message>
        <source>{count} day of this file already has a check-in in your journal: {days}.</source>
        <translation>{count} día de este archivo ya tiene un registro en su diario: {days}.</translation>
    </message>
    <message>
        <source>{count} days of this file already have a check-in in your journal: {days}.</source>
        <translation>{count} días de este archivo ya tienen un registro en su diario: {days}.</translation>
    </message>
    <message>
        <source>{count} treatment, questionnaire or clinician score in the file is already recorded.</source>
        <translation>{count} tratamiento, cuestionario o puntuación clínica del archivo ya está registrado.</translation>
    </message>
    <message>
        <source>{count} treatments, questionnaires or clinician scores in the file are already recorded.</source>
        <translation>{count} tratamientos, cuestionarios o puntuaciones clínicas del archivo ya están registrados.</translation>
    </message>
    <message>
        <source>The file&apos;s safety plan is now yours.</source>
        <translation>El plan de seguridad del archivo es ahora el suyo.</translation>
    </message>
    <message>
        <source>The file&apos;s safety plan replaced the one in your journal.</source>
        <translation>El plan de seguridad del archivo ha reemplazado al de su diario.</translation>
    </message>
    <message>
        <source>Your own safety plan was kept; the file&apos;s was not imported.</source>
        <translation>Se ha conservado su propio plan de seguridad; el del archivo no se ha importado.</translation>
    </message>
    <message>
        <source>Imported {what}.</source>
        <translation>Importado: {what}.</translation>
    </message>
    <message>
        <source>{count} day already in your journal was replaced with the file&apos;s.</source>
        <translation>{count} día que ya estaba en su diario se ha reemplazado por el del archivo.</translation>
    </message>
    <message>
        <source>{count} days already in your journal were replaced with the file&apos;s.</source>
        <translation>{count} días que ya estaban en su diario se han reemplazado por los del archivo.</translation>
    </message>
    <message>
        <source>{count} day already in your journal was kept as it was.</source>
        <translation>{count} día que ya estaba en su diario se ha conservado tal como estaba.</translation>
    </message>
    <message>
        <source>{count} days already in your journal were kept as they were.</source>
        <translation>{count} días que ya estaban en su diario se han conservado tal como estaban.</translation>
    </message>
    <message>
        <source>{count} entry already recorded (treatments, questionnaires or clinician scores) was replaced.</source>
        <translation>{count} entrada ya registrada (tratamientos, cuestionarios o puntuaciones clínicas) se ha reemplazado.</translation>
    </message>
    <message>
        <source>{count} entries already recorded (treatments, questionnaires or clinician scores) were replaced.</source>
        <translation>{count} entradas ya registradas (tratamientos, cuestionarios o puntuaciones clínicas) se han reemplazado.</translation>
    </message>
    <message>
        <source>{count} entry already recorded (treatments, questionnaires or clinician scores) was kept.</source>
        <translation>{count} entrada ya registrada (tratamientos, cuestionarios o puntuaciones clínicas) se ha conservado.</translation>
    </message>
    <message>
        <source>{count} entries already recorded (treatments, questionnaires or clinician scores) were kept.</source>
        <translation>{count} entradas ya registradas (tratamientos, cuestionarios o puntuaciones clínicas) se han conservado.</translation>
    </message>
    <message>
        <source>{count} moment already in your journal was not added again.</source>
        <translation>{count} momento que ya estaba en su diario no se ha vuelto a añadir.</translation>
    </message>
    <message>
        <source>{count} moments already in your journal were not added again.</source>
        <translation>{count} momentos que ya estaban en su diario no se han vuelto a añadir.</translation>
    </message>
    <message>
        <source>Your journal as it was before the import is saved in the backups (File &gt; Backups), if you want to go back.</source>
        <translation>Su diario tal como estaba antes de la importación está guardado en las copias de seguridad (Archivo &gt; Copias de seguridad), por si quiere volver atrás.</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>4 weeks</source>
        <extracomment>Range presets: key -&gt; (button text, days; None for the whole journal). They end on the journal&apos;s last day, so a journal not written in for a while still shows its last weeks. The button texts are translated where shown (context &quot;InsightsView&quot;).</extracomment>
        <translation>4 semanas</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Show:</source>
        <extracomment>Called with the mood chart and its style after each build (moments add marks).</extracomment>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primer día mostrado</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Último día mostrado</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the first and the last day shown</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Show as tables</source>
        <translation>Mostrar como tablas</translation>
    </message>
    <message>
        <source>Show the numbers behind every chart as tables</source>
        <translation>Mostrar como tablas los números de cada gráfico</translation>
    </message>
    <message>
        <source>Nothing to show yet: charts appear here after your first check-in.</source>
        <translation>Todavía no hay nada que mostrar: los gráficos aparecen aquí después de su primer registro del día.</translation>
    </message>
    <message>
        <source>Hover for a day&apos;s values; &apos;Show as tables&apos; gives the same numbers as a table.</source>
        <translation>Pase el ratón sobre un día para ver sus valores; «Mostrar como tablas» da los mismos números en una tabla.</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd dd/MM/yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro del día</numerusform>
            <numerusform>%n registros del día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} – {last}: {checkins} {days}</source>
        <translation>{first} – {last}: {checkins} {days}</translation>
    </message>
    <message>
        <source>Mood chart</source>
        <extracomment>The accessible names of the chart and of its table (translated where shown).</extracomment>
        <translation>Gráfico del estado de ánimo</translation>
    </message>
    <message>
        <source>Mood table</source>
        <translation>Tabla del estado de ánimo</translation>
    </message>
    <message>
        <source>Symptom heatmap</source>
        <translation>Mapa de calor de síntomas</translation>
    </message>
    <message>
        <source>Symptom table</source>
        <translation>Tabla de síntomas</translation>
    </message>
    <message>
        <source>PHQ-9 chart</source>
        <translation>Gráfico PHQ-9</translation>
    </message>
    <message>
        <source>PHQ-9 table</source>
        <translation>Tabla PHQ-9</translation>
    </message>
    <message>
        <source>GAD-7 chart</source>
        <translation>Gráfico GAD-7</translation>
    </message>
    <message>
        <source>GAD-7 table</source>
        <translation>Tabla GAD-7</translation>
    </message>
    <message>
        <source>Sleep chart</source>
        <translation>Gráfico del sueño</translation>
    </message>
    <message>
        <source>Sleep table</source>
        <translation>Tabla del sueño</translation>
    </message>
    <message>
        <source>Side effects chart</source>
        <translation>Gráfico de efectos secundarios</translation>
    </message>
    <message>
        <source>Side effects table</source>
        <translation>Tabla de efectos secundarios</translation>
    </message>
    <message>
        <source>Blood pressure per session chart</source>
        <translation>Gráfico de la presión arterial por sesión</translation>
    </message>
    <message>
        <source>Blood pressure per session table</source>
        <translation>Tabla de la presión arterial por sesión</translation>
    </message>
    <message>
        <source>Dissociation per session chart</source>
        <translation>Gráfico de la disociación por sesión</translation>
    </message>
    <message>
        <source>Dissociation per session table</source>
        <translation>Tabla de la disociación por sesión</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>could not restore {name}: {problem}</source>
        <translation>no se pudo restaurar {name}: {problem}</translation>
    </message>
    <message>
        <source>Demo journal</source>
        <translation>Diario de demostración</translation>
    </message>
</context>
<context>
    <name>JournalHealth</name>
    <message numerus="yes">
        <source>The journal&apos;s write-ahead log ({name}-wal) is damaged: %n saved change(s) after the damage cannot be read back. The journal and its log were copied to {evidence}.</source>
        <translation>
            <numerusform>El registro de cambios del diario ({name}-wal) está dañado: %n cambio guardado después del daño no se puede volver a leer. El diario y su registro de cambios se copiaron en {evidence}.</numerusform>
            <numerusform>El registro de cambios del diario ({name}-wal) está dañado: %n cambios guardados después del daño no se pueden volver a leer. El diario y su registro de cambios se copiaron en {evidence}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro del día</numerusform>
            <numerusform>%n registros del día</numerusform>
        </translation>
    </message>
    <message>
        <source>No good backup</source>
        <extracomment>What the person chose.</extracomment>
        <translation>Ninguna copia de seguridad válida</translation>
    </message>
    <message>
        <source>No backup in {folder} passed its check.</source>
        <translation>Ninguna copia de seguridad de {folder} superó la comprobación.</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Your journal {journal} is missing. The folder {folder} holds backups of it; the newest is from {when}.</source>
        <translation>Falta su diario {journal}. La carpeta {folder} contiene copias de seguridad; la más reciente es del {when}.</translation>
    </message>
    <message>
        <source>Your journal {journal} is empty. The folder {folder} holds backups of it; the newest is from {when}.</source>
        <translation>Su diario {journal} está vacío. La carpeta {folder} contiene copias de seguridad; la más reciente es del {when}.</translation>
    </message>
    <message>
        <source>Removing the encryption of this journal was interrupted, so some backups are still encrypted. To finish it, remove the encryption again in Preferences &gt; Privacy, with the passphrase it had.</source>
        <translation>Se interrumpió la eliminación del cifrado de este diario, así que algunas copias de seguridad siguen cifradas. Para terminar, quite de nuevo el cifrado en Preferencias &gt; Privacidad, con la frase de contraseña que tenía.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Your journal is missing</source>
        <translation>Falta su diario</translation>
    </message>
    <message>
        <source>moodlog cannot find your journal, but there are backups of it.</source>
        <translation>moodlog no encuentra su diario, pero hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Start an empty journal</source>
        <translation>Empezar un diario vacío</translation>
    </message>
    <message>
        <source>Part of your journal could not be read</source>
        <translation>No se pudo leer parte de su diario</translation>
    </message>
    <message>
        <source>Some saved changes could not be read back after a crash or a disk problem.</source>
        <translation>Algunos cambios guardados no se pudieron volver a leer tras un cierre inesperado o un problema del disco.</translation>
    </message>
    <message>
        <source>Keep what could be read</source>
        <translation>Conservar lo que se pudo leer</translation>
    </message>
    <message>
        <source>An encryption change was interrupted</source>
        <translation>Se interrumpió un cambio de cifrado</translation>
    </message>
    <message>
        <source>Some backups may not be encrypted the way the journal is.</source>
        <translation>Es posible que algunas copias de seguridad no estén cifradas igual que el diario.</translation>
    </message>
</context>
<context>
    <name>LifePanel</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Mood on days with and without each tag</source>
        <translation>Estado de ánimo en días con y sin cada etiqueta</translation>
    </message>
    <message>
        <source>Medications taken</source>
        <translation>Medicamentos tomados</translation>
    </message>
    <message>
        <source>Medications: days taken of days answered</source>
        <translation>Medicamentos: días tomados de los días respondidos</translation>
    </message>
    <message>
        <source>No tags on the check-ins of this range.</source>
        <translation>No hay etiquetas en los registros del día de este periodo.</translation>
    </message>
</context>
<context>
    <name>LifeSection</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>How are you now?</source>
        <translation>¿Cómo se encuentra ahora?</translation>
    </message>
    <message>
        <source>A moment: how you feel at a time of day, as often as you like (say, a few hours after a session). Saved at once, apart from the check-in.</source>
        <translation>Un momento: cómo se siente a una hora del día, tantas veces como quiera (por ejemplo, unas horas después de una sesión). Se guarda al instante, aparte del registro del día.</translation>
    </message>
</context>
<context>
    <name>LifeTables</name>
    <message>
        <source>Relief is worked out from the daily check-in mood only; moments (“How are you now?”) are shown on the mood chart but not counted.</source>
        <extracomment>Said beside the relief table: moments never enter the relief computation.</extracomment>
        <translation>El alivio se calcula solo con el estado de ánimo del registro del día; los momentos («¿Cómo está ahora?») aparecen en el gráfico del estado de ánimo pero no cuentan.</translation>
    </message>
    <message>
        <source>Your mood on days with and without each tag, as recorded. This describes what went together; it does not say that a tag changes your mood.</source>
        <translation>Su estado de ánimo en días con y sin cada etiqueta, tal como se registró. Describe lo que coincidió; no dice que una etiqueta cambie su estado de ánimo.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Days with</source>
        <translation>Días con</translation>
    </message>
    <message>
        <source>Mood with</source>
        <translation>Ánimo con</translation>
    </message>
    <message>
        <source>Days without</source>
        <translation>Días sin</translation>
    </message>
    <message>
        <source>Mood without</source>
        <translation>Ánimo sin</translation>
    </message>
    <message>
        <source>Tags on fewer than {days} days, or missing on fewer than {days} days, are left out: so few days say nothing.</source>
        <translation>Se omiten las etiquetas presentes en menos de {days} días o ausentes en menos de {days} días: tan pocos días no dicen nada.</translation>
    </message>
    <message>
        <source>Left out: {tags}. {reason}</source>
        <translation>Omitidas: {tags}. {reason}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Days taken</source>
        <translation>Días tomado</translation>
    </message>
    <message>
        <source>Days answered</source>
        <translation>Días respondidos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>The View menu&apos;s entries for PAGES, each with its Alt key.</extracomment>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Histo&amp;rial</translation>
    </message>
    <message>
        <source>&amp;Treatments</source>
        <translation>&amp;Tratamientos</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>&amp;Cuestionarios</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>{title} — made-up data</source>
        <extracomment>Opens My safety plan from anywhere in the app, dialogs included.</extracomment>
        <translation>{title} — datos inventados</translation>
    </message>
    <message>
        <source>Everything stays on this computer.</source>
        <translation>Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>This is a demo journal of made-up data. Nothing you do here touches your own journal; it is deleted when you close this window.</source>
        <translation>Este es un diario de demostración con datos inventados. Nada de lo que haga aquí afecta a su propio diario; se borra al cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>Saved the check-in for {day}.</source>
        <translation>Se ha guardado el registro del {day}.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation>Todo como &amp;JSON…</translation>
    </message>
    <message>
        <source>A table as &amp;CSV…</source>
        <translation>Una tabla como &amp;CSV…</translation>
    </message>
    <message>
        <source>For a clinic&apos;s record (&amp;FHIR)…</source>
        <translation>Para la historia clínica (&amp;FHIR)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find in the journal…</source>
        <translation>&amp;Buscar en el diario…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Crisis resources</source>
        <translation>&amp;Recursos de crisis</translation>
    </message>
    <message>
        <source>My &amp;safety plan</source>
        <translation>Mi plan de &amp;seguridad</translation>
    </message>
    <message>
        <source>&amp;About moodlog</source>
        <translation>&amp;Acerca de moodlog</translation>
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
    <name>MedicationRows</name>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>No tomada</translation>
    </message>
    <message>
        <source>{medication}: taken, not taken or not answered</source>
        <translation>{medication}: tomada, no tomada o sin responder</translation>
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
        <source>dd MMM yyyy</source>
        <translation>d MMM yyyy</translation>
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
    <name>MomentsEntry</name>
    <message>
        <source>Time of the moment</source>
        <translation>Hora del momento</translation>
    </message>
    <message>
        <source>Mood now, from 0 worst to 10 best</source>
        <translation>Estado de ánimo ahora, de 0 el peor a 10 el mejor</translation>
    </message>
    <message>
        <source>A few words (optional)</source>
        <translation>Unas palabras (opcional)</translation>
    </message>
    <message>
        <source>Note of the moment</source>
        <translation>Nota del momento</translation>
    </message>
    <message>
        <source>Add &amp;moment</source>
        <translation>Añadir &amp;momento</translation>
    </message>
    <message>
        <source>mood {mood}</source>
        <translation>ánimo {mood}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the moment at {time}</source>
        <translation>Eliminar el momento de las {time}</translation>
    </message>
    <message>
        <source>Choose how you are now (0-10) first.</source>
        <translation>Elija primero cómo se encuentra ahora (0-10).</translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation>No se ha añadido: {error}</translation>
    </message>
    <message>
        <source>✓ Moment at {time} added</source>
        <translation>✓ Momento de las {time} añadido</translation>
    </message>
    <message>
        <source>Delete moment</source>
        <translation>Eliminar momento</translation>
    </message>
    <message>
        <source>Delete this moment? This cannot be undone.</source>
        <translation>¿Eliminar este momento? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>MoodCalendar</name>
    <message>
        <source>Calendar of check-ins, tinted by mood</source>
        <translation>Calendario de registros, coloreado según el estado de ánimo</translation>
    </message>
</context>
<context>
    <name>MoodLegend</name>
    <message>
        <source>worst</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>best</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>Legend: mood 0, worst, in orange, to 10, best, in blue</source>
        <translation>Leyenda: estado de ánimo de 0, el peor, en naranja, a 10, el mejor, en azul</translation>
    </message>
</context>
<context>
    <name>MoodMapTable</name>
    <message>
        <source>{app} moods and their moodlog values</source>
        <translation>Estados de ánimo de {app} y sus valores en moodlog</translation>
    </message>
    <message>
        <source>{app} mood</source>
        <translation>Estado de ánimo en {app}</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Mood {low}–{high}</source>
        <translation>Ánimo {low}–{high}</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>moodlog mood for the {app} mood {mood}</source>
        <translation>Estado de ánimo de moodlog para el estado de ánimo {mood} de {app}</translation>
    </message>
    <message>
        <source>This word of your mood map matches no mood in this file</source>
        <translation>Esta palabra de su correspondencia de estados de ánimo no coincide con ningún estado de ánimo de este archivo</translation>
    </message>
    <message>
        <source>not in this file</source>
        <translation>no está en este archivo</translation>
    </message>
    <message>
        <source>moodlog does not know this mood: choose its value</source>
        <translation>moodlog no conoce este estado de ánimo: elija su valor</translation>
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
    <name>NumberNote</name>
    <message>
        <source>Use your phone</source>
        <translation>Use su teléfono</translation>
    </message>
    <message>
        <source>Dial {number} on your phone.</source>
        <translation>Marque el {number} en su teléfono.</translation>
    </message>
    <message>
        <source>Send a text to {number} on your phone.</source>
        <translation>Envíe un SMS al {number} desde su teléfono.</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Copiar número</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
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
    <name>PlanSteps</name>
    <message>
        <source>You have not written a safety plan yet. It is a short list, in your own words, of what helps and whom to call; many people write it with their clinician.</source>
        <translation>Todavía no ha escrito un plan de seguridad. Es una lista breve, con sus propias palabras, de lo que le ayuda y a quién llamar; muchas personas lo escriben con su profesional sanitario.</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>&amp;Write my safety plan…</source>
        <translation>&amp;Escribir mi plan de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Open my safety plan…</source>
        <translation>&amp;Abrir mi plan de seguridad…</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>Llamar a {name}</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
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
    <name>ReadingsTable</name>
    <message>
        <source>+Min</source>
        <translation>+Min</translation>
    </message>
    <message>
        <source>BP SYS/DIA</source>
        <translation>PA SIS/DIA</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>FC</translation>
    </message>
    <message>
        <source>SpO2 %</source>
        <translation>SpO2 %</translation>
    </message>
    <message>
        <source>Minutes after the start of dosing (0 = before dosing, up to 720); &quot;after&quot; for an older reading whose time was not recorded</source>
        <translation>Minutos desde el inicio de la administración (0 = antes de la dosis, hasta 720); «después» para una medición antigua cuya hora no se anotó</translation>
    </message>
    <message>
        <source>Blood pressure, e.g. 128/82 (mmHg)</source>
        <translation>Presión arterial, p. ej., 128/82 (mmHg)</translation>
    </message>
    <message>
        <source>Heart rate, beats per minute</source>
        <translation>Frecuencia cardiaca, latidos por minuto</translation>
    </message>
    <message>
        <source>Oxygen saturation, percent</source>
        <translation>Saturación de oxígeno, en porcentaje</translation>
    </message>
    <message>
        <source>after</source>
        <comment>time cell of a reading whose time was not recorded</comment>
        <extracomment>The time cell of a reading taken &quot;after&quot; at a time never recorded (journals before readings).</extracomment>
        <translation>después</translation>
    </message>
    <message>
        <source>Readings during the session</source>
        <translation>Mediciones durante la sesión</translation>
    </message>
    <message>
        <source>&amp;Add reading</source>
        <translation>&amp;Añadir medición</translation>
    </message>
    <message>
        <source>Remove reading</source>
        <translation>Quitar medición</translation>
    </message>
    <message>
        <source>Pre-dose reading above 140/90</source>
        <translation>Medición previa a la dosis por encima de 140/90</translation>
    </message>
    <message>
        <source>reading {number}</source>
        <translation>medición {number}</translation>
    </message>
    <message>
        <source>{where}: {what} must be a whole number, not {text}</source>
        <translation>{where}: {what} debe ser un número entero, no {text}</translation>
    </message>
    <message>
        <source>the time (minutes after the start of dosing)</source>
        <translation>la hora (minutos desde el inicio de la administración)</translation>
    </message>
    <message>
        <source>{where}: give its time, 0-{most} minutes after the start of dosing</source>
        <translation>{where}: indique su hora, de 0 a {most} minutos desde el inicio de la administración</translation>
    </message>
    <message>
        <source>{where}: blood pressure must look like SYS/DIA (e.g. 128/82), not {text}</source>
        <translation>{where}: la presión arterial debe tener la forma SIS/DIA (p. ej., 128/82), no {text}</translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation>la frecuencia cardiaca</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>la SpO2</translation>
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
    <name>Report</name>
    <message>
        <source>Mood (0 worst – 10 best)</source>
        <extracomment>The object type of a chart in the text flow, and the property naming which chart it is.</extracomment>
        <translation>Ánimo (0 peor – 10 mejor)</translation>
    </message>
    <message>
        <source>PHQ-9 total (0–27)</source>
        <translation>Total PHQ-9 (0–27)</translation>
    </message>
    <message>
        <source>Mood with and without each tag</source>
        <translation>Estado de ánimo con y sin cada etiqueta</translation>
    </message>
    <message>
        <source>Medications taken</source>
        <translation>Medicamentos tomados</translation>
    </message>
    <message>
        <source>Days the patient answered “taken”, of the days they answered at all (unanswered days are not counted).</source>
        <translation>Días en que el paciente respondió «tomado», de los días en que respondió (los días sin respuesta no cuentan).</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Drawing the charts</source>
        <translation>Dibujando los gráficos</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Componiendo las páginas</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>After dosing</source>
        <translation>Tras la dosis</translation>
    </message>
    <message>
        <source>BP (mmHg)</source>
        <translation>PA (mmHg)</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Frecuencia cardiaca</translation>
    </message>
    <message>
        <source>after (time not recorded)</source>
        <translation>después (hora no registrada)</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>observed until {time}</source>
        <translation>en observación hasta las {time}</translation>
    </message>
    <message>
        <source>as reported by the clinic</source>
        <translation>según la clínica</translation>
    </message>
    <message>
        <source>Appendix: every reading during the sessions</source>
        <translation>Anexo: todas las mediciones durante las sesiones</translation>
    </message>
    <message>
        <source>{mark} Blood pressure before dosing above {sys}/{dia}, as entered by the patient.</source>
        <extracomment>A pre-dose reading above this is marked (CLINICAL.md section 3): shown, never acted on.</extracomment>
        <translation>{mark} Presión arterial antes de la dosis por encima de {sys}/{dia}, tal como la introdujo el paciente.</translation>
    </message>
    <message>
        <source>Days of relief: from the treatment day until the 3-day mean mood falls back halfway from its peak in the first week to the mean of the 7 days before the treatment; “≥ N” means the next treatment or the last check-in came first.</source>
        <translation>Días de alivio: desde el día del tratamiento hasta que la media de 3 días del estado de ánimo vuelve a la mitad entre su máximo de la primera semana y la media de los 7 días previos al tratamiento; «≥ N» significa que el siguiente tratamiento o el último registro del día llegó antes.</translation>
    </message>
    <message>
        <source>HR</source>
        <comment>heart rate, short</comment>
        <translation>FC</translation>
    </message>
    <message>
        <source> (clinic)</source>
        <translation> (clínica)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>(1 device)</source>
        <translation>(1 dispositivo)</translation>
    </message>
    <message>
        <source>({n} devices)</source>
        <translation>({n} dispositivos)</translation>
    </message>
    <message>
        <source>({mg} mg at {kg} kg)</source>
        <translation>({mg} mg con {kg} kg)</translation>
    </message>
    <message>
        <source>over {minutes} min</source>
        <translation>en {minutes} min</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>BP: pre → peak → last</source>
        <translation>PA: antes → máxima → última</translation>
    </message>
    <message>
        <source>Side effects (0–3)</source>
        <translation>Efectos secundarios (0–3)</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>The session at {clinic}.</source>
        <translation>La sesión en {clinic}.</translation>
    </message>
    <message>
        <source>All {n} sessions at {clinic}.</source>
        <translation>Las {n} sesiones en {clinic}.</translation>
    </message>
    <message>
        <source>No median: no treatment&apos;s relief in this period has ended yet.</source>
        <translation>Sin mediana: todavía no ha terminado el alivio de ningún tratamiento de este periodo.</translation>
    </message>
    <message>
        <source>Median: &lt;b&gt;{days} days&lt;/b&gt;, over the {n} treatment whose relief ended</source>
        <translation>Mediana: &lt;b&gt;{days} días&lt;/b&gt;, sobre el {n} tratamiento cuyo alivio terminó</translation>
    </message>
    <message>
        <source>Median: &lt;b&gt;{days} days&lt;/b&gt;, over the {n} treatments whose relief ended</source>
        <translation>Mediana: &lt;b&gt;{days} días&lt;/b&gt;, sobre los {n} tratamientos cuyo alivio terminó</translation>
    </message>
    <message>
        <source> ({n} marked “≥” left out).</source>
        <translation> (se omiten {n} marcados con «≥»).</translation>
    </message>
    <message>
        <source>Relief after each treatment</source>
        <translation>Alivio después de cada tratamiento</translation>
    </message>
    <message>
        <source>Mood before (7‑day mean)</source>
        <translation>Ánimo antes (media de 7 días)</translation>
    </message>
    <message>
        <source>Peak (3‑day mean)</source>
        <translation>Máximo (media de 3 días)</translation>
    </message>
    <message>
        <source>Days of relief</source>
        <translation>Días de alivio</translation>
    </message>
    <message>
        <source>incomplete (item {items} unanswered)</source>
        <translation>incompleto (pregunta {items} sin respuesta)</translation>
    </message>
    <message>
        <source>incomplete (items {items} unanswered)</source>
        <translation>incompleto (preguntas {items} sin respuesta)</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>PHQ-9 total</source>
        <translation>Total PHQ-9</translation>
    </message>
    <message>
        <source>PHQ-9 item 9</source>
        <translation>PHQ-9 pregunta 9</translation>
    </message>
    <message>
        <source>Functional difficulty</source>
        <translation>Dificultad funcional</translation>
    </message>
    <message>
        <source>GAD-7 total</source>
        <translation>Total GAD-7</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>PHQ-9 outcome</source>
        <translation>Resultado PHQ-9</translation>
    </message>
    <message>
        <source>PHQ-9 outcome: baseline is the last PHQ-9 on or before the first session of a course (at most 30 days before); response, a total at least 50% below it; remission, a total below 5.</source>
        <translation>Resultado PHQ-9: el valor basal es el último PHQ-9 el día de la primera sesión de un ciclo o antes (como mucho 30 días antes); respuesta, un total al menos un 50 % inferior; remisión, un total inferior a 5.</translation>
    </message>
    <message>
        <source>Symptoms before and after the course started</source>
        <translation>Síntomas antes y después del inicio del ciclo</translation>
    </message>
    <message>
        <source>Mean daily ratings over the 4 weeks before the course that started {start} ({b0} – {b1}) and over the last 4 weeks of this period ({a0} – {a1}). Symptoms 0 none – 3 severe; mood 0 worst – 10 best; daily symptom burden: the sum of the twelve symptom ratings, 0–36, scaled up when 9 to 11 of them were answered.</source>
        <translation>Valoraciones diarias medias en las 4 semanas antes del ciclo que empezó el {start} ({b0} – {b1}) y en las 4 últimas semanas de este periodo ({a0} – {a1}). Síntomas 0 nada – 3 grave; estado de ánimo 0 peor – 10 mejor; carga diaria de síntomas: la suma de las doce valoraciones de síntomas, 0–36, extrapolada cuando se respondieron de 9 a 11.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Days logged (before / after)</source>
        <translation>Días registrados (antes / después)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The patient chose to include their notes.</source>
        <translation>El paciente eligió incluir sus notas.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro del día</translation>
    </message>
    <message>
        <source>: side effects</source>
        <translation>: efectos secundarios</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Colours print as distinct greys; nothing relies on colour alone. Tables have horizontal rules only: a darker one under the header row.</extracomment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>moodlog summary</source>
        <translation>Resumen de moodlog</translation>
    </message>
    <message>
        <source>Patient-entered data, not clinically verified.</source>
        <translation>Datos del paciente, sin verificación clínica.</translation>
    </message>
    <message>
        <source>PHQ-9 and GAD-7 wording is quoted in the English original: no official translation into this language has been confirmed.</source>
        <translation>El texto del PHQ-9 y del GAD-7 se cita en el original inglés: no se ha confirmado una traducción oficial a este idioma.</translation>
    </message>
    <message>
        <source>generated {day}</source>
        <translation>generado el {day}</translation>
    </message>
    <message>
        <source>Kept by the patient: daily mood (0 worst – 10 best) and symptoms (0 none – 3 severe), treatments as reported by the patient, PHQ-9 and GAD-7. moodlog describes the record; it does not diagnose or advise.</source>
        <translation>Registrado por el paciente: estado de ánimo diario (0 peor – 10 mejor) y síntomas (0 nada – 3 grave), tratamientos según el paciente, PHQ-9 y GAD-7. moodlog describe el registro; no diagnostica ni aconseja.</translation>
    </message>
    <message>
        <source>Thoughts of death or self-harm: none recorded in this period (PHQ-9 item 9 and the daily check-in).</source>
        <extracomment>Factual only: no reassurance (CLINICAL.md section 5).</extracomment>
        <translation>Pensamientos de muerte o autolesión: ninguno registrado en este periodo (PHQ-9 pregunta 9 y el registro del día).</translation>
    </message>
    <message>
        <source>Thoughts of death or self-harm reported in this period</source>
        <translation>Pensamientos de muerte o autolesión indicados en este periodo</translation>
    </message>
    <message>
        <source>No one monitors moodlog: these answers were not seen by a clinician when they were entered. moodlog does not assess risk.</source>
        <translation>Nadie supervisa moodlog: ningún profesional vio estas respuestas cuando se introdujeron. moodlog no evalúa el riesgo.</translation>
    </message>
    <message>
        <source>{n} time</source>
        <translation>{n} vez</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n} veces</translation>
    </message>
    <message>
        <source>&lt;b&gt;PHQ-9 item 9&lt;/b&gt; (“{item}”): answered above “{none}” {times}:</source>
        <translation>&lt;b&gt;PHQ-9 pregunta 9&lt;/b&gt; («{item}»): respondida por encima de «{none}» {times}:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Daily check-in&lt;/b&gt;, “{label}”: rated above 0 on {n} day (0 none – 3 severe):</source>
        <translation>&lt;b&gt;Registro del día&lt;/b&gt;, «{label}»: valorado por encima de 0 en {n} día (0 nada – 3 grave):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Daily check-in&lt;/b&gt;, “{label}”: rated above 0 on {n} days (0 none – 3 severe):</source>
        <translation>&lt;b&gt;Registro del día&lt;/b&gt;, «{label}»: valorado por encima de 0 en {n} días (0 nada – 3 grave):</translation>
    </message>
    <message>
        <source>every PHQ-9 in the {days} days before it is incomplete</source>
        <translation>todos los PHQ-9 de los {days} días anteriores están incompletos</translation>
    </message>
    <message>
        <source>the last PHQ-9 before it was {days} days earlier</source>
        <translation>el último PHQ-9 anterior fue {days} días antes</translation>
    </message>
    <message>
        <source>no PHQ-9 on or before it</source>
        <translation>ningún PHQ-9 ese día ni antes</translation>
    </message>
    <message>
        <source>No baseline for the course that started {day}: {why}.</source>
        <translation>Sin valor basal para el ciclo que empezó el {day}: {why}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No complete PHQ-9 in this period ({n} incomplete).</source>
        <translation>Ningún PHQ-9 completo en este periodo ({n} incompletos).</translation>
    </message>
    <message>
        <source>No complete PHQ-9 in this period.</source>
        <translation>Ningún PHQ-9 completo en este periodo.</translation>
    </message>
    <message>
        <source>latest &lt;b&gt;{total}&lt;/b&gt; ({band}) on {day}</source>
        <translation>último &lt;b&gt;{total}&lt;/b&gt; ({band}) el {day}</translation>
    </message>
    <message>
        <source>{latest}. No ketamine or esketamine course had started by the end of this period, so there is no baseline.</source>
        <translation>{latest}. Al final de este periodo no había empezado ningún ciclo de ketamina o esketamina, así que no hay valor basal.</translation>
    </message>
    <message>
        <source>remission (below 5): &lt;b&gt;{answer}&lt;/b&gt;</source>
        <translation>remisión (menos de 5): &lt;b&gt;{answer}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the day the course started</source>
        <translation>el día en que empezó el ciclo</translation>
    </message>
    <message>
        <source>{n} day before the course started on {day}</source>
        <translation>{n} día antes de que empezara el ciclo el {day}</translation>
    </message>
    <message>
        <source>{n} days before the course started on {day}</source>
        <translation>{n} días antes de que empezara el ciclo el {day}</translation>
    </message>
    <message>
        <source>Baseline &lt;b&gt;{total}&lt;/b&gt; ({band}) on {day}, {when}</source>
        <translation>Valor basal &lt;b&gt;{total}&lt;/b&gt; ({band}) el {day}, {when}</translation>
    </message>
    <message>
        <source>{baseline}; no PHQ-9 after it in this period.</source>
        <translation>{baseline}; ningún PHQ-9 posterior en este periodo.</translation>
    </message>
    <message>
        <source>a baseline of 0 has no percentage change</source>
        <translation>un valor basal de 0 no tiene cambio porcentual</translation>
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
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>{baseline} → {latest}: {change}. Response (at least 50% below baseline): &lt;b&gt;{response}&lt;/b&gt;; {remission}.</source>
        <translation>{baseline} → {latest}: {change}. Respuesta (al menos 50 % por debajo del valor basal): &lt;b&gt;{response}&lt;/b&gt;; {remission}.</translation>
    </message>
    <message>
        <source>No complete GAD-7 in this period.</source>
        <translation>Ningún GAD-7 completo en este periodo.</translation>
    </message>
    <message>
        <source>Latest &lt;b&gt;{total}&lt;/b&gt; ({band}) on {day}.</source>
        <translation>Último &lt;b&gt;{total}&lt;/b&gt; ({band}) el {day}.</translation>
    </message>
    <message>
        <source>no check-ins</source>
        <translation>sin registros del día</translation>
    </message>
    <message>
        <source>{n} day logged</source>
        <translation>{n} día registrado</translation>
    </message>
    <message>
        <source>{n} days logged</source>
        <translation>{n} días registrados</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 semanas</translation>
    </message>
    <message>
        <source>First {span} of the period: {first}; last {span}: {last} (0 worst – 10 best).</source>
        <translation>Primeras {span} del periodo: {first}; últimas {span}: {last} (0 peor – 10 mejor).</translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation>Días registrados</translation>
    </message>
    <message>
        <source>&lt;b&gt;{logged}&lt;/b&gt; of {days} days in the period ({share}%)</source>
        <translation>&lt;b&gt;{logged}&lt;/b&gt; de {days} días del periodo ({share} %)</translation>
    </message>
    <message>
        <source>Mean mood</source>
        <translation>Ánimo medio</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Thoughts of death or self-harm reported</source>
        <extracomment>The daily item and the PHQ-9 item the safety section lists (CLINICAL.md section 5). Mean mood is compared over the first and the last this many days of the period. The personal safety plan is private: in the report only when asked for. Every reading of every session, as an appendix (the table shows pre -&gt; peak -&gt; last). The texts of :meth:`ReportContent.sections`, marked for lupdate (looked up by ``_t``).</extracomment>
        <translation>Pensamientos de muerte o autolesión indicados</translation>
    </message>
    <message>
        <source>{answers}, {days} in the daily check-in</source>
        <translation>{answers}, {days} en el registro del día</translation>
    </message>
    <message>
        <source>{n} PHQ-9 item 9 answer</source>
        <translation>{n} respuesta a la pregunta 9 del PHQ-9</translation>
    </message>
    <message>
        <source>{n} PHQ-9 item 9 answers</source>
        <translation>{n} respuestas a la pregunta 9 del PHQ-9</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>{logged} of {days} days logged</source>
        <translation>{logged} de {days} días registrados</translation>
    </message>
    <message>
        <source>Mood chart</source>
        <translation>Gráfico del estado de ánimo</translation>
    </message>
    <message>
        <source>{checkins}, {treatments} marked</source>
        <translation>{checkins}, {treatments} marcados</translation>
    </message>
    <message>
        <source>{n} check-in</source>
        <translation>{n} registro del día</translation>
    </message>
    <message>
        <source>{n} check-ins</source>
        <translation>{n} registros del día</translation>
    </message>
    <message>
        <source>{n} treatment</source>
        <translation>{n} tratamiento</translation>
    </message>
    <message>
        <source>{n} treatments</source>
        <translation>{n} tratamientos</translation>
    </message>
    <message>
        <source>PHQ-9 chart</source>
        <translation>Gráfico PHQ-9</translation>
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
        <translation>Mapa de calor de síntomas</translation>
    </message>
    <message>
        <source>{n} symptom</source>
        <translation>{n} síntoma</translation>
    </message>
    <message>
        <source>{n} symptoms</source>
        <translation>{n} síntomas</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>{n} session</source>
        <translation>{n} sesión</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <source>Relief after each treatment</source>
        <translation>Alivio después de cada tratamiento</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>{n} questionnaire</source>
        <translation>{n} cuestionario</translation>
    </message>
    <message>
        <source>{n} questionnaires</source>
        <translation>{n} cuestionarios</translation>
    </message>
    <message>
        <source>Symptoms before and after the course started</source>
        <translation>Síntomas antes y después del inicio del ciclo</translation>
    </message>
    <message>
        <source>Mood with and without each tag</source>
        <translation>Estado de ánimo con y sin cada etiqueta</translation>
    </message>
    <message>
        <source>{n} tag</source>
        <translation>{n} etiqueta</translation>
    </message>
    <message>
        <source>{n} tags</source>
        <translation>{n} etiquetas</translation>
    </message>
    <message>
        <source>Medications taken</source>
        <translation>Medicamentos tomados</translation>
    </message>
    <message>
        <source>{n} medication</source>
        <translation>{n} medicamento</translation>
    </message>
    <message>
        <source>{n} medications</source>
        <translation>{n} medicamentos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} nota</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} notas</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>{filled} of 7 sections written</source>
        <translation>{filled} de 7 secciones escritas</translation>
    </message>
    <message>
        <source>Appendix: every reading</source>
        <translation>Anexo: todas las mediciones</translation>
    </message>
    <message>
        <source>{n} reading</source>
        <translation>{n} medición</translation>
    </message>
    <message>
        <source>{n} readings</source>
        <translation>{n} mediciones</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>Warning signs</source>
        <extracomment>moodlog.core.safety_plan: TITLES, PURPOSES (in the order of SECTIONS) and INVITATION.</extracomment>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>Lo que puedo hacer por mi cuenta</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Personas y lugares que me ayudan a distraerme</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Personas a las que puedo pedir ayuda</translation>
    </message>
    <message>
        <source>Professionals and services I can contact</source>
        <translation>Profesionales y servicios a los que puedo acudir</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Hacer más seguro mi entorno</translation>
    </message>
    <message>
        <source>What matters most to me</source>
        <translation>Lo que más me importa</translation>
    </message>
    <message>
        <source>Thoughts, images, moods, situations or behaviour that tell you a crisis may be starting.</source>
        <translation>Pensamientos, imágenes, estados de ánimo, situaciones o conductas que le indican que puede estar empezando una crisis.</translation>
    </message>
    <message>
        <source>Things you can do by yourself to take your mind off your problems.</source>
        <translation>Cosas que puede hacer por su cuenta para distraerse de sus problemas.</translation>
    </message>
    <message>
        <source>People and social settings that help you think of something else.</source>
        <translation>Personas y ambientes sociales que le ayudan a pensar en otra cosa.</translation>
    </message>
    <message>
        <source>People you could reach out to and ask for help.</source>
        <translation>Personas a las que podría acudir para pedir ayuda.</translation>
    </message>
    <message>
        <source>Clinicians, clinics or services you could contact during a crisis.</source>
        <translation>Profesionales sanitarios, clínicas o servicios a los que podría acudir durante una crisis.</translation>
    </message>
    <message>
        <source>Steps you and your clinician agree on to make your surroundings safer.</source>
        <translation>Medidas que usted y su profesional sanitario acuerdan para que su entorno sea más seguro.</translation>
    </message>
    <message>
        <source>The things that are most important to you and worth living for.</source>
        <translation>Lo que es más importante para usted y por lo que merece la pena vivir.</translation>
    </message>
    <message>
        <source>A safety plan is yours, in your own words. Many people write it together with their clinician. moodlog keeps it on this computer; no one else sees it.</source>
        <translation>Un plan de seguridad es suyo, con sus propias palabras. Muchas personas lo escriben junto con su profesional sanitario. moodlog lo guarda en este ordenador; nadie más lo ve.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Imprimir en PDF…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Last changed {when}.</source>
        <translation>Último cambio: {when}.</translation>
    </message>
    <message>
        <source>dd MMMM yyyy, HH:mm</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Todavía no escrito.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Todavía sin guardar.</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>No se ha guardado. {problem}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>No se ha guardado: {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Not printed. {problem}</source>
        <translation>No se ha impreso. {problem}</translation>
    </message>
    <message>
        <source>Print my safety plan</source>
        <translation>Imprimir mi plan de seguridad</translation>
    </message>
    <message>
        <source>my-safety-plan.pdf</source>
        <translation>mi-plan-de-seguridad.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed: {problem}</source>
        <translation>No se ha impreso: {problem}</translation>
    </message>
    <message>
        <source>Printed to {path}.</source>
        <translation>Impreso en {path}.</translation>
    </message>
    <message>
        <source>Unsaved safety plan</source>
        <translation>Plan de seguridad sin guardar</translation>
    </message>
    <message>
        <source>You have changed your safety plan without saving it.</source>
        <translation>Ha cambiado su plan de seguridad sin guardarlo.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>aún sin escribir</translation>
    </message>
    <message>
        <source>your country</source>
        <translation>su país</translation>
    </message>
    <message>
        <source>Crisis lines for {region}</source>
        <translation>Líneas de crisis de {region}</translation>
    </message>
    <message>
        <source>(checked on {day})</source>
        <translation>(comprobadas el {day})</translation>
    </message>
    <message>
        <source>last changed {day}</source>
        <translation>último cambio el {day}</translation>
    </message>
    <message>
        <source>Printed {day}</source>
        <translation>Impreso el {day}</translation>
    </message>
    <message>
        <source>Safety plan (included at the patient&apos;s request, last changed {day})</source>
        <translation>Plan de seguridad (incluido a petición del paciente, último cambio el {day})</translation>
    </message>
    <message>
        <source>Safety plan (included at the patient&apos;s request)</source>
        <translation>Plan de seguridad (incluido a petición del paciente)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>check-in note</source>
        <extracomment>core.life.SEARCH_PLACES, for lupdate (a test keeps them equal to core&apos;s).</extracomment>
        <translation>nota del registro</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>moment</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>treatment note</source>
        <translation>nota del tratamiento</translation>
    </message>
    <message>
        <source>side-effects note</source>
        <translation>nota de efectos secundarios</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Words in notes, moments, treatment notes or tags</source>
        <translation>Palabras en notas, momentos, notas de tratamiento o etiquetas</translation>
    </message>
    <message>
        <source>Search results: Enter opens the day</source>
        <translation>Resultados de la búsqueda: Intro abre el día</translation>
    </message>
    <message>
        <source>Search failed: {problem}</source>
        <translation>La búsqueda falló: {problem}</translation>
    </message>
    <message>
        <source>dd MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Nothing in the journal mentions “{words}”.</source>
        <translation>Nada en el diario menciona «{words}».</translation>
    </message>
    <message numerus="yes">
        <source>%n found (the newest 200). Enter opens the day.</source>
        <translation>
            <numerusform>%n resultado (los 200 más recientes). Intro abre el día.</numerusform>
            <numerusform>%n resultados (los 200 más recientes). Intro abre el día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found. Enter opens the day.</source>
        <translation>
            <numerusform>%n resultado. Intro abre el día.</numerusform>
            <numerusform>%n resultados. Intro abre el día.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentedControl</name>
    <message>
        <source>No answer chosen</source>
        <extracomment>It paints its own focus ring around the segments (ui/common/focus_ring.py skips it). Screen readers see a group of radio buttons (ui/common/accessible.py).</extracomment>
        <translation>Ninguna respuesta elegida</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>as reported by the clinic</source>
        <extracomment>core.session.AS_REPORTED, for lupdate (the window shows it in its language).</extracomment>
        <translation>según la clínica</translation>
    </message>
    <message>
        <source>Readings during the session, if the clinic told you</source>
        <translation>Mediciones durante la sesión, si la clínica se las comunicó</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>La sesión</translation>
    </message>
    <message>
        <source>Esketamine devices</source>
        <translation>Dispositivos de esketamina</translation>
    </message>
    <message>
        <source>Devices ({mg} mg each):</source>
        <translation>Dispositivos ({mg} mg cada uno):</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>Weight for a mg/kg dose</source>
        <translation>Peso para una dosis en mg/kg</translation>
    </message>
    <message>
        <source>Weight (for mg/kg):</source>
        <translation>Peso (para mg/kg):</translation>
    </message>
    <message>
        <source>Infusion minutes</source>
        <translation>Minutos de infusión</translation>
    </message>
    <message>
        <source>Infusion minutes:</source>
        <translation>Minutos de infusión:</translation>
    </message>
    <message>
        <source>Observed until, minutes after the start</source>
        <translation>En observación hasta, minutos desde el inicio</translation>
    </message>
    <message>
        <source>Observed until (min after start):</source>
        <translation>Observación hasta (min desde el inicio):</translation>
    </message>
    <message>
        <source>When you felt ready to leave, in your words</source>
        <translation>Cuándo se sintió en condiciones de irse, con sus palabras</translation>
    </message>
    <message>
        <source>Felt ready to leave</source>
        <translation>En condiciones de irse</translation>
    </message>
    <message>
        <source>Felt ready to leave:</source>
        <translation>En condiciones de irse:</translation>
    </message>
    <message>
        <source>Totals {as_reported}</source>
        <translation>Totales {as_reported}</translation>
    </message>
    <message>
        <source>MOAA/S total {as_reported}</source>
        <translation>Total de MOAA/S {as_reported}</translation>
    </message>
    <message>
        <source>MOAA/S (0-5):</source>
        <translation>MOAA/S (0-5):</translation>
    </message>
    <message>
        <source>CADSS form</source>
        <translation>Versión de la CADSS</translation>
    </message>
    <message>
        <source>CADSS total {as_reported}</source>
        <translation>Total de la CADSS {as_reported}</translation>
    </message>
    <message>
        <source>Dissociation:</source>
        <translation>Disociación:</translation>
    </message>
    <message>
        <source>Scores the clinic measured and told you; moodlog does not give these scales.</source>
        <translation>Puntuaciones que la clínica midió y le comunicó; moodlog no aplica estas escalas.</translation>
    </message>
    <message>
        <source>devices are only for an esketamine nasal session</source>
        <translation>los dispositivos solo corresponden a una sesión de esketamina nasal</translation>
    </message>
    <message>
        <source>{devices} devices are {mg} mg, but the dose says {dose} {unit}</source>
        <translation>{devices} dispositivos son {mg} mg, pero la dosis indica {dose} {unit}</translation>
    </message>
    <message>
        <source>a weight goes with a dose in mg/kg</source>
        <translation>el peso va con una dosis en mg/kg</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
    <message>
        <source>the backup of {when}</source>
        <translation>la copia de seguridad del {when}</translation>
    </message>
    <message>
        <source>the backup of {when} ({checkins})</source>
        <translation>la copia de seguridad del {when} ({checkins})</translation>
    </message>
    <message>
        <source>Journal restored</source>
        <translation>Diario restaurado</translation>
    </message>
    <message>
        <source>Your journal was restored from {summary}.</source>
        <translation>Su diario se restauró a partir de {summary}.</translation>
    </message>
    <message>
        <source>your moodlog journal</source>
        <translation>su diario de moodlog</translation>
    </message>
    <message>
        <source>Your journal is damaged</source>
        <translation>Su diario está dañado</translation>
    </message>
    <message>
        <source>moodlog could not open your journal because the file is damaged. It has not changed the file.</source>
        <translation>moodlog no pudo abrir su diario porque el archivo está dañado. No ha modificado el archivo.</translation>
    </message>
    <message>
        <source>This is not a moodlog journal</source>
        <translation>Esto no es un diario de moodlog</translation>
    </message>
    <message>
        <source>moodlog could not open your journal because the file is not a moodlog journal. It has not changed the file.</source>
        <translation>moodlog no pudo abrir su diario porque el archivo no es un diario de moodlog. No ha modificado el archivo.</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}. The file is {journal}; keep it, it may still be recoverable.</source>
        <translation>No se encontró ninguna copia de seguridad válida en {folder}. El archivo es {journal}; consérvelo, puede que aún se pueda recuperar.</translation>
    </message>
    <message>
        <source>You can restore the newest good backup, {summary}. The file that could not be opened is kept in the backups folder.</source>
        <translation>Puede restaurar la copia de seguridad válida más reciente, {summary}. El archivo que no se pudo abrir se conserva en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore that backup</source>
        <translation>Restaurar esa copia</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>dd MMM yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Relief after each treatment</source>
        <translation>Alivio después de cada tratamiento</translation>
    </message>
    <message>
        <source>Relief is measured from your daily mood. Before: your average mood over the 7 days before the treatment (at least 3 check-ins). After: a 3-day average (at least 2 check-ins). Peak: the best 3-day average in the first week, counting the treatment day. Relief lasts until the 3-day average falls back to halfway between before and peak. “≥ N” means the next treatment or your last check-in came first, so relief lasted at least N days. This describes your record; it is not advice on when to have a treatment.</source>
        <translation>El alivio se mide a partir de su estado de ánimo diario. Antes: su estado de ánimo medio en los 7 días previos al tratamiento (al menos 3 registros del día). Después: una media de 3 días (al menos 2 registros del día). Máximo: la mejor media de 3 días en la primera semana, contando el día del tratamiento. El alivio dura hasta que la media de 3 días vuelve a la mitad entre antes y el máximo. «≥ N» significa que el siguiente tratamiento o su último registro del día llegó antes, así que el alivio duró al menos N días. Esto describe su registro; no es un consejo sobre cuándo recibir un tratamiento.</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Symptom averages before and after</source>
        <translation>Medias de síntomas antes y después</translation>
    </message>
    <message>
        <source>No ketamine or esketamine treatments in this range.</source>
        <translation>No hay tratamientos con ketamina o esketamina en este periodo.</translation>
    </message>
    <message>
        <source>No median yet: no treatment&apos;s relief has ended in this range.</source>
        <translation>Aún no hay mediana: en este periodo no ha terminado el alivio de ningún tratamiento.</translation>
    </message>
    <message>
        <source>Median days of relief: {median} ({over}; {left_out}).</source>
        <translation>Mediana de días de alivio: {median} ({over}; {left_out}).</translation>
    </message>
    <message numerus="yes">
        <source>over %n treatment(s) whose relief ended</source>
        <translation>
            <numerusform>sobre %n tratamiento cuyo alivio terminó</numerusform>
            <numerusform>sobre %n tratamientos cuyo alivio terminó</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still going at the next treatment or the last check-in are left out</source>
        <translation>
            <numerusform>se omite %n que seguía al llegar el siguiente tratamiento o el último registro del día</numerusform>
            <numerusform>se omiten %n que seguían al llegar el siguiente tratamiento o el último registro del día</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown once a ketamine or esketamine treatment is recorded: the 4 weeks before the first one against the last 4 weeks of the range.</source>
        <translation>Se muestra cuando se registra un tratamiento con ketamina o esketamina: las 4 semanas antes del primero frente a las 4 últimas semanas del periodo.</translation>
    </message>
    <message>
        <source>Averages over the 4 weeks before the first treatment ({b0} – {b1}) and the last 4 weeks shown ({a0} – {a1}).</source>
        <translation>Medias de las 4 semanas antes del primer tratamiento ({b0} – {b1}) y de las 4 últimas semanas mostradas ({a0} – {a1}).</translation>
    </message>
    <message>
        <source>PHQ-9 baseline: none within 30 days before the first treatment.</source>
        <translation>Valor basal PHQ-9: ninguno en los 30 días antes del primer tratamiento.</translation>
    </message>
    <message>
        <source>PHQ-9 baseline: {total} on {day}.</source>
        <translation>Valor basal PHQ-9: {total} el {day}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source> Latest: {total} on {day}; response (at least 50% below baseline): {response}; remission (below 5): {remission}.</source>
        <translation> Último: {total} el {day}; respuesta (al menos 50 % por debajo del valor basal): {response}; remisión (menos de 5): {remission}.</translation>
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
    <name>TagsPicker</name>
    <message>
        <source>Type to find a tag, Space to set it</source>
        <translation>Escriba para buscar una etiqueta, Espacio para ponerla</translation>
    </message>
    <message>
        <source>Find a tag: type to filter, Space toggles the highlighted tag, Down and Up move the highlight</source>
        <translation>Buscar una etiqueta: escriba para filtrar, Espacio pone o quita la etiqueta resaltada, Abajo y Arriba mueven el resaltado</translation>
    </message>
    <message>
        <source>Tag {tag}, {group}</source>
        <translation>Etiqueta {tag}, {group}</translation>
    </message>
    <message>
        <source>Set: {tags}</source>
        <translation>Puestas: {tags}</translation>
    </message>
    <message>
        <source>No tag set</source>
        <translation>Ninguna etiqueta puesta</translation>
    </message>
    <message>
        <source> — Space toggles “{tag}”</source>
        <translation> — Espacio pone o quita «{tag}»</translation>
    </message>
</context>
<context>
    <name>TextSection</name>
    <message>
        <source>One item per line</source>
        <translation>Un elemento por línea</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Time for today&apos;s check-in</source>
        <translation>Es hora del registro de hoy</translation>
    </message>
    <message>
        <source>You have not checked in today yet. It takes under a minute.</source>
        <translation>Todavía no ha hecho el registro de hoy. Se tarda menos de un minuto.</translation>
    </message>
    <message>
        <source>How are you since your session?</source>
        <extracomment>core.moment_offers.TITLE and TEXT, for lupdate (a test keeps them equal to core&apos;s).</extracomment>
        <translation>¿Cómo se encuentra desde su sesión?</translation>
    </message>
    <message>
        <source>A moment takes a few seconds: a mood 0-10 and a few words if you like.</source>
        <translation>Un momento lleva unos segundos: un estado de ánimo de 0 a 10 y unas palabras si lo desea.</translation>
    </message>
    <message>
        <source>&amp;Open moodlog</source>
        <translation>&amp;Abrir moodlog</translation>
    </message>
    <message>
        <source>Today&apos;s &amp;check-in</source>
        <translation>&amp;Registro de hoy</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Click here to open it.</source>
        <translation>Haga clic aquí para abrirlo.</translation>
    </message>
    <message>
        <source>Click here to add one.</source>
        <translation>Haga clic aquí para añadir uno.</translation>
    </message>
    <message>
        <source>&amp;Add a moment</source>
        <translation>&amp;Añadir un momento</translation>
    </message>
    <message>
        <source>&amp;Open today&apos;s check-in</source>
        <translation>&amp;Abrir el registro de hoy</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
</context>
<context>
    <name>TreatmentDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>Edit treatment</source>
        <translation>Editar tratamiento</translation>
    </message>
    <message>
        <source>Add a treatment</source>
        <translation>Añadir un tratamiento</translation>
    </message>
    <message>
        <source>this treatment</source>
        <translation>este tratamiento</translation>
    </message>
    <message>
        <source>Date and time of the session</source>
        <translation>Fecha y hora de la sesión</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>Kind of treatment</source>
        <translation>Tipo de tratamiento</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Unidad de la dosis</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation>C&amp;línica:</translation>
    </message>
    <message>
        <source>&amp;Notes about the session:</source>
        <translation>&amp;Notas sobre la sesión:</translation>
    </message>
    <message>
        <source>Notes about the session</source>
        <translation>Notas sobre la sesión</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>How strong was each one?</source>
        <translation>¿Con qué intensidad notó cada uno?</translation>
    </message>
    <message>
        <source>Side effect: {label}</source>
        <translation>Efecto secundario: {label}</translation>
    </message>
    <message>
        <source>Anything else, in your words</source>
        <translation>Cualquier otra cosa, con sus palabras</translation>
    </message>
    <message>
        <source>Other side effects</source>
        <translation>Otros efectos secundarios</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>&amp;Otros:</translation>
    </message>
    <message>
        <source>the session is more than a day in the future; check the date</source>
        <translation>la sesión está a más de un día en el futuro; revise la fecha</translation>
    </message>
    <message>
        <source>Not saved: {message}.</source>
        <translation>No se ha guardado: {message}.</translation>
    </message>
</context>
<context>
    <name>TreatmentsView</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Presión arterial</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Every session, with what the clinic measured and how you felt during it. Sessions show as markers on your charts.</source>
        <translation>Cada sesión, con lo que midió la clínica y cómo se sintió durante ella. Las sesiones aparecen como marcas en sus gráficos.</translation>
    </message>
    <message>
        <source>Treatment sessions</source>
        <translation>Sesiones de tratamiento</translation>
    </message>
    <message>
        <source>No treatments yet. Add your first session with “Add treatment”.</source>
        <translation>Todavía no hay tratamientos. Añada su primera sesión con «Añadir tratamiento».</translation>
    </message>
    <message>
        <source>&amp;Add treatment…</source>
        <translation>Añadir &amp;tratamiento…</translation>
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
        <source>ddd dd MMM yyyy HH:mm</source>
        <translation>ddd dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>Delete this treatment?</source>
        <translation>¿Eliminar este tratamiento?</translation>
    </message>
    <message>
        <source>Delete the {kind} session of {day}? This cannot be undone.</source>
        <translation>¿Eliminar la sesión de {kind} del {day}? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
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
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to moodlog</source>
        <translation>Le damos la bienvenida a moodlog</translation>
    </message>
    <message>
        <source>A private journal for the days between treatments. Each day, note your mood and how much each symptom bothered you; add your treatment sessions and, every two weeks, a PHQ-9. Over time you will see how you really did, and can show your clinician.

Everything stays on this computer. No one else sees it, and no one monitors it.</source>
        <translation>Un diario privado para los días entre tratamientos. Cada día, anote su estado de ánimo y cuánto le molestó cada síntoma; añada sus sesiones de tratamiento y, cada dos semanas, un PHQ-9. Con el tiempo verá cómo le fue realmente y podrá enseñárselo a su profesional sanitario.

Todo se queda en este ordenador. Nadie más lo ve y nadie lo supervisa.</translation>
    </message>
    <message>
        <source>Start today’s &amp;check-in</source>
        <translation>Empezar el &amp;registro de hoy</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>&amp;Probar con datos de ejemplo</translation>
    </message>
    <message>
        <source>The demo opens a separate journal of made-up data in a new window. It never mixes with yours.</source>
        <translation>La demostración abre un diario aparte con datos inventados en una ventana nueva. Nunca se mezcla con el suyo.</translation>
    </message>
</context>
<context>
    <name>_SnippetDelegate</name>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd dd/MM/yyyy</translation>
    </message>
</context>
</TS>
