<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutSection</name>
    <message>
        <source>About Pilothouse</source>
        <translation>О Pilothouse</translation>
    </message>
    <message>
        <source>Pilothouse %1</source>
        <translation>Pilothouse %1</translation>
    </message>
    <message>
        <source>The operator console for AI customer conversations.</source>
        <translation>Консоль операторов для диалогов ИИ с клиентами.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Создано с использованием</translation>
    </message>
    <message>
        <source>%1 %2, licence %3</source>
        <translation>%1 %2, лицензия %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation>Лицензия %1</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>Sign in to save the cost model.</source>
        <translation>Войдите, чтобы сохранить модель затрат.</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <source>Account: %1, %2</source>
        <translation>Учётная запись: %1, %2</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Учётная запись: %1</translation>
    </message>
    <message>
        <source>Opens the menu with Settings and Sign out</source>
        <translation>Открывает меню с настройками и выходом</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Settings  Alt+7</source>
        <translation>Настройки  Alt+7</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Shortcut: Alt+7</source>
        <translation>Сочетание клавиш: Alt+7</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Audit log  Alt+8</source>
        <translation>Журнал аудита  Alt+8</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Shortcut: Alt+8</source>
        <translation>Сочетание клавиш: Alt+8</translation>
    </message>
    <message>
        <source>Users  Alt+9</source>
        <translation>Пользователи  Alt+9</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Shortcut: Alt+9</source>
        <translation>Сочетание клавиш: Alt+9</translation>
    </message>
</context>
<context>
    <name>AccountSettings</name>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Использовать этот сервер</translation>
    </message>
    <message>
        <source>Sign out and use this server</source>
        <translation>Выйти и использовать этот сервер</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Conversation actions</source>
        <translation>Действия с диалогом</translation>
    </message>
    <message>
        <source>Take over  T</source>
        <translation>Взять на себя  T</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Взять на себя</translation>
    </message>
    <message>
        <source>Shortcut: T</source>
        <translation>Клавиша: T</translation>
    </message>
    <message>
        <source>Hand back  H</source>
        <translation>Вернуть ИИ  H</translation>
    </message>
    <message>
        <source>Hand back to the AI</source>
        <translation>Вернуть диалог ИИ</translation>
    </message>
    <message>
        <source>Shortcut: H</source>
        <translation>Клавиша: H</translation>
    </message>
    <message>
        <source>Resolve  E</source>
        <translation>Завершить  E</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Shortcut: E</source>
        <translation>Клавиша: E</translation>
    </message>
    <message>
        <source>Whisper to AI</source>
        <translation>Подсказка ИИ</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save the transcript as PDF</source>
        <translation>Сохранить переписку в PDF</translation>
    </message>
    <message>
        <source>Rule id: %1</source>
        <translation>Идентификатор правила: %1</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <source>Assign the conversation to a colleague</source>
        <translation>Назначить разговор коллеге</translation>
    </message>
    <message>
        <source>View only: your role reads conversations and acts on none.</source>
        <translation>Только просмотр: ваша роль читает разговоры и ничего в них не делает.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Resolve the conversation</source>
        <translation>Завершить диалог</translation>
    </message>
    <message>
        <source>Whisper to the AI</source>
        <translation>Подсказка ИИ</translation>
    </message>
    <message>
        <source>Hand back to the AI</source>
        <translation>Вернуть диалог ИИ</translation>
    </message>
    <message>
        <source>How did it end? The customer is not notified; a new message reopens it.</source>
        <translation>Чем всё закончилось? Клиент не получит уведомления; новое сообщение снова откроет диалог.</translation>
    </message>
    <message>
        <source>A private instruction: the AI follows it in its next reply. %1 never sees it.</source>
        <translation>Скрытая инструкция: ИИ выполнит её в следующем ответе. %1 её не увидит.</translation>
    </message>
    <message>
        <source>The AI takes the conversation again. Leave a note for it and your team (%1 never sees it).</source>
        <translation>ИИ снова ведёт диалог. Оставьте заметку для него и своей команды (%1 её не увидит).</translation>
    </message>
    <message>
        <source>e.g. Offer free express shipping</source>
        <translation>Например: предложи бесплатную экспресс-доставку</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Заметка (необязательно)</translation>
    </message>
    <message>
        <source>Instruction for the AI</source>
        <translation>Инструкция для ИИ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Ctrl+Enter to confirm, Esc to cancel</source>
        <translation>Ctrl+Enter — подтвердить, Esc — отменить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Подсказать</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Вернуть ИИ</translation>
    </message>
</context>
<context>
    <name>ActivatableRow</name>
    <message>
        <source>Press Enter to list the conversations behind it.</source>
        <translation>Нажмите Enter, чтобы показать список диалогов, стоящих за ним.</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Agreement between reviewers</source>
        <translation>Согласие проверяющих</translation>
    </message>
    <message>
        <source>Reviewers compared</source>
        <translation>Сравниваемые проверяющие</translation>
    </message>
    <message>
        <source>%1: %2. Cohen&apos;s kappa: 1 is full agreement, 0 what chance alone would give.</source>
        <translation>%1: %2. Каппа Коэна: 1 — полное согласие, 0 — то, что дала бы случайность.</translation>
    </message>
    <message>
        <source>No reply has been labelled by two reviewers yet. The daily sample is the same in every console: reviewing it gives the replies to compare.</source>
        <translation>Ни один ответ ещё не оценён двумя проверяющими. Ежедневная выборка одинакова во всех консолях: её проверка даёт ответы для сравнения.</translation>
    </message>
    <message>
        <source>Agreement by reason</source>
        <translation>Согласие по причинам</translation>
    </message>
    <message>
        <source>%1: kappa %2, %3, %4</source>
        <translation>%1: каппа %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>AiReplyDetails</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>replied in %1</source>
        <translation>ответ за %1</translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation>Намерение: %1</translation>
    </message>
    <message>
        <source>Tool used: %1</source>
        <translation>Инструмент: %1</translation>
    </message>
    <message>
        <source>%1: show these rules</source>
        <translation>%1: показать эти правила</translation>
    </message>
    <message>
        <source>Weakest reply</source>
        <translation>Самый слабый ответ</translation>
    </message>
    <message>
        <source>The weakest AI reply in this conversation</source>
        <translation>Самый слабый ответ ИИ в этом разговоре</translation>
    </message>
</context>
<context>
    <name>AnalyticsFilters</name>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Произвольный</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Support and sales</source>
        <translation>Поддержка и продажи</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>Намерение:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Сегмент:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>VIP:</source>
        <translation>VIP:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>VIP only</source>
        <translation>Только VIP</translation>
    </message>
    <message>
        <source>Not VIP</source>
        <translation>Без VIP</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Текущий месяц</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Намерения</translation>
    </message>
    <message>
        <source>Sorted by conversations nobody resolved: where the AI can gain most</source>
        <translation>Сортировка по числу диалогов, которые никто не решил: где у ИИ наибольший потенциал</translation>
    </message>
    <message>
        <source>Hand-off reasons</source>
        <translation>Причины передачи</translation>
    </message>
    <message>
        <source>Why conversations went to a person</source>
        <translation>Почему диалоги передавались оператору</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Сегменты клиентов</translation>
    </message>
    <message>
        <source>Who the conversations came from, and how each segment fared</source>
        <translation>От кого поступали диалоги и каковы результаты по каждому сегменту</translation>
    </message>
</context>
<context>
    <name>AnalyticsReportText</name>
    <message>
        <source>No intent detected</source>
        <translation>Намерение не определено</translation>
    </message>
    <message>
        <source>Taken over without an escalation</source>
        <translation>Взят на себя без эскалации</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation>%1, по сравнению с %2</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Числитель</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Знаменатель</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>Что учитывается</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Решено ИИ</translation>
    </message>
    <message>
        <source>Closed by AI, vendor-style only</source>
        <translation>Закрыто ИИ, только по методике вендоров</translation>
    </message>
    <message>
        <source>Resolved by a person</source>
        <translation>Решено оператором</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Клиент ушёл</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Намерение</translation>
    </message>
    <message>
        <source>Not resolved by the AI</source>
        <translation>Не решено ИИ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Передачи</translation>
    </message>
    <message>
        <source>Share of hand-offs</source>
        <translation>Доля передач</translation>
    </message>
    <message>
        <source>Choose a file on this computer to export to.</source>
        <translation>Выберите файл на этом компьютере для экспорта.</translation>
    </message>
    <message>
        <source>Unsaved assumptions: these figures use values you are trying, not the organisation&apos;s cost model.</source>
        <translation>Несохранённые допущения: эти данные рассчитаны по значениям, которые вы пробуете, а не по модели затрат организации.</translation>
    </message>
    <message>
        <source>Built-in default assumptions: no cost model has been saved for the organisation.</source>
        <translation>Встроенные допущения по умолчанию: модель затрат для организации ещё не сохранялась.</translation>
    </message>
    <message>
        <source>The organisation&apos;s cost model, version %L1, saved by %2 on %3.</source>
        <translation>Модель затрат организации, версия %L1, сохранена пользователем %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>Assumes %1 an hour for a person, %2 per 1,000 AI tokens and a team of %Ln.</source>
        <translation>
            <numerusform>Допущения: %1 за час работы оператора, %2 за 1000 токенов ИИ, команда из %Ln человека.</numerusform>
            <numerusform>Допущения: %1 за час работы оператора, %2 за 1000 токенов ИИ, команда из %Ln человек.</numerusform>
            <numerusform>Допущения: %1 за час работы оператора, %2 за 1000 токенов ИИ, команда из %Ln человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handling time: measured once an intent has %Ln handled conversations, else %1 minutes.</source>
        <translation>
            <numerusform>Время обработки: измеряется, когда у намерения набирается %Ln обработанный диалог, иначе — %1 мин.</numerusform>
            <numerusform>Время обработки: измеряется, когда у намерения набирается %Ln обработанных диалога, иначе — %1 мин.</numerusform>
            <numerusform>Время обработки: измеряется, когда у намерения набирается %Ln обработанных диалогов, иначе — %1 мин.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handling time measured for %1 of the %2 intents the AI resolved; defaults for the rest (%3 minutes unless set per intent).</source>
        <translation>Время обработки измерено для %1 из %2 намерений, решённых ИИ; для остальных — значения по умолчанию (%3 мин., если не задано для намерения).</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Без сегмента</translation>
    </message>
    <message>
        <source>No ratings</source>
        <translation>Нет оценок</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>CSAT (4 or 5)</source>
        <translation>CSAT (4 или 5)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation>Ответы ИИ</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <source>Judged wrong</source>
        <translation>Признано неверными</translation>
    </message>
    <message>
        <source>Share wrong</source>
        <translation>Доля неверных</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Run &apos;pilothouse --help&apos; for the list of options.</source>
        <translation>Запустите &apos;pilothouse --help&apos;, чтобы увидеть список параметров.</translation>
    </message>
    <message>
        <source>Pilothouse: watch, steer and take over AI customer conversations.</source>
        <translation>Pilothouse: наблюдайте за диалогами ИИ с клиентами, управляйте ими и берите их на себя.</translation>
    </message>
    <message>
        <source>Backend URL, e.g. https://pilothouse.example.com.</source>
        <translation>URL сервера, например https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>User name to sign in with.</source>
        <translation>Имя пользователя для входа.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>Folder for the cache, settings and logs (default: the application data folder).</source>
        <translation>Папка для кэша, настроек и журналов (по умолчанию — папка данных приложения).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for https and wss.</source>
        <translation>Доверять сертификатам УЦ из этого PEM-файла для https и wss.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Review the local cache without connecting.</source>
        <translation>Просмотреть локальный кэш без подключения.</translation>
    </message>
    <message>
        <source>Interface language: %1.</source>
        <translation>Язык интерфейса: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Log detail: %1 (default info).</source>
        <translation>Подробность журнала: %1 (по умолчанию info).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>Start with the dark theme.</source>
        <translation>Запустить с тёмной темой.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the board has filled, then quit.</source>
        <translation>Сохранить снимок окна в PNG, когда доска заполнится, и выйти.</translation>
    </message>
    <message>
        <source>Give up waiting for the board after this many seconds (default 20).</source>
        <translation>Прекратить ожидание доски через указанное число секунд (по умолчанию 20).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Неожиданный аргумент &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--demo and --offline exclude each other: the demo needs the local backend.</source>
        <translation>--demo и --offline исключают друг друга: демо-режиму нужен локальный сервер.</translation>
    </message>
    <message>
        <source>--server: &apos;%1&apos; is not an http(s) or ws(s) URL, e.g. https://pilothouse.example.com.</source>
        <translation>--server: &apos;%1&apos; не является URL вида http(s) или ws(s), например https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>--user: the user name is empty.</source>
        <translation>--user: имя пользователя пустое.</translation>
    </message>
    <message>
        <source>--data-dir: &apos;%1&apos; exists and is not a folder.</source>
        <translation>--data-dir: &apos;%1&apos; существует и не является папкой.</translation>
    </message>
    <message>
        <source>--ca-file: cannot read &apos;%1&apos;.</source>
        <translation>--ca-file: не удаётся прочитать &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not available; choose one of %2.</source>
        <translation>--lang: &apos;%1&apos; недоступен; выберите один из вариантов: %2.</translation>
    </message>
    <message>
        <source>--log-level: &apos;%1&apos; is not one of %2.</source>
        <translation>--log-level: &apos;%1&apos; не входит в список %2.</translation>
    </message>
    <message>
        <source>--screenshot-timeout: expected whole seconds from 1 to 600.</source>
        <translation>--screenshot-timeout: ожидается целое число секунд от 1 до 600.</translation>
    </message>
    <message>
        <source>Open the window at this size in pixels, e.g. 1024x768 (at least %1x%2); not saved.</source>
        <translation>Открыть окно такого размера в пикселях, например 1024x768 (не меньше %1x%2); не сохраняется.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>ШxВ</translation>
    </message>
    <message>
        <source>--window-size: &apos;%1&apos; is not a size like 1024x768 from %2x%3 to 16384x16384.</source>
        <translation>--window-size: «%1» — не размер вида 1024x768 от %2x%3 до 16384x16384.</translation>
    </message>
    <message>
        <source>Connect to a local demo backend (%1) as the demo supervisor, or as the demo user --user names (viewer, agent, admin).</source>
        <translation>Подключиться к локальному демо-серверу (%1) как демо-супервайзер или как демо-пользователь, указанный в --user (viewer, agent, admin).</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign the conversation</source>
        <translation>Назначить разговор</translation>
    </message>
    <message>
        <source>%1&apos;s conversation goes to the colleague you choose; they own it from now on.</source>
        <translation>Разговор с %1 перейдёт выбранному коллеге; теперь он его владелец.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Коллеги</translation>
    </message>
    <message>
        <source>%1, owns it now</source>
        <translation>%1, сейчас владелец</translation>
    </message>
    <message numerus="yes">
        <source>Assign to %1, %2, %n conversation(s)</source>
        <translation>
            <numerusform>Назначить: %1, %2, %n разговор</numerusform>
            <numerusform>Назначить: %1, %2, %n разговора</numerusform>
            <numerusform>Назначить: %1, %2, %n разговоров</numerusform>
        </translation>
    </message>
    <message>
        <source>owns it now</source>
        <translation>сейчас владелец</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n conversation(s)</source>
        <translation>
            <numerusform>%1 · %n разговор</numerusform>
            <numerusform>%1 · %n разговора</numerusform>
            <numerusform>%1 · %n разговоров</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Filter by user name</source>
        <translation>Фильтр по имени пользователя</translation>
    </message>
    <message>
        <source>Press Enter to apply</source>
        <translation>Нажмите Enter, чтобы применить</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Who did what, when and from where. %1</source>
        <translation>Кто, что, когда и откуда сделал. %1</translation>
    </message>
    <message>
        <source>Who did what, when and from where.</source>
        <translation>Кто, что, когда и откуда сделал.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Обновить журнал аудита</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Выгрузить CSV</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Выгрузить журнал аудита в CSV</translation>
    </message>
    <message>
        <source>Saves every entry the filters match as a CSV file you choose</source>
        <translation>Сохраняет все записи, подходящие под фильтры, в выбранный CSV-файл</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Касается</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Записи аудита</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Показать более ранние записи</translation>
    </message>
    <message>
        <source>The audit log cannot be read</source>
        <translation>Журнал аудита не удаётся прочитать</translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation>Нет подходящих записей</translation>
    </message>
    <message>
        <source>Nothing audited in this period</source>
        <translation>За этот период записей нет</translation>
    </message>
    <message>
        <source>Try another user, action or period.</source>
        <translation>Попробуйте другого пользователя, действие или период.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Sign-in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Взять на себя</translation>
    </message>
    <message>
        <source>Hand back to the AI</source>
        <translation>Вернуть ИИ</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Решить</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Передать</translation>
    </message>
    <message>
        <source>Whisper to the AI</source>
        <translation>Подсказка ИИ</translation>
    </message>
    <message>
        <source>Send a reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Judge an AI reply</source>
        <translation>Оценить ответ ИИ</translation>
    </message>
    <message>
        <source>Merge conversations</source>
        <translation>Объединить разговоры</translation>
    </message>
    <message>
        <source>Change presence</source>
        <translation>Изменить статус присутствия</translation>
    </message>
    <message>
        <source>Erase a customer</source>
        <translation>Стереть клиента</translation>
    </message>
    <message>
        <source>Export a customer&apos;s data</source>
        <translation>Выгрузить данные клиента</translation>
    </message>
    <message>
        <source>Change the cost model</source>
        <translation>Изменить модель затрат</translation>
    </message>
    <message>
        <source>Save a rules draft</source>
        <translation>Сохранить черновик правил</translation>
    </message>
    <message>
        <source>Publish the rules</source>
        <translation>Опубликовать правила</translation>
    </message>
    <message>
        <source>Roll back the rules</source>
        <translation>Откатить правила</translation>
    </message>
    <message>
        <source>Save a saved-replies draft</source>
        <translation>Сохранить черновик шаблонов ответов</translation>
    </message>
    <message>
        <source>Publish the saved replies</source>
        <translation>Опубликовать шаблоны ответов</translation>
    </message>
    <message>
        <source>Roll back the saved replies</source>
        <translation>Откатить шаблоны ответов</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>Change a role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <source>Deactivate a user</source>
        <translation>Отключить пользователя</translation>
    </message>
    <message>
        <source>Reactivate a user</source>
        <translation>Снова включить пользователя</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <source>Not allowed for the role</source>
        <translation>Не разрешено для этой роли</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Неверное имя пользователя или пароль</translation>
    </message>
    <message>
        <source>Too many failed sign-ins</source>
        <translation>Слишком много неудачных попыток входа</translation>
    </message>
    <message>
        <source>Someone else acted first</source>
        <translation>Кто-то успел раньше</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Not possible in the conversation&apos;s state</source>
        <translation>Невозможно в текущем состоянии разговора</translation>
    </message>
    <message>
        <source>Command id used twice</source>
        <translation>Идентификатор команды использован дважды</translation>
    </message>
    <message>
        <source>Malformed request</source>
        <translation>Некорректный запрос</translation>
    </message>
    <message>
        <source>Unknown command</source>
        <translation>Неизвестная команда</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Ошибка сервера</translation>
    </message>
    <message>
        <source>End a session</source>
        <translation>Завершить сеанс</translation>
    </message>
    <message>
        <source>Change a display name</source>
        <translation>Изменить отображаемое имя</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Включить двухфакторный вход</translation>
    </message>
    <message>
        <source>Reset two-factor sign-in</source>
        <translation>Сбросить двухфакторный вход</translation>
    </message>
    <message>
        <source>Require two-factor sign-in of everyone</source>
        <translation>Требовать двухфакторный вход от всех</translation>
    </message>
    <message>
        <source>Stop requiring two-factor sign-in</source>
        <translation>Больше не требовать двухфакторный вход</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Выход</translation>
    </message>
