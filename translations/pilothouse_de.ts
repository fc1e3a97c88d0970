<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutSection</name>
    <message>
        <source>About Pilothouse</source>
        <translation>Über Pilothouse</translation>
    </message>
    <message>
        <source>Pilothouse %1</source>
        <translation>Pilothouse %1</translation>
    </message>
    <message>
        <source>The operator console for AI customer conversations.</source>
        <translation>Die Operator-Konsole für KI-Kundengespräche.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>%1 %2, licence %3</source>
        <translation>%1 %2, Lizenz %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation>Lizenz von %1</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>Sign in to save the cost model.</source>
        <translation>Melden Sie sich an, um das Kostenmodell zu speichern.</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <source>Account: %1, %2</source>
        <translation>Konto: %1, %2</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Opens the menu with Settings and Sign out</source>
        <translation>Öffnet das Menü mit Einstellungen und Abmelden</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Settings  Alt+7</source>
        <translation>Einstellungen  Alt+7</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Shortcut: Alt+7</source>
        <translation>Tastenkürzel: Alt+7</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Audit log  Alt+8</source>
        <translation>Audit-Protokoll  Alt+8</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Shortcut: Alt+8</source>
        <translation>Tastenkürzel: Alt+8</translation>
    </message>
    <message>
        <source>Users  Alt+9</source>
        <translation>Benutzer  Alt+9</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Shortcut: Alt+9</source>
        <translation>Tastenkürzel: Alt+9</translation>
    </message>
</context>
<context>
    <name>AccountSettings</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Diesen Server verwenden</translation>
    </message>
    <message>
        <source>Sign out and use this server</source>
        <translation>Abmelden und diesen Server verwenden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Conversation actions</source>
        <translation>Aktionen für die Unterhaltung</translation>
    </message>
    <message>
        <source>Take over  T</source>
        <translation>Übernehmen  T</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Shortcut: T</source>
        <translation>Tastenkürzel: T</translation>
    </message>
    <message>
        <source>Hand back  H</source>
        <translation>An KI zurückgeben  H</translation>
    </message>
    <message>
        <source>Hand back to the AI</source>
        <translation>An die KI zurückgeben</translation>
    </message>
    <message>
        <source>Shortcut: H</source>
        <translation>Tastenkürzel: H</translation>
    </message>
    <message>
        <source>Resolve  E</source>
        <translation>Abschließen  E</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Shortcut: E</source>
        <translation>Tastenkürzel: E</translation>
    </message>
    <message>
        <source>Whisper to AI</source>
        <translation>Der KI zuflüstern</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save the transcript as PDF</source>
        <translation>Gesprächsprotokoll als PDF speichern</translation>
    </message>
    <message>
        <source>Rule id: %1</source>
        <translation>Regel-ID: %1</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <source>Assign the conversation to a colleague</source>
        <translation>Die Unterhaltung einer Kollegin oder einem Kollegen zuweisen</translation>
    </message>
    <message>
        <source>View only: your role reads conversations and acts on none.</source>
        <translation>Nur ansehen: Ihre Rolle liest Unterhaltungen und handelt in keiner.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Resolve the conversation</source>
        <translation>Unterhaltung abschließen</translation>
    </message>
    <message>
        <source>Whisper to the AI</source>
        <translation>Der KI zuflüstern</translation>
    </message>
    <message>
        <source>Hand back to the AI</source>
        <translation>An die KI zurückgeben</translation>
    </message>
    <message>
        <source>How did it end? The customer is not notified; a new message reopens it.</source>
        <translation>Wie ist sie ausgegangen? Der Kunde wird nicht benachrichtigt; eine neue Nachricht öffnet sie wieder.</translation>
    </message>
    <message>
        <source>A private instruction: the AI follows it in its next reply. %1 never sees it.</source>
        <translation>Eine private Anweisung: Die KI befolgt sie in ihrer nächsten Antwort. %1 sieht sie nie.</translation>
    </message>
    <message>
        <source>The AI takes the conversation again. Leave a note for it and your team (%1 never sees it).</source>
        <translation>Die KI übernimmt die Unterhaltung wieder. Hinterlassen Sie eine Notiz für sie und Ihr Team (%1 sieht sie nie).</translation>
    </message>
    <message>
        <source>e.g. Offer free express shipping</source>
        <translation>z. B. Kostenlosen Expressversand anbieten</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Instruction for the AI</source>
        <translation>Anweisung für die KI</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Ctrl+Enter to confirm, Esc to cancel</source>
        <translation>Ctrl+Enter zum Bestätigen, Esc zum Abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Zuflüstern</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Zurückgeben</translation>
    </message>
</context>
<context>
    <name>ActivatableRow</name>
    <message>
        <source>Press Enter to list the conversations behind it.</source>
        <translation>Drücken Sie die Eingabetaste, um die zugehörigen Unterhaltungen aufzulisten.</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Agreement between reviewers</source>
        <translation>Übereinstimmung der Prüfer</translation>
    </message>
    <message>
        <source>Reviewers compared</source>
        <translation>Verglichene Prüfer</translation>
    </message>
    <message>
        <source>%1: %2. Cohen&apos;s kappa: 1 is full agreement, 0 what chance alone would give.</source>
        <translation>%1: %2. Cohens Kappa: 1 ist volle Übereinstimmung, 0 das, was der Zufall allein ergäbe.</translation>
    </message>
    <message>
        <source>No reply has been labelled by two reviewers yet. The daily sample is the same in every console: reviewing it gives the replies to compare.</source>
        <translation>Noch keine Antwort wurde von zwei Prüfern bewertet. Die Tagesstichprobe ist in jeder Konsole gleich: Wer sie prüft, liefert die Antworten zum Vergleich.</translation>
    </message>
    <message>
        <source>Agreement by reason</source>
        <translation>Übereinstimmung nach Grund</translation>
    </message>
    <message>
        <source>%1: kappa %2, %3, %4</source>
        <translation>%1: Kappa %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>AiReplyDetails</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>replied in %1</source>
        <translation>Antwort in %1</translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation>Absicht: %1</translation>
    </message>
    <message>
        <source>Tool used: %1</source>
        <translation>Verwendetes Tool: %1</translation>
    </message>
    <message>
        <source>%1: show these rules</source>
        <translation>%1: diese Regeln zeigen</translation>
    </message>
    <message>
        <source>Weakest reply</source>
        <translation>Schwächste Antwort</translation>
    </message>
    <message>
        <source>The weakest AI reply in this conversation</source>
        <translation>Die schwächste KI-Antwort in dieser Unterhaltung</translation>
    </message>
</context>
<context>
    <name>AnalyticsFilters</name>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
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
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Support and sales</source>
        <translation>Support und Vertrieb</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>Absicht:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>VIP:</source>
        <translation>VIP:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>VIP only</source>
        <translation>Nur VIP</translation>
    </message>
    <message>
        <source>Not VIP</source>
        <translation>Ohne VIP</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Absichten</translation>
    </message>
    <message>
        <source>Sorted by conversations nobody resolved: where the AI can gain most</source>
        <translation>Sortiert nach Unterhaltungen, die niemand gelöst hat: wo die KI am meisten gewinnen kann</translation>
    </message>
    <message>
        <source>Hand-off reasons</source>
        <translation>Gründe für Übergaben</translation>
    </message>
    <message>
        <source>Why conversations went to a person</source>
        <translation>Warum Unterhaltungen an einen Menschen gingen</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Kundensegmente</translation>
    </message>
    <message>
        <source>Who the conversations came from, and how each segment fared</source>
        <translation>Von wem die Unterhaltungen kamen und wie jedes Segment abgeschnitten hat</translation>
    </message>
</context>
<context>
    <name>AnalyticsReportText</name>
    <message>
        <source>No intent detected</source>
        <translation>Keine Absicht erkannt</translation>
    </message>
    <message>
        <source>Taken over without an escalation</source>
        <translation>Ohne Eskalation übernommen</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation>%1, im Vergleich zu %2</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Nenner</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>Was gezählt wird</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Von der KI gelöst</translation>
    </message>
    <message>
        <source>Closed by AI, vendor-style only</source>
        <translation>Von der KI geschlossen, nur nach Zählweise der Anbieter</translation>
    </message>
    <message>
        <source>Resolved by a person</source>
        <translation>Von einem Menschen gelöst</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nicht gelöst</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Not resolved by the AI</source>
        <translation>Nicht von der KI gelöst</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Share of hand-offs</source>
        <translation>Anteil an den Übergaben</translation>
    </message>
    <message>
        <source>Choose a file on this computer to export to.</source>
        <translation>Wählen Sie eine Datei auf diesem Computer als Exportziel.</translation>
    </message>
    <message>
        <source>Unsaved assumptions: these figures use values you are trying, not the organisation&apos;s cost model.</source>
        <translation>Nicht gespeicherte Annahmen: Diese Kennzahlen verwenden Werte, die Sie gerade ausprobieren, nicht das Kostenmodell der Organisation.</translation>
    </message>
    <message>
        <source>Built-in default assumptions: no cost model has been saved for the organisation.</source>
        <translation>Eingebaute Standardannahmen: Für die Organisation wurde noch kein Kostenmodell gespeichert.</translation>
    </message>
    <message>
        <source>The organisation&apos;s cost model, version %L1, saved by %2 on %3.</source>
        <translation>Das Kostenmodell der Organisation, Version %L1, gespeichert von %2 am %3.</translation>
    </message>
    <message numerus="yes">
        <source>Assumes %1 an hour for a person, %2 per 1,000 AI tokens and a team of %Ln.</source>
        <translation>
            <numerusform>Annahmen: %1 pro Stunde für eine Person, %2 pro 1.000 KI-Tokens und ein Team mit %Ln Person.</numerusform>
            <numerusform>Annahmen: %1 pro Stunde für eine Person, %2 pro 1.000 KI-Tokens und ein Team mit %Ln Personen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handling time: measured once an intent has %Ln handled conversations, else %1 minutes.</source>
        <translation>
            <numerusform>Bearbeitungszeit: gemessen, sobald eine Absicht %Ln bearbeitete Unterhaltung hat, sonst %1 Minuten.</numerusform>
            <numerusform>Bearbeitungszeit: gemessen, sobald eine Absicht %Ln bearbeitete Unterhaltungen hat, sonst %1 Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handling time measured for %1 of the %2 intents the AI resolved; defaults for the rest (%3 minutes unless set per intent).</source>
        <translation>Bearbeitungszeit gemessen für %1 der %2 von der KI gelösten Absichten; Standardwerte für die übrigen (%3 Minuten, sofern nicht je Absicht festgelegt).</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Kein Segment</translation>
    </message>
    <message>
        <source>No ratings</source>
        <translation>Keine Bewertungen</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>CSAT (4 or 5)</source>
        <translation>CSAT (4 oder 5)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation>KI-Antworten</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Beurteilt</translation>
    </message>
    <message>
        <source>Judged wrong</source>
        <translation>Als falsch beurteilt</translation>
    </message>
    <message>
        <source>Share wrong</source>
        <translation>Fehleranteil</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Run &apos;pilothouse --help&apos; for the list of options.</source>
        <translation>Mit &apos;pilothouse --help&apos; erhalten Sie die Liste der Optionen.</translation>
    </message>
    <message>
        <source>Pilothouse: watch, steer and take over AI customer conversations.</source>
        <translation>Pilothouse: KI-Kundenunterhaltungen verfolgen, steuern und übernehmen.</translation>
    </message>
    <message>
        <source>Backend URL, e.g. https://pilothouse.example.com.</source>
        <translation>Backend-URL, z. B. https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>User name to sign in with.</source>
        <translation>Benutzername für die Anmeldung.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Folder for the cache, settings and logs (default: the application data folder).</source>
        <translation>Ordner für Cache, Einstellungen und Protokolle (Standard: der Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for https and wss.</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei für https und wss vertrauen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Review the local cache without connecting.</source>
        <translation>Den lokalen Cache ohne Verbindung ansehen.</translation>
    </message>
    <message>
        <source>Interface language: %1.</source>
        <translation>Sprache der Oberfläche: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Log detail: %1 (default info).</source>
        <translation>Protokolldetail: %1 (Standard: info).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>stufe</translation>
    </message>
    <message>
        <source>Start with the dark theme.</source>
        <translation>Mit dem dunklen Design starten.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the board has filled, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald die Übersicht gefüllt ist, und dann beenden.</translation>
    </message>
    <message>
        <source>Give up waiting for the board after this many seconds (default 20).</source>
        <translation>Nach so vielen Sekunden nicht mehr auf die Übersicht warten (Standard: 20).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--demo and --offline exclude each other: the demo needs the local backend.</source>
        <translation>--demo und --offline schließen sich aus: Die Demo braucht das lokale Backend.</translation>
    </message>
    <message>
        <source>--server: &apos;%1&apos; is not an http(s) or ws(s) URL, e.g. https://pilothouse.example.com.</source>
        <translation>--server: &apos;%1&apos; ist keine http(s)- oder ws(s)-URL, z. B. https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>--user: the user name is empty.</source>
        <translation>--user: Der Benutzername ist leer.</translation>
    </message>
    <message>
        <source>--data-dir: &apos;%1&apos; exists and is not a folder.</source>
        <translation>--data-dir: &apos;%1&apos; existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>--ca-file: cannot read &apos;%1&apos;.</source>
        <translation>--ca-file: &apos;%1&apos; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not available; choose one of %2.</source>
        <translation>--lang: &apos;%1&apos; ist nicht verfügbar; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>--log-level: &apos;%1&apos; is not one of %2.</source>
        <translation>--log-level: &apos;%1&apos; ist keiner von %2.</translation>
    </message>
    <message>
        <source>--screenshot-timeout: expected whole seconds from 1 to 600.</source>
        <translation>--screenshot-timeout: ganze Sekunden von 1 bis 600 erwartet.</translation>
    </message>
    <message>
        <source>Open the window at this size in pixels, e.g. 1024x768 (at least %1x%2); not saved.</source>
        <translation>Das Fenster in dieser Größe in Pixeln öffnen, z. B. 1024x768 (mindestens %1x%2); wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>--window-size: &apos;%1&apos; is not a size like 1024x768 from %2x%3 to 16384x16384.</source>
        <translation>--window-size: „%1“ ist keine Größe wie 1024x768 zwischen %2x%3 und 16384x16384.</translation>
    </message>
    <message>
        <source>Connect to a local demo backend (%1) as the demo supervisor, or as the demo user --user names (viewer, agent, admin).</source>
        <translation>Mit einem lokalen Demo-Backend (%1) als Demo-Supervisor verbinden, oder als der Demo-Benutzer, den --user nennt (viewer, agent, admin).</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign the conversation</source>
        <translation>Unterhaltung zuweisen</translation>
    </message>
    <message>
        <source>%1&apos;s conversation goes to the colleague you choose; they own it from now on.</source>
        <translation>Die Unterhaltung von %1 geht an die Person, die Sie wählen; sie ist ab jetzt zuständig.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Kolleginnen und Kollegen</translation>
    </message>
    <message>
        <source>%1, owns it now</source>
        <translation>%1, ist jetzt zuständig</translation>
    </message>
    <message numerus="yes">
        <source>Assign to %1, %2, %n conversation(s)</source>
        <translation>
            <numerusform>%1 zuweisen, %2, %n Unterhaltung</numerusform>
            <numerusform>%1 zuweisen, %2, %n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>owns it now</source>
        <translation>ist jetzt zuständig</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n conversation(s)</source>
        <translation>
            <numerusform>%1 · %n Unterhaltung</numerusform>
            <numerusform>%1 · %n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Filter by user name</source>
        <translation>Nach Benutzername filtern</translation>
    </message>
    <message>
        <source>Press Enter to apply</source>
        <translation>Mit der Eingabetaste anwenden</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Who did what, when and from where. %1</source>
        <translation>Wer was wann und von wo getan hat. %1</translation>
    </message>
    <message>
        <source>Who did what, when and from where.</source>
        <translation>Wer was wann und von wo getan hat.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Audit-Protokoll aktualisieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Audit-Protokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>Saves every entry the filters match as a CSV file you choose</source>
        <translation>Speichert jeden Eintrag, der zu den Filtern passt, als CSV-Datei Ihrer Wahl</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit-Einträge</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Ältere Einträge anzeigen</translation>
    </message>
    <message>
        <source>The audit log cannot be read</source>
        <translation>Das Audit-Protokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation>Kein Eintrag passt</translation>
    </message>
    <message>
        <source>Nothing audited in this period</source>
        <translation>In diesem Zeitraum nichts protokolliert</translation>
    </message>
    <message>
        <source>Try another user, action or period.</source>
        <translation>Versuchen Sie einen anderen Benutzer, eine andere Aktion oder einen anderen Zeitraum.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Hand back to the AI</source>
        <translation>An die KI zurückgeben</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Whisper to the AI</source>
        <translation>Der KI zuflüstern</translation>
    </message>
    <message>
        <source>Send a reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Judge an AI reply</source>
        <translation>KI-Antwort bewerten</translation>
    </message>
    <message>
        <source>Merge conversations</source>
        <translation>Unterhaltungen zusammenführen</translation>
    </message>
    <message>
        <source>Change presence</source>
        <translation>Anwesenheit ändern</translation>
    </message>
    <message>
        <source>Erase a customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Export a customer&apos;s data</source>
        <translation>Kundendaten exportieren</translation>
    </message>
    <message>
        <source>Change the cost model</source>
        <translation>Kostenmodell ändern</translation>
    </message>
    <message>
        <source>Save a rules draft</source>
        <translation>Regelentwurf speichern</translation>
    </message>
    <message>
        <source>Publish the rules</source>
        <translation>Regeln veröffentlichen</translation>
    </message>
    <message>
        <source>Roll back the rules</source>
        <translation>Regeln zurücksetzen</translation>
    </message>
    <message>
        <source>Save a saved-replies draft</source>
        <translation>Entwurf der Textbausteine speichern</translation>
    </message>
    <message>
        <source>Publish the saved replies</source>
        <translation>Textbausteine veröffentlichen</translation>
    </message>
    <message>
        <source>Roll back the saved replies</source>
        <translation>Textbausteine zurücksetzen</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Change a role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Deactivate a user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Reactivate a user</source>
        <translation>Benutzer reaktivieren</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Not allowed for the role</source>
        <translation>Für die Rolle nicht erlaubt</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>Too many failed sign-ins</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Someone else acted first</source>
        <translation>Jemand anderes war schneller</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Not possible in the conversation&apos;s state</source>
        <translation>Im Zustand der Unterhaltung nicht möglich</translation>
    </message>
    <message>
        <source>Command id used twice</source>
        <translation>Befehls-ID doppelt verwendet</translation>
    </message>
    <message>
        <source>Malformed request</source>
        <translation>Fehlerhafte Anfrage</translation>
    </message>
    <message>
        <source>Unknown command</source>
        <translation>Unbekannter Befehl</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>End a session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Change a display name</source>
        <translation>Anzeigenamen ändern</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung einschalten</translation>
    </message>
    <message>
        <source>Reset two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung zurücksetzen</translation>
    </message>
    <message>
        <source>Require two-factor sign-in of everyone</source>
        <translation>Zwei-Faktor-Anmeldung für alle verlangen</translation>
    </message>
    <message>
        <source>Stop requiring two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung nicht mehr verlangen</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Abmeldung</translation>
    </message>
</context>
<context>
    <name>BoardEmptyState</name>
    <message>
        <source>No conversations yet</source>
        <translation>Noch keine Unterhaltungen</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
    <message>
        <source>The AI is not handling anything right now</source>
        <translation>Die KI bearbeitet gerade keine Unterhaltung</translation>
    </message>
    <message>
        <source>Nothing escalated</source>
        <translation>Nichts eskaliert</translation>
    </message>
    <message>
        <source>Nothing assigned to you</source>
        <translation>Ihnen ist nichts zugewiesen</translation>
    </message>
    <message>
        <source>No VIP conversations</source>
        <translation>Keine VIP-Unterhaltungen</translation>
    </message>
    <message>
        <source>No conversations today</source>
        <translation>Heute keine Unterhaltungen</translation>
    </message>
    <message>
        <source>No support conversations</source>
        <translation>Keine Support-Unterhaltungen</translation>
    </message>
    <message>
        <source>No sales conversations</source>
        <translation>Keine Vertriebsunterhaltungen</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>Keine Unterhaltungen</translation>
    </message>
    <message>
        <source>When customers write in, their conversations appear here live.</source>
        <translation>Wenn Kunden schreiben, erscheinen ihre Unterhaltungen hier live.</translation>
    </message>
    <message>
        <source>Try a customer name, an order number or an intent.</source>
        <translation>Versuchen Sie einen Kundennamen, eine Bestellnummer oder eine Absicht.</translation>
    </message>
    <message>
        <source>The AI is handling every conversation within its rules.</source>
        <translation>Die KI bearbeitet jede Unterhaltung innerhalb ihrer Regeln.</translation>
    </message>
    <message>
        <source>Take over a conversation to see it here.</source>
        <translation>Übernehmen Sie eine Unterhaltung, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Other filters may have what you are looking for.</source>
        <translation>Vielleicht finden Sie es unter einem anderen Filter.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Nothing cached yet</source>
        <translation>Noch nichts zwischengespeichert</translation>
    </message>
    <message>
        <source>Conversations are kept on this computer once you have been online with this account.</source>
        <translation>Unterhaltungen werden auf diesem Computer gespeichert, sobald Sie mit diesem Konto einmal online waren.</translation>
    </message>
</context>
<context>
    <name>BoardHeader</name>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) shown</source>
        <translation>
            <numerusform>%n Unterhaltung angezeigt</numerusform>
            <numerusform>%n Unterhaltungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sortieren:</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Search name, message, intent…  ( / )</source>
        <translation>Name, Nachricht, Absicht suchen…  ( / )</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>AI handling</source>
        <translation>KI bearbeitet</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Weakest reply</source>
        <translation>Schwächste Antwort</translation>
    </message>
    <message>
        <source>Weak replies</source>
        <translation>Schwache Antworten</translation>
    </message>
    <message>
        <source>Conversations where an AI reply had low confidence</source>
        <translation>Unterhaltungen, in denen eine KI-Antwort geringe Sicherheit hatte</translation>
    </message>
