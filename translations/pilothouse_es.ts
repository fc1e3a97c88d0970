<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutSection</name>
    <message>
        <source>About Pilothouse</source>
        <translation>Acerca de Pilothouse</translation>
    </message>
    <message>
        <source>Pilothouse %1</source>
        <translation>Pilothouse %1</translation>
    </message>
    <message>
        <source>The operator console for AI customer conversations.</source>
        <translation>La consola de operadores para conversaciones de clientes con IA.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Hecho con</translation>
    </message>
    <message>
        <source>%1 %2, licence %3</source>
        <translation>%1 %2, licencia %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation>Licencia de %1</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>Sign in to save the cost model.</source>
        <translation>Inicia sesión para guardar el modelo de costes.</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <source>Account: %1, %2</source>
        <translation>Cuenta: %1, %2</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>Opens the menu with Settings and Sign out</source>
        <translation>Abre el menú con Ajustes y Cerrar sesión</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Settings  Alt+7</source>
        <translation>Ajustes  Alt+7</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Shortcut: Alt+7</source>
        <translation>Atajo: Alt+7</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Audit log  Alt+8</source>
        <translation>Registro de auditoría  Alt+8</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Shortcut: Alt+8</source>
        <translation>Atajo: Alt+8</translation>
    </message>
    <message>
        <source>Users  Alt+9</source>
        <translation>Usuarios  Alt+9</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Shortcut: Alt+9</source>
        <translation>Atajo: Alt+9</translation>
    </message>
</context>
<context>
    <name>AccountSettings</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Usar este servidor</translation>
    </message>
    <message>
        <source>Sign out and use this server</source>
        <translation>Cerrar sesión y usar este servidor</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Conversation actions</source>
        <translation>Acciones de la conversación</translation>
    </message>
    <message>
        <source>Take over  T</source>
        <translation>Tomar el control  T</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Tomar el control</translation>
    </message>
    <message>
        <source>Shortcut: T</source>
        <translation>Atajo: T</translation>
    </message>
    <message>
        <source>Hand back  H</source>
        <translation>Devolver a la IA  H</translation>
    </message>
    <message>
        <source>Hand back to the AI</source>
        <translation>Devolver a la IA</translation>
    </message>
    <message>
        <source>Shortcut: H</source>
        <translation>Atajo: H</translation>
    </message>
    <message>
        <source>Resolve  E</source>
        <translation>Resolver  E</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Shortcut: E</source>
        <translation>Atajo: E</translation>
    </message>
    <message>
        <source>Whisper to AI</source>
        <translation>Susurrar a la IA</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the transcript as PDF</source>
        <translation>Guardar la transcripción como PDF</translation>
    </message>
    <message>
        <source>Rule id: %1</source>
        <translation>Id. de la regla: %1</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Asignar…</translation>
    </message>
    <message>
        <source>Assign the conversation to a colleague</source>
        <translation>Asignar la conversación a un compañero</translation>
    </message>
    <message>
        <source>View only: your role reads conversations and acts on none.</source>
        <translation>Solo lectura: su rol lee las conversaciones y no actúa en ninguna.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Resolve the conversation</source>
        <translation>Resolver la conversación</translation>
    </message>
    <message>
        <source>Whisper to the AI</source>
        <translation>Susurrar a la IA</translation>
    </message>
    <message>
        <source>Hand back to the AI</source>
        <translation>Devolver a la IA</translation>
    </message>
    <message>
        <source>How did it end? The customer is not notified; a new message reopens it.</source>
        <translation>¿Cómo terminó? El cliente no recibe ningún aviso; un mensaje nuevo la vuelve a abrir.</translation>
    </message>
    <message>
        <source>A private instruction: the AI follows it in its next reply. %1 never sees it.</source>
        <translation>Una instrucción privada: la IA la sigue en su próxima respuesta. %1 nunca la ve.</translation>
    </message>
    <message>
        <source>The AI takes the conversation again. Leave a note for it and your team (%1 never sees it).</source>
        <translation>La IA vuelve a atender la conversación. Deja una nota para ella y tu equipo (%1 nunca la ve).</translation>
    </message>
    <message>
        <source>e.g. Offer free express shipping</source>
        <translation>p. ej., Ofrece envío exprés gratis</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Instruction for the AI</source>
        <translation>Instrucción para la IA</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Ctrl+Enter to confirm, Esc to cancel</source>
        <translation>Ctrl+Enter para confirmar, Esc para cancelar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Susurrar</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Devolver</translation>
    </message>
</context>
<context>
    <name>ActivatableRow</name>
    <message>
        <source>Press Enter to list the conversations behind it.</source>
        <translation>Pulsa Intro para ver la lista de las conversaciones que lo componen.</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Agreement between reviewers</source>
        <translation>Acuerdo entre revisores</translation>
    </message>
    <message>
        <source>Reviewers compared</source>
        <translation>Revisores comparados</translation>
    </message>
    <message>
        <source>%1: %2. Cohen&apos;s kappa: 1 is full agreement, 0 what chance alone would give.</source>
        <translation>%1: %2. Kappa de Cohen: 1 es acuerdo total, 0 lo que daría el azar.</translation>
    </message>
    <message>
        <source>No reply has been labelled by two reviewers yet. The daily sample is the same in every console: reviewing it gives the replies to compare.</source>
        <translation>Ninguna respuesta tiene aún etiquetas de dos revisores. La muestra diaria es la misma en todas las consolas: revisarla da respuestas para comparar.</translation>
    </message>
    <message>
        <source>Agreement by reason</source>
        <translation>Acuerdo por motivo</translation>
    </message>
    <message>
        <source>%1: kappa %2, %3, %4</source>
        <translation>%1: kappa %2, %3, %4</translation>
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
        <translation>respondió en %1</translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation>Intención: %1</translation>
    </message>
    <message>
        <source>Tool used: %1</source>
        <translation>Herramienta usada: %1</translation>
    </message>
    <message>
        <source>%1: show these rules</source>
        <translation>%1: mostrar estas reglas</translation>
    </message>
    <message>
        <source>Weakest reply</source>
        <translation>Respuesta más débil</translation>
    </message>
    <message>
        <source>The weakest AI reply in this conversation</source>
        <translation>La respuesta de IA más débil de esta conversación</translation>
    </message>
</context>
<context>
    <name>AnalyticsFilters</name>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
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
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Support and sales</source>
        <translation>Soporte y ventas</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>Intención:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segmento:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>VIP:</source>
        <translation>VIP:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>VIP only</source>
        <translation>Solo VIP</translation>
    </message>
    <message>
        <source>Not VIP</source>
        <translation>No VIP</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Intenciones</translation>
    </message>
    <message>
        <source>Sorted by conversations nobody resolved: where the AI can gain most</source>
        <translation>Ordenadas por conversaciones que nadie resolvió: donde la IA puede ganar más</translation>
    </message>
    <message>
        <source>Hand-off reasons</source>
        <translation>Motivos de traspaso</translation>
    </message>
    <message>
        <source>Why conversations went to a person</source>
        <translation>Por qué las conversaciones pasaron a una persona</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segmentos de clientes</translation>
    </message>
    <message>
        <source>Who the conversations came from, and how each segment fared</source>
        <translation>De quién procedían las conversaciones y cómo le fue a cada segmento</translation>
    </message>
</context>
<context>
    <name>AnalyticsReportText</name>
    <message>
        <source>No intent detected</source>
        <translation>Sin intención detectada</translation>
    </message>
    <message>
        <source>Taken over without an escalation</source>
        <translation>Control tomado sin escalada</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Datos actualizados: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation>%1, en comparación con %2</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerador</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>Qué cuenta</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Resueltas por la IA</translation>
    </message>
    <message>
        <source>Closed by AI, vendor-style only</source>
        <translation>Cerradas por la IA, solo con el criterio de proveedores</translation>
    </message>
    <message>
        <source>Resolved by a person</source>
        <translation>Resueltas por una persona</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>No resueltas</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonadas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Not resolved by the AI</source>
        <translation>No resueltas por la IA</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Share of hand-offs</source>
        <translation>Proporción de traspasos</translation>
    </message>
    <message>
        <source>Choose a file on this computer to export to.</source>
        <translation>Elige un archivo de este equipo como destino de la exportación.</translation>
    </message>
    <message>
        <source>Unsaved assumptions: these figures use values you are trying, not the organisation&apos;s cost model.</source>
        <translation>Supuestos sin guardar: estos datos usan los valores que estás probando, no el modelo de costes de la organización.</translation>
    </message>
    <message>
        <source>Built-in default assumptions: no cost model has been saved for the organisation.</source>
        <translation>Supuestos predeterminados integrados: no se ha guardado ningún modelo de costes para la organización.</translation>
    </message>
    <message>
        <source>The organisation&apos;s cost model, version %L1, saved by %2 on %3.</source>
        <translation>Modelo de costes de la organización, versión %L1, guardado por %2 el %3.</translation>
    </message>
    <message numerus="yes">
        <source>Assumes %1 an hour for a person, %2 per 1,000 AI tokens and a team of %Ln.</source>
        <translation>
            <numerusform>Supuestos: %1 por hora por persona, %2 por cada 1000 tokens de IA y un equipo de %Ln persona.</numerusform>
            <numerusform>Supuestos: %1 por hora por persona, %2 por cada 1000 tokens de IA y un equipo de %Ln personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handling time: measured once an intent has %Ln handled conversations, else %1 minutes.</source>
        <translation>
            <numerusform>Tiempo de atención: se mide cuando una intención tiene %Ln conversación atendida; si no, %1 minutos.</numerusform>
            <numerusform>Tiempo de atención: se mide cuando una intención tiene %Ln conversaciones atendidas; si no, %1 minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handling time measured for %1 of the %2 intents the AI resolved; defaults for the rest (%3 minutes unless set per intent).</source>
        <translation>Tiempo de atención medido para %1 de las %2 intenciones que resolvió la IA; valores predeterminados para el resto (%3 minutos, salvo que se defina por intención).</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Sin segmento</translation>
    </message>
    <message>
        <source>No ratings</source>
        <translation>Sin valoraciones</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>CSAT (4 or 5)</source>
        <translation>CSAT (4 o 5)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation>Respuestas de la IA</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Evaluadas</translation>
    </message>
    <message>
        <source>Judged wrong</source>
        <translation>Evaluadas como incorrectas</translation>
    </message>
    <message>
        <source>Share wrong</source>
        <translation>Proporción de incorrectas</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Run &apos;pilothouse --help&apos; for the list of options.</source>
        <translation>Ejecuta &apos;pilothouse --help&apos; para ver la lista de opciones.</translation>
    </message>
    <message>
        <source>Pilothouse: watch, steer and take over AI customer conversations.</source>
        <translation>Pilothouse: supervisa, dirige y toma el control de las conversaciones de IA con clientes.</translation>
    </message>
    <message>
        <source>Backend URL, e.g. https://pilothouse.example.com.</source>
        <translation>URL del backend, p. ej., https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>User name to sign in with.</source>
        <translation>Nombre de usuario para iniciar sesión.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Folder for the cache, settings and logs (default: the application data folder).</source>
        <translation>Carpeta para la caché, la configuración y los registros (predeterminada: la carpeta de datos de la aplicación).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for https and wss.</source>
        <translation>Confiar en los certificados de CA de este archivo PEM para https y wss.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Review the local cache without connecting.</source>
        <translation>Revisar la caché local sin conectarse.</translation>
    </message>
    <message>
        <source>Interface language: %1.</source>
        <translation>Idioma de la interfaz: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Log detail: %1 (default info).</source>
        <translation>Detalle del registro: %1 (predeterminado: info).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>Start with the dark theme.</source>
        <translation>Iniciar con el tema oscuro.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the board has filled, then quit.</source>
        <translation>Guardar un PNG de la ventana cuando el panel se haya llenado y salir.</translation>
    </message>
    <message>
        <source>Give up waiting for the board after this many seconds (default 20).</source>
        <translation>Dejar de esperar al panel tras este número de segundos (predeterminado: 20).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--demo and --offline exclude each other: the demo needs the local backend.</source>
        <translation>--demo y --offline son incompatibles: la demostración necesita el backend local.</translation>
    </message>
    <message>
        <source>--server: &apos;%1&apos; is not an http(s) or ws(s) URL, e.g. https://pilothouse.example.com.</source>
        <translation>--server: &apos;%1&apos; no es una URL http(s) o ws(s), p. ej., https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>--user: the user name is empty.</source>
        <translation>--user: el nombre de usuario está vacío.</translation>
    </message>
    <message>
        <source>--data-dir: &apos;%1&apos; exists and is not a folder.</source>
        <translation>--data-dir: &apos;%1&apos; existe y no es una carpeta.</translation>
    </message>
    <message>
        <source>--ca-file: cannot read &apos;%1&apos;.</source>
        <translation>--ca-file: no se puede leer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not available; choose one of %2.</source>
        <translation>--lang: &apos;%1&apos; no está disponible; elige uno de %2.</translation>
    </message>
    <message>
        <source>--log-level: &apos;%1&apos; is not one of %2.</source>
        <translation>--log-level: &apos;%1&apos; no es uno de %2.</translation>
    </message>
    <message>
        <source>--screenshot-timeout: expected whole seconds from 1 to 600.</source>
        <translation>--screenshot-timeout: se esperan segundos enteros de 1 a 600.</translation>
    </message>
    <message>
        <source>Open the window at this size in pixels, e.g. 1024x768 (at least %1x%2); not saved.</source>
        <translation>Abrir la ventana con este tamaño en píxeles, p. ej. 1024x768 (al menos %1x%2); no se guarda.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>AnxAl</translation>
    </message>
    <message>
        <source>--window-size: &apos;%1&apos; is not a size like 1024x768 from %2x%3 to 16384x16384.</source>
        <translation>--window-size: «%1» no es un tamaño como 1024x768 entre %2x%3 y 16384x16384.</translation>
    </message>
    <message>
        <source>Connect to a local demo backend (%1) as the demo supervisor, or as the demo user --user names (viewer, agent, admin).</source>
        <translation>Conectarse a un backend de demostración local (%1) como supervisor de demostración, o como el usuario de demostración que indique --user (viewer, agent, admin).</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign the conversation</source>
        <translation>Asignar la conversación</translation>
    </message>
    <message>
        <source>%1&apos;s conversation goes to the colleague you choose; they own it from now on.</source>
        <translation>La conversación de %1 pasa al compañero que elija; desde ahora es suya.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Compañeros</translation>
    </message>
    <message>
        <source>%1, owns it now</source>
        <translation>%1, la tiene ahora</translation>
    </message>
    <message numerus="yes">
        <source>Assign to %1, %2, %n conversation(s)</source>
        <translation>
            <numerusform>Asignar a %1, %2, %n conversación</numerusform>
            <numerusform>Asignar a %1, %2, %n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>owns it now</source>
        <translation>la tiene ahora</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n conversation(s)</source>
        <translation>
            <numerusform>%1 · %n conversación</numerusform>
            <numerusform>%1 · %n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Filter by user name</source>
        <translation>Filtrar por nombre de usuario</translation>
    </message>
    <message>
        <source>Press Enter to apply</source>
        <translation>Pulse Intro para aplicar</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Who did what, when and from where. %1</source>
        <translation>Quién hizo qué, cuándo y desde dónde. %1</translation>
    </message>
    <message>
        <source>Who did what, when and from where.</source>
        <translation>Quién hizo qué, cuándo y desde dónde.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Actualizar el registro de auditoría</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Exportar el registro de auditoría como CSV</translation>
    </message>
    <message>
        <source>Saves every entry the filters match as a CSV file you choose</source>
        <translation>Guarda cada entrada que cumple los filtros en un archivo CSV que usted elige</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Mostrar entradas anteriores</translation>
    </message>
    <message>
        <source>The audit log cannot be read</source>
        <translation>No se puede leer el registro de auditoría</translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation>Ninguna entrada coincide</translation>
    </message>
    <message>
        <source>Nothing audited in this period</source>
        <translation>Nada auditado en este periodo</translation>
    </message>
    <message>
        <source>Try another user, action or period.</source>
        <translation>Pruebe con otro usuario, acción o periodo.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Tomar el control</translation>
    </message>
    <message>
        <source>Hand back to the AI</source>
        <translation>Devolver a la IA</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Whisper to the AI</source>
        <translation>Susurrar a la IA</translation>
    </message>
    <message>
        <source>Send a reply</source>
        <translation>Enviar una respuesta</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Judge an AI reply</source>
        <translation>Evaluar una respuesta de la IA</translation>
    </message>
    <message>
        <source>Merge conversations</source>
        <translation>Fusionar conversaciones</translation>
    </message>
    <message>
        <source>Change presence</source>
        <translation>Cambiar la presencia</translation>
    </message>
    <message>
        <source>Erase a customer</source>
        <translation>Borrar un cliente</translation>
    </message>
    <message>
        <source>Export a customer&apos;s data</source>
        <translation>Exportar los datos de un cliente</translation>
    </message>
    <message>
        <source>Change the cost model</source>
        <translation>Cambiar el modelo de costes</translation>
    </message>
    <message>
        <source>Save a rules draft</source>
        <translation>Guardar un borrador de reglas</translation>
    </message>
    <message>
        <source>Publish the rules</source>
        <translation>Publicar las reglas</translation>
    </message>
    <message>
        <source>Roll back the rules</source>
        <translation>Revertir las reglas</translation>
    </message>
    <message>
        <source>Save a saved-replies draft</source>
        <translation>Guardar un borrador de respuestas guardadas</translation>
    </message>
    <message>
        <source>Publish the saved replies</source>
        <translation>Publicar las respuestas guardadas</translation>
    </message>
    <message>
        <source>Roll back the saved replies</source>
        <translation>Revertir las respuestas guardadas</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <source>Change a role</source>
        <translation>Cambiar un rol</translation>
    </message>
    <message>
        <source>Deactivate a user</source>
        <translation>Desactivar un usuario</translation>
    </message>
    <message>
        <source>Reactivate a user</source>
        <translation>Reactivar un usuario</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Restablecer una contraseña</translation>
    </message>
    <message>
        <source>Not allowed for the role</source>
        <translation>No permitido para el rol</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>Too many failed sign-ins</source>
        <translation>Demasiados inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Someone else acted first</source>
        <translation>Otra persona actuó antes</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Not possible in the conversation&apos;s state</source>
        <translation>No es posible en el estado de la conversación</translation>
    </message>
    <message>
        <source>Command id used twice</source>
        <translation>Id de comando usado dos veces</translation>
    </message>
    <message>
        <source>Malformed request</source>
        <translation>Solicitud mal formada</translation>
    </message>
    <message>
        <source>Unknown command</source>
        <translation>Comando desconocido</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>End a session</source>
        <translation>Cerrar una sesión</translation>
    </message>
    <message>
        <source>Change a display name</source>
        <translation>Cambiar un nombre visible</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Activar el inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <source>Reset two-factor sign-in</source>
        <translation>Restablecer el inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <source>Require two-factor sign-in of everyone</source>
        <translation>Exigir el inicio de sesión en dos pasos a todos</translation>
    </message>
    <message>
        <source>Stop requiring two-factor sign-in</source>
        <translation>Dejar de exigir el inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Cierre de sesión</translation>
    </message>