</context>
<context>
    <name>BoardEmptyState</name>
    <message>
        <source>No conversations yet</source>
        <translation>Диалогов пока нет</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>Ничего не найдено по запросу «%1»</translation>
    </message>
    <message>
        <source>The AI is not handling anything right now</source>
        <translation>Сейчас ИИ не ведёт ни одного диалога</translation>
    </message>
    <message>
        <source>Nothing escalated</source>
        <translation>Эскалированных диалогов нет</translation>
    </message>
    <message>
        <source>Nothing assigned to you</source>
        <translation>Вам ничего не назначено</translation>
    </message>
    <message>
        <source>No VIP conversations</source>
        <translation>Нет VIP-диалогов</translation>
    </message>
    <message>
        <source>No conversations today</source>
        <translation>Сегодня диалогов нет</translation>
    </message>
    <message>
        <source>No support conversations</source>
        <translation>Нет диалогов поддержки</translation>
    </message>
    <message>
        <source>No sales conversations</source>
        <translation>Нет диалогов о продажах</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>Нет диалогов</translation>
    </message>
    <message>
        <source>When customers write in, their conversations appear here live.</source>
        <translation>Когда клиенты пишут, их диалоги сразу появляются здесь.</translation>
    </message>
    <message>
        <source>Try a customer name, an order number or an intent.</source>
        <translation>Попробуйте имя клиента, номер заказа или намерение.</translation>
    </message>
    <message>
        <source>The AI is handling every conversation within its rules.</source>
        <translation>ИИ ведёт все диалоги в рамках своих правил.</translation>
    </message>
    <message>
        <source>Take over a conversation to see it here.</source>
        <translation>Возьмите диалог на себя, чтобы он появился здесь.</translation>
    </message>
    <message>
        <source>Other filters may have what you are looking for.</source>
        <translation>Возможно, нужное найдётся в других фильтрах.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Nothing cached yet</source>
        <translation>В кэше пока ничего нет</translation>
    </message>
    <message>
        <source>Conversations are kept on this computer once you have been online with this account.</source>
        <translation>Разговоры сохраняются на этом компьютере, как только вы хотя бы раз подключитесь с этой учётной записью.</translation>
    </message>
</context>
<context>
    <name>BoardHeader</name>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) shown</source>
        <translation>
            <numerusform>Показан %n диалог</numerusform>
            <numerusform>Показано %n диалога</numerusform>
            <numerusform>Показано %n диалогов</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Сортировка:</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Search name, message, intent…  ( / )</source>
        <translation>Поиск: имя, сообщение, намерение…  ( / )</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Поиск диалогов</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>AI handling</source>
        <translation>Ведёт ИИ</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Weakest reply</source>
        <translation>Самый слабый ответ</translation>
    </message>
    <message>
        <source>Weak replies</source>
        <translation>Слабые ответы</translation>
    </message>
    <message>
        <source>Conversations where an AI reply had low confidence</source>
        <translation>Разговоры, в которых у ответа ИИ была низкая уверенность</translation>
    </message>
</context>
<context>
    <name>BoardRow</name>
    <message>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <source>AI:</source>
        <translation>ИИ:</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Вы:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Оператор:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Система:</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Last message %1</source>
        <translation>Последнее сообщение: %1</translation>
    </message>
    <message>
        <source>· you</source>
        <translation>· вы</translation>
    </message>
    <message>
        <source>· %1</source>
        <translation>· %1</translation>
    </message>
    <message>
        <source>Weakest AI reply</source>
        <translation>Самый слабый ответ ИИ</translation>
    </message>
    <message>
        <source>Weakest AI reply: %1 (%2). Last reply: %3.</source>
        <translation>Самый слабый ответ ИИ: %1 (%2). Последний ответ: %3.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Weakest AI reply: %1. Last reply: %2.</source>
        <translation>Самый слабый ответ ИИ: %1. Последний ответ: %2.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Conversation board</source>
        <translation>Доска диалогов</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Загрузка диалогов…</translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new or updated</source>
        <translation>
            <numerusform>↑ %n новый или изменённый</numerusform>
            <numerusform>↑ %n новых или изменённых</numerusform>
            <numerusform>↑ %n новых или изменённых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n new or updated conversation(s)</source>
        <translation>
            <numerusform>Показать %n новый или изменённый разговор</numerusform>
            <numerusform>Показать %n новых или изменённых разговора</numerusform>
            <numerusform>Показать %n новых или изменённых разговоров</numerusform>
        </translation>
    </message>
    <message>
        <source>The board keeps its order while you work; this applies what changed</source>
        <translation>Доска сохраняет порядок, пока вы работаете; кнопка применяет изменения</translation>
    </message>
</context>
<context>
    <name>BreakdownTable</name>
    <message>
        <source>Intent</source>
        <translation>Намерение</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Передачи</translation>
    </message>
    <message>
        <source>Share of hand-offs</source>
        <translation>Доля передач</translation>
    </message>
    <message>
        <source>%1: %2 hand-offs, %3 of all hand-offs</source>
        <translation>%1: передач — %2, %3 от всех передач</translation>
    </message>
    <message>
        <source>No conversations in this period.</source>
        <translation>За этот период диалогов нет.</translation>
    </message>
    <message>
        <source>No hand-offs in this period.</source>
        <translation>За этот период передач не было.</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Решено ИИ</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 not resolved, resolved by AI %4</source>
        <translation>%1: диалогов — %2, не решено — %3, решено ИИ — %4</translation>
    </message>
</context>
<context>
    <name>CachedMessages</name>
    <message>
        <source>The cached messages could not be read from %1 (%2).</source>
        <translation>Не удалось прочитать сообщения из кэша %1 (%2).</translation>
    </message>
    <message>
        <source>Could not read the orders in %1 (%2).</source>
        <translation>Не удалось прочитать заказы в %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CalibrationChart</name>
    <message>
        <source>Confidence calibration</source>
        <translation>Калибровка уверенности</translation>
    </message>
    <message>
        <source>How often reviewers judged the AI&apos;s replies wrong, by the confidence the AI gave them</source>
        <translation>Как часто проверяющие признавали ответы ИИ неверными, в зависимости от уверенности, с которой ИИ их дал</translation>
    </message>
    <message>
        <source>Share of judged replies that were wrong, by confidence band, chart; the same figures are in the table</source>
        <translation>Доля оценённых ответов, признанных неверными, по диапазонам уверенности, диаграмма; те же данные есть в таблице</translation>
    </message>
    <message>
        <source>The AI&apos;s confidence, from (%)</source>
        <translation>Уверенность ИИ, от (%)</translation>
    </message>
    <message>
        <source>Judged wrong</source>
        <translation>Признано неверными</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation>Ответы ИИ</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <source>Share wrong</source>
        <translation>Доля неверных</translation>
    </message>
    <message>
        <source>Confidence %1: %2 AI replies, %3 judged, %4 judged wrong (%5)</source>
        <translation>Уверенность %1: ответов ИИ — %2, оценено — %3, признано неверными — %4 (%5)</translation>
    </message>
    <message>
        <source>Catch:</source>
        <translation>Перехватить:</translation>
    </message>
    <message>
        <source>Share of wrong replies the threshold must catch</source>
        <translation>Доля неверных ответов, которую должен перехватить порог</translation>
    </message>
    <message>
        <source>half of the wrong replies</source>
        <translation>половину неверных ответов</translation>
    </message>
    <message>
        <source>80 % of the wrong replies</source>
        <translation>80&#xa0;% неверных ответов</translation>
    </message>
    <message>
        <source>90 % of the wrong replies</source>
        <translation>90&#xa0;% неверных ответов</translation>
    </message>
    <message>
        <source>95 % of the wrong replies</source>
        <translation>95&#xa0;% неверных ответов</translation>
    </message>
</context>
<context>
    <name>ChannelGlyph</name>
    <message>
        <source>Channel: %1</source>
        <translation>Канал: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <translation>Поле ответа</translation>
    </message>
    <message>
        <source>Internal note for your team — the customer never sees it</source>
        <translation>Внутренняя заметка для команды — клиент её не увидит</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Ответ клиенту</translation>
    </message>
    <message>
        <source>Take over to reply; notes stay internal.</source>
        <translation>Возьмите диалог на себя, чтобы ответить; заметки остаются внутренними.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Enter: new line · Ctrl+Enter: send</source>
        <translation>Enter — новая строка · Ctrl+Enter — отправить</translation>
    </message>
    <message>
        <source>Enter: send · Shift+Enter: new line</source>
        <translation>Enter — отправить · Shift+Enter — новая строка</translation>
    </message>
    <message>
        <source>Instruction for the AI — the customer never sees it</source>
        <translation>Указание для ИИ — клиент его не видит</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>Ответ для %1…</translation>
    </message>
    <message>
        <source>Instruction for the AI</source>
        <translation>Указание для ИИ</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Сохранённые ответы</translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Вставить сохранённый ответ</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Шепнуть</translation>
    </message>
    <message>
        <source>Reply here anyway?</source>
        <translation>Всё равно ответить здесь?</translation>
    </message>
    <message>
        <source>Your reply goes to this conversation only. You are asked once per conversation.</source>
        <translation>Ответ уйдёт только в этот разговор. Этот вопрос задаётся один раз на разговор.</translation>
    </message>
    <message>
        <source>Reply here</source>
        <translation>Ответить здесь</translation>
    </message>
    <message>
        <source>Send the reply in this conversation</source>
        <translation>Отправить ответ в этом разговоре</translation>
    </message>
    <message>
        <source>Cancel, do not send yet</source>
        <translation>Отмена, пока не отправлять</translation>
    </message>
</context>
<context>
    <name>ComposerDrafts</name>
    <message>
        <source>AI suggestions</source>
        <translation>Предложения ИИ</translation>
    </message>
    <message numerus="yes">
        <source>The newest of %n suggestions · Ctrl+Shift+D inserts it</source>
        <translation>
            <numerusform>Новейшее из %n предложения · Ctrl+Shift+D вставляет его</numerusform>
            <numerusform>Новейшее из %n предложений · Ctrl+Shift+D вставляет его</numerusform>
            <numerusform>Новейшее из %n предложений · Ctrl+Shift+D вставляет его</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+D inserts the newest</source>
        <translation>Ctrl+Shift+D вставляет новейшее</translation>
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
        <translation>н/д</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>No AI reply yet</source>
        <translation>ИИ ещё не ответил</translation>
    </message>
    <message>
        <source>%1 confidence</source>
        <translation>Уверенность %1</translation>
    </message>
    <message>
        <source>AI confidence</source>
        <translation>Уверенность ИИ</translation>
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
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Переподключение через %n с</numerusform>
            <numerusform>Переподключение через %n с</numerusform>
            <numerusform>Переподключение через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Диалог с клиентом %1</translation>
    </message>
    <message>
        <source>with you</source>
        <translation>ведёте вы</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>ведёт %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ждёт</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Hide the customer panel</source>
        <translation>Скрыть панель клиента</translation>
    </message>
    <message>
        <source>Show the customer panel and the AI&apos;s drafts</source>
        <translation>Показать панель клиента и черновики ИИ</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Диалог не выбран</translation>
    </message>
    <message>
        <source>Pick a conversation on the board, or press J to open the first one.</source>
        <translation>Выберите диалог на доске или нажмите J, чтобы открыть первый.</translation>
    </message>
    <message>
        <source>Loading conversation…</source>
        <translation>Загрузка диалога…</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>Диалог не найден</translation>
    </message>
    <message>
        <source>It is not in the local cache. It may have been removed, or it has not synced yet.</source>
        <translation>Его нет в локальном кэше. Возможно, он был удалён или ещё не синхронизирован.</translation>
    </message>
</context>
<context>
    <name>ConversationsBehindDialog</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the list of conversations</source>
        <translation>Закрыть список диалогов</translation>
    </message>
    <message>
        <source>Which side of the figure</source>
        <translation>Какая часть показателя</translation>
    </message>
    <message>
        <source>Asking the server for the conversations…</source>
        <translation>Запрос диалогов у сервера…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>No conversation is behind this side of the figure for this period and filter.</source>
        <translation>За этой частью показателя нет диалогов для этого периода и фильтра.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Намерение</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>In this console</source>
        <translation>В этой консоли</translation>
    </message>
    <message>
        <source>Cached</source>
        <comment>the conversation is in the local cache</comment>
        <translation>В кэше</translation>
    </message>
    <message>
        <source>Not cached</source>
        <translation>Нет в кэше</translation>
    </message>
    <message>
        <source>%1, created %2, %3, %4, %5</source>
        <translation>%1, создан %2, %3, %4, %5</translation>
    </message>
    <message>
        <source>opens in the workspace</source>
        <translation>открывается в рабочей области</translation>
    </message>
    <message>
        <source>not in the local cache</source>
        <translation>нет в локальном кэше</translation>
    </message>
</context>
<context>
    <name>CostModelPanel</name>
    <message>
        <source>Cost model</source>
        <translation>Модель затрат</translation>
    </message>
    <message>
        <source>The figures on these pages use unsaved values.</source>
        <translation>Данные на этих страницах рассчитаны по несохранённым значениям.</translation>
    </message>
    <message>
        <source>Use the organisation&apos;s values</source>
        <translation>Использовать значения организации</translation>
    </message>
    <message>
        <source>Loaded hourly cost of a person (%1)</source>
        <translation>Полная стоимость часа работы оператора (%1)</translation>
    </message>
    <message>
        <source>What an hour of a person costs, overheads included.</source>
        <translation>Сколько стоит час работы оператора с учётом накладных расходов.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Its three-letter code, such as USD or EUR.</source>
        <translation>Трёхбуквенный код, например USD или EUR.</translation>
    </message>
    <message>
        <source>AI price per 1,000 tokens (%1)</source>
        <translation>Цена ИИ за 1000 токенов (%1)</translation>
    </message>
    <message>
        <source>0 for a model you host yourself.</source>
        <translation>0 — для модели, которую вы размещаете сами.</translation>
    </message>
    <message>
        <source>Default handling minutes</source>
        <translation>Время обработки по умолчанию, мин</translation>
    </message>
    <message>
        <source>How long a person takes, for intents without enough measured conversations.</source>
        <translation>Сколько времени тратит оператор на намерения, для которых недостаточно измеренных диалогов.</translation>
    </message>
    <message>
        <source>Conversations needed to measure an intent</source>
        <translation>Число диалогов для измерения намерения</translation>
    </message>
    <message>
        <source>From this many handled conversations, an intent uses its measured handling time.</source>
        <translation>Начиная с этого числа обработанных диалогов для намерения используется измеренное время обработки.</translation>
    </message>
    <message>
        <source>Team size compared with</source>
        <translation>Размер команды для сравнения</translation>
    </message>
    <message>
        <source>The human team the savings are compared with.</source>
        <translation>Команда операторов, с которой сравнивается экономия.</translation>
    </message>
    <message>
        <source>Note for this version (optional)</source>
        <translation>Заметка к этой версии (необязательно)</translation>
    </message>
    <message>
        <source>Why the values change; kept with the version.</source>
        <translation>Почему меняются значения; сохраняется вместе с версией.</translation>
    </message>
    <message>
        <source>Try these values</source>
        <translation>Попробовать эти значения</translation>
    </message>
    <message>
        <source>Try these values without saving</source>
        <translation>Попробовать эти значения без сохранения</translation>
    </message>
    <message>
        <source>Save for the organisation</source>
        <translation>Сохранить для организации</translation>
    </message>
    <message>
        <source>Reset the fields</source>
        <translation>Сбросить поля</translation>
    </message>
    <message>
        <source>Reset the fields to the values the figures use</source>
        <translation>Вернуть в поля значения, по которым рассчитаны данные</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvExportButton</name>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Экспорт таблицы «%1» в CSV</translation>
    </message>
    <message>
        <source>Saves this table as a CSV file you choose</source>
        <translation>Сохраняет эту таблицу в выбранный вами CSV-файл</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Данные клиента</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Сегмент: %1</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Пожизненная ценность</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Стал клиентом</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Последние заказы</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Заказов пока нет</translation>
    </message>
    <message>
        <source>This is their first conversation</source>
        <translation>Это первый диалог клиента</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>Удалить клиента…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s personal data</source>
        <translation>Удалить персональные данные этого клиента</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Другие разговоры</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>%1, date as year-month-day</source>
        <translation>%1, дата в формате год-месяц-день</translation>
    </message>
</context>
<context>
    <name>DeadlineLegend</name>
    <message>
        <source>First-reply deadline colours: green, more than 2 minutes left; amber, 2 minutes or less; red, missed</source>
        <translation>Цвета срока первого ответа: зелёный — осталось больше 2 минут; жёлтый — 2 минуты или меньше; красный — пропущен</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>2 min or less</source>
        <translation>2 мин или меньше</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущен</translation>
    </message>
</context>
<context>
    <name>DeltaLabel</name>
    <message>
        <source>better</source>
        <comment>change against the previous period</comment>
        <translation>лучше</translation>
    </message>
    <message>
        <source>worse</source>
        <comment>change against the previous period</comment>
        <translation>хуже</translation>
    </message>
    <message>
        <source>no better or worse</source>
        <comment>change against the previous period</comment>
        <translation>без изменений</translation>
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
        <translation>Вставить предложение ИИ: %1</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
