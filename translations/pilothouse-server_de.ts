<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DataDirLock</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>a pilothouse-server (process %1) is running on %2; stop it first</source>
        <translation>Ein pilothouse-server (Prozess %1) läuft bereits auf %2; beenden Sie ihn zuerst</translation>
    </message>
    <message>
        <source>cannot lock the data directory %1</source>
        <translation>Der Datenordner %1 kann nicht gesperrt werden</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>Das Passwort ist zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>Das Passwort ist zu lang: Verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The password may not contain the user name.</source>
        <translation>Das Passwort darf den Benutzernamen nicht enthalten.</translation>
    </message>
    <message>
        <source>This password is on every list of common passwords; choose another.</source>
        <translation>Dieses Passwort steht auf jeder Liste gängiger Passwörter; wählen Sie ein anderes.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server</name>
    <message>
        <source>expected HOST:PORT, e.g. 127.0.0.1:8787 or [::1]:0</source>
        <translation>HOST:PORT erwartet, z. B. 127.0.0.1:8787 oder [::1]:0</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: %2</source>
        <translation>--listen &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: port must be 0..65535 (0 = pick a free port)</source>
        <translation>--listen &apos;%1&apos;: Der Port muss zwischen 0 und 65535 liegen (0 = freien Port wählen)</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: &apos;%2&apos; is not an IP address or localhost; %3</source>
        <translation>--listen &apos;%1&apos;: &apos;%2&apos; ist weder eine IP-Adresse noch localhost; %3</translation>
    </message>
    <message>
        <source>--log-level &apos;%1&apos;: accepted values are %2</source>
        <translation>--log-level &apos;%1&apos;: Zulässige Werte sind %2</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos;: expected a whole number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos;: ganze Zahl von %3 bis %4 erwartet</translation>
    </message>
    <message>
        <source>expected scenario=weight,... with scenarios %1</source>
        <translation>scenario=weight,... erwartet, mit den Szenarien %1</translation>
    </message>
    <message>
        <source>--mix &apos;%1&apos;: %2</source>
        <translation>--mix &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--mix: unknown scenario &apos;%1&apos;; %2</source>
        <translation>--mix: unbekanntes Szenario &apos;%1&apos;; %2</translation>
    </message>
    <message>
        <source>--mix &apos;%1&apos;: weight must be a number &gt;= 0</source>
        <translation>--mix &apos;%1&apos;: Das Gewicht muss eine Zahl &gt;= 0 sein</translation>
    </message>
    <message>
        <source>--mix &apos;%1&apos;: at least one weight must be above 0</source>
        <translation>--mix &apos;%1&apos;: Mindestens ein Gewicht muss größer als 0 sein</translation>
    </message>
    <message>
        <source>Pilothouse reference backend: REST login, WebSocket event stream, built-in AI agent and customer simulator.</source>
        <translation>Referenz-Backend für Pilothouse: REST-Anmeldung, WebSocket-Ereignisstrom, eingebauter KI-Agent und Kundensimulator.</translation>
    </message>
    <message>
        <source>Address to listen on, HOST:PORT (port 0 picks a free one). Default 127.0.0.1:8787.</source>
        <translation>Adresse, auf der der Server lauscht, HOST:PORT (Port 0 wählt einen freien). Standard: 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>Directory for the database. Default: the per-user application data directory.</source>
        <translation>Ordner für die Datenbank. Standard: der benutzerspezifische Datenordner der Anwendung.</translation>
    </message>
    <message>
        <source>Create demo users (agent, supervisor, admin), print their passwords and simulate traffic.</source>
        <translation>Demo-Benutzer anlegen (agent, supervisor, admin), ihre Passwörter ausgeben und Verkehr simulieren.</translation>
    </message>
    <message>
        <source>Simulated conversations per minute (0 = off).</source>
        <translation>Simulierte Unterhaltungen pro Minute (0 = aus).</translation>
    </message>
    <message>
        <source>Scenario weights, scenario=weight,...</source>
        <translation>Gewichte der Szenarien, scenario=weight,...</translation>
    </message>
    <message>
        <source>Random seed for reproducible traffic.</source>
        <translation>Zufalls-Seed für reproduzierbaren Verkehr.</translation>
    </message>
    <message>
        <source>trace, debug, info, warn, error or off. Default info.</source>
        <translation>trace, debug, info, warn, error oder off. Standard: info.</translation>
    </message>
    <message>
        <source>Lifetime of a sign-in token in seconds, 60 to 31622400. Default 43200 (12 h).</source>
        <translation>Gültigkeitsdauer eines Anmeldetokens in Sekunden, 60 bis 31622400. Standard: 43200 (12 h).</translation>
    </message>
    <message>
        <source>PEM certificate chain (server certificate first): serve https and wss instead of http and ws.</source>
        <translation>PEM-Zertifikatskette (Serverzertifikat zuerst): https und wss statt http und ws bereitstellen.</translation>
    </message>
    <message>
        <source>Unencrypted PEM private key of --tls-cert.</source>
        <translation>Unverschlüsselter privater PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <source>Heartbeat interval.</source>
        <translation>Heartbeat-Intervall.</translation>
    </message>
    <message>
        <source>Idle timeout.</source>
        <translation>Leerlauf-Timeout.</translation>
    </message>
    <message>
        <source>Hello timeout.</source>
        <translation>Timeout für hello.</translation>
    </message>
    <message>
        <source>How long events stay available for replay. Default 604800 (7 days).</source>
        <translation>Wie lange Ereignisse für ein Replay verfügbar bleiben. Standard: 604800 (7 Tage).</translation>
    </message>
    <message>
        <source>Bytes that may wait to be sent to one connection before it is closed with 4013. Default 8388608.</source>
        <translation>Bytes, die für eine Verbindung auf das Senden warten dürfen, bevor sie mit 4013 geschlossen wird. Standard: 8388608.</translation>
    </message>
    <message>
        <source>The longest gap a hello may ask to replay; a longer one gets a snapshot. Default 100000.</source>
        <translation>Die größte Lücke, deren Replay ein hello anfordern darf; bei einer größeren gibt es einen Snapshot. Standard: 100000.</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; this program takes options only. See --help.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;; dieses Programm akzeptiert nur Optionen. Siehe --help.</translation>
    </message>
    <message>
        <source>--simulate &apos;%1&apos;: expected conversations per minute from 0 to %2 (0 = off)</source>
        <translation>--simulate &apos;%1&apos;: Unterhaltungen pro Minute von 0 bis %2 erwartet (0 = aus)</translation>
    </message>
    <message>
        <source>--seed &apos;%1&apos;: expected a whole number &gt;= 0</source>
        <translation>--seed &apos;%1&apos;: ganze Zahl &gt;= 0 erwartet</translation>
    </message>
    <message>
        <source>--data-dir: no default location on this system; pass a directory</source>
        <translation>--data-dir: Auf diesem System gibt es keinen Standardort; geben Sie einen Ordner an</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: cannot read the file (%3)</source>
        <translation>%1 &apos;%2&apos;: Die Datei kann nicht gelesen werden (%3)</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: give both, or neither for plain HTTP</source>
        <translation>--tls-cert und --tls-key gehören zusammen: Geben Sie beide an oder keine von beiden für einfaches HTTP</translation>
    </message>
    <message>
        <source>%1: this build of Qt has no TLS backend (OpenSSL 3 is needed)</source>
        <translation>%1: Dieser Qt-Build hat kein TLS-Backend (OpenSSL 3 wird benötigt)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: no PEM certificate in the file</source>
        <translation>%1 &apos;%2&apos;: Die Datei enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: no unencrypted PEM private key (RSA or EC) in the file</source>
        <translation>%1 &apos;%2&apos;: Die Datei enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA oder EC)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not belong to the certificate in &apos;%3&apos;</source>
        <translation>%1 &apos;%2&apos; gehört nicht zum Zertifikat in &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the customer asked for a person</source>
        <translation>Der Kunde hat nach einem Menschen gefragt</translation>
    </message>
    <message>
        <source>the AI was not confident in its answer</source>
        <translation>Die KI war sich ihrer Antwort nicht sicher</translation>
    </message>
    <message>
        <source>the customer is upset</source>
        <translation>Der Kunde ist verärgert</translation>
    </message>
    <message>
        <source>the customer is a VIP</source>
        <translation>Der Kunde ist ein VIP</translation>
    </message>
    <message>
        <source>the request touches legal or policy questions</source>
        <translation>Die Anfrage berührt rechtliche Fragen oder Richtlinien</translation>
    </message>
    <message>
        <source>the AI does not know the answer</source>
        <translation>Die KI kennt die Antwort nicht</translation>
    </message>
    <message>
        <source>a lookup the AI needed failed</source>
        <translation>Eine Abfrage, die die KI brauchte, ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the AI kept going in circles</source>
        <translation>Die KI hat sich im Kreis gedreht</translation>
    </message>
    <message>
        <source>a rule asked for a person</source>
        <translation>Eine Regel hat einen Menschen angefordert</translation>
    </message>
    <message>
        <source>How long after the AI&apos;s answer a customer who does not write again counts as helped: the conversation is resolved (reason no_reply). Default 600000 (10 minutes).</source>
        <translation>Wie lange nach der Antwort der KI ein Kunde, der nicht erneut schreibt, als bedient gilt: Die Unterhaltung wird abgeschlossen (Grund no_reply). Standard: 600000 (10 Minuten).</translation>
    </message>
    <message>
        <source>How long an escalated conversation may wait for a person before it counts as abandoned. Default 1800000 (30 minutes).</source>
        <translation>Wie lange eine eskalierte Unterhaltung auf einen Menschen warten darf, bevor sie als abgebrochen gilt. Standard: 1800000 (30 Minuten).</translation>
    </message>
    <message>
        <source>Shortest time between two recomputes of the facts.</source>
        <translation>Kürzeste Zeit zwischen zwei Neuberechnungen der Fakten.</translation>
    </message>
    <message>
        <source>pilothouse-server users: no password on standard input (one line)</source>
        <translation>pilothouse-server users: kein Passwort auf der Standardeingabe (eine Zeile)</translation>
    </message>
    <message>
        <source>The server&apos;s data directory.</source>
        <translation>Der Datenordner des Servers.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>The name colleagues see.</source>
        <translation>Der Name, den Kollegen sehen.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>Unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wrong number of arguments for &apos;%1&apos;</source>
        <translation>Falsche Anzahl von Argumenten für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>a user name is 1 to 64 characters</source>
        <translation>Ein Benutzername hat 1 bis 64 Zeichen</translation>
    </message>
    <message>
        <source>the user %1 exists already; use set-role or passwd</source>
        <translation>Der Benutzer %1 existiert bereits; verwenden Sie set-role oder passwd</translation>
    </message>
    <message>
        <source>the database refused the new user</source>
        <translation>Die Datenbank hat den neuen Benutzer abgelehnt</translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>%1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>no user named %1</source>
        <translation>Kein Benutzer namens %1</translation>
    </message>
    <message>
        <source>%1 is the last active admin; make another user admin first</source>
        <translation>%1 ist der letzte aktive admin; machen Sie zuerst einen anderen Benutzer zum admin</translation>
    </message>
    <message>
        <source>the database refused the change</source>
        <translation>Die Datenbank hat die Änderung abgelehnt</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <source>%1 may sign in again</source>
        <translation>%1 kann sich wieder anmelden</translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions ended</source>
        <translation>%1 ist deaktiviert; die Sitzungen wurden beendet</translation>
    </message>
    <message>
        <source>the password of %1 is changed</source>
        <translation>Das Passwort von %1 wurde geändert</translation>
    </message>
    <message>
        <source>Days of simulated past traffic a new demo data directory starts with, 0 to 365 (0 = none). Default 30 under --demo.</source>
        <translation>Tage simulierten vergangenen Verkehrs, mit denen ein neuer Demo-Datenordner beginnt, 0 bis 365 (0 = keine). Standard unter --demo: 30.</translation>
    </message>
    <message>
        <source>Mean conversations a day in that past, 1 to 5000 (busier on weekdays and in the daytime). Default 300.</source>
        <translation>Mittlere Anzahl Unterhaltungen pro Tag in dieser Vergangenheit, 1 bis 5000 (mehr an Werktagen und tagsüber). Standard: 300.</translation>
    </message>
    <message>
        <source>--history-days: the simulated past needs --demo (its operators are the demo users)</source>
        <translation>--history-days: Die simulierte Vergangenheit erfordert --demo (ihre Bearbeiter sind die Demo-Benutzer)</translation>
    </message>
    <message>
        <source>How long a closing connection may take to drain before it is aborted.</source>
        <translation>Wie lange eine Verbindung beim Schließen noch ausstehende Daten senden darf, bevor sie abgebrochen wird.</translation>
    </message>
    <message>
        <source>Failed sign-ins of one user name (from anywhere) that lock it, 3 to 1000. Default 10. Attempts wait a growing delay from the fourth failure.</source>
        <translation>Fehlgeschlagene Anmeldungen eines Benutzernamens (von überall), die ihn sperren, 3 bis 1000. Standard 10. Ab dem vierten Fehlschlag warten Versuche eine wachsende Verzögerung.</translation>
    </message>
    <message>
        <source>How long a locked user name (or address) stays locked, and a failure is remembered, in seconds, 1 to 86400. Default 900 (15 min).</source>
        <translation>Wie lange ein gesperrter Benutzername (oder eine Adresse) gesperrt bleibt und ein Fehlschlag gemerkt wird, in Sekunden, 1 bis 86400. Standard 900 (15 min).</translation>
    </message>
    <message>
        <source>viewer, agent, supervisor or admin</source>
        <translation>viewer, agent, supervisor oder admin</translation>
    </message>
    <message>
        <source>--role: &apos;%1&apos; is not viewer, agent, supervisor or admin</source>
        <translation>--role: &apos;%1&apos; ist weder viewer noch agent noch supervisor noch admin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not viewer, agent, supervisor or admin</source>
        <translation>&apos;%1&apos; ist weder viewer noch agent noch supervisor noch admin</translation>
    </message>
    <message>
        <source>usage: pilothouse-server users list|add|set-role|disable|enable|passwd|reset-two-factor [options]
  list                              every user, role and state
  add NAME --role ROLE [--display-name TEXT]   password from standard input
  set-role NAME ROLE                viewer, agent, supervisor or admin
  disable NAME | enable NAME        a disabled user signs in nowhere; their sessions end
  passwd NAME                       new password from standard input
  reset-two-factor NAME             turns off NAME&apos;s two-factor sign-in (a lost phone and
                                    recovery codes); their sessions end
  --data-dir DIR                    the server&apos;s data directory (default: as the server)