</context>
<context>
    <name>BoardEmptyState</name>
    <message>
        <source>No conversations yet</source>
        <translation>Aún no hay conversaciones</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>No hay resultados para «%1»</translation>
    </message>
    <message>
        <source>The AI is not handling anything right now</source>
        <translation>La IA no atiende ninguna conversación ahora mismo</translation>
    </message>
    <message>
        <source>Nothing escalated</source>
        <translation>No hay conversaciones escaladas</translation>
    </message>
    <message>
        <source>Nothing assigned to you</source>
        <translation>No tienes nada asignado</translation>
    </message>
    <message>
        <source>No VIP conversations</source>
        <translation>No hay conversaciones VIP</translation>
    </message>
    <message>
        <source>No conversations today</source>
        <translation>Hoy no hay conversaciones</translation>
    </message>
    <message>
        <source>No support conversations</source>
        <translation>No hay conversaciones de soporte</translation>
    </message>
    <message>
        <source>No sales conversations</source>
        <translation>No hay conversaciones de ventas</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>No hay conversaciones</translation>
    </message>
    <message>
        <source>When customers write in, their conversations appear here live.</source>
        <translation>Cuando los clientes escriban, sus conversaciones aparecerán aquí en directo.</translation>
    </message>
    <message>
        <source>Try a customer name, an order number or an intent.</source>
        <translation>Prueba con un nombre de cliente, un número de pedido o una intención.</translation>
    </message>
    <message>
        <source>The AI is handling every conversation within its rules.</source>
        <translation>La IA atiende todas las conversaciones dentro de sus reglas.</translation>
    </message>
    <message>
        <source>Take over a conversation to see it here.</source>
        <translation>Toma el control de una conversación para verla aquí.</translation>
    </message>
    <message>
        <source>Other filters may have what you are looking for.</source>
        <translation>Puede que otros filtros tengan lo que buscas.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todas</translation>
    </message>
    <message>
        <source>Nothing cached yet</source>
        <translation>Aún no hay nada en caché</translation>
    </message>
    <message>
        <source>Conversations are kept on this computer once you have been online with this account.</source>
        <translation>Las conversaciones se guardan en este equipo en cuanto te hayas conectado una vez con esta cuenta.</translation>
    </message>
</context>
<context>
    <name>BoardHeader</name>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) shown</source>
        <translation>
            <numerusform>%n conversación mostrada</numerusform>
            <numerusform>%n conversaciones mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Ordenar:</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Search name, message, intent…  ( / )</source>
        <translation>Buscar nombre, mensaje, intención…  ( / )</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>AI handling</source>
        <translation>Atiende la IA</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladas</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Weakest reply</source>
        <translation>Respuesta más débil</translation>
    </message>
    <message>
        <source>Weak replies</source>
        <translation>Respuestas débiles</translation>
    </message>
    <message>
        <source>Conversations where an AI reply had low confidence</source>
        <translation>Conversaciones en las que una respuesta de la IA tuvo poca confianza</translation>
    </message>
</context>
<context>
    <name>BoardRow</name>
    <message>
        <source>Unknown customer</source>
        <translation>Cliente desconocido</translation>
    </message>
    <message>
        <source>AI:</source>
        <translation>IA:</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Tú:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agente:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Last message %1</source>
        <translation>Último mensaje: %1</translation>
    </message>
    <message>
        <source>· you</source>
        <translation>· tú</translation>
    </message>
    <message>
        <source>· %1</source>
        <translation>· %1</translation>
    </message>
    <message>
        <source>Weakest AI reply</source>
        <translation>Respuesta de IA más débil</translation>
    </message>
    <message>
        <source>Weakest AI reply: %1 (%2). Last reply: %3.</source>
        <translation>Respuesta de IA más débil: %1 (%2). Última respuesta: %3.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Weakest AI reply: %1. Last reply: %2.</source>
        <translation>Respuesta de IA más débil: %1. Última respuesta: %2.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Conversation board</source>
        <translation>Panel de conversaciones</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Cargando conversaciones…</translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new or updated</source>
        <translation>
            <numerusform>↑ %n nueva o actualizada</numerusform>
            <numerusform>↑ %n nuevas o actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n new or updated conversation(s)</source>
        <translation>
            <numerusform>Mostrar %n conversación nueva o actualizada</numerusform>
            <numerusform>Mostrar %n conversaciones nuevas o actualizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The board keeps its order while you work; this applies what changed</source>
        <translation>El tablero mantiene su orden mientras trabaja; esto aplica los cambios</translation>
    </message>
</context>
<context>
    <name>BreakdownTable</name>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>No resueltas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Share of hand-offs</source>
        <translation>Proporción de traspasos</translation>
    </message>
    <message>
        <source>%1: %2 hand-offs, %3 of all hand-offs</source>
        <translation>%1: %2 traspasos, %3 de todos los traspasos</translation>
    </message>
    <message>
        <source>No conversations in this period.</source>
        <translation>No hay conversaciones en este periodo.</translation>
    </message>
    <message>
        <source>No hand-offs in this period.</source>
        <translation>No hay traspasos en este periodo.</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Resueltas por la IA</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 not resolved, resolved by AI %4</source>
        <translation>%1: %2 conversaciones, %3 no resueltas, resueltas por la IA %4</translation>
    </message>
</context>
<context>
    <name>CachedMessages</name>
    <message>
        <source>The cached messages could not be read from %1 (%2).</source>
        <translation>No se pudieron leer los mensajes de la caché en %1 (%2).</translation>
    </message>
    <message>
        <source>Could not read the orders in %1 (%2).</source>
        <translation>No se pudieron leer los pedidos en %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CalibrationChart</name>
    <message>
        <source>Confidence calibration</source>
        <translation>Calibración de la confianza</translation>
    </message>
    <message>
        <source>How often reviewers judged the AI&apos;s replies wrong, by the confidence the AI gave them</source>
        <translation>Con qué frecuencia los revisores evaluaron como incorrectas las respuestas de la IA, según la confianza que la IA les asignó</translation>
    </message>
    <message>
        <source>Share of judged replies that were wrong, by confidence band, chart; the same figures are in the table</source>
        <translation>Proporción de respuestas evaluadas que eran incorrectas, por franja de confianza, gráfico; los mismos datos están en la tabla</translation>
    </message>
    <message>
        <source>The AI&apos;s confidence, from (%)</source>
        <translation>Confianza de la IA, desde (%)</translation>
    </message>
    <message>
        <source>Judged wrong</source>
        <translation>Evaluadas como incorrectas</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation>Respuestas de la IA</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Evaluadas</translation>
    </message>
    <message>
        <source>Share wrong</source>
        <translation>Proporción de incorrectas</translation>
    </message>
    <message>
        <source>Confidence %1: %2 AI replies, %3 judged, %4 judged wrong (%5)</source>
        <translation>Confianza %1: %2 respuestas de la IA, %3 evaluadas, %4 evaluadas como incorrectas (%5)</translation>
    </message>
    <message>
        <source>Catch:</source>
        <translation>Detectar:</translation>
    </message>
    <message>
        <source>Share of wrong replies the threshold must catch</source>
        <translation>Proporción de respuestas incorrectas que debe detectar el umbral</translation>
    </message>
    <message>
        <source>half of the wrong replies</source>
        <translation>la mitad de las respuestas incorrectas</translation>
    </message>
    <message>
        <source>80 % of the wrong replies</source>
        <translation>el 80&#xa0;% de las respuestas incorrectas</translation>
    </message>
    <message>
        <source>90 % of the wrong replies</source>
        <translation>el 90&#xa0;% de las respuestas incorrectas</translation>
    </message>
    <message>
        <source>95 % of the wrong replies</source>
        <translation>el 95&#xa0;% de las respuestas incorrectas</translation>
    </message>
</context>
<context>
    <name>ChannelGlyph</name>
    <message>
        <source>Channel: %1</source>
        <translation>Canal: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <translation>Área de redacción</translation>
    </message>
    <message>
        <source>Internal note for your team — the customer never sees it</source>
        <translation>Nota interna para tu equipo — el cliente nunca la ve</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Respuesta al cliente</translation>
    </message>
    <message>
        <source>Take over to reply; notes stay internal.</source>
        <translation>Toma el control para responder; las notas siguen siendo internas.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Enter: new line · Ctrl+Enter: send</source>
        <translation>Intro: nueva línea · Ctrl+Intro: enviar</translation>
    </message>
    <message>
        <source>Enter: send · Shift+Enter: new line</source>
        <translation>Intro: enviar · Mayús+Intro: nueva línea</translation>
    </message>
    <message>
        <source>Instruction for the AI — the customer never sees it</source>
        <translation>Instrucción para la IA: el cliente nunca la ve</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>Responder a %1…</translation>
    </message>
    <message>
        <source>Instruction for the AI</source>
        <translation>Instrucción para la IA</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Insertar una respuesta guardada</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Susurrar</translation>
    </message>
    <message>
        <source>Reply here anyway?</source>
        <translation>¿Responder aquí de todos modos?</translation>
    </message>
    <message>
        <source>Your reply goes to this conversation only. You are asked once per conversation.</source>
        <translation>Su respuesta va solo a esta conversación. Se pregunta una vez por conversación.</translation>
    </message>
    <message>
        <source>Reply here</source>
        <translation>Responder aquí</translation>
    </message>
    <message>
        <source>Send the reply in this conversation</source>
        <translation>Enviar la respuesta en esta conversación</translation>
    </message>
    <message>
        <source>Cancel, do not send yet</source>
        <translation>Cancelar, no enviar todavía</translation>
    </message>
</context>
<context>
    <name>ComposerDrafts</name>
    <message>
        <source>AI suggestions</source>
        <translation>Sugerencias de la IA</translation>
    </message>
    <message numerus="yes">
        <source>The newest of %n suggestions · Ctrl+Shift+D inserts it</source>
        <translation>
            <numerusform>La más reciente de %n sugerencia · Ctrl+Mayús+D la inserta</numerusform>
            <numerusform>La más reciente de %n sugerencias · Ctrl+Mayús+D la inserta</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+D inserts the newest</source>
        <translation>Ctrl+Mayús+D inserta la más reciente</translation>
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
        <translation>n/d</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>No AI reply yet</source>
        <translation>Aún no hay respuesta de la IA</translation>
    </message>
    <message>
        <source>%1 confidence</source>
        <translation>%1 de confianza</translation>
    </message>
    <message>
        <source>AI confidence</source>
        <translation>Confianza de la IA</translation>
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
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconectando en %n s</numerusform>
            <numerusform>Reconectando en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <source>Unknown customer</source>
        <translation>Cliente desconocido</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversación con %1</translation>
    </message>
    <message>
        <source>with you</source>
        <translation>contigo</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera desde hace</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Hide the customer panel</source>
        <translation>Ocultar el panel del cliente</translation>
    </message>
    <message>
        <source>Show the customer panel and the AI&apos;s drafts</source>
        <translation>Mostrar el panel del cliente y los borradores de la IA</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Ninguna conversación seleccionada</translation>
    </message>
    <message>
        <source>Pick a conversation on the board, or press J to open the first one.</source>
        <translation>Elige una conversación del panel o pulsa J para abrir la primera.</translation>
    </message>
    <message>
        <source>Loading conversation…</source>
        <translation>Cargando conversación…</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>Conversación no encontrada</translation>
    </message>
    <message>
        <source>It is not in the local cache. It may have been removed, or it has not synced yet.</source>
        <translation>No está en la caché local. Puede que se haya eliminado o que aún no se haya sincronizado.</translation>
    </message>
</context>
<context>
    <name>ConversationsBehindDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the list of conversations</source>
        <translation>Cerrar la lista de conversaciones</translation>
    </message>
    <message>
        <source>Which side of the figure</source>
        <translation>Qué parte del dato</translation>
    </message>
    <message>
        <source>Asking the server for the conversations…</source>
        <translation>Pidiendo las conversaciones al servidor…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>No conversation is behind this side of the figure for this period and filter.</source>
        <translation>Ninguna conversación compone esta parte del dato en este periodo y con este filtro.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>In this console</source>
        <translation>En esta consola</translation>
    </message>
    <message>
        <source>Cached</source>
        <comment>the conversation is in the local cache</comment>
        <translation>En caché</translation>
    </message>
    <message>
        <source>Not cached</source>
        <translation>No en caché</translation>
    </message>
    <message>
        <source>%1, created %2, %3, %4, %5</source>
        <translation>%1, creada %2, %3, %4, %5</translation>
    </message>
    <message>
        <source>opens in the workspace</source>
        <translation>se abre en el espacio de trabajo</translation>
    </message>
    <message>
        <source>not in the local cache</source>
        <translation>no está en la caché local</translation>
    </message>
</context>
<context>
    <name>CostModelPanel</name>
    <message>
        <source>Cost model</source>
        <translation>Modelo de costes</translation>
    </message>
    <message>
        <source>The figures on these pages use unsaved values.</source>
        <translation>Los datos de estas páginas usan valores sin guardar.</translation>
    </message>
    <message>
        <source>Use the organisation&apos;s values</source>
        <translation>Usar los valores de la organización</translation>
    </message>
    <message>
        <source>Loaded hourly cost of a person (%1)</source>
        <translation>Coste por hora con cargas de una persona (%1)</translation>
    </message>
    <message>
        <source>What an hour of a person costs, overheads included.</source>
        <translation>Lo que cuesta una hora de una persona, con los costes indirectos incluidos.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Its three-letter code, such as USD or EUR.</source>
        <translation>Su código de tres letras, como USD o EUR.</translation>
    </message>
    <message>
        <source>AI price per 1,000 tokens (%1)</source>
        <translation>Precio de la IA por cada 1000 tokens (%1)</translation>
    </message>
    <message>
        <source>0 for a model you host yourself.</source>
        <translation>0 para un modelo alojado por cuenta propia.</translation>
    </message>
    <message>
        <source>Default handling minutes</source>
        <translation>Minutos de atención predeterminados</translation>
    </message>
    <message>
        <source>How long a person takes, for intents without enough measured conversations.</source>
        <translation>Lo que tarda una persona, para las intenciones sin suficientes conversaciones medidas.</translation>
    </message>
    <message>
        <source>Conversations needed to measure an intent</source>
        <translation>Conversaciones necesarias para medir una intención</translation>
    </message>
    <message>
        <source>From this many handled conversations, an intent uses its measured handling time.</source>
        <translation>A partir de este número de conversaciones atendidas, una intención usa su tiempo de atención medido.</translation>
    </message>
    <message>
        <source>Team size compared with</source>
        <translation>Tamaño del equipo de comparación</translation>
    </message>
    <message>
        <source>The human team the savings are compared with.</source>
        <translation>El equipo humano con el que se comparan los ahorros.</translation>
    </message>
    <message>
        <source>Note for this version (optional)</source>
        <translation>Nota para esta versión (opcional)</translation>
    </message>
    <message>
        <source>Why the values change; kept with the version.</source>
        <translation>Por qué cambian los valores; se guarda con la versión.</translation>
    </message>
    <message>
        <source>Try these values</source>
        <translation>Probar estos valores</translation>
    </message>
    <message>
        <source>Try these values without saving</source>
        <translation>Probar estos valores sin guardar</translation>
    </message>
    <message>
        <source>Save for the organisation</source>
        <translation>Guardar para la organización</translation>
    </message>
    <message>
        <source>Reset the fields</source>
        <translation>Restablecer los campos</translation>
    </message>
    <message>
        <source>Reset the fields to the values the figures use</source>
        <translation>Restablecer los campos a los valores que usan los datos</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvExportButton</name>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Exportar %1 como CSV</translation>
    </message>
    <message>
        <source>Saves this table as a CSV file you choose</source>
        <translation>Guarda esta tabla en un archivo CSV que elijas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Unknown customer</source>
        <translation>Cliente desconocido</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Datos del cliente</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segmento: %1</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor de vida del cliente</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Pedidos recientes</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Aún no hay pedidos</translation>
    </message>
    <message>
        <source>This is their first conversation</source>
        <translation>Es su primera conversación</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>Borrar cliente…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s personal data</source>
        <translation>Borrar los datos personales de este cliente</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Otras conversaciones</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>%1, date as year-month-day</source>
        <translation>%1, fecha como año-mes-día</translation>
    </message>
</context>
<context>
    <name>DeadlineLegend</name>
    <message>
        <source>First-reply deadline colours: green, more than 2 minutes left; amber, 2 minutes or less; red, missed</source>
        <translation>Colores del plazo de primera respuesta: verde, quedan más de 2 minutos; ámbar, 2 minutos o menos; rojo, incumplido</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>2 min or less</source>
        <translation>2 min o menos</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Incumplido</translation>
    </message>
</context>
<context>
    <name>DeltaLabel</name>
    <message>
        <source>better</source>
        <comment>change against the previous period</comment>
        <translation>mejor</translation>
    </message>
    <message>
        <source>worse</source>
        <comment>change against the previous period</comment>
        <translation>peor</translation>
    </message>
    <message>
        <source>no better or worse</source>
        <comment>change against the previous period</comment>
        <translation>ni mejor ni peor</translation>
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
        <translation>Insertar sugerencia de la IA: %1</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