</context>
<context>
    <name>DryRunPanel</name>
    <message>
        <source>Dry run on the cached history</source>
        <translation>Пробный прогон по кэшированной истории</translation>
    </message>
    <message>
        <source>History to replay: %1</source>
        <translation>История для прогона: %1</translation>
    </message>
    <message>
        <source>Replay against the rules in force</source>
        <translation>Прогнать против действующих правил</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Replaying: %1 %</source>
        <translation>Прогон: %1 %</translation>
    </message>
    <message>
        <source>Choose another version on the left: its rules are replayed turn by turn over every cached conversation and compared with the rules in force. Nothing is sent to the server.</source>
        <translation>Выберите слева другую версию: её правила воспроизводятся ход за ходом на каждом кэшированном разговоре и сравниваются с действующими. На сервер ничего не отправляется.</translation>
    </message>
    <message>
        <source>Above the line, hand-offs the version adds; below it, the ones it removes; by hour of the day, local time.</source>
        <translation>Над линией — передачи, которые версия добавляет, под ней — которые убирает; по часам суток, местное время.</translation>
    </message>
    <message>
        <source>Replies decided differently</source>
        <translation>Ответы, решённые иначе</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot;. Now: %4. Would be: %5</source>
        <translation>%1, %2: «%3». Сейчас: %4. Было бы: %5</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Открыть разговор</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>Would be: %1</source>
        <translation>Было бы: %1</translation>
    </message>
    <message>
        <source>Hide the rule trace</source>
        <translation>Скрыть трассировку правил</translation>
    </message>
    <message>
        <source>Show the rule trace</source>
        <translation>Показать трассировку правил</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Сейчас:</translation>
    </message>
    <message>
        <source>Would be:</source>
        <translation>Было бы:</translation>
    </message>
</context>
<context>
    <name>EarlierConversationRow</name>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>Open the customer&apos;s other conversation: %1, %2</source>
        <translation>Открыть другой разговор клиента: %1, %2</translation>
    </message>
    <message>
        <source>Merge into this conversation</source>
        <translation>Объединить с этим разговором</translation>
    </message>
    <message>
        <source>Merge %1 into this conversation</source>
        <translation>Объединить «%1» с этим разговором</translation>
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
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>Erase this customer?</source>
        <translation>Удалить этого клиента?</translation>
    </message>
    <message>
        <source>%1&apos;s name, e-mail address and every message of their conversations (%2) are erased on the server and in every console, notes and drafts included. Their open conversations are closed first. The figures keep counting the conversations.</source>
        <translation>Имя, адрес электронной почты и все сообщения диалогов (%2) клиента %1 удаляются на сервере и во всех консолях, включая заметки и черновики. Открытые диалоги сначала закрываются. Показатели продолжают учитывать диалоги.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel, keep the customer</source>
        <translation>Отмена, оставить клиента</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Удалить клиента</translation>
    </message>
    <message>
        <source>Erase the customer for good</source>
        <translation>Удалить клиента окончательно</translation>
    </message>
</context>
<context>
    <name>EventApplier</name>
    <message>
        <source>The cache does not have the expected tables (%1).</source>
        <translation>В кэше нет ожидаемых таблиц (%1).</translation>
    </message>
    <message>
        <source>Could not start writing to the cache (%1).</source>
        <translation>Не удалось начать запись в кэш (%1).</translation>
    </message>
    <message>
        <source>Could not save to the cache (%1).</source>
        <translation>Не удалось сохранить данные в кэш (%1).</translation>
    </message>
    <message>
        <source>Could not write event %1 to the cache (%2).</source>
        <translation>Не удалось записать событие %1 в кэш (%2).</translation>
    </message>
    <message>
        <source>Could not save the cache position (%1).</source>
        <translation>Не удалось сохранить позицию кэша (%1).</translation>
    </message>
    <message>
        <source>Could not clear the cache for a snapshot (%1).</source>
        <translation>Не удалось очистить кэш для снимка (%1).</translation>
    </message>
    <message>
        <source>Could not write a snapshot to the cache (%1).</source>
        <translation>Не удалось записать снимок в кэш (%1).</translation>
    </message>
    <message>
        <source>Could not erase a customer from the cache (%1).</source>
        <translation>Не удалось удалить клиента из кэша (%1).</translation>
    </message>
    <message>
        <source>A snapshot part arrived without its first part.</source>
        <translation>Часть снимка пришла без его первой части.</translation>
    </message>
    <message>
        <source>Could not index cached messages for search (%1).</source>
        <translation>Не удалось проиндексировать сохранённые сообщения для поиска (%1).</translation>
    </message>
</context>
<context>
    <name>FactsCache</name>
    <message>
        <source>The figures could not be saved in the local cache (%1).</source>
        <translation>Не удалось сохранить данные в локальном кэше (%1).</translation>
    </message>
    <message>
        <source>The cached figures could not be read (%1).</source>
        <translation>Не удалось прочитать данные из кэша (%1).</translation>
    </message>
    <message>
        <source>The cached figures could not be cleared (%1).</source>
        <translation>Не удалось очистить данные в кэше (%1).</translation>
    </message>
    <message>
        <source>The cost model could not be saved in the local cache (%1).</source>
        <translation>Не удалось сохранить модель затрат в локальном кэше (%1).</translation>
    </message>
    <message>
        <source>The cached cost model could not be read (%1).</source>
        <translation>Не удалось прочитать модель затрат из кэша (%1).</translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message>
        <source>All figures</source>
        <translation>Все показатели</translation>
    </message>
    <message>
        <source>Every figure of this period against the previous one</source>
        <translation>Все показатели этого периода в сравнении с предыдущим</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>%1: %2, previously %3, %4</source>
        <translation>%1: %2, ранее %3, %4</translation>
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
        <translation>Отменить экспорт (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the listed conversations</source>
        <translation>Экспортировать диалоги из списка</translation>
    </message>
    <message numerus="yes">
        <source>Export %n conversation(s)</source>
        <translation>
            <numerusform>Экспортировать %n диалог</numerusform>
            <numerusform>Экспортировать %n диалога</numerusform>
            <numerusform>Экспортировать %n диалогов</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet (CSV): one row per conversation</source>
        <translation>Таблица (CSV): одна строка на диалог</translation>
    </message>
    <message>
        <source>Full transcripts (JSON Lines): every message with its confidence and tools</source>
        <translation>Полная переписка (JSON Lines): каждое сообщение с уверенностью и инструментами</translation>
    </message>
    <message>
        <source>Printed transcripts (PDF)</source>
        <translation>Переписка для печати (PDF)</translation>
    </message>
    <message>
        <source>Redact e-mail addresses, phone numbers and card numbers</source>
        <translation>Скрыть адреса эл. почты, номера телефонов и номера карт</translation>
    </message>
    <message>
        <source>Include internal notes and whispers</source>
        <translation>Включить внутренние заметки и подсказки ИИ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Файлы JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>support or sales</comment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Намерение</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Создан (UTC)</translation>
    </message>
    <message>
        <source>AI first response (s)</source>
        <translation>Первый ответ ИИ (с)</translation>
    </message>
    <message>
        <source>Human first response after hand-off (s)</source>
        <translation>Первый ответ оператора после передачи (с)</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Кем закрыт</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Resolution time (s)</source>
        <translation>Время до решения (с)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Lowest AI confidence</source>
        <translation>Минимальная уверенность ИИ</translation>
    </message>
    <message>
        <source>Mean AI confidence</source>
        <translation>Средняя уверенность ИИ</translation>
    </message>
    <message>
        <source>Hand-off reason</source>
        <translation>Причина передачи</translation>
    </message>
    <message>
        <source>Voice version</source>
        <translation>Версия голоса бренда</translation>
    </message>
    <message>
        <source>Rules version</source>
        <translation>Версия правил</translation>
    </message>
    <message>
        <source>Revenue attributed</source>
        <translation>Атрибутированная выручка</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>Created:</source>
        <translation>Создан:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <source>Closed by:</source>
        <translation>Кем закрыт:</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>Намерение:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Сегмент:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Weakest AI reply:</source>
        <translation>Самый слабый ответ ИИ:</translation>
    </message>
    <message>
        <source>Hand-off:</source>
        <translation>Передача:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Проверка:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Оценка:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Сортировка:</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Offline: the conversations cached on this computer. %1</source>
        <translation>Нет сети: диалоги из кэша на этом компьютере. %1</translation>
    </message>
    <message>
        <source>New activity — refresh</source>
        <translation>Новая активность — обновить</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Search every cached message</source>
        <translation>Поиск по всем сообщениям в кэше</translation>
    </message>
    <message>
        <source>Cached conversations</source>
        <translation>Диалоги в кэше</translation>
    </message>
    <message>
        <source>History cannot be read</source>
        <translation>Не удаётся прочитать историю</translation>
    </message>
    <message>
        <source>No conversation matches</source>
        <translation>Подходящих диалогов нет</translation>
    </message>
    <message>
        <source>No cached conversations yet</source>
        <translation>В кэше пока нет диалогов</translation>
    </message>
    <message>
        <source>Try fewer words, or clear the filters.</source>
        <translation>Попробуйте ввести меньше слов или сбросьте фильтры.</translation>
    </message>
    <message>
        <source>Conversations appear here once the console has been online; they stay for review offline.</source>
        <translation>Диалоги появятся здесь, как только консоль побывает в сети; их можно будет просматривать и без сети.</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>Press Enter to open the transcript.</source>
        <translation>Нажмите Enter, чтобы открыть переписку.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong reply(s)</source>
        <translation>
            <numerusform>%n неверный ответ</numerusform>
            <numerusform>%n неверных ответа</numerusform>
            <numerusform>%n неверных ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Rated %1 of 5</source>
        <translation>Оценка: %1 из 5</translation>
    </message>
</context>
<context>
    <name>HourBars</name>
    <message>
        <source>%1:00, %2 more, %3 fewer</source>
        <translation>%1:00, больше на %2, меньше на %3</translation>
    </message>
    <message>
        <source>Hand-offs by hour: %1</source>
        <translation>Передачи по часам: %1</translation>
    </message>
    <message>
        <source>Hand-offs by hour: no change</source>
        <translation>Передачи по часам: без изменений</translation>
    </message>
</context>
<context>
    <name>Intent</name>
    <message>
        <source>Order status</source>
        <translation>Статус заказа</translation>
    </message>
    <message>
        <source>Return request</source>
        <translation>Запрос на возврат</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Подбор размера</translation>
    </message>
    <message>
        <source>Damaged item</source>
        <translation>Повреждённый товар</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>Статус возврата средств</translation>
    </message>
    <message>
        <source>Order cancellation</source>
        <translation>Отмена заказа</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Оплата и счета</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation>Просит оператора</translation>
    </message>
    <message>
        <source>Product question</source>
        <translation>Вопрос о товаре</translation>
    </message>
    <message>
        <source>Discount request</source>
        <translation>Запрос скидки</translation>
    </message>
    <message>
        <source>Bulk order lead</source>
        <translation>Лид на оптовый заказ</translation>
    </message>
    <message>
        <source>Shipping policy</source>
        <translation>Условия доставки</translation>
    </message>
    <message>
        <source>Greeting or small talk</source>
        <translation>Приветствие или светская беседа</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <source>Licence of %1</source>
        <translation>Лицензия %1</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Текст лицензии</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
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
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>Could not create the cache folder %1.</source>
        <translation>Не удалось создать папку кэша %1.</translation>
    </message>
    <message>
        <source>Could not open the cache at %1: %2</source>
        <translation>Не удалось открыть кэш %1: %2</translation>
    </message>
    <message>
        <source>The cache at %1 is not a Pilothouse cache or is damaged (%2). Move it aside or delete it; it will be filled again from the server.</source>
        <translation>Кэш %1 не является кэшем Pilothouse или повреждён (%2). Переместите или удалите его — он будет заново заполнен с сервера.</translation>
    </message>
    <message>
        <source>The cache at %1 was written by a newer Pilothouse (schema %2, this version knows %3). Nothing was changed.</source>
        <translation>Кэш %1 записан более новой версией Pilothouse (схема %2, эта версия знает %3). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Could not update the cache at %1 (%2).</source>
        <translation>Не удалось обновить кэш %1 (%2).</translation>
    </message>
    <message>
        <source>Could not prepare the cache at %1 (%2).</source>
        <translation>Не удалось подготовить кэш %1 (%2).</translation>
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
        <translation>Объединить с этим разговором?</translation>
    </message>
    <message>
        <source>The other conversation (%1) is closed, and its customer&apos;s messages are copied into this one, where the conversation with the customer goes on.</source>
        <translation>Другой разговор (%1) закрывается, а сообщения клиента копируются в этот, где разговор с клиентом продолжается.</translation>
    </message>
    <message>
        <source>no subject</source>
        <translation>без темы</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Merge the other conversation into this one</source>
        <translation>Объединить другой разговор с этим</translation>
    </message>
    <message>
        <source>Cancel, keep both conversations</source>
        <translation>Отмена, оставить оба разговора</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>ИИ</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 в %2: %3</translation>
    </message>
    <message>
        <source>%1, %2 at %3: %4</source>
        <translation>%1, %2 в %3: %4</translation>
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
        <translation>%1 по сравнению с %2 (%3)</translation>
    </message>
    <message>
        <source>vs %1</source>
        <comment>the previous period&apos;s value</comment>
        <translation>было %1</translation>
    </message>
    <message>
        <source>Press Enter to list the conversations behind it.</source>
        <translation>Нажмите Enter, чтобы показать список диалогов, стоящих за ним.</translation>
    </message>
</context>
<context>
    <name>MetricText</name>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Automation rate</source>
        <translation>Уровень автоматизации</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Решено ИИ</translation>
    </message>
    <message>
        <source>Resolved by AI, provisional</source>
        <translation>Решено ИИ, предварительно</translation>
    </message>
    <message>
        <source>Resolved by AI, vendor-style</source>
        <translation>Решено ИИ, по методике вендоров</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>Без передачи оператору</translation>
    </message>
    <message>
        <source>Handed to a person</source>
        <translation>Передано оператору</translation>
    </message>
    <message>
        <source>AI first response</source>
        <translation>Первый ответ ИИ</translation>
    </message>
    <message>
        <source>First human response after hand-off</source>
        <translation>Первый ответ оператора после передачи</translation>
    </message>
    <message>
        <source>Time to resolution</source>
        <translation>Время до решения</translation>
    </message>
    <message>
        <source>Satisfied customers</source>
        <translation>Довольные клиенты</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <source>Survey response rate</source>
        <translation>Доля ответов на опрос</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Сэкономлено часов</translation>
    </message>
    <message>
        <source>AI spend</source>
        <translation>Расходы на ИИ</translation>
    </message>
    <message>
        <source>Money saved</source>
        <translation>Экономия средств</translation>
    </message>
    <message numerus="yes">
        <source>Cost of a team of %n</source>
        <translation>
            <numerusform>Стоимость команды из %n человека</numerusform>
            <numerusform>Стоимость команды из %n человек</numerusform>
            <numerusform>Стоимость команды из %n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost per resolution</source>
        <translation>Стоимость одного решения</translation>
    </message>
    <message>
        <source>Qualified leads</source>
        <translation>Квалифицированные лиды</translation>
    </message>
    <message>
        <source>Won sales</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <source>Revenue influenced</source>
        <translation>Выручка под влиянием диалогов</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Conversations created in the period.</source>
        <translation>Диалоги, созданные за период.</translation>
    </message>
    <message>
        <source>Of the conversations that ended, those the AI resolved with no person writing and no reopening.</source>
        <translation>Из завершившихся диалогов — те, что ИИ решил без сообщений оператора и без повторного открытия.</translation>
    </message>
    <message>
        <source>Resolved by the AI alone, no person wrote to the customer, and not reopened within 7 days.</source>
        <translation>Решено только ИИ: оператор не писал клиенту, и диалог не открывался повторно в течение 7 дней.</translation>
    </message>
    <message>
        <source>Resolved by the AI alone less than 7 days ago: strict once a week passes without a reopening.</source>
        <translation>Решено только ИИ менее 7 дней назад: засчитывается как строгое решение, если неделя пройдёт без повторного открытия.</translation>
    </message>
    <message>
        <source>Every close by the AI, including customers who went quiet and conversations a person helped with or that reopened: what other products report.</source>
        <translation>Все завершения диалогов ИИ, включая клиентов, которые перестали отвечать, и диалоги, в которых помогал оператор или которые открывались повторно: так считают другие продукты.</translation>
    </message>
    <message>
        <source>Conversations never handed to a person.</source>
        <translation>Диалоги, ни разу не переданные оператору.</translation>
    </message>
    <message>
        <source>Conversations escalated or taken over by a person.</source>
        <translation>Диалоги, эскалированные или взятые на себя оператором.</translation>
    </message>
    <message>
        <source>Mean time from the customer&apos;s first message to the AI&apos;s first reply.</source>
        <translation>Среднее время от первого сообщения клиента до первого ответа ИИ.</translation>
    </message>
    <message>
        <source>Mean time from a hand-off to the first reply a person wrote, never blended with the AI&apos;s.</source>
        <translation>Среднее время от передачи диалога до первого ответа, написанного оператором, без смешивания с ответами ИИ.</translation>
    </message>
    <message>
        <source>Mean time from the first message to the resolution.</source>
        <translation>Среднее время от первого сообщения до решения.</translation>
    </message>
    <message>
        <source>Ratings of 4 or 5 among the rated conversations.</source>
        <translation>Оценки 4 или 5 среди оценённых диалогов.</translation>
    </message>
    <message>
        <source>Mean rating, 1 to 5, of the rated conversations.</source>
        <translation>Средняя оценка (от 1 до 5) по оценённым диалогам.</translation>
    </message>
    <message>
        <source>Rated conversations among those sent a survey.</source>
        <translation>Оценённые диалоги среди тех, по которым был отправлен опрос.</translation>
    </message>
    <message>
        <source>Strict AI resolutions times the time a person takes for the same intent.</source>
        <translation>Строгие решения ИИ, умноженные на время, которое оператор тратит на то же намерение.</translation>
    </message>
    <message>
        <source>Tokens the AI used, at the cost model&apos;s price.</source>
        <translation>Токены, израсходованные ИИ, по цене из модели затрат.</translation>
    </message>
    <message>
        <source>Hours saved at the loaded hourly cost, minus the AI spend.</source>
        <translation>Сэкономленные часы по полной стоимости часа работы за вычетом расходов на ИИ.</translation>
    </message>
    <message>
        <source>What the team the savings are compared with costs in the period.</source>
        <translation>Сколько за период стоит команда, с которой сравнивается экономия.</translation>
    </message>
    <message>
        <source>AI spend plus the time people spent, over every resolved conversation.</source>
        <translation>Расходы на ИИ плюс время, затраченное операторами, в расчёте на все решённые диалоги.</translation>
    </message>
    <message>
        <source>Sales conversations where need, timeline, budget and authority became known.</source>
        <translation>Диалоги о продажах, в которых стали известны потребность, сроки, бюджет и лицо, принимающее решение.</translation>
    </message>
    <message>
        <source>Sales conversations won.</source>
        <translation>Диалоги о продажах, завершившиеся сделкой.</translation>
    </message>
    <message>
        <source>Orders placed within the attribution window of a sales conversation.</source>
        <translation>Заказы, оформленные в пределах окна атрибуции диалога о продажах.</translation>
    </message>
    <message>
        <source>Revenue influenced over the attributed orders.</source>
        <translation>Выручка под влиянием диалогов в расчёте на один атрибутированный заказ.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage; the translation places the sign</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 из 5</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <comment>change of a percentage, in points</comment>
        <translation>%1%2&#xa0;п.&#xa0;п.</translation>
    </message>
    <message>
        <source>First-reply deadlines met</source>
        <translation>Соблюдённые сроки первого ответа</translation>
    </message>
    <message>
        <source>Of the hand-offs whose first-reply deadline has been decided, those a person answered by it.</source>
        <translation>Из передач, по которым срок первого ответа уже определён, — те, на которые человек ответил вовремя.</translation>
    </message>
</context>
<context>
    <name>NavTab</name>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, ждёт %n</numerusform>
            <numerusform>%1, ждут %n</numerusform>
            <numerusform>%1, ждут %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoFiguresState</name>
    <message>
        <source>No figures yet</source>
        <translation>Данных пока нет</translation>
    </message>
    <message>
        <source>No figures are cached on this computer. They arrive from the server once you are online.</source>
        <translation>На этом компьютере нет сохранённых данных. Они поступят с сервера, как только вы подключитесь к сети.</translation>
    </message>
    <message>
        <source>The server sends them to supervisors and admins once it has conversations.</source>
        <translation>Сервер отправляет их супервайзерам и администраторам, как только у него появляются диалоги.</translation>
    </message>
</context>
<context>
    <name>NoteSwitch</name>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Shortcut: Ctrl+Shift+N</source>
        <translation>Сочетание клавиш: Ctrl+Shift+N</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Dismiss notice: %1</source>
        <translation>Закрыть уведомление: %1</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Show a desktop notification when a conversation is handed to people</source>
        <translation>Показывать уведомление на рабочем столе, когда диалог передан людям</translation>
    </message>
    <message>
        <source>Play a sound with it</source>
        <translation>Сопровождать звуком</translation>
    </message>
    <message>
        <source>Notify me of hand-offs for these reasons</source>
        <translation>Уведомлять о передачах по этим причинам</translation>
    </message>
</context>
<context>
    <name>OpenElsewhereNotice</name>
    <message>
        <source>Open it</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the customer&apos;s other open conversation</source>
        <translation>Открыть другой открытый разговор клиента</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Order #%1, %2, %3, %4</source>
        <translation>Заказ #%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Оформлен %1</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Could not create the folder %1 for unsent actions.</source>
        <translation>Не удалось создать папку %1 для неотправленных действий.</translation>
    </message>
    <message>
        <source>Could not open the unsent actions at %1: %2</source>
        <translation>Не удалось открыть неотправленные действия в %1: %2</translation>
    </message>
    <message>
        <source>The file %1 for unsent actions is damaged (%2). Move it aside; actions in it may be lost.</source>
        <translation>Файл неотправленных действий %1 повреждён (%2). Переместите его; действия в нём могут быть потеряны.</translation>
    </message>
    <message>
        <source>The unsent actions at %1 were written by a newer Pilothouse (schema %2). Nothing was changed.</source>
        <translation>Неотправленные действия в %1 записаны более новой версией Pilothouse (схема %2). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Could not prepare the unsent actions at %1 (%2).</source>
        <translation>Не удалось подготовить неотправленные действия в %1 (%2).</translation>
    </message>
    <message>
        <source>Could not create the unsent actions store (%1).</source>
        <translation>Не удалось создать хранилище неотправленных действий (%1).</translation>
    </message>
    <message>
        <source>The outbox&apos;s journal could not be truncated.</source>
        <translation>Не удалось усечь журнал исходящих.</translation>
    </message>
</context>
<context>
    <name>OutcomesChart</name>
    <message>
        <source>Outcomes by day</source>
        <translation>Итоги по дням</translation>
    </message>
    <message>
        <source>Conversations by the day they started, and how they ended so far</source>
        <translation>Диалоги по дню начала и то, чем они к этому моменту завершились</translation>
    </message>
    <message>
        <source>Outcomes by day, chart; the same figures are in the table</source>
        <translation>Итоги по дням, диаграмма; те же данные есть в таблице</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Решено ИИ</translation>
    </message>
    <message>
        <source>Closed by AI, lenient only</source>
        <translation>Закрыто ИИ, только по мягкому критерию</translation>
    </message>
    <message>
        <source>Resolved by a person</source>
        <translation>Решено оператором</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Клиент ушёл</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ещё открыто</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>By AI</source>
        <translation>Решено ИИ</translation>
    </message>
    <message>
        <source>AI, lenient only</source>
        <translation>ИИ, только мягкий критерий</translation>
    </message>
    <message>
        <source>By a person</source>
        <translation>Решено оператором</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 resolved by AI, %4 closed by AI counted only by the lenient figure, %5 resolved by a person, %6 not resolved, %7 abandoned, %8 still open</source>
        <translation>%1: диалогов — %2, решено ИИ — %3, закрыто ИИ и учтено только мягким показателем — %4, решено оператором — %5, не решено — %6, клиент ушёл — %7, ещё открыто — %8</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Conversations today</source>
        <translation>Диалоги за сегодня</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Прямо сейчас</translation>
    </message>
    <message>
        <source>From the cache: offline, nothing arrives live</source>
        <translation>Из кэша: нет сети, новые данные не поступают</translation>
    </message>
    <message>
        <source>Conversations on the board</source>
        <translation>Диалоги на доске</translation>
    </message>
    <message>
        <source>AI handling</source>
        <translation>Ведёт ИИ</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation>Ждут оператора</translation>
    </message>
    <message>
        <source>With a person</source>
        <translation>У оператора</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open Analytics</source>
        <translation>Открыть аналитику</translation>
    </message>
    <message>
        <source>This month so far (%1), against the cost of the team for the same days</source>
        <translation>Текущий месяц на данный момент (%1) в сравнении со стоимостью команды за те же дни</translation>
    </message>
    <message>
        <source>Conversations behind it</source>
        <translation>Диалоги, стоящие за ним</translation>
    </message>
    <message>
        <source>List the conversations behind the money saved this month</source>
        <translation>Показать список диалогов, стоящих за экономией средств в этом месяце</translation>
    </message>
</context>
<context>
    <name>PageHeading</name>
    <message>
        <source>Offline: %1</source>
        <translation>Нет сети: %1</translation>
    </message>
    <message>
        <source>Unsaved assumptions</source>
        <translation>Несохранённые допущения</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Show as chart</source>
        <translation>Показать в виде диаграммы</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Показать в виде таблицы</translation>
    </message>
    <message>
        <source>Show %1 as chart</source>
        <translation>Показать «%1» в виде диаграммы</translation>
    </message>
    <message>
        <source>Show %1 as table</source>
        <translation>Показать «%1» в виде таблицы</translation>
    </message>
</context>
<context>
    <name>PdfExportButton</name>
    <message>
        <source>Exporting… %1 %</source>
        <translation>Экспорт… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Экспорт отчёта в PDF</translation>
    </message>
    <message>
        <source>Saves every table of this page, with the period and the assumptions, as a PDF file you choose</source>
        <translation>Сохраняет все таблицы этой страницы вместе с периодом и допущениями в выбранный вами PDF-файл</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved, %n page(s).</source>
        <translation>
            <numerusform>Сохранено, %n страница.</numerusform>
            <numerusform>Сохранено, %n страницы.</numerusform>
            <numerusform>Сохранено, %n страниц.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenceSwitch</name>
    <message>
        <source>Your presence</source>
        <translation>Ваше присутствие</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отошёл</translation>
    </message>
</context>
<context>
    <name>PriorityMark</name>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Приоритет: %1</translation>
    </message>
</context>
<context>
    <name>QueueHeader</name>
    <message>
        <source>Escalation queue</source>
        <translation>Очередь эскалаций</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) waiting</source>
        <translation>
            <numerusform>%n диалог ждёт</numerusform>
            <numerusform>%n диалога ждут</numerusform>
            <numerusform>%n диалогов ждут</numerusform>
        </translation>
    </message>
    <message>
        <source>Take next</source>
        <translation>Взять следующий</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Group by reason</source>
        <translation>Группировать по причине</translation>
    </message>
    <message>
        <source>Take next  N</source>
        <translation>Взять следующий  N</translation>
    </message>
    <message>
        <source>Take over the most urgent waiting conversation. Shortcut: N</source>
        <translation>Взять самый срочный ожидающий разговор. Клавиша: N</translation>
    </message>
    <message>
        <source>You are away, so Take next is off. Set yourself online in the Team tab (Ctrl+3).</source>
        <translation>Вы отошли, поэтому «Взять следующий» выключено. Вернитесь в сеть на вкладке «Команда» (Ctrl+3).</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>%1, %2, with %3, %4</source>
        <translation>%1, %2, у %3, %4</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Escalation queue</source>
        <translation>Очередь эскалаций</translation>
    </message>
    <message>
        <source>Escalated conversations</source>
        <translation>Эскалированные диалоги</translation>
    </message>
    <message>
        <source>Nothing for this reason</source>
        <translation>По этой причине ничего нет</translation>
    </message>
    <message>
        <source>The queue is clear</source>
        <translation>Очередь пуста</translation>
    </message>
    <message>
        <source>No conversation is escalated for “%1” right now.</source>
        <translation>Сейчас нет диалогов, эскалированных по причине «%1».</translation>
    </message>
    <message>
        <source>When the AI hands a conversation to people, it appears here with its reason and response target.</source>
        <translation>Когда ИИ передаёт диалог людям, он появляется здесь с причиной и сроком ответа.</translation>
    </message>
