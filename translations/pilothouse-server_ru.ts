<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>DataDirLock</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>не удаётся создать папку данных %1</translation>
    </message>
    <message>
        <source>a pilothouse-server (process %1) is running on %2; stop it first</source>
        <translation>с %2 уже работает pilothouse-server (процесс %1); сначала остановите его</translation>
    </message>
    <message>
        <source>cannot lock the data directory %1</source>
        <translation>не удаётся заблокировать папку данных %1</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>Пароль слишком короткий: используйте не менее %1 символов.</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>Пароль слишком длинный: используйте не более %1 символов.</translation>
    </message>
    <message>
        <source>The password may not contain the user name.</source>
        <translation>Пароль не должен содержать имя пользователя.</translation>
    </message>
    <message>
        <source>This password is on every list of common passwords; choose another.</source>
        <translation>Этот пароль есть во всех списках распространённых паролей; выберите другой.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server</name>
    <message>
        <source>expected HOST:PORT, e.g. 127.0.0.1:8787 or [::1]:0</source>
        <translation>ожидается HOST:PORT, например 127.0.0.1:8787 или [::1]:0</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: %2</source>
        <translation>--listen &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: port must be 0..65535 (0 = pick a free port)</source>
        <translation>--listen &apos;%1&apos;: порт должен быть от 0 до 65535 (0 = выбрать свободный порт)</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: &apos;%2&apos; is not an IP address or localhost; %3</source>
        <translation>--listen &apos;%1&apos;: &apos;%2&apos; не является ни IP-адресом, ни localhost; %3</translation>
    </message>
    <message>
        <source>--log-level &apos;%1&apos;: accepted values are %2</source>
        <translation>--log-level &apos;%1&apos;: допустимые значения: %2</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos;: expected a whole number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos;: ожидается целое число от %3 до %4</translation>
    </message>
    <message>
        <source>expected scenario=weight,... with scenarios %1</source>
        <translation>ожидается scenario=weight,... со сценариями %1</translation>
    </message>
    <message>
        <source>--mix &apos;%1&apos;: %2</source>
        <translation>--mix &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--mix: unknown scenario &apos;%1&apos;; %2</source>
        <translation>--mix: неизвестный сценарий &apos;%1&apos;; %2</translation>
    </message>
    <message>
        <source>--mix &apos;%1&apos;: weight must be a number &gt;= 0</source>
        <translation>--mix &apos;%1&apos;: вес должен быть числом &gt;= 0</translation>
    </message>
    <message>
        <source>--mix &apos;%1&apos;: at least one weight must be above 0</source>
        <translation>--mix &apos;%1&apos;: хотя бы один вес должен быть больше 0</translation>
    </message>
    <message>
        <source>Pilothouse reference backend: REST login, WebSocket event stream, built-in AI agent and customer simulator.</source>
        <translation>Эталонный сервер Pilothouse: вход через REST, поток событий по WebSocket, встроенный ИИ-агент и симулятор клиентов.</translation>
    </message>
    <message>
        <source>Address to listen on, HOST:PORT (port 0 picks a free one). Default 127.0.0.1:8787.</source>
        <translation>Адрес для прослушивания, HOST:PORT (при порте 0 выбирается свободный). По умолчанию 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>Directory for the database. Default: the per-user application data directory.</source>
        <translation>Папка для базы данных. По умолчанию — папка данных приложения текущего пользователя.</translation>
    </message>
    <message>
        <source>Create demo users (agent, supervisor, admin), print their passwords and simulate traffic.</source>
        <translation>Создать демо-пользователей (agent, supervisor, admin), вывести их пароли и имитировать трафик.</translation>
    </message>
    <message>
        <source>Simulated conversations per minute (0 = off).</source>
        <translation>Число имитируемых диалогов в минуту (0 = отключено).</translation>
    </message>
    <message>
        <source>Scenario weights, scenario=weight,...</source>
        <translation>Веса сценариев, scenario=weight,...</translation>
    </message>
    <message>
        <source>Random seed for reproducible traffic.</source>
        <translation>Начальное значение генератора случайных чисел для воспроизводимого трафика.</translation>
    </message>
    <message>
        <source>trace, debug, info, warn, error or off. Default info.</source>
        <translation>trace, debug, info, warn, error или off. По умолчанию info.</translation>
    </message>
    <message>
        <source>Lifetime of a sign-in token in seconds, 60 to 31622400. Default 43200 (12 h).</source>
        <translation>Срок действия токена входа в секундах, от 60 до 31622400. По умолчанию 43200 (12 ч).</translation>
    </message>
    <message>
        <source>PEM certificate chain (server certificate first): serve https and wss instead of http and ws.</source>
        <translation>Цепочка сертификатов PEM (первым — сертификат сервера): работать по https и wss вместо http и ws.</translation>
    </message>
    <message>
        <source>Unencrypted PEM private key of --tls-cert.</source>
        <translation>Незашифрованный закрытый ключ PEM для --tls-cert.</translation>
    </message>
    <message>
        <source>Heartbeat interval.</source>
        <translation>Интервал heartbeat.</translation>
    </message>
    <message>
        <source>Idle timeout.</source>
        <translation>Тайм-аут бездействия.</translation>
    </message>
    <message>
        <source>Hello timeout.</source>
        <translation>Тайм-аут ожидания hello.</translation>
    </message>
    <message>
        <source>How long events stay available for replay. Default 604800 (7 days).</source>
        <translation>Сколько времени события доступны для повторной отправки. По умолчанию 604800 (7 дней).</translation>
    </message>
    <message>
        <source>Bytes that may wait to be sent to one connection before it is closed with 4013. Default 8388608.</source>
        <translation>Сколько байтов может ожидать отправки в одно соединение, прежде чем оно будет закрыто с кодом 4013. По умолчанию 8388608.</translation>
    </message>
    <message>
        <source>The longest gap a hello may ask to replay; a longer one gets a snapshot. Default 100000.</source>
        <translation>Наибольший пропуск, который hello может запросить для повторной отправки; при большем пропуске отправляется снимок. По умолчанию 100000.</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>См. --help.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; this program takes options only. See --help.</source>
        <translation>неожиданный аргумент &apos;%1&apos;; программа принимает только параметры. См. --help.</translation>
    </message>
    <message>
        <source>--simulate &apos;%1&apos;: expected conversations per minute from 0 to %2 (0 = off)</source>
        <translation>--simulate &apos;%1&apos;: ожидается число диалогов в минуту от 0 до %2 (0 = отключено)</translation>
    </message>
    <message>
        <source>--seed &apos;%1&apos;: expected a whole number &gt;= 0</source>
        <translation>--seed &apos;%1&apos;: ожидается целое число &gt;= 0</translation>
    </message>
    <message>
        <source>--data-dir: no default location on this system; pass a directory</source>
        <translation>--data-dir: в этой системе нет расположения по умолчанию; укажите папку</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: cannot read the file (%3)</source>
        <translation>%1 &apos;%2&apos;: не удаётся прочитать файл (%3)</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: give both, or neither for plain HTTP</source>
        <translation>--tls-cert и --tls-key задаются вместе: укажите оба параметра или ни одного для обычного HTTP</translation>
    </message>
    <message>
        <source>%1: this build of Qt has no TLS backend (OpenSSL 3 is needed)</source>
        <translation>%1: в этой сборке Qt нет TLS-бэкенда (нужен OpenSSL 3)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: no PEM certificate in the file</source>
        <translation>%1 &apos;%2&apos;: в файле нет сертификата PEM</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: no unencrypted PEM private key (RSA or EC) in the file</source>
        <translation>%1 &apos;%2&apos;: в файле нет незашифрованного закрытого ключа PEM (RSA или EC)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not belong to the certificate in &apos;%3&apos;</source>
        <translation>%1 &apos;%2&apos; не соответствует сертификату из &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the customer asked for a person</source>
        <translation>клиент попросил оператора</translation>
    </message>
    <message>
        <source>the AI was not confident in its answer</source>
        <translation>ИИ не был уверен в своём ответе</translation>
    </message>
    <message>
        <source>the customer is upset</source>
        <translation>клиент расстроен</translation>
    </message>
    <message>
        <source>the customer is a VIP</source>
        <translation>клиент — VIP</translation>
    </message>
    <message>
        <source>the request touches legal or policy questions</source>
        <translation>запрос касается юридических вопросов или правил компании</translation>
    </message>
    <message>
        <source>the AI does not know the answer</source>
        <translation>ИИ не знает ответа</translation>
    </message>
    <message>
        <source>a lookup the AI needed failed</source>
        <translation>не удалось получить данные, нужные ИИ</translation>
    </message>
    <message>
        <source>the AI kept going in circles</source>
        <translation>ИИ ходил по кругу</translation>
    </message>
    <message>
        <source>a rule asked for a person</source>
        <translation>правило потребовало оператора</translation>
    </message>
    <message>
        <source>How long after the AI&apos;s answer a customer who does not write again counts as helped: the conversation is resolved (reason no_reply). Default 600000 (10 minutes).</source>
        <translation>Через сколько времени после ответа ИИ клиент, который больше не пишет, считается получившим помощь: диалог завершается (причина no_reply). По умолчанию 600000 (10 минут).</translation>
    </message>
    <message>
        <source>How long an escalated conversation may wait for a person before it counts as abandoned. Default 1800000 (30 minutes).</source>
        <translation>Сколько эскалированный диалог может ждать оператора, прежде чем будет считаться брошенным. По умолчанию 1800000 (30 минут).</translation>
    </message>
    <message>
        <source>Shortest time between two recomputes of the facts.</source>
        <translation>Минимальное время между двумя пересчётами фактов.</translation>
    </message>
    <message>
        <source>pilothouse-server users: no password on standard input (one line)</source>
        <translation>pilothouse-server users: в стандартном вводе нет пароля (одна строка)</translation>
    </message>
    <message>
        <source>The server&apos;s data directory.</source>
        <translation>Папка данных сервера.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>The name colleagues see.</source>
        <translation>Имя, которое видят коллеги.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>неизвестная команда &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wrong number of arguments for &apos;%1&apos;</source>
        <translation>неверное число аргументов для &apos;%1&apos;</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>a user name is 1 to 64 characters</source>
        <translation>имя пользователя должно содержать от 1 до 64 символов</translation>
    </message>
    <message>
        <source>the user %1 exists already; use set-role or passwd</source>
        <translation>пользователь %1 уже существует; используйте set-role или passwd</translation>
    </message>
    <message>
        <source>the database refused the new user</source>
        <translation>база данных не приняла нового пользователя</translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>пользователь %1 добавлен (%2)</translation>
    </message>
    <message>
        <source>no user named %1</source>
        <translation>пользователь %1 не найден</translation>
    </message>
    <message>
        <source>%1 is the last active admin; make another user admin first</source>
        <translation>%1 — последний активный admin; сначала назначьте admin другого пользователя</translation>
    </message>
    <message>
        <source>the database refused the change</source>
        <translation>база данных не приняла изменение</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 теперь %2</translation>
    </message>
    <message>
        <source>%1 may sign in again</source>
        <translation>%1 снова может входить</translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions ended</source>
        <translation>%1 отключён; его сеансы завершены</translation>
    </message>
    <message>
        <source>the password of %1 is changed</source>
        <translation>пароль пользователя %1 изменён</translation>
    </message>
    <message>
        <source>Days of simulated past traffic a new demo data directory starts with, 0 to 365 (0 = none). Default 30 under --demo.</source>
        <translation>Сколько дней имитируемого прошлого трафика будет в новой папке демо-данных, от 0 до 365 (0 = нет). По умолчанию 30 при --demo.</translation>
    </message>
    <message>
        <source>Mean conversations a day in that past, 1 to 5000 (busier on weekdays and in the daytime). Default 300.</source>
        <translation>Среднее число диалогов в день в этом прошлом, от 1 до 5000 (больше в будни и днём). По умолчанию 300.</translation>
    </message>
    <message>
        <source>--history-days: the simulated past needs --demo (its operators are the demo users)</source>
        <translation>--history-days: для имитации прошлого нужен --demo (операторами в нём выступают демо-пользователи)</translation>
    </message>
    <message>
        <source>How long a closing connection may take to drain before it is aborted.</source>
        <translation>Сколько времени закрывающееся соединение может дописывать оставшиеся данные, прежде чем оно будет прервано.</translation>
    </message>
    <message>
        <source>Failed sign-ins of one user name (from anywhere) that lock it, 3 to 1000. Default 10. Attempts wait a growing delay from the fourth failure.</source>
        <translation>Число неудачных входов под одним именем (откуда угодно), после которого оно блокируется, от 3 до 1000. По умолчанию 10. Начиная с четвёртой неудачи попытки ждут растущую задержку.</translation>
    </message>
    <message>
        <source>How long a locked user name (or address) stays locked, and a failure is remembered, in seconds, 1 to 86400. Default 900 (15 min).</source>
        <translation>Сколько секунд заблокированное имя (или адрес) остаётся заблокированным и помнится неудача, от 1 до 86400. По умолчанию 900 (15 мин).</translation>
    </message>
    <message>
        <source>viewer, agent, supervisor or admin</source>
        <translation>viewer, agent, supervisor или admin</translation>
    </message>
    <message>
        <source>--role: &apos;%1&apos; is not viewer, agent, supervisor or admin</source>
        <translation>--role: &apos;%1&apos; не является ни viewer, ни agent, ни supervisor, ни admin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not viewer, agent, supervisor or admin</source>
        <translation>&apos;%1&apos; не является ни viewer, ни agent, ни supervisor, ни admin</translation>
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
        <translation>использование: pilothouse-server users list|add|set-role|disable|enable|passwd|reset-two-factor [параметры]
  list                              все пользователи, их роли и состояние
  add NAME --role ROLE [--display-name TEXT]   пароль из стандартного ввода
  set-role NAME ROLE                viewer, agent, supervisor или admin
  disable NAME | enable NAME        отключённый пользователь нигде не может войти; его сеансы завершаются
  passwd NAME                       новый пароль из стандартного ввода
  reset-two-factor NAME             отключает двухфакторный вход NAME (потерян телефон и
                                    коды восстановления); его сеансы завершаются
  --data-dir DIR                    папка данных сервера (по умолчанию — как у сервера)