</context>
<context>
    <name>BoardRow</name>
    <message>
        <source>Unknown customer</source>
        <translation>Unbekannter Kunde</translation>
    </message>
    <message>
        <source>AI:</source>
        <translation>KI:</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Sie:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Last message %1</source>
        <translation>Letzte Nachricht: %1</translation>
    </message>
    <message>
        <source>· you</source>
        <translation>· Sie</translation>
    </message>
    <message>
        <source>· %1</source>
        <translation>· %1</translation>
    </message>
    <message>
        <source>Weakest AI reply</source>
        <translation>Schwächste KI-Antwort</translation>
    </message>
    <message>
        <source>Weakest AI reply: %1 (%2). Last reply: %3.</source>
        <translation>Schwächste KI-Antwort: %1 (%2). Letzte Antwort: %3.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Weakest AI reply: %1. Last reply: %2.</source>
        <translation>Schwächste KI-Antwort: %1. Letzte Antwort: %2.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Conversation board</source>
        <translation>Unterhaltungsübersicht</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Unterhaltungen werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new or updated</source>
        <translation>
            <numerusform>↑ %n neu oder geändert</numerusform>
            <numerusform>↑ %n neu oder geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n new or updated conversation(s)</source>
        <translation>
            <numerusform>%n neue oder geänderte Unterhaltung anzeigen</numerusform>
            <numerusform>%n neue oder geänderte Unterhaltungen anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>The board keeps its order while you work; this applies what changed</source>
        <translation>Die Liste behält ihre Reihenfolge, während Sie arbeiten; dies übernimmt die Änderungen</translation>
    </message>
</context>
<context>
    <name>BreakdownTable</name>
    <message>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nicht gelöst</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Share of hand-offs</source>
        <translation>Anteil an den Übergaben</translation>
    </message>
    <message>
        <source>%1: %2 hand-offs, %3 of all hand-offs</source>
        <translation>%1: %2 Übergaben, %3 aller Übergaben</translation>
    </message>
    <message>
        <source>No conversations in this period.</source>
        <translation>Keine Unterhaltungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No hand-offs in this period.</source>
        <translation>Keine Übergaben in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Von der KI gelöst</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 not resolved, resolved by AI %4</source>
        <translation>%1: %2 Unterhaltungen, %3 nicht gelöst, von der KI gelöst %4</translation>
    </message>
</context>
<context>
    <name>CachedMessages</name>
    <message>
        <source>The cached messages could not be read from %1 (%2).</source>
        <translation>Die zwischengespeicherten Nachrichten konnten nicht aus %1 gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Could not read the orders in %1 (%2).</source>
        <translation>Die Bestellungen in %1 konnten nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>CalibrationChart</name>
    <message>
        <source>Confidence calibration</source>
        <translation>Kalibrierung der Konfidenz</translation>
    </message>
    <message>
        <source>How often reviewers judged the AI&apos;s replies wrong, by the confidence the AI gave them</source>
        <translation>Wie oft Prüfer die Antworten der KI als falsch beurteilt haben, nach der Konfidenz, die die KI ihnen gegeben hat</translation>
    </message>
    <message>
        <source>Share of judged replies that were wrong, by confidence band, chart; the same figures are in the table</source>
        <translation>Anteil der beurteilten Antworten, die falsch waren, nach Konfidenzbereich, Diagramm; dieselben Zahlen stehen in der Tabelle</translation>
    </message>
    <message>
        <source>The AI&apos;s confidence, from (%)</source>
        <translation>Konfidenz der KI, ab (%)</translation>
    </message>
    <message>
        <source>Judged wrong</source>
        <translation>Als falsch beurteilt</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation>KI-Antworten</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Beurteilt</translation>
    </message>
    <message>
        <source>Share wrong</source>
        <translation>Fehleranteil</translation>
    </message>
    <message>
        <source>Confidence %1: %2 AI replies, %3 judged, %4 judged wrong (%5)</source>
        <translation>Konfidenz %1: %2 KI-Antworten, %3 beurteilt, %4 als falsch beurteilt (%5)</translation>
    </message>
    <message>
        <source>Catch:</source>
        <translation>Abfangen:</translation>
    </message>
    <message>
        <source>Share of wrong replies the threshold must catch</source>
        <translation>Anteil der falschen Antworten, den der Schwellenwert abfangen muss</translation>
    </message>
    <message>
        <source>half of the wrong replies</source>
        <translation>die Hälfte der falschen Antworten</translation>
    </message>
    <message>
        <source>80 % of the wrong replies</source>
        <translation>80&#xa0;% der falschen Antworten</translation>
    </message>
    <message>
        <source>90 % of the wrong replies</source>
        <translation>90&#xa0;% der falschen Antworten</translation>
    </message>
    <message>
        <source>95 % of the wrong replies</source>
        <translation>95&#xa0;% der falschen Antworten</translation>
    </message>
</context>
<context>
    <name>ChannelGlyph</name>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <translation>Eingabebereich</translation>
    </message>
    <message>
        <source>Internal note for your team — the customer never sees it</source>
        <translation>Interne Notiz für Ihr Team – der Kunde sieht sie nie</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Antwort an den Kunden</translation>
    </message>
    <message>
        <source>Take over to reply; notes stay internal.</source>
        <translation>Übernehmen Sie, um zu antworten; Notizen bleiben intern.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Enter: new line · Ctrl+Enter: send</source>
        <translation>Eingabe: neue Zeile · Strg+Eingabe: senden</translation>
    </message>
    <message>
        <source>Enter: send · Shift+Enter: new line</source>
        <translation>Eingabe: senden · Umschalt+Eingabe: neue Zeile</translation>
    </message>
    <message>
        <source>Instruction for the AI — the customer never sees it</source>
        <translation>Anweisung an die KI – der Kunde sieht sie nie</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>Antwort an %1…</translation>
    </message>
    <message>
        <source>Instruction for the AI</source>
        <translation>Anweisung an die KI</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Gespeicherte Antworten</translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Gespeicherte Antwort einfügen</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Strg+/</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Flüstern</translation>
    </message>
    <message>
        <source>Reply here anyway?</source>
        <translation>Trotzdem hier antworten?</translation>
    </message>
    <message>
        <source>Your reply goes to this conversation only. You are asked once per conversation.</source>
        <translation>Ihre Antwort geht nur in diese Unterhaltung. Diese Frage kommt einmal pro Unterhaltung.</translation>
    </message>
    <message>
        <source>Reply here</source>
        <translation>Hier antworten</translation>
    </message>
    <message>
        <source>Send the reply in this conversation</source>
        <translation>Die Antwort in dieser Unterhaltung senden</translation>
    </message>
    <message>
        <source>Cancel, do not send yet</source>
        <translation>Abbrechen, noch nicht senden</translation>
    </message>
</context>
<context>
    <name>ComposerDrafts</name>
    <message>
        <source>AI suggestions</source>
        <translation>KI-Vorschläge</translation>
    </message>
    <message numerus="yes">
        <source>The newest of %n suggestions · Ctrl+Shift+D inserts it</source>
        <translation>
            <numerusform>Der neueste von %n Vorschlag · Strg+Umschalt+D fügt ihn ein</numerusform>
            <numerusform>Der neueste von %n Vorschlägen · Strg+Umschalt+D fügt ihn ein</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+D inserts the newest</source>
        <translation>Strg+Umschalt+D fügt den neuesten ein</translation>
    </message>
</context>
<context>
    <name>ConfidenceBadge</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No AI reply yet</source>
        <translation>Noch keine KI-Antwort</translation>
    </message>
    <message>
        <source>%1 confidence</source>
        <translation>%1 Konfidenz</translation>
    </message>
    <message>
        <source>AI confidence</source>
        <translation>KI-Sicherheit</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <comment>what, percentage, band</comment>
        <translation>%1 %2, %3</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Neue Verbindung in %n s</numerusform>
            <numerusform>Neue Verbindung in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <source>Unknown customer</source>
        <translation>Unbekannter Kunde</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message>
        <source>with you</source>
        <translation>bei Ihnen</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet seit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hide the customer panel</source>
        <translation>Kundenbereich ausblenden</translation>
    </message>
    <message>
        <source>Show the customer panel and the AI&apos;s drafts</source>
        <translation>Kundenbereich und Entwürfe der KI anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Keine Unterhaltung ausgewählt</translation>
    </message>
    <message>
        <source>Pick a conversation on the board, or press J to open the first one.</source>
        <translation>Wählen Sie eine Unterhaltung in der Übersicht oder drücken Sie J, um die erste zu öffnen.</translation>
    </message>
    <message>
        <source>Loading conversation…</source>
        <translation>Unterhaltung wird geladen…</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>Unterhaltung nicht gefunden</translation>
    </message>
    <message>
        <source>It is not in the local cache. It may have been removed, or it has not synced yet.</source>
        <translation>Sie ist nicht im lokalen Cache. Sie wurde möglicherweise entfernt oder noch nicht synchronisiert.</translation>
    </message>
</context>
<context>
    <name>ConversationsBehindDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the list of conversations</source>
        <translation>Liste der Unterhaltungen schließen</translation>
    </message>
    <message>
        <source>Which side of the figure</source>
        <translation>Welcher Teil der Kennzahl</translation>
    </message>
    <message>
        <source>Asking the server for the conversations…</source>
        <translation>Unterhaltungen werden beim Server abgefragt…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No conversation is behind this side of the figure for this period and filter.</source>
        <translation>Zu diesem Teil der Kennzahl gibt es für diesen Zeitraum und Filter keine Unterhaltung.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>In this console</source>
        <translation>In dieser Konsole</translation>
    </message>
    <message>
        <source>Cached</source>
        <comment>the conversation is in the local cache</comment>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Not cached</source>
        <translation>Nicht im Cache</translation>
    </message>
    <message>
        <source>%1, created %2, %3, %4, %5</source>
        <translation>%1, erstellt %2, %3, %4, %5</translation>
    </message>
    <message>
        <source>opens in the workspace</source>
        <translation>wird im Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>not in the local cache</source>
        <translation>nicht im lokalen Cache</translation>
    </message>
</context>
<context>
    <name>CostModelPanel</name>
    <message>
        <source>Cost model</source>
        <translation>Kostenmodell</translation>
    </message>
    <message>
        <source>The figures on these pages use unsaved values.</source>
        <translation>Die Kennzahlen auf diesen Seiten verwenden nicht gespeicherte Werte.</translation>
    </message>
    <message>
        <source>Use the organisation&apos;s values</source>
        <translation>Werte der Organisation verwenden</translation>
    </message>
    <message>
        <source>Loaded hourly cost of a person (%1)</source>
        <translation>Vollkosten-Stundensatz einer Person (%1)</translation>
    </message>
    <message>
        <source>What an hour of a person costs, overheads included.</source>
        <translation>Was eine Arbeitsstunde einer Person kostet, einschließlich Gemeinkosten.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Its three-letter code, such as USD or EUR.</source>
        <translation>Der dreistellige Buchstabencode, z. B. USD oder EUR.</translation>
    </message>
    <message>
        <source>AI price per 1,000 tokens (%1)</source>
        <translation>KI-Preis pro 1.000 Tokens (%1)</translation>
    </message>
    <message>
        <source>0 for a model you host yourself.</source>
        <translation>0 für ein selbst gehostetes Modell.</translation>
    </message>
    <message>
        <source>Default handling minutes</source>
        <translation>Standard-Bearbeitungszeit in Minuten</translation>
    </message>
    <message>
        <source>How long a person takes, for intents without enough measured conversations.</source>
        <translation>Wie lange eine Person braucht, bei Absichten ohne genügend gemessene Unterhaltungen.</translation>
    </message>
    <message>
        <source>Conversations needed to measure an intent</source>
        <translation>Benötigte Unterhaltungen zum Messen einer Absicht</translation>
    </message>
    <message>
        <source>From this many handled conversations, an intent uses its measured handling time.</source>
        <translation>Ab so vielen bearbeiteten Unterhaltungen verwendet eine Absicht ihre gemessene Bearbeitungszeit.</translation>
    </message>
    <message>
        <source>Team size compared with</source>
        <translation>Größe des Vergleichsteams</translation>
    </message>
    <message>
        <source>The human team the savings are compared with.</source>
        <translation>Das menschliche Team, mit dem die Einsparungen verglichen werden.</translation>
    </message>
    <message>
        <source>Note for this version (optional)</source>
        <translation>Notiz zu dieser Version (optional)</translation>
    </message>
    <message>
        <source>Why the values change; kept with the version.</source>
        <translation>Warum sich die Werte ändern; wird mit der Version gespeichert.</translation>
    </message>
    <message>
        <source>Try these values</source>
        <translation>Diese Werte ausprobieren</translation>
    </message>
    <message>
        <source>Try these values without saving</source>
        <translation>Diese Werte ausprobieren, ohne zu speichern</translation>
    </message>
    <message>
        <source>Save for the organisation</source>
        <translation>Für die Organisation speichern</translation>
    </message>
    <message>
        <source>Reset the fields</source>
        <translation>Felder zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the fields to the values the figures use</source>
        <translation>Felder auf die Werte zurücksetzen, die die Kennzahlen verwenden</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CsvExportButton</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <source>Saves this table as a CSV file you choose</source>
        <translation>Speichert diese Tabelle als CSV-Datei, die Sie auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Unknown customer</source>
        <translation>Unbekannter Kunde</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Letzte Bestellungen</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Noch keine Bestellungen</translation>
    </message>
    <message>
        <source>This is their first conversation</source>
        <translation>Dies ist die erste Unterhaltung</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>Kunden löschen…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s personal data</source>
        <translation>Personenbezogene Daten dieses Kunden löschen</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Weitere Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>%1, date as year-month-day</source>
        <translation>%1, Datum als Jahr-Monat-Tag</translation>
    </message>
</context>
<context>
    <name>DeadlineLegend</name>
    <message>
        <source>First-reply deadline colours: green, more than 2 minutes left; amber, 2 minutes or less; red, missed</source>
        <translation>Farben der Frist für die erste Antwort: grün, mehr als 2 Minuten übrig; gelb, 2 Minuten oder weniger; rot, verpasst</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>2 min or less</source>
        <translation>2 Min. oder weniger</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
</context>
<context>
    <name>DeltaLabel</name>
    <message>
        <source>better</source>
        <comment>change against the previous period</comment>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <comment>change against the previous period</comment>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>no better or worse</source>
        <comment>change against the previous period</comment>
        <translation>weder besser noch schlechter</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DraftCard</name>
    <message>
        <source>Insert AI suggestion: %1</source>
        <translation>KI-Vorschlag einfügen: %1</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