</context>
<context>
    <name>RateTrendChart</name>
    <message>
        <source>Strict AI resolution by day</source>
        <translation>Доля строгих решений ИИ по дням</translation>
    </message>
    <message>
        <source>Share of each day&apos;s conversations the AI resolved, durable after 7 days</source>
        <translation>Доля диалогов каждого дня, которые ИИ решил окончательно (через 7 дней)</translation>
    </message>
    <message>
        <source>Strict AI resolution by day, chart; the same figures are in the table</source>
        <translation>Доля строгих решений ИИ по дням, диаграмма; те же данные есть в таблице</translation>
    </message>
    <message>
        <source>Strict AI resolution</source>
        <translation>Доля строгих решений ИИ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Решено ИИ</translation>
    </message>
</context>
<context>
    <name>ReasonChip</name>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
</context>
<context>
    <name>RecentActivity</name>
    <message>
        <source>Recent activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>The conversations with the newest messages</source>
        <translation>Диалоги с самыми новыми сообщениями</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Диалогов пока нет.</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <source>Opens the conversation in the workspace</source>
        <translation>Открывает диалог в рабочей области</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>За этот период ничего нет.</translation>
    </message>
</context>
<context>
    <name>RetentionSelect</name>
    <message>
        <source>Keep closed conversations for: %1</source>
        <translation>Хранить закрытые диалоги: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (the default)</source>
        <translation>
            <numerusform>%n день (по умолчанию)</numerusform>
            <numerusform>%n дня (по умолчанию)</numerusform>
            <numerusform>%n дней (по умолчанию)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>%1: %2 — “%3”</source>
        <translation>%1: %2 — «%3»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Right (1)</source>
        <translation>Верно (1)</translation>
    </message>
    <message>
        <source>Wrong (2)</source>
        <translation>Неверно (2)</translation>
    </message>
    <message>
        <source>Note (optional, N)</source>
        <translation>Заметка (необязательно, N)</translation>
    </message>
    <message>
        <source>Note for this label</source>
        <translation>Заметка к этой оценке</translation>
    </message>
    <message>
        <source>What was wrong?</source>
        <translation>Что было не так?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in to label replies.</source>
        <translation>Войдите, чтобы оценивать ответы.</translation>
    </message>
    <message>
        <source>Press a reason&apos;s key to send the label, Esc to go back.</source>
        <translation>Нажмите клавишу причины, чтобы отправить оценку, Esc — назад.</translation>
    </message>
    <message>
        <source>J next, K previous, 1 right, 2 wrong, N note. Labels wait in the outbox while offline.</source>
        <translation>J — следующий, K — предыдущий, 1 — верно, 2 — неверно, N — заметка. Без сети оценки ждут в исходящих.</translation>
    </message>
    <message>
        <source>%1 (sending)</source>
        <translation>%1 (отправляется)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Offline: labels are kept and sent when the link returns. %1</source>
        <translation>Нет связи: оценки сохраняются и будут отправлены, когда связь вернётся. %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>В день</translation>
    </message>
    <message>
        <source>Replies sampled per day</source>
        <translation>Ответов в выборке за день</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Replies to review</source>
        <translation>Ответы для проверки</translation>
    </message>
    <message>
        <source>Could not read the replies</source>
        <translation>Не удалось прочитать ответы</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Нечего проверять</translation>
    </message>
    <message>
        <source>Every cached AI reply has a label.</source>
        <translation>У каждого ответа ИИ в кэше есть оценка.</translation>
    </message>
    <message>
        <source>You have labelled this week&apos;s sample.</source>
        <translation>Вы оценили выборку этой недели.</translation>
    </message>
    <message>
        <source>No handed-over conversation has a reply you have not labelled.</source>
        <translation>Во всех переданных разговорах вы оценили все ответы.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Select a reply to see its conversation.</source>
        <translation>Выберите ответ, чтобы увидеть разговор.</translation>
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
        <translation>%1 (отправляется)</translation>
    </message>
</context>
<context>
    <name>RuleRow</name>
    <message>
        <source>%1. %2%3. When: %4. Then: %5</source>
        <translation>%1. %2%3. Когда: %4. Тогда: %5</translation>
    </message>
    <message>
        <source>, guardrail</source>
        <translation>, защитное правило</translation>
    </message>
    <message>
        <source>, switched off</source>
        <translation>, отключено</translation>
    </message>
    <message>
        <source>Guardrail</source>
        <translation>Защитное правило</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Когда: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Тогда: %1</translation>
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
        <translation>ниже</translation>
    </message>
    <message>
        <source>at or below</source>
        <translation>не выше</translation>
    </message>
    <message>
        <source>above</source>
        <translation>выше</translation>
    </message>
    <message>
        <source>at or above</source>
        <translation>не ниже</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>the customer is a VIP</source>
        <translation>клиент — VIP</translation>
    </message>
    <message>
        <source>the customer is not a VIP</source>
        <translation>клиент не VIP</translation>
    </message>
    <message>
        <source>the customer asks for a person</source>
        <translation>клиент просит человека</translation>
    </message>
    <message>
        <source>the customer does not ask for a person</source>
        <translation>клиент не просит человека</translation>
    </message>
    <message>
        <source>the message threatens legal action</source>
        <translation>сообщение грозит судом</translation>
    </message>
    <message>
        <source>the message threatens no legal action</source>
        <translation>сообщение не грозит судом</translation>
    </message>
    <message>
        <source>the message speaks of self-harm</source>
        <translation>сообщение говорит о самоповреждении</translation>
    </message>
    <message>
        <source>the message does not speak of self-harm</source>
        <translation>сообщение не говорит о самоповреждении</translation>
    </message>
    <message>
        <source>a lookup failed</source>
        <translation>поиск не удался</translation>
    </message>
    <message>
        <source>no lookup failed</source>
        <translation>поиск не сбоил</translation>
    </message>
    <message>
        <source>the AI has no answer</source>
        <translation>у ИИ нет ответа</translation>
    </message>
    <message>
        <source>the AI has an answer</source>
        <translation>у ИИ есть ответ</translation>
    </message>
    <message>
        <source>within business hours</source>
        <translation>в рабочее время</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>вне рабочего времени</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>уверенность</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>настроение</translation>
    </message>
    <message>
        <source>lifetime value</source>
        <translation>ценность клиента</translation>
    </message>
    <message>
        <source>order value</source>
        <translation>сумма заказа</translation>
    </message>
    <message>
        <source>turns without progress</source>
        <translation>ходов без продвижения</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>намерение</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>сегмент</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>e.g. &quot;confidence below 45 %&quot;</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <extracomment>e.g. &quot;intent is Refund or Cancel order&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1: не %2</translation>
    </message>
    <message>
        <source>the message contains %1</source>
        <translation>сообщение содержит %1</translation>
    </message>
    <message>
        <source>The customer asks for a person (built-in detector, five languages)</source>
        <translation>Клиент просит человека (встроенный детектор, пять языков)</translation>
    </message>
    <message>
        <source>The message threatens legal action or a chargeback (built-in detector, five languages)</source>
        <translation>Сообщение грозит судом или возвратом платежа (встроенный детектор, пять языков)</translation>
    </message>
    <message>
        <source>The message speaks of self-harm or a risk to life (built-in detector, five languages)</source>
        <translation>Сообщение говорит о самоповреждении или угрозе жизни (встроенный детектор, пять языков)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>normal</source>
        <translation>обычный</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>повышенный</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>срочный</translation>
    </message>
    <message>
        <source>Hold the AI&apos;s answer for a person to approve: %1, %2</source>
        <extracomment>%1 the hand-off reason, %2 its priority</extracomment>
        <translation>Задержать ответ ИИ до одобрения человеком: %1, %2</translation>
    </message>
    <message>
        <source>Hand over: %1, %2</source>
        <extracomment>%1 the hand-off reason, %2 its priority</extracomment>
        <translation>Передать: %1, %2</translation>
    </message>
    <message>
        <source>Would hand over</source>
        <translation>Передал бы</translation>
    </message>
    <message>
        <source>Would no longer hand over</source>
        <translation>Больше не передал бы</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <source>Another priority</source>
        <translation>Другой приоритет</translation>
    </message>
    <message>
        <source>Held instead of handed over, or the reverse</source>
        <translation>Задержан вместо передачи или наоборот</translation>
    </message>
    <message>
        <source>The AI answers</source>
        <translation>Отвечает ИИ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the rule&apos;s name (as the supervisor wrote it), %2 what it does</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New rule %1 at position %2</source>
        <translation>Новое правило %1 на позиции %2</translation>
    </message>
    <message>
        <source>Rule %1 removed (it was at position %2)</source>
        <translation>Правило %1 удалено (было на позиции %2)</translation>
    </message>
    <message>
        <source>Rule %1 moved from position %2 to %3</source>
        <translation>Правило %1 перемещено с позиции %2 на %3</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>переименовано из %1</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>включено</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>отключено</translation>
    </message>
    <message>
        <source>when: %1</source>
        <translation>когда: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <translation>тогда: %1</translation>
    </message>
    <message>
        <source>moved from position %1 to %2</source>
        <translation>перемещено с позиции %1 на %2</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Правило %1: %2</translation>
    </message>
    <message>
        <source>Other business hours</source>
        <translation>Другое рабочее время</translation>
    </message>
    <message>
        <source>%1. %2: switched off</source>
        <translation>%1. %2: отключено</translation>
    </message>
    <message>
        <source>built-in detector</source>
        <translation>встроенный детектор</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>не срабатывает</translation>
    </message>
    <message>
        <source>holds (an earlier rule decides)</source>
        <translation>срабатывает (решает более раннее правило)</translation>
    </message>
    <message>
        <source>holds and decides</source>
        <translation>срабатывает и решает</translation>
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
        <translation>Версии</translation>
    </message>
    <message>
        <source>Published versions of the rules</source>
        <translation>Опубликованные версии правил</translation>
    </message>
    <message>
        <source>Escalation rules: %1</source>
        <translation>Правила эскалации: %1</translation>
    </message>
    <message>
        <source>Escalation rules</source>
        <translation>Правила эскалации</translation>
    </message>
    <message>
        <source>Read top to bottom: the first rule that holds decides whether a person takes over. Guardrails can move but never go.</source>
        <translation>Читаются сверху вниз: первое сработавшее правило решает, передать ли разговор человеку. Защитные правила можно двигать, но не удалять.</translation>
    </message>
    <message>
        <source>Rules, in the order they are read</source>
        <translation>Правила в порядке проверки</translation>
    </message>
    <message>
        <source>No rules to show</source>
        <translation>Нет правил для показа</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message numerus="yes">
        <source>Sales conversations, and the orders placed within %n day(s) of one</source>
        <translation>
            <numerusform>Диалоги о продажах и заказы, оформленные в течение %n дня после такого диалога</numerusform>
            <numerusform>Диалоги о продажах и заказы, оформленные в течение %n дней после такого диалога</numerusform>
            <numerusform>Диалоги о продажах и заказы, оформленные в течение %n дней после такого диалога</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribution window:</source>
        <translation>Окно атрибуции:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedRepliesEditorDialog</name>
    <message>
        <source>Edit saved replies</source>
        <translation>Изменить сохранённые ответы</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Сохранённые ответы</translation>
    </message>
    <message>
        <source>Shared by the whole team. Placeholders are filled in when a reply is inserted: {customer.name}, {customer.firstName}, {order.id} (the latest order), {agent.name}, {agent.firstName}.</source>
        <translation>Общие для всей команды. Подстановки заполняются при вставке: {customer.name}, {customer.firstName}, {order.id} (последний заказ), {agent.name}, {agent.firstName}.</translation>
    </message>
    <message>
        <source>Add a reply</source>
        <translation>Добавить ответ</translation>
    </message>
    <message>
        <source>What changed (optional)</source>
        <translation>Что изменилось (необязательно)</translation>
    </message>
    <message>
        <source>Note for this version</source>
        <translation>Заметка к этой версии</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>Отменить правки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
