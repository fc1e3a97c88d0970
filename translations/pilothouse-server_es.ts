<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DataDirLock</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>no se puede crear la carpeta de datos %1</translation>
    </message>
    <message>
        <source>a pilothouse-server (process %1) is running on %2; stop it first</source>
        <translation>ya hay un pilothouse-server (proceso %1) en ejecución sobre %2; detenlo primero</translation>
    </message>
    <message>
        <source>cannot lock the data directory %1</source>
        <translation>no se puede bloquear la carpeta de datos %1</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>La contraseña es demasiado corta: usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>La contraseña es demasiado larga: usa como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The password may not contain the user name.</source>
        <translation>La contraseña no puede contener el nombre de usuario.</translation>
    </message>
    <message>
        <source>This password is on every list of common passwords; choose another.</source>
        <translation>Esta contraseña aparece en todas las listas de contraseñas comunes; elige otra.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server</name>
    <message>
        <source>expected HOST:PORT, e.g. 127.0.0.1:8787 or [::1]:0</source>
        <translation>se espera HOST:PORT, p. ej., 127.0.0.1:8787 o [::1]:0</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: %2</source>
        <translation>--listen &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: port must be 0..65535 (0 = pick a free port)</source>
        <translation>--listen &apos;%1&apos;: el puerto debe estar entre 0 y 65535 (0 = elegir un puerto libre)</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: &apos;%2&apos; is not an IP address or localhost; %3</source>
        <translation>--listen &apos;%1&apos;: &apos;%2&apos; no es una dirección IP ni localhost; %3</translation>
    </message>
    <message>
        <source>--log-level &apos;%1&apos;: accepted values are %2</source>
        <translation>--log-level &apos;%1&apos;: los valores admitidos son %2</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos;: expected a whole number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos;: se espera un número entero de %3 a %4</translation>
    </message>
    <message>
        <source>expected scenario=weight,... with scenarios %1</source>
        <translation>se espera scenario=weight,... con los escenarios %1</translation>
    </message>
    <message>
        <source>--mix &apos;%1&apos;: %2</source>
        <translation>--mix &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--mix: unknown scenario &apos;%1&apos;; %2</source>
        <translation>--mix: escenario desconocido &apos;%1&apos;; %2</translation>
    </message>
    <message>
        <source>--mix &apos;%1&apos;: weight must be a number &gt;= 0</source>
        <translation>--mix &apos;%1&apos;: el peso debe ser un número &gt;= 0</translation>
    </message>
    <message>
        <source>--mix &apos;%1&apos;: at least one weight must be above 0</source>
        <translation>--mix &apos;%1&apos;: al menos un peso debe ser mayor que 0</translation>
    </message>
    <message>
        <source>Pilothouse reference backend: REST login, WebSocket event stream, built-in AI agent and customer simulator.</source>
        <translation>Backend de referencia de Pilothouse: inicio de sesión REST, flujo de eventos WebSocket, agente de IA integrado y simulador de clientes.</translation>
    </message>
    <message>
        <source>Address to listen on, HOST:PORT (port 0 picks a free one). Default 127.0.0.1:8787.</source>
        <translation>Dirección en la que escuchar, HOST:PORT (el puerto 0 elige uno libre). Predeterminada: 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>Directory for the database. Default: the per-user application data directory.</source>
        <translation>Carpeta para la base de datos. Predeterminada: la carpeta de datos de la aplicación del usuario.</translation>
    </message>
    <message>
        <source>Create demo users (agent, supervisor, admin), print their passwords and simulate traffic.</source>
        <translation>Crear usuarios de demostración (agent, supervisor, admin), mostrar sus contraseñas y simular tráfico.</translation>
    </message>
    <message>
        <source>Simulated conversations per minute (0 = off).</source>
        <translation>Conversaciones simuladas por minuto (0 = desactivado).</translation>
    </message>
    <message>
        <source>Scenario weights, scenario=weight,...</source>
        <translation>Pesos de los escenarios, scenario=weight,...</translation>
    </message>
    <message>
        <source>Random seed for reproducible traffic.</source>
        <translation>Semilla aleatoria para un tráfico reproducible.</translation>
    </message>
    <message>
        <source>trace, debug, info, warn, error or off. Default info.</source>
        <translation>trace, debug, info, warn, error u off. Predeterminado: info.</translation>
    </message>
    <message>
        <source>Lifetime of a sign-in token in seconds, 60 to 31622400. Default 43200 (12 h).</source>
        <translation>Duración de un token de inicio de sesión en segundos, de 60 a 31622400. Predeterminada: 43200 (12 h).</translation>
    </message>
    <message>
        <source>PEM certificate chain (server certificate first): serve https and wss instead of http and ws.</source>
        <translation>Cadena de certificados PEM (primero el certificado del servidor): servir https y wss en lugar de http y ws.</translation>
    </message>
    <message>
        <source>Unencrypted PEM private key of --tls-cert.</source>
        <translation>Clave privada PEM sin cifrar de --tls-cert.</translation>
    </message>
    <message>
        <source>Heartbeat interval.</source>
        <translation>Intervalo del heartbeat.</translation>
    </message>
    <message>
        <source>Idle timeout.</source>
        <translation>Tiempo de espera por inactividad.</translation>
    </message>
    <message>
        <source>Hello timeout.</source>
        <translation>Tiempo de espera del hello.</translation>
    </message>
    <message>
        <source>How long events stay available for replay. Default 604800 (7 days).</source>
        <translation>Tiempo durante el que los eventos siguen disponibles para reenviarse. Predeterminado: 604800 (7 días).</translation>
    </message>
    <message>
        <source>Bytes that may wait to be sent to one connection before it is closed with 4013. Default 8388608.</source>
        <translation>Bytes que pueden quedar pendientes de envío a una conexión antes de cerrarla con 4013. Predeterminado: 8388608.</translation>
    </message>
    <message>
        <source>The longest gap a hello may ask to replay; a longer one gets a snapshot. Default 100000.</source>
        <translation>El mayor hueco que un hello puede pedir que se reenvíe; si es mayor, recibe una instantánea. Predeterminado: 100000.</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>Consulta --help.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; this program takes options only. See --help.</source>
        <translation>argumento inesperado &apos;%1&apos;; este programa solo admite opciones. Consulta --help.</translation>
    </message>
    <message>
        <source>--simulate &apos;%1&apos;: expected conversations per minute from 0 to %2 (0 = off)</source>
        <translation>--simulate &apos;%1&apos;: se espera un número de conversaciones por minuto de 0 a %2 (0 = desactivado)</translation>
    </message>
    <message>
        <source>--seed &apos;%1&apos;: expected a whole number &gt;= 0</source>
        <translation>--seed &apos;%1&apos;: se espera un número entero &gt;= 0</translation>
    </message>
    <message>
        <source>--data-dir: no default location on this system; pass a directory</source>
        <translation>--data-dir: no hay ubicación predeterminada en este sistema; indica una carpeta</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: cannot read the file (%3)</source>
        <translation>%1 &apos;%2&apos;: no se puede leer el archivo (%3)</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: give both, or neither for plain HTTP</source>
        <translation>--tls-cert y --tls-key van juntas: indica ambas, o ninguna para HTTP sin cifrar</translation>
    </message>
    <message>
        <source>%1: this build of Qt has no TLS backend (OpenSSL 3 is needed)</source>
        <translation>%1: esta compilación de Qt no tiene backend TLS (se necesita OpenSSL 3)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: no PEM certificate in the file</source>
        <translation>%1 &apos;%2&apos;: el archivo no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: no unencrypted PEM private key (RSA or EC) in the file</source>
        <translation>%1 &apos;%2&apos;: el archivo no contiene ninguna clave privada PEM sin cifrar (RSA o EC)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not belong to the certificate in &apos;%3&apos;</source>
        <translation>%1 &apos;%2&apos; no corresponde al certificado de &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the customer asked for a person</source>
        <translation>el cliente pidió una persona</translation>
    </message>
    <message>
        <source>the AI was not confident in its answer</source>
        <translation>la IA no estaba segura de su respuesta</translation>
    </message>
    <message>
        <source>the customer is upset</source>
        <translation>el cliente está molesto</translation>
    </message>
    <message>
        <source>the customer is a VIP</source>
        <translation>el cliente es VIP</translation>
    </message>
    <message>
        <source>the request touches legal or policy questions</source>
        <translation>la solicitud toca cuestiones legales o de políticas</translation>
    </message>
    <message>
        <source>the AI does not know the answer</source>
        <translation>la IA no sabe la respuesta</translation>
    </message>
    <message>
        <source>a lookup the AI needed failed</source>
        <translation>falló una consulta que la IA necesitaba</translation>
    </message>
    <message>
        <source>the AI kept going in circles</source>
        <translation>la IA daba vueltas en círculo</translation>
    </message>
    <message>
        <source>a rule asked for a person</source>
        <translation>una regla pidió una persona</translation>
    </message>
    <message>
        <source>How long after the AI&apos;s answer a customer who does not write again counts as helped: the conversation is resolved (reason no_reply). Default 600000 (10 minutes).</source>
        <translation>Tiempo tras la respuesta de la IA a partir del cual un cliente que no vuelve a escribir se considera atendido: la conversación se resuelve (motivo no_reply). Predeterminado: 600000 (10 minutos).</translation>
    </message>
    <message>
        <source>How long an escalated conversation may wait for a person before it counts as abandoned. Default 1800000 (30 minutes).</source>
        <translation>Tiempo que una conversación escalada puede esperar a una persona antes de considerarse abandonada. Predeterminado: 1800000 (30 minutos).</translation>
    </message>
    <message>
        <source>Shortest time between two recomputes of the facts.</source>
        <translation>Tiempo mínimo entre dos recálculos de los hechos.</translation>
    </message>
    <message>
        <source>pilothouse-server users: no password on standard input (one line)</source>
        <translation>pilothouse-server users: no hay ninguna contraseña en la entrada estándar (una línea)</translation>
    </message>
    <message>
        <source>The server&apos;s data directory.</source>
        <translation>La carpeta de datos del servidor.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>The name colleagues see.</source>
        <translation>El nombre que ven los compañeros.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wrong number of arguments for &apos;%1&apos;</source>
        <translation>número de argumentos incorrecto para &apos;%1&apos;</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>a user name is 1 to 64 characters</source>
        <translation>un nombre de usuario tiene entre 1 y 64 caracteres</translation>
    </message>
    <message>
        <source>the user %1 exists already; use set-role or passwd</source>
        <translation>el usuario %1 ya existe; usa set-role o passwd</translation>
    </message>
    <message>
        <source>the database refused the new user</source>
        <translation>la base de datos rechazó el nuevo usuario</translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>se añadió %1 (%2)</translation>
    </message>
    <message>
        <source>no user named %1</source>
        <translation>no existe ningún usuario llamado %1</translation>
    </message>
    <message>
        <source>%1 is the last active admin; make another user admin first</source>
        <translation>%1 es el último admin activo; haz admin a otro usuario primero</translation>
    </message>
    <message>
        <source>the database refused the change</source>
        <translation>la base de datos rechazó el cambio</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ahora es %2</translation>
    </message>
    <message>
        <source>%1 may sign in again</source>
        <translation>%1 puede volver a iniciar sesión</translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions ended</source>
        <translation>%1 está desactivado; sus sesiones han terminado</translation>
    </message>
    <message>
        <source>the password of %1 is changed</source>
        <translation>se ha cambiado la contraseña de %1</translation>
    </message>
    <message>
        <source>Days of simulated past traffic a new demo data directory starts with, 0 to 365 (0 = none). Default 30 under --demo.</source>
        <translation>Días de tráfico pasado simulado con los que empieza una carpeta de datos de demostración nueva, de 0 a 365 (0 = ninguno). Predeterminado: 30 con --demo.</translation>
    </message>
    <message>
        <source>Mean conversations a day in that past, 1 to 5000 (busier on weekdays and in the daytime). Default 300.</source>
        <translation>Media de conversaciones al día en ese pasado, de 1 a 5000 (más en días laborables y durante el día). Predeterminado: 300.</translation>
    </message>
    <message>
        <source>--history-days: the simulated past needs --demo (its operators are the demo users)</source>
        <translation>--history-days: el pasado simulado necesita --demo (sus operadores son los usuarios de demostración)</translation>
    </message>
    <message>
        <source>How long a closing connection may take to drain before it is aborted.</source>
        <translation>Tiempo que una conexión que se está cerrando puede tardar en vaciarse antes de interrumpirse.</translation>
    </message>
    <message>
        <source>Failed sign-ins of one user name (from anywhere) that lock it, 3 to 1000. Default 10. Attempts wait a growing delay from the fourth failure.</source>
        <translation>Inicios de sesión fallidos de un nombre de usuario (desde cualquier lugar) que lo bloquean, de 3 a 1000. Por defecto 10. Desde el cuarto fallo, los intentos esperan un retardo creciente.</translation>
    </message>
    <message>
        <source>How long a locked user name (or address) stays locked, and a failure is remembered, in seconds, 1 to 86400. Default 900 (15 min).</source>
        <translation>Cuánto tiempo sigue bloqueado un nombre de usuario (o una dirección) y se recuerda un fallo, en segundos, de 1 a 86400. Por defecto 900 (15 min).</translation>
    </message>
    <message>
        <source>viewer, agent, supervisor or admin</source>
        <translation>viewer, agent, supervisor o admin</translation>
    </message>
    <message>
        <source>--role: &apos;%1&apos; is not viewer, agent, supervisor or admin</source>
        <translation>--role: &apos;%1&apos; no es viewer, agent, supervisor ni admin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not viewer, agent, supervisor or admin</source>
        <translation>&apos;%1&apos; no es viewer, agent, supervisor ni admin</translation>
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
        <translation>uso: pilothouse-server users list|add|set-role|disable|enable|passwd|reset-two-factor [opciones]
  list                              todos los usuarios, con su rol y su estado
  add NAME --role ROLE [--display-name TEXT]   contraseña por la entrada estándar
  set-role NAME ROLE                viewer, agent, supervisor o admin
  disable NAME | enable NAME        un usuario desactivado no puede iniciar sesión en ningún sitio; sus sesiones terminan
  passwd NAME                       nueva contraseña por la entrada estándar
  reset-two-factor NAME             desactiva el inicio de sesión en dos pasos de NAME (teléfono y
                                    códigos de recuperación perdidos); sus sesiones terminan
  --data-dir DIR                    la carpeta de datos del servidor (predeterminada: la del servidor)
