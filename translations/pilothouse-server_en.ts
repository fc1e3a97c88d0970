<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DataDirLock</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pilothouse-server (process %1) is running on %2; stop it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the data directory %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is on every list of common passwords; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server</name>
    <message>
        <source>expected HOST:PORT, e.g. 127.0.0.1:8787 or [::1]:0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: port must be 0..65535 (0 = pick a free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: &apos;%2&apos; is not an IP address or localhost; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--log-level &apos;%1&apos;: accepted values are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos;: expected a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected scenario=weight,... with scenarios %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mix &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mix: unknown scenario &apos;%1&apos;; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mix &apos;%1&apos;: weight must be a number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mix &apos;%1&apos;: at least one weight must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilothouse reference backend: REST login, WebSocket event stream, built-in AI agent and customer simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on, HOST:PORT (port 0 picks a free one). Default 127.0.0.1:8787.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory for the database. Default: the per-user application data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create demo users (agent, supervisor, admin), print their passwords and simulate traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated conversations per minute (0 = off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario weights, scenario=weight,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed for reproducible traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace, debug, info, warn, error or off. Default info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of a sign-in token in seconds, 60 to 31622400. Default 43200 (12 h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate chain (server certificate first): serve https and wss instead of http and ws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted PEM private key of --tls-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long events stay available for replay. Default 604800 (7 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes that may wait to be sent to one connection before it is closed with 4013. Default 8388608.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest gap a hello may ask to replay; a longer one gets a snapshot. Default 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; this program takes options only. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--simulate &apos;%1&apos;: expected conversations per minute from 0 to %2 (0 = off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed &apos;%1&apos;: expected a whole number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir: no default location on this system; pass a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: cannot read the file (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: give both, or neither for plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this build of Qt has no TLS backend (OpenSSL 3 is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: no PEM certificate in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: no unencrypted PEM private key (RSA or EC) in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not belong to the certificate in &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer asked for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AI was not confident in its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer is upset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer is a VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request touches legal or policy questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AI does not know the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lookup the AI needed failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AI kept going in circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule asked for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long after the AI&apos;s answer a customer who does not write again counts as helped: the conversation is resolved (reason no_reply). Default 600000 (10 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an escalated conversation may wait for a person before it counts as abandoned. Default 1800000 (30 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest time between two recomputes of the facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pilothouse-server users: no password on standard input (one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name colleagues see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name is 1 to 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user %1 exists already; use set-role or passwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused the new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active admin; make another user admin first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password of %1 is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of simulated past traffic a new demo data directory starts with, 0 to 365 (0 = none). Default 30 under --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean conversations a day in that past, 1 to 5000 (busier on weekdays and in the daytime). Default 300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history-days: the simulated past needs --demo (its operators are the demo users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a closing connection may take to drain before it is aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins of one user name (from anywhere) that lock it, 3 to 1000. Default 10. Attempts wait a growing delay from the fourth failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a locked user name (or address) stays locked, and a failure is remembered, in seconds, 1 to 86400. Default 900 (15 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer, agent, supervisor or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: &apos;%1&apos; is not viewer, agent, supervisor or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not viewer, agent, supervisor or admin</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no two-factor sign-in to reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two-factor sign-in of %1 is off; their password alone signs them in, and their sessions ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server::AuditApi</name>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;user&quot; is at most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 &quot;action&quot; parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;outcome&quot; is &quot;applied&quot; or &quot;refused&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;to&quot; is before &quot;from&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins may read the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not read the audit log; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server::CommandHandler</name>
    <message>
        <source>command id must be 1 to 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command id was already used for a different command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not save this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversation changed at the same moment; try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server::CommandPlanner</name>
    <message>
        <source>reason is longer than 2000 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only AI replies can be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin may erase a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this customer was already erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such conversation to merge into</source>
        <translation>no such conversation to merge into</translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation>Pilothouse</translation>
    </message>
    <message numerus="yes">
        <source>%1 merged conversation %2 into this one: %n of the customer&apos;s messages copied from it.</source>
        <comment>the merge note: who, the merged conversation&apos;s id, how many messages</comment>
        <translation>
            <numerusform>%1 merged conversation %2 into this one: %n of the customer&apos;s messages copied from it.</numerusform>
            <numerusform>%1 merged conversation %2 into this one: %n of the customer&apos;s messages copied from it.</numerusform>
        </translation>
    </message>
    <message>
        <source>A viewer can read but not act; ask an admin for another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a viewer and cannot answer customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server::ConfigApi</name>
    <message>
        <source>Only supervisors and admins edit the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;body&quot; must hold the rule set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The draft was not saved: %n field(s) need changing.</source>
        <translation>
            <numerusform>The draft was not saved: %n field need changing.</numerusform>
            <numerusform>The draft was not saved: %n fields need changing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft was changed meanwhile (revision %1 by %2 at %3); review it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and admins publish the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was changed meanwhile (revision %1 by %2 at %3); review it before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is the published version already; change something before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was published meanwhile by %2 at %3; review it before rolling back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is what is published already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;note&quot; must be text of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not save the change; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no configuration document &quot;%1&quot;; the server keeps &quot;rules&quot; and &quot;replies&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and admins edit the saved replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and admins publish the saved replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;body&quot; must hold the saved replies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server::ConversationStateMachine</name>
    <message>
        <source>This conversation is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody owns this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the conversation over before resolving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors can transfer conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors can whisper to the AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI is not handling this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the conversation over before replying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors can merge conversations.</source>
        <translation>Only supervisors can merge conversations.</translation>
    </message>
    <message>
        <source>A conversation cannot be merged into itself.</source>
        <translation>A conversation cannot be merged into itself.</translation>
    </message>
    <message>
        <source>Only conversations of the same customer can be merged.</source>
        <translation>Only conversations of the same customer can be merged.</translation>
    </message>
    <message>
        <source>The conversation to merge into is resolved.</source>
        <translation>The conversation to merge into is resolved.</translation>
    </message>
    <message>
        <source>Merged into conversation %1.</source>
        <translation>Merged into conversation %1.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Database</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the database %1 (is it a SQLite file?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot configure the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this server supports (%3); use a newer pilothouse-server or another --data-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit migration %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server::EventLog</name>
    <message>
        <source>cannot write the event log&apos;s epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the event log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Gateway</name>
    <message>
        <source>This endpoint speaks WebSocket only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server::History</name>
    <message>
        <source>the demo history needs the demo users agent and supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the demo history into %1 (see the log); remove that directory and start again, or start with --history-days 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server::RestApi</name>
    <message>
        <source>The body must be a JSON object with string fields &quot;user&quot; (not empty) and &quot;password&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not sign you in; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: send the session token as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query parameter &quot;%1&quot; must be a date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query parameter &quot;to&quot; must not be before &quot;from&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range from &quot;from&quot; to &quot;to&quot; spans more than %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins may change the cost model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a cost model with &quot;baseVersion&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The cost model was not saved: %n field(s) hold values out of range.</source>
        <translation>
            <numerusform>The cost model was not saved: %n field hold values out of range.</numerusform>
            <numerusform>The cost model was not saved: %n fields hold values out of range.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cost model was changed meanwhile (version %1 by %2); review it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not save the cost model; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query parameter &quot;%1&quot; must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a figure&apos;s name, such as aiResolutionStrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;numerator&quot; or &quot;denominator&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date not before &quot;from&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 days after &quot;from&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels separated by commas, such as chat,email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conversation kind, such as support or sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;true&quot; or &quot;false&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1, 5, 7 or 30 (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a confidence band&apos;s lower bound: 0, 10, 20, ... 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent for any figure but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins may export a customer&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Too many failed sign-ins. Wait %n second before the next attempt.</numerusform>
            <numerusform>Too many failed sign-ins. Wait %n seconds before the next attempt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only viewers, supervisors and admins may read the cost model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only viewers, supervisors and admins may read the analytics facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or a recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not right, or was used already. Enter the code the app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server requires two-factor sign-in: set it up first (POST /api/v1/account/two-factor).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server::SecretBox</name>
    <message>
        <source>cannot create the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 is not %2 bytes long; restore it from a backup (without it, two-factor sign-in must be reset for every user)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Seeder</name>
    <message>
        <source>cannot seed the demo catalog into the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server::ServerApp</name>
    <message>
        <source>the built-in demo catalog is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the demo user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo sign-in: user %1, password %2 (role %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server::SessionsApi</name>
    <message>
        <source>Only admins may see other users&apos; sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not end the session; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server::TwoFactorApi</name>
    <message>
        <source>Two-factor sign-in is already on for %1; an admin can reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not start the set-up; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object with the string &quot;code&quot; (the 6 digits the app shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no set-up to confirm: start one first (or two-factor sign-in is already on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not right. Check the app&apos;s clock and enter the code it shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not save this; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins reset another user&apos;s two-factor sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins read and set the sign-in rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object with the boolean &quot;twoFactorRequired&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in for yourself first (Settings), then require it of everyone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::server::UsersApi</name>
    <message>
        <source>The body could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; is 1 to %1 characters, without &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a user named %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not save the user; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active admin; make another user admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not save the change; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not save the password; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