</context>
<context>
    <name>SavedReplyEditRow</name>
    <message>
        <source>Title, e.g. Refund timeline</source>
        <translation>Название, например «Сроки возврата»</translation>
    </message>
    <message>
        <source>Title of saved reply %1</source>
        <translation>Название сохранённого ответа %1</translation>
    </message>
    <message>
        <source>Move saved reply %1 up</source>
        <translation>Поднять сохранённый ответ %1</translation>
    </message>
    <message>
        <source>Move saved reply %1 down</source>
        <translation>Опустить сохранённый ответ %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove saved reply %1</source>
        <translation>Удалить сохранённый ответ %1</translation>
    </message>
    <message>
        <source>The reply. Placeholders: {customer.firstName}, {order.id}, {agent.firstName}…</source>
        <translation>Текст ответа. Подстановки: {customer.firstName}, {order.id}, {agent.firstName}…</translation>
    </message>
    <message>
        <source>Text of saved reply %1</source>
        <translation>Текст сохранённого ответа %1</translation>
    </message>
</context>
<context>
    <name>SavedReplyPicker</name>
    <message>
        <source>Saved replies</source>
        <translation>Сохранённые ответы</translation>
    </message>
    <message>
        <source>Search saved replies</source>
        <translation>Поиск по сохранённым ответам</translation>
    </message>
    <message>
        <source>Insert “%1”</source>
        <translation>Вставить «%1»</translation>
    </message>
    <message>
        <source>Your team has no saved replies yet. Supervisors add them in the Team view (Saved replies…).</source>
        <translation>У команды ещё нет сохранённых ответов. Руководители добавляют их на вкладке «Команда» («Сохранённые ответы…»).</translation>
    </message>
    <message>
        <source>No saved reply matches “%1”.</source>
        <translation>Нет сохранённых ответов по запросу «%1».</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to insert, Esc to cancel</source>
        <translation>↑↓ — выбрать, Enter — вставить, Esc — отмена</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Очистить поиск</translation>
    </message>
</context>
<context>
    <name>SegmentsTable</name>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Решено ИИ</translation>
    </message>
    <message>
        <source>CSAT (4 or 5)</source>
        <translation>CSAT (4 или 5)</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 not resolved, resolved by AI %4, CSAT %5</source>
        <translation>%1: диалогов — %2, не решено — %3, решено ИИ — %4, CSAT — %5</translation>
    </message>
    <message>
        <source>No conversations in this period.</source>
        <translation>За этот период диалогов нет.</translation>
    </message>
</context>
<context>
    <name>SentimentIndicator</name>
    <message>
        <source>Negative</source>
        <translation>Негативная</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Позитивная</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Нейтральная</translation>
    </message>
    <message>
        <source>Sentiment: %1</source>
        <translation>Тональность: %1</translation>
    </message>
</context>
<context>
    <name>SessionsSection</name>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>Where you are signed in</source>
        <translation>Где выполнен вход</translation>
    </message>
    <message>
        <source>End a session you do not recognise: that computer is signed out at once and must sign in again.</source>
        <translation>Завершите незнакомый сеанс: этот компьютер сразу выйдет и должен будет войти снова.</translation>
    </message>
    <message>
        <source>Show everyone&apos;s sessions</source>
        <translation>Показать сеансы всех пользователей</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>Завершение…</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>End the session on %1</source>
        <translation>Завершить сеанс на %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Refresh the sessions</source>
        <translation>Обновить сеансы</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Dates, numbers and amounts follow it too. It changes at once.</source>
        <translation>Даты, числа и суммы следуют за ним. Меняется сразу.</translation>
    </message>
    <message>
        <source>Interface language: %1</source>
        <translation>Язык интерфейса: %1</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Text and the rows that hold it grow together.</source>
        <translation>Текст и строки, в которых он стоит, растут вместе.</translation>
    </message>
    <message>
        <source>Text size: %1</source>
        <translation>Размер текста: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Reduce motion: no fading, pulsing or sliding</source>
        <translation>Меньше движения: без затухания, пульсации и скольжения</translation>
    </message>
    <message>
        <source>Start-up and cache</source>
        <translation>Запуск и кэш</translation>
    </message>
    <message>
        <source>Start Pilothouse when I log in</source>
        <translation>Запускать Pilothouse при входе в систему</translation>
    </message>
    <message>
        <source>Keep closed conversations on this computer for</source>
        <translation>Хранить закрытые диалоги на этом компьютере</translation>
    </message>
    <message>
        <source>Older ones leave the cache, with their messages. Open conversations always stay.</source>
        <translation>Более старые удаляются из кэша вместе с сообщениями. Открытые диалоги остаются всегда.</translation>
    </message>
    <message>
        <source>Compact rows: the board and the queue show two lines per conversation</source>
        <translation>Компактные строки: доска и очередь показывают по две строки на разговор</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>After resolving, open the next conversation</source>
        <translation>После решения открывать следующий разговор</translation>
    </message>
    <message>
        <source>The one of yours whose customer has waited longest, otherwise the top of the queue.</source>
        <translation>Ваш разговор, где клиент ждёт дольше всех, иначе первый в очереди.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Move around</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Следующий диалог</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Предыдущий диалог</translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation>Поиск по доске</translation>
    </message>
    <message>
        <source>Show the board</source>
        <translation>Показать доску</translation>
    </message>
    <message>
        <source>Show the escalation queue</source>
        <translation>Показать очередь эскалаций</translation>
    </message>
    <message>
        <source>Act on the open conversation</source>
        <translation>Действия с открытым диалогом</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Взять на себя</translation>
    </message>
    <message>
        <source>Hand back to the AI, with a note</source>
        <translation>Вернуть ИИ с заметкой</translation>
    </message>
    <message>
        <source>Resolve, with an outcome</source>
        <translation>Завершить с итогом</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Написать ответ</translation>
    </message>
    <message>
        <source>In the composer</source>
        <translation>В поле ответа</translation>
    </message>
    <message>
        <source>Leave the composer</source>
        <translation>Выйти из поля ответа</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Эта справка</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Workspace, Overview, Analytics (supervisors and admins)</source>
        <translation>Рабочая область, Обзор, Аналитика (супервайзеры и администраторы)</translation>
    </message>
    <message>
        <source>History: every cached conversation</source>
        <translation>История: все диалоги в кэше</translation>
    </message>
    <message>
        <source>Review: label the AI&apos;s replies</source>
        <translation>Проверка: оценка ответов ИИ</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>При проверке</translation>
    </message>
    <message>
        <source>Next and previous reply</source>
        <translation>Следующий и предыдущий ответ</translation>
    </message>
    <message>
        <source>The AI was right</source>
        <translation>ИИ ответил верно</translation>
    </message>
    <message>
        <source>The AI was wrong, then the reason: I intent, F facts, T tone, H should have handed over, S should not have, L language, O other</source>
        <translation>ИИ ошибся, затем причина: I намерение, F факты, T тон, H надо было передать, S не надо было, L язык, O другое</translation>
    </message>
    <message>
        <source>Write a note for the label</source>
        <translation>Написать заметку к оценке</translation>
    </message>
    <message>
        <source>Rules: escalation rules and their dry run</source>
        <translation>Правила: правила эскалации и их пробный прогон</translation>
    </message>
    <message>
        <source>Settings: language, theme, text size, notifications</source>
        <translation>Настройки: язык, тема, размер текста, уведомления</translation>
    </message>
    <message>
        <source>Show what is new or updated (the board keeps its order while you work)</source>
        <translation>Показать новое и изменённое (доска сохраняет порядок, пока вы работаете)</translation>
    </message>
    <message>
        <source>Show the team: presence and load</source>
        <translation>Показать команду: присутствие и нагрузку</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Take the next waiting conversation</source>
        <translation>Взять следующий ожидающий разговор</translation>
    </message>
    <message>
        <source>Whisper to the AI (supervisors and admins, while the AI answers)</source>
        <translation>Шепнуть ИИ (руководители и администраторы, пока отвечает ИИ)</translation>
    </message>
    <message>
        <source>Chat: send. Email: a new line</source>
        <translation>Чат — отправить. Почта — новая строка</translation>
    </message>
    <message>
        <source>Chat: a new line</source>
        <translation>Чат — новая строка</translation>
    </message>
    <message>
        <source>Send the reply, note or whisper (chat and email)</source>
        <translation>Отправить ответ, заметку или шёпот (чат и почта)</translation>
    </message>
    <message>
        <source>Switch between a reply and an internal note</source>
        <translation>Переключить ответ и внутреннюю заметку</translation>
    </message>
    <message>
        <source>Insert the AI&apos;s newest suggestion</source>
        <translation>Вставить новейшее предложение ИИ</translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Вставить сохранённый ответ</translation>
    </message>
    <message>
        <source>Audit log: who did what, when and from where (admins)</source>
        <translation>Журнал аудита: кто, что, когда и откуда сделал (администраторы)</translation>
    </message>
    <message>
        <source>Users: roles, who may sign in, passwords (admins)</source>
        <translation>Пользователи: роли, кто может входить, пароли (администраторы)</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation>Pilothouse</translation>
    </message>
    <message>
        <source>Sign in to watch and steer your AI conversations.</source>
        <translation>Войдите, чтобы следить за диалогами ИИ и управлять ими.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>https://pilothouse.example.com</source>
        <translation>https://pilothouse.example.com</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <source>Wait to sign in</source>
        <translation>Подождите, чтобы войти</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Введите 6-значный код из приложения-аутентификатора или один из ваших кодов восстановления.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>123 456</source>
        <translation>123 456</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to user name and password</source>
        <translation>Вернуться к имени пользователя и паролю</translation>
    </message>
    <message>
        <source>This server requires two-factor sign-in. Set it up now with an authenticator app on your phone; from then on, signing in asks for a code from it.</source>
        <translation>Этот сервер требует двухфакторный вход. Настройте его сейчас с приложением-аутентификатором на телефоне; после этого при входе будет запрашиваться код из него.</translation>
    </message>
    <message>
        <source>Start the set-up</source>
        <translation>Начать настройку</translation>
    </message>
    <message>
        <source>Cancel and sign out</source>
        <translation>Отменить и выйти</translation>
    </message>
    <message>
        <source>Cancel the set-up and sign out</source>
        <translation>Отменить настройку и выйти</translation>
    </message>
</context>
<context>
    <name>SlaTimer</name>
    <message>
        <source>First-reply deadline missed: %1</source>
        <translation>Срок первого ответа пропущен: %1</translation>
    </message>
    <message>
        <source>First-reply deadline: %1</source>
        <translation>Срок первого ответа: %1</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
</context>
<context>
    <name>TeamMemberRow</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n разговор</numerusform>
            <numerusform>%n разговора</numerusform>
            <numerusform>%n разговоров</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <source>%1 · %2 since %3</source>
        <translation>%1 · %2 с %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>Нет разговоров</translation>
    </message>
    <message>
        <source>oldest wait</source>
        <translation>дольше всех ждёт</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation>Сохранённые ответы…</translation>
    </message>
    <message>
        <source>Edit the team&apos;s saved replies</source>
        <translation>Изменить сохранённые ответы команды</translation>
    </message>
    <message>
        <source>While you are away, Take next gives you no conversations. Colleagues see you as away.</source>
        <translation>Пока вы отошли, «Взять следующий» не даёт вам разговоров. Коллеги видят, что вы отошли.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Коллеги</translation>
    </message>
    <message>
        <source>No team to show yet</source>
        <translation>Команды пока нет</translation>
    </message>
</context>
<context>
    <name>ThinScrollBar</name>
    <message>
        <source>Scroll bar</source>
        <translation>Полоса прокрутки</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration, minutes</comment>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration, hours</comment>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration, hours and minutes</comment>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>duration, days</comment>
        <translation>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of an older event</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Month and year, e.g. &quot;March 2021&quot; (&quot;customer since&quot;). %1 month name, %2 year.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>SLA countdown, e.g. 2:14 left</comment>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <comment>SLA countdown over an hour</comment>
        <translation>осталось %1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <source>%n s over</source>
        <comment>SLA passed by seconds</comment>
        <translation>
            <numerusform>просрочено на %n с</numerusform>
            <numerusform>просрочено на %n с</numerusform>
            <numerusform>просрочено на %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min over</source>
        <comment>SLA passed by minutes</comment>
        <translation>
            <numerusform>просрочено на %n мин</numerusform>
            <numerusform>просрочено на %n мин</numerusform>
            <numerusform>просрочено на %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min over</source>
        <comment>SLA passed by hours</comment>
        <translation>просрочено на %1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration, seconds with a decimal</comment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration, minutes and seconds</comment>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>duration, days and hours</comment>
        <translation>%1 д %2 ч</translation>
    </message>
    <message numerus="yes">
        <source>replied %n s late</source>
        <comment>first reply after its deadline, by seconds</comment>
        <translation>
            <numerusform>ответ с опозданием на %n с</numerusform>
            <numerusform>ответ с опозданием на %n с</numerusform>
            <numerusform>ответ с опозданием на %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replied %n min late</source>
        <comment>first reply after its deadline, by minutes</comment>
        <translation>
            <numerusform>ответ с опозданием на %n мин</numerusform>
            <numerusform>ответ с опозданием на %n мин</numerusform>
            <numerusform>ответ с опозданием на %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>replied %1 h %2 min late</source>
        <comment>first reply after its deadline, by hours</comment>
        <translation>ответ с опозданием на %1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Top bar</source>
        <translation>Верхняя панель</translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation>Pilothouse</translation>
    </message>
    <message>
        <source>Switch to light theme</source>
        <translation>Включить светлую тему</translation>
    </message>
    <message>
        <source>Switch to dark theme</source>
        <translation>Включить тёмную тему</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Рабочая область</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>TranscriptPdf</name>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <source>No cached messages.</source>
        <translation>В кэше нет сообщений.</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Диалог с клиентом %1</translation>
    </message>
    <message>
        <source>%1, %2, started %3</source>
        <translation>%1, %2, начат %3</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Handed to a person: %1</source>
        <translation>Передано оператору: %1</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Диалог %1</translation>
    </message>
    <message>
        <source>%1 (AI, %2)</source>
        <comment>author of an AI reply and its confidence</comment>
        <translation>%1 (ИИ, %2)</translation>
    </message>
</context>
<context>
    <name>TranscriptPdfDialog</name>
    <message>
        <source>Save the transcript as PDF</source>
        <translation>Сохранить переписку в PDF</translation>
    </message>
    <message>
        <source>Include internal notes and whispers</source>
        <translation>Включить внутренние заметки и подсказки ИИ</translation>
    </message>
    <message>
        <source>Saving… %1 %</source>
        <translation>Сохранение… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Loading transcript…</source>
        <translation>Загрузка переписки…</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Сообщений пока нет</translation>
    </message>
    <message>
        <source>Messages appear here as soon as the customer or the AI writes.</source>
        <translation>Сообщения появятся здесь, как только напишет клиент или ИИ.</translation>
    </message>