Ejecútalo con el servidor detenido.</translation>
    </message>
    <message>
        <source>%1 has no two-factor sign-in to reset</source>
        <translation>%1 no tiene inicio de sesión en dos pasos que restablecer</translation>
    </message>
    <message>
        <source>two-factor sign-in of %1 is off; their password alone signs them in, and their sessions ended</source>
        <translation>el inicio de sesión en dos pasos de %1 está desactivado; su contraseña sola le permite entrar, y sus sesiones han terminado</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::AuditApi</name>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>&quot;user&quot; is at most 128 characters.</source>
        <translation>&quot;user&quot; tiene como máximo 128 caracteres.</translation>
    </message>
    <message>
        <source>At most %1 &quot;action&quot; parameters.</source>
        <translation>Como máximo %1 parámetros &quot;action&quot;.</translation>
    </message>
    <message>
        <source>&quot;outcome&quot; is &quot;applied&quot; or &quot;refused&quot;.</source>
        <translation>&quot;outcome&quot; es &quot;applied&quot; o &quot;refused&quot;.</translation>
    </message>
    <message>
        <source>&quot;to&quot; is before &quot;from&quot;.</source>
        <translation>&quot;to&quot; es anterior a &quot;from&quot;.</translation>
    </message>
    <message>
        <source>Only admins may read the audit log.</source>
        <translation>Solo los administradores pueden leer el registro de auditoría.</translation>
    </message>
    <message>
        <source>The server could not read the audit log; try again.</source>
        <translation>El servidor no pudo leer el registro de auditoría; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::CommandHandler</name>
    <message>
        <source>command id must be 1 to 128 characters</source>
        <translation>el identificador de comando debe tener entre 1 y 128 caracteres</translation>
    </message>
    <message>
        <source>this command id was already used for a different command</source>
        <translation>este identificador de comando ya se usó para otro comando</translation>
    </message>
    <message>
        <source>unknown command: </source>
        <translation>comando desconocido: </translation>
    </message>
    <message>
        <source>the server could not save this</source>
        <translation>el servidor no pudo guardarlo</translation>
    </message>
    <message>
        <source>the conversation changed at the same moment; try again</source>
        <translation>la conversación cambió en ese mismo momento; vuelve a intentarlo</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::CommandPlanner</name>
    <message>
        <source>reason is longer than 2000 bytes</source>
        <translation>el motivo supera los 2000 bytes</translation>
    </message>
    <message>
        <source>no such message</source>
        <translation>no existe ese mensaje</translation>
    </message>
    <message>
        <source>only AI replies can be judged</source>
        <translation>solo se pueden evaluar las respuestas de la IA</translation>
    </message>
    <message>
        <source>no such conversation</source>
        <translation>no existe esa conversación</translation>
    </message>
    <message>
        <source>the note is too long</source>
        <translation>la nota es demasiado larga</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>no existe ese usuario</translation>
    </message>
    <message>
        <source>Only an admin may erase a customer.</source>
        <translation>Solo un administrador puede borrar un cliente.</translation>
    </message>
    <message>
        <source>no such customer</source>
        <translation>no existe ese cliente</translation>
    </message>
    <message>
        <source>this customer was already erased</source>
        <translation>este cliente ya se borró</translation>
    </message>
    <message>
        <source>no such conversation to merge into</source>
        <translation>no existe esa conversación con la que fusionar</translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation>Pilothouse</translation>
    </message>
    <message numerus="yes">
        <source>%1 merged conversation %2 into this one: %n of the customer&apos;s messages copied from it.</source>
        <comment>the merge note: who, the merged conversation&apos;s id, how many messages</comment>
        <translation>
            <numerusform>%1 fusionó la conversación %2 con esta: se copió %n mensaje del cliente.</numerusform>
            <numerusform>%1 fusionó la conversación %2 con esta: se copiaron %n mensajes del cliente.</numerusform>
        </translation>
    </message>
    <message>
        <source>A viewer can read but not act; ask an admin for another role.</source>
        <translation>Un observador puede leer pero no actuar; pida otro rol a un administrador.</translation>
    </message>
    <message>
        <source>%1 is a viewer and cannot answer customers.</source>
        <translation>%1 es observador y no puede responder a los clientes.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::ConfigApi</name>
    <message>
        <source>Only supervisors and admins edit the rules.</source>
        <translation>Solo supervisores y administradores editan las reglas.</translation>
    </message>
    <message>
        <source>&quot;body&quot; must hold the rule set.</source>
        <translation>«body» debe contener el conjunto de reglas.</translation>
    </message>
    <message numerus="yes">
        <source>The draft was not saved: %n field(s) need changing.</source>
        <translation>
            <numerusform>El borrador no se guardó: hay que cambiar %n campo.</numerusform>
            <numerusform>El borrador no se guardó: hay que cambiar %n campos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft was changed meanwhile (revision %1 by %2 at %3); review it and save again.</source>
        <translation>El borrador cambió entretanto (revisión %1 de %2 a las %3); revíselo y guarde de nuevo.</translation>
    </message>
    <message>
        <source>Only supervisors and admins publish the rules.</source>
        <translation>Solo supervisores y administradores publican las reglas.</translation>
    </message>
    <message>
        <source>The draft was changed meanwhile (revision %1 by %2 at %3); review it before publishing.</source>
        <translation>El borrador cambió entretanto (revisión %1 de %2 a las %3); revíselo antes de publicar.</translation>
    </message>
    <message>
        <source>The draft is the published version already; change something before publishing.</source>
        <translation>El borrador ya es la versión publicada; cambie algo antes de publicar.</translation>
    </message>
    <message>
        <source>There is no version %1.</source>
        <translation>No existe la versión %1.</translation>
    </message>
    <message>
        <source>Version %1 was published meanwhile by %2 at %3; review it before rolling back.</source>
        <translation>La versión %1 la publicó entretanto %2 a las %3; revísela antes de volver atrás.</translation>
    </message>
    <message>
        <source>Version %1 is what is published already.</source>
        <translation>La versión %1 ya es la publicada.</translation>
    </message>
    <message>
        <source>The body must be a JSON object: %1</source>
        <translation>El cuerpo debe ser un objeto JSON: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least 0.</source>
        <translation>«%1» debe ser un número entero de al menos 0.</translation>
    </message>
    <message>
        <source>&quot;note&quot; must be text of at most %1 characters.</source>
        <translation>«note» debe ser un texto de como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The server could not save the change; try again.</source>
        <translation>El servidor no pudo guardar el cambio; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>There is no configuration document &quot;%1&quot;; the server keeps &quot;rules&quot; and &quot;replies&quot;.</source>
        <translation>No existe el documento de configuración «%1»; el servidor guarda «rules» y «replies».</translation>
    </message>
    <message>
        <source>Only supervisors and admins edit the saved replies.</source>
        <translation>Solo supervisores y administradores editan las respuestas guardadas.</translation>
    </message>
    <message>
        <source>Only supervisors and admins publish the saved replies.</source>
        <translation>Solo supervisores y administradores publican las respuestas guardadas.</translation>
    </message>
    <message>
        <source>&quot;body&quot; must hold the saved replies.</source>
        <translation>«body» debe contener las respuestas guardadas.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::ConversationStateMachine</name>
    <message>
        <source>This conversation is resolved.</source>
        <translation>Esta conversación está resuelta.</translation>
    </message>
    <message>
        <source>Nobody owns this conversation.</source>
        <translation>Nadie tiene el control de esta conversación.</translation>
    </message>
    <message>
        <source>This conversation is already resolved.</source>
        <translation>Esta conversación ya está resuelta.</translation>
    </message>
    <message>
        <source>Take the conversation over before resolving it.</source>
        <translation>Toma el control de la conversación antes de resolverla.</translation>
    </message>
    <message>
        <source>Only supervisors can transfer conversations.</source>
        <translation>Solo los supervisores pueden transferir conversaciones.</translation>
    </message>
    <message>
        <source>Only supervisors can whisper to the AI.</source>
        <translation>Solo los supervisores pueden susurrar a la IA.</translation>
    </message>
    <message>
        <source>The AI is not handling this conversation.</source>
        <translation>La IA no está atendiendo esta conversación.</translation>
    </message>
    <message>
        <source>Take the conversation over before replying.</source>
        <translation>Toma el control de la conversación antes de responder.</translation>
    </message>
    <message>
        <source>Only supervisors can merge conversations.</source>
        <translation>Solo los supervisores pueden fusionar conversaciones.</translation>
    </message>
    <message>
        <source>A conversation cannot be merged into itself.</source>
        <translation>Una conversación no se puede fusionar consigo misma.</translation>
    </message>
    <message>
        <source>Only conversations of the same customer can be merged.</source>
        <translation>Solo se pueden fusionar conversaciones del mismo cliente.</translation>
    </message>
    <message>
        <source>The conversation to merge into is resolved.</source>
        <translation>La conversación de destino ya está resuelta.</translation>
    </message>
    <message>
        <source>Merged into conversation %1.</source>
        <translation>Fusionada con la conversación %1.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Database</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>no se puede crear la carpeta de datos %1</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>no se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>cannot use the database %1 (is it a SQLite file?): %2</source>
        <translation>no se puede usar la base de datos %1 (¿es un archivo SQLite?): %2</translation>
    </message>
    <message>
        <source>cannot configure the database: %1</source>
        <translation>no se puede configurar la base de datos: %1</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>no se puede leer la versión del esquema: %1</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this server supports (%3); use a newer pilothouse-server or another --data-dir</source>
        <translation>la base de datos %1 tiene la versión de esquema %2, más reciente que la que admite este servidor (%3); usa un pilothouse-server más reciente u otro --data-dir</translation>
    </message>
    <message>
        <source>cannot start a migration: %1</source>
        <translation>no se puede iniciar una migración: %1</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>falló la migración a la versión de esquema %1: %2</translation>
    </message>
    <message>
        <source>cannot commit migration %1: %2</source>
        <translation>no se puede confirmar la migración %1: %2</translation>
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
        <translation>Se pasó a una persona: %1.</translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Regla: %1.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::EventLog</name>
    <message>
        <source>cannot write the event log&apos;s epoch</source>
        <translation>no se puede escribir el epoch del registro de eventos</translation>
    </message>
    <message>
        <source>cannot read the event log: %1</source>
        <translation>no se puede leer el registro de eventos: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Gateway</name>
    <message>
        <source>This endpoint speaks WebSocket only.</source>
        <translation>Este punto de conexión solo admite WebSocket.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::History</name>
    <message>
        <source>the demo history needs the demo users agent and supervisor</source>
        <translation>el historial de demostración necesita los usuarios de demostración agent y supervisor</translation>
    </message>
    <message>
        <source>cannot write the demo history into %1 (see the log); remove that directory and start again, or start with --history-days 0</source>
        <translation>no se puede escribir el historial de demostración en %1 (consulta el registro); elimina esa carpeta y vuelve a empezar, o inicia con --history-days 0</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::RestApi</name>
    <message>
        <source>The body must be a JSON object with string fields &quot;user&quot; (not empty) and &quot;password&quot;: %1</source>
        <translation>El cuerpo debe ser un objeto JSON con los campos de texto &quot;user&quot; (no vacío) y &quot;password&quot;: %1</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>The server could not sign you in; try again.</source>
        <translation>El servidor no pudo iniciar tu sesión; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Sign in first: send the session token as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Inicia sesión primero: envía el token de sesión como &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>The query parameter &quot;%1&quot; must be a date YYYY-MM-DD.</source>
        <translation>El parámetro de consulta &quot;%1&quot; debe ser una fecha con el formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The query parameter &quot;to&quot; must not be before &quot;from&quot;.</source>
        <translation>El parámetro de consulta &quot;to&quot; no puede ser anterior a &quot;from&quot;.</translation>
    </message>
    <message>
        <source>The range from &quot;from&quot; to &quot;to&quot; spans more than %1 days.</source>
        <translation>El intervalo de &quot;from&quot; a &quot;to&quot; abarca más de %1 días.</translation>
    </message>
    <message>
        <source>Only admins may change the cost model.</source>
        <translation>Solo los administradores pueden cambiar el modelo de costes.</translation>
    </message>
    <message>
        <source>The body must be a cost model with &quot;baseVersion&quot;: %1</source>
        <translation>El cuerpo debe ser un modelo de costes con &quot;baseVersion&quot;: %1</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>La nota supera los %1 caracteres.</translation>
    </message>
    <message numerus="yes">
        <source>The cost model was not saved: %n field(s) hold values out of range.</source>
        <translation>
            <numerusform>No se guardó el modelo de costes: %n campo tiene un valor fuera de rango.</numerusform>
            <numerusform>No se guardó el modelo de costes: %n campos tienen valores fuera de rango.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cost model was changed meanwhile (version %1 by %2); review it and save again.</source>
        <translation>El modelo de costes cambió mientras tanto (versión %1 de %2); revísalo y vuelve a guardarlo.</translation>
    </message>
    <message>
        <source>The server could not save the cost model; try again.</source>
        <translation>El servidor no pudo guardar el modelo de costes; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The query parameter &quot;%1&quot; must be %2.</source>
        <translation>El parámetro de consulta &quot;%1&quot; debe ser %2.</translation>
    </message>
    <message>
        <source>a figure&apos;s name, such as aiResolutionStrict</source>
        <translation>el nombre de una métrica, como aiResolutionStrict</translation>
    </message>
    <message>
        <source>&quot;numerator&quot; or &quot;denominator&quot;</source>
        <translation>&quot;numerator&quot; o &quot;denominator&quot;</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>una fecha con el formato YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a date not before &quot;from&quot;</source>
        <translation>una fecha no anterior a &quot;from&quot;</translation>
    </message>
    <message>
        <source>at most %1 days after &quot;from&quot;</source>
        <translation>como máximo %1 días después de &quot;from&quot;</translation>
    </message>
    <message>
        <source>channels separated by commas, such as chat,email</source>
        <translation>una lista de canales separados por comas, como chat,email</translation>
    </message>
    <message>
        <source>a conversation kind, such as support or sales</source>
        <translation>un tipo de conversación, como support o sales</translation>
    </message>
    <message>
        <source>&quot;true&quot; or &quot;false&quot;</source>
        <translation>&quot;true&quot; o &quot;false&quot;</translation>
    </message>
    <message>
        <source>1, 5, 7 or 30 (days)</source>
        <translation>1, 5, 7 o 30 (días)</translation>
    </message>
    <message>
        <source>a confidence band&apos;s lower bound: 0, 10, 20, ... 90</source>
        <translation>el límite inferior de una franja de confianza: 0, 10, 20, ... 90</translation>
    </message>
    <message>
        <source>absent for any figure but %1</source>
        <translation>omitido para cualquier métrica que no sea %1</translation>
    </message>
    <message>
        <source>Only admins may export a customer&apos;s data.</source>
        <translation>Solo los administradores pueden exportar los datos de un cliente.</translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation>No existe ese cliente.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos. Espere %n segundo antes del siguiente intento.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos. Espere %n segundos antes del siguiente intento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only viewers, supervisors and admins may read the cost model.</source>
        <translation>Solo los observadores, supervisores y administradores pueden leer el modelo de costes.</translation>
    </message>
    <message>
        <source>Only viewers, supervisors and admins may read the analytics facts.</source>
        <translation>Solo los observadores, supervisores y administradores pueden leer los datos de análisis.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or a recovery code.</source>
        <translation>Introduzca el código de 6 dígitos de su aplicación de autenticación o un código de recuperación.</translation>
    </message>
    <message>
        <source>That code is not right, or was used already. Enter the code the app shows now.</source>
        <translation>Ese código no es correcto o ya se usó. Introduzca el código que muestra ahora la aplicación.</translation>
    </message>
    <message>
        <source>This server requires two-factor sign-in: set it up first (POST /api/v1/account/two-factor).</source>
        <translation>Este servidor exige el inicio de sesión en dos pasos: configúrelo primero (POST /api/v1/account/two-factor).</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::SecretBox</name>
    <message>
        <source>cannot create the key file %1: %2</source>
        <translation>no se puede crear el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>no se puede leer el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>the key file %1 is not %2 bytes long; restore it from a backup (without it, two-factor sign-in must be reset for every user)</source>
        <translation>el archivo de clave %1 no mide %2 bytes; restáurelo desde una copia de seguridad (sin él, hay que restablecer el inicio de sesión en dos pasos de todos los usuarios)</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Seeder</name>
    <message>
        <source>cannot seed the demo catalog into the database</source>
        <translation>no se puede cargar el catálogo de demostración en la base de datos</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::ServerApp</name>
    <message>
        <source>the built-in demo catalog is missing or malformed</source>
        <translation>falta el catálogo de demostración integrado o está mal formado</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>no se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <source>Demo Agent</source>
        <translation>Agente de demostración</translation>
    </message>
    <message>
        <source>Demo Supervisor</source>
        <translation>Supervisor de demostración</translation>
    </message>
    <message>
        <source>Demo Admin</source>
        <translation>Administrador de demostración</translation>
    </message>
    <message>
        <source>cannot create the demo user %1</source>
        <translation>no se puede crear el usuario de demostración %1</translation>
    </message>
    <message>
        <source>demo sign-in: user %1, password %2 (role %1)</source>
        <translation>inicio de sesión de demostración: usuario %1, contraseña %2 (rol %1)</translation>
    </message>
    <message>
        <source>Demo Viewer</source>
        <translation>Observador de demostración</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::SessionsApi</name>
    <message>
        <source>Only admins may see other users&apos; sessions.</source>
        <translation>Solo los administradores pueden ver las sesiones de otros usuarios.</translation>
    </message>
    <message>
        <source>There is no such session.</source>
        <translation>No existe esa sesión.</translation>
    </message>
    <message>
        <source>The server could not end the session; try again.</source>
        <translation>El servidor no pudo cerrar la sesión; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::TwoFactorApi</name>
    <message>
        <source>Two-factor sign-in is already on for %1; an admin can reset it.</source>
        <translation>El inicio de sesión en dos pasos ya está activado para %1; un administrador puede restablecerlo.</translation>
    </message>
    <message>
        <source>The server could not start the set-up; try again.</source>
        <translation>El servidor no pudo iniciar la configuración; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The body must be a JSON object with the string &quot;code&quot; (the 6 digits the app shows).</source>
        <translation>El cuerpo debe ser un objeto JSON con la cadena &quot;code&quot; (los 6 dígitos que muestra la aplicación).</translation>
    </message>
    <message>
        <source>There is no set-up to confirm: start one first (or two-factor sign-in is already on).</source>
        <translation>No hay ninguna configuración que confirmar: inicie una primero (o el inicio de sesión en dos pasos ya está activado).</translation>
    </message>
    <message>
        <source>That code is not right. Check the app&apos;s clock and enter the code it shows now.</source>
        <translation>Ese código no es correcto. Compruebe el reloj de la aplicación e introduzca el código que muestra ahora.</translation>
    </message>
    <message>
        <source>The server could not save this; try again.</source>
        <translation>El servidor no pudo guardarlo; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Only admins reset another user&apos;s two-factor sign-in.</source>
        <translation>Solo los administradores restablecen el inicio de sesión en dos pasos de otros usuarios.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>No hay ningún usuario llamado %1.</translation>
    </message>
    <message>
        <source>Only admins read and set the sign-in rules.</source>
        <translation>Solo los administradores leen y fijan las reglas de inicio de sesión.</translation>
    </message>
    <message>
        <source>The body must be a JSON object with the boolean &quot;twoFactorRequired&quot;: %1</source>
        <translation>El cuerpo debe ser un objeto JSON con el booleano &quot;twoFactorRequired&quot;: %1</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in for yourself first (Settings), then require it of everyone.</source>
        <translation>Active primero el inicio de sesión en dos pasos para usted (Ajustes) y luego exíjalo a todos.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::UsersApi</name>
    <message>
        <source>The body could not be read: %1</source>
        <translation>No se pudo leer el cuerpo: %1</translation>
    </message>
    <message>
        <source>Only admins manage users.</source>
        <translation>Solo los administradores gestionan usuarios.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is 1 to %1 characters, without &quot;/&quot;.</source>
        <translation>&quot;name&quot; tiene de 1 a %1 caracteres, sin &quot;/&quot;.</translation>
    </message>
    <message>
        <source>There is a user named %1 already.</source>
        <translation>Ya existe un usuario llamado %1.</translation>
    </message>
    <message>
        <source>The server could not save the user; try again.</source>
        <translation>El servidor no pudo guardar el usuario; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>No existe ningún usuario llamado %1.</translation>
    </message>
    <message>
        <source>%1 is the last active admin; make another user admin first.</source>
        <translation>%1 es el último administrador activo; haga administrador a otro usuario primero.</translation>
    </message>
    <message>
        <source>The server could not save the change; try again.</source>
        <translation>El servidor no pudo guardar el cambio; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server could not save the password; try again.</source>
        <translation>El servidor no pudo guardar la contraseña; inténtelo de nuevo.</translation>
    </message>
</context>
</TS>