Run it while the server is stopped.</source>
        <translation>Aufruf: pilothouse-server users list|add|set-role|disable|enable|passwd|reset-two-factor [Optionen]
  list                              alle Benutzer mit Rolle und Status
  add NAME --role ROLE [--display-name TEXT]   Passwort von der Standardeingabe
  set-role NAME ROLE                viewer, agent, supervisor oder admin
  disable NAME | enable NAME        ein deaktivierter Benutzer kann sich nirgends anmelden; seine Sitzungen enden
  passwd NAME                       neues Passwort von der Standardeingabe
  reset-two-factor NAME             schaltet die Zwei-Faktor-Anmeldung von NAME ab (Telefon und
                                    Wiederherstellungscodes verloren); die Sitzungen enden
  --data-dir DIR                    der Datenordner des Servers (Standard: wie beim Server)
Führen Sie den Befehl aus, während der Server gestoppt ist.</translation>
    </message>
    <message>
        <source>%1 has no two-factor sign-in to reset</source>
        <translation>%1 hat keine Zwei-Faktor-Anmeldung zum Zurücksetzen</translation>
    </message>
    <message>
        <source>two-factor sign-in of %1 is off; their password alone signs them in, and their sessions ended</source>
        <translation>die Zwei-Faktor-Anmeldung von %1 ist aus; das Passwort allein meldet an, und die Sitzungen sind beendet</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::AuditApi</name>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>&quot;user&quot; is at most 128 characters.</source>
        <translation>&quot;user&quot; hat höchstens 128 Zeichen.</translation>
    </message>
    <message>
        <source>At most %1 &quot;action&quot; parameters.</source>
        <translation>Höchstens %1 &quot;action&quot;-Parameter.</translation>
    </message>
    <message>
        <source>&quot;outcome&quot; is &quot;applied&quot; or &quot;refused&quot;.</source>
        <translation>&quot;outcome&quot; ist &quot;applied&quot; oder &quot;refused&quot;.</translation>
    </message>
    <message>
        <source>&quot;to&quot; is before &quot;from&quot;.</source>
        <translation>&quot;to&quot; liegt vor &quot;from&quot;.</translation>
    </message>
    <message>
        <source>Only admins may read the audit log.</source>
        <translation>Nur Administratoren dürfen das Audit-Protokoll lesen.</translation>
    </message>
    <message>
        <source>The server could not read the audit log; try again.</source>
        <translation>Der Server konnte das Audit-Protokoll nicht lesen; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::CommandHandler</name>
    <message>
        <source>command id must be 1 to 128 characters</source>
        <translation>Die Befehls-ID muss 1 bis 128 Zeichen lang sein</translation>
    </message>
    <message>
        <source>this command id was already used for a different command</source>
        <translation>Diese Befehls-ID wurde bereits für einen anderen Befehl verwendet</translation>
    </message>
    <message>
        <source>unknown command: </source>
        <translation>Unbekannter Befehl: </translation>
    </message>
    <message>
        <source>the server could not save this</source>
        <translation>Der Server konnte dies nicht speichern</translation>
    </message>
    <message>
        <source>the conversation changed at the same moment; try again</source>
        <translation>Die Unterhaltung hat sich im selben Moment geändert; versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::CommandPlanner</name>
    <message>
        <source>reason is longer than 2000 bytes</source>
        <translation>Die Begründung ist länger als 2000 Bytes</translation>
    </message>
    <message>
        <source>no such message</source>
        <translation>Nachricht nicht gefunden</translation>
    </message>
    <message>
        <source>only AI replies can be judged</source>
        <translation>Nur KI-Antworten können bewertet werden</translation>
    </message>
    <message>
        <source>no such conversation</source>
        <translation>Unterhaltung nicht gefunden</translation>
    </message>
    <message>
        <source>the note is too long</source>
        <translation>Die Notiz ist zu lang</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>Benutzer nicht gefunden</translation>
    </message>
    <message>
        <source>Only an admin may erase a customer.</source>
        <translation>Nur ein Administrator darf einen Kunden löschen.</translation>
    </message>
    <message>
        <source>no such customer</source>
        <translation>kein solcher Kunde</translation>
    </message>
    <message>
        <source>this customer was already erased</source>
        <translation>dieser Kunde wurde bereits gelöscht</translation>
    </message>
    <message>
        <source>no such conversation to merge into</source>
        <translation>keine solche Unterhaltung zum Zusammenführen</translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation>Pilothouse</translation>
    </message>
    <message numerus="yes">
        <source>%1 merged conversation %2 into this one: %n of the customer&apos;s messages copied from it.</source>
        <comment>the merge note: who, the merged conversation&apos;s id, how many messages</comment>
        <translation>
            <numerusform>%1 hat Unterhaltung %2 hierher zusammengeführt: %n Nachricht des Kunden daraus übernommen.</numerusform>
            <numerusform>%1 hat Unterhaltung %2 hierher zusammengeführt: %n Nachrichten des Kunden daraus übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A viewer can read but not act; ask an admin for another role.</source>
        <translation>Ein Betrachter kann lesen, aber nicht handeln; bitten Sie einen Administrator um eine andere Rolle.</translation>
    </message>
    <message>
        <source>%1 is a viewer and cannot answer customers.</source>
        <translation>%1 ist Betrachter und kann Kunden nicht antworten.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::ConfigApi</name>
    <message>
        <source>Only supervisors and admins edit the rules.</source>
        <translation>Nur Supervisoren und Admins bearbeiten die Regeln.</translation>
    </message>
    <message>
        <source>&quot;body&quot; must hold the rule set.</source>
        <translation>„body“ muss den Regelsatz enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>The draft was not saved: %n field(s) need changing.</source>
        <translation>
            <numerusform>Der Entwurf wurde nicht gespeichert: %n Feld muss geändert werden.</numerusform>
            <numerusform>Der Entwurf wurde nicht gespeichert: %n Felder müssen geändert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft was changed meanwhile (revision %1 by %2 at %3); review it and save again.</source>
        <translation>Der Entwurf wurde inzwischen geändert (Revision %1 von %2 um %3); prüfen Sie ihn und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Only supervisors and admins publish the rules.</source>
        <translation>Nur Supervisoren und Admins veröffentlichen die Regeln.</translation>
    </message>
    <message>
        <source>The draft was changed meanwhile (revision %1 by %2 at %3); review it before publishing.</source>
        <translation>Der Entwurf wurde inzwischen geändert (Revision %1 von %2 um %3); prüfen Sie ihn vor dem Veröffentlichen.</translation>
    </message>
    <message>
        <source>The draft is the published version already; change something before publishing.</source>
        <translation>Der Entwurf ist bereits die veröffentlichte Version; ändern Sie etwas vor dem Veröffentlichen.</translation>
    </message>
    <message>
        <source>There is no version %1.</source>
        <translation>Es gibt keine Version %1.</translation>
    </message>
    <message>
        <source>Version %1 was published meanwhile by %2 at %3; review it before rolling back.</source>
        <translation>Version %1 wurde inzwischen von %2 um %3 veröffentlicht; prüfen Sie sie vor dem Zurücksetzen.</translation>
    </message>
    <message>
        <source>Version %1 is what is published already.</source>
        <translation>Version %1 ist bereits veröffentlicht.</translation>
    </message>
    <message>
        <source>The body must be a JSON object: %1</source>
        <translation>Der Inhalt muss ein JSON-Objekt sein: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least 0.</source>
        <translation>„%1“ muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>&quot;note&quot; must be text of at most %1 characters.</source>
        <translation>„note“ muss Text mit höchstens %1 Zeichen sein.</translation>
    </message>
    <message>
        <source>The server could not save the change; try again.</source>
        <translation>Der Server konnte die Änderung nicht speichern; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no configuration document &quot;%1&quot;; the server keeps &quot;rules&quot; and &quot;replies&quot;.</source>
        <translation>Es gibt kein Konfigurationsdokument „%1“; der Server führt „rules“ und „replies“.</translation>
    </message>
    <message>
        <source>Only supervisors and admins edit the saved replies.</source>
        <translation>Nur Supervisoren und Admins bearbeiten die gespeicherten Antworten.</translation>
    </message>
    <message>
        <source>Only supervisors and admins publish the saved replies.</source>
        <translation>Nur Supervisoren und Admins veröffentlichen die gespeicherten Antworten.</translation>
    </message>
    <message>
        <source>&quot;body&quot; must hold the saved replies.</source>
        <translation>„body“ muss die gespeicherten Antworten enthalten.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::ConversationStateMachine</name>
    <message>
        <source>This conversation is resolved.</source>
        <translation>Diese Unterhaltung ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Nobody owns this conversation.</source>
        <translation>Niemand hat diese Unterhaltung übernommen.</translation>
    </message>
    <message>
        <source>This conversation is already resolved.</source>
        <translation>Diese Unterhaltung ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Take the conversation over before resolving it.</source>
        <translation>Übernehmen Sie die Unterhaltung, bevor Sie sie abschließen.</translation>
    </message>
    <message>
        <source>Only supervisors can transfer conversations.</source>
        <translation>Nur Supervisoren können Unterhaltungen übertragen.</translation>
    </message>
    <message>
        <source>Only supervisors can whisper to the AI.</source>
        <translation>Nur Supervisoren können der KI zuflüstern.</translation>
    </message>
    <message>
        <source>The AI is not handling this conversation.</source>
        <translation>Die KI bearbeitet diese Unterhaltung nicht.</translation>
    </message>
    <message>
        <source>Take the conversation over before replying.</source>
        <translation>Übernehmen Sie die Unterhaltung, bevor Sie antworten.</translation>
    </message>
    <message>
        <source>Only supervisors can merge conversations.</source>
        <translation>Nur Supervisoren können Unterhaltungen zusammenführen.</translation>
    </message>
    <message>
        <source>A conversation cannot be merged into itself.</source>
        <translation>Eine Unterhaltung kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Only conversations of the same customer can be merged.</source>
        <translation>Nur Unterhaltungen desselben Kunden können zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The conversation to merge into is resolved.</source>
        <translation>Die Zielunterhaltung ist bereits gelöst.</translation>
    </message>
    <message>
        <source>Merged into conversation %1.</source>
        <translation>Mit Unterhaltung %1 zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Database</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot use the database %1 (is it a SQLite file?): %2</source>
        <translation>Die Datenbank %1 kann nicht verwendet werden (ist es eine SQLite-Datei?): %2</translation>
    </message>
    <message>
        <source>cannot configure the database: %1</source>
        <translation>Die Datenbank kann nicht konfiguriert werden: %1</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this server supports (%3); use a newer pilothouse-server or another --data-dir</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, die neuer ist, als dieser Server unterstützt (%3); verwenden Sie einen neueren pilothouse-server oder ein anderes --data-dir</translation>
    </message>
    <message>
        <source>cannot start a migration: %1</source>
        <translation>Eine Migration kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>Die Migration auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot commit migration %1: %2</source>
        <translation>Die Migration %1 kann nicht festgeschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Engine</name>
    <message>
        <source>Pilothouse</source>
        <translation>Pilothouse</translation>
    </message>
    <message>
        <source>Handed to a person: %1.</source>
        <translation>An einen Menschen übergeben: %1.</translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Regel: %1.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::EventLog</name>
    <message>
        <source>cannot write the event log&apos;s epoch</source>
        <translation>Die Epoch-Kennung des Ereignisprotokolls kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read the event log: %1</source>
        <translation>Das Ereignisprotokoll kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Gateway</name>
    <message>
        <source>This endpoint speaks WebSocket only.</source>
        <translation>Dieser Endpunkt unterstützt nur WebSocket.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::History</name>
    <message>
        <source>the demo history needs the demo users agent and supervisor</source>
        <translation>Die Demo-Historie benötigt die Demo-Benutzer agent und supervisor</translation>
    </message>
    <message>
        <source>cannot write the demo history into %1 (see the log); remove that directory and start again, or start with --history-days 0</source>
        <translation>Die Demo-Historie kann nicht in %1 geschrieben werden (siehe Protokoll); entfernen Sie diesen Ordner und starten Sie neu, oder starten Sie mit --history-days 0</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::RestApi</name>
    <message>
        <source>The body must be a JSON object with string fields &quot;user&quot; (not empty) and &quot;password&quot;: %1</source>
        <translation>Der Anfragetext muss ein JSON-Objekt mit den String-Feldern &quot;user&quot; (nicht leer) und &quot;password&quot; sein: %1</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>The server could not sign you in; try again.</source>
        <translation>Der Server konnte Sie nicht anmelden; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign in first: send the session token as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Melden Sie sich zuerst an: Senden Sie das Sitzungstoken als &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>The query parameter &quot;%1&quot; must be a date YYYY-MM-DD.</source>
        <translation>Der Abfrageparameter &quot;%1&quot; muss ein Datum im Format YYYY-MM-DD sein.</translation>
    </message>
    <message>
        <source>The query parameter &quot;to&quot; must not be before &quot;from&quot;.</source>
        <translation>Der Abfrageparameter &quot;to&quot; darf nicht vor &quot;from&quot; liegen.</translation>
    </message>
    <message>
        <source>The range from &quot;from&quot; to &quot;to&quot; spans more than %1 days.</source>
        <translation>Der Bereich von &quot;from&quot; bis &quot;to&quot; umfasst mehr als %1 Tage.</translation>
    </message>
    <message>
        <source>Only admins may change the cost model.</source>
        <translation>Nur Administratoren dürfen das Kostenmodell ändern.</translation>
    </message>
    <message>
        <source>The body must be a cost model with &quot;baseVersion&quot;: %1</source>
        <translation>Der Anfragetext muss ein Kostenmodell mit &quot;baseVersion&quot; sein: %1</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>Die Notiz ist länger als %1 Zeichen.</translation>
    </message>
    <message numerus="yes">
        <source>The cost model was not saved: %n field(s) hold values out of range.</source>
        <translation>
            <numerusform>Das Kostenmodell wurde nicht gespeichert: %n Feld enthält einen Wert außerhalb des zulässigen Bereichs.</numerusform>
            <numerusform>Das Kostenmodell wurde nicht gespeichert: %n Felder enthalten Werte außerhalb des zulässigen Bereichs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cost model was changed meanwhile (version %1 by %2); review it and save again.</source>
        <translation>Das Kostenmodell wurde zwischenzeitlich geändert (Version %1 von %2); prüfen Sie es und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The server could not save the cost model; try again.</source>
        <translation>Der Server konnte das Kostenmodell nicht speichern; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The query parameter &quot;%1&quot; must be %2.</source>
        <translation>Der Abfrageparameter &quot;%1&quot; muss %2 sein.</translation>
    </message>
    <message>
        <source>a figure&apos;s name, such as aiResolutionStrict</source>
        <translation>der Name einer Kennzahl, etwa aiResolutionStrict</translation>
    </message>
    <message>
        <source>&quot;numerator&quot; or &quot;denominator&quot;</source>
        <translation>&quot;numerator&quot; oder &quot;denominator&quot;</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>ein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a date not before &quot;from&quot;</source>
        <translation>ein Datum nicht vor &quot;from&quot;</translation>
    </message>
    <message>
        <source>at most %1 days after &quot;from&quot;</source>
        <translation>höchstens %1 Tage nach &quot;from&quot;</translation>
    </message>
    <message>
        <source>channels separated by commas, such as chat,email</source>
        <translation>eine durch Kommas getrennte Liste von Kanälen, etwa chat,email</translation>
    </message>
    <message>
        <source>a conversation kind, such as support or sales</source>
        <translation>eine Art von Unterhaltung, etwa support oder sales</translation>
    </message>
    <message>
        <source>&quot;true&quot; or &quot;false&quot;</source>
        <translation>&quot;true&quot; oder &quot;false&quot;</translation>
    </message>
    <message>
        <source>1, 5, 7 or 30 (days)</source>
        <translation>1, 5, 7 oder 30 (Tage)</translation>
    </message>
    <message>
        <source>a confidence band&apos;s lower bound: 0, 10, 20, ... 90</source>
        <translation>die untere Grenze eines Konfidenzbereichs: 0, 10, 20, ... 90</translation>
    </message>
    <message>
        <source>absent for any figure but %1</source>
        <translation>bei jeder Kennzahl außer %1 weggelassen</translation>
    </message>
    <message>
        <source>Only admins may export a customer&apos;s data.</source>
        <translation>Nur Administratoren dürfen die Daten eines Kunden exportieren.</translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation>Diesen Kunden gibt es nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Warten Sie %n Sekunde bis zum nächsten Versuch.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Warten Sie %n Sekunden bis zum nächsten Versuch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only viewers, supervisors and admins may read the cost model.</source>
        <translation>Nur Betrachter, Supervisoren und Administratoren dürfen das Kostenmodell lesen.</translation>
    </message>
    <message>
        <source>Only viewers, supervisors and admins may read the analytics facts.</source>
        <translation>Nur Betrachter, Supervisoren und Administratoren dürfen die Analysedaten lesen.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or a recovery code.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App oder einen Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>That code is not right, or was used already. Enter the code the app shows now.</source>
        <translation>Dieser Code ist falsch oder wurde schon benutzt. Geben Sie den Code ein, den die App jetzt zeigt.</translation>
    </message>
    <message>
        <source>This server requires two-factor sign-in: set it up first (POST /api/v1/account/two-factor).</source>
        <translation>Dieser Server verlangt die Zwei-Faktor-Anmeldung: Richten Sie sie zuerst ein (POST /api/v1/account/two-factor).</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::SecretBox</name>
    <message>
        <source>cannot create the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the key file %1 is not %2 bytes long; restore it from a backup (without it, two-factor sign-in must be reset for every user)</source>
        <translation>die Schlüsseldatei %1 ist nicht %2 Byte lang; stellen Sie sie aus einer Sicherung wieder her (ohne sie muss die Zwei-Faktor-Anmeldung für alle Benutzer zurückgesetzt werden)</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Seeder</name>
    <message>
        <source>cannot seed the demo catalog into the database</source>
        <translation>Der Demo-Katalog kann nicht in die Datenbank geladen werden</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::ServerApp</name>
    <message>
        <source>the built-in demo catalog is missing or malformed</source>
        <translation>Der eingebaute Demo-Katalog fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>Auf %1:%2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>Demo Agent</source>
        <translation>Demo-Agent</translation>
    </message>
    <message>
        <source>Demo Supervisor</source>
        <translation>Demo-Supervisor</translation>
    </message>
    <message>
        <source>Demo Admin</source>
        <translation>Demo-Admin</translation>
    </message>
    <message>
        <source>cannot create the demo user %1</source>
        <translation>Der Demo-Benutzer %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>demo sign-in: user %1, password %2 (role %1)</source>
        <translation>Demo-Anmeldung: Benutzer %1, Passwort %2 (Rolle %1)</translation>
    </message>
    <message>
        <source>Demo Viewer</source>
        <translation>Demo-Betrachter</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::SessionsApi</name>
    <message>
        <source>Only admins may see other users&apos; sessions.</source>
        <translation>Nur Administratoren dürfen die Sitzungen anderer Benutzer sehen.</translation>
    </message>
    <message>
        <source>There is no such session.</source>
        <translation>Diese Sitzung gibt es nicht.</translation>
    </message>
    <message>
        <source>The server could not end the session; try again.</source>
        <translation>Der Server konnte die Sitzung nicht beenden; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::TwoFactorApi</name>
    <message>
        <source>Two-factor sign-in is already on for %1; an admin can reset it.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist für %1 schon eingeschaltet; ein Administrator kann sie zurücksetzen.</translation>
    </message>
    <message>
        <source>The server could not start the set-up; try again.</source>
        <translation>Der Server konnte die Einrichtung nicht beginnen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The body must be a JSON object with the string &quot;code&quot; (the 6 digits the app shows).</source>
        <translation>Der Inhalt muss ein JSON-Objekt mit der Zeichenkette &quot;code&quot; sein (die 6 Ziffern, die die App zeigt).</translation>
    </message>
    <message>
        <source>There is no set-up to confirm: start one first (or two-factor sign-in is already on).</source>
        <translation>Es gibt keine Einrichtung zu bestätigen: Beginnen Sie zuerst eine (oder die Zwei-Faktor-Anmeldung ist schon eingeschaltet).</translation>
    </message>
    <message>
        <source>That code is not right. Check the app&apos;s clock and enter the code it shows now.</source>
        <translation>Dieser Code ist falsch. Prüfen Sie die Uhr der App und geben Sie den Code ein, den sie jetzt zeigt.</translation>
    </message>
    <message>
        <source>The server could not save this; try again.</source>
        <translation>Der Server konnte das nicht speichern; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Only admins reset another user&apos;s two-factor sign-in.</source>
        <translation>Nur Administratoren setzen die Zwei-Faktor-Anmeldung anderer Benutzer zurück.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Es gibt keinen Benutzer namens %1.</translation>
    </message>
    <message>
        <source>Only admins read and set the sign-in rules.</source>
        <translation>Nur Administratoren lesen und setzen die Anmelderegeln.</translation>
    </message>
    <message>
        <source>The body must be a JSON object with the boolean &quot;twoFactorRequired&quot;: %1</source>
        <translation>Der Rumpf muss ein JSON-Objekt mit dem booleschen Feld &quot;twoFactorRequired&quot; sein: %1</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in for yourself first (Settings), then require it of everyone.</source>
        <translation>Schalten Sie die Zwei-Faktor-Anmeldung zuerst für sich selbst ein (Einstellungen) und verlangen Sie sie dann von allen.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::UsersApi</name>
    <message>
        <source>The body could not be read: %1</source>
        <translation>Der Inhalt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Only admins manage users.</source>
        <translation>Nur Administratoren verwalten Benutzer.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is 1 to %1 characters, without &quot;/&quot;.</source>
        <translation>&quot;name&quot; hat 1 bis %1 Zeichen, ohne &quot;/&quot;.</translation>
    </message>
    <message>
        <source>There is a user named %1 already.</source>
        <translation>Es gibt bereits einen Benutzer namens %1.</translation>
    </message>
    <message>
        <source>The server could not save the user; try again.</source>
        <translation>Der Server konnte den Benutzer nicht speichern; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Es gibt keinen Benutzer namens %1.</translation>
    </message>
    <message>
        <source>%1 is the last active admin; make another user admin first.</source>
        <translation>%1 ist der letzte aktive Administrator; machen Sie zuerst einen anderen Benutzer zum Administrator.</translation>
    </message>
    <message>
        <source>The server could not save the change; try again.</source>
        <translation>Der Server konnte die Änderung nicht speichern; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server could not save the password; try again.</source>
        <translation>Der Server konnte das Passwort nicht speichern; versuchen Sie es erneut.</translation>
    </message>
</context>
</TS>