</context>
<context>
    <name>TransitionLines</name>
    <message>
        <source>%1. Note: %2</source>
        <comment>a transition and its note</comment>
        <translation>%1. Заметка: %2</translation>
    </message>
    <message>
        <source>Taken over by %1</source>
        <translation>Взят %1</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Передан пользователем %1</translation>
    </message>
    <message>
        <source>Transferred to %1 by %2</source>
        <translation>Передан %1 пользователем %2</translation>
    </message>
    <message>
        <source>Handed back to the AI by %1</source>
        <translation>Возвращён ИИ пользователем %1</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Решён пользователем %1</translation>
    </message>
    <message>
        <source>Resolved by %1 as %2</source>
        <comment>who, and the outcome: Resolved, Not resolved, Spam</comment>
        <translation>Закрыт пользователем %1 как «%2»</translation>
    </message>
    <message>
        <source>Resolved: the customer confirmed the AI&apos;s answer</source>
        <translation>Решён: клиент подтвердил ответ ИИ</translation>
    </message>
    <message>
        <source>Resolved: the customer did not write again after the AI&apos;s answer</source>
        <translation>Решён: клиент больше не писал после ответа ИИ</translation>
    </message>
    <message>
        <source>Closed: the customer left before a person answered</source>
        <translation>Закрыт: клиент ушёл, не дождавшись ответа человека</translation>
    </message>
    <message>
        <source>Reopened: the customer wrote again</source>
        <translation>Открыт снова: клиент написал ещё раз</translation>
    </message>
    <message>
        <source>Closed by %1: the customer&apos;s data was erased</source>
        <translation>Закрыт пользователем %1: данные клиента стёрты</translation>
    </message>
    <message>
        <source>Merged into another conversation of the customer by %1</source>
        <translation>Объединён с другим разговором клиента пользователем %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>new status, actor</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TwoFactorSection</name>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Двухфакторный вход</translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app</source>
        <translation>Включён: при входе запрашивается код из приложения-аутентификатора</translation>
    </message>
    <message>
        <source>Off: your password alone signs you in</source>
        <translation>Выключен: для входа достаточно пароля</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery code(s) left. Lost your phone? An administrator can reset it.</source>
        <translation>
            <numerusform>Остался %n код восстановления. Потеряли телефон? Администратор может сбросить вход.</numerusform>
            <numerusform>Осталось %n кода восстановления. Потеряли телефон? Администратор может сбросить вход.</numerusform>
            <numerusform>Осталось %n кодов восстановления. Потеряли телефон? Администратор может сбросить вход.</numerusform>
        </translation>
    </message>
    <message>
        <source>With it on, a stolen password is not enough to sign in as you.</source>
        <translation>Когда он включён, украденного пароля недостаточно, чтобы войти от вашего имени.</translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation>Включить…</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Включить двухфакторный вход</translation>
    </message>
</context>
<context>
    <name>TwoFactorSetUp</name>
    <message>
        <source>Scan this code with your authenticator app, or type the key below into it.</source>
        <translation>Отсканируйте этот код приложением-аутентификатором или введите в него ключ ниже.</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>QR-код для приложения-аутентификатора</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Ключ: %1</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Код из приложения</translation>
    </message>
    <message>
        <source>123 456</source>
        <translation>123 456</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the set-up</source>
        <translation>Отменить настройку</translation>
    </message>
    <message>
        <source>Write these recovery codes down and keep them safe. Each signs you in once without your phone. They are not shown again.</source>
        <translation>Запишите эти коды восстановления и храните их в надёжном месте. Каждый позволяет один раз войти без телефона. Больше они показаны не будут.</translation>
    </message>
    <message>
        <source>Recovery codes: %1</source>
        <translation>Коды восстановления: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the recovery codes</source>
        <translation>Скопировать коды восстановления</translation>
    </message>
    <message>
        <source>I have written them down</source>
        <translation>Я их записал</translation>
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
        <translation>%1 · не может входить</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Role of %1: %2</source>
        <translation>Роль %1: %2</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Может входить</translation>
    </message>
    <message>
        <source>%1 may sign in</source>
        <translation>%1 может входить</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Сбросить пароль пользователя %1</translation>
    </message>
    <message>
        <source>New password for %1 (12 characters or more)</source>
        <translation>Новый пароль для %1 (не менее 12 символов)</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation>Сбросить 2FA</translation>
    </message>
    <message>
        <source>Reset the two-factor sign-in of %1</source>
        <translation>Сбросить двухфакторный вход пользователя %1</translation>
    </message>
    <message>
        <source>No second factor yet</source>
        <translation>Второго фактора пока нет</translation>
    </message>
    <message>
        <source>%1 has not set up two-factor sign-in yet</source>
        <translation>%1 ещё не настроил(а) двухфакторный вход</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Новый пароль для %1</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Who may sign in to this server, and as what. A change to someone signs them out everywhere.</source>
        <translation>Кто может входить на этот сервер и в какой роли. Изменение завершает все сеансы человека.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Name people read (optional)</source>
        <translation>Отображаемое имя (необязательно)</translation>
    </message>
    <message>
        <source>First password (12 characters or more)</source>
        <translation>Первый пароль (не менее 12 символов)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Sign-in rules</source>
        <translation>Правила входа</translation>
    </message>
    <message>
        <source>Require two-factor sign-in for everyone</source>
        <translation>Требовать двухфакторный вход для всех</translation>
    </message>
    <message>
        <source>Turning it on signs out everyone who has not set it up; their next sign-in sets it up before anything else. Turn it on for yourself first, in Settings.</source>
        <translation>При включении выходят из системы все, кто его не настроил; при следующем входе они сначала его настроят. Сначала включите его для себя в настройках.</translation>
    </message>
    <message>
        <source>Their first password</source>
        <translation>Первый пароль</translation>
    </message>
</context>
<context>
    <name>VersionRow</name>
    <message>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
</context>
<context>
    <name>VipBadge</name>
    <message>
        <source>VIP customer</source>
        <translation>VIP-клиент</translation>
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
        <translation>Ожидает %1</translation>
    </message>