</context>
<context>
    <name>DryRunPanel</name>
    <message>
        <source>Dry run on the cached history</source>
        <translation>Simulación sobre el historial en caché</translation>
    </message>
    <message>
        <source>History to replay: %1</source>
        <translation>Historial a reproducir: %1</translation>
    </message>
    <message>
        <source>Replay against the rules in force</source>
        <translation>Reproducir frente a las reglas en vigor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Replaying: %1 %</source>
        <translation>Reproduciendo: %1 %</translation>
    </message>
    <message>
        <source>Choose another version on the left: its rules are replayed turn by turn over every cached conversation and compared with the rules in force. Nothing is sent to the server.</source>
        <translation>Elija otra versión a la izquierda: sus reglas se reproducen turno a turno sobre cada conversación en caché y se comparan con las reglas en vigor. No se envía nada al servidor.</translation>
    </message>
    <message>
        <source>Above the line, hand-offs the version adds; below it, the ones it removes; by hour of the day, local time.</source>
        <translation>Sobre la línea, las derivaciones que la versión añade; debajo, las que quita; por hora del día, hora local.</translation>
    </message>
    <message>
        <source>Replies decided differently</source>
        <translation>Respuestas decididas de otro modo</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot;. Now: %4. Would be: %5</source>
        <translation>%1, %2: «%3». Ahora: %4. Sería: %5</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Abrir la conversación</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Would be: %1</source>
        <translation>Sería: %1</translation>
    </message>
    <message>
        <source>Hide the rule trace</source>
        <translation>Ocultar la traza de reglas</translation>
    </message>
    <message>
        <source>Show the rule trace</source>
        <translation>Mostrar la traza de reglas</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <source>Would be:</source>
        <translation>Sería:</translation>
    </message>
</context>
<context>
    <name>EarlierConversationRow</name>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Open the customer&apos;s other conversation: %1, %2</source>
        <translation>Abrir otra conversación del cliente: %1, %2</translation>
    </message>
    <message>
        <source>Merge into this conversation</source>
        <translation>Fusionar en esta conversación</translation>
    </message>
    <message>
        <source>Merge %1 into this conversation</source>
        <translation>Fusionar %1 en esta conversación</translation>
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
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>Erase this customer?</source>
        <translation>¿Borrar este cliente?</translation>
    </message>
    <message>
        <source>%1&apos;s name, e-mail address and every message of their conversations (%2) are erased on the server and in every console, notes and drafts included. Their open conversations are closed first. The figures keep counting the conversations.</source>
        <translation>El nombre, la dirección de correo y cada mensaje de las conversaciones (%2) de %1 se borran en el servidor y en todas las consolas, notas y borradores incluidos. Antes se cierran sus conversaciones abiertas. Las cifras siguen contando las conversaciones.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>No se puede deshacer.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel, keep the customer</source>
        <translation>Cancelar y conservar el cliente</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Borrar cliente</translation>
    </message>
    <message>
        <source>Erase the customer for good</source>
        <translation>Borrar el cliente definitivamente</translation>
    </message>
</context>
<context>
    <name>EventApplier</name>
    <message>
        <source>The cache does not have the expected tables (%1).</source>
        <translation>La caché no tiene las tablas esperadas (%1).</translation>
    </message>
    <message>
        <source>Could not start writing to the cache (%1).</source>
        <translation>No se pudo empezar a escribir en la caché (%1).</translation>
    </message>
    <message>
        <source>Could not save to the cache (%1).</source>
        <translation>No se pudo guardar en la caché (%1).</translation>
    </message>
    <message>
        <source>Could not write event %1 to the cache (%2).</source>
        <translation>No se pudo escribir el evento %1 en la caché (%2).</translation>
    </message>
    <message>
        <source>Could not save the cache position (%1).</source>
        <translation>No se pudo guardar la posición de la caché (%1).</translation>
    </message>
    <message>
        <source>Could not clear the cache for a snapshot (%1).</source>
        <translation>No se pudo vaciar la caché para una instantánea (%1).</translation>
    </message>
    <message>
        <source>Could not write a snapshot to the cache (%1).</source>
        <translation>No se pudo escribir una instantánea en la caché (%1).</translation>
    </message>
    <message>
        <source>Could not erase a customer from the cache (%1).</source>
        <translation>No se pudo borrar un cliente de la caché (%1).</translation>
    </message>
    <message>
        <source>A snapshot part arrived without its first part.</source>
        <translation>Llegó una parte de una instantánea sin su primera parte.</translation>
    </message>
    <message>
        <source>Could not index cached messages for search (%1).</source>
        <translation>No se pudieron indexar los mensajes en caché para la búsqueda (%1).</translation>
    </message>
</context>
<context>
    <name>FactsCache</name>
    <message>
        <source>The figures could not be saved in the local cache (%1).</source>
        <translation>No se pudieron guardar los datos en la caché local (%1).</translation>
    </message>
    <message>
        <source>The cached figures could not be read (%1).</source>
        <translation>No se pudieron leer los datos de la caché (%1).</translation>
    </message>
    <message>
        <source>The cached figures could not be cleared (%1).</source>
        <translation>No se pudieron borrar los datos de la caché (%1).</translation>
    </message>
    <message>
        <source>The cost model could not be saved in the local cache (%1).</source>
        <translation>No se pudo guardar el modelo de costes en la caché local (%1).</translation>
    </message>
    <message>
        <source>The cached cost model could not be read (%1).</source>
        <translation>No se pudo leer el modelo de costes de la caché (%1).</translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message>
        <source>All figures</source>
        <translation>Todos los datos</translation>
    </message>
    <message>
        <source>Every figure of this period against the previous one</source>
        <translation>Cada dato de este periodo frente al anterior</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>%1: %2, previously %3, %4</source>
        <translation>%1: %2, antes %3, %4</translation>
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
        <translation>Cancelar exportación (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the listed conversations</source>
        <translation>Exportar las conversaciones de la lista</translation>
    </message>
    <message numerus="yes">
        <source>Export %n conversation(s)</source>
        <translation>
            <numerusform>Exportar %n conversación</numerusform>
            <numerusform>Exportar %n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet (CSV): one row per conversation</source>
        <translation>Hoja de cálculo (CSV): una fila por conversación</translation>
    </message>
    <message>
        <source>Full transcripts (JSON Lines): every message with its confidence and tools</source>
        <translation>Transcripciones completas (JSON Lines): cada mensaje con su confianza y sus herramientas</translation>
    </message>
    <message>
        <source>Printed transcripts (PDF)</source>
        <translation>Transcripciones para imprimir (PDF)</translation>
    </message>
    <message>
        <source>Redact e-mail addresses, phone numbers and card numbers</source>
        <translation>Ocultar direcciones de correo, números de teléfono y números de tarjeta</translation>
    </message>
    <message>
        <source>Include internal notes and whispers</source>
        <translation>Incluir notas internas y susurros a la IA</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Archivos JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>support or sales</comment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creada (UTC)</translation>
    </message>
    <message>
        <source>AI first response (s)</source>
        <translation>Primera respuesta de la IA (s)</translation>
    </message>
    <message>
        <source>Human first response after hand-off (s)</source>
        <translation>Primera respuesta humana tras el traspaso (s)</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Cerrada por</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Resolution time (s)</source>
        <translation>Tiempo de resolución (s)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Lowest AI confidence</source>
        <translation>Confianza mínima de la IA</translation>
    </message>
    <message>
        <source>Mean AI confidence</source>
        <translation>Confianza media de la IA</translation>
    </message>
    <message>
        <source>Hand-off reason</source>
        <translation>Motivo del traspaso</translation>
    </message>
    <message>
        <source>Voice version</source>
        <translation>Versión de la voz de marca</translation>
    </message>
    <message>
        <source>Rules version</source>
        <translation>Versión de las reglas</translation>
    </message>
    <message>
        <source>Revenue attributed</source>
        <translation>Ingresos atribuidos</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>Created:</source>
        <translation>Creada:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Closed by:</source>
        <translation>Cerrada por:</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>Intención:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segmento:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Weakest AI reply:</source>
        <translation>Respuesta más débil de la IA:</translation>
    </message>
    <message>
        <source>Hand-off:</source>
        <translation>Traspaso:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Valoración:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Ordenar:</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Offline: the conversations cached on this computer. %1</source>
        <translation>Sin conexión: las conversaciones guardadas en la caché de este equipo. %1</translation>
    </message>
    <message>
        <source>New activity — refresh</source>
        <translation>Nueva actividad — actualizar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Search every cached message</source>
        <translation>Buscar en todos los mensajes en caché</translation>
    </message>
    <message>
        <source>Cached conversations</source>
        <translation>Conversaciones en caché</translation>
    </message>
    <message>
        <source>History cannot be read</source>
        <translation>No se puede leer el historial</translation>
    </message>
    <message>
        <source>No conversation matches</source>
        <translation>Ninguna conversación coincide</translation>
    </message>
    <message>
        <source>No cached conversations yet</source>
        <translation>Aún no hay conversaciones en caché</translation>
    </message>
    <message>
        <source>Try fewer words, or clear the filters.</source>
        <translation>Prueba con menos palabras o borra los filtros.</translation>
    </message>
    <message>
        <source>Conversations appear here once the console has been online; they stay for review offline.</source>
        <translation>Las conversaciones aparecen aquí en cuanto la consola se ha conectado; después se pueden revisar sin conexión.</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>Press Enter to open the transcript.</source>
        <translation>Pulsa Intro para abrir la transcripción.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong reply(s)</source>
        <translation>
            <numerusform>%n respuesta incorrecta</numerusform>
            <numerusform>%n respuestas incorrectas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Rated %1 of 5</source>
        <translation>Valorada con %1 de 5</translation>
    </message>
</context>
<context>
    <name>HourBars</name>
    <message>
        <source>%1:00, %2 more, %3 fewer</source>
        <translation>%1:00, %2 más, %3 menos</translation>
    </message>
    <message>
        <source>Hand-offs by hour: %1</source>
        <translation>Derivaciones por hora: %1</translation>
    </message>
    <message>
        <source>Hand-offs by hour: no change</source>
        <translation>Derivaciones por hora: sin cambios</translation>
    </message>
</context>
<context>
    <name>Intent</name>
    <message>
        <source>Order status</source>
        <translation>Estado del pedido</translation>
    </message>
    <message>
        <source>Return request</source>
        <translation>Solicitud de devolución</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Tallas</translation>
    </message>
    <message>
        <source>Damaged item</source>
        <translation>Artículo dañado</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>Estado del reembolso</translation>
    </message>
    <message>
        <source>Order cancellation</source>
        <translation>Cancelación del pedido</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation>Pidió una persona</translation>
    </message>
    <message>
        <source>Product question</source>
        <translation>Pregunta sobre un producto</translation>
    </message>
    <message>
        <source>Discount request</source>
        <translation>Solicitud de descuento</translation>
    </message>
    <message>
        <source>Bulk order lead</source>
        <translation>Posible pedido al por mayor</translation>
    </message>
    <message>
        <source>Shipping policy</source>
        <translation>Política de envíos</translation>
    </message>
    <message>
        <source>Greeting or small talk</source>
        <translation>Saludo o charla informal</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <source>Licence of %1</source>
        <translation>Licencia de %1</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>Could not create the cache folder %1.</source>
        <translation>No se pudo crear la carpeta de la caché %1.</translation>
    </message>
    <message>
        <source>Could not open the cache at %1: %2</source>
        <translation>No se pudo abrir la caché en %1: %2</translation>
    </message>
    <message>
        <source>The cache at %1 is not a Pilothouse cache or is damaged (%2). Move it aside or delete it; it will be filled again from the server.</source>
        <translation>La caché en %1 no es una caché de Pilothouse o está dañada (%2). Muévela o elimínala; se volverá a llenar desde el servidor.</translation>
    </message>
    <message>
        <source>The cache at %1 was written by a newer Pilothouse (schema %2, this version knows %3). Nothing was changed.</source>
        <translation>La caché en %1 la escribió una versión más reciente de Pilothouse (esquema %2, esta versión conoce %3). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Could not update the cache at %1 (%2).</source>
        <translation>No se pudo actualizar la caché en %1 (%2).</translation>
    </message>
    <message>
        <source>Could not prepare the cache at %1 (%2).</source>
        <translation>No se pudo preparar la caché en %1 (%2).</translation>
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
        <translation>¿Fusionar en esta conversación?</translation>
    </message>
    <message>
        <source>The other conversation (%1) is closed, and its customer&apos;s messages are copied into this one, where the conversation with the customer goes on.</source>
        <translation>La otra conversación (%1) se cierra y los mensajes del cliente se copian en esta, donde continúa la conversación con el cliente.</translation>
    </message>
    <message>
        <source>no subject</source>
        <translation>sin asunto</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>No se puede deshacer.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Merge the other conversation into this one</source>
        <translation>Fusionar la otra conversación en esta</translation>
    </message>
    <message>
        <source>Cancel, keep both conversations</source>
        <translation>Cancelar, conservar las dos conversaciones</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
    <message>
        <source>%1, %2 at %3: %4</source>
        <translation>%1, %2 a las %3: %4</translation>
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
        <translation>%1 frente a %2 (%3)</translation>
    </message>
    <message>
        <source>vs %1</source>
        <comment>the previous period&apos;s value</comment>
        <translation>frente a %1</translation>
    </message>
    <message>
        <source>Press Enter to list the conversations behind it.</source>
        <translation>Pulsa Intro para ver la lista de las conversaciones que lo componen.</translation>
    </message>
</context>
<context>
    <name>MetricText</name>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Automation rate</source>
        <translation>Tasa de automatización</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Resueltas por la IA</translation>
    </message>
    <message>
        <source>Resolved by AI, provisional</source>
        <translation>Resueltas por la IA, provisionales</translation>
    </message>
    <message>
        <source>Resolved by AI, vendor-style</source>
        <translation>Resueltas por la IA, criterio de proveedores</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>Contención</translation>
    </message>
    <message>
        <source>Handed to a person</source>
        <translation>Pasadas a una persona</translation>
    </message>
    <message>
        <source>AI first response</source>
        <translation>Primera respuesta de la IA</translation>
    </message>
    <message>
        <source>First human response after hand-off</source>
        <translation>Primera respuesta humana tras el traspaso</translation>
    </message>
    <message>
        <source>Time to resolution</source>
        <translation>Tiempo de resolución</translation>
    </message>
    <message>
        <source>Satisfied customers</source>
        <translation>Clientes satisfechos</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Valoración media</translation>
    </message>
    <message>
        <source>Survey response rate</source>
        <translation>Tasa de respuesta a la encuesta</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Horas ahorradas</translation>
    </message>
    <message>
        <source>AI spend</source>
        <translation>Gasto en IA</translation>
    </message>
    <message>
        <source>Money saved</source>
        <translation>Dinero ahorrado</translation>
    </message>
    <message numerus="yes">
        <source>Cost of a team of %n</source>
        <translation>
            <numerusform>Coste de un equipo de %n persona</numerusform>
            <numerusform>Coste de un equipo de %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost per resolution</source>
        <translation>Coste por resolución</translation>
    </message>
    <message>
        <source>Qualified leads</source>
        <translation>Leads cualificados</translation>
    </message>
    <message>
        <source>Won sales</source>
        <translation>Ventas cerradas</translation>
    </message>
    <message>
        <source>Revenue influenced</source>
        <translation>Ingresos influidos</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Valor medio del pedido</translation>
    </message>
    <message>
        <source>Conversations created in the period.</source>
        <translation>Conversaciones creadas en el periodo.</translation>
    </message>
    <message>
        <source>Of the conversations that ended, those the AI resolved with no person writing and no reopening.</source>
        <translation>De las conversaciones terminadas, las que la IA resolvió sin que escribiera ninguna persona y sin reaperturas.</translation>
    </message>
    <message>
        <source>Resolved by the AI alone, no person wrote to the customer, and not reopened within 7 days.</source>
        <translation>Resueltas solo por la IA, sin que ninguna persona escribiera al cliente y sin reabrirse en 7 días.</translation>
    </message>
    <message>
        <source>Resolved by the AI alone less than 7 days ago: strict once a week passes without a reopening.</source>
        <translation>Resueltas solo por la IA hace menos de 7 días: pasan a ser estrictas cuando transcurre una semana sin reapertura.</translation>
    </message>
    <message>
        <source>Every close by the AI, including customers who went quiet and conversations a person helped with or that reopened: what other products report.</source>
        <translation>Todos los cierres de la IA, incluidos los clientes que dejaron de responder y las conversaciones en las que ayudó una persona o que se reabrieron: lo que informan otros productos.</translation>
    </message>
    <message>
        <source>Conversations never handed to a person.</source>
        <translation>Conversaciones que nunca se pasaron a una persona.</translation>
    </message>
    <message>
        <source>Conversations escalated or taken over by a person.</source>
        <translation>Conversaciones escaladas o de las que una persona tomó el control.</translation>
    </message>
    <message>
        <source>Mean time from the customer&apos;s first message to the AI&apos;s first reply.</source>
        <translation>Tiempo medio desde el primer mensaje del cliente hasta la primera respuesta de la IA.</translation>
    </message>
    <message>
        <source>Mean time from a hand-off to the first reply a person wrote, never blended with the AI&apos;s.</source>
        <translation>Tiempo medio desde un traspaso hasta la primera respuesta escrita por una persona, sin mezclarla nunca con las de la IA.</translation>
    </message>
    <message>
        <source>Mean time from the first message to the resolution.</source>
        <translation>Tiempo medio desde el primer mensaje hasta la resolución.</translation>
    </message>
    <message>
        <source>Ratings of 4 or 5 among the rated conversations.</source>
        <translation>Valoraciones de 4 o 5 entre las conversaciones valoradas.</translation>
    </message>
    <message>
        <source>Mean rating, 1 to 5, of the rated conversations.</source>
        <translation>Valoración media, de 1 a 5, de las conversaciones valoradas.</translation>
    </message>
    <message>
        <source>Rated conversations among those sent a survey.</source>
        <translation>Conversaciones valoradas entre las que recibieron una encuesta.</translation>
    </message>
    <message>
        <source>Strict AI resolutions times the time a person takes for the same intent.</source>
        <translation>Resoluciones estrictas de la IA multiplicadas por el tiempo que una persona dedica a la misma intención.</translation>
    </message>
    <message>
        <source>Tokens the AI used, at the cost model&apos;s price.</source>
        <translation>Tokens que usó la IA, al precio del modelo de costes.</translation>
    </message>
    <message>
        <source>Hours saved at the loaded hourly cost, minus the AI spend.</source>
        <translation>Horas ahorradas al coste por hora con cargas, menos el gasto en IA.</translation>
    </message>
    <message>
        <source>What the team the savings are compared with costs in the period.</source>
        <translation>Lo que cuesta en el periodo el equipo con el que se comparan los ahorros.</translation>
    </message>
    <message>
        <source>AI spend plus the time people spent, over every resolved conversation.</source>
        <translation>Gasto en IA más el tiempo dedicado por personas, dividido entre todas las conversaciones resueltas.</translation>
    </message>
    <message>
        <source>Sales conversations where need, timeline, budget and authority became known.</source>
        <translation>Conversaciones de ventas en las que se conocieron la necesidad, los plazos, el presupuesto y quién decide.</translation>
    </message>
    <message>
        <source>Sales conversations won.</source>
        <translation>Conversaciones de ventas ganadas.</translation>
    </message>
    <message>
        <source>Orders placed within the attribution window of a sales conversation.</source>
        <translation>Pedidos realizados dentro de la ventana de atribución de una conversación de ventas.</translation>
    </message>
    <message>
        <source>Revenue influenced over the attributed orders.</source>
        <translation>Ingresos influidos divididos entre los pedidos atribuidos.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage; the translation places the sign</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <comment>change of a percentage, in points</comment>
        <translation>%1%2&#xa0;p.&#xa0;p.</translation>
    </message>
    <message>
        <source>First-reply deadlines met</source>
        <translation>Plazos de primera respuesta cumplidos</translation>
    </message>
    <message>
        <source>Of the hand-offs whose first-reply deadline has been decided, those a person answered by it.</source>
        <translation>De los traspasos cuyo plazo de primera respuesta ya se decidió, los que una persona respondió a tiempo.</translation>
    </message>
</context>
<context>
    <name>NavTab</name>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n en espera</numerusform>
            <numerusform>%1, %n en espera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoFiguresState</name>
    <message>
        <source>No figures yet</source>
        <translation>Aún no hay datos</translation>
    </message>
    <message>
        <source>No figures are cached on this computer. They arrive from the server once you are online.</source>
        <translation>No hay datos en la caché de este equipo. Llegan del servidor en cuanto tienes conexión.</translation>
    </message>
    <message>
        <source>The server sends them to supervisors and admins once it has conversations.</source>
        <translation>El servidor los envía a supervisores y administradores en cuanto tiene conversaciones.</translation>
    </message>
</context>
<context>
    <name>NoteSwitch</name>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Shortcut: Ctrl+Shift+N</source>
        <translation>Atajo: Ctrl+Mayús+N</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss notice: %1</source>
        <translation>Cerrar aviso: %1</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Show a desktop notification when a conversation is handed to people</source>
        <translation>Mostrar una notificación de escritorio cuando una conversación pasa a personas</translation>
    </message>
    <message>
        <source>Play a sound with it</source>
        <translation>Reproducir un sonido con ella</translation>
    </message>
    <message>
        <source>Notify me of hand-offs for these reasons</source>
        <translation>Avisarme de los traspasos por estos motivos</translation>
    </message>
</context>
<context>
    <name>OpenElsewhereNotice</name>
    <message>
        <source>Open it</source>
        <translation>Abrirla</translation>
    </message>
    <message>
        <source>Open the customer&apos;s other open conversation</source>
        <translation>Abrir la otra conversación abierta del cliente</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Order #%1, %2, %3, %4</source>
        <translation>Pedido #%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Realizado el %1</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Could not create the folder %1 for unsent actions.</source>
        <translation>No se pudo crear la carpeta %1 para las acciones no enviadas.</translation>
    </message>
    <message>
        <source>Could not open the unsent actions at %1: %2</source>
        <translation>No se pudieron abrir las acciones no enviadas en %1: %2</translation>
    </message>
    <message>
        <source>The file %1 for unsent actions is damaged (%2). Move it aside; actions in it may be lost.</source>
        <translation>El archivo %1 de acciones no enviadas está dañado (%2). Muévelo a otro lugar; las acciones que contiene pueden perderse.</translation>
    </message>
    <message>
        <source>The unsent actions at %1 were written by a newer Pilothouse (schema %2). Nothing was changed.</source>
        <translation>Las acciones no enviadas en %1 las escribió una versión más reciente de Pilothouse (esquema %2). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Could not prepare the unsent actions at %1 (%2).</source>
        <translation>No se pudieron preparar las acciones no enviadas en %1 (%2).</translation>
    </message>
    <message>
        <source>Could not create the unsent actions store (%1).</source>
        <translation>No se pudo crear el almacén de acciones no enviadas (%1).</translation>
    </message>
    <message>
        <source>The outbox&apos;s journal could not be truncated.</source>
        <translation>No se pudo truncar el registro de la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>OutcomesChart</name>
    <message>
        <source>Outcomes by day</source>
        <translation>Resultados por día</translation>
    </message>
    <message>
        <source>Conversations by the day they started, and how they ended so far</source>
        <translation>Conversaciones según el día en que empezaron y cómo han terminado hasta ahora</translation>
    </message>
    <message>
        <source>Outcomes by day, chart; the same figures are in the table</source>
        <translation>Resultados por día, gráfico; los mismos datos están en la tabla</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Resueltas por la IA</translation>
    </message>
    <message>
        <source>Closed by AI, lenient only</source>
        <translation>Cerradas por la IA, solo con el criterio amplio</translation>
    </message>
    <message>
        <source>Resolved by a person</source>
        <translation>Resueltas por una persona</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>No resueltas</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonadas</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Aún abiertas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>By AI</source>
        <translation>Por la IA</translation>
    </message>
    <message>
        <source>AI, lenient only</source>
        <translation>IA, solo criterio amplio</translation>
    </message>
    <message>
        <source>By a person</source>
        <translation>Por una persona</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 resolved by AI, %4 closed by AI counted only by the lenient figure, %5 resolved by a person, %6 not resolved, %7 abandoned, %8 still open</source>
        <translation>%1: %2 conversaciones, %3 resueltas por la IA, %4 cerradas por la IA que solo cuenta el criterio amplio, %5 resueltas por una persona, %6 no resueltas, %7 abandonadas, %8 aún abiertas</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Conversations today</source>
        <translation>Conversaciones de hoy</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <source>From the cache: offline, nothing arrives live</source>
        <translation>Desde la caché: sin conexión, no llega nada en directo</translation>
    </message>
    <message>
        <source>Conversations on the board</source>
        <translation>Conversaciones en el panel</translation>
    </message>
    <message>
        <source>AI handling</source>
        <translation>Atiende la IA</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation>Esperando a una persona</translation>
    </message>
    <message>
        <source>With a person</source>
        <translation>Con una persona</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open Analytics</source>
        <translation>Abrir Analítica</translation>
    </message>
    <message>
        <source>This month so far (%1), against the cost of the team for the same days</source>
        <translation>Este mes hasta ahora (%1), frente al coste del equipo en los mismos días</translation>
    </message>
    <message>
        <source>Conversations behind it</source>
        <translation>Conversaciones que lo componen</translation>
    </message>
    <message>
        <source>List the conversations behind the money saved this month</source>
        <translation>Ver la lista de las conversaciones que componen el dinero ahorrado este mes</translation>
    </message>
</context>
<context>
    <name>PageHeading</name>
    <message>
        <source>Offline: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>Unsaved assumptions</source>
        <translation>Supuestos sin guardar</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Show as chart</source>
        <translation>Mostrar como gráfico</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <source>Show %1 as chart</source>
        <translation>Mostrar %1 como gráfico</translation>
    </message>
    <message>
        <source>Show %1 as table</source>
        <translation>Mostrar %1 como tabla</translation>
    </message>
</context>
<context>
    <name>PdfExportButton</name>
    <message>
        <source>Exporting… %1 %</source>
        <translation>Exportando… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <source>Saves every table of this page, with the period and the assumptions, as a PDF file you choose</source>
        <translation>Guarda todas las tablas de esta página, con el periodo y los supuestos, en un archivo PDF que elijas</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved, %n page(s).</source>
        <translation>
            <numerusform>Guardado, %n página.</numerusform>
            <numerusform>Guardado, %n páginas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenceSwitch</name>
    <message>
        <source>Your presence</source>
        <translation>Su disponibilidad</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Está</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
</context>
<context>
    <name>PriorityMark</name>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioridad: %1</translation>
    </message>
</context>
<context>
    <name>QueueHeader</name>
    <message>
        <source>Escalation queue</source>
        <translation>Cola de escaladas</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) waiting</source>
        <translation>
            <numerusform>%n conversación en espera</numerusform>
            <numerusform>%n conversaciones en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Take next</source>
        <translation>Tomar la siguiente</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Group by reason</source>
        <translation>Agrupar por motivo</translation>
    </message>
    <message>
        <source>Take next  N</source>
        <translation>Tomar la siguiente  N</translation>
    </message>
    <message>
        <source>Take over the most urgent waiting conversation. Shortcut: N</source>
        <translation>Asumir la conversación en espera más urgente. Atajo: N</translation>
    </message>
    <message>
        <source>You are away, so Take next is off. Set yourself online in the Team tab (Ctrl+3).</source>
        <translation>Está ausente, así que «Tomar la siguiente» está desactivado. Póngase conectado en la pestaña Equipo (Ctrl+3).</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Unknown customer</source>
        <translation>Cliente desconocido</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>%1, %2, with %3, %4</source>
        <translation>%1, %2, con %3, %4</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Escalation queue</source>
        <translation>Cola de escaladas</translation>
    </message>
    <message>
        <source>Escalated conversations</source>
        <translation>Conversaciones escaladas</translation>
    </message>
    <message>
        <source>Nothing for this reason</source>
        <translation>Nada con este motivo</translation>
    </message>
    <message>
        <source>The queue is clear</source>
        <translation>La cola está vacía</translation>
    </message>
    <message>
        <source>No conversation is escalated for “%1” right now.</source>
        <translation>Ahora mismo no hay ninguna conversación escalada por «%1».</translation>
    </message>
    <message>
        <source>When the AI hands a conversation to people, it appears here with its reason and response target.</source>
        <translation>Cuando la IA pasa una conversación a personas, aparece aquí con su motivo y su objetivo de respuesta.</translation>
    </message>