Запускайте, когда сервер остановлен.</translation>
    </message>
    <message>
        <source>%1 has no two-factor sign-in to reset</source>
        <translation>у %1 нет двухфакторного входа для сброса</translation>
    </message>
    <message>
        <source>two-factor sign-in of %1 is off; their password alone signs them in, and their sessions ended</source>
        <translation>двухфакторный вход %1 отключён; теперь достаточно пароля, а его сеансы завершены</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::AuditApi</name>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; должно быть целым числом от %2 до %3.</translation>
    </message>
    <message>
        <source>&quot;user&quot; is at most 128 characters.</source>
        <translation>&quot;user&quot; — не более 128 символов.</translation>
    </message>
    <message>
        <source>At most %1 &quot;action&quot; parameters.</source>
        <translation>Не более %1 параметров &quot;action&quot;.</translation>
    </message>
    <message>
        <source>&quot;outcome&quot; is &quot;applied&quot; or &quot;refused&quot;.</source>
        <translation>&quot;outcome&quot; — это &quot;applied&quot; или &quot;refused&quot;.</translation>
    </message>
    <message>
        <source>&quot;to&quot; is before &quot;from&quot;.</source>
        <translation>&quot;to&quot; раньше, чем &quot;from&quot;.</translation>
    </message>
    <message>
        <source>Only admins may read the audit log.</source>
        <translation>Читать журнал аудита могут только администраторы.</translation>
    </message>
    <message>
        <source>The server could not read the audit log; try again.</source>
        <translation>Серверу не удалось прочитать журнал аудита; повторите попытку.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::CommandHandler</name>
    <message>
        <source>command id must be 1 to 128 characters</source>
        <translation>идентификатор команды должен содержать от 1 до 128 символов</translation>
    </message>
    <message>
        <source>this command id was already used for a different command</source>
        <translation>этот идентификатор команды уже использован для другой команды</translation>
    </message>
    <message>
        <source>unknown command: </source>
        <translation>неизвестная команда: </translation>
    </message>
    <message>
        <source>the server could not save this</source>
        <translation>серверу не удалось это сохранить</translation>
    </message>
    <message>
        <source>the conversation changed at the same moment; try again</source>
        <translation>диалог изменился в тот же момент; повторите попытку</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::CommandPlanner</name>
    <message>
        <source>reason is longer than 2000 bytes</source>
        <translation>причина длиннее 2000 байт</translation>
    </message>
    <message>
        <source>no such message</source>
        <translation>сообщение не найдено</translation>
    </message>
    <message>
        <source>only AI replies can be judged</source>
        <translation>оценивать можно только ответы ИИ</translation>
    </message>
    <message>
        <source>no such conversation</source>
        <translation>диалог не найден</translation>
    </message>
    <message>
        <source>the note is too long</source>
        <translation>заметка слишком длинная</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>пользователь не найден</translation>
    </message>
    <message>
        <source>Only an admin may erase a customer.</source>
        <translation>Удалить клиента может только администратор.</translation>
    </message>
    <message>
        <source>no such customer</source>
        <translation>такого клиента нет</translation>
    </message>
    <message>
        <source>this customer was already erased</source>
        <translation>этот клиент уже удалён</translation>
    </message>
    <message>
        <source>no such conversation to merge into</source>
        <translation>нет такого разговора для объединения</translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation>Pilothouse</translation>
    </message>
    <message numerus="yes">
        <source>%1 merged conversation %2 into this one: %n of the customer&apos;s messages copied from it.</source>
        <comment>the merge note: who, the merged conversation&apos;s id, how many messages</comment>
        <translation>
            <numerusform>%1 объединил(а) разговор %2 с этим: скопировано %n сообщение клиента.</numerusform>
            <numerusform>%1 объединил(а) разговор %2 с этим: скопировано %n сообщения клиента.</numerusform>
            <numerusform>%1 объединил(а) разговор %2 с этим: скопировано %n сообщений клиента.</numerusform>
        </translation>
    </message>
    <message>
        <source>A viewer can read but not act; ask an admin for another role.</source>
        <translation>Наблюдатель может читать, но не действовать; попросите администратора о другой роли.</translation>
    </message>
    <message>
        <source>%1 is a viewer and cannot answer customers.</source>
        <translation>%1 — наблюдатель и не может отвечать клиентам.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::ConfigApi</name>
    <message>
        <source>Only supervisors and admins edit the rules.</source>
        <translation>Правила редактируют только супервайзеры и администраторы.</translation>
    </message>
    <message>
        <source>&quot;body&quot; must hold the rule set.</source>
        <translation>«body» должно содержать набор правил.</translation>
    </message>
    <message numerus="yes">
        <source>The draft was not saved: %n field(s) need changing.</source>
        <translation>
            <numerusform>Черновик не сохранён: нужно изменить %n поле.</numerusform>
            <numerusform>Черновик не сохранён: нужно изменить %n поля.</numerusform>
            <numerusform>Черновик не сохранён: нужно изменить %n полей.</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft was changed meanwhile (revision %1 by %2 at %3); review it and save again.</source>
        <translation>Черновик тем временем изменён (ревизия %1, %2, %3); проверьте его и сохраните снова.</translation>
    </message>
    <message>
        <source>Only supervisors and admins publish the rules.</source>
        <translation>Правила публикуют только супервайзеры и администраторы.</translation>
    </message>
    <message>
        <source>The draft was changed meanwhile (revision %1 by %2 at %3); review it before publishing.</source>
        <translation>Черновик тем временем изменён (ревизия %1, %2, %3); проверьте его перед публикацией.</translation>
    </message>
    <message>
        <source>The draft is the published version already; change something before publishing.</source>
        <translation>Черновик уже совпадает с опубликованной версией; измените что-нибудь перед публикацией.</translation>
    </message>
    <message>
        <source>There is no version %1.</source>
        <translation>Версии %1 нет.</translation>
    </message>
    <message>
        <source>Version %1 was published meanwhile by %2 at %3; review it before rolling back.</source>
        <translation>Версию %1 тем временем опубликовал %2 в %3; проверьте её перед откатом.</translation>
    </message>
    <message>
        <source>Version %1 is what is published already.</source>
        <translation>Версия %1 уже опубликована.</translation>
    </message>
    <message>
        <source>The body must be a JSON object: %1</source>
        <translation>Тело должно быть объектом JSON: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least 0.</source>
        <translation>«%1» должно быть целым числом не меньше 0.</translation>
    </message>
    <message>
        <source>&quot;note&quot; must be text of at most %1 characters.</source>
        <translation>«note» должно быть текстом не длиннее %1 символов.</translation>
    </message>
    <message>
        <source>The server could not save the change; try again.</source>
        <translation>Серверу не удалось сохранить изменение; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>There is no configuration document &quot;%1&quot;; the server keeps &quot;rules&quot; and &quot;replies&quot;.</source>
        <translation>Документа конфигурации «%1» нет; сервер хранит «rules» и «replies».</translation>
    </message>
    <message>
        <source>Only supervisors and admins edit the saved replies.</source>
        <translation>Сохранённые ответы редактируют только супервайзеры и администраторы.</translation>
    </message>
    <message>
        <source>Only supervisors and admins publish the saved replies.</source>
        <translation>Сохранённые ответы публикуют только супервайзеры и администраторы.</translation>
    </message>
    <message>
        <source>&quot;body&quot; must hold the saved replies.</source>
        <translation>«body» должно содержать сохранённые ответы.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::ConversationStateMachine</name>
    <message>
        <source>This conversation is resolved.</source>
        <translation>Этот диалог завершён.</translation>
    </message>
    <message>
        <source>Nobody owns this conversation.</source>
        <translation>Этот диалог никто не взял на себя.</translation>
    </message>
    <message>
        <source>This conversation is already resolved.</source>
        <translation>Этот диалог уже завершён.</translation>
    </message>
    <message>
        <source>Take the conversation over before resolving it.</source>
        <translation>Возьмите диалог на себя, прежде чем завершать его.</translation>
    </message>
    <message>
        <source>Only supervisors can transfer conversations.</source>
        <translation>Передавать диалоги могут только супервайзеры.</translation>
    </message>
    <message>
        <source>Only supervisors can whisper to the AI.</source>
        <translation>Давать подсказки ИИ могут только супервайзеры.</translation>
    </message>
    <message>
        <source>The AI is not handling this conversation.</source>
        <translation>Этот диалог не ведёт ИИ.</translation>
    </message>
    <message>
        <source>Take the conversation over before replying.</source>
        <translation>Возьмите диалог на себя, прежде чем отвечать.</translation>
    </message>
    <message>
        <source>Only supervisors can merge conversations.</source>
        <translation>Объединять разговоры могут только супервайзеры.</translation>
    </message>
    <message>
        <source>A conversation cannot be merged into itself.</source>
        <translation>Разговор нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>Only conversations of the same customer can be merged.</source>
        <translation>Объединять можно только разговоры одного клиента.</translation>
    </message>
    <message>
        <source>The conversation to merge into is resolved.</source>
        <translation>Разговор, с которым нужно объединить, уже решён.</translation>
    </message>
    <message>
        <source>Merged into conversation %1.</source>
        <translation>Объединён с разговором %1.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Database</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>не удаётся создать папку данных %1</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>не удаётся открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>cannot use the database %1 (is it a SQLite file?): %2</source>
        <translation>не удаётся использовать базу данных %1 (это точно файл SQLite?): %2</translation>
    </message>
    <message>
        <source>cannot configure the database: %1</source>
        <translation>не удаётся настроить базу данных: %1</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>не удаётся прочитать версию схемы: %1</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this server supports (%3); use a newer pilothouse-server or another --data-dir</source>
        <translation>у базы данных %1 версия схемы %2, более новая, чем поддерживает этот сервер (%3); используйте более новый pilothouse-server или другой --data-dir</translation>
    </message>
    <message>
        <source>cannot start a migration: %1</source>
        <translation>не удаётся начать миграцию: %1</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>не удалась миграция на версию схемы %1: %2</translation>
    </message>
    <message>
        <source>cannot commit migration %1: %2</source>
        <translation>не удаётся зафиксировать миграцию %1: %2</translation>
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
        <translation>Передано оператору: %1.</translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Правило: %1.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::EventLog</name>
    <message>
        <source>cannot write the event log&apos;s epoch</source>
        <translation>не удаётся записать epoch журнала событий</translation>
    </message>
    <message>
        <source>cannot read the event log: %1</source>
        <translation>не удаётся прочитать журнал событий: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Gateway</name>
    <message>
        <source>This endpoint speaks WebSocket only.</source>
        <translation>Эта конечная точка работает только по WebSocket.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::History</name>
    <message>
        <source>the demo history needs the demo users agent and supervisor</source>
        <translation>для демо-истории нужны демо-пользователи agent и supervisor</translation>
    </message>
    <message>
        <source>cannot write the demo history into %1 (see the log); remove that directory and start again, or start with --history-days 0</source>
        <translation>не удаётся записать демо-историю в %1 (см. журнал); удалите эту папку и запустите снова или запустите с --history-days 0</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::RestApi</name>
    <message>
        <source>The body must be a JSON object with string fields &quot;user&quot; (not empty) and &quot;password&quot;: %1</source>
        <translation>Тело запроса должно быть JSON-объектом со строковыми полями &quot;user&quot; (непустым) и &quot;password&quot;: %1</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The server could not sign you in; try again.</source>
        <translation>Серверу не удалось выполнить вход; повторите попытку.</translation>
    </message>
    <message>
        <source>Sign in first: send the session token as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Сначала войдите: передайте токен сеанса в виде &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>The query parameter &quot;%1&quot; must be a date YYYY-MM-DD.</source>
        <translation>Параметр запроса &quot;%1&quot; должен быть датой в формате YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The query parameter &quot;to&quot; must not be before &quot;from&quot;.</source>
        <translation>Параметр запроса &quot;to&quot; не должен быть раньше &quot;from&quot;.</translation>
    </message>
    <message>
        <source>The range from &quot;from&quot; to &quot;to&quot; spans more than %1 days.</source>
        <translation>Диапазон от &quot;from&quot; до &quot;to&quot; превышает %1 дн.</translation>
    </message>
    <message>
        <source>Only admins may change the cost model.</source>
        <translation>Изменять модель затрат могут только администраторы.</translation>
    </message>
    <message>
        <source>The body must be a cost model with &quot;baseVersion&quot;: %1</source>
        <translation>Тело запроса должно быть моделью затрат с &quot;baseVersion&quot;: %1</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>Заметка длиннее %1 символов.</translation>
    </message>
    <message numerus="yes">
        <source>The cost model was not saved: %n field(s) hold values out of range.</source>
        <translation>
            <numerusform>Модель затрат не сохранена: в %n поле значение вне допустимого диапазона.</numerusform>
            <numerusform>Модель затрат не сохранена: в %n полях значения вне допустимого диапазона.</numerusform>
            <numerusform>Модель затрат не сохранена: в %n полях значения вне допустимого диапазона.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cost model was changed meanwhile (version %1 by %2); review it and save again.</source>
        <translation>Модель затрат была изменена за это время (версия %1, автор: %2); проверьте её и сохраните снова.</translation>
    </message>
    <message>
        <source>The server could not save the cost model; try again.</source>
        <translation>Серверу не удалось сохранить модель затрат; повторите попытку.</translation>
    </message>
    <message>
        <source>The query parameter &quot;%1&quot; must be %2.</source>
        <translation>Параметр запроса &quot;%1&quot; должен быть %2.</translation>
    </message>
    <message>
        <source>a figure&apos;s name, such as aiResolutionStrict</source>
        <translation>названием показателя, например aiResolutionStrict</translation>
    </message>
    <message>
        <source>&quot;numerator&quot; or &quot;denominator&quot;</source>
        <translation>&quot;numerator&quot; или &quot;denominator&quot;</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>датой в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a date not before &quot;from&quot;</source>
        <translation>датой не раньше &quot;from&quot;</translation>
    </message>
    <message>
        <source>at most %1 days after &quot;from&quot;</source>
        <translation>не позднее чем через %1 дн. после &quot;from&quot;</translation>
    </message>
    <message>
        <source>channels separated by commas, such as chat,email</source>
        <translation>списком каналов через запятую, например chat,email</translation>
    </message>
    <message>
        <source>a conversation kind, such as support or sales</source>
        <translation>типом диалога, например support или sales</translation>
    </message>
    <message>
        <source>&quot;true&quot; or &quot;false&quot;</source>
        <translation>&quot;true&quot; или &quot;false&quot;</translation>
    </message>
    <message>
        <source>1, 5, 7 or 30 (days)</source>
        <translation>1, 5, 7 или 30 (в днях)</translation>
    </message>
    <message>
        <source>a confidence band&apos;s lower bound: 0, 10, 20, ... 90</source>
        <translation>нижней границей диапазона уверенности: 0, 10, 20, ... 90</translation>
    </message>
    <message>
        <source>absent for any figure but %1</source>
        <translation>опущен для любого показателя, кроме %1</translation>
    </message>
    <message>
        <source>Only admins may export a customer&apos;s data.</source>
        <translation>Экспортировать данные клиента могут только администраторы.</translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation>Такого клиента нет.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа. Подождите %n секунду до следующей попытки.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Подождите %n секунды до следующей попытки.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Подождите %n секунд до следующей попытки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only viewers, supervisors and admins may read the cost model.</source>
        <translation>Модель затрат могут читать только наблюдатели, супервайзеры и администраторы.</translation>
    </message>
    <message>
        <source>Only viewers, supervisors and admins may read the analytics facts.</source>
        <translation>Данные аналитики могут читать только наблюдатели, супервайзеры и администраторы.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or a recovery code.</source>
        <translation>Введите 6-значный код из приложения-аутентификатора или код восстановления.</translation>
    </message>
    <message>
        <source>That code is not right, or was used already. Enter the code the app shows now.</source>
        <translation>Код неверен или уже использован. Введите код, который приложение показывает сейчас.</translation>
    </message>
    <message>
        <source>This server requires two-factor sign-in: set it up first (POST /api/v1/account/two-factor).</source>
        <translation>Этот сервер требует двухфакторный вход: сначала настройте его (POST /api/v1/account/two-factor).</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::SecretBox</name>
    <message>
        <source>cannot create the key file %1: %2</source>
        <translation>не удаётся создать файл ключа %1: %2</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>не удаётся прочитать файл ключа %1: %2</translation>
    </message>
    <message>
        <source>the key file %1 is not %2 bytes long; restore it from a backup (without it, two-factor sign-in must be reset for every user)</source>
        <translation>файл ключа %1 имеет длину не %2 байт; восстановите его из резервной копии (без него двухфакторный вход придётся сбросить всем пользователям)</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Seeder</name>
    <message>
        <source>cannot seed the demo catalog into the database</source>
        <translation>не удаётся загрузить демо-каталог в базу данных</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::ServerApp</name>
    <message>
        <source>the built-in demo catalog is missing or malformed</source>
        <translation>встроенный демо-каталог отсутствует или повреждён</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>не удаётся начать прослушивание на %1:%2: %3</translation>
    </message>
    <message>
        <source>Demo Agent</source>
        <translation>Демо-оператор</translation>
    </message>
    <message>
        <source>Demo Supervisor</source>
        <translation>Демо-супервайзер</translation>
    </message>
    <message>
        <source>Demo Admin</source>
        <translation>Демо-администратор</translation>
    </message>
    <message>
        <source>cannot create the demo user %1</source>
        <translation>не удаётся создать демо-пользователя %1</translation>
    </message>
    <message>
        <source>demo sign-in: user %1, password %2 (role %1)</source>
        <translation>демо-вход: пользователь %1, пароль %2 (роль %1)</translation>
    </message>
    <message>
        <source>Demo Viewer</source>
        <translation>Демо-наблюдатель</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::SessionsApi</name>
    <message>
        <source>Only admins may see other users&apos; sessions.</source>
        <translation>Сеансы других пользователей могут видеть только администраторы.</translation>
    </message>
    <message>
        <source>There is no such session.</source>
        <translation>Такого сеанса нет.</translation>
    </message>
    <message>
        <source>The server could not end the session; try again.</source>
        <translation>Серверу не удалось завершить сеанс; повторите попытку.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::TwoFactorApi</name>
    <message>
        <source>Two-factor sign-in is already on for %1; an admin can reset it.</source>
        <translation>Двухфакторный вход для %1 уже включён; администратор может его сбросить.</translation>
    </message>
    <message>
        <source>The server could not start the set-up; try again.</source>
        <translation>Серверу не удалось начать настройку; повторите попытку.</translation>
    </message>
    <message>
        <source>The body must be a JSON object with the string &quot;code&quot; (the 6 digits the app shows).</source>
        <translation>Тело запроса должно быть объектом JSON со строкой &quot;code&quot; (6 цифр, которые показывает приложение).</translation>
    </message>
    <message>
        <source>There is no set-up to confirm: start one first (or two-factor sign-in is already on).</source>
        <translation>Нечего подтверждать: сначала начните настройку (или двухфакторный вход уже включён).</translation>
    </message>
    <message>
        <source>That code is not right. Check the app&apos;s clock and enter the code it shows now.</source>
        <translation>Код неверен. Проверьте часы приложения и введите код, который оно показывает сейчас.</translation>
    </message>
    <message>
        <source>The server could not save this; try again.</source>
        <translation>Серверу не удалось это сохранить; повторите попытку.</translation>
    </message>
    <message>
        <source>Only admins reset another user&apos;s two-factor sign-in.</source>
        <translation>Сбрасывать двухфакторный вход других пользователей могут только администраторы.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Пользователя с именем %1 нет.</translation>
    </message>
    <message>
        <source>Only admins read and set the sign-in rules.</source>
        <translation>Только администраторы читают и задают правила входа.</translation>
    </message>
    <message>
        <source>The body must be a JSON object with the boolean &quot;twoFactorRequired&quot;: %1</source>
        <translation>Тело должно быть объектом JSON с логическим полем &quot;twoFactorRequired&quot;: %1</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in for yourself first (Settings), then require it of everyone.</source>
        <translation>Сначала включите двухфакторный вход для себя (Настройки), затем требуйте его от всех.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::UsersApi</name>
    <message>
        <source>The body could not be read: %1</source>
        <translation>Не удалось прочитать тело запроса: %1</translation>
    </message>
    <message>
        <source>Only admins manage users.</source>
        <translation>Пользователями управляют только администраторы.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is 1 to %1 characters, without &quot;/&quot;.</source>
        <translation>&quot;name&quot; — от 1 до %1 символов, без &quot;/&quot;.</translation>
    </message>
    <message>
        <source>There is a user named %1 already.</source>
        <translation>Пользователь с именем %1 уже есть.</translation>
    </message>
    <message>
        <source>The server could not save the user; try again.</source>
        <translation>Серверу не удалось сохранить пользователя; повторите попытку.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Пользователя с именем %1 нет.</translation>
    </message>
    <message>
        <source>%1 is the last active admin; make another user admin first.</source>
        <translation>%1 — последний активный администратор; сначала назначьте администратором другого пользователя.</translation>
    </message>
    <message>
        <source>The server could not save the change; try again.</source>
        <translation>Серверу не удалось сохранить изменение; повторите попытку.</translation>
    </message>
    <message>
        <source>The server could not save the password; try again.</source>
        <translation>Серверу не удалось сохранить пароль; повторите попытку.</translation>
    </message>
</context>
</TS>