</context>
<context>
    <name>WhisperBar</name>
    <message>
        <source>Whisper to the AI: an instruction it follows in its next replies; the customer never sees it.</source>
        <translation>Шепнуть ИИ: указание, которому он следует в следующих ответах; клиент его не видит.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Leave whisper mode</source>
        <translation>Выйти из режима шёпота</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Resize board</source>
        <translation>Изменить ширину доски</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Open the queue</source>
        <translation>Открыть очередь</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n past the first-reply deadline</source>
        <translation>
            <numerusform>%1, %n после срока первого ответа</numerusform>
            <numerusform>%1, %n после срока первого ответа</numerusform>
            <numerusform>%1, %n после срока первого ответа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n ждёт</numerusform>
            <numerusform>%1, %n ждут</numerusform>
            <numerusform>%1, %n ждут</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in the queue passed the first-reply deadline.</source>
        <translation>
            <numerusform>%n разговор в очереди пропустил срок первого ответа.</numerusform>
            <numerusform>%n разговора в очереди пропустили срок первого ответа.</numerusform>
            <numerusform>%n разговоров в очереди пропустили срок первого ответа.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::app::AboutInfo</name>
    <message>
        <source>The licence text of %1 is missing from this build.</source>
        <translation>Текст лицензии %1 отсутствует в этой сборке.</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::Account</name>
    <message>
        <source>Saved replies are edited while connected to the server.</source>
        <translation>Сохранённые ответы редактируются при подключении к серверу.</translation>
    </message>
    <message>
        <source>Saved replies are published while connected to the server.</source>
        <translation>Сохранённые ответы публикуются при подключении к серверу.</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::Console</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Подключено к %1 как %2</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <source>No cached conversations yet: sign in once while online to fill the cache.</source>
        <translation>В кэше пока нет диалогов: войдите хотя бы раз при подключении к сети, чтобы заполнить кэш.</translation>
    </message>
    <message>
        <source>Offline: showing cached conversations</source>
        <translation>Нет сети: показаны диалоги из кэша</translation>
    </message>
    <message>
        <source>Opening the keychain…</source>
        <translation>Открытие хранилища паролей…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address. Try something like https://pilothouse.example.com.</source>
        <translation>«%1» — не адрес сервера. Попробуйте, например, https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>The server refused an action.</source>
        <translation>Сервер отклонил действие.</translation>
    </message>
    <message>
        <source>The server refused an action: %1</source>
        <translation>Сервер отклонил действие: %1</translation>
    </message>
    <message>
        <source>You are signed in for this session only: your sign-in could not be stored in the system keychain, so you will be asked to sign in next time. %1</source>
        <translation>Вы вошли только на этот сеанс: данные входа не удалось сохранить в системной связке ключей, поэтому в следующий раз потребуется войти снова. %1</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Введите код из приложения-аутентификатора.</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::Preferences</name>
    <message>
        <source>the registry refused the change</source>
        <translation>реестр отклонил изменение</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>The settings file could not be read, so the defaults are used. The damaged file is kept as %1.</source>
        <translation>Не удалось прочитать файл настроек, поэтому используются значения по умолчанию. Повреждённый файл сохранён как %1.</translation>
    </message>
    <message>
        <source>Some settings could not be read and are back to their defaults: %1.</source>
        <translation>Некоторые настройки не удалось прочитать, и они сброшены к значениям по умолчанию: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>размер текста</translation>
    </message>
    <message>
        <source>how long closed conversations are kept</source>
        <translation>срок хранения закрытых диалогов</translation>
    </message>
    <message>
        <source>reduced motion</source>
        <translation>меньше движения</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>уведомления</translation>
    </message>
    <message>
        <source>notification sound</source>
        <translation>звук уведомлений</translation>
    </message>
    <message>
        <source>Start at login could not be changed (%1): %2</source>
        <translation>Не удалось изменить запуск при входе (%1): %2</translation>
    </message>
    <message>
        <source>compact rows</source>
        <translation>компактные строки</translation>
    </message>
    <message>
        <source>opening the next conversation after resolving</source>
        <translation>открывать следующий разговор после решения</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::TrayNotifier</name>
    <message numerus="yes">
        <source>Pilothouse: %n conversation(s) waiting for a person</source>
        <translation>
            <numerusform>Pilothouse: %n диалог ждёт оператора</numerusform>
            <numerusform>Pilothouse: %n диалога ждут оператора</numerusform>
            <numerusform>Pilothouse: %n диалогов ждут оператора</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilothouse: the queue is clear</source>
        <translation>Pilothouse: очередь пуста</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::AuditModel</name>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Разговор %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Клиент %1</translation>
    </message>
    <message>
        <source>%1, now %2</source>
        <translation>%1, теперь %2</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Командная строка</translation>
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
        <translation>Касается: %1.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Откуда: %1.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Записей нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n запись.</numerusform>
            <numerusform>%n записи.</numerusform>
            <numerusform>%n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n entries.</source>
        <translation>
            <numerusform>Последние %1 из %n записи.</numerusform>
            <numerusform>Последние %1 из %n записей.</numerusform>
            <numerusform>Последние %1 из %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <source>Saved the newest %1 entries to %2; narrow the filters for older ones.</source>
        <translation>Последние %1 записей сохранены в %2; для более старых сузьте фильтры.</translation>
    </message>
    <message>
        <source>Saved %1 entries to %2.</source>
        <translation>Записей сохранено в %2: %1.</translation>
    </message>
    <message>
        <source>The export needs a connection to the server.</source>
        <translation>Для выгрузки нужно подключение к серверу.</translation>
    </message>
    <message>
        <source>The audit log is kept on the server. Connect to read it.</source>
        <translation>Журнал аудита хранится на сервере. Подключитесь, чтобы его прочитать.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Код действия</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Refusal code</source>
        <translation>Код отказа</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробность</translation>
    </message>
    <message>
        <source>Command id</source>
        <translation>Идентификатор команды</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>%1, now shown as %2</source>
        <translation>%1, теперь отображается как %2</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CalibrationModel</name>
    <message>
        <source>No AI reply of this period has been judged yet. Reviewers mark replies right or wrong in the transcript; the chart fills as they do.</source>
        <translation>Ни один ответ ИИ за этот период ещё не оценён. Проверяющие отмечают ответы как верные или неверные в переписке; диаграмма заполняется по мере их оценок.</translation>
    </message>
    <message numerus="yes">
        <source>Reviewers judged %n AI reply(s) of this period and found none wrong.</source>
        <translation>
            <numerusform>Проверяющие оценили %n ответ ИИ за этот период и не нашли неверных.</numerusform>
            <numerusform>Проверяющие оценили %n ответа ИИ за этот период и не нашли неверных.</numerusform>
            <numerusform>Проверяющие оценили %n ответов ИИ за этот период и не нашли неверных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n reply(s) judged wrong</source>
        <translation>
            <numerusform>%1 из %n ответа, признанного неверным</numerusform>
            <numerusform>%1 из %n ответов, признанных неверными</numerusform>
            <numerusform>%1 из %n ответов, признанных неверными</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more conversation(s) handed to a person (%1 of the period&apos;s conversations)</source>
        <translation>
            <numerusform>%n дополнительного диалога, переданного оператору (%1 от всех диалогов за период)</numerusform>
            <numerusform>%n дополнительных диалогов, переданных оператору (%1 от всех диалогов за период)</numerusform>
            <numerusform>%n дополнительных диалогов, переданных оператору (%1 от всех диалогов за период)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more conversation(s) handed to a person</source>
        <translation>
            <numerusform>%n дополнительного диалога, переданного оператору</numerusform>
            <numerusform>%n дополнительных диалогов, переданных оператору</numerusform>
            <numerusform>%n дополнительных диалогов, переданных оператору</numerusform>
        </translation>
    </message>
    <message>
        <source>Handing over every reply below %1 confidence would have caught %2, at the cost of %3.</source>
        <translation>Передача оператору каждого ответа с уверенностью ниже %1 позволила бы перехватить %2 ценой %3.</translation>
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
        <translation>Не оценено</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::Catalogue</name>
    <message>
        <source>AI handling</source>
        <translation>Ведёт ИИ</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <source>With agent</source>
        <translation>Ведёт оператор</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation>ИИ-агент</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Whisper to AI</source>
        <translation>Подсказка ИИ</translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation>Просит оператора</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Низкая уверенность</translation>
    </message>
    <message>
        <source>Negative sentiment</source>
        <translation>Негативная тональность</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>VIP-клиент</translation>
    </message>
    <message>
        <source>Legal or policy</source>
        <translation>Право или правила</translation>
    </message>
    <message>
        <source>Missing knowledge</source>
        <translation>Не хватает знаний</translation>
    </message>
    <message>
        <source>Tool failure</source>
        <translation>Сбой инструмента</translation>
    </message>
    <message>
        <source>AI going in circles</source>
        <translation>ИИ ходит по кругу</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Причина не указана</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Спам</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Клиент ушёл</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Супервайзер</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Бизнес</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>В обработке</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Wrong intent</source>
        <translation>Неверное намерение</translation>
    </message>
    <message>
        <source>Wrong facts</source>
        <translation>Неверные факты</translation>
    </message>
    <message>
        <source>Wrong tone or voice</source>
        <translation>Неверный тон или стиль</translation>
    </message>
    <message>
        <source>Should have handed over</source>
        <translation>Надо было передать</translation>
    </message>
    <message>
        <source>Should not have handed over</source>
        <translation>Не надо было передавать</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Неверный язык</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Self-harm or a risk to life</source>
        <translation>Самоповреждение или угроза жизни</translation>
    </message>
    <message>
        <source>Legal threat or chargeback</source>
        <translation>Угроза судом или возврат платежа</translation>
    </message>
    <message>
        <source>Unhappy VIP</source>
        <translation>Недовольный VIP</translation>
    </message>
    <message>
        <source>Customer asks for a person</source>
        <translation>Клиент просит человека</translation>
    </message>
    <message>
        <source>Angry customer</source>
        <translation>Рассерженный клиент</translation>
    </message>
    <message>
        <source>A lookup failed</source>
        <translation>Запрос не удался</translation>
    </message>
    <message>
        <source>No answer known</source>
        <translation>Ответ неизвестен</translation>
    </message>
    <message>
        <source>Going round in circles</source>
        <translation>Ходит по кругу</translation>
    </message>
    <message>
        <source>The AI is unsure</source>
        <translation>ИИ не уверен</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отошёл</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Наблюдатель</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CommandPump</name>
    <message>
        <source>Unsent actions could not be handled (%1).</source>
        <translation>Не удалось обработать неотправленные действия (%1).</translation>
    </message>
    <message>
        <source>Unsent actions could not be handled.</source>
        <translation>Не удалось обработать неотправленные действия.</translation>
    </message>
    <message>
        <source>Could not read the unsent actions (%1).</source>
        <translation>Не удалось прочитать неотправленные действия (%1).</translation>
    </message>
    <message>
        <source>Could not save an unsent action (%1).</source>
        <translation>Не удалось сохранить неотправленное действие (%1).</translation>
    </message>
    <message>
        <source>The action could not be saved before sending (%1).</source>
        <translation>Не удалось сохранить действие перед отправкой (%1).</translation>
    </message>
    <message>
        <source>the outbox is not open</source>
        <translation>очередь отправки не открыта</translation>
    </message>
    <message>
        <source>This action is damaged and cannot be sent.</source>
        <translation>Это действие повреждено и не может быть отправлено.</translation>
    </message>
    <message>
        <source>The server refused this action (%1).</source>
        <translation>Сервер отклонил это действие (%1).</translation>
    </message>
    <message>
        <source>Could not remove an unsent action (%1).</source>
        <translation>Не удалось удалить неотправленное действие (%1).</translation>
    </message>
    <message>
        <source>The file of unsent actions at %1 is damaged and could not be moved aside (%2). Nothing in it was changed.</source>
        <translation>Файл неотправленных действий %1 повреждён, и его не удалось переместить (%2). В нём ничего не изменено.</translation>
    </message>
    <message>
        <source>The file of unsent actions was damaged and moved to %1, but the recovered actions could not be put in place (%2). Restart Pilothouse to finish.</source>
        <translation>Файл неотправленных действий был повреждён и перемещён в %1, но восстановленные действия не удалось поставить на место (%2). Перезапустите Pilothouse, чтобы завершить.</translation>
    </message>
    <message>
        <source>The file of unsent actions was damaged. It was moved to %1.</source>
        <translation>Файл неотправленных действий был повреждён. Он перемещён в %1.</translation>
    </message>
    <message>
        <source>Nothing in it could be read; actions not yet sent from it are lost.</source>
        <translation>Из него ничего не удалось прочитать; ещё не отправленные действия из него потеряны.</translation>
    </message>
    <message>
        <source>Unsent actions recovered: %1.</source>
        <translation>Восстановлено неотправленных действий: %1.</translation>
    </message>
    <message>
        <source>Unsent actions that could not be read and will not be sent: %1.</source>
        <translation>Неотправленных действий, которые не удалось прочитать и которые не будут отправлены: %1.</translation>
    </message>
    <message>
        <source>Could not remove an erased customer&apos;s actions (%1).</source>
        <translation>Не удалось убрать действия удалённого клиента (%1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ConversationsBehindModel</name>
    <message>
        <source>Open</source>
        <comment>a conversation&apos;s outcome: not closed yet</comment>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Resolved by the AI</source>
        <translation>Решено ИИ</translation>
    </message>
    <message>
        <source>Resolved by a person</source>
        <translation>Решено оператором</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <comment>the customer stopped answering</comment>
        <translation>Клиент ушёл</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Спам</translation>
    </message>
    <message>
        <source>Customer not in the cache</source>
        <translation>Клиента нет в кэше</translation>
    </message>
    <message>
        <source>No intent detected</source>
        <translation>Намерение не определено</translation>
    </message>
    <message>
        <source>This conversation is not in this console&apos;s cache, so it cannot be opened here. The cache holds the conversations the server sent since you signed in on this computer.</source>
        <translation>Этого диалога нет в кэше этой консоли, поэтому его нельзя открыть здесь. В кэше хранятся диалоги, которые сервер прислал с момента вашего входа на этом компьютере.</translation>
    </message>
    <message>
        <source>Numerator</source>
        <comment>the upper part of a fraction</comment>
        <translation>Числитель</translation>
    </message>
    <message>
        <source>Denominator</source>
        <comment>the lower part of a fraction</comment>
        <translation>Знаменатель</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a side of a figure and its count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Conversations today</source>
        <translation>Диалоги за сегодня</translation>
    </message>
    <message>
        <source>Conversations behind %1</source>
        <translation>Диалоги, стоящие за показателем «%1»</translation>
    </message>
    <message>
        <source>Created on %1 (UTC)</source>
        <translation>Дата создания: %1 (UTC)</translation>
    </message>
    <message>
        <source>Created from %1 to %2 (UTC days)</source>
        <translation>Созданы с %1 по %2 (дни по UTC)</translation>
    </message>
    <message>
        <source>This side is a sum of times, amounts or orders: these are the conversations that add to it.</source>
        <translation>Эта часть — сумма длительностей, денежных сумм или заказов: вот диалоги, которые в неё входят.</translation>
    </message>
    <message>
        <source>This side is not a count of conversations: these are all the conversations of the period and filter.</source>
        <translation>Эта часть — не число диалогов: вот все диалоги за период с учётом фильтра.</translation>
    </message>
    <message>
        <source>These conversations are the figure&apos;s numerator.</source>
        <translation>Эти диалоги составляют числитель показателя.</translation>
    </message>
    <message>
        <source>These conversations are the figure&apos;s denominator.</source>
        <translation>Эти диалоги составляют знаменатель показателя.</translation>
    </message>
    <message>
        <source>The list of conversations behind a figure needs a connection to the server. Connect, then try again.</source>
        <translation>Для списка диалогов, стоящих за показателем, нужно подключение к серверу. Подключитесь и повторите попытку.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 conversations.</source>
        <translation>Показаны самые новые диалоги: %1 из %2.</translation>
    </message>
    <message>
        <source>Conversations behind %1, intent %2</source>
        <translation>Диалоги, стоящие за показателем «%1», намерение %2</translation>
    </message>
    <message>
        <source>Conversations behind %1, segment %2</source>
        <translation>Диалоги, стоящие за показателем «%1», сегмент %2</translation>
    </message>
    <message>
        <source>Conversations behind the replies judged wrong at %1 confidence</source>
        <translation>Диалоги, стоящие за ответами, признанными неверными при уверенности %1</translation>
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
        <translation>Некоторые значения не приняты; см. сообщения под полями.</translation>
    </message>
    <message>
        <source>The figures now use these values. They are not saved.</source>
        <translation>Теперь данные рассчитываются по этим значениям. Они не сохранены.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved as version %L1 of the organisation&apos;s cost model.</source>
        <translation>Сохранено как версия %L1 модели затрат организации.</translation>
    </message>
    <message>
        <source>Not saved: %1 saved version %L2 on %3 meanwhile. Your values are kept here and in the figures; save again to replace that version, or go back to the organisation&apos;s values.</source>
        <translation>Не сохранено: тем временем пользователь %1 сохранил версию %L2 (%3). Ваши значения остаются здесь и в данных; сохраните снова, чтобы заменить эту версию, или вернитесь к значениям организации.</translation>
    </message>
    <message>
        <source>The server did not accept some values; see the messages under the fields.</source>
        <translation>Сервер не принял некоторые значения; см. сообщения под полями.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CustomerConversationsModel</name>
    <message>
        <source>This customer</source>
        <translation>Этот клиент</translation>
    </message>
    <message>
        <source>just now</source>
        <comment>started just now</comment>
        <translation>только что</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>started 5 min ago</comment>
        <translation>%1 назад</translation>
    </message>
    <message>
        <source>%1 also has an open conversation by email, started %2</source>
        <translation>У %1 есть и открытый разговор по почте, начат %2</translation>
    </message>
    <message>
        <source>%1 also has an open conversation by SMS, started %2</source>
        <translation>У %1 есть и открытый разговор по SMS, начат %2</translation>
    </message>
    <message>
        <source>%1 also has an open conversation by phone, started %2</source>
        <translation>У %1 есть и открытый разговор по телефону, начат %2</translation>
    </message>
    <message>
        <source>%1 also has an open conversation in chat, started %2</source>
        <translation>У %1 есть и открытый разговор в чате, начат %2</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::EntityCheck</name>
    <message>
        <source>Mentions %1; the customer asked about %2.</source>
        <translation>Упоминает %1, а клиент спрашивал о %2.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::EscalationQueueModel</name>
    <message>
        <source>All reasons</source>
        <translation>Все причины</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation>Ждёт оператора</translation>
    </message>
    <message>
        <source>With a person</source>
        <translation>Ведёт оператор</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>%1 needs a person</source>
        <translation>%1 ждёт оператора</translation>
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
            <numerusform>%Ln диалог</numerusform>
            <numerusform>%Ln диалога</numerusform>
            <numerusform>%Ln диалогов</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Экспортировано: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln e-mail address(es)</source>
        <comment>redacted</comment>
        <translation>
            <numerusform>%Ln адрес эл. почты</numerusform>
            <numerusform>%Ln адреса эл. почты</numerusform>
            <numerusform>%Ln адресов эл. почты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone number(s)</source>
        <comment>redacted</comment>
        <translation>
            <numerusform>%Ln номер телефона</numerusform>
            <numerusform>%Ln номера телефонов</numerusform>
            <numerusform>%Ln номеров телефонов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card number(s)</source>
        <comment>redacted</comment>
        <translation>
            <numerusform>%Ln номер карты</numerusform>
            <numerusform>%Ln номера карт</numerusform>
            <numerusform>%Ln номеров карт</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1; nothing needed redacting.</source>
        <translation>Экспортировано: %1; скрывать ничего не понадобилось.</translation>
    </message>
    <message>
        <source>Exported %1; redacted %2.</source>
        <translation>Экспортировано: %1; скрыто: %2.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Экспорт уже выполняется.</translation>
    </message>
    <message>
        <source>Choose a file on this computer to export to.</source>
        <translation>Выберите файл на этом компьютере для экспорта.</translation>
    </message>
    <message>
        <source>Transcripts can be exported only from a local cache; none is open.</source>
        <translation>Переписку можно экспортировать только из локального кэша, а он не открыт.</translation>
    </message>
    <message>
        <source>Pilothouse, exported %1</source>
        <translation>Pilothouse, экспорт от %1</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>Не удалось записать экспорт в %1: %2</translation>
    </message>
    <message>
        <source>Pilothouse transcripts</source>
        <translation>Переписка Pilothouse</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Экспорт отменён; файл %1 не изменён.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::HistoryModel</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Everything cached</source>
        <translation>Весь кэш</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>The AI</source>
        <translation>ИИ</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Automatically</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Below %1%</source>
        <translation>Ниже %1&#xa0;%</translation>
    </message>
    <message>
        <source>Never handed off</source>
        <translation>Без передачи</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>С передачей</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Взят на себя</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 из 5</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <source>Weakest AI reply first</source>
        <translation>Сначала самые слабые ответы ИИ</translation>
    </message>
    <message>
        <source>Longest to close first</source>
        <translation>Сначала самые долгие до закрытия</translation>
    </message>
    <message>
        <source>Lowest rating first</source>
        <translation>Сначала с низкой оценкой</translation>
    </message>
    <message>
        <source>%1 by the AI</source>
        <translation>%1 (ИИ)</translation>
    </message>
    <message>
        <source>%1 automatically</source>
        <translation>%1 (автоматически)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <source>weakest AI reply %1%</source>
        <translation>самый слабый ответ ИИ: %1&#xa0;%</translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation>оценка %1 из 5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln диалог</numerusform>
            <numerusform>%Ln диалога</numerusform>
            <numerusform>%Ln диалогов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) match; only the newest %1 matching messages were read</source>
        <translation>
            <numerusform>Найден %Ln диалог; прочитаны только %1 самых новых подходящих сообщений</numerusform>
            <numerusform>Найдено %Ln диалога; прочитаны только %1 самых новых подходящих сообщений</numerusform>
            <numerusform>Найдено %Ln диалогов; прочитаны только %1 самых новых подходящих сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) match</source>
        <translation>
            <numerusform>Найден %Ln диалог</numerusform>
            <numerusform>Найдено %Ln диалога</numerusform>
            <numerusform>Найдено %Ln диалогов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching message(s)</source>
        <translation>
            <numerusform>%Ln подходящее сообщение</numerusform>
            <numerusform>%Ln подходящих сообщения</numerusform>
            <numerusform>%Ln подходящих сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached message(s) not searchable yet: still being indexed.</source>
        <translation>
            <numerusform>%Ln сохранённое сообщение пока недоступно для поиска: идёт индексация.</numerusform>
            <numerusform>%Ln сохранённых сообщения пока недоступны для поиска: идёт индексация.</numerusform>
            <numerusform>%Ln сохранённых сообщений пока недоступны для поиска: идёт индексация.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::HistoryWorker</name>
    <message>
        <source>Nothing is cached yet: conversations appear here once the console has been online.</source>
        <translation>В кэше пока ничего нет: диалоги появятся здесь, как только консоль побывает в сети.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <source>Could not read the cached conversations: %1</source>
        <translation>Не удалось прочитать диалоги из кэша: %1</translation>
    </message>
    <message>
        <source>This conversation is not in the cache, so it cannot be printed.</source>
        <translation>Этого диалога нет в кэше, поэтому его нельзя напечатать.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::Labels</name>
    <message>
        <source>No intent detected</source>
        <translation>Намерение не определено</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::PdfExport</name>
    <message>
        <source>Pilothouse analytics</source>
        <translation>Аналитика Pilothouse</translation>
    </message>
    <message>
        <source>Pilothouse, exported %1</source>
        <translation>Pilothouse, экспорт от %1</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Outcomes by day</source>
        <translation>Итоги по дням</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Намерения</translation>
    </message>
    <message>
        <source>Hand-off reasons</source>
        <translation>Причины передачи</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Сегменты клиентов</translation>
    </message>
    <message>
        <source>Confidence calibration</source>
        <translation>Калибровка уверенности</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Экспорт уже выполняется.</translation>
    </message>
    <message>
        <source>Choose a file on this computer to export to.</source>
        <translation>Выберите файл на этом компьютере для экспорта.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>Не удалось записать PDF в %1: %2</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ReviewModel</name>
    <message>
        <source>Right</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <source>Wrong: %1</source>
        <translation>Неверно: %1</translation>
    </message>
    <message>
        <source>worse than chance</source>
        <translation>хуже случайного</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>слабое</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>удовлетворительное</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>умеренное</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>существенное</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>почти полное</translation>
    </message>
    <message>
        <source>Right or wrong</source>
        <translation>Верно или неверно</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>neither named it</source>
        <translation>никто не указал</translation>
    </message>
    <message>
        <source>one answer throughout</source>
        <translation>всегда один ответ</translation>
    </message>
    <message>
        <source>agree on %1 of %2</source>
        <translation>согласны в %1 из %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) labelled by both</source>
        <translation>
            <numerusform>%n ответ оценён обоими</numerusform>
            <numerusform>%n ответа оценены обоими</numerusform>
            <numerusform>%n ответов оценены обоими</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <source>AI reply to %1, %2 confident: %3</source>
        <translation>Ответ ИИ для %1, уверенность %2: %3</translation>
    </message>
    <message>
        <source>You said: %1</source>
        <translation>Ваша оценка: %1</translation>
    </message>
    <message>
        <source>Others: %1</source>
        <translation>Другие: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) to review</source>
        <translation>
            <numerusform>%n ответ для проверки</numerusform>
            <numerusform>%n ответа для проверки</numerusform>
            <numerusform>%n ответов для проверки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n labelled here</source>
        <translation>
            <numerusform>%1 · %n оценён здесь</numerusform>
            <numerusform>%1 · %n оценены здесь</numerusform>
            <numerusform>%1 · %n оценено здесь</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Lowest confidence</source>
        <translation>Наименьшая уверенность</translation>
    </message>
    <message>
        <source>Daily sample</source>
        <translation>Ежедневная выборка</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Переданные</translation>
    </message>
    <message>
        <source>Named by neither: %1</source>
        <translation>Никто не указал: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ReviewWorker</name>
    <message>
        <source>Nothing is cached yet: replies to review appear once the console has been online.</source>
        <translation>В кэше пока ничего нет: ответы для проверки появятся, когда консоль побывает в сети.</translation>
    </message>
    <message>
        <source>Could not read the replies to review: %1</source>
        <translation>Не удалось прочитать ответы для проверки: %1</translation>
    </message>
    <message>
        <source>Could not read the review labels: %1</source>
        <translation>Не удалось прочитать оценки: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::RulesModel</name>
    <message>
        <source>Published by %1, %2</source>
        <translation>Опубликовал %1, %2</translation>
    </message>
    <message>
        <source>restores %1</source>
        <translation>восстанавливает %1</translation>
    </message>
    <message>
        <source>What the server applies until someone publishes</source>
        <translation>Применяется сервером, пока никто не опубликует</translation>
    </message>
    <message>
        <source>%1 could not be read from the cache.</source>
        <translation>Не удалось прочитать %1 из кэша.</translation>
    </message>
    <message>
        <source>%1, in force</source>
        <translation>%1, действует</translation>
    </message>
    <message>
        <source>The rules every server starts with. The first published version replaces them.</source>
        <translation>Правила, с которых начинает каждый сервер. Первая опубликованная версия заменяет их.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2, last %n day(s): %3 replies in %4 conversations.</source>
        <extracomment>%1 and %2 versions (&quot;Version 1&quot;, &quot;Built-in rules&quot;), %n days, %3 replies, %4 conversations</extracomment>
        <translation>
            <numerusform>%1 против %2, последний %n день: %3 ответов в %4 разговорах.</numerusform>
            <numerusform>%1 против %2, последние %n дня: %3 ответов в %4 разговорах.</numerusform>
            <numerusform>%1 против %2, последние %n дней: %3 ответов в %4 разговорах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-offs: %1, as now</source>
        <translation>Передачи: %1, как сейчас</translation>
    </message>
    <message>
        <source>Hand-offs: %1 → %2 (%3 more)</source>
        <translation>Передачи: %1 → %2 (на %3 больше)</translation>
    </message>
    <message>
        <source>Hand-offs: %1 → %2 (%3 fewer)</source>
        <translation>Передачи: %1 → %2 (на %3 меньше)</translation>
    </message>
    <message>
        <source>Cancelled: only part of the window was replayed.</source>
        <translation>Отменено: воспроизведена только часть периода.</translation>
    </message>
    <message>
        <source>No reply would be decided differently.</source>
        <translation>Ни один ответ не был бы решён иначе.</translation>
    </message>
    <message>
        <source>%1 replies would be decided differently; the first %2 are listed.</source>
        <translation>%1 ответов были бы решены иначе; показаны первые %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) would be decided differently.</source>
        <translation>
            <numerusform>%n ответ был бы решён иначе.</numerusform>
            <numerusform>%n ответа были бы решены иначе.</numerusform>
            <numerusform>%n ответов были бы решены иначе.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every reply reviewers said should have been handed over would be.</source>
        <translation>Каждый ответ, который по мнению проверяющих надо было передать, был бы передан.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) that reviewers said should have been handed over would still be answered by the AI.</source>
        <translation>
            <numerusform>%n ответ, который по мнению проверяющих надо было передать, всё ещё давал бы ИИ.</numerusform>
            <numerusform>%n ответа, которые по мнению проверяющих надо было передать, всё ещё давал бы ИИ.</numerusform>
            <numerusform>%n ответов, которые по мнению проверяющих надо было передать, всё ещё давал бы ИИ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Built-in rules</source>
        <translation>Встроенные правила</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>The same rules as the version in force.</source>
        <translation>Те же правила, что и в действующей версии.</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the rules in force: %n change(s)</source>
        <translation>
            <numerusform>По сравнению с действующими правилами: %n изменение</numerusform>
            <numerusform>По сравнению с действующими правилами: %n изменения</numerusform>
            <numerusform>По сравнению с действующими правилами: %n изменений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::RulesWorker</name>
    <message>
        <source>Nothing is cached yet: the rules appear once the console has been online.</source>
        <translation>В кэше пока ничего нет: правила появятся, когда консоль побывает в сети.</translation>
    </message>
    <message>
        <source>Could not read the rules: %1</source>
        <translation>Не удалось прочитать правила: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::SavedRepliesEditor</name>
    <message>
        <source>Give the reply a title.</source>
        <translation>Дайте ответу название.</translation>
    </message>
    <message>
        <source>Write the reply.</source>
        <translation>Напишите текст ответа.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Не больше %1 символов.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder the console can fill in.</source>
        <translation>%1 — не подстановка, которую консоль умеет заполнить.</translation>
    </message>
    <message>
        <source>A placeholder the console cannot fill in.</source>
        <translation>Подстановка, которую консоль не умеет заполнить.</translation>
    </message>
    <message>
        <source>Reading the saved replies…</source>
        <translation>Чтение сохранённых ответов…</translation>
    </message>
    <message numerus="yes">
        <source>A team keeps at most %n saved replies.</source>
        <translation>
            <numerusform>Команда хранит не больше %n сохранённого ответа.</numerusform>
            <numerusform>Команда хранит не больше %n сохранённых ответов.</numerusform>
            <numerusform>Команда хранит не больше %n сохранённых ответов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Публикация…</translation>
    </message>
    <message>
        <source>Published as version %1. Every console has it now.</source>
        <translation>Опубликовано как версия %1. Она уже во всех консолях.</translation>
    </message>
    <message>
        <source>Not published: %1 Publish again to replace their version with yours, or discard your edits to see theirs.</source>
        <translation>Не опубликовано: %1 Опубликуйте ещё раз, чтобы заменить их версию своей, или отмените правки, чтобы увидеть их версию.</translation>
    </message>
    <message>
        <source>someone else changed the saved replies.</source>
        <translation>кто-то другой изменил сохранённые ответы.</translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n problem(s) to fix.</source>
        <translation>
            <numerusform>Не опубликовано: нужно исправить %n проблему.</numerusform>
            <numerusform>Не опубликовано: нужно исправить %n проблемы.</numerusform>
            <numerusform>Не опубликовано: нужно исправить %n проблем.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::SessionsModel</name>
    <message>
        <source>Unknown device</source>
        <translation>Неизвестное устройство</translation>
    </message>
    <message>
        <source>Active now</source>
        <translation>Активен сейчас</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation>Последнее использование: %1</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation>Вход выполнен: %1</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>Этот компьютер: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1. From %2. %3. %4.</source>
        <translation>%1. Откуда: %2. %3. %4.</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>неизвестный адрес</translation>
    </message>
    <message>
        <source>Sessions are listed while connected to the server.</source>
        <translation>Сеансы видны, пока есть подключение к серверу.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::StoreWriter</name>
    <message>
        <source>The local cache failed unexpectedly (%1).</source>
        <translation>Непредвиденный сбой локального кэша (%1).</translation>
    </message>
    <message>
        <source>The local cache failed unexpectedly.</source>
        <translation>Непредвиденный сбой локального кэша.</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>Локальный кэш не открыт.</translation>
    </message>
    <message>
        <source>Could not read the cache (%1).</source>
        <translation>Не удалось прочитать кэш (%1).</translation>
    </message>
    <message>
        <source>The local cache at %1 is damaged and could not be moved aside (%2). Move or delete it; it will be filled again from the server.</source>
        <translation>Локальный кэш %1 повреждён, и его не удалось переместить (%2). Переместите или удалите его; он будет заново заполнен с сервера.</translation>
    </message>
    <message>
        <source>The local cache was damaged. It was moved to %1 and is being rebuilt from the server.</source>
        <translation>Локальный кэш был повреждён. Он перемещён в %1 и восстанавливается с сервера.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::TeamModel</name>
    <message>
        <source>Presence unknown</source>
        <translation>Присутствие неизвестно</translation>
    </message>
    <message>
        <source>The team appears once the console is connected.</source>
        <translation>Команда появится, когда консоль подключится.</translation>
    </message>
    <message>
        <source>Presence is unknown while the console is not connected.</source>
        <translation>Присутствие неизвестно, пока консоль не подключена.</translation>
    </message>
    <message numerus="yes">
        <source>%n online</source>
        <translation>
            <numerusform>%n в сети</numerusform>
            <numerusform>%n в сети</numerusform>
            <numerusform>%n в сети</numerusform>
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
            <numerusform>%n отошёл</numerusform>
            <numerusform>%n отошли</numerusform>
            <numerusform>%n отошли</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ToolText</name>
    <message>
        <source>Order lookup</source>
        <translation>Поиск заказа</translation>
    </message>
    <message>
        <source>Order cancellation</source>
        <translation>Отмена заказа</translation>
    </message>
    <message>
        <source>Product lookup</source>
        <translation>Поиск товара</translation>
    </message>
    <message>
        <source>Policy lookup</source>
        <translation>Поиск правил</translation>
    </message>
    <message>
        <source>Lead qualification</source>
        <translation>Квалификация лида</translation>
    </message>
    <message>
        <source>Read the billing policy</source>
        <translation>Прочитал правила оплаты</translation>
    </message>
    <message>
        <source>Read the bulk order policy</source>
        <translation>Прочитал правила оптовых заказов</translation>
    </message>
    <message>
        <source>Read the cancellation policy</source>
        <translation>Прочитал правила отмены</translation>
    </message>
    <message>
        <source>Read the damaged goods policy</source>
        <translation>Прочитал правила о повреждённых товарах</translation>
    </message>
    <message>
        <source>Read the refund policy</source>
        <translation>Прочитал правила возврата денег</translation>
    </message>
    <message>
        <source>Read the shipping policy</source>
        <translation>Прочитал правила доставки</translation>
    </message>
    <message>
        <source>Read the sizing guide</source>
        <translation>Прочитал таблицу размеров</translation>
    </message>
    <message>
        <source>Read the warranty policy</source>
        <translation>Прочитал гарантийные правила</translation>
    </message>
    <message>
        <source>Looked up order #%1</source>
        <translation>Проверил заказ №%1</translation>
    </message>
    <message>
        <source>Order #%1 is not on this account</source>
        <translation>Заказа №%1 нет в этом аккаунте</translation>
    </message>
    <message>
        <source>Asked to cancel order #%1</source>
        <translation>Запросил отмену заказа №%1</translation>
    </message>
    <message>
        <source>Checked the sizing of %1</source>
        <translation>Проверил размеры: %1</translation>
    </message>
    <message numerus="yes">
        <source>Looked up %1: %n in stock</source>
        <translation>
            <numerusform>Проверил %1: %n в наличии</numerusform>
            <numerusform>Проверил %1: %n в наличии</numerusform>
            <numerusform>Проверил %1: %n в наличии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Qualified a sales lead: %n units of %1</source>
        <translation>
            <numerusform>Квалифицировал лида: %n шт. %1</numerusform>
            <numerusform>Квалифицировал лида: %n шт. %1</numerusform>
            <numerusform>Квалифицировал лида: %n шт. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Qualified a sales lead: %n units</source>
        <translation>
            <numerusform>Квалифицировал лида: %n шт.</numerusform>
            <numerusform>Квалифицировал лида: %n шт.</numerusform>
            <numerusform>Квалифицировал лида: %n шт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Qualified a sales lead: %1</source>
        <translation>Квалифицировал лида: %1</translation>
    </message>
    <message>
        <source>Qualified a sales lead</source>
        <translation>Квалифицировал лида</translation>
    </message>
    <message>
        <source>Looked up %1</source>
        <translation>Проверил: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::TranscriptModel</name>
    <message>
        <source>Decided by the built-in rules</source>
        <translation>Решено встроенными правилами</translation>
    </message>
    <message>
        <source>Decided by rules version %1</source>
        <translation>Решено правилами версии %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::TwoFactorModel</name>
    <message>
        <source>Enter the 6-digit code the app shows.</source>
        <translation>Введите 6-значный код, который показывает приложение.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is set up while connected to the server.</source>
        <translation>Двухфакторный вход настраивается при подключении к серверу.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::UsersModel</name>
    <message>
        <source>Added %1.</source>
        <translation>Пользователь %1 добавлен.</translation>
    </message>
    <message>
        <source>%1 is now %2; they sign in again.</source>
        <translation>%1 теперь %2; нужно войти снова.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 снова может входить.</translation>
    </message>
    <message>
        <source>%1 may no longer sign in; their sessions ended.</source>
        <translation>%1 больше не может входить; сеансы завершены.</translation>
    </message>
    <message>
        <source>The password of %1 is changed; they sign in again.</source>
        <translation>Пароль пользователя %1 изменён; нужно войти снова.</translation>
    </message>
    <message>
        <source>Users are managed while connected to the server.</source>
        <translation>Пользователями можно управлять, пока есть подключение к серверу.</translation>
    </message>
    <message>
        <source>Two-factor sign-in of %1 is off; their password alone signs them in.</source>
        <translation>Двухфакторный вход пользователя %1 выключен; для входа достаточно пароля.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is now required of everyone. Those without it set it up at their next sign-in.</source>
        <translation>Двухфакторный вход теперь обязателен для всех. У кого его нет, настроят его при следующем входе.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is no longer required.</source>
        <translation>Двухфакторный вход больше не обязателен.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::AuditClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«%1» — не адрес сервера.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Сервер не ответил.</translation>
    </message>
    <message>
        <source>The session has ended; sign in again to read the audit log.</source>
        <translation>Сеанс завершён; войдите снова, чтобы прочитать журнал аудита.</translation>
    </message>
    <message>
        <source>The server shows the audit log to admins only.</source>
        <translation>Сервер показывает журнал аудита только администраторам.</translation>
    </message>
    <message>
        <source>The server&apos;s audit log could not be read (HTTP %1).</source>
        <translation>Не удалось прочитать журнал аудита сервера (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::ConfigClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«%1» — не адрес сервера.</translation>
    </message>
    <message>
        <source>The server did not answer; try again when the console is connected.</source>
        <translation>Сервер не ответил; попробуйте снова, когда консоль подключится.</translation>
    </message>
    <message>
        <source>Only supervisors and admins edit this.</source>
        <translation>Изменять это могут только руководители и администраторы.</translation>
    </message>
    <message>
        <source>The draft could not be read (HTTP %1).</source>
        <translation>Не удалось прочитать черновик (HTTP %1).</translation>
    </message>
    <message>
        <source>The document is not valid JSON.</source>
        <translation>Документ — не корректный JSON.</translation>
    </message>
    <message>
        <source>The server did not answer; nothing was published.</source>
        <translation>Сервер не ответил; ничего не опубликовано.</translation>
    </message>
    <message>
        <source>Nothing was published (HTTP %1).</source>
        <translation>Ничего не опубликовано (HTTP %1).</translation>
    </message>
    <message>
        <source>Nothing to publish: this is the version in force.</source>
        <translation>Нечего публиковать: это действующая версия.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::CostModelClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«%1» — не адрес сервера.</translation>
    </message>
    <message>
        <source>The cost model could not be fetched; the server did not answer.</source>
        <translation>Не удалось получить модель затрат; сервер не ответил.</translation>
    </message>
    <message>
        <source>The server shows the cost model to supervisors and admins only.</source>
        <translation>Сервер показывает модель затрат только супервайзерам и администраторам.</translation>
    </message>
    <message>
        <source>The server&apos;s cost model could not be read (HTTP %1).</source>
        <translation>Не удалось прочитать модель затрат с сервера (HTTP %1).</translation>
    </message>
    <message>
        <source>The cost model was not saved; the server did not answer.</source>
        <translation>Модель затрат не сохранена; сервер не ответил.</translation>
    </message>
    <message>
        <source>Only admins may change the organisation&apos;s cost model.</source>
        <translation>Изменять модель затрат организации могут только администраторы.</translation>
    </message>
    <message>
        <source>The cost model was not saved (HTTP %1).</source>
        <translation>Модель затрат не сохранена (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::FactsConversationsClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«%1» — не адрес сервера.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Сервер не ответил.</translation>
    </message>
    <message>
        <source>The server shows the conversations behind the figures to supervisors and admins only.</source>
        <translation>Сервер показывает диалоги, стоящие за показателями, только супервайзерам и администраторам.</translation>
    </message>
    <message>
        <source>The server&apos;s list of conversations could not be read (HTTP %1).</source>
        <translation>Не удалось прочитать список диалогов с сервера (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::LoginClient</name>
    <message>
        <source>The server at %1 did not answer. Check the address and your connection.</source>
        <translation>Сервер %1 не ответил. Проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer far too large for a sign-in. Check the address.</source>
        <translation>Сервер %1 прислал слишком большой для входа ответ. Проверьте адрес.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>This account may not sign in to the console. Ask an administrator for access.</source>
        <translation>Этой учётной записи запрещён вход в консоль. Запросите доступ у администратора.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute, then try again.</source>
        <translation>Слишком много попыток входа. Подождите минуту и повторите попытку.</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again in a few minutes; if it persists, tell your administrator.</source>
        <translation>На сервере %1 возникла проблема (HTTP %2). Повторите попытку через несколько минут; если ошибка не исчезнет, сообщите администратору.</translation>
    </message>
    <message>
        <source>The server at %1 rejected the sign-in request.</source>
        <translation>Сервер %1 отклонил запрос на вход.</translation>
    </message>
    <message>
        <source>The server at %1 rejected the sign-in request: %2</source>
        <translation>Сервер %1 отклонил запрос на вход: %2</translation>
    </message>
    <message>
        <source>%1 does not look like a Pilothouse server (HTTP %2). Check the address.</source>
        <translation>%1 не похож на сервер Pilothouse (HTTP %2). Проверьте адрес.</translation>
    </message>
    <message>
        <source>The server at %1 answered, but not like a Pilothouse server. Check the address.</source>
        <translation>Сервер %1 ответил, но не так, как сервер Pilothouse. Проверьте адрес.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use an address such as https://pilothouse.example.com.</source>
        <translation>«%1» — не адрес сервера. Укажите адрес вида https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>Signing in failed unexpectedly. Try again.</source>
        <translation>Непредвиденная ошибка входа. Повторите попытку.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1: %2), so your password was not sent. Check the address, or ask your administrator for the certificate authority file and start Pilothouse with --ca-file.</source>
        <translation>Сертификат сервера не является доверенным (%1: %2), поэтому пароль не был отправлен. Проверьте адрес или запросите у администратора файл центра сертификации и запустите Pilothouse с параметром --ca-file.</translation>
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
        <source>Too many failed sign-ins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Введите 6-значный код из приложения-аутентификатора или один из ваших кодов восстановления.</translation>
    </message>
    <message>
        <source>That code is not right, or was used already. Enter the code the app shows now.</source>
        <translation>Код неверен или уже использован. Введите код, который приложение показывает сейчас.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::SessionWorker</name>
    <message>
        <source>The server stopped answering.</source>
        <translation>Сервер перестал отвечать.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address this console can use. Use an address such as https://pilothouse.example.com.</source>
        <translation>«%1» — неподходящий для этой консоли адрес сервера. Укажите адрес вида https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Отключено.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Could not start the session.</source>
        <translation>Не удалось начать сеанс.</translation>
    </message>
    <message>
        <source>The server sent a message this console cannot read.</source>
        <translation>Сервер прислал сообщение, которое эта консоль не может прочитать.</translation>
    </message>
    <message>
        <source>A message from the server could not be processed.</source>
        <translation>Не удалось обработать сообщение от сервера.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Не удаётся связаться с %1: %2</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>Данные входа больше не действительны. Войдите снова.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (%1). Sign in again.</source>
        <translation>Данные входа больше не действительны (%1). Войдите снова.</translation>
    </message>
    <message>
        <source>The server at %1 needs a newer Pilothouse. Install the update, then start again.</source>
        <translation>Серверу %1 нужна более новая версия Pilothouse. Установите обновление и запустите приложение снова.</translation>
    </message>
    <message>
        <source>Your account may not use the console on %1. Ask an administrator for access.</source>
        <translation>Вашей учётной записи запрещено использовать консоль на %1. Запросите доступ у администратора.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Соединение с %1 потеряно.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Соединение с %1 потеряно: %2</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Подключено к %1 как %2</translation>
    </message>
    <message>
        <source>The server broke the protocol.</source>
        <translation>Сервер нарушил протокол.</translation>
    </message>
    <message>
        <source>Not connected. The action will be sent when the connection returns.</source>
        <translation>Нет подключения. Действие будет отправлено, когда соединение восстановится.</translation>
    </message>
    <message>
        <source>This action is too large for the server to accept.</source>
        <translation>Это действие слишком велико: сервер не сможет его принять.</translation>
    </message>
    <message>
        <source>This action could not be encoded (invalid text).</source>
        <translation>Не удалось закодировать это действие (недопустимый текст).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read (%2).</source>
        <translation>Не удаётся прочитать файл центра сертификации %1 (%2).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds no PEM certificate.</source>
        <translation>Файл центра сертификации %1 не содержит сертификата PEM.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1: %2), so the session was not started and your sign-in was not sent. Check the address, or ask your administrator for the certificate authority file and start Pilothouse with --ca-file.</source>
        <translation>Сертификат сервера не является доверенным (%1: %2), поэтому сеанс не был начат и данные входа не были отправлены. Проверьте адрес или запросите у администратора файл центра сертификации и запустите Pilothouse с параметром --ca-file.</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>не удалось установить защищённое соединение</translation>
    </message>
    <message>
        <source>The server sent events out of order.</source>
        <translation>Сервер прислал события не по порядку.</translation>
    </message>
    <message>
        <source>The server sent a message over the size limit.</source>
        <translation>Сервер прислал сообщение больше допустимого размера.</translation>
    </message>
    <message>
        <source>The link to %1 was too slow to keep up with the server; catching up.</source>
        <translation>Связь с %1 была слишком медленной, чтобы успевать за сервером; догоняем.</translation>
    </message>
    <message>
        <source>%1 now requires two-factor sign-in. Sign in again to set it up.</source>
        <translation>%1 теперь требует двухфакторный вход. Войдите снова, чтобы настроить его.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::SessionsClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«%1» — не адрес сервера.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Сервер не ответил.</translation>
    </message>
    <message>
        <source>Only admins see everyone&apos;s sessions.</source>
        <translation>Сеансы всех пользователей видят только администраторы.</translation>
    </message>
    <message>
        <source>The server&apos;s list of sessions could not be read (HTTP %1).</source>
        <translation>Не удалось прочитать список сеансов сервера (HTTP %1).</translation>
    </message>
    <message>
        <source>The server did not end the session (HTTP %1).</source>
        <translation>Сервер не завершил сеанс (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::TokenStore</name>
    <message>
        <source>The saved sign-in could not be removed from the system keychain. Remove the &quot;Pilothouse&quot; entry with your keychain manager.</source>
        <translation>Не удалось удалить сохранённые данные входа из системного хранилища паролей. Удалите запись «Pilothouse» с помощью менеджера паролей.</translation>
    </message>
    <message>
        <source>Access to the system keychain was declined. Allow Pilothouse to use the keychain to stay signed in.</source>
        <translation>Доступ к системному хранилищу паролей отклонён. Разрешите Pilothouse использовать хранилище, чтобы оставаться в системе.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain (the login keyring) and sign in again.</source>
        <translation>Системное хранилище паролей отказало в доступе. Разблокируйте хранилище (связку ключей входа) и войдите снова.</translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-in cannot be remembered. Install and start GNOME Keyring or KWallet, or sign in each time.</source>
        <translation>Системное хранилище паролей недоступно, поэтому данные входа нельзя сохранить. Установите и запустите GNOME Keyring или KWallet либо входите каждый раз заново.</translation>
    </message>
    <message>
        <source>The system keychain on this computer does not support storing sign-ins. You will need to sign in each time.</source>
        <translation>Системное хранилище паролей на этом компьютере не поддерживает сохранение данных входа. Придётся входить каждый раз.</translation>
    </message>
    <message>
        <source>The system keychain reported an error (%1). Check that it is running and unlocked, then sign in again.</source>
        <translation>Системное хранилище паролей сообщило об ошибке (%1). Убедитесь, что оно запущено и разблокировано, и войдите снова.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. Check that it is running and unlocked, then sign in again.</source>
        <translation>Системное хранилище паролей не ответило вовремя. Убедитесь, что оно запущено и разблокировано, и войдите снова.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::TwoFactorClient</name>
    <message>
        <source>This is not a server address.</source>
        <translation>Это не адрес сервера.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Сервер не ответил.</translation>
    </message>
    <message>
        <source>The server refused this (HTTP %1).</source>
        <translation>Сервер отклонил запрос (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Не удалось прочитать ответ сервера.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::UsersClient</name>
    <message>
        <source>This is not a server address.</source>
        <translation>Это не адрес сервера.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Сервер не ответил.</translation>
    </message>
    <message>
        <source>Only admins manage users.</source>
        <translation>Пользователями управляют только администраторы.</translation>
    </message>
    <message>
        <source>The server&apos;s list of users could not be read (HTTP %1).</source>
        <translation>Не удалось прочитать список пользователей сервера (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Не удалось прочитать ответ сервера.</translation>
    </message>
    <message>
        <source>The server refused the change (HTTP %1).</source>
        <translation>Сервер отклонил изменение (HTTP %1).</translation>
    </message>
</context>
</TS>