</context>
<context>
    <name>DryRunPanel</name>
    <message>
        <source>Dry run on the cached history</source>
        <translation>Probelauf über den zwischengespeicherten Verlauf</translation>
    </message>
    <message>
        <source>History to replay: %1</source>
        <translation>Nachzuspielender Verlauf: %1</translation>
    </message>
    <message>
        <source>Replay against the rules in force</source>
        <translation>Gegen die geltenden Regeln nachspielen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Replaying: %1 %</source>
        <translation>Wird nachgespielt: %1 %</translation>
    </message>
    <message>
        <source>Choose another version on the left: its rules are replayed turn by turn over every cached conversation and compared with the rules in force. Nothing is sent to the server.</source>
        <translation>Wählen Sie links eine andere Version: ihre Regeln werden Runde für Runde über jede zwischengespeicherte Unterhaltung nachgespielt und mit den geltenden Regeln verglichen. Nichts wird an den Server gesendet.</translation>
    </message>
    <message>
        <source>Above the line, hand-offs the version adds; below it, the ones it removes; by hour of the day, local time.</source>
        <translation>Über der Linie die Übergaben, die die Version hinzufügt, darunter die, die sie entfernt; nach Tagesstunde, Ortszeit.</translation>
    </message>
    <message>
        <source>Replies decided differently</source>
        <translation>Anders entschiedene Antworten</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot;. Now: %4. Would be: %5</source>
        <translation>%1, %2: „%3“. Jetzt: %4. Künftig: %5</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Would be: %1</source>
        <translation>Künftig: %1</translation>
    </message>
    <message>
        <source>Hide the rule trace</source>
        <translation>Regelverlauf ausblenden</translation>
    </message>
    <message>
        <source>Show the rule trace</source>
        <translation>Regelverlauf zeigen</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>Would be:</source>
        <translation>Künftig:</translation>
    </message>
</context>
<context>
    <name>EarlierConversationRow</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Open the customer&apos;s other conversation: %1, %2</source>
        <translation>Andere Unterhaltung des Kunden öffnen: %1, %2</translation>
    </message>
    <message>
        <source>Merge into this conversation</source>
        <translation>In diese Unterhaltung zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 into this conversation</source>
        <translation>%1 in diese Unterhaltung zusammenführen</translation>
    </message>
</context>
<context>
    <name>EchoBubble</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>Erase this customer?</source>
        <translation>Diesen Kunden löschen?</translation>
    </message>
    <message>
        <source>%1&apos;s name, e-mail address and every message of their conversations (%2) are erased on the server and in every console, notes and drafts included. Their open conversations are closed first. The figures keep counting the conversations.</source>
        <translation>Name und E-Mail-Adresse von %1 sowie jede Nachricht der Gespräche (%2) werden auf dem Server und in jeder Konsole gelöscht, Notizen und Entwürfe eingeschlossen. Offene Gespräche werden zuvor geschlossen. Die Kennzahlen zählen die Gespräche weiter.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel, keep the customer</source>
        <translation>Abbrechen, Kunden behalten</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Erase the customer for good</source>
        <translation>Kunden endgültig löschen</translation>
    </message>
</context>
<context>
    <name>EventApplier</name>
    <message>
        <source>The cache does not have the expected tables (%1).</source>
        <translation>Dem Cache fehlen die erwarteten Tabellen (%1).</translation>
    </message>
    <message>
        <source>Could not start writing to the cache (%1).</source>
        <translation>Schreiben in den Cache konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <source>Could not save to the cache (%1).</source>
        <translation>Speichern im Cache fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Could not write event %1 to the cache (%2).</source>
        <translation>Ereignis %1 konnte nicht in den Cache geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Could not save the cache position (%1).</source>
        <translation>Cache-Position konnte nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>Could not clear the cache for a snapshot (%1).</source>
        <translation>Cache konnte für einen Snapshot nicht geleert werden (%1).</translation>
    </message>
    <message>
        <source>Could not write a snapshot to the cache (%1).</source>
        <translation>Snapshot konnte nicht in den Cache geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Could not erase a customer from the cache (%1).</source>
        <translation>Ein Kunde konnte nicht aus dem Cache gelöscht werden (%1).</translation>
    </message>
    <message>
        <source>A snapshot part arrived without its first part.</source>
        <translation>Ein Teil eines Snapshots kam ohne seinen ersten Teil an.</translation>
    </message>
    <message>
        <source>Could not index cached messages for search (%1).</source>
        <translation>Die zwischengespeicherten Nachrichten konnten nicht für die Suche indiziert werden (%1).</translation>
    </message>