</context>
<context>
    <name>RateTrendChart</name>
    <message>
        <source>Strict AI resolution by day</source>
        <translation>Resolución estricta de la IA por día</translation>
    </message>
    <message>
        <source>Share of each day&apos;s conversations the AI resolved, durable after 7 days</source>
        <translation>Proporción de las conversaciones de cada día que resolvió la IA, de forma duradera tras 7 días</translation>
    </message>
    <message>
        <source>Strict AI resolution by day, chart; the same figures are in the table</source>
        <translation>Resolución estricta de la IA por día, gráfico; los mismos datos están en la tabla</translation>
    </message>
    <message>
        <source>Strict AI resolution</source>
        <translation>Resolución estricta de la IA</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Resueltas por la IA</translation>
    </message>
</context>
<context>
    <name>ReasonChip</name>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
</context>
<context>
    <name>RecentActivity</name>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <source>The conversations with the newest messages</source>
        <translation>Las conversaciones con los mensajes más recientes</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Aún no hay conversaciones.</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Cliente desconocido</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <source>Opens the conversation in the workspace</source>
        <translation>Abre la conversación en el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>No hay nada en este periodo.</translation>
    </message>
</context>
<context>
    <name>RetentionSelect</name>
    <message>
        <source>Keep closed conversations for: %1</source>
        <translation>Conservar las conversaciones cerradas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (the default)</source>
        <translation>
            <numerusform>%n día (predeterminado)</numerusform>
            <numerusform>%n días (predeterminado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
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
        <translation>Correcta (1)</translation>
    </message>
    <message>
        <source>Wrong (2)</source>
        <translation>Incorrecta (2)</translation>
    </message>
    <message>
        <source>Note (optional, N)</source>
        <translation>Nota (opcional, N)</translation>
    </message>
    <message>
        <source>Note for this label</source>
        <translation>Nota para esta etiqueta</translation>
    </message>
    <message>
        <source>What was wrong?</source>
        <translation>¿Qué estuvo mal?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in to label replies.</source>
        <translation>Inicie sesión para etiquetar respuestas.</translation>
    </message>
    <message>
        <source>Press a reason&apos;s key to send the label, Esc to go back.</source>
        <translation>Pulse la tecla de un motivo para enviar la etiqueta, Esc para volver.</translation>
    </message>
    <message>
        <source>J next, K previous, 1 right, 2 wrong, N note. Labels wait in the outbox while offline.</source>
        <translation>J siguiente, K anterior, 1 correcta, 2 incorrecta, N nota. Sin conexión, las etiquetas esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>%1 (sending)</source>
        <translation>%1 (enviando)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Offline: labels are kept and sent when the link returns. %1</source>
        <translation>Sin conexión: las etiquetas se guardan y se envían al volver la conexión. %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>Replies sampled per day</source>
        <translation>Respuestas muestreadas por día</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Replies to review</source>
        <translation>Respuestas para revisar</translation>
    </message>
    <message>
        <source>Could not read the replies</source>
        <translation>No se pudieron leer las respuestas</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nada que revisar</translation>
    </message>
    <message>
        <source>Every cached AI reply has a label.</source>
        <translation>Todas las respuestas de la IA en caché tienen etiqueta.</translation>
    </message>
    <message>
        <source>You have labelled this week&apos;s sample.</source>
        <translation>Ha etiquetado la muestra de esta semana.</translation>
    </message>
    <message>
        <source>No handed-over conversation has a reply you have not labelled.</source>
        <translation>Ninguna conversación derivada tiene respuestas sin su etiqueta.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Select a reply to see its conversation.</source>
        <translation>Seleccione una respuesta para ver su conversación.</translation>
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
        <translation>%1 (enviando)</translation>
    </message>
</context>
<context>
    <name>RuleRow</name>
    <message>
        <source>%1. %2%3. When: %4. Then: %5</source>
        <translation>%1. %2%3. Cuando: %4. Entonces: %5</translation>
    </message>
    <message>
        <source>, guardrail</source>
        <translation>, salvaguarda</translation>
    </message>
    <message>
        <source>, switched off</source>
        <translation>, desactivada</translation>
    </message>
    <message>
        <source>Guardrail</source>
        <translation>Salvaguarda</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Cuando: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Entonces: %1</translation>
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
        <translation>por debajo de</translation>
    </message>
    <message>
        <source>at or below</source>
        <translation>como máximo</translation>
    </message>
    <message>
        <source>above</source>
        <translation>por encima de</translation>
    </message>
    <message>
        <source>at or above</source>
        <translation>como mínimo</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>the customer is a VIP</source>
        <translation>el cliente es VIP</translation>
    </message>
    <message>
        <source>the customer is not a VIP</source>
        <translation>el cliente no es VIP</translation>
    </message>
    <message>
        <source>the customer asks for a person</source>
        <translation>el cliente pide una persona</translation>
    </message>
    <message>
        <source>the customer does not ask for a person</source>
        <translation>el cliente no pide una persona</translation>
    </message>
    <message>
        <source>the message threatens legal action</source>
        <translation>el mensaje amenaza con acciones legales</translation>
    </message>
    <message>
        <source>the message threatens no legal action</source>
        <translation>el mensaje no amenaza con acciones legales</translation>
    </message>
    <message>
        <source>the message speaks of self-harm</source>
        <translation>el mensaje habla de autolesión</translation>
    </message>
    <message>
        <source>the message does not speak of self-harm</source>
        <translation>el mensaje no habla de autolesión</translation>
    </message>
    <message>
        <source>a lookup failed</source>
        <translation>falló una consulta</translation>
    </message>
    <message>
        <source>no lookup failed</source>
        <translation>ninguna consulta falló</translation>
    </message>
    <message>
        <source>the AI has no answer</source>
        <translation>la IA no tiene respuesta</translation>
    </message>
    <message>
        <source>the AI has an answer</source>
        <translation>la IA tiene una respuesta</translation>
    </message>
    <message>
        <source>within business hours</source>
        <translation>dentro del horario laboral</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>fuera del horario laboral</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>confianza</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>sentimiento</translation>
    </message>
    <message>
        <source>lifetime value</source>
        <translation>valor del cliente</translation>
    </message>
    <message>
        <source>order value</source>
        <translation>valor del pedido</translation>
    </message>
    <message>
        <source>turns without progress</source>
        <translation>turnos sin avance</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>intención</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>e.g. &quot;confidence below 45 %&quot;</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <extracomment>e.g. &quot;intent is Refund or Cancel order&quot;</extracomment>
        <translation>%1 es %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 no es %2</translation>
    </message>
    <message>
        <source>the message contains %1</source>
        <translation>el mensaje contiene %1</translation>
    </message>
    <message>
        <source>The customer asks for a person (built-in detector, five languages)</source>
        <translation>El cliente pide una persona (detector integrado, cinco idiomas)</translation>
    </message>
    <message>
        <source>The message threatens legal action or a chargeback (built-in detector, five languages)</source>
        <translation>El mensaje amenaza con acciones legales o un contracargo (detector integrado, cinco idiomas)</translation>
    </message>
    <message>
        <source>The message speaks of self-harm or a risk to life (built-in detector, five languages)</source>
        <translation>El mensaje habla de autolesión o riesgo para la vida (detector integrado, cinco idiomas)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>elevada</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>Hold the AI&apos;s answer for a person to approve: %1, %2</source>
        <extracomment>%1 the hand-off reason, %2 its priority</extracomment>
        <translation>Retener la respuesta de la IA para que una persona la apruebe: %1, %2</translation>
    </message>
    <message>
        <source>Hand over: %1, %2</source>
        <extracomment>%1 the hand-off reason, %2 its priority</extracomment>
        <translation>Derivar: %1, %2</translation>
    </message>
    <message>
        <source>Would hand over</source>
        <translation>Derivaría</translation>
    </message>
    <message>
        <source>Would no longer hand over</source>
        <translation>Ya no derivaría</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>Another priority</source>
        <translation>Otra prioridad</translation>
    </message>
    <message>
        <source>Held instead of handed over, or the reverse</source>
        <translation>Retenida en lugar de derivada, o al revés</translation>
    </message>
    <message>
        <source>The AI answers</source>
        <translation>La IA responde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the rule&apos;s name (as the supervisor wrote it), %2 what it does</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New rule %1 at position %2</source>
        <translation>Regla nueva %1 en la posición %2</translation>
    </message>
    <message>
        <source>Rule %1 removed (it was at position %2)</source>
        <translation>Regla %1 eliminada (estaba en la posición %2)</translation>
    </message>
    <message>
        <source>Rule %1 moved from position %2 to %3</source>
        <translation>Regla %1 movida de la posición %2 a la %3</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>renombrada desde %1</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>when: %1</source>
        <translation>cuando: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <translation>entonces: %1</translation>
    </message>
    <message>
        <source>moved from position %1 to %2</source>
        <translation>movida de la posición %1 a la %2</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regla %1: %2</translation>
    </message>
    <message>
        <source>Other business hours</source>
        <translation>Otro horario laboral</translation>
    </message>
    <message>
        <source>%1. %2: switched off</source>
        <translation>%1. %2: desactivada</translation>
    </message>
    <message>
        <source>built-in detector</source>
        <translation>detector integrado</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>no se cumple</translation>
    </message>
    <message>
        <source>holds (an earlier rule decides)</source>
        <translation>se cumple (decide una regla anterior)</translation>
    </message>
    <message>
        <source>holds and decides</source>
        <translation>se cumple y decide</translation>
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
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Published versions of the rules</source>
        <translation>Versiones publicadas de las reglas</translation>
    </message>
    <message>
        <source>Escalation rules: %1</source>
        <translation>Reglas de escalado: %1</translation>
    </message>
    <message>
        <source>Escalation rules</source>
        <translation>Reglas de escalado</translation>
    </message>
    <message>
        <source>Read top to bottom: the first rule that holds decides whether a person takes over. Guardrails can move but never go.</source>
        <translation>Se leen de arriba abajo: la primera regla que se cumple decide si una persona toma el relevo. Las salvaguardas pueden moverse, nunca quitarse.</translation>
    </message>
    <message>
        <source>Rules, in the order they are read</source>
        <translation>Reglas, en el orden en que se leen</translation>
    </message>
    <message>
        <source>No rules to show</source>
        <translation>No hay reglas que mostrar</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message numerus="yes">
        <source>Sales conversations, and the orders placed within %n day(s) of one</source>
        <translation>
            <numerusform>Conversaciones de ventas y los pedidos realizados en un plazo de %n día tras una de ellas</numerusform>
            <numerusform>Conversaciones de ventas y los pedidos realizados en un plazo de %n días tras una de ellas</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribution window:</source>
        <translation>Ventana de atribución:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedRepliesEditorDialog</name>
    <message>
        <source>Edit saved replies</source>
        <translation>Editar respuestas guardadas</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <source>Shared by the whole team. Placeholders are filled in when a reply is inserted: {customer.name}, {customer.firstName}, {order.id} (the latest order), {agent.name}, {agent.firstName}.</source>
        <translation>Compartidas por todo el equipo. Los marcadores se rellenan al insertar una respuesta: {customer.name}, {customer.firstName}, {order.id} (el último pedido), {agent.name}, {agent.firstName}.</translation>
    </message>
    <message>
        <source>Add a reply</source>
        <translation>Añadir una respuesta</translation>
    </message>
    <message>
        <source>What changed (optional)</source>
        <translation>Qué ha cambiado (opcional)</translation>
    </message>
    <message>
        <source>Note for this version</source>
        <translation>Nota de esta versión</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
</context>
<context>
    <name>SavedReplyEditRow</name>
    <message>
        <source>Title, e.g. Refund timeline</source>
        <translation>Título, p. ej. Plazo del reembolso</translation>
    </message>
    <message>
        <source>Title of saved reply %1</source>
        <translation>Título de la respuesta guardada %1</translation>
    </message>
    <message>
        <source>Move saved reply %1 up</source>
        <translation>Subir la respuesta guardada %1</translation>
    </message>
    <message>
        <source>Move saved reply %1 down</source>
        <translation>Bajar la respuesta guardada %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove saved reply %1</source>
        <translation>Quitar la respuesta guardada %1</translation>
    </message>
    <message>
        <source>The reply. Placeholders: {customer.firstName}, {order.id}, {agent.firstName}…</source>
        <translation>La respuesta. Marcadores: {customer.firstName}, {order.id}, {agent.firstName}…</translation>
    </message>
    <message>
        <source>Text of saved reply %1</source>
        <translation>Texto de la respuesta guardada %1</translation>
    </message>
</context>
<context>
    <name>SavedReplyPicker</name>
    <message>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <source>Search saved replies</source>
        <translation>Buscar respuestas guardadas</translation>
    </message>
    <message>
        <source>Insert “%1”</source>
        <translation>Insertar «%1»</translation>
    </message>
    <message>
        <source>Your team has no saved replies yet. Supervisors add them in the Team view (Saved replies…).</source>
        <translation>Su equipo aún no tiene respuestas guardadas. Los supervisores las añaden en la vista Equipo (Respuestas guardadas…).</translation>
    </message>
    <message>
        <source>No saved reply matches “%1”.</source>
        <translation>Ninguna respuesta guardada coincide con «%1».</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to insert, Esc to cancel</source>
        <translation>↑↓ para elegir, Intro para insertar, Esc para cancelar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
</context>
<context>
    <name>SegmentsTable</name>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>No resueltas</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Resueltas por la IA</translation>
    </message>
    <message>
        <source>CSAT (4 or 5)</source>
        <translation>CSAT (4 o 5)</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 not resolved, resolved by AI %4, CSAT %5</source>
        <translation>%1: %2 conversaciones, %3 no resueltas, resueltas por la IA %4, CSAT %5</translation>
    </message>
    <message>
        <source>No conversations in this period.</source>
        <translation>No hay conversaciones en este periodo.</translation>
    </message>
</context>
<context>
    <name>SentimentIndicator</name>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Sentiment: %1</source>
        <translation>Sentimiento: %1</translation>
    </message>
</context>
<context>
    <name>SessionsSection</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Where you are signed in</source>
        <translation>Dónde tiene la sesión iniciada</translation>
    </message>
    <message>
        <source>End a session you do not recognise: that computer is signed out at once and must sign in again.</source>
        <translation>Cierre una sesión que no reconozca: ese equipo se desconecta al instante y debe volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Show everyone&apos;s sessions</source>
        <translation>Mostrar las sesiones de todos</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>Cerrando…</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>End the session on %1</source>
        <translation>Cerrar la sesión en %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh the sessions</source>
        <translation>Actualizar las sesiones</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Dates, numbers and amounts follow it too. It changes at once.</source>
        <translation>Las fechas, los números y los importes también la siguen. Cambia al instante.</translation>
    </message>
    <message>
        <source>Interface language: %1</source>
        <translation>Idioma de la interfaz: %1</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
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
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Text and the rows that hold it grow together.</source>
        <translation>El texto y las filas que lo contienen crecen a la vez.</translation>
    </message>
    <message>
        <source>Text size: %1</source>
        <translation>Tamaño del texto: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Reduce motion: no fading, pulsing or sliding</source>
        <translation>Reducir el movimiento: sin fundidos, pulsos ni deslizamientos</translation>
    </message>
    <message>
        <source>Start-up and cache</source>
        <translation>Inicio y caché</translation>
    </message>
    <message>
        <source>Start Pilothouse when I log in</source>
        <translation>Iniciar Pilothouse al iniciar sesión</translation>
    </message>
    <message>
        <source>Keep closed conversations on this computer for</source>
        <translation>Conservar las conversaciones cerradas en este ordenador durante</translation>
    </message>
    <message>
        <source>Older ones leave the cache, with their messages. Open conversations always stay.</source>
        <translation>Las más antiguas salen de la caché con sus mensajes. Las conversaciones abiertas se quedan siempre.</translation>
    </message>
    <message>
        <source>Compact rows: the board and the queue show two lines per conversation</source>
        <translation>Filas compactas: el tablero y la cola muestran dos líneas por conversación</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>After resolving, open the next conversation</source>
        <translation>Tras resolver, abrir la siguiente conversación</translation>
    </message>
    <message>
        <source>The one of yours whose customer has waited longest, otherwise the top of the queue.</source>
        <translation>La suya cuyo cliente lleva más tiempo esperando; si no, la primera de la cola.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Move around</source>
        <translation>Moverse</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Conversación siguiente</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation>Buscar en el panel</translation>
    </message>
    <message>
        <source>Show the board</source>
        <translation>Mostrar el panel</translation>
    </message>
    <message>
        <source>Show the escalation queue</source>
        <translation>Mostrar la cola de escaladas</translation>
    </message>
    <message>
        <source>Act on the open conversation</source>
        <translation>Actuar sobre la conversación abierta</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Tomar el control</translation>
    </message>
    <message>
        <source>Hand back to the AI, with a note</source>
        <translation>Devolver a la IA, con una nota</translation>
    </message>
    <message>
        <source>Resolve, with an outcome</source>
        <translation>Resolver, con un resultado</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Escribir una respuesta</translation>
    </message>
    <message>
        <source>In the composer</source>
        <translation>En el área de redacción</translation>
    </message>
    <message>
        <source>Leave the composer</source>
        <translation>Salir del área de redacción</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Esta ayuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Workspace, Overview, Analytics (supervisors and admins)</source>
        <translation>Espacio de trabajo, Resumen, Analítica (supervisores y administradores)</translation>
    </message>
    <message>
        <source>History: every cached conversation</source>
        <translation>Historial: todas las conversaciones en caché</translation>
    </message>
    <message>
        <source>Review: label the AI&apos;s replies</source>
        <translation>Revisión: etiquetar las respuestas de la IA</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En la revisión</translation>
    </message>
    <message>
        <source>Next and previous reply</source>
        <translation>Respuesta siguiente y anterior</translation>
    </message>
    <message>
        <source>The AI was right</source>
        <translation>La IA acertó</translation>
    </message>
    <message>
        <source>The AI was wrong, then the reason: I intent, F facts, T tone, H should have handed over, S should not have, L language, O other</source>
        <translation>La IA se equivocó, luego el motivo: I intención, F datos, T tono, H debió derivar, S no debió derivar, L idioma, O otro</translation>
    </message>
    <message>
        <source>Write a note for the label</source>
        <translation>Escribir una nota para la etiqueta</translation>
    </message>
    <message>
        <source>Rules: escalation rules and their dry run</source>
        <translation>Reglas: reglas de escalado y su simulación</translation>
    </message>
    <message>
        <source>Settings: language, theme, text size, notifications</source>
        <translation>Ajustes: idioma, tema, tamaño del texto, notificaciones</translation>
    </message>
    <message>
        <source>Show what is new or updated (the board keeps its order while you work)</source>
        <translation>Mostrar lo nuevo o actualizado (el tablero mantiene su orden mientras trabaja)</translation>
    </message>
    <message>
        <source>Show the team: presence and load</source>
        <translation>Mostrar el equipo: disponibilidad y carga</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>La cola</translation>
    </message>
    <message>
        <source>Take the next waiting conversation</source>
        <translation>Tomar la siguiente conversación en espera</translation>
    </message>
    <message>
        <source>Whisper to the AI (supervisors and admins, while the AI answers)</source>
        <translation>Susurrar a la IA (supervisores y administradores, mientras responde la IA)</translation>
    </message>
    <message>
        <source>Chat: send. Email: a new line</source>
        <translation>Chat: enviar. Correo: nueva línea</translation>
    </message>
    <message>
        <source>Chat: a new line</source>
        <translation>Chat: nueva línea</translation>
    </message>
    <message>
        <source>Send the reply, note or whisper (chat and email)</source>
        <translation>Enviar la respuesta, la nota o el susurro (chat y correo)</translation>
    </message>
    <message>
        <source>Switch between a reply and an internal note</source>
        <translation>Cambiar entre respuesta y nota interna</translation>
    </message>
    <message>
        <source>Insert the AI&apos;s newest suggestion</source>
        <translation>Insertar la sugerencia más reciente de la IA</translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Insertar una respuesta guardada</translation>
    </message>
    <message>
        <source>Audit log: who did what, when and from where (admins)</source>
        <translation>Registro de auditoría: quién hizo qué, cuándo y desde dónde (administradores)</translation>
    </message>
    <message>
        <source>Users: roles, who may sign in, passwords (admins)</source>
        <translation>Usuarios: roles, quién puede iniciar sesión, contraseñas (administradores)</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation>Pilothouse</translation>
    </message>
    <message>
        <source>Sign in to watch and steer your AI conversations.</source>
        <translation>Inicia sesión para supervisar y dirigir tus conversaciones con IA.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>https://pilothouse.example.com</source>
        <translation>https://pilothouse.example.com</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Tu contraseña</translation>
    </message>
    <message>
        <source>Wait to sign in</source>
        <translation>Espere para iniciar sesión</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Introduzca el código de 6 dígitos de su aplicación de autenticación o uno de sus códigos de recuperación.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>123 456</source>
        <translation>123 456</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to user name and password</source>
        <translation>Volver al nombre de usuario y la contraseña</translation>
    </message>
    <message>
        <source>This server requires two-factor sign-in. Set it up now with an authenticator app on your phone; from then on, signing in asks for a code from it.</source>
        <translation>Este servidor exige el inicio de sesión en dos pasos. Configúrelo ahora con una aplicación de autenticación en su teléfono; a partir de entonces, al iniciar sesión se le pedirá un código de ella.</translation>
    </message>
    <message>
        <source>Start the set-up</source>
        <translation>Iniciar la configuración</translation>
    </message>
    <message>
        <source>Cancel and sign out</source>
        <translation>Cancelar y cerrar sesión</translation>
    </message>
    <message>
        <source>Cancel the set-up and sign out</source>
        <translation>Cancelar la configuración y cerrar sesión</translation>
    </message>
</context>
<context>
    <name>SlaTimer</name>
    <message>
        <source>First-reply deadline missed: %1</source>
        <translation>Plazo de primera respuesta incumplido: %1</translation>
    </message>
    <message>
        <source>First-reply deadline: %1</source>
        <translation>Plazo de primera respuesta: %1</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
</context>
<context>
    <name>TeamMemberRow</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>%1 · %2 since %3</source>
        <translation>%1 · %2 desde las %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>Ninguna conversación</translation>
    </message>
    <message>
        <source>oldest wait</source>
        <translation>espera más larga</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation>Respuestas guardadas…</translation>
    </message>
    <message>
        <source>Edit the team&apos;s saved replies</source>
        <translation>Editar las respuestas guardadas del equipo</translation>
    </message>
    <message>
        <source>While you are away, Take next gives you no conversations. Colleagues see you as away.</source>
        <translation>Mientras esté ausente, «Tomar la siguiente» no le da conversaciones. Sus compañeros le ven ausente.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Compañeros</translation>
    </message>
    <message>
        <source>No team to show yet</source>
        <translation>Aún no hay equipo que mostrar</translation>
    </message>
</context>
<context>
    <name>ThinScrollBar</name>
    <message>
        <source>Scroll bar</source>
        <translation>Barra de desplazamiento</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
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
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
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
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <comment>SLA countdown over an hour</comment>
        <translation>quedan %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n s over</source>
        <comment>SLA passed by seconds</comment>
        <translation>
            <numerusform>%n s de retraso</numerusform>
            <numerusform>%n s de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min over</source>
        <comment>SLA passed by minutes</comment>
        <translation>
            <numerusform>%n min de retraso</numerusform>
            <numerusform>%n min de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min over</source>
        <comment>SLA passed by hours</comment>
        <translation>%1 h %2 min de retraso</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message numerus="yes">
        <source>replied %n s late</source>
        <comment>first reply after its deadline, by seconds</comment>
        <translation>
            <numerusform>respondió %n s tarde</numerusform>
            <numerusform>respondió %n s tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replied %n min late</source>
        <comment>first reply after its deadline, by minutes</comment>
        <translation>
            <numerusform>respondió %n min tarde</numerusform>
            <numerusform>respondió %n min tarde</numerusform>
        </translation>
    </message>
    <message>
        <source>replied %1 h %2 min late</source>
        <comment>first reply after its deadline, by hours</comment>
        <translation>respondió %1 h %2 min tarde</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Top bar</source>
        <translation>Barra superior</translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation>Pilothouse</translation>
    </message>
    <message>
        <source>Switch to light theme</source>
        <translation>Cambiar al tema claro</translation>
    </message>
    <message>
        <source>Switch to dark theme</source>
        <translation>Cambiar al tema oscuro</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>TranscriptPdf</name>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>No cached messages.</source>
        <translation>No hay mensajes en caché.</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversación con %1</translation>
    </message>
    <message>
        <source>%1, %2, started %3</source>
        <translation>%1, %2, iniciada el %3</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 por %2, %3</translation>
    </message>
    <message>
        <source>Handed to a person: %1</source>
        <translation>Pasada a una persona: %1</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Conversación %1</translation>
    </message>
    <message>
        <source>%1 (AI, %2)</source>
        <comment>author of an AI reply and its confidence</comment>
        <translation>%1 (IA, %2)</translation>
    </message>
</context>
<context>
    <name>TranscriptPdfDialog</name>
    <message>
        <source>Save the transcript as PDF</source>
        <translation>Guardar la transcripción como PDF</translation>
    </message>
    <message>
        <source>Include internal notes and whispers</source>
        <translation>Incluir notas internas y susurros a la IA</translation>
    </message>
    <message>
        <source>Saving… %1 %</source>
        <translation>Guardando… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Loading transcript…</source>
        <translation>Cargando transcripción…</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Aún no hay mensajes</translation>
    </message>
    <message>
        <source>Messages appear here as soon as the customer or the AI writes.</source>
        <translation>Los mensajes aparecen aquí en cuanto escribe el cliente o la IA.</translation>
    </message>
</context>
<context>
    <name>TransitionLines</name>
    <message>
        <source>%1. Note: %2</source>
        <comment>a transition and its note</comment>
        <translation>%1. Nota: %2</translation>
    </message>
    <message>
        <source>Taken over by %1</source>
        <translation>Asumida por %1</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Transferida por %1</translation>
    </message>
    <message>
        <source>Transferred to %1 by %2</source>
        <translation>Transferida a %1 por %2</translation>
    </message>
    <message>
        <source>Handed back to the AI by %1</source>
        <translation>Devuelta a la IA por %1</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Resuelta por %1</translation>
    </message>
    <message>
        <source>Resolved by %1 as %2</source>
        <comment>who, and the outcome: Resolved, Not resolved, Spam</comment>
        <translation>Cerrada por %1 como %2</translation>
    </message>
    <message>
        <source>Resolved: the customer confirmed the AI&apos;s answer</source>
        <translation>Resuelta: el cliente confirmó la respuesta de la IA</translation>
    </message>
    <message>
        <source>Resolved: the customer did not write again after the AI&apos;s answer</source>
        <translation>Resuelta: el cliente no volvió a escribir tras la respuesta de la IA</translation>
    </message>
    <message>
        <source>Closed: the customer left before a person answered</source>
        <translation>Cerrada: el cliente se fue antes de que respondiera una persona</translation>
    </message>
    <message>
        <source>Reopened: the customer wrote again</source>
        <translation>Reabierta: el cliente volvió a escribir</translation>
    </message>
    <message>
        <source>Closed by %1: the customer&apos;s data was erased</source>
        <translation>Cerrada por %1: se borraron los datos del cliente</translation>
    </message>
    <message>
        <source>Merged into another conversation of the customer by %1</source>
        <translation>Fusionada con otra conversación del cliente por %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>new status, actor</comment>
        <translation>%1 por %2</translation>
    </message>
</context>
<context>
    <name>TwoFactorSection</name>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app</source>
        <translation>Activado: al iniciar sesión se pide un código de su aplicación de autenticación</translation>
    </message>
    <message>
        <source>Off: your password alone signs you in</source>
        <translation>Desactivado: basta su contraseña para iniciar sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery code(s) left. Lost your phone? An administrator can reset it.</source>
        <translation>
            <numerusform>Queda %n código de recuperación. ¿Perdió el teléfono? Un administrador puede restablecerlo.</numerusform>
            <numerusform>Quedan %n códigos de recuperación. ¿Perdió el teléfono? Un administrador puede restablecerlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>With it on, a stolen password is not enough to sign in as you.</source>
        <translation>Con él activado, una contraseña robada no basta para iniciar sesión en su nombre.</translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation>Activar…</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Activar el inicio de sesión en dos pasos</translation>
    </message>
</context>
<context>
    <name>TwoFactorSetUp</name>
    <message>
        <source>Scan this code with your authenticator app, or type the key below into it.</source>
        <translation>Escanee este código con su aplicación de autenticación o escriba en ella la clave de abajo.</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Código QR para su aplicación de autenticación</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Código de la aplicación</translation>
    </message>
    <message>
        <source>123 456</source>
        <translation>123 456</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the set-up</source>
        <translation>Cancelar la configuración</translation>
    </message>
    <message>
        <source>Write these recovery codes down and keep them safe. Each signs you in once without your phone. They are not shown again.</source>
        <translation>Anote estos códigos de recuperación y guárdelos en un lugar seguro. Cada uno le permite iniciar sesión una vez sin su teléfono. No se volverán a mostrar.</translation>
    </message>
    <message>
        <source>Recovery codes: %1</source>
        <translation>Códigos de recuperación: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the recovery codes</source>
        <translation>Copiar los códigos de recuperación</translation>
    </message>
    <message>
        <source>I have written them down</source>
        <translation>Ya los he anotado</translation>
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
        <translation>%1 · no puede iniciar sesión</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Role of %1: %2</source>
        <translation>Rol de %1: %2</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Puede iniciar sesión</translation>
    </message>
    <message>
        <source>%1 may sign in</source>
        <translation>%1 puede iniciar sesión</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <source>New password for %1 (12 characters or more)</source>
        <translation>Nueva contraseña para %1 (12 caracteres o más)</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation>Restablecer dos pasos</translation>
    </message>
    <message>
        <source>Reset the two-factor sign-in of %1</source>
        <translation>Restablecer el inicio de sesión en dos pasos de %1</translation>
    </message>
    <message>
        <source>No second factor yet</source>
        <translation>Aún sin segundo factor</translation>
    </message>
    <message>
        <source>%1 has not set up two-factor sign-in yet</source>
        <translation>%1 aún no ha configurado el inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nueva contraseña para %1</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Who may sign in to this server, and as what. A change to someone signs them out everywhere.</source>
        <translation>Quién puede iniciar sesión en este servidor y con qué rol. Un cambio cierra todas sus sesiones.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name people read (optional)</source>
        <translation>Nombre visible (opcional)</translation>
    </message>
    <message>
        <source>First password (12 characters or more)</source>
        <translation>Primera contraseña (12 caracteres o más)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Sign-in rules</source>
        <translation>Reglas de inicio de sesión</translation>
    </message>
    <message>
        <source>Require two-factor sign-in for everyone</source>
        <translation>Exigir el inicio de sesión en dos pasos a todos</translation>
    </message>
    <message>
        <source>Turning it on signs out everyone who has not set it up; their next sign-in sets it up before anything else. Turn it on for yourself first, in Settings.</source>
        <translation>Al activarlo se cierra la sesión de quienes no lo han configurado; su próximo inicio de sesión lo configura antes que nada. Actívelo primero para usted, en Ajustes.</translation>
    </message>
    <message>
        <source>Their first password</source>
        <translation>Su primera contraseña</translation>
    </message>
</context>
<context>
    <name>VersionRow</name>
    <message>
        <source>in force</source>
        <translation>en vigor</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
</context>
<context>
    <name>VipBadge</name>
    <message>
        <source>VIP customer</source>
        <translation>Cliente VIP</translation>
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
        <translation>En espera desde hace %1</translation>
    </message>
</context>
<context>
    <name>WhisperBar</name>
    <message>
        <source>Whisper to the AI: an instruction it follows in its next replies; the customer never sees it.</source>
        <translation>Susurrar a la IA: una instrucción que sigue en sus próximas respuestas; el cliente nunca la ve.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Leave whisper mode</source>
        <translation>Salir del modo susurro</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Resize board</source>
        <translation>Cambiar tamaño del panel</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Open the queue</source>
        <translation>Abrir la cola</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n past the first-reply deadline</source>
        <translation>
            <numerusform>%1, %n fuera del plazo de primera respuesta</numerusform>
            <numerusform>%1, %n fuera del plazo de primera respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n en espera</numerusform>
            <numerusform>%1, %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in the queue passed the first-reply deadline.</source>
        <translation>
            <numerusform>%n conversación de la cola superó el plazo de primera respuesta.</numerusform>
            <numerusform>%n conversaciones de la cola superaron el plazo de primera respuesta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::app::AboutInfo</name>
    <message>
        <source>The licence text of %1 is missing from this build.</source>
        <translation>Falta el texto de la licencia de %1 en esta compilación.</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::Account</name>
    <message>
        <source>Saved replies are edited while connected to the server.</source>
        <translation>Las respuestas guardadas se editan con conexión al servidor.</translation>
    </message>
    <message>
        <source>Saved replies are published while connected to the server.</source>
        <translation>Las respuestas guardadas se publican con conexión al servidor.</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::Console</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Conectado a %1 como %2</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Tu sesión ha finalizado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>No cached conversations yet: sign in once while online to fill the cache.</source>
        <translation>Aún no hay conversaciones en caché: inicia sesión una vez con conexión para llenar la caché.</translation>
    </message>
    <message>
        <source>Offline: showing cached conversations</source>
        <translation>Sin conexión: se muestran conversaciones en caché</translation>
    </message>
    <message>
        <source>Opening the keychain…</source>
        <translation>Abriendo el llavero…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address. Try something like https://pilothouse.example.com.</source>
        <translation>«%1» no es una dirección de servidor. Prueba algo como https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Introduce tu nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>The server refused an action.</source>
        <translation>El servidor rechazó una acción.</translation>
    </message>
    <message>
        <source>The server refused an action: %1</source>
        <translation>El servidor rechazó una acción: %1</translation>
    </message>
    <message>
        <source>You are signed in for this session only: your sign-in could not be stored in the system keychain, so you will be asked to sign in next time. %1</source>
        <translation>Ha iniciado sesión solo para esta sesión: no se pudo guardar su inicio de sesión en el llavero del sistema, así que la próxima vez deberá iniciar sesión de nuevo. %1</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Introduzca el código de su aplicación de autenticación.</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::Preferences</name>
    <message>
        <source>the registry refused the change</source>
        <translation>el registro rechazó el cambio</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>The settings file could not be read, so the defaults are used. The damaged file is kept as %1.</source>
        <translation>No se pudo leer el archivo de ajustes, así que se usan los valores predeterminados. El archivo dañado se conserva como %1.</translation>
    </message>
    <message>
        <source>Some settings could not be read and are back to their defaults: %1.</source>
        <translation>Algunos ajustes no se pudieron leer y vuelven a su valor predeterminado: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>tamaño del texto</translation>
    </message>
    <message>
        <source>how long closed conversations are kept</source>
        <translation>cuánto tiempo se conservan las conversaciones cerradas</translation>
    </message>
    <message>
        <source>reduced motion</source>
        <translation>movimiento reducido</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>notificaciones</translation>
    </message>
    <message>
        <source>notification sound</source>
        <translation>sonido de las notificaciones</translation>
    </message>
    <message>
        <source>Start at login could not be changed (%1): %2</source>
        <translation>No se pudo cambiar el inicio al iniciar sesión (%1): %2</translation>
    </message>
    <message>
        <source>compact rows</source>
        <translation>filas compactas</translation>
    </message>
    <message>
        <source>opening the next conversation after resolving</source>
        <translation>abrir la siguiente conversación tras resolver</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::TrayNotifier</name>
    <message numerus="yes">
        <source>Pilothouse: %n conversation(s) waiting for a person</source>
        <translation>
            <numerusform>Pilothouse: %n conversación espera a una persona</numerusform>
            <numerusform>Pilothouse: %n conversaciones esperan a una persona</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilothouse: the queue is clear</source>
        <translation>Pilothouse: la cola está vacía</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::AuditModel</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Conversación %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>%1, now %2</source>
        <translation>%1, ahora %2</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de comandos</translation>
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
        <translation>Sobre %1.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Desde %1.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Ninguna entrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrada.</numerusform>
            <numerusform>%n entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n entries.</source>
        <translation>
            <numerusform>Las %1 más recientes de %n entrada.</numerusform>
            <numerusform>Las %1 más recientes de %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Saved the newest %1 entries to %2; narrow the filters for older ones.</source>
        <translation>Se guardaron las %1 entradas más recientes en %2; acote los filtros para las anteriores.</translation>
    </message>
    <message>
        <source>Saved %1 entries to %2.</source>
        <translation>Se guardaron %1 entradas en %2.</translation>
    </message>
    <message>
        <source>The export needs a connection to the server.</source>
        <translation>La exportación necesita conexión con el servidor.</translation>
    </message>
    <message>
        <source>The audit log is kept on the server. Connect to read it.</source>
        <translation>El registro de auditoría está en el servidor. Conéctese para leerlo.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Código de acción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Refusal code</source>
        <translation>Código de rechazo</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Command id</source>
        <translation>Id de comando</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>%1, now shown as %2</source>
        <translation>%1, ahora se muestra como %2</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CalibrationModel</name>
    <message>
        <source>No AI reply of this period has been judged yet. Reviewers mark replies right or wrong in the transcript; the chart fills as they do.</source>
        <translation>Aún no se ha evaluado ninguna respuesta de la IA de este periodo. Los revisores marcan las respuestas como correctas o incorrectas en la transcripción; el gráfico se va llenando a medida que lo hacen.</translation>
    </message>
    <message numerus="yes">
        <source>Reviewers judged %n AI reply(s) of this period and found none wrong.</source>
        <translation>
            <numerusform>Los revisores evaluaron %n respuesta de la IA de este periodo y no la consideraron incorrecta.</numerusform>
            <numerusform>Los revisores evaluaron %n respuestas de la IA de este periodo y no consideraron incorrecta ninguna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n reply(s) judged wrong</source>
        <translation>
            <numerusform>%1 de la %n respuesta evaluada como incorrecta</numerusform>
            <numerusform>%1 de las %n respuestas evaluadas como incorrectas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more conversation(s) handed to a person (%1 of the period&apos;s conversations)</source>
        <translation>
            <numerusform>%n conversación más pasada a una persona (%1 de las conversaciones del periodo)</numerusform>
            <numerusform>%n conversaciones más pasadas a una persona (%1 de las conversaciones del periodo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more conversation(s) handed to a person</source>
        <translation>
            <numerusform>%n conversación más pasada a una persona</numerusform>
            <numerusform>%n conversaciones más pasadas a una persona</numerusform>
        </translation>
    </message>
    <message>
        <source>Handing over every reply below %1 confidence would have caught %2, at the cost of %3.</source>
        <translation>Pasar a una persona cada respuesta con menos del %1 de confianza habría detectado %2, a costa de %3.</translation>
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
        <translation>Sin evaluar</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::Catalogue</name>
    <message>
        <source>AI handling</source>
        <translation>Atiende la IA</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladas</translation>
    </message>
    <message>
        <source>With agent</source>
        <translation>Con agente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation>Agente de IA</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Whisper to AI</source>
        <translation>Susurrar a la IA</translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation>Pidió una persona</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Confianza baja</translation>
    </message>
    <message>
        <source>Negative sentiment</source>
        <translation>Sentimiento negativo</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>Cliente VIP</translation>
    </message>
    <message>
        <source>Legal or policy</source>
        <translation>Legal o políticas</translation>
    </message>
    <message>
        <source>Missing knowledge</source>
        <translation>Falta información</translation>
    </message>
    <message>
        <source>Tool failure</source>
        <translation>Fallo de herramienta</translation>
    </message>
    <message>
        <source>AI going in circles</source>
        <translation>La IA da vueltas en círculo</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Sin motivo indicado</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>No resuelta</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Recurrente</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Wrong intent</source>
        <translation>Intención equivocada</translation>
    </message>
    <message>
        <source>Wrong facts</source>
        <translation>Datos erróneos</translation>
    </message>
    <message>
        <source>Wrong tone or voice</source>
        <translation>Tono o voz inadecuados</translation>
    </message>
    <message>
        <source>Should have handed over</source>
        <translation>Debió derivar</translation>
    </message>
    <message>
        <source>Should not have handed over</source>
        <translation>No debió derivar</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Idioma equivocado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Self-harm or a risk to life</source>
        <translation>Autolesión o riesgo para la vida</translation>
    </message>
    <message>
        <source>Legal threat or chargeback</source>
        <translation>Amenaza legal o contracargo</translation>
    </message>
    <message>
        <source>Unhappy VIP</source>
        <translation>VIP descontento</translation>
    </message>
    <message>
        <source>Customer asks for a person</source>
        <translation>El cliente pide una persona</translation>
    </message>
    <message>
        <source>Angry customer</source>
        <translation>Cliente enfadado</translation>
    </message>
    <message>
        <source>A lookup failed</source>
        <translation>Falló una consulta</translation>
    </message>
    <message>
        <source>No answer known</source>
        <translation>No se conoce la respuesta</translation>
    </message>
    <message>
        <source>Going round in circles</source>
        <translation>Da vueltas en círculo</translation>
    </message>
    <message>
        <source>The AI is unsure</source>
        <translation>La IA no está segura</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Observador</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CommandPump</name>
    <message>
        <source>Unsent actions could not be handled (%1).</source>
        <translation>No se pudieron procesar las acciones no enviadas (%1).</translation>
    </message>
    <message>
        <source>Unsent actions could not be handled.</source>
        <translation>No se pudieron procesar las acciones no enviadas.</translation>
    </message>
    <message>
        <source>Could not read the unsent actions (%1).</source>
        <translation>No se pudieron leer las acciones no enviadas (%1).</translation>
    </message>
    <message>
        <source>Could not save an unsent action (%1).</source>
        <translation>No se pudo guardar una acción no enviada (%1).</translation>
    </message>
    <message>
        <source>The action could not be saved before sending (%1).</source>
        <translation>No se pudo guardar la acción antes de enviarla (%1).</translation>
    </message>
    <message>
        <source>the outbox is not open</source>
        <translation>la bandeja de salida no está abierta</translation>
    </message>
    <message>
        <source>This action is damaged and cannot be sent.</source>
        <translation>Esta acción está dañada y no se puede enviar.</translation>
    </message>
    <message>
        <source>The server refused this action (%1).</source>
        <translation>El servidor rechazó esta acción (%1).</translation>
    </message>
    <message>
        <source>Could not remove an unsent action (%1).</source>
        <translation>No se pudo quitar una acción no enviada (%1).</translation>
    </message>
    <message>
        <source>The file of unsent actions at %1 is damaged and could not be moved aside (%2). Nothing in it was changed.</source>
        <translation>El archivo de acciones sin enviar en %1 está dañado y no se pudo apartar (%2). No se ha cambiado nada en él.</translation>
    </message>
    <message>
        <source>The file of unsent actions was damaged and moved to %1, but the recovered actions could not be put in place (%2). Restart Pilothouse to finish.</source>
        <translation>El archivo de acciones sin enviar estaba dañado y se movió a %1, pero las acciones recuperadas no se pudieron colocar (%2). Reinicie Pilothouse para terminar.</translation>
    </message>
    <message>
        <source>The file of unsent actions was damaged. It was moved to %1.</source>
        <translation>El archivo de acciones sin enviar estaba dañado. Se movió a %1.</translation>
    </message>
    <message>
        <source>Nothing in it could be read; actions not yet sent from it are lost.</source>
        <translation>No se pudo leer nada de él; las acciones que aún no se habían enviado se han perdido.</translation>
    </message>
    <message>
        <source>Unsent actions recovered: %1.</source>
        <translation>Acciones sin enviar recuperadas: %1.</translation>
    </message>
    <message>
        <source>Unsent actions that could not be read and will not be sent: %1.</source>
        <translation>Acciones sin enviar ilegibles que no se enviarán: %1.</translation>
    </message>
    <message>
        <source>Could not remove an erased customer&apos;s actions (%1).</source>
        <translation>No se pudieron quitar las acciones de un cliente borrado (%1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ConversationsBehindModel</name>
    <message>
        <source>Open</source>
        <comment>a conversation&apos;s outcome: not closed yet</comment>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Resolved by the AI</source>
        <translation>Resuelta por la IA</translation>
    </message>
    <message>
        <source>Resolved by a person</source>
        <translation>Resuelta por una persona</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>No resuelta</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <comment>the customer stopped answering</comment>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Customer not in the cache</source>
        <translation>Cliente que no está en la caché</translation>
    </message>
    <message>
        <source>No intent detected</source>
        <translation>Sin intención detectada</translation>
    </message>
    <message>
        <source>This conversation is not in this console&apos;s cache, so it cannot be opened here. The cache holds the conversations the server sent since you signed in on this computer.</source>
        <translation>Esta conversación no está en la caché de esta consola, así que no se puede abrir aquí. La caché contiene las conversaciones que el servidor ha enviado desde que iniciaste sesión en este equipo.</translation>
    </message>
    <message>
        <source>Numerator</source>
        <comment>the upper part of a fraction</comment>
        <translation>Numerador</translation>
    </message>
    <message>
        <source>Denominator</source>
        <comment>the lower part of a fraction</comment>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a side of a figure and its count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Conversations today</source>
        <translation>Conversaciones de hoy</translation>
    </message>
    <message>
        <source>Conversations behind %1</source>
        <translation>Conversaciones que componen «%1»</translation>
    </message>
    <message>
        <source>Created on %1 (UTC)</source>
        <translation>Creadas el %1 (UTC)</translation>
    </message>
    <message>
        <source>Created from %1 to %2 (UTC days)</source>
        <translation>Creadas del %1 al %2 (días en UTC)</translation>
    </message>
    <message>
        <source>This side is a sum of times, amounts or orders: these are the conversations that add to it.</source>
        <translation>Esta parte es una suma de tiempos, importes o pedidos: estas son las conversaciones que contribuyen a ella.</translation>
    </message>
    <message>
        <source>This side is not a count of conversations: these are all the conversations of the period and filter.</source>
        <translation>Esta parte no es un recuento de conversaciones: estas son todas las conversaciones del periodo y el filtro.</translation>
    </message>
    <message>
        <source>These conversations are the figure&apos;s numerator.</source>
        <translation>Estas conversaciones son el numerador del dato.</translation>
    </message>
    <message>
        <source>These conversations are the figure&apos;s denominator.</source>
        <translation>Estas conversaciones son el denominador del dato.</translation>
    </message>
    <message>
        <source>The list of conversations behind a figure needs a connection to the server. Connect, then try again.</source>
        <translation>La lista de conversaciones que componen un dato necesita conexión con el servidor. Conéctate y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 conversations.</source>
        <translation>Se muestran las %1 conversaciones más recientes de %2.</translation>
    </message>
    <message>
        <source>Conversations behind %1, intent %2</source>
        <translation>Conversaciones que componen «%1», intención %2</translation>
    </message>
    <message>
        <source>Conversations behind %1, segment %2</source>
        <translation>Conversaciones que componen «%1», segmento %2</translation>
    </message>
    <message>
        <source>Conversations behind the replies judged wrong at %1 confidence</source>
        <translation>Conversaciones de las respuestas evaluadas como incorrectas con un %1 de confianza</translation>
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
        <translation>No se aceptaron algunos valores; consulta los mensajes bajo los campos.</translation>
    </message>
    <message>
        <source>The figures now use these values. They are not saved.</source>
        <translation>Los datos usan ahora estos valores. No están guardados.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved as version %L1 of the organisation&apos;s cost model.</source>
        <translation>Guardado como versión %L1 del modelo de costes de la organización.</translation>
    </message>
    <message>
        <source>Not saved: %1 saved version %L2 on %3 meanwhile. Your values are kept here and in the figures; save again to replace that version, or go back to the organisation&apos;s values.</source>
        <translation>No se guardó: mientras tanto, %1 guardó la versión %L2 el %3. Tus valores se mantienen aquí y en los datos; vuelve a guardar para sustituir esa versión o vuelve a los valores de la organización.</translation>
    </message>
    <message>
        <source>The server did not accept some values; see the messages under the fields.</source>
        <translation>El servidor no aceptó algunos valores; consulta los mensajes bajo los campos.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CustomerConversationsModel</name>
    <message>
        <source>This customer</source>
        <translation>Este cliente</translation>
    </message>
    <message>
        <source>just now</source>
        <comment>started just now</comment>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>started 5 min ago</comment>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>%1 also has an open conversation by email, started %2</source>
        <translation>%1 también tiene una conversación abierta por correo, iniciada %2</translation>
    </message>
    <message>
        <source>%1 also has an open conversation by SMS, started %2</source>
        <translation>%1 también tiene una conversación abierta por SMS, iniciada %2</translation>
    </message>
    <message>
        <source>%1 also has an open conversation by phone, started %2</source>
        <translation>%1 también tiene una conversación abierta por teléfono, iniciada %2</translation>
    </message>
    <message>
        <source>%1 also has an open conversation in chat, started %2</source>
        <translation>%1 también tiene una conversación abierta en el chat, iniciada %2</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::EntityCheck</name>
    <message>
        <source>Mentions %1; the customer asked about %2.</source>
        <translation>Menciona %1; el cliente preguntó por %2.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::EscalationQueueModel</name>
    <message>
        <source>All reasons</source>
        <translation>Todos los motivos</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation>Esperando a una persona</translation>
    </message>
    <message>
        <source>With a person</source>
        <translation>Con una persona</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Un cliente</translation>
    </message>
    <message>
        <source>%1 needs a person</source>
        <translation>%1 necesita a una persona</translation>
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
            <numerusform>%Ln conversación</numerusform>
            <numerusform>%Ln conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Exportación completada: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln e-mail address(es)</source>
        <comment>redacted</comment>
        <translation>
            <numerusform>%Ln dirección de correo</numerusform>
            <numerusform>%Ln direcciones de correo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone number(s)</source>
        <comment>redacted</comment>
        <translation>
            <numerusform>%Ln número de teléfono</numerusform>
            <numerusform>%Ln números de teléfono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card number(s)</source>
        <comment>redacted</comment>
        <translation>
            <numerusform>%Ln número de tarjeta</numerusform>
            <numerusform>%Ln números de tarjeta</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1; nothing needed redacting.</source>
        <translation>Exportación completada: %1; no había nada que ocultar.</translation>
    </message>
    <message>
        <source>Exported %1; redacted %2.</source>
        <translation>Exportación completada: %1; datos ocultados: %2.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ya hay una exportación en curso.</translation>
    </message>
    <message>
        <source>Choose a file on this computer to export to.</source>
        <translation>Elige un archivo de este equipo como destino de la exportación.</translation>
    </message>
    <message>
        <source>Transcripts can be exported only from a local cache; none is open.</source>
        <translation>Las transcripciones solo se pueden exportar desde una caché local, y no hay ninguna abierta.</translation>
    </message>
    <message>
        <source>Pilothouse, exported %1</source>
        <translation>Pilothouse, exportado el %1</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>No se pudo escribir la exportación en %1: %2</translation>
    </message>
    <message>
        <source>Pilothouse transcripts</source>
        <translation>Transcripciones de Pilothouse</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Exportación cancelada; %1 no se ha modificado.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::HistoryModel</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Everything cached</source>
        <translation>Todo lo guardado en caché</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>The AI</source>
        <translation>La IA</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Una persona</translation>
    </message>
    <message>
        <source>Automatically</source>
        <translation>Automáticamente</translation>
    </message>
    <message>
        <source>Below %1%</source>
        <translation>Menos del %1&#xa0;%</translation>
    </message>
    <message>
        <source>Never handed off</source>
        <translation>Sin traspaso</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Con traspaso</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Control tomado</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <source>Weakest AI reply first</source>
        <translation>Respuesta más débil de la IA primero</translation>
    </message>
    <message>
        <source>Longest to close first</source>
        <translation>Más lentas en cerrarse primero</translation>
    </message>
    <message>
        <source>Lowest rating first</source>
        <translation>Valoración más baja primero</translation>
    </message>
    <message>
        <source>%1 by the AI</source>
        <translation>%1 por la IA</translation>
    </message>
    <message>
        <source>%1 automatically</source>
        <translation>%1 automáticamente</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Cliente desconocido</translation>
    </message>
    <message>
        <source>weakest AI reply %1%</source>
        <translation>respuesta más débil de la IA: %1&#xa0;%</translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation>valorada con %1 de 5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln conversación</numerusform>
            <numerusform>%Ln conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) match; only the newest %1 matching messages were read</source>
        <translation>
            <numerusform>%Ln conversación coincide; solo se leyeron los %1 mensajes coincidentes más recientes</numerusform>
            <numerusform>%Ln conversaciones coinciden; solo se leyeron los %1 mensajes coincidentes más recientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) match</source>
        <translation>
            <numerusform>%Ln conversación coincide</numerusform>
            <numerusform>%Ln conversaciones coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching message(s)</source>
        <translation>
            <numerusform>%Ln mensaje coincidente</numerusform>
            <numerusform>%Ln mensajes coincidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached message(s) not searchable yet: still being indexed.</source>
        <translation>
            <numerusform>%Ln mensaje en caché aún no se puede buscar: se está indexando.</numerusform>
            <numerusform>%Ln mensajes en caché aún no se pueden buscar: se están indexando.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::HistoryWorker</name>
    <message>
        <source>Nothing is cached yet: conversations appear here once the console has been online.</source>
        <translation>Aún no hay nada en caché: las conversaciones aparecen aquí en cuanto la consola se ha conectado.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Could not read the cached conversations: %1</source>
        <translation>No se pudieron leer las conversaciones en caché: %1</translation>
    </message>
    <message>
        <source>This conversation is not in the cache, so it cannot be printed.</source>
        <translation>Esta conversación no está en la caché, así que no se puede imprimir.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::Labels</name>
    <message>
        <source>No intent detected</source>
        <translation>Sin intención detectada</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::PdfExport</name>
    <message>
        <source>Pilothouse analytics</source>
        <translation>Analítica de Pilothouse</translation>
    </message>
    <message>
        <source>Pilothouse, exported %1</source>
        <translation>Pilothouse, exportado el %1</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Outcomes by day</source>
        <translation>Resultados por día</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Intenciones</translation>
    </message>
    <message>
        <source>Hand-off reasons</source>
        <translation>Motivos de traspaso</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segmentos de clientes</translation>
    </message>
    <message>
        <source>Confidence calibration</source>
        <translation>Calibración de la confianza</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ya hay una exportación en curso.</translation>
    </message>
    <message>
        <source>Choose a file on this computer to export to.</source>
        <translation>Elige un archivo de este equipo como destino de la exportación.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>No se pudo escribir el PDF en %1: %2</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ReviewModel</name>
    <message>
        <source>Right</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <source>Wrong: %1</source>
        <translation>Incorrecta: %1</translation>
    </message>
    <message>
        <source>worse than chance</source>
        <translation>peor que el azar</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>considerable</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>casi perfecto</translation>
    </message>
    <message>
        <source>Right or wrong</source>
        <translation>Correcta o incorrecta</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>neither named it</source>
        <translation>ninguno lo indicó</translation>
    </message>
    <message>
        <source>one answer throughout</source>
        <translation>siempre la misma respuesta</translation>
    </message>
    <message>
        <source>agree on %1 of %2</source>
        <translation>coinciden en %1 de %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) labelled by both</source>
        <translation>
            <numerusform>%n respuesta etiquetada por ambos</numerusform>
            <numerusform>%n respuestas etiquetadas por ambos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Cliente desconocido</translation>
    </message>
    <message>
        <source>AI reply to %1, %2 confident: %3</source>
        <translation>Respuesta de la IA a %1, %2 de confianza: %3</translation>
    </message>
    <message>
        <source>You said: %1</source>
        <translation>Su etiqueta: %1</translation>
    </message>
    <message>
        <source>Others: %1</source>
        <translation>Otros: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) to review</source>
        <translation>
            <numerusform>%n respuesta por revisar</numerusform>
            <numerusform>%n respuestas por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n labelled here</source>
        <translation>
            <numerusform>%1 · %n etiquetada aquí</numerusform>
            <numerusform>%1 · %n etiquetadas aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Lowest confidence</source>
        <translation>Menor confianza</translation>
    </message>
    <message>
        <source>Daily sample</source>
        <translation>Muestra diaria</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Derivadas</translation>
    </message>
    <message>
        <source>Named by neither: %1</source>
        <translation>No indicado por ninguno: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ReviewWorker</name>
    <message>
        <source>Nothing is cached yet: replies to review appear once the console has been online.</source>
        <translation>Aún no hay nada en caché: las respuestas para revisar aparecen cuando la consola haya estado en línea.</translation>
    </message>
    <message>
        <source>Could not read the replies to review: %1</source>
        <translation>No se pudieron leer las respuestas para revisar: %1</translation>
    </message>
    <message>
        <source>Could not read the review labels: %1</source>
        <translation>No se pudieron leer las etiquetas: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::RulesModel</name>
    <message>
        <source>Published by %1, %2</source>
        <translation>Publicada por %1, %2</translation>
    </message>
    <message>
        <source>restores %1</source>
        <translation>restaura %1</translation>
    </message>
    <message>
        <source>What the server applies until someone publishes</source>
        <translation>Lo que aplica el servidor hasta que alguien publique</translation>
    </message>
    <message>
        <source>%1 could not be read from the cache.</source>
        <translation>No se pudo leer %1 de la caché.</translation>
    </message>
    <message>
        <source>%1, in force</source>
        <translation>%1, en vigor</translation>
    </message>
    <message>
        <source>The rules every server starts with. The first published version replaces them.</source>
        <translation>Las reglas con las que empieza todo servidor. La primera versión publicada las sustituye.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2, last %n day(s): %3 replies in %4 conversations.</source>
        <extracomment>%1 and %2 versions (&quot;Version 1&quot;, &quot;Built-in rules&quot;), %n days, %3 replies, %4 conversations</extracomment>
        <translation>
            <numerusform>%1 frente a %2, último %n día: %3 respuestas en %4 conversaciones.</numerusform>
            <numerusform>%1 frente a %2, últimos %n días: %3 respuestas en %4 conversaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-offs: %1, as now</source>
        <translation>Derivaciones: %1, como ahora</translation>
    </message>
    <message>
        <source>Hand-offs: %1 → %2 (%3 more)</source>
        <translation>Derivaciones: %1 → %2 (%3 más)</translation>
    </message>
    <message>
        <source>Hand-offs: %1 → %2 (%3 fewer)</source>
        <translation>Derivaciones: %1 → %2 (%3 menos)</translation>
    </message>
    <message>
        <source>Cancelled: only part of the window was replayed.</source>
        <translation>Cancelado: solo se reprodujo parte del periodo.</translation>
    </message>
    <message>
        <source>No reply would be decided differently.</source>
        <translation>Ninguna respuesta se decidiría de otro modo.</translation>
    </message>
    <message>
        <source>%1 replies would be decided differently; the first %2 are listed.</source>
        <translation>%1 respuestas se decidirían de otro modo; se muestran las primeras %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) would be decided differently.</source>
        <translation>
            <numerusform>%n respuesta se decidiría de otro modo.</numerusform>
            <numerusform>%n respuestas se decidirían de otro modo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every reply reviewers said should have been handed over would be.</source>
        <translation>Toda respuesta que los revisores dijeron que debió derivarse se derivaría.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) that reviewers said should have been handed over would still be answered by the AI.</source>
        <translation>
            <numerusform>%n respuesta que los revisores dijeron que debió derivarse seguiría respondida por la IA.</numerusform>
            <numerusform>%n respuestas que los revisores dijeron que debieron derivarse seguirían respondidas por la IA.</numerusform>
        </translation>
    </message>
    <message>
        <source>Built-in rules</source>
        <translation>Reglas integradas</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>The same rules as the version in force.</source>
        <translation>Las mismas reglas que la versión en vigor.</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the rules in force: %n change(s)</source>
        <translation>
            <numerusform>Frente a las reglas en vigor: %n cambio</numerusform>
            <numerusform>Frente a las reglas en vigor: %n cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::RulesWorker</name>
    <message>
        <source>Nothing is cached yet: the rules appear once the console has been online.</source>
        <translation>Aún no hay nada en caché: las reglas aparecen cuando la consola haya estado en línea.</translation>
    </message>
    <message>
        <source>Could not read the rules: %1</source>
        <translation>No se pudieron leer las reglas: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::SavedRepliesEditor</name>
    <message>
        <source>Give the reply a title.</source>
        <translation>Dé un título a la respuesta.</translation>
    </message>
    <message>
        <source>Write the reply.</source>
        <translation>Escriba la respuesta.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder the console can fill in.</source>
        <translation>%1 no es un marcador que la consola pueda rellenar.</translation>
    </message>
    <message>
        <source>A placeholder the console cannot fill in.</source>
        <translation>Un marcador que la consola no puede rellenar.</translation>
    </message>
    <message>
        <source>Reading the saved replies…</source>
        <translation>Leyendo las respuestas guardadas…</translation>
    </message>
    <message numerus="yes">
        <source>A team keeps at most %n saved replies.</source>
        <translation>
            <numerusform>Un equipo guarda como máximo %n respuesta.</numerusform>
            <numerusform>Un equipo guarda como máximo %n respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>Published as version %1. Every console has it now.</source>
        <translation>Publicada como versión %1. Todas las consolas la tienen ya.</translation>
    </message>
    <message>
        <source>Not published: %1 Publish again to replace their version with yours, or discard your edits to see theirs.</source>
        <translation>No publicada: %1 Publique de nuevo para sustituir su versión por la suya, o descarte sus cambios para ver la otra.</translation>
    </message>
    <message>
        <source>someone else changed the saved replies.</source>
        <translation>otra persona cambió las respuestas guardadas.</translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n problem(s) to fix.</source>
        <translation>
            <numerusform>No publicada: %n problema por corregir.</numerusform>
            <numerusform>No publicada: %n problemas por corregir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::SessionsModel</name>
    <message>
        <source>Unknown device</source>
        <translation>Dispositivo desconocido</translation>
    </message>
    <message>
        <source>Active now</source>
        <translation>Activa ahora</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation>Último uso %1</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation>Sesión iniciada %1</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>Este equipo: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1. From %2. %3. %4.</source>
        <translation>%1. Desde %2. %3. %4.</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>una dirección desconocida</translation>
    </message>
    <message>
        <source>Sessions are listed while connected to the server.</source>
        <translation>Las sesiones se muestran mientras hay conexión con el servidor.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::StoreWriter</name>
    <message>
        <source>The local cache failed unexpectedly (%1).</source>
        <translation>La caché local falló de forma inesperada (%1).</translation>
    </message>
    <message>
        <source>The local cache failed unexpectedly.</source>
        <translation>La caché local falló de forma inesperada.</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>La caché local no está abierta.</translation>
    </message>
    <message>
        <source>Could not read the cache (%1).</source>
        <translation>No se pudo leer la caché (%1).</translation>
    </message>
    <message>
        <source>The local cache at %1 is damaged and could not be moved aside (%2). Move or delete it; it will be filled again from the server.</source>
        <translation>La caché local en %1 está dañada y no se pudo apartar (%2). Muévala o elimínela; se volverá a llenar desde el servidor.</translation>
    </message>
    <message>
        <source>The local cache was damaged. It was moved to %1 and is being rebuilt from the server.</source>
        <translation>La caché local estaba dañada. Se movió a %1 y se está reconstruyendo desde el servidor.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::TeamModel</name>
    <message>
        <source>Presence unknown</source>
        <translation>Disponibilidad desconocida</translation>
    </message>
    <message>
        <source>The team appears once the console is connected.</source>
        <translation>El equipo aparece cuando la consola está conectada.</translation>
    </message>
    <message>
        <source>Presence is unknown while the console is not connected.</source>
        <translation>La disponibilidad se desconoce mientras la consola no está conectada.</translation>
    </message>
    <message numerus="yes">
        <source>%n online</source>
        <translation>
            <numerusform>%n conectado</numerusform>
            <numerusform>%n conectados</numerusform>
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
            <numerusform>%n ausente</numerusform>
            <numerusform>%n ausentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ToolText</name>
    <message>
        <source>Order lookup</source>
        <translation>Consulta de pedido</translation>
    </message>
    <message>
        <source>Order cancellation</source>
        <translation>Cancelación de pedido</translation>
    </message>
    <message>
        <source>Product lookup</source>
        <translation>Consulta de producto</translation>
    </message>
    <message>
        <source>Policy lookup</source>
        <translation>Consulta de política</translation>
    </message>
    <message>
        <source>Lead qualification</source>
        <translation>Cualificación del cliente potencial</translation>
    </message>
    <message>
        <source>Read the billing policy</source>
        <translation>Leyó la política de facturación</translation>
    </message>
    <message>
        <source>Read the bulk order policy</source>
        <translation>Leyó la política de pedidos al por mayor</translation>
    </message>
    <message>
        <source>Read the cancellation policy</source>
        <translation>Leyó la política de cancelación</translation>
    </message>
    <message>
        <source>Read the damaged goods policy</source>
        <translation>Leyó la política de artículos dañados</translation>
    </message>
    <message>
        <source>Read the refund policy</source>
        <translation>Leyó la política de reembolsos</translation>
    </message>
    <message>
        <source>Read the shipping policy</source>
        <translation>Leyó la política de envíos</translation>
    </message>
    <message>
        <source>Read the sizing guide</source>
        <translation>Leyó la guía de tallas</translation>
    </message>
    <message>
        <source>Read the warranty policy</source>
        <translation>Leyó la política de garantía</translation>
    </message>
    <message>
        <source>Looked up order #%1</source>
        <translation>Consultó el pedido #%1</translation>
    </message>
    <message>
        <source>Order #%1 is not on this account</source>
        <translation>El pedido #%1 no está en esta cuenta</translation>
    </message>
    <message>
        <source>Asked to cancel order #%1</source>
        <translation>Pidió cancelar el pedido #%1</translation>
    </message>
    <message>
        <source>Checked the sizing of %1</source>
        <translation>Consultó las tallas de %1</translation>
    </message>
    <message numerus="yes">
        <source>Looked up %1: %n in stock</source>
        <translation>
            <numerusform>Consultó %1: %n en existencia</numerusform>
            <numerusform>Consultó %1: %n en existencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Qualified a sales lead: %n units of %1</source>
        <translation>
            <numerusform>Cualificó un cliente potencial: %n unidad de %1</numerusform>
            <numerusform>Cualificó un cliente potencial: %n unidades de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Qualified a sales lead: %n units</source>
        <translation>
            <numerusform>Cualificó un cliente potencial: %n unidad</numerusform>
            <numerusform>Cualificó un cliente potencial: %n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Qualified a sales lead: %1</source>
        <translation>Cualificó un cliente potencial: %1</translation>
    </message>
    <message>
        <source>Qualified a sales lead</source>
        <translation>Cualificó un cliente potencial</translation>
    </message>
    <message>
        <source>Looked up %1</source>
        <translation>Consultó %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::TranscriptModel</name>
    <message>
        <source>Decided by the built-in rules</source>
        <translation>Decidido por las reglas integradas</translation>
    </message>
    <message>
        <source>Decided by rules version %1</source>
        <translation>Decidido por la versión %1 de las reglas</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::TwoFactorModel</name>
    <message>
        <source>Enter the 6-digit code the app shows.</source>
        <translation>Introduzca el código de 6 dígitos que muestra la aplicación.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is set up while connected to the server.</source>
        <translation>El inicio de sesión en dos pasos se configura mientras hay conexión con el servidor.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::UsersModel</name>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió a %1.</translation>
    </message>
    <message>
        <source>%1 is now %2; they sign in again.</source>
        <translation>%1 ahora es %2; debe volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 may no longer sign in; their sessions ended.</source>
        <translation>%1 ya no puede iniciar sesión; sus sesiones se cerraron.</translation>
    </message>
    <message>
        <source>The password of %1 is changed; they sign in again.</source>
        <translation>Se cambió la contraseña de %1; debe volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Users are managed while connected to the server.</source>
        <translation>Los usuarios se gestionan mientras hay conexión con el servidor.</translation>
    </message>
    <message>
        <source>Two-factor sign-in of %1 is off; their password alone signs them in.</source>
        <translation>El inicio de sesión en dos pasos de %1 está desactivado; su contraseña basta para entrar.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is now required of everyone. Those without it set it up at their next sign-in.</source>
        <translation>El inicio de sesión en dos pasos es ahora obligatorio para todos. Quien no lo tenga lo configurará en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is no longer required.</source>
        <translation>El inicio de sesión en dos pasos ya no es obligatorio.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::AuditClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«%1» no es una dirección de servidor.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>El servidor no respondió.</translation>
    </message>
    <message>
        <source>The session has ended; sign in again to read the audit log.</source>
        <translation>La sesión ha terminado; vuelva a iniciar sesión para leer el registro de auditoría.</translation>
    </message>
    <message>
        <source>The server shows the audit log to admins only.</source>
        <translation>El servidor muestra el registro de auditoría solo a los administradores.</translation>
    </message>
    <message>
        <source>The server&apos;s audit log could not be read (HTTP %1).</source>
        <translation>No se pudo leer el registro de auditoría del servidor (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::ConfigClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«%1» no es una dirección de servidor.</translation>
    </message>
    <message>
        <source>The server did not answer; try again when the console is connected.</source>
        <translation>El servidor no respondió; inténtelo de nuevo cuando la consola esté conectada.</translation>
    </message>
    <message>
        <source>Only supervisors and admins edit this.</source>
        <translation>Solo los supervisores y administradores lo editan.</translation>
    </message>
    <message>
        <source>The draft could not be read (HTTP %1).</source>
        <translation>No se pudo leer el borrador (HTTP %1).</translation>
    </message>
    <message>
        <source>The document is not valid JSON.</source>
        <translation>El documento no es JSON válido.</translation>
    </message>
    <message>
        <source>The server did not answer; nothing was published.</source>
        <translation>El servidor no respondió; no se publicó nada.</translation>
    </message>
    <message>
        <source>Nothing was published (HTTP %1).</source>
        <translation>No se publicó nada (HTTP %1).</translation>
    </message>
    <message>
        <source>Nothing to publish: this is the version in force.</source>
        <translation>Nada que publicar: esta es la versión vigente.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::CostModelClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«%1» no es una dirección de servidor.</translation>
    </message>
    <message>
        <source>The cost model could not be fetched; the server did not answer.</source>
        <translation>No se pudo obtener el modelo de costes; el servidor no respondió.</translation>
    </message>
    <message>
        <source>The server shows the cost model to supervisors and admins only.</source>
        <translation>El servidor solo muestra el modelo de costes a supervisores y administradores.</translation>
    </message>
    <message>
        <source>The server&apos;s cost model could not be read (HTTP %1).</source>
        <translation>No se pudo leer el modelo de costes del servidor (HTTP %1).</translation>
    </message>
    <message>
        <source>The cost model was not saved; the server did not answer.</source>
        <translation>No se guardó el modelo de costes; el servidor no respondió.</translation>
    </message>
    <message>
        <source>Only admins may change the organisation&apos;s cost model.</source>
        <translation>Solo los administradores pueden cambiar el modelo de costes de la organización.</translation>
    </message>
    <message>
        <source>The cost model was not saved (HTTP %1).</source>
        <translation>No se guardó el modelo de costes (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::FactsConversationsClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«%1» no es una dirección de servidor.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>El servidor no respondió.</translation>
    </message>
    <message>
        <source>The server shows the conversations behind the figures to supervisors and admins only.</source>
        <translation>El servidor solo muestra las conversaciones que componen los datos a supervisores y administradores.</translation>
    </message>
    <message>
        <source>The server&apos;s list of conversations could not be read (HTTP %1).</source>
        <translation>No se pudo leer la lista de conversaciones del servidor (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::LoginClient</name>
    <message>
        <source>The server at %1 did not answer. Check the address and your connection.</source>
        <translation>El servidor en %1 no respondió. Comprueba la dirección y tu conexión.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer far too large for a sign-in. Check the address.</source>
        <translation>El servidor en %1 envió una respuesta demasiado grande para un inicio de sesión. Comprueba la dirección.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>This account may not sign in to the console. Ask an administrator for access.</source>
        <translation>Esta cuenta no puede iniciar sesión en la consola. Pide acceso a un administrador.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute, then try again.</source>
        <translation>Demasiados intentos de inicio de sesión. Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again in a few minutes; if it persists, tell your administrator.</source>
        <translation>El servidor en %1 tiene un problema (HTTP %2). Vuelve a intentarlo en unos minutos; si persiste, avisa a tu administrador.</translation>
    </message>
    <message>
        <source>The server at %1 rejected the sign-in request.</source>
        <translation>El servidor en %1 rechazó la solicitud de inicio de sesión.</translation>
    </message>
    <message>
        <source>The server at %1 rejected the sign-in request: %2</source>
        <translation>El servidor en %1 rechazó la solicitud de inicio de sesión: %2</translation>
    </message>
    <message>
        <source>%1 does not look like a Pilothouse server (HTTP %2). Check the address.</source>
        <translation>%1 no parece un servidor de Pilothouse (HTTP %2). Comprueba la dirección.</translation>
    </message>
    <message>
        <source>The server at %1 answered, but not like a Pilothouse server. Check the address.</source>
        <translation>El servidor en %1 respondió, pero no como un servidor de Pilothouse. Comprueba la dirección.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use an address such as https://pilothouse.example.com.</source>
        <translation>«%1» no es una dirección de servidor. Usa una dirección como https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>Signing in failed unexpectedly. Try again.</source>
        <translation>El inicio de sesión falló de forma inesperada. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1: %2), so your password was not sent. Check the address, or ask your administrator for the certificate authority file and start Pilothouse with --ca-file.</source>
        <translation>El certificado del servidor no es de confianza (%1: %2), así que no se envió su contraseña. Compruebe la dirección o pida a su administrador el archivo de la autoridad de certificación e inicie Pilothouse con --ca-file.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos. Vuelva a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos. Vuelva a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Introduzca el código de 6 dígitos de su aplicación de autenticación o uno de sus códigos de recuperación.</translation>
    </message>
    <message>
        <source>That code is not right, or was used already. Enter the code the app shows now.</source>
        <translation>Ese código no es correcto o ya se usó. Introduzca el código que muestra ahora la aplicación.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::SessionWorker</name>
    <message>
        <source>The server stopped answering.</source>
        <translation>El servidor dejó de responder.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address this console can use. Use an address such as https://pilothouse.example.com.</source>
        <translation>«%1» no es una dirección de servidor que esta consola pueda usar. Usa una dirección como https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Desconectado.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Could not start the session.</source>
        <translation>No se pudo iniciar la sesión.</translation>
    </message>
    <message>
        <source>The server sent a message this console cannot read.</source>
        <translation>El servidor envió un mensaje que esta consola no puede leer.</translation>
    </message>
    <message>
        <source>A message from the server could not be processed.</source>
        <translation>No se pudo procesar un mensaje del servidor.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>Tu inicio de sesión ya no es válido. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (%1). Sign in again.</source>
        <translation>Tu inicio de sesión ya no es válido (%1). Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server at %1 needs a newer Pilothouse. Install the update, then start again.</source>
        <translation>El servidor en %1 necesita una versión más reciente de Pilothouse. Instala la actualización y vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Your account may not use the console on %1. Ask an administrator for access.</source>
        <translation>Tu cuenta no puede usar la consola en %1. Pide acceso a un administrador.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Se perdió la conexión con %1.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Se perdió la conexión con %1: %2</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Conectado a %1 como %2</translation>
    </message>
    <message>
        <source>The server broke the protocol.</source>
        <translation>El servidor incumplió el protocolo.</translation>
    </message>
    <message>
        <source>Not connected. The action will be sent when the connection returns.</source>
        <translation>Sin conexión. La acción se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>This action is too large for the server to accept.</source>
        <translation>Esta acción es demasiado grande para que el servidor la acepte.</translation>
    </message>
    <message>
        <source>This action could not be encoded (invalid text).</source>
        <translation>No se pudo codificar esta acción (texto no válido).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read (%2).</source>
        <translation>No se puede leer el archivo de la autoridad de certificación %1 (%2).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds no PEM certificate.</source>
        <translation>El archivo de la autoridad de certificación %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1: %2), so the session was not started and your sign-in was not sent. Check the address, or ask your administrator for the certificate authority file and start Pilothouse with --ca-file.</source>
        <translation>El certificado del servidor no es de confianza (%1: %2), así que la sesión no se inició y su inicio de sesión no se envió. Compruebe la dirección o pida a su administrador el archivo de la autoridad de certificación e inicie Pilothouse con --ca-file.</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>no se pudo establecer la conexión segura</translation>
    </message>
    <message>
        <source>The server sent events out of order.</source>
        <translation>El servidor envió eventos fuera de orden.</translation>
    </message>
    <message>
        <source>The server sent a message over the size limit.</source>
        <translation>El servidor envió un mensaje que supera el límite de tamaño.</translation>
    </message>
    <message>
        <source>The link to %1 was too slow to keep up with the server; catching up.</source>
        <translation>El enlace con %1 era demasiado lento para seguir el ritmo del servidor; poniéndose al día.</translation>
    </message>
    <message>
        <source>%1 now requires two-factor sign-in. Sign in again to set it up.</source>
        <translation>%1 exige ahora el inicio de sesión en dos pasos. Inicie sesión de nuevo para configurarlo.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::SessionsClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«%1» no es una dirección de servidor.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>El servidor no respondió.</translation>
    </message>
    <message>
        <source>Only admins see everyone&apos;s sessions.</source>
        <translation>Solo los administradores ven las sesiones de todos.</translation>
    </message>
    <message>
        <source>The server&apos;s list of sessions could not be read (HTTP %1).</source>
        <translation>No se pudo leer la lista de sesiones del servidor (HTTP %1).</translation>
    </message>
    <message>
        <source>The server did not end the session (HTTP %1).</source>
        <translation>El servidor no cerró la sesión (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::TokenStore</name>
    <message>
        <source>The saved sign-in could not be removed from the system keychain. Remove the &quot;Pilothouse&quot; entry with your keychain manager.</source>
        <translation>No se pudo quitar el inicio de sesión guardado del llavero del sistema. Elimina la entrada «Pilothouse» con tu gestor de llaveros.</translation>
    </message>
    <message>
        <source>Access to the system keychain was declined. Allow Pilothouse to use the keychain to stay signed in.</source>
        <translation>Se denegó el acceso al llavero del sistema. Permite que Pilothouse use el llavero para mantener la sesión iniciada.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain (the login keyring) and sign in again.</source>
        <translation>El llavero del sistema denegó el acceso. Desbloquea tu llavero (el llavero de inicio de sesión) y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-in cannot be remembered. Install and start GNOME Keyring or KWallet, or sign in each time.</source>
        <translation>No hay ningún llavero del sistema disponible, así que no se puede recordar tu inicio de sesión. Instala e inicia GNOME Keyring o KWallet, o inicia sesión cada vez.</translation>
    </message>
    <message>
        <source>The system keychain on this computer does not support storing sign-ins. You will need to sign in each time.</source>
        <translation>El llavero del sistema de este equipo no permite guardar inicios de sesión. Tendrás que iniciar sesión cada vez.</translation>
    </message>
    <message>
        <source>The system keychain reported an error (%1). Check that it is running and unlocked, then sign in again.</source>
        <translation>El llavero del sistema informó de un error (%1). Comprueba que esté en ejecución y desbloqueado y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. Check that it is running and unlocked, then sign in again.</source>
        <translation>El llavero del sistema no respondió a tiempo. Comprueba que esté en ejecución y desbloqueado y vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::TwoFactorClient</name>
    <message>
        <source>This is not a server address.</source>
        <translation>Esta no es una dirección de servidor.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>El servidor no respondió.</translation>
    </message>
    <message>
        <source>The server refused this (HTTP %1).</source>
        <translation>El servidor lo rechazó (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del servidor.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::UsersClient</name>
    <message>
        <source>This is not a server address.</source>
        <translation>Esto no es una dirección de servidor.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>El servidor no respondió.</translation>
    </message>
    <message>
        <source>Only admins manage users.</source>
        <translation>Solo los administradores gestionan usuarios.</translation>
    </message>
    <message>
        <source>The server&apos;s list of users could not be read (HTTP %1).</source>
        <translation>No se pudo leer la lista de usuarios del servidor (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del servidor.</translation>
    </message>
    <message>
        <source>The server refused the change (HTTP %1).</source>
        <translation>El servidor rechazó el cambio (HTTP %1).</translation>
    </message>
</context>
</TS>