</context>
<context>
    <name>FactsCache</name>
    <message>
        <source>The figures could not be saved in the local cache (%1).</source>
        <translation>Die Kennzahlen konnten nicht im lokalen Cache gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>The cached figures could not be read (%1).</source>
        <translation>Die zwischengespeicherten Kennzahlen konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The cached figures could not be cleared (%1).</source>
        <translation>Die zwischengespeicherten Kennzahlen konnten nicht gelöscht werden (%1).</translation>
    </message>
    <message>
        <source>The cost model could not be saved in the local cache (%1).</source>
        <translation>Das Kostenmodell konnte nicht im lokalen Cache gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>The cached cost model could not be read (%1).</source>
        <translation>Das zwischengespeicherte Kostenmodell konnte nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message>
        <source>All figures</source>
        <translation>Alle Kennzahlen</translation>
    </message>
    <message>
        <source>Every figure of this period against the previous one</source>
        <translation>Jede Kennzahl dieses Zeitraums im Vergleich zum vorherigen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>%1: %2, previously %3, %4</source>
        <translation>%1: %2, zuvor %3, %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>Cancel export (%1 %)</source>
        <translation>Export abbrechen (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the listed conversations</source>
        <translation>Die aufgelisteten Unterhaltungen exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export %n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung exportieren</numerusform>
            <numerusform>%n Unterhaltungen exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet (CSV): one row per conversation</source>
        <translation>Tabelle (CSV): eine Zeile pro Unterhaltung</translation>
    </message>
    <message>
        <source>Full transcripts (JSON Lines): every message with its confidence and tools</source>
        <translation>Vollständige Gesprächsprotokolle (JSON Lines): jede Nachricht mit Konfidenz und Tools</translation>
    </message>
    <message>
        <source>Printed transcripts (PDF)</source>
        <translation>Gesprächsprotokolle zum Drucken (PDF)</translation>
    </message>
    <message>
        <source>Redact e-mail addresses, phone numbers and card numbers</source>
        <translation>E-Mail-Adressen, Telefon- und Kartennummern schwärzen</translation>
    </message>
    <message>
        <source>Include internal notes and whispers</source>
        <translation>Interne Notizen und Flüsterhinweise an die KI einschließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>support or sales</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>AI first response (s)</source>
        <translation>Erste KI-Antwort (s)</translation>
    </message>
    <message>
        <source>Human first response after hand-off (s)</source>
        <translation>Erste menschliche Antwort nach Übergabe (s)</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Geschlossen von</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Resolution time (s)</source>
        <translation>Zeit bis zur Lösung (s)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Lowest AI confidence</source>
        <translation>Niedrigste KI-Konfidenz</translation>
    </message>
    <message>
        <source>Mean AI confidence</source>
        <translation>Mittlere KI-Konfidenz</translation>
    </message>
    <message>
        <source>Hand-off reason</source>
        <translation>Grund der Übergabe</translation>
    </message>
    <message>
        <source>Voice version</source>
        <translation>Version der Markenstimme</translation>
    </message>
    <message>
        <source>Rules version</source>
        <translation>Version der Regeln</translation>
    </message>
    <message>
        <source>Revenue attributed</source>
        <translation>Zugeordneter Umsatz</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Closed by:</source>
        <translation>Geschlossen von:</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>Absicht:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Weakest AI reply:</source>
        <translation>Schwächste KI-Antwort:</translation>
    </message>
    <message>
        <source>Hand-off:</source>
        <translation>Übergabe:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sortieren:</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Offline: the conversations cached on this computer. %1</source>
        <translation>Offline: die auf diesem Computer zwischengespeicherten Unterhaltungen. %1</translation>
    </message>
    <message>
        <source>New activity — refresh</source>
        <translation>Neue Aktivität – aktualisieren</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Search every cached message</source>
        <translation>Alle Nachrichten im Cache durchsuchen</translation>
    </message>
    <message>
        <source>Cached conversations</source>
        <translation>Unterhaltungen im Cache</translation>
    </message>
    <message>
        <source>History cannot be read</source>
        <translation>Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No conversation matches</source>
        <translation>Keine passende Unterhaltung</translation>
    </message>
    <message>
        <source>No cached conversations yet</source>
        <translation>Noch keine Unterhaltungen im Cache</translation>
    </message>
    <message>
        <source>Try fewer words, or clear the filters.</source>
        <translation>Versuchen Sie es mit weniger Wörtern oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>Conversations appear here once the console has been online; they stay for review offline.</source>
        <translation>Unterhaltungen erscheinen hier, sobald die Konsole online war; offline bleiben sie zur Durchsicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>Press Enter to open the transcript.</source>
        <translation>Drücken Sie die Eingabetaste, um das Gesprächsprotokoll zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong reply(s)</source>
        <translation>
            <numerusform>%n falsche Antwort</numerusform>
            <numerusform>%n falsche Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Rated %1 of 5</source>
        <translation>Mit %1 von 5 bewertet</translation>
    </message>
</context>
<context>
    <name>HourBars</name>
    <message>
        <source>%1:00, %2 more, %3 fewer</source>
        <translation>%1:00 Uhr, %2 mehr, %3 weniger</translation>
    </message>
    <message>
        <source>Hand-offs by hour: %1</source>
        <translation>Übergaben nach Stunde: %1</translation>
    </message>
    <message>
        <source>Hand-offs by hour: no change</source>
        <translation>Übergaben nach Stunde: keine Änderung</translation>
    </message>
</context>
<context>
    <name>Intent</name>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Return request</source>
        <translation>Rücksendeanfrage</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Größenberatung</translation>
    </message>
    <message>
        <source>Damaged item</source>
        <translation>Beschädigter Artikel</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>Erstattungsstatus</translation>
    </message>
    <message>
        <source>Order cancellation</source>
        <translation>Bestellstornierung</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation>Mensch angefordert</translation>
    </message>
    <message>
        <source>Product question</source>
        <translation>Produktfrage</translation>
    </message>
    <message>
        <source>Discount request</source>
        <translation>Rabattanfrage</translation>
    </message>
    <message>
        <source>Bulk order lead</source>
        <translation>Lead für Großbestellung</translation>
    </message>
    <message>
        <source>Shipping policy</source>
        <translation>Versandbedingungen</translation>
    </message>
    <message>
        <source>Greeting or small talk</source>
        <translation>Begrüßung oder Smalltalk</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <source>Licence of %1</source>
        <translation>Lizenz von %1</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LiveFigure</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>Could not create the cache folder %1.</source>
        <translation>Cache-Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not open the cache at %1: %2</source>
        <translation>Cache unter %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The cache at %1 is not a Pilothouse cache or is damaged (%2). Move it aside or delete it; it will be filled again from the server.</source>
        <translation>Der Cache unter %1 ist kein Pilothouse-Cache oder beschädigt (%2). Verschieben oder löschen Sie ihn; er wird vom Server neu befüllt.</translation>
    </message>
    <message>
        <source>The cache at %1 was written by a newer Pilothouse (schema %2, this version knows %3). Nothing was changed.</source>
        <translation>Der Cache unter %1 wurde von einer neueren Pilothouse-Version geschrieben (Schema %2, diese Version kennt %3). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not update the cache at %1 (%2).</source>
        <translation>Cache unter %1 konnte nicht aktualisiert werden (%2).</translation>
    </message>
    <message>
        <source>Could not prepare the cache at %1 (%2).</source>
        <translation>Cache unter %1 konnte nicht vorbereitet werden (%2).</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Pilothouse — %1</source>
        <translation>Pilothouse — %1</translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation>Pilothouse</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into this conversation?</source>
        <translation>In diese Unterhaltung zusammenführen?</translation>
    </message>
    <message>
        <source>The other conversation (%1) is closed, and its customer&apos;s messages are copied into this one, where the conversation with the customer goes on.</source>
        <translation>Die andere Unterhaltung (%1) wird geschlossen, und die Nachrichten des Kunden werden in diese kopiert, in der es mit dem Kunden weitergeht.</translation>
    </message>
    <message>
        <source>no subject</source>
        <translation>kein Betreff</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge the other conversation into this one</source>
        <translation>Die andere Unterhaltung in diese zusammenführen</translation>
    </message>
    <message>
        <source>Cancel, keep both conversations</source>
        <translation>Abbrechen, beide Unterhaltungen behalten</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>%1, %2 at %3: %4</source>
        <translation>%1, %2 um %3: %4</translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 against %2 (%3)</source>
        <translation>%1 gegenüber %2 (%3)</translation>
    </message>
    <message>
        <source>vs %1</source>
        <comment>the previous period&apos;s value</comment>
        <translation>vs. %1</translation>
    </message>
    <message>
        <source>Press Enter to list the conversations behind it.</source>
        <translation>Drücken Sie die Eingabetaste, um die zugehörigen Unterhaltungen aufzulisten.</translation>
    </message>
</context>
<context>
    <name>MetricText</name>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Automation rate</source>
        <translation>Automatisierungsquote</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Von der KI gelöst</translation>
    </message>
    <message>
        <source>Resolved by AI, provisional</source>
        <translation>Von der KI gelöst, vorläufig</translation>
    </message>
    <message>
        <source>Resolved by AI, vendor-style</source>
        <translation>Von der KI gelöst, Zählweise der Anbieter</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>Containment-Rate</translation>
    </message>
    <message>
        <source>Handed to a person</source>
        <translation>An einen Menschen übergeben</translation>
    </message>
    <message>
        <source>AI first response</source>
        <translation>Erste KI-Antwort</translation>
    </message>
    <message>
        <source>First human response after hand-off</source>
        <translation>Erste menschliche Antwort nach Übergabe</translation>
    </message>
    <message>
        <source>Time to resolution</source>
        <translation>Zeit bis zur Lösung</translation>
    </message>
    <message>
        <source>Satisfied customers</source>
        <translation>Zufriedene Kunden</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Durchschnittliche Bewertung</translation>
    </message>
    <message>
        <source>Survey response rate</source>
        <translation>Rücklaufquote der Umfrage</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Eingesparte Stunden</translation>
    </message>
    <message>
        <source>AI spend</source>
        <translation>KI-Ausgaben</translation>
    </message>
    <message>
        <source>Money saved</source>
        <translation>Eingesparte Kosten</translation>
    </message>
    <message numerus="yes">
        <source>Cost of a team of %n</source>
        <translation>
            <numerusform>Kosten eines Teams mit %n Person</numerusform>
            <numerusform>Kosten eines Teams mit %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost per resolution</source>
        <translation>Kosten pro Lösung</translation>
    </message>
    <message>
        <source>Qualified leads</source>
        <translation>Qualifizierte Leads</translation>
    </message>
    <message>
        <source>Won sales</source>
        <translation>Gewonnene Abschlüsse</translation>
    </message>
    <message>
        <source>Revenue influenced</source>
        <translation>Beeinflusster Umsatz</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <source>Conversations created in the period.</source>
        <translation>Im Zeitraum erstellte Unterhaltungen.</translation>
    </message>
    <message>
        <source>Of the conversations that ended, those the AI resolved with no person writing and no reopening.</source>
        <translation>Von den beendeten Unterhaltungen diejenigen, die die KI gelöst hat, ohne dass ein Mensch geschrieben hat und ohne Wiedereröffnung.</translation>
    </message>
    <message>
        <source>Resolved by the AI alone, no person wrote to the customer, and not reopened within 7 days.</source>
        <translation>Allein von der KI gelöst, kein Mensch hat dem Kunden geschrieben, und innerhalb von 7 Tagen nicht wieder geöffnet.</translation>
    </message>
    <message>
        <source>Resolved by the AI alone less than 7 days ago: strict once a week passes without a reopening.</source>
        <translation>Vor weniger als 7 Tagen allein von der KI gelöst: zählt als streng, sobald eine Woche ohne Wiedereröffnung vergangen ist.</translation>
    </message>
    <message>
        <source>Every close by the AI, including customers who went quiet and conversations a person helped with or that reopened: what other products report.</source>
        <translation>Jeder Abschluss durch die KI, einschließlich Kunden, die sich nicht mehr gemeldet haben, und Unterhaltungen, bei denen ein Mensch geholfen hat oder die wieder geöffnet wurden: das, was andere Produkte ausweisen.</translation>
    </message>
    <message>
        <source>Conversations never handed to a person.</source>
        <translation>Unterhaltungen, die nie an einen Menschen übergeben wurden.</translation>
    </message>
    <message>
        <source>Conversations escalated or taken over by a person.</source>
        <translation>Eskalierte oder von einem Menschen übernommene Unterhaltungen.</translation>
    </message>
    <message>
        <source>Mean time from the customer&apos;s first message to the AI&apos;s first reply.</source>
        <translation>Mittlere Zeit von der ersten Nachricht des Kunden bis zur ersten Antwort der KI.</translation>
    </message>
    <message>
        <source>Mean time from a hand-off to the first reply a person wrote, never blended with the AI&apos;s.</source>
        <translation>Mittlere Zeit von einer Übergabe bis zur ersten Antwort, die ein Mensch geschrieben hat, nie mit denen der KI vermischt.</translation>
    </message>
    <message>
        <source>Mean time from the first message to the resolution.</source>
        <translation>Mittlere Zeit von der ersten Nachricht bis zur Lösung.</translation>
    </message>
    <message>
        <source>Ratings of 4 or 5 among the rated conversations.</source>
        <translation>Bewertungen mit 4 oder 5 unter den bewerteten Unterhaltungen.</translation>
    </message>
    <message>
        <source>Mean rating, 1 to 5, of the rated conversations.</source>
        <translation>Mittlere Bewertung (1 bis 5) der bewerteten Unterhaltungen.</translation>
    </message>
    <message>
        <source>Rated conversations among those sent a survey.</source>
        <translation>Bewertete Unterhaltungen unter denen, die eine Umfrage erhalten haben.</translation>
    </message>
    <message>
        <source>Strict AI resolutions times the time a person takes for the same intent.</source>
        <translation>Strenge KI-Lösungen mal die Zeit, die ein Mensch für dieselbe Absicht braucht.</translation>
    </message>
    <message>
        <source>Tokens the AI used, at the cost model&apos;s price.</source>
        <translation>Von der KI verbrauchte Tokens zum Preis des Kostenmodells.</translation>
    </message>
    <message>
        <source>Hours saved at the loaded hourly cost, minus the AI spend.</source>
        <translation>Eingesparte Stunden zum Vollkosten-Stundensatz, abzüglich der KI-Ausgaben.</translation>
    </message>
    <message>
        <source>What the team the savings are compared with costs in the period.</source>
        <translation>Was das Team, mit dem die Einsparungen verglichen werden, im Zeitraum kostet.</translation>
    </message>
    <message>
        <source>AI spend plus the time people spent, over every resolved conversation.</source>
        <translation>KI-Ausgaben plus die von Menschen aufgewendete Zeit, geteilt durch alle gelösten Unterhaltungen.</translation>
    </message>
    <message>
        <source>Sales conversations where need, timeline, budget and authority became known.</source>
        <translation>Vertriebsunterhaltungen, in denen Bedarf, Zeitrahmen, Budget und Entscheidungsbefugnis bekannt wurden.</translation>
    </message>
    <message>
        <source>Sales conversations won.</source>
        <translation>Gewonnene Vertriebsunterhaltungen.</translation>
    </message>
    <message>
        <source>Orders placed within the attribution window of a sales conversation.</source>
        <translation>Bestellungen, die innerhalb des Attributionsfensters einer Vertriebsunterhaltung aufgegeben wurden.</translation>
    </message>
    <message>
        <source>Revenue influenced over the attributed orders.</source>
        <translation>Beeinflusster Umsatz geteilt durch die zugeordneten Bestellungen.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage; the translation places the sign</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <comment>change of a percentage, in points</comment>
        <translation>%1%2&#xa0;Pp.</translation>
    </message>
    <message>
        <source>First-reply deadlines met</source>
        <translation>Eingehaltene Fristen für die erste Antwort</translation>
    </message>
    <message>
        <source>Of the hand-offs whose first-reply deadline has been decided, those a person answered by it.</source>
        <translation>Von den Übergaben, deren Frist für die erste Antwort entschieden ist, die, die eine Person rechtzeitig beantwortet hat.</translation>
    </message>
</context>
<context>
    <name>NavTab</name>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n wartet</numerusform>
            <numerusform>%1, %n warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoFiguresState</name>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Kennzahlen</translation>
    </message>
    <message>
        <source>No figures are cached on this computer. They arrive from the server once you are online.</source>
        <translation>Auf diesem Computer sind keine Kennzahlen zwischengespeichert. Sie kommen vom Server, sobald Sie online sind.</translation>
    </message>
    <message>
        <source>The server sends them to supervisors and admins once it has conversations.</source>
        <translation>Der Server sendet sie an Supervisoren und Administratoren, sobald er Unterhaltungen hat.</translation>
    </message>
</context>
<context>
    <name>NoteSwitch</name>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Shortcut: Ctrl+Shift+N</source>
        <translation>Tastenkürzel: Strg+Umschalt+N</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss notice: %1</source>
        <translation>Hinweis schließen: %1</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show a desktop notification when a conversation is handed to people</source>
        <translation>Eine Desktop-Benachrichtigung zeigen, wenn eine Unterhaltung an Menschen übergeben wird</translation>
    </message>
    <message>
        <source>Play a sound with it</source>
        <translation>Dazu einen Ton abspielen</translation>
    </message>
    <message>
        <source>Notify me of hand-offs for these reasons</source>
        <translation>Bei Übergaben aus diesen Gründen benachrichtigen</translation>
    </message>
</context>
<context>
    <name>OpenElsewhereNotice</name>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the customer&apos;s other open conversation</source>
        <translation>Die andere offene Unterhaltung des Kunden öffnen</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Order #%1, %2, %3, %4</source>
        <translation>Bestellung #%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Bestellt am %1</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Could not create the folder %1 for unsent actions.</source>
        <translation>Der Ordner %1 für nicht gesendete Aktionen konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not open the unsent actions at %1: %2</source>
        <translation>Nicht gesendete Aktionen unter %1 konnten nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file %1 for unsent actions is damaged (%2). Move it aside; actions in it may be lost.</source>
        <translation>Die Datei %1 für nicht gesendete Aktionen ist beschädigt (%2). Verschieben Sie sie; darin enthaltene Aktionen gehen möglicherweise verloren.</translation>
    </message>
    <message>
        <source>The unsent actions at %1 were written by a newer Pilothouse (schema %2). Nothing was changed.</source>
        <translation>Die nicht gesendeten Aktionen unter %1 wurden von einer neueren Pilothouse-Version geschrieben (Schema %2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not prepare the unsent actions at %1 (%2).</source>
        <translation>Nicht gesendete Aktionen unter %1 konnten nicht vorbereitet werden (%2).</translation>
    </message>
    <message>
        <source>Could not create the unsent actions store (%1).</source>
        <translation>Der Speicher für nicht gesendete Aktionen konnte nicht erstellt werden (%1).</translation>
    </message>
    <message>
        <source>The outbox&apos;s journal could not be truncated.</source>
        <translation>Das Journal des Postausgangs konnte nicht gekürzt werden.</translation>
    </message>
</context>
<context>
    <name>OutcomesChart</name>
    <message>
        <source>Outcomes by day</source>
        <translation>Ergebnisse pro Tag</translation>
    </message>
    <message>
        <source>Conversations by the day they started, and how they ended so far</source>
        <translation>Unterhaltungen nach dem Tag ihres Beginns und wie sie bisher ausgegangen sind</translation>
    </message>
    <message>
        <source>Outcomes by day, chart; the same figures are in the table</source>
        <translation>Ergebnisse pro Tag, Diagramm; dieselben Zahlen stehen in der Tabelle</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Von der KI gelöst</translation>
    </message>
    <message>
        <source>Closed by AI, lenient only</source>
        <translation>Von der KI geschlossen, nur großzügig gezählt</translation>
    </message>
    <message>
        <source>Resolved by a person</source>
        <translation>Von einem Menschen gelöst</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nicht gelöst</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>By AI</source>
        <translation>Von der KI</translation>
    </message>
    <message>
        <source>AI, lenient only</source>
        <translation>KI, nur großzügig gezählt</translation>
    </message>
    <message>
        <source>By a person</source>
        <translation>Von einem Menschen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 resolved by AI, %4 closed by AI counted only by the lenient figure, %5 resolved by a person, %6 not resolved, %7 abandoned, %8 still open</source>
        <translation>%1: %2 Unterhaltungen, %3 von der KI gelöst, %4 von der KI geschlossen und nur von der großzügigen Kennzahl gezählt, %5 von einem Menschen gelöst, %6 nicht gelöst, %7 abgebrochen, %8 noch offen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Conversations today</source>
        <translation>Unterhaltungen heute</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Im Moment</translation>
    </message>
    <message>
        <source>From the cache: offline, nothing arrives live</source>
        <translation>Aus dem Cache: offline, nichts kommt live an</translation>
    </message>
    <message>
        <source>Conversations on the board</source>
        <translation>Unterhaltungen in der Übersicht</translation>
    </message>
    <message>
        <source>AI handling</source>
        <translation>KI bearbeitet</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation>Wartet auf einen Menschen</translation>
    </message>
    <message>
        <source>With a person</source>
        <translation>Bei einem Menschen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open Analytics</source>
        <translation>Analysen öffnen</translation>
    </message>
    <message>
        <source>This month so far (%1), against the cost of the team for the same days</source>
        <translation>Dieser Monat bisher (%1), verglichen mit den Kosten des Teams für dieselben Tage</translation>
    </message>
    <message>
        <source>Conversations behind it</source>
        <translation>Zugehörige Unterhaltungen</translation>
    </message>
    <message>
        <source>List the conversations behind the money saved this month</source>
        <translation>Die Unterhaltungen zu den in diesem Monat eingesparten Kosten auflisten</translation>
    </message>
</context>
<context>
    <name>PageHeading</name>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>Unsaved assumptions</source>
        <translation>Nicht gespeicherte Annahmen</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Show as chart</source>
        <translation>Als Diagramm anzeigen</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Show %1 as chart</source>
        <translation>%1 als Diagramm anzeigen</translation>
    </message>
    <message>
        <source>Show %1 as table</source>
        <translation>%1 als Tabelle anzeigen</translation>
    </message>
</context>
<context>
    <name>PdfExportButton</name>
    <message>
        <source>Exporting… %1 %</source>
        <translation>Wird exportiert… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>Saves every table of this page, with the period and the assumptions, as a PDF file you choose</source>
        <translation>Speichert alle Tabellen dieser Seite mit dem Zeitraum und den Annahmen als PDF-Datei, die Sie auswählen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved, %n page(s).</source>
        <translation>
            <numerusform>Gespeichert, %n Seite.</numerusform>
            <numerusform>Gespeichert, %n Seiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenceSwitch</name>
    <message>
        <source>Your presence</source>
        <translation>Ihre Anwesenheit</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Sie sind</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
</context>
<context>
    <name>PriorityMark</name>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorität: %1</translation>
    </message>
</context>
<context>
    <name>QueueHeader</name>
    <message>
        <source>Escalation queue</source>
        <translation>Eskalationswarteschlange</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) waiting</source>
        <translation>
            <numerusform>%n Unterhaltung wartet</numerusform>
            <numerusform>%n Unterhaltungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Take next</source>
        <translation>Nächste übernehmen</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Group by reason</source>
        <translation>Nach Grund gruppieren</translation>
    </message>
    <message>
        <source>Take next  N</source>
        <translation>Nächste übernehmen  N</translation>
    </message>
    <message>
        <source>Take over the most urgent waiting conversation. Shortcut: N</source>
        <translation>Die dringendste wartende Unterhaltung übernehmen. Tastenkürzel: N</translation>
    </message>
    <message>
        <source>You are away, so Take next is off. Set yourself online in the Team tab (Ctrl+3).</source>
        <translation>Sie sind abwesend, daher ist „Nächste übernehmen“ aus. Stellen Sie sich im Reiter „Team“ auf online (Strg+3).</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Unknown customer</source>
        <translation>Unbekannter Kunde</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1, %2, with %3, %4</source>
        <translation>%1, %2, bei %3, %4</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Escalation queue</source>
        <translation>Eskalationswarteschlange</translation>
    </message>
    <message>
        <source>Escalated conversations</source>
        <translation>Eskalierte Unterhaltungen</translation>
    </message>
    <message>
        <source>Nothing for this reason</source>
        <translation>Nichts mit diesem Grund</translation>
    </message>
    <message>
        <source>The queue is clear</source>
        <translation>Die Warteschlange ist leer</translation>
    </message>
    <message>
        <source>No conversation is escalated for “%1” right now.</source>
        <translation>Derzeit ist keine Unterhaltung wegen „%1“ eskaliert.</translation>
    </message>
    <message>
        <source>When the AI hands a conversation to people, it appears here with its reason and response target.</source>
        <translation>Wenn die KI eine Unterhaltung an Menschen übergibt, erscheint sie hier mit Grund und Antwortziel.</translation>
    </message>
</context>
<context>
    <name>RateTrendChart</name>
    <message>
        <source>Strict AI resolution by day</source>
        <translation>Strenge KI-Lösungsquote pro Tag</translation>
    </message>
    <message>
        <source>Share of each day&apos;s conversations the AI resolved, durable after 7 days</source>
        <translation>Anteil der Unterhaltungen jedes Tages, die die KI gelöst hat, dauerhaft nach 7 Tagen</translation>
    </message>
    <message>
        <source>Strict AI resolution by day, chart; the same figures are in the table</source>
        <translation>Strenge KI-Lösungsquote pro Tag, Diagramm; dieselben Zahlen stehen in der Tabelle</translation>
    </message>
    <message>
        <source>Strict AI resolution</source>
        <translation>Strenge KI-Lösungsquote</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Von der KI gelöst</translation>
    </message>
</context>
<context>
    <name>ReasonChip</name>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
</context>
<context>
    <name>RecentActivity</name>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>The conversations with the newest messages</source>
        <translation>Die Unterhaltungen mit den neuesten Nachrichten</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Noch keine Unterhaltungen.</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Unbekannter Kunde</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <source>Opens the conversation in the workspace</source>
        <translation>Öffnet die Unterhaltung im Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nichts in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>RetentionSelect</name>
    <message>
        <source>Keep closed conversations for: %1</source>
        <translation>Abgeschlossene Unterhaltungen behalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (the default)</source>
        <translation>
            <numerusform>%n Tag (Standard)</numerusform>
            <numerusform>%n Tage (Standard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>%1: %2 — “%3”</source>
        <translation>%1: %2 — „%3“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Right (1)</source>
        <translation>Richtig (1)</translation>
    </message>
    <message>
        <source>Wrong (2)</source>
        <translation>Falsch (2)</translation>
    </message>
    <message>
        <source>Note (optional, N)</source>
        <translation>Notiz (optional, N)</translation>
    </message>
    <message>
        <source>Note for this label</source>
        <translation>Notiz zu dieser Bewertung</translation>
    </message>
    <message>
        <source>What was wrong?</source>
        <translation>Was war falsch?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in to label replies.</source>
        <translation>Melden Sie sich an, um Antworten zu bewerten.</translation>
    </message>
    <message>
        <source>Press a reason&apos;s key to send the label, Esc to go back.</source>
        <translation>Die Taste eines Grundes sendet die Bewertung, Esc geht zurück.</translation>
    </message>
    <message>
        <source>J next, K previous, 1 right, 2 wrong, N note. Labels wait in the outbox while offline.</source>
        <translation>J nächste, K vorige, 1 richtig, 2 falsch, N Notiz. Offline warten Bewertungen im Postausgang.</translation>
    </message>
    <message>
        <source>%1 (sending)</source>
        <translation>%1 (wird gesendet)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Offline: labels are kept and sent when the link returns. %1</source>
        <translation>Offline: Bewertungen werden aufbewahrt und gesendet, sobald die Verbindung zurück ist. %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Replies sampled per day</source>
        <translation>Stichprobe: Antworten pro Tag</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Replies to review</source>
        <translation>Antworten zum Prüfen</translation>
    </message>
    <message>
        <source>Could not read the replies</source>
        <translation>Die Antworten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <source>Every cached AI reply has a label.</source>
        <translation>Jede zwischengespeicherte KI-Antwort ist bewertet.</translation>
    </message>
    <message>
        <source>You have labelled this week&apos;s sample.</source>
        <translation>Sie haben die Stichprobe dieser Woche bewertet.</translation>
    </message>
    <message>
        <source>No handed-over conversation has a reply you have not labelled.</source>
        <translation>Kein übergebenes Gespräch hat eine Antwort, die Sie nicht bewertet haben.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Select a reply to see its conversation.</source>
        <translation>Wählen Sie eine Antwort, um ihr Gespräch zu sehen.</translation>
    </message>
</context>
<context>
    <name>ReviewQueueRow</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (sending)</source>
        <translation>%1 (wird gesendet)</translation>
    </message>
</context>
<context>
    <name>RuleRow</name>
    <message>
        <source>%1. %2%3. When: %4. Then: %5</source>
        <translation>%1. %2%3. Wenn: %4. Dann: %5</translation>
    </message>
    <message>
        <source>, guardrail</source>
        <translation>, Schutzregel</translation>
    </message>
    <message>
        <source>, switched off</source>
        <translation>, ausgeschaltet</translation>
    </message>
    <message>
        <source>Guardrail</source>
        <translation>Schutzregel</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Wenn: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Dann: %1</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>at or below</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>at or above</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>the customer is a VIP</source>
        <translation>der Kunde ist VIP</translation>
    </message>
    <message>
        <source>the customer is not a VIP</source>
        <translation>der Kunde ist kein VIP</translation>
    </message>
    <message>
        <source>the customer asks for a person</source>
        <translation>der Kunde verlangt einen Menschen</translation>
    </message>
    <message>
        <source>the customer does not ask for a person</source>
        <translation>der Kunde verlangt keinen Menschen</translation>
    </message>
    <message>
        <source>the message threatens legal action</source>
        <translation>die Nachricht droht mit rechtlichen Schritten</translation>
    </message>
    <message>
        <source>the message threatens no legal action</source>
        <translation>die Nachricht droht nicht mit rechtlichen Schritten</translation>
    </message>
    <message>
        <source>the message speaks of self-harm</source>
        <translation>die Nachricht spricht von Selbstverletzung</translation>
    </message>
    <message>
        <source>the message does not speak of self-harm</source>
        <translation>die Nachricht spricht nicht von Selbstverletzung</translation>
    </message>
    <message>
        <source>a lookup failed</source>
        <translation>eine Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>no lookup failed</source>
        <translation>keine Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the AI has no answer</source>
        <translation>die KI hat keine Antwort</translation>
    </message>
    <message>
        <source>the AI has an answer</source>
        <translation>die KI hat eine Antwort</translation>
    </message>
    <message>
        <source>within business hours</source>
        <translation>innerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>order value</source>
        <translation>Bestellwert</translation>
    </message>
    <message>
        <source>turns without progress</source>
        <translation>Runden ohne Fortschritt</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>e.g. &quot;confidence below 45 %&quot;</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <extracomment>e.g. &quot;intent is Refund or Cancel order&quot;</extracomment>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 ist nicht %2</translation>
    </message>
    <message>
        <source>the message contains %1</source>
        <translation>die Nachricht enthält %1</translation>
    </message>
    <message>
        <source>The customer asks for a person (built-in detector, five languages)</source>
        <translation>Der Kunde verlangt einen Menschen (eingebaute Erkennung, fünf Sprachen)</translation>
    </message>
    <message>
        <source>The message threatens legal action or a chargeback (built-in detector, five languages)</source>
        <translation>Die Nachricht droht mit rechtlichen Schritten oder einer Rückbuchung (eingebaute Erkennung, fünf Sprachen)</translation>
    </message>
    <message>
        <source>The message speaks of self-harm or a risk to life (built-in detector, five languages)</source>
        <translation>Die Nachricht spricht von Selbstverletzung oder Lebensgefahr (eingebaute Erkennung, fünf Sprachen)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>erhöht</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <source>Hold the AI&apos;s answer for a person to approve: %1, %2</source>
        <extracomment>%1 the hand-off reason, %2 its priority</extracomment>
        <translation>Antwort der KI zur Freigabe zurückhalten: %1, %2</translation>
    </message>
    <message>
        <source>Hand over: %1, %2</source>
        <extracomment>%1 the hand-off reason, %2 its priority</extracomment>
        <translation>Übergeben: %1, %2</translation>
    </message>
    <message>
        <source>Would hand over</source>
        <translation>Würde übergeben</translation>
    </message>
    <message>
        <source>Would no longer hand over</source>
        <translation>Würde nicht mehr übergeben</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <source>Another priority</source>
        <translation>Andere Priorität</translation>
    </message>
    <message>
        <source>Held instead of handed over, or the reverse</source>
        <translation>Zurückgehalten statt übergeben, oder umgekehrt</translation>
    </message>
    <message>
        <source>The AI answers</source>
        <translation>Die KI antwortet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the rule&apos;s name (as the supervisor wrote it), %2 what it does</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New rule %1 at position %2</source>
        <translation>Neue Regel %1 an Position %2</translation>
    </message>
    <message>
        <source>Rule %1 removed (it was at position %2)</source>
        <translation>Regel %1 entfernt (sie stand an Position %2)</translation>
    </message>
    <message>
        <source>Rule %1 moved from position %2 to %3</source>
        <translation>Regel %1 von Position %2 nach %3 verschoben</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>umbenannt von %1</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>eingeschaltet</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>when: %1</source>
        <translation>wenn: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <translation>dann: %1</translation>
    </message>
    <message>
        <source>moved from position %1 to %2</source>
        <translation>von Position %1 nach %2 verschoben</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Other business hours</source>
        <translation>Andere Geschäftszeiten</translation>
    </message>
    <message>
        <source>%1. %2: switched off</source>
        <translation>%1. %2: ausgeschaltet</translation>
    </message>
    <message>
        <source>built-in detector</source>
        <translation>eingebaute Erkennung</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <source>holds (an earlier rule decides)</source>
        <translation>trifft zu (eine frühere Regel entscheidet)</translation>
    </message>
    <message>
        <source>holds and decides</source>
        <translation>trifft zu und entscheidet</translation>
    </message>
    <message>
        <source>%1. %2: %3 (%4)</source>
        <extracomment>%1 position, %2 the rule&apos;s name, %3 holds or not, %4 its conditions with ✓ or ✗</extracomment>
        <translation>%1. %2: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Published versions of the rules</source>
        <translation>Veröffentlichte Versionen der Regeln</translation>
    </message>
    <message>
        <source>Escalation rules: %1</source>
        <translation>Eskalationsregeln: %1</translation>
    </message>
    <message>
        <source>Escalation rules</source>
        <translation>Eskalationsregeln</translation>
    </message>
    <message>
        <source>Read top to bottom: the first rule that holds decides whether a person takes over. Guardrails can move but never go.</source>
        <translation>Von oben nach unten gelesen: die erste zutreffende Regel entscheidet, ob ein Mensch übernimmt. Schutzregeln lassen sich verschieben, aber nicht entfernen.</translation>
    </message>
    <message>
        <source>Rules, in the order they are read</source>
        <translation>Regeln in der Reihenfolge, in der sie gelesen werden</translation>
    </message>
    <message>
        <source>No rules to show</source>
        <translation>Keine Regeln anzuzeigen</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message numerus="yes">
        <source>Sales conversations, and the orders placed within %n day(s) of one</source>
        <translation>
            <numerusform>Vertriebsunterhaltungen und die Bestellungen, die innerhalb von %n Tag danach aufgegeben wurden</numerusform>
            <numerusform>Vertriebsunterhaltungen und die Bestellungen, die innerhalb von %n Tagen danach aufgegeben wurden</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribution window:</source>
        <translation>Attributionsfenster:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedRepliesEditorDialog</name>
    <message>
        <source>Edit saved replies</source>
        <translation>Gespeicherte Antworten bearbeiten</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Gespeicherte Antworten</translation>
    </message>
    <message>
        <source>Shared by the whole team. Placeholders are filled in when a reply is inserted: {customer.name}, {customer.firstName}, {order.id} (the latest order), {agent.name}, {agent.firstName}.</source>
        <translation>Für das ganze Team. Platzhalter werden beim Einfügen ausgefüllt: {customer.name}, {customer.firstName}, {order.id} (die neueste Bestellung), {agent.name}, {agent.firstName}.</translation>
    </message>
    <message>
        <source>Add a reply</source>
        <translation>Antwort hinzufügen</translation>
    </message>
    <message>
        <source>What changed (optional)</source>
        <translation>Was sich geändert hat (optional)</translation>
    </message>
    <message>
        <source>Note for this version</source>
        <translation>Notiz zu dieser Version</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
</context>
<context>
    <name>SavedReplyEditRow</name>
    <message>
        <source>Title, e.g. Refund timeline</source>
        <translation>Titel, z. B. Erstattungsdauer</translation>
    </message>
    <message>
        <source>Title of saved reply %1</source>
        <translation>Titel der gespeicherten Antwort %1</translation>
    </message>
    <message>
        <source>Move saved reply %1 up</source>
        <translation>Gespeicherte Antwort %1 nach oben</translation>
    </message>
    <message>
        <source>Move saved reply %1 down</source>
        <translation>Gespeicherte Antwort %1 nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove saved reply %1</source>
        <translation>Gespeicherte Antwort %1 entfernen</translation>
    </message>
    <message>
        <source>The reply. Placeholders: {customer.firstName}, {order.id}, {agent.firstName}…</source>
        <translation>Die Antwort. Platzhalter: {customer.firstName}, {order.id}, {agent.firstName}…</translation>
    </message>
    <message>
        <source>Text of saved reply %1</source>
        <translation>Text der gespeicherten Antwort %1</translation>
    </message>
</context>
<context>
    <name>SavedReplyPicker</name>
    <message>
        <source>Saved replies</source>
        <translation>Gespeicherte Antworten</translation>
    </message>
    <message>
        <source>Search saved replies</source>
        <translation>Gespeicherte Antworten durchsuchen</translation>
    </message>
    <message>
        <source>Insert “%1”</source>
        <translation>„%1“ einfügen</translation>
    </message>
    <message>
        <source>Your team has no saved replies yet. Supervisors add them in the Team view (Saved replies…).</source>
        <translation>Ihr Team hat noch keine gespeicherten Antworten. Teamleitungen fügen sie im Reiter „Team“ hinzu (Gespeicherte Antworten…).</translation>
    </message>
    <message>
        <source>No saved reply matches “%1”.</source>
        <translation>Keine gespeicherte Antwort passt zu „%1“.</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to insert, Esc to cancel</source>
        <translation>↑↓ zum Wählen, Eingabe zum Einfügen, Esc zum Abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
</context>
<context>
    <name>SegmentsTable</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nicht gelöst</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Von der KI gelöst</translation>
    </message>
    <message>
        <source>CSAT (4 or 5)</source>
        <translation>CSAT (4 oder 5)</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 not resolved, resolved by AI %4, CSAT %5</source>
        <translation>%1: %2 Unterhaltungen, %3 nicht gelöst, von der KI gelöst %4, CSAT %5</translation>
    </message>
    <message>
        <source>No conversations in this period.</source>
        <translation>Keine Unterhaltungen in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>SentimentIndicator</name>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Sentiment: %1</source>
        <translation>Stimmung: %1</translation>
    </message>
</context>
<context>
    <name>SessionsSection</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Where you are signed in</source>
        <translation>Wo Sie angemeldet sind</translation>
    </message>
    <message>
        <source>End a session you do not recognise: that computer is signed out at once and must sign in again.</source>
        <translation>Beenden Sie eine Sitzung, die Sie nicht kennen: Dieser Computer wird sofort abgemeldet und muss sich neu anmelden.</translation>
    </message>
    <message>
        <source>Show everyone&apos;s sessions</source>
        <translation>Sitzungen aller anzeigen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>End the session on %1</source>
        <translation>Sitzung auf %1 beenden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the sessions</source>
        <translation>Sitzungen aktualisieren</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Dates, numbers and amounts follow it too. It changes at once.</source>
        <translation>Datum, Zahlen und Beträge folgen ihr. Die Änderung gilt sofort.</translation>
    </message>
    <message>
        <source>Interface language: %1</source>
        <translation>Sprache der Oberfläche: %1</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
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
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Text and the rows that hold it grow together.</source>
        <translation>Text und die Zeilen, die ihn tragen, wachsen gemeinsam.</translation>
    </message>
    <message>
        <source>Text size: %1</source>
        <translation>Textgröße: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Reduce motion: no fading, pulsing or sliding</source>
        <translation>Bewegung reduzieren: kein Ein- und Ausblenden, Pulsieren oder Gleiten</translation>
    </message>
    <message>
        <source>Start-up and cache</source>
        <translation>Start und Zwischenspeicher</translation>
    </message>
    <message>
        <source>Start Pilothouse when I log in</source>
        <translation>Pilothouse bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Keep closed conversations on this computer for</source>
        <translation>Abgeschlossene Unterhaltungen auf diesem Computer behalten für</translation>
    </message>
    <message>
        <source>Older ones leave the cache, with their messages. Open conversations always stay.</source>
        <translation>Ältere verlassen den Zwischenspeicher samt ihren Nachrichten. Offene Unterhaltungen bleiben immer.</translation>
    </message>
    <message>
        <source>Compact rows: the board and the queue show two lines per conversation</source>
        <translation>Kompakte Zeilen: Liste und Warteschlange zeigen zwei Zeilen pro Unterhaltung</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeiten</translation>
    </message>
    <message>
        <source>After resolving, open the next conversation</source>
        <translation>Nach dem Abschließen die nächste Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>The one of yours whose customer has waited longest, otherwise the top of the queue.</source>
        <translation>Die eigene, deren Kunde am längsten wartet, sonst die erste der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Move around</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Nächste Unterhaltung</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation>Übersicht durchsuchen</translation>
    </message>
    <message>
        <source>Show the board</source>
        <translation>Übersicht anzeigen</translation>
    </message>
    <message>
        <source>Show the escalation queue</source>
        <translation>Eskalationswarteschlange anzeigen</translation>
    </message>
    <message>
        <source>Act on the open conversation</source>
        <translation>Aktionen für die geöffnete Unterhaltung</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Hand back to the AI, with a note</source>
        <translation>An die KI zurückgeben, mit Notiz</translation>
    </message>
    <message>
        <source>Resolve, with an outcome</source>
        <translation>Abschließen, mit Ergebnis</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Antwort schreiben</translation>
    </message>
    <message>
        <source>In the composer</source>
        <translation>Im Eingabebereich</translation>
    </message>
    <message>
        <source>Leave the composer</source>
        <translation>Eingabebereich verlassen</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Diese Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Workspace, Overview, Analytics (supervisors and admins)</source>
        <translation>Arbeitsbereich, Überblick, Analysen (Supervisoren und Administratoren)</translation>
    </message>
    <message>
        <source>History: every cached conversation</source>
        <translation>Verlauf: alle Unterhaltungen im Cache</translation>
    </message>
    <message>
        <source>Review: label the AI&apos;s replies</source>
        <translation>Prüfen: Antworten der KI bewerten</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Beim Prüfen</translation>
    </message>
    <message>
        <source>Next and previous reply</source>
        <translation>Nächste und vorige Antwort</translation>
    </message>
    <message>
        <source>The AI was right</source>
        <translation>Die KI lag richtig</translation>
    </message>
    <message>
        <source>The AI was wrong, then the reason: I intent, F facts, T tone, H should have handed over, S should not have, L language, O other</source>
        <translation>Die KI lag falsch, dann der Grund: I Anliegen, F Fakten, T Ton, H hätte übergeben sollen, S hätte nicht übergeben sollen, L Sprache, O Sonstiges</translation>
    </message>
    <message>
        <source>Write a note for the label</source>
        <translation>Eine Notiz zur Bewertung schreiben</translation>
    </message>
    <message>
        <source>Rules: escalation rules and their dry run</source>
        <translation>Regeln: Eskalationsregeln und ihr Probelauf</translation>
    </message>
    <message>
        <source>Settings: language, theme, text size, notifications</source>
        <translation>Einstellungen: Sprache, Design, Textgröße, Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show what is new or updated (the board keeps its order while you work)</source>
        <translation>Neues und Geändertes anzeigen (die Liste behält ihre Reihenfolge, während Sie arbeiten)</translation>
    </message>
    <message>
        <source>Show the team: presence and load</source>
        <translation>Team anzeigen: Anwesenheit und Auslastung</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>Die Warteschlange</translation>
    </message>
    <message>
        <source>Take the next waiting conversation</source>
        <translation>Die nächste wartende Unterhaltung übernehmen</translation>
    </message>
    <message>
        <source>Whisper to the AI (supervisors and admins, while the AI answers)</source>
        <translation>Der KI zuflüstern (Teamleitung und Admins, solange die KI antwortet)</translation>
    </message>
    <message>
        <source>Chat: send. Email: a new line</source>
        <translation>Chat: senden. E-Mail: neue Zeile</translation>
    </message>
    <message>
        <source>Chat: a new line</source>
        <translation>Chat: neue Zeile</translation>
    </message>
    <message>
        <source>Send the reply, note or whisper (chat and email)</source>
        <translation>Antwort, Notiz oder Flüstern senden (Chat und E-Mail)</translation>
    </message>
    <message>
        <source>Switch between a reply and an internal note</source>
        <translation>Zwischen Antwort und interner Notiz wechseln</translation>
    </message>
    <message>
        <source>Insert the AI&apos;s newest suggestion</source>
        <translation>Den neuesten Vorschlag der KI einfügen</translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Gespeicherte Antwort einfügen</translation>
    </message>
    <message>
        <source>Audit log: who did what, when and from where (admins)</source>
        <translation>Audit-Protokoll: wer was wann und von wo getan hat (Administratoren)</translation>
    </message>
    <message>
        <source>Users: roles, who may sign in, passwords (admins)</source>
        <translation>Benutzer: Rollen, wer sich anmelden darf, Passwörter (Administratoren)</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation>Pilothouse</translation>
    </message>
    <message>
        <source>Sign in to watch and steer your AI conversations.</source>
        <translation>Melden Sie sich an, um Ihre KI-Unterhaltungen zu verfolgen und zu steuern.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>https://pilothouse.example.com</source>
        <translation>https://pilothouse.example.com</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>Wait to sign in</source>
        <translation>Warten, dann anmelden</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App oder einen Ihrer Wiederherstellungscodes ein.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>123 456</source>
        <translation>123 456</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to user name and password</source>
        <translation>Zurück zu Benutzername und Passwort</translation>
    </message>
    <message>
        <source>This server requires two-factor sign-in. Set it up now with an authenticator app on your phone; from then on, signing in asks for a code from it.</source>
        <translation>Dieser Server verlangt die Zwei-Faktor-Anmeldung. Richten Sie sie jetzt mit einer Authenticator-App auf Ihrem Telefon ein; danach fragt die Anmeldung nach einem Code aus der App.</translation>
    </message>
    <message>
        <source>Start the set-up</source>
        <translation>Einrichtung starten</translation>
    </message>
    <message>
        <source>Cancel and sign out</source>
        <translation>Abbrechen und abmelden</translation>
    </message>
    <message>
        <source>Cancel the set-up and sign out</source>
        <translation>Einrichtung abbrechen und abmelden</translation>
    </message>
</context>
<context>
    <name>SlaTimer</name>
    <message>
        <source>First-reply deadline missed: %1</source>
        <translation>Frist für die erste Antwort verpasst: %1</translation>
    </message>
    <message>
        <source>First-reply deadline: %1</source>
        <translation>Frist für die erste Antwort: %1</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>TeamMemberRow</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>%1 · %2 since %3</source>
        <translation>%1 · %2 seit %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>Keine Unterhaltungen</translation>
    </message>
    <message>
        <source>oldest wait</source>
        <translation>längste Wartezeit</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation>Gespeicherte Antworten…</translation>
    </message>
    <message>
        <source>Edit the team&apos;s saved replies</source>
        <translation>Gespeicherte Antworten des Teams bearbeiten</translation>
    </message>
    <message>
        <source>While you are away, Take next gives you no conversations. Colleagues see you as away.</source>
        <translation>Solange Sie abwesend sind, gibt „Nächste übernehmen“ Ihnen keine Unterhaltungen. Ihr Team sieht Sie als abwesend.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Kolleginnen und Kollegen</translation>
    </message>
    <message>
        <source>No team to show yet</source>
        <translation>Noch kein Team zu zeigen</translation>
    </message>
</context>
<context>
    <name>ThinScrollBar</name>
    <message>
        <source>Scroll bar</source>
        <translation>Bildlaufleiste</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration, minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration, hours</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration, hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>duration, days</comment>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of an older event</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Month and year, e.g. &quot;March 2021&quot; (&quot;customer since&quot;). %1 month name, %2 year.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>SLA countdown, e.g. 2:14 left</comment>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <comment>SLA countdown over an hour</comment>
        <translation>noch %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n s over</source>
        <comment>SLA passed by seconds</comment>
        <translation>
            <numerusform>%n s überschritten</numerusform>
            <numerusform>%n s überschritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min over</source>
        <comment>SLA passed by minutes</comment>
        <translation>
            <numerusform>%n min überschritten</numerusform>
            <numerusform>%n min überschritten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min over</source>
        <comment>SLA passed by hours</comment>
        <translation>%1 h %2 min überschritten</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration, seconds with a decimal</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration, minutes and seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>duration, days and hours</comment>
        <translation>%1 T. %2 h</translation>
    </message>
    <message numerus="yes">
        <source>replied %n s late</source>
        <comment>first reply after its deadline, by seconds</comment>
        <translation>
            <numerusform>%n s zu spät geantwortet</numerusform>
            <numerusform>%n s zu spät geantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replied %n min late</source>
        <comment>first reply after its deadline, by minutes</comment>
        <translation>
            <numerusform>%n Min. zu spät geantwortet</numerusform>
            <numerusform>%n Min. zu spät geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>replied %1 h %2 min late</source>
        <comment>first reply after its deadline, by hours</comment>
        <translation>%1 h %2 Min. zu spät geantwortet</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Top bar</source>
        <translation>Obere Leiste</translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation>Pilothouse</translation>
    </message>
    <message>
        <source>Switch to light theme</source>
        <translation>Zum hellen Design wechseln</translation>
    </message>
    <message>
        <source>Switch to dark theme</source>
        <translation>Zum dunklen Design wechseln</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>TranscriptPdf</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>No cached messages.</source>
        <translation>Keine Nachrichten im Cache.</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message>
        <source>%1, %2, started %3</source>
        <translation>%1, %2, begonnen am %3</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 von %2, %3</translation>
    </message>
    <message>
        <source>Handed to a person: %1</source>
        <translation>An einen Menschen übergeben: %1</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Unterhaltung %1</translation>
    </message>
    <message>
        <source>%1 (AI, %2)</source>
        <comment>author of an AI reply and its confidence</comment>
        <translation>%1 (KI, %2)</translation>
    </message>
</context>
<context>
    <name>TranscriptPdfDialog</name>
    <message>
        <source>Save the transcript as PDF</source>
        <translation>Gesprächsprotokoll als PDF speichern</translation>
    </message>
    <message>
        <source>Include internal notes and whispers</source>
        <translation>Interne Notizen und Flüsterhinweise an die KI einschließen</translation>
    </message>
    <message>
        <source>Saving… %1 %</source>
        <translation>Wird gespeichert… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Gesprächsprotokoll</translation>
    </message>
    <message>
        <source>Loading transcript…</source>
        <translation>Gesprächsprotokoll wird geladen…</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>Messages appear here as soon as the customer or the AI writes.</source>
        <translation>Nachrichten erscheinen hier, sobald der Kunde oder die KI schreibt.</translation>
    </message>
</context>
<context>
    <name>TransitionLines</name>
    <message>
        <source>%1. Note: %2</source>
        <comment>a transition and its note</comment>
        <translation>%1. Notiz: %2</translation>
    </message>
    <message>
        <source>Taken over by %1</source>
        <translation>Übernommen von %1</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Weitergegeben von %1</translation>
    </message>
    <message>
        <source>Transferred to %1 by %2</source>
        <translation>An %1 weitergegeben von %2</translation>
    </message>
    <message>
        <source>Handed back to the AI by %1</source>
        <translation>An die KI zurückgegeben von %1</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Gelöst von %1</translation>
    </message>
    <message>
        <source>Resolved by %1 as %2</source>
        <comment>who, and the outcome: Resolved, Not resolved, Spam</comment>
        <translation>Von %1 abgeschlossen als %2</translation>
    </message>
    <message>
        <source>Resolved: the customer confirmed the AI&apos;s answer</source>
        <translation>Gelöst: Der Kunde hat die Antwort der KI bestätigt</translation>
    </message>
    <message>
        <source>Resolved: the customer did not write again after the AI&apos;s answer</source>
        <translation>Gelöst: Der Kunde hat nach der Antwort der KI nicht mehr geschrieben</translation>
    </message>
    <message>
        <source>Closed: the customer left before a person answered</source>
        <translation>Geschlossen: Der Kunde ist gegangen, bevor eine Person antwortete</translation>
    </message>
    <message>
        <source>Reopened: the customer wrote again</source>
        <translation>Wieder geöffnet: Der Kunde hat erneut geschrieben</translation>
    </message>
    <message>
        <source>Closed by %1: the customer&apos;s data was erased</source>
        <translation>Geschlossen von %1: Die Daten des Kunden wurden gelöscht</translation>
    </message>
    <message>
        <source>Merged into another conversation of the customer by %1</source>
        <translation>Von %1 mit einer anderen Unterhaltung des Kunden zusammengeführt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>new status, actor</comment>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>TwoFactorSection</name>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app</source>
        <translation>An: Die Anmeldung fragt nach einem Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Off: your password alone signs you in</source>
        <translation>Aus: Ihr Passwort allein meldet Sie an</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery code(s) left. Lost your phone? An administrator can reset it.</source>
        <translation>
            <numerusform>Noch %n Wiederherstellungscode. Telefon verloren? Ein Administrator kann es zurücksetzen.</numerusform>
            <numerusform>Noch %n Wiederherstellungscodes. Telefon verloren? Ein Administrator kann es zurücksetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>With it on, a stolen password is not enough to sign in as you.</source>
        <translation>Wenn sie an ist, reicht ein gestohlenes Passwort nicht, um sich als Sie anzumelden.</translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation>Einschalten…</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung einschalten</translation>
    </message>
</context>
<context>
    <name>TwoFactorSetUp</name>
    <message>
        <source>Scan this code with your authenticator app, or type the key below into it.</source>
        <translation>Scannen Sie diesen Code mit Ihrer Authenticator-App oder tippen Sie den Schlüssel unten ein.</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>QR-Code für Ihre Authenticator-App</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Code aus der App</translation>
    </message>
    <message>
        <source>123 456</source>
        <translation>123 456</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the set-up</source>
        <translation>Einrichtung abbrechen</translation>
    </message>
    <message>
        <source>Write these recovery codes down and keep them safe. Each signs you in once without your phone. They are not shown again.</source>
        <translation>Schreiben Sie diese Wiederherstellungscodes auf und bewahren Sie sie sicher auf. Jeder meldet Sie einmal ohne Ihr Telefon an. Sie werden nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>Recovery codes: %1</source>
        <translation>Wiederherstellungscodes: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the recovery codes</source>
        <translation>Wiederherstellungscodes kopieren</translation>
    </message>
    <message>
        <source>I have written them down</source>
        <translation>Ich habe sie aufgeschrieben</translation>
    </message>
</context>
<context>
    <name>UserRow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · may not sign in</source>
        <translation>%1 · darf sich nicht anmelden</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Role of %1: %2</source>
        <translation>Rolle von %1: %2</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Darf sich anmelden</translation>
    </message>
    <message>
        <source>%1 may sign in</source>
        <translation>%1 darf sich anmelden</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>New password for %1 (12 characters or more)</source>
        <translation>Neues Passwort für %1 (12 Zeichen oder mehr)</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation>Zwei-Faktor zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the two-factor sign-in of %1</source>
        <translation>Zwei-Faktor-Anmeldung von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>No second factor yet</source>
        <translation>Noch kein zweiter Faktor</translation>
    </message>
    <message>
        <source>%1 has not set up two-factor sign-in yet</source>
        <translation>%1 hat die Zwei-Faktor-Anmeldung noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Neues Passwort für %1</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Who may sign in to this server, and as what. A change to someone signs them out everywhere.</source>
        <translation>Wer sich an diesem Server anmelden darf und als was. Eine Änderung meldet die Person überall ab.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name people read (optional)</source>
        <translation>Angezeigter Name (optional)</translation>
    </message>
    <message>
        <source>First password (12 characters or more)</source>
        <translation>Erstes Passwort (12 Zeichen oder mehr)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Sign-in rules</source>
        <translation>Anmelderegeln</translation>
    </message>
    <message>
        <source>Require two-factor sign-in for everyone</source>
        <translation>Zwei-Faktor-Anmeldung für alle verlangen</translation>
    </message>
    <message>
        <source>Turning it on signs out everyone who has not set it up; their next sign-in sets it up before anything else. Turn it on for yourself first, in Settings.</source>
        <translation>Beim Einschalten werden alle abgemeldet, die sie nicht eingerichtet haben; ihre nächste Anmeldung richtet sie vor allem anderen ein. Schalten Sie sie zuerst für sich selbst ein, in den Einstellungen.</translation>
    </message>
    <message>
        <source>Their first password</source>
        <translation>Das erste Passwort</translation>
    </message>
</context>
<context>
    <name>VersionRow</name>
    <message>
        <source>in force</source>
        <translation>in Kraft</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In Kraft</translation>
    </message>
</context>
<context>
    <name>VipBadge</name>
    <message>
        <source>VIP customer</source>
        <translation>VIP-Kunde</translation>
    </message>
    <message>
        <source>★ VIP</source>
        <translation>★ VIP</translation>
    </message>
</context>
<context>
    <name>WaitingTime</name>
    <message>
        <source>Waiting %1</source>
        <translation>Wartet seit %1</translation>
    </message>
</context>
<context>
    <name>WhisperBar</name>
    <message>
        <source>Whisper to the AI: an instruction it follows in its next replies; the customer never sees it.</source>
        <translation>Der KI zuflüstern: eine Anweisung, der sie in den nächsten Antworten folgt; der Kunde sieht sie nie.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Leave whisper mode</source>
        <translation>Flüstermodus verlassen</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Resize board</source>
        <translation>Übersichtsgröße ändern</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Open the queue</source>
        <translation>Warteschlange öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n past the first-reply deadline</source>
        <translation>
            <numerusform>%1, %n über der Frist für die erste Antwort</numerusform>
            <numerusform>%1, %n über der Frist für die erste Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n wartend</numerusform>
            <numerusform>%1, %n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in the queue passed the first-reply deadline.</source>
        <translation>
            <numerusform>%n Unterhaltung in der Warteschlange hat die Frist für die erste Antwort überschritten.</numerusform>
            <numerusform>%n Unterhaltungen in der Warteschlange haben die Frist für die erste Antwort überschritten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::app::AboutInfo</name>
    <message>
        <source>The licence text of %1 is missing from this build.</source>
        <translation>Der Lizenztext von %1 fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::Account</name>
    <message>
        <source>Saved replies are edited while connected to the server.</source>
        <translation>Gespeicherte Antworten werden mit Verbindung zum Server bearbeitet.</translation>
    </message>
    <message>
        <source>Saved replies are published while connected to the server.</source>
        <translation>Gespeicherte Antworten werden mit Verbindung zum Server veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::Console</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Mit %1 verbunden als %2</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No cached conversations yet: sign in once while online to fill the cache.</source>
        <translation>Noch keine Unterhaltungen im Cache: Melden Sie sich einmal online an, um den Cache zu füllen.</translation>
    </message>
    <message>
        <source>Offline: showing cached conversations</source>
        <translation>Offline: Unterhaltungen aus dem Cache</translation>
    </message>
    <message>
        <source>Opening the keychain…</source>
        <translation>Schlüsselbund wird geöffnet…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address. Try something like https://pilothouse.example.com.</source>
        <translation>„%1“ ist keine Serveradresse. Versuchen Sie etwa https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>The server refused an action.</source>
        <translation>Der Server hat eine Aktion abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused an action: %1</source>
        <translation>Der Server hat eine Aktion abgelehnt: %1</translation>
    </message>
    <message>
        <source>You are signed in for this session only: your sign-in could not be stored in the system keychain, so you will be asked to sign in next time. %1</source>
        <translation>Sie sind nur für diese Sitzung angemeldet: Ihre Anmeldung konnte nicht im Schlüsselbund des Systems gespeichert werden, daher müssen Sie sich beim nächsten Mal erneut anmelden. %1</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::Preferences</name>
    <message>
        <source>the registry refused the change</source>
        <translation>die Registrierung hat die Änderung abgelehnt</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The settings file could not be read, so the defaults are used. The damaged file is kept as %1.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden, daher gelten die Standardwerte. Die beschädigte Datei bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>Some settings could not be read and are back to their defaults: %1.</source>
        <translation>Einige Einstellungen konnten nicht gelesen werden und stehen wieder auf dem Standard: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>how long closed conversations are kept</source>
        <translation>Aufbewahrungsdauer abgeschlossener Unterhaltungen</translation>
    </message>
    <message>
        <source>reduced motion</source>
        <translation>reduzierte Bewegung</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>notification sound</source>
        <translation>Benachrichtigungston</translation>
    </message>
    <message>
        <source>Start at login could not be changed (%1): %2</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden (%1): %2</translation>
    </message>
    <message>
        <source>compact rows</source>
        <translation>kompakte Zeilen</translation>
    </message>
    <message>
        <source>opening the next conversation after resolving</source>
        <translation>nach dem Abschließen die nächste Unterhaltung öffnen</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::TrayNotifier</name>
    <message numerus="yes">
        <source>Pilothouse: %n conversation(s) waiting for a person</source>
        <translation>
            <numerusform>Pilothouse: %n Unterhaltung wartet auf einen Menschen</numerusform>
            <numerusform>Pilothouse: %n Unterhaltungen warten auf einen Menschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilothouse: the queue is clear</source>
        <translation>Pilothouse: Die Warteschlange ist leer</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::AuditModel</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Unterhaltung %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>%1, now %2</source>
        <translation>%1, jetzt %2</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2, %3. %4.</source>
        <translation>%1: %2, %3. %4.</translation>
    </message>
    <message>
        <source>About %1.</source>
        <translation>Betrifft %1.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Von %1.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n entries.</source>
        <translation>
            <numerusform>Die neuesten %1 von %n Eintrag.</numerusform>
            <numerusform>Die neuesten %1 von %n Einträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Saved the newest %1 entries to %2; narrow the filters for older ones.</source>
        <translation>Die neuesten %1 Einträge in %2 gespeichert; für ältere die Filter eingrenzen.</translation>
    </message>
    <message>
        <source>Saved %1 entries to %2.</source>
        <translation>%1 Einträge in %2 gespeichert.</translation>
    </message>
    <message>
        <source>The export needs a connection to the server.</source>
        <translation>Der Export braucht eine Verbindung zum Server.</translation>
    </message>
    <message>
        <source>The audit log is kept on the server. Connect to read it.</source>
        <translation>Das Audit-Protokoll liegt auf dem Server. Verbinden Sie sich, um es zu lesen.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Aktionscode</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Refusal code</source>
        <translation>Ablehnungscode</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Command id</source>
        <translation>Befehls-ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1, now shown as %2</source>
        <translation>%1, jetzt angezeigt als %2</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CalibrationModel</name>
    <message>
        <source>No AI reply of this period has been judged yet. Reviewers mark replies right or wrong in the transcript; the chart fills as they do.</source>
        <translation>Noch keine KI-Antwort dieses Zeitraums wurde beurteilt. Prüfer markieren Antworten im Gesprächsprotokoll als richtig oder falsch; das Diagramm füllt sich, sobald sie das tun.</translation>
    </message>
    <message numerus="yes">
        <source>Reviewers judged %n AI reply(s) of this period and found none wrong.</source>
        <translation>
            <numerusform>Prüfer haben %n KI-Antwort dieses Zeitraums beurteilt und sie nicht als falsch eingestuft.</numerusform>
            <numerusform>Prüfer haben %n KI-Antworten dieses Zeitraums beurteilt und keine als falsch eingestuft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n reply(s) judged wrong</source>
        <translation>
            <numerusform>%1 der %n als falsch beurteilten Antwort</numerusform>
            <numerusform>%1 der %n als falsch beurteilten Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more conversation(s) handed to a person (%1 of the period&apos;s conversations)</source>
        <translation>
            <numerusform>%n weiteren an einen Menschen übergebenen Unterhaltung (%1 der Unterhaltungen des Zeitraums)</numerusform>
            <numerusform>%n weiteren an einen Menschen übergebenen Unterhaltungen (%1 der Unterhaltungen des Zeitraums)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more conversation(s) handed to a person</source>
        <translation>
            <numerusform>%n weiteren an einen Menschen übergebenen Unterhaltung</numerusform>
            <numerusform>%n weiteren an einen Menschen übergebenen Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Handing over every reply below %1 confidence would have caught %2, at the cost of %3.</source>
        <translation>Jede Antwort unter %1 Konfidenz an einen Menschen zu übergeben, hätte %2 abgefangen – um den Preis von %3.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a whole percentage; the translation places the sign</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <extracomment>A confidence band, e.g. &quot;40–50 %&quot;.</extracomment>
        <translation>%1–%2&#xa0;%</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Nicht beurteilt</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::Catalogue</name>
    <message>
        <source>AI handling</source>
        <translation>KI bearbeitet</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>With agent</source>
        <translation>Beim Agenten</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation>KI-Agent</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Whisper to AI</source>
        <translation>Der KI zuflüstern</translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation>Mensch angefordert</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Niedrige Konfidenz</translation>
    </message>
    <message>
        <source>Negative sentiment</source>
        <translation>Negative Stimmung</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>VIP-Kunde</translation>
    </message>
    <message>
        <source>Legal or policy</source>
        <translation>Recht oder Richtlinie</translation>
    </message>
    <message>
        <source>Missing knowledge</source>
        <translation>Fehlendes Wissen</translation>
    </message>
    <message>
        <source>Tool failure</source>
        <translation>Tool-Fehler</translation>
    </message>
    <message>
        <source>AI going in circles</source>
        <translation>KI dreht sich im Kreis</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nicht gelöst</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Geschäftskunde</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgesendet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Wrong intent</source>
        <translation>Falsches Anliegen</translation>
    </message>
    <message>
        <source>Wrong facts</source>
        <translation>Falsche Fakten</translation>
    </message>
    <message>
        <source>Wrong tone or voice</source>
        <translation>Falscher Ton oder Stil</translation>
    </message>
    <message>
        <source>Should have handed over</source>
        <translation>Hätte übergeben sollen</translation>
    </message>
    <message>
        <source>Should not have handed over</source>
        <translation>Hätte nicht übergeben sollen</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Falsche Sprache</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Self-harm or a risk to life</source>
        <translation>Selbstverletzung oder Lebensgefahr</translation>
    </message>
    <message>
        <source>Legal threat or chargeback</source>
        <translation>Rechtliche Drohung oder Rückbuchung</translation>
    </message>
    <message>
        <source>Unhappy VIP</source>
        <translation>Unzufriedener VIP</translation>
    </message>
    <message>
        <source>Customer asks for a person</source>
        <translation>Kunde möchte eine Person</translation>
    </message>
    <message>
        <source>Angry customer</source>
        <translation>Verärgerter Kunde</translation>
    </message>
    <message>
        <source>A lookup failed</source>
        <translation>Eine Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>No answer known</source>
        <translation>Keine Antwort bekannt</translation>
    </message>
    <message>
        <source>Going round in circles</source>
        <translation>Dreht sich im Kreis</translation>
    </message>
    <message>
        <source>The AI is unsure</source>
        <translation>Die KI ist unsicher</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CommandPump</name>
    <message>
        <source>Unsent actions could not be handled (%1).</source>
        <translation>Nicht gesendete Aktionen konnten nicht verarbeitet werden (%1).</translation>
    </message>
    <message>
        <source>Unsent actions could not be handled.</source>
        <translation>Nicht gesendete Aktionen konnten nicht verarbeitet werden.</translation>
    </message>
    <message>
        <source>Could not read the unsent actions (%1).</source>
        <translation>Nicht gesendete Aktionen konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Could not save an unsent action (%1).</source>
        <translation>Eine nicht gesendete Aktion konnte nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>The action could not be saved before sending (%1).</source>
        <translation>Die Aktion konnte vor dem Senden nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>the outbox is not open</source>
        <translation>der Postausgang ist nicht geöffnet</translation>
    </message>
    <message>
        <source>This action is damaged and cannot be sent.</source>
        <translation>Diese Aktion ist beschädigt und kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The server refused this action (%1).</source>
        <translation>Der Server hat diese Aktion abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Could not remove an unsent action (%1).</source>
        <translation>Eine nicht gesendete Aktion konnte nicht entfernt werden (%1).</translation>
    </message>
    <message>
        <source>The file of unsent actions at %1 is damaged and could not be moved aside (%2). Nothing in it was changed.</source>
        <translation>Die Datei mit den nicht gesendeten Aktionen unter %1 ist beschädigt und konnte nicht beiseitegelegt werden (%2). Darin wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The file of unsent actions was damaged and moved to %1, but the recovered actions could not be put in place (%2). Restart Pilothouse to finish.</source>
        <translation>Die Datei mit den nicht gesendeten Aktionen war beschädigt und wurde nach %1 verschoben, aber die geretteten Aktionen konnten nicht eingesetzt werden (%2). Starten Sie Pilothouse neu, um den Vorgang abzuschließen.</translation>
    </message>
    <message>
        <source>The file of unsent actions was damaged. It was moved to %1.</source>
        <translation>Die Datei mit den nicht gesendeten Aktionen war beschädigt. Sie wurde nach %1 verschoben.</translation>
    </message>
    <message>
        <source>Nothing in it could be read; actions not yet sent from it are lost.</source>
        <translation>Nichts darin war lesbar; noch nicht gesendete Aktionen daraus sind verloren.</translation>
    </message>
    <message>
        <source>Unsent actions recovered: %1.</source>
        <translation>Gerettete nicht gesendete Aktionen: %1.</translation>
    </message>
    <message>
        <source>Unsent actions that could not be read and will not be sent: %1.</source>
        <translation>Nicht lesbare nicht gesendete Aktionen, die nicht gesendet werden: %1.</translation>
    </message>
    <message>
        <source>Could not remove an erased customer&apos;s actions (%1).</source>
        <translation>Die Aktionen eines gelöschten Kunden konnten nicht entfernt werden (%1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ConversationsBehindModel</name>
    <message>
        <source>Open</source>
        <comment>a conversation&apos;s outcome: not closed yet</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved by the AI</source>
        <translation>Von der KI gelöst</translation>
    </message>
    <message>
        <source>Resolved by a person</source>
        <translation>Von einem Menschen gelöst</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nicht gelöst</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <comment>the customer stopped answering</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Customer not in the cache</source>
        <translation>Kunde nicht im Cache</translation>
    </message>
    <message>
        <source>No intent detected</source>
        <translation>Keine Absicht erkannt</translation>
    </message>
    <message>
        <source>This conversation is not in this console&apos;s cache, so it cannot be opened here. The cache holds the conversations the server sent since you signed in on this computer.</source>
        <translation>Diese Unterhaltung ist nicht im Cache dieser Konsole und kann daher hier nicht geöffnet werden. Der Cache enthält die Unterhaltungen, die der Server gesendet hat, seit Sie sich an diesem Computer angemeldet haben.</translation>
    </message>
    <message>
        <source>Numerator</source>
        <comment>the upper part of a fraction</comment>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Denominator</source>
        <comment>the lower part of a fraction</comment>
        <translation>Nenner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a side of a figure and its count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Conversations today</source>
        <translation>Unterhaltungen heute</translation>
    </message>
    <message>
        <source>Conversations behind %1</source>
        <translation>Unterhaltungen zu „%1“</translation>
    </message>
    <message>
        <source>Created on %1 (UTC)</source>
        <translation>Erstellt am %1 (UTC)</translation>
    </message>
    <message>
        <source>Created from %1 to %2 (UTC days)</source>
        <translation>Erstellt vom %1 bis %2 (Tage in UTC)</translation>
    </message>
    <message>
        <source>This side is a sum of times, amounts or orders: these are the conversations that add to it.</source>
        <translation>Dieser Teil ist eine Summe von Zeiten, Beträgen oder Bestellungen: Dies sind die Unterhaltungen, die dazu beitragen.</translation>
    </message>
    <message>
        <source>This side is not a count of conversations: these are all the conversations of the period and filter.</source>
        <translation>Dieser Teil ist keine Anzahl von Unterhaltungen: Dies sind alle Unterhaltungen des Zeitraums und Filters.</translation>
    </message>
    <message>
        <source>These conversations are the figure&apos;s numerator.</source>
        <translation>Diese Unterhaltungen bilden den Zähler der Kennzahl.</translation>
    </message>
    <message>
        <source>These conversations are the figure&apos;s denominator.</source>
        <translation>Diese Unterhaltungen bilden den Nenner der Kennzahl.</translation>
    </message>
    <message>
        <source>The list of conversations behind a figure needs a connection to the server. Connect, then try again.</source>
        <translation>Die Liste der Unterhaltungen zu einer Kennzahl erfordert eine Verbindung zum Server. Stellen Sie eine Verbindung her und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 conversations.</source>
        <translation>Die neuesten %1 von %2 Unterhaltungen werden angezeigt.</translation>
    </message>
    <message>
        <source>Conversations behind %1, intent %2</source>
        <translation>Unterhaltungen zu „%1“, Absicht %2</translation>
    </message>
    <message>
        <source>Conversations behind %1, segment %2</source>
        <translation>Unterhaltungen zu „%1“, Segment %2</translation>
    </message>
    <message>
        <source>Conversations behind the replies judged wrong at %1 confidence</source>
        <translation>Unterhaltungen zu den als falsch beurteilten Antworten bei %1 Konfidenz</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <comment>a confidence band</comment>
        <translation>%1–%2&#xa0;%</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CostModelForm</name>
    <message>
        <source>Some values were not accepted; see the messages under the fields.</source>
        <translation>Einige Werte wurden nicht akzeptiert; beachten Sie die Meldungen unter den Feldern.</translation>
    </message>
    <message>
        <source>The figures now use these values. They are not saved.</source>
        <translation>Die Kennzahlen verwenden jetzt diese Werte. Sie sind nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved as version %L1 of the organisation&apos;s cost model.</source>
        <translation>Als Version %L1 des Kostenmodells der Organisation gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1 saved version %L2 on %3 meanwhile. Your values are kept here and in the figures; save again to replace that version, or go back to the organisation&apos;s values.</source>
        <translation>Nicht gespeichert: %1 hat zwischenzeitlich Version %L2 am %3 gespeichert. Ihre Werte bleiben hier und in den Kennzahlen erhalten; speichern Sie erneut, um diese Version zu ersetzen, oder kehren Sie zu den Werten der Organisation zurück.</translation>
    </message>
    <message>
        <source>The server did not accept some values; see the messages under the fields.</source>
        <translation>Der Server hat einige Werte nicht akzeptiert; beachten Sie die Meldungen unter den Feldern.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CustomerConversationsModel</name>
    <message>
        <source>This customer</source>
        <translation>Dieser Kunde</translation>
    </message>
    <message>
        <source>just now</source>
        <comment>started just now</comment>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>started 5 min ago</comment>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>%1 also has an open conversation by email, started %2</source>
        <translation>%1 hat auch eine offene Unterhaltung per E-Mail, begonnen %2</translation>
    </message>
    <message>
        <source>%1 also has an open conversation by SMS, started %2</source>
        <translation>%1 hat auch eine offene Unterhaltung per SMS, begonnen %2</translation>
    </message>
    <message>
        <source>%1 also has an open conversation by phone, started %2</source>
        <translation>%1 hat auch eine offene Unterhaltung per Telefon, begonnen %2</translation>
    </message>
    <message>
        <source>%1 also has an open conversation in chat, started %2</source>
        <translation>%1 hat auch eine offene Unterhaltung im Chat, begonnen %2</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::EntityCheck</name>
    <message>
        <source>Mentions %1; the customer asked about %2.</source>
        <translation>Nennt %1; der Kunde fragte nach %2.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::EscalationQueueModel</name>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation>Wartet auf einen Menschen</translation>
    </message>
    <message>
        <source>With a person</source>
        <translation>Bei einem Menschen</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Ein Kunde</translation>
    </message>
    <message>
        <source>%1 needs a person</source>
        <translation>%1 braucht einen Menschen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ExportJob</name>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <comment>exported</comment>
        <translation>
            <numerusform>%Ln Unterhaltung</numerusform>
            <numerusform>%Ln Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln e-mail address(es)</source>
        <comment>redacted</comment>
        <translation>
            <numerusform>%Ln E-Mail-Adresse</numerusform>
            <numerusform>%Ln E-Mail-Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone number(s)</source>
        <comment>redacted</comment>
        <translation>
            <numerusform>%Ln Telefonnummer</numerusform>
            <numerusform>%Ln Telefonnummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card number(s)</source>
        <comment>redacted</comment>
        <translation>
            <numerusform>%Ln Kartennummer</numerusform>
            <numerusform>%Ln Kartennummern</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1; nothing needed redacting.</source>
        <translation>%1 exportiert; nichts musste geschwärzt werden.</translation>
    </message>
    <message>
        <source>Exported %1; redacted %2.</source>
        <translation>%1 exportiert; %2 geschwärzt.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>Choose a file on this computer to export to.</source>
        <translation>Wählen Sie eine Datei auf diesem Computer als Exportziel.</translation>
    </message>
    <message>
        <source>Transcripts can be exported only from a local cache; none is open.</source>
        <translation>Gesprächsprotokolle können nur aus einem lokalen Cache exportiert werden; es ist keiner geöffnet.</translation>
    </message>
    <message>
        <source>Pilothouse, exported %1</source>
        <translation>Pilothouse, exportiert am %1</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>Der Export konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Pilothouse transcripts</source>
        <translation>Pilothouse-Gesprächsprotokolle</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Export abgebrochen; %1 wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::HistoryModel</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Everything cached</source>
        <translation>Alles im Cache</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>The AI</source>
        <translation>Die KI</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Ein Mensch</translation>
    </message>
    <message>
        <source>Automatically</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Below %1%</source>
        <translation>Unter %1&#xa0;%</translation>
    </message>
    <message>
        <source>Never handed off</source>
        <translation>Nie übergeben</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Weakest AI reply first</source>
        <translation>Schwächste KI-Antwort zuerst</translation>
    </message>
    <message>
        <source>Longest to close first</source>
        <translation>Längste Dauer bis zum Abschluss zuerst</translation>
    </message>
    <message>
        <source>Lowest rating first</source>
        <translation>Niedrigste Bewertung zuerst</translation>
    </message>
    <message>
        <source>%1 by the AI</source>
        <translation>%1 von der KI</translation>
    </message>
    <message>
        <source>%1 automatically</source>
        <translation>%1 automatisch</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Unbekannter Kunde</translation>
    </message>
    <message>
        <source>weakest AI reply %1%</source>
        <translation>schwächste KI-Antwort %1&#xa0;%</translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation>mit %1 von 5 bewertet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln Unterhaltung</numerusform>
            <numerusform>%Ln Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) match; only the newest %1 matching messages were read</source>
        <translation>
            <numerusform>%Ln Unterhaltung passt; nur die neuesten %1 passenden Nachrichten wurden gelesen</numerusform>
            <numerusform>%Ln Unterhaltungen passen; nur die neuesten %1 passenden Nachrichten wurden gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) match</source>
        <translation>
            <numerusform>%Ln Unterhaltung passt</numerusform>
            <numerusform>%Ln Unterhaltungen passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching message(s)</source>
        <translation>
            <numerusform>%Ln passende Nachricht</numerusform>
            <numerusform>%Ln passende Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached message(s) not searchable yet: still being indexed.</source>
        <translation>
            <numerusform>%Ln zwischengespeicherte Nachricht noch nicht durchsuchbar: wird noch indiziert.</numerusform>
            <numerusform>%Ln zwischengespeicherte Nachrichten noch nicht durchsuchbar: werden noch indiziert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::HistoryWorker</name>
    <message>
        <source>Nothing is cached yet: conversations appear here once the console has been online.</source>
        <translation>Noch nichts im Cache: Unterhaltungen erscheinen hier, sobald die Konsole online war.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not read the cached conversations: %1</source>
        <translation>Die Unterhaltungen im Cache konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This conversation is not in the cache, so it cannot be printed.</source>
        <translation>Diese Unterhaltung ist nicht im Cache und kann daher nicht gedruckt werden.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::Labels</name>
    <message>
        <source>No intent detected</source>
        <translation>Keine Absicht erkannt</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::PdfExport</name>
    <message>
        <source>Pilothouse analytics</source>
        <translation>Pilothouse-Analysen</translation>
    </message>
    <message>
        <source>Pilothouse, exported %1</source>
        <translation>Pilothouse, exportiert am %1</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Outcomes by day</source>
        <translation>Ergebnisse pro Tag</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Absichten</translation>
    </message>
    <message>
        <source>Hand-off reasons</source>
        <translation>Gründe für Übergaben</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Kundensegmente</translation>
    </message>
    <message>
        <source>Confidence calibration</source>
        <translation>Kalibrierung der Konfidenz</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>Choose a file on this computer to export to.</source>
        <translation>Wählen Sie eine Datei auf diesem Computer als Exportziel.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>Das PDF konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ReviewModel</name>
    <message>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Wrong: %1</source>
        <translation>Falsch: %1</translation>
    </message>
    <message>
        <source>worse than chance</source>
        <translation>schlechter als Zufall</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>deutlich</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>nahezu vollständig</translation>
    </message>
    <message>
        <source>Right or wrong</source>
        <translation>Richtig oder falsch</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>neither named it</source>
        <translation>keiner nannte ihn</translation>
    </message>
    <message>
        <source>one answer throughout</source>
        <translation>stets dieselbe Antwort</translation>
    </message>
    <message>
        <source>agree on %1 of %2</source>
        <translation>einig bei %1 von %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) labelled by both</source>
        <translation>
            <numerusform>%n Antwort von beiden bewertet</numerusform>
            <numerusform>%n Antworten von beiden bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Unbekannter Kunde</translation>
    </message>
    <message>
        <source>AI reply to %1, %2 confident: %3</source>
        <translation>KI-Antwort an %1, %2 sicher: %3</translation>
    </message>
    <message>
        <source>You said: %1</source>
        <translation>Ihre Bewertung: %1</translation>
    </message>
    <message>
        <source>Others: %1</source>
        <translation>Andere: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) to review</source>
        <translation>
            <numerusform>%n Antwort zu prüfen</numerusform>
            <numerusform>%n Antworten zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n labelled here</source>
        <translation>
            <numerusform>%1 · %n hier bewertet</numerusform>
            <numerusform>%1 · %n hier bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Lowest confidence</source>
        <translation>Geringste Sicherheit</translation>
    </message>
    <message>
        <source>Daily sample</source>
        <translation>Tagesstichprobe</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Named by neither: %1</source>
        <translation>Von keinem genannt: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ReviewWorker</name>
    <message>
        <source>Nothing is cached yet: replies to review appear once the console has been online.</source>
        <translation>Noch nichts im Cache: Antworten zum Prüfen erscheinen, sobald die Konsole online war.</translation>
    </message>
    <message>
        <source>Could not read the replies to review: %1</source>
        <translation>Die Antworten zum Prüfen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the review labels: %1</source>
        <translation>Die Bewertungen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::RulesModel</name>
    <message>
        <source>Published by %1, %2</source>
        <translation>Veröffentlicht von %1, %2</translation>
    </message>
    <message>
        <source>restores %1</source>
        <translation>stellt %1 wieder her</translation>
    </message>
    <message>
        <source>What the server applies until someone publishes</source>
        <translation>Was der Server anwendet, bis jemand veröffentlicht</translation>
    </message>
    <message>
        <source>%1 could not be read from the cache.</source>
        <translation>%1 konnte nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>%1, in force</source>
        <translation>%1, in Kraft</translation>
    </message>
    <message>
        <source>The rules every server starts with. The first published version replaces them.</source>
        <translation>Die Regeln, mit denen jeder Server beginnt. Die erste veröffentlichte Version ersetzt sie.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2, last %n day(s): %3 replies in %4 conversations.</source>
        <extracomment>%1 and %2 versions (&quot;Version 1&quot;, &quot;Built-in rules&quot;), %n days, %3 replies, %4 conversations</extracomment>
        <translation>
            <numerusform>%1 gegen %2, letzter %n Tag: %3 Antworten in %4 Unterhaltungen.</numerusform>
            <numerusform>%1 gegen %2, letzte %n Tage: %3 Antworten in %4 Unterhaltungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-offs: %1, as now</source>
        <translation>Übergaben: %1, wie jetzt</translation>
    </message>
    <message>
        <source>Hand-offs: %1 → %2 (%3 more)</source>
        <translation>Übergaben: %1 → %2 (%3 mehr)</translation>
    </message>
    <message>
        <source>Hand-offs: %1 → %2 (%3 fewer)</source>
        <translation>Übergaben: %1 → %2 (%3 weniger)</translation>
    </message>
    <message>
        <source>Cancelled: only part of the window was replayed.</source>
        <translation>Abgebrochen: nur ein Teil des Zeitraums wurde nachgespielt.</translation>
    </message>
    <message>
        <source>No reply would be decided differently.</source>
        <translation>Keine Antwort würde anders entschieden.</translation>
    </message>
    <message>
        <source>%1 replies would be decided differently; the first %2 are listed.</source>
        <translation>%1 Antworten würden anders entschieden; die ersten %2 sind aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) would be decided differently.</source>
        <translation>
            <numerusform>%n Antwort würde anders entschieden.</numerusform>
            <numerusform>%n Antworten würden anders entschieden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every reply reviewers said should have been handed over would be.</source>
        <translation>Jede Antwort, die laut Prüfern hätte übergeben werden sollen, würde übergeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) that reviewers said should have been handed over would still be answered by the AI.</source>
        <translation>
            <numerusform>%n Antwort, die laut Prüfern hätte übergeben werden sollen, würde weiter von der KI beantwortet.</numerusform>
            <numerusform>%n Antworten, die laut Prüfern hätten übergeben werden sollen, würden weiter von der KI beantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Built-in rules</source>
        <translation>Eingebaute Regeln</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The same rules as the version in force.</source>
        <translation>Dieselben Regeln wie die geltende Version.</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the rules in force: %n change(s)</source>
        <translation>
            <numerusform>Verglichen mit den geltenden Regeln: %n Änderung</numerusform>
            <numerusform>Verglichen mit den geltenden Regeln: %n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::RulesWorker</name>
    <message>
        <source>Nothing is cached yet: the rules appear once the console has been online.</source>
        <translation>Noch nichts im Cache: die Regeln erscheinen, sobald die Konsole online war.</translation>
    </message>
    <message>
        <source>Could not read the rules: %1</source>
        <translation>Die Regeln konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::SavedRepliesEditor</name>
    <message>
        <source>Give the reply a title.</source>
        <translation>Geben Sie der Antwort einen Titel.</translation>
    </message>
    <message>
        <source>Write the reply.</source>
        <translation>Schreiben Sie die Antwort.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder the console can fill in.</source>
        <translation>%1 ist kein Platzhalter, den die Konsole ausfüllen kann.</translation>
    </message>
    <message>
        <source>A placeholder the console cannot fill in.</source>
        <translation>Ein Platzhalter, den die Konsole nicht ausfüllen kann.</translation>
    </message>
    <message>
        <source>Reading the saved replies…</source>
        <translation>Gespeicherte Antworten werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>A team keeps at most %n saved replies.</source>
        <translation>
            <numerusform>Ein Team hat höchstens %n gespeicherte Antwort.</numerusform>
            <numerusform>Ein Team hat höchstens %n gespeicherte Antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Published as version %1. Every console has it now.</source>
        <translation>Als Version %1 veröffentlicht. Alle Konsolen haben sie jetzt.</translation>
    </message>
    <message>
        <source>Not published: %1 Publish again to replace their version with yours, or discard your edits to see theirs.</source>
        <translation>Nicht veröffentlicht: %1 Veröffentlichen Sie erneut, um deren Version durch Ihre zu ersetzen, oder verwerfen Sie Ihre Änderungen, um deren Version zu sehen.</translation>
    </message>
    <message>
        <source>someone else changed the saved replies.</source>
        <translation>jemand anderes hat die gespeicherten Antworten geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n problem(s) to fix.</source>
        <translation>
            <numerusform>Nicht veröffentlicht: %n Problem zu beheben.</numerusform>
            <numerusform>Nicht veröffentlicht: %n Probleme zu beheben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::SessionsModel</name>
    <message>
        <source>Unknown device</source>
        <translation>Unbekanntes Gerät</translation>
    </message>
    <message>
        <source>Active now</source>
        <translation>Gerade aktiv</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation>Zuletzt benutzt %1</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation>Angemeldet %1</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>Dieser Computer: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1. From %2. %3. %4.</source>
        <translation>%1. Von %2. %3. %4.</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>einer unbekannten Adresse</translation>
    </message>
    <message>
        <source>Sessions are listed while connected to the server.</source>
        <translation>Sitzungen werden angezeigt, solange eine Verbindung zum Server besteht.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::StoreWriter</name>
    <message>
        <source>The local cache failed unexpectedly (%1).</source>
        <translation>Der lokale Cache ist unerwartet fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The local cache failed unexpectedly.</source>
        <translation>Der lokale Cache ist unerwartet fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>Der lokale Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not read the cache (%1).</source>
        <translation>Cache konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The local cache at %1 is damaged and could not be moved aside (%2). Move or delete it; it will be filled again from the server.</source>
        <translation>Der lokale Cache unter %1 ist beschädigt und konnte nicht beiseitegelegt werden (%2). Verschieben oder löschen Sie ihn; er wird vom Server neu gefüllt.</translation>
    </message>
    <message>
        <source>The local cache was damaged. It was moved to %1 and is being rebuilt from the server.</source>
        <translation>Der lokale Cache war beschädigt. Er wurde nach %1 verschoben und wird vom Server neu aufgebaut.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::TeamModel</name>
    <message>
        <source>Presence unknown</source>
        <translation>Anwesenheit unbekannt</translation>
    </message>
    <message>
        <source>The team appears once the console is connected.</source>
        <translation>Das Team erscheint, sobald die Konsole verbunden ist.</translation>
    </message>
    <message>
        <source>Presence is unknown while the console is not connected.</source>
        <translation>Die Anwesenheit ist unbekannt, solange die Konsole nicht verbunden ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n online</source>
        <translation>
            <numerusform>%n online</numerusform>
            <numerusform>%n online</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>how many are online · how many are away</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n away</source>
        <translation>
            <numerusform>%n abwesend</numerusform>
            <numerusform>%n abwesend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ToolText</name>
    <message>
        <source>Order lookup</source>
        <translation>Bestellabfrage</translation>
    </message>
    <message>
        <source>Order cancellation</source>
        <translation>Bestellstornierung</translation>
    </message>
    <message>
        <source>Product lookup</source>
        <translation>Produktabfrage</translation>
    </message>
    <message>
        <source>Policy lookup</source>
        <translation>Richtlinienabfrage</translation>
    </message>
    <message>
        <source>Lead qualification</source>
        <translation>Lead-Qualifizierung</translation>
    </message>
    <message>
        <source>Read the billing policy</source>
        <translation>Abrechnungsrichtlinie gelesen</translation>
    </message>
    <message>
        <source>Read the bulk order policy</source>
        <translation>Richtlinie für Großbestellungen gelesen</translation>
    </message>
    <message>
        <source>Read the cancellation policy</source>
        <translation>Stornorichtlinie gelesen</translation>
    </message>
    <message>
        <source>Read the damaged goods policy</source>
        <translation>Richtlinie für beschädigte Ware gelesen</translation>
    </message>
    <message>
        <source>Read the refund policy</source>
        <translation>Erstattungsrichtlinie gelesen</translation>
    </message>
    <message>
        <source>Read the shipping policy</source>
        <translation>Versandrichtlinie gelesen</translation>
    </message>
    <message>
        <source>Read the sizing guide</source>
        <translation>Größentabelle gelesen</translation>
    </message>
    <message>
        <source>Read the warranty policy</source>
        <translation>Garantierichtlinie gelesen</translation>
    </message>
    <message>
        <source>Looked up order #%1</source>
        <translation>Bestellung #%1 abgefragt</translation>
    </message>
    <message>
        <source>Order #%1 is not on this account</source>
        <translation>Bestellung #%1 gehört nicht zu diesem Konto</translation>
    </message>
    <message>
        <source>Asked to cancel order #%1</source>
        <translation>Stornierung der Bestellung #%1 beantragt</translation>
    </message>
    <message>
        <source>Checked the sizing of %1</source>
        <translation>Größen von %1 geprüft</translation>
    </message>
    <message numerus="yes">
        <source>Looked up %1: %n in stock</source>
        <translation>
            <numerusform>%1 abgefragt: %n auf Lager</numerusform>
            <numerusform>%1 abgefragt: %n auf Lager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Qualified a sales lead: %n units of %1</source>
        <translation>
            <numerusform>Lead qualifiziert: %n Stück %1</numerusform>
            <numerusform>Lead qualifiziert: %n Stück %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Qualified a sales lead: %n units</source>
        <translation>
            <numerusform>Lead qualifiziert: %n Stück</numerusform>
            <numerusform>Lead qualifiziert: %n Stück</numerusform>
        </translation>
    </message>
    <message>
        <source>Qualified a sales lead: %1</source>
        <translation>Lead qualifiziert: %1</translation>
    </message>
    <message>
        <source>Qualified a sales lead</source>
        <translation>Lead qualifiziert</translation>
    </message>
    <message>
        <source>Looked up %1</source>
        <translation>%1 abgefragt</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::TranscriptModel</name>
    <message>
        <source>Decided by the built-in rules</source>
        <translation>Entschieden von den eingebauten Regeln</translation>
    </message>
    <message>
        <source>Decided by rules version %1</source>
        <translation>Entschieden von Regelversion %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::TwoFactorModel</name>
    <message>
        <source>Enter the 6-digit code the app shows.</source>
        <translation>Geben Sie den 6-stelligen Code ein, den die App zeigt.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is set up while connected to the server.</source>
        <translation>Die Zwei-Faktor-Anmeldung wird eingerichtet, während eine Verbindung zum Server besteht.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::UsersModel</name>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is now %2; they sign in again.</source>
        <translation>%1 ist jetzt %2 und meldet sich neu an.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 darf sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 may no longer sign in; their sessions ended.</source>
        <translation>%1 darf sich nicht mehr anmelden; die Sitzungen sind beendet.</translation>
    </message>
    <message>
        <source>The password of %1 is changed; they sign in again.</source>
        <translation>Das Passwort von %1 ist geändert; die Anmeldung ist neu nötig.</translation>
    </message>
    <message>
        <source>Users are managed while connected to the server.</source>
        <translation>Benutzer werden verwaltet, solange eine Verbindung zum Server besteht.</translation>
    </message>
    <message>
        <source>Two-factor sign-in of %1 is off; their password alone signs them in.</source>
        <translation>Die Zwei-Faktor-Anmeldung von %1 ist aus; das Passwort allein meldet sie an.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is now required of everyone. Those without it set it up at their next sign-in.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist jetzt für alle verpflichtend. Wer sie nicht hat, richtet sie bei der nächsten Anmeldung ein.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is no longer required.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist nicht mehr verpflichtend.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::AuditClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The session has ended; sign in again to read the audit log.</source>
        <translation>Die Sitzung ist beendet; melden Sie sich erneut an, um das Audit-Protokoll zu lesen.</translation>
    </message>
    <message>
        <source>The server shows the audit log to admins only.</source>
        <translation>Der Server zeigt das Audit-Protokoll nur Administratoren.</translation>
    </message>
    <message>
        <source>The server&apos;s audit log could not be read (HTTP %1).</source>
        <translation>Das Audit-Protokoll des Servers konnte nicht gelesen werden (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::ConfigClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>The server did not answer; try again when the console is connected.</source>
        <translation>Der Server hat nicht geantwortet; versuchen Sie es erneut, wenn die Konsole verbunden ist.</translation>
    </message>
    <message>
        <source>Only supervisors and admins edit this.</source>
        <translation>Nur Teamleitungen und Admins bearbeiten dies.</translation>
    </message>
    <message>
        <source>The draft could not be read (HTTP %1).</source>
        <translation>Der Entwurf konnte nicht gelesen werden (HTTP %1).</translation>
    </message>
    <message>
        <source>The document is not valid JSON.</source>
        <translation>Das Dokument ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The server did not answer; nothing was published.</source>
        <translation>Der Server hat nicht geantwortet; nichts wurde veröffentlicht.</translation>
    </message>
    <message>
        <source>Nothing was published (HTTP %1).</source>
        <translation>Nichts wurde veröffentlicht (HTTP %1).</translation>
    </message>
    <message>
        <source>Nothing to publish: this is the version in force.</source>
        <translation>Nichts zu veröffentlichen: Dies ist die geltende Version.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::CostModelClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>The cost model could not be fetched; the server did not answer.</source>
        <translation>Das Kostenmodell konnte nicht abgerufen werden; der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The server shows the cost model to supervisors and admins only.</source>
        <translation>Der Server zeigt das Kostenmodell nur Supervisoren und Administratoren.</translation>
    </message>
    <message>
        <source>The server&apos;s cost model could not be read (HTTP %1).</source>
        <translation>Das Kostenmodell des Servers konnte nicht gelesen werden (HTTP %1).</translation>
    </message>
    <message>
        <source>The cost model was not saved; the server did not answer.</source>
        <translation>Das Kostenmodell wurde nicht gespeichert; der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Only admins may change the organisation&apos;s cost model.</source>
        <translation>Nur Administratoren dürfen das Kostenmodell der Organisation ändern.</translation>
    </message>
    <message>
        <source>The cost model was not saved (HTTP %1).</source>
        <translation>Das Kostenmodell wurde nicht gespeichert (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::FactsConversationsClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The server shows the conversations behind the figures to supervisors and admins only.</source>
        <translation>Der Server zeigt die Unterhaltungen zu den Kennzahlen nur Supervisoren und Administratoren.</translation>
    </message>
    <message>
        <source>The server&apos;s list of conversations could not be read (HTTP %1).</source>
        <translation>Die Liste der Unterhaltungen des Servers konnte nicht gelesen werden (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::LoginClient</name>
    <message>
        <source>The server at %1 did not answer. Check the address and your connection.</source>
        <translation>Der Server unter %1 hat nicht geantwortet. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer far too large for a sign-in. Check the address.</source>
        <translation>Der Server unter %1 hat eine für eine Anmeldung viel zu große Antwort gesendet. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>This account may not sign in to the console. Ask an administrator for access.</source>
        <translation>Dieses Konto darf sich nicht an der Konsole anmelden. Bitten Sie einen Administrator um Zugriff.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute, then try again.</source>
        <translation>Zu viele Anmeldeversuche. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again in a few minutes; if it persists, tell your administrator.</source>
        <translation>Der Server unter %1 hat ein Problem (HTTP %2). Versuchen Sie es in einigen Minuten erneut; wenn es weiterhin auftritt, informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>The server at %1 rejected the sign-in request.</source>
        <translation>Der Server unter %1 hat die Anmeldeanfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server at %1 rejected the sign-in request: %2</source>
        <translation>Der Server unter %1 hat die Anmeldeanfrage abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 does not look like a Pilothouse server (HTTP %2). Check the address.</source>
        <translation>%1 scheint kein Pilothouse-Server zu sein (HTTP %2). Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The server at %1 answered, but not like a Pilothouse server. Check the address.</source>
        <translation>Der Server unter %1 hat geantwortet, aber nicht wie ein Pilothouse-Server. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use an address such as https://pilothouse.example.com.</source>
        <translation>„%1“ ist keine Serveradresse. Verwenden Sie eine Adresse wie https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>Signing in failed unexpectedly. Try again.</source>
        <translation>Die Anmeldung ist unerwartet fehlgeschlagen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1: %2), so your password was not sent. Check the address, or ask your administrator for the certificate authority file and start Pilothouse with --ca-file.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (%1: %2), daher wurde Ihr Passwort nicht gesendet. Prüfen Sie die Adresse oder fragen Sie Ihren Administrator nach der Datei der Zertifizierungsstelle und starten Sie Pilothouse mit --ca-file.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App oder einen Ihrer Wiederherstellungscodes ein.</translation>
    </message>
    <message>
        <source>That code is not right, or was used already. Enter the code the app shows now.</source>
        <translation>Dieser Code ist falsch oder wurde schon benutzt. Geben Sie den Code ein, den die App jetzt zeigt.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::SessionWorker</name>
    <message>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address this console can use. Use an address such as https://pilothouse.example.com.</source>
        <translation>„%1“ ist keine Serveradresse, die diese Konsole verwenden kann. Verwenden Sie eine Adresse wie https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Could not start the session.</source>
        <translation>Die Sitzung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The server sent a message this console cannot read.</source>
        <translation>Der Server hat eine Nachricht gesendet, die diese Konsole nicht lesen kann.</translation>
    </message>
    <message>
        <source>A message from the server could not be processed.</source>
        <translation>Eine Nachricht vom Server konnte nicht verarbeitet werden.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (%1). Sign in again.</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server at %1 needs a newer Pilothouse. Install the update, then start again.</source>
        <translation>Der Server unter %1 benötigt eine neuere Pilothouse-Version. Installieren Sie das Update und starten Sie neu.</translation>
    </message>
    <message>
        <source>Your account may not use the console on %1. Ask an administrator for access.</source>
        <translation>Ihr Konto darf die Konsole auf %1 nicht verwenden. Bitten Sie einen Administrator um Zugriff.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen: %2</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Mit %1 verbunden als %2</translation>
    </message>
    <message>
        <source>The server broke the protocol.</source>
        <translation>Der Server hat das Protokoll verletzt.</translation>
    </message>
    <message>
        <source>Not connected. The action will be sent when the connection returns.</source>
        <translation>Nicht verbunden. Die Aktion wird gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>This action is too large for the server to accept.</source>
        <translation>Diese Aktion ist zu groß, um vom Server angenommen zu werden.</translation>
    </message>
    <message>
        <source>This action could not be encoded (invalid text).</source>
        <translation>Diese Aktion konnte nicht kodiert werden (ungültiger Text).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read (%2).</source>
        <translation>Die Datei der Zertifizierungsstelle %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds no PEM certificate.</source>
        <translation>Die Datei der Zertifizierungsstelle %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1: %2), so the session was not started and your sign-in was not sent. Check the address, or ask your administrator for the certificate authority file and start Pilothouse with --ca-file.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (%1: %2), daher wurde die Sitzung nicht gestartet und Ihre Anmeldung nicht gesendet. Prüfen Sie die Adresse oder fragen Sie Ihren Administrator nach der Datei der Zertifizierungsstelle und starten Sie Pilothouse mit --ca-file.</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>die sichere Verbindung konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <source>The server sent events out of order.</source>
        <translation>Der Server hat Ereignisse in falscher Reihenfolge gesendet.</translation>
    </message>
    <message>
        <source>The server sent a message over the size limit.</source>
        <translation>Der Server hat eine Nachricht über der Größengrenze gesendet.</translation>
    </message>
    <message>
        <source>The link to %1 was too slow to keep up with the server; catching up.</source>
        <translation>Die Verbindung zu %1 war zu langsam, um mit dem Server Schritt zu halten; wird nachgeholt.</translation>
    </message>
    <message>
        <source>%1 now requires two-factor sign-in. Sign in again to set it up.</source>
        <translation>%1 verlangt jetzt die Zwei-Faktor-Anmeldung. Melden Sie sich erneut an, um sie einzurichten.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::SessionsClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Only admins see everyone&apos;s sessions.</source>
        <translation>Nur Administratoren sehen die Sitzungen aller.</translation>
    </message>
    <message>
        <source>The server&apos;s list of sessions could not be read (HTTP %1).</source>
        <translation>Die Sitzungsliste des Servers konnte nicht gelesen werden (HTTP %1).</translation>
    </message>
    <message>
        <source>The server did not end the session (HTTP %1).</source>
        <translation>Der Server hat die Sitzung nicht beendet (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::TokenStore</name>
    <message>
        <source>The saved sign-in could not be removed from the system keychain. Remove the &quot;Pilothouse&quot; entry with your keychain manager.</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus dem Systemschlüsselbund entfernt werden. Entfernen Sie den Eintrag „Pilothouse“ mit Ihrer Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>Access to the system keychain was declined. Allow Pilothouse to use the keychain to stay signed in.</source>
        <translation>Der Zugriff auf den Systemschlüsselbund wurde abgelehnt. Erlauben Sie Pilothouse die Nutzung des Schlüsselbunds, um angemeldet zu bleiben.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain (the login keyring) and sign in again.</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert. Entsperren Sie Ihren Schlüsselbund (den Anmeldeschlüsselbund) und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-in cannot be remembered. Install and start GNOME Keyring or KWallet, or sign in each time.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar, daher kann Ihre Anmeldung nicht gespeichert werden. Installieren und starten Sie GNOME Keyring oder KWallet, oder melden Sie sich jedes Mal an.</translation>
    </message>
    <message>
        <source>The system keychain on this computer does not support storing sign-ins. You will need to sign in each time.</source>
        <translation>Der Systemschlüsselbund auf diesem Computer unterstützt das Speichern von Anmeldungen nicht. Sie müssen sich jedes Mal anmelden.</translation>
    </message>
    <message>
        <source>The system keychain reported an error (%1). Check that it is running and unlocked, then sign in again.</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet (%1). Prüfen Sie, ob er läuft und entsperrt ist, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. Check that it is running and unlocked, then sign in again.</source>
        <translation>Der Systemschlüsselbund hat nicht rechtzeitig geantwortet. Prüfen Sie, ob er läuft und entsperrt ist, und melden Sie sich dann erneut an.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::TwoFactorClient</name>
    <message>
        <source>This is not a server address.</source>
        <translation>Das ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The server refused this (HTTP %1).</source>
        <translation>Der Server hat das abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::UsersClient</name>
    <message>
        <source>This is not a server address.</source>
        <translation>Das ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Only admins manage users.</source>
        <translation>Nur Administratoren verwalten Benutzer.</translation>
    </message>
    <message>
        <source>The server&apos;s list of users could not be read (HTTP %1).</source>
        <translation>Die Benutzerliste des Servers konnte nicht gelesen werden (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server refused the change (HTTP %1).</source>
        <translation>Der Server hat die Änderung abgelehnt (HTTP %1).</translation>
    </message>
</context>
</TS>
