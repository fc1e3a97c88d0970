<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutSection</name>
    <message>
        <source>About Pilothouse</source>
        <translation>À propos de Pilothouse</translation>
    </message>
    <message>
        <source>Pilothouse %1</source>
        <translation>Pilothouse %1</translation>
    </message>
    <message>
        <source>The operator console for AI customer conversations.</source>
        <translation>La console des opérateurs pour les conversations clients menées par l&apos;IA.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Construit avec</translation>
    </message>
    <message>
        <source>%1 %2, licence %3</source>
        <translation>%1 %2, licence %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation>Licence de %1</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>Sign in to save the cost model.</source>
        <translation>Connectez-vous pour enregistrer le modèle de coûts.</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <source>Account: %1, %2</source>
        <translation>Compte&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opens the menu with Settings and Sign out</source>
        <translation>Ouvre le menu avec Paramètres et Se déconnecter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Settings  Alt+7</source>
        <translation>Paramètres  Alt+7</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Shortcut: Alt+7</source>
        <translation>Raccourci&#xa0;: Alt+7</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Audit log  Alt+8</source>
        <translation>Journal d&apos;audit  Alt+8</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Shortcut: Alt+8</source>
        <translation>Raccourci&#xa0;: Alt+8</translation>
    </message>
    <message>
        <source>Users  Alt+9</source>
        <translation>Utilisateurs  Alt+9</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Shortcut: Alt+9</source>
        <translation>Raccourci&#xa0;: Alt+9</translation>
    </message>
</context>
<context>
    <name>AccountSettings</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Utiliser ce serveur</translation>
    </message>
    <message>
        <source>Sign out and use this server</source>
        <translation>Se déconnecter et utiliser ce serveur</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Conversation actions</source>
        <translation>Actions sur la conversation</translation>
    </message>
    <message>
        <source>Take over  T</source>
        <translation>Prendre la main  T</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Prendre la main</translation>
    </message>
    <message>
        <source>Shortcut: T</source>
        <translation>Raccourci&#xa0;: T</translation>
    </message>
    <message>
        <source>Hand back  H</source>
        <translation>Rendre à l&apos;IA  H</translation>
    </message>
    <message>
        <source>Hand back to the AI</source>
        <translation>Rendre la conversation à l&apos;IA</translation>
    </message>
    <message>
        <source>Shortcut: H</source>
        <translation>Raccourci&#xa0;: H</translation>
    </message>
    <message>
        <source>Resolve  E</source>
        <translation>Résoudre  E</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Shortcut: E</source>
        <translation>Raccourci&#xa0;: E</translation>
    </message>
    <message>
        <source>Whisper to AI</source>
        <translation>Chuchoter à l&apos;IA</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the transcript as PDF</source>
        <translation>Enregistrer la transcription en PDF</translation>
    </message>
    <message>
        <source>Rule id: %1</source>
        <translation>Identifiant de la règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <source>Assign the conversation to a colleague</source>
        <translation>Attribuer la conversation à un collègue</translation>
    </message>
    <message>
        <source>View only: your role reads conversations and acts on none.</source>
        <translation>Lecture seule&#xa0;: votre rôle lit les conversations et n&apos;agit sur aucune.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Resolve the conversation</source>
        <translation>Résoudre la conversation</translation>
    </message>
    <message>
        <source>Whisper to the AI</source>
        <translation>Chuchoter à l&apos;IA</translation>
    </message>
    <message>
        <source>Hand back to the AI</source>
        <translation>Rendre la conversation à l&apos;IA</translation>
    </message>
    <message>
        <source>How did it end? The customer is not notified; a new message reopens it.</source>
        <translation>Comment s&apos;est-elle terminée&#xa0;? Le client n&apos;est pas prévenu&#xa0;; un nouveau message la rouvre.</translation>
    </message>
    <message>
        <source>A private instruction: the AI follows it in its next reply. %1 never sees it.</source>
        <translation>Une instruction privée&#xa0;: l&apos;IA la suit dans sa prochaine réponse. %1 ne la voit jamais.</translation>
    </message>
    <message>
        <source>The AI takes the conversation again. Leave a note for it and your team (%1 never sees it).</source>
        <translation>L&apos;IA reprend la conversation. Laissez une note pour elle et votre équipe (%1 ne la voit jamais).</translation>
    </message>
    <message>
        <source>e.g. Offer free express shipping</source>
        <translation>par ex. Proposer la livraison express offerte</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>Instruction for the AI</source>
        <translation>Instruction pour l&apos;IA</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ctrl+Enter to confirm, Esc to cancel</source>
        <translation>Ctrl+Enter pour confirmer, Esc pour annuler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Chuchoter</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Rendre à l&apos;IA</translation>
    </message>
</context>
<context>
    <name>ActivatableRow</name>
    <message>
        <source>Press Enter to list the conversations behind it.</source>
        <translation>Appuyez sur Entrée pour afficher la liste des conversations à l&apos;origine de ce chiffre.</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Agreement between reviewers</source>
        <translation>Accord entre relecteurs</translation>
    </message>
    <message>
        <source>Reviewers compared</source>
        <translation>Relecteurs comparés</translation>
    </message>
    <message>
        <source>%1: %2. Cohen&apos;s kappa: 1 is full agreement, 0 what chance alone would give.</source>
        <translation>%1&#xa0;: %2. Kappa de Cohen&#xa0;: 1 signifie un accord total, 0 ce que donnerait le seul hasard.</translation>
    </message>
    <message>
        <source>No reply has been labelled by two reviewers yet. The daily sample is the same in every console: reviewing it gives the replies to compare.</source>
        <translation>Aucune réponse n’a encore été étiquetée par deux relecteurs. L’échantillon du jour est le même dans chaque console&#xa0;: le revoir donne les réponses à comparer.</translation>
    </message>
    <message>
        <source>Agreement by reason</source>
        <translation>Accord par raison</translation>
    </message>
    <message>
        <source>%1: kappa %2, %3, %4</source>
        <translation>%1&#xa0;: kappa %2, %3, %4</translation>
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
        <translation>réponse en %1</translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation>Intention&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tool used: %1</source>
        <translation>Outil utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: show these rules</source>
        <translation>%1&#xa0;: afficher ces règles</translation>
    </message>
    <message>
        <source>Weakest reply</source>
        <translation>Réponse la plus faible</translation>
    </message>
    <message>
        <source>The weakest AI reply in this conversation</source>
        <translation>La réponse IA la plus faible de cette conversation</translation>
    </message>
</context>
<context>
    <name>AnalyticsFilters</name>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période&#xa0;: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Support and sales</source>
        <translation>Support et ventes</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>Intention&#xa0;:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>VIP:</source>
        <translation>VIP&#xa0;:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>VIP only</source>
        <translation>VIP uniquement</translation>
    </message>
    <message>
        <source>Not VIP</source>
        <translation>Hors VIP</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Intentions</translation>
    </message>
    <message>
        <source>Sorted by conversations nobody resolved: where the AI can gain most</source>
        <translation>Triées selon les conversations que personne n&apos;a résolues&#xa0;: là où l&apos;IA a le plus à gagner</translation>
    </message>
    <message>
        <source>Hand-off reasons</source>
        <translation>Motifs de passage de relais</translation>
    </message>
    <message>
        <source>Why conversations went to a person</source>
        <translation>Pourquoi des conversations ont été confiées à un humain</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segments de clientèle</translation>
    </message>
    <message>
        <source>Who the conversations came from, and how each segment fared</source>
        <translation>D&apos;où viennent les conversations, et comment chaque segment s&apos;en est sorti</translation>
    </message>
</context>
<context>
    <name>AnalyticsReportText</name>
    <message>
        <source>No intent detected</source>
        <translation>Aucune intention détectée</translation>
    </message>
    <message>
        <source>Taken over without an escalation</source>
        <translation>Prise en main sans escalade</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Chiffres arrêtés à %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation>%1, par rapport à %2</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numérateur</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Dénominateur</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>Ce qui est compté</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Résolues par l&apos;IA</translation>
    </message>
    <message>
        <source>Closed by AI, vendor-style only</source>
        <translation>Clôturées par l&apos;IA, selon les éditeurs uniquement</translation>
    </message>
    <message>
        <source>Resolved by a person</source>
        <translation>Résolues par un humain</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Non résolues</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonnées</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Not resolved by the AI</source>
        <translation>Non résolues par l&apos;IA</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Passages de relais</translation>
    </message>
    <message>
        <source>Share of hand-offs</source>
        <translation>Part des passages de relais</translation>
    </message>
    <message>
        <source>Choose a file on this computer to export to.</source>
        <translation>Choisissez un fichier sur cet ordinateur pour l&apos;export.</translation>
    </message>
    <message>
        <source>Unsaved assumptions: these figures use values you are trying, not the organisation&apos;s cost model.</source>
        <translation>Hypothèses non enregistrées&#xa0;: ces chiffres utilisent les valeurs que vous essayez, et non le modèle de coûts de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Built-in default assumptions: no cost model has been saved for the organisation.</source>
        <translation>Hypothèses par défaut intégrées&#xa0;: aucun modèle de coûts n&apos;a été enregistré pour l&apos;organisation.</translation>
    </message>
    <message>
        <source>The organisation&apos;s cost model, version %L1, saved by %2 on %3.</source>
        <translation>Modèle de coûts de l&apos;organisation, version %L1, enregistré par %2 le %3.</translation>
    </message>
    <message numerus="yes">
        <source>Assumes %1 an hour for a person, %2 per 1,000 AI tokens and a team of %Ln.</source>
        <translation>
            <numerusform>Hypothèses&#xa0;: %1 de l&apos;heure par personne, %2 pour 1&#xa0;000 jetons d&apos;IA et une équipe de %Ln personne.</numerusform>
            <numerusform>Hypothèses&#xa0;: %1 de l&apos;heure par personne, %2 pour 1&#xa0;000 jetons d&apos;IA et une équipe de %Ln personnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handling time: measured once an intent has %Ln handled conversations, else %1 minutes.</source>
        <translation>
            <numerusform>Temps de traitement&#xa0;: mesuré dès qu&apos;une intention compte %Ln conversation traitée, sinon %1 minutes.</numerusform>
            <numerusform>Temps de traitement&#xa0;: mesuré dès qu&apos;une intention compte %Ln conversations traitées, sinon %1 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handling time measured for %1 of the %2 intents the AI resolved; defaults for the rest (%3 minutes unless set per intent).</source>
        <translation>Temps de traitement mesuré pour %1 des %2 intentions résolues par l&apos;IA&#xa0;; valeurs par défaut pour les autres (%3 minutes, sauf valeur définie par intention).</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Aucun segment</translation>
    </message>
    <message>
        <source>No ratings</source>
        <translation>Aucune note</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>CSAT (4 or 5)</source>
        <translation>CSAT (4 ou 5)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation>Réponses de l&apos;IA</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Jugées</translation>
    </message>
    <message>
        <source>Judged wrong</source>
        <translation>Jugées incorrectes</translation>
    </message>
    <message>
        <source>Share wrong</source>
        <translation>Part jugée incorrecte</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Run &apos;pilothouse --help&apos; for the list of options.</source>
        <translation>Lancez &apos;pilothouse --help&apos; pour voir la liste des options.</translation>
    </message>
    <message>
        <source>Pilothouse: watch, steer and take over AI customer conversations.</source>
        <translation>Pilothouse&#xa0;: suivez, pilotez et reprenez les conversations clients menées par l&apos;IA.</translation>
    </message>
    <message>
        <source>Backend URL, e.g. https://pilothouse.example.com.</source>
        <translation>URL du backend, par ex. https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>User name to sign in with.</source>
        <translation>Nom d&apos;utilisateur pour la connexion.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Folder for the cache, settings and logs (default: the application data folder).</source>
        <translation>Dossier du cache, des réglages et des journaux (par défaut&#xa0;: le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for https and wss.</source>
        <translation>Faire confiance aux certificats d&apos;AC de ce fichier PEM pour https et wss.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Review the local cache without connecting.</source>
        <translation>Consulter le cache local sans se connecter.</translation>
    </message>
    <message>
        <source>Interface language: %1.</source>
        <translation>Langue de l&apos;interface&#xa0;: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Log detail: %1 (default info).</source>
        <translation>Niveau de détail du journal&#xa0;: %1 (par défaut info).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>Start with the dark theme.</source>
        <translation>Démarrer avec le thème sombre.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the board has filled, then quit.</source>
        <translation>Enregistrer une image PNG de la fenêtre une fois le tableau rempli, puis quitter.</translation>
    </message>
    <message>
        <source>Give up waiting for the board after this many seconds (default 20).</source>
        <translation>Cesser d&apos;attendre le tableau après ce nombre de secondes (par défaut 20).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--demo and --offline exclude each other: the demo needs the local backend.</source>
        <translation>--demo et --offline s&apos;excluent mutuellement&#xa0;: la démo a besoin du backend local.</translation>
    </message>
    <message>
        <source>--server: &apos;%1&apos; is not an http(s) or ws(s) URL, e.g. https://pilothouse.example.com.</source>
        <translation>--server&#xa0;: &apos;%1&apos; n&apos;est pas une URL http(s) ou ws(s), par ex. https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>--user: the user name is empty.</source>
        <translation>--user&#xa0;: le nom d&apos;utilisateur est vide.</translation>
    </message>
    <message>
        <source>--data-dir: &apos;%1&apos; exists and is not a folder.</source>
        <translation>--data-dir&#xa0;: &apos;%1&apos; existe et n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>--ca-file: cannot read &apos;%1&apos;.</source>
        <translation>--ca-file&#xa0;: impossible de lire &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not available; choose one of %2.</source>
        <translation>--lang&#xa0;: &apos;%1&apos; n&apos;est pas disponible&#xa0;; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>--log-level: &apos;%1&apos; is not one of %2.</source>
        <translation>--log-level&#xa0;: &apos;%1&apos; ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>--screenshot-timeout: expected whole seconds from 1 to 600.</source>
        <translation>--screenshot-timeout&#xa0;: nombre entier de secondes attendu, de 1 à 600.</translation>
    </message>
    <message>
        <source>Open the window at this size in pixels, e.g. 1024x768 (at least %1x%2); not saved.</source>
        <translation>Ouvrir la fenêtre à cette taille en pixels, par ex. 1024x768 (au moins %1x%2)&#xa0;; non enregistré.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>--window-size: &apos;%1&apos; is not a size like 1024x768 from %2x%3 to 16384x16384.</source>
        <translation>--window-size&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une taille comme 1024x768 entre %2x%3 et 16384x16384.</translation>
    </message>
    <message>
        <source>Connect to a local demo backend (%1) as the demo supervisor, or as the demo user --user names (viewer, agent, admin).</source>
        <translation>Se connecter à un backend de démo local (%1) en tant que superviseur de démo, ou en tant que l&apos;utilisateur de démo que nomme --user (viewer, agent, admin).</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign the conversation</source>
        <translation>Attribuer la conversation</translation>
    </message>
    <message>
        <source>%1&apos;s conversation goes to the colleague you choose; they own it from now on.</source>
        <translation>La conversation de %1 va au collègue choisi&#xa0;; elle lui appartient désormais.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Collègues</translation>
    </message>
    <message>
        <source>%1, owns it now</source>
        <translation>%1, en charge actuellement</translation>
    </message>
    <message numerus="yes">
        <source>Assign to %1, %2, %n conversation(s)</source>
        <translation>
            <numerusform>Attribuer à %1, %2, %n conversation</numerusform>
            <numerusform>Attribuer à %1, %2, %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>owns it now</source>
        <translation>en charge actuellement</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n conversation(s)</source>
        <translation>
            <numerusform>%1 · %n conversation</numerusform>
            <numerusform>%1 · %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Filter by user name</source>
        <translation>Filtrer par nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Press Enter to apply</source>
        <translation>Appuyez sur Entrée pour appliquer</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Who did what, when and from where. %1</source>
        <translation>Qui a fait quoi, quand et d&apos;où. %1</translation>
    </message>
    <message>
        <source>Who did what, when and from where.</source>
        <translation>Qui a fait quoi, quand et d&apos;où.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Actualiser le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Exporter le journal d&apos;audit en CSV</translation>
    </message>
    <message>
        <source>Saves every entry the filters match as a CSV file you choose</source>
        <translation>Enregistre chaque entrée correspondant aux filtres dans un fichier CSV de votre choix</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées d&apos;audit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Afficher les entrées plus anciennes</translation>
    </message>
    <message>
        <source>The audit log cannot be read</source>
        <translation>Le journal d&apos;audit ne peut pas être lu</translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation>Aucune entrée ne correspond</translation>
    </message>
    <message>
        <source>Nothing audited in this period</source>
        <translation>Rien d&apos;audité sur cette période</translation>
    </message>
    <message>
        <source>Try another user, action or period.</source>
        <translation>Essayez un autre utilisateur, une autre action ou une autre période.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Prendre la main</translation>
    </message>
    <message>
        <source>Hand back to the AI</source>
        <translation>Rendre à l&apos;IA</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Whisper to the AI</source>
        <translation>Chuchoter à l&apos;IA</translation>
    </message>
    <message>
        <source>Send a reply</source>
        <translation>Envoyer une réponse</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Judge an AI reply</source>
        <translation>Évaluer une réponse de l&apos;IA</translation>
    </message>
    <message>
        <source>Merge conversations</source>
        <translation>Fusionner des conversations</translation>
    </message>
    <message>
        <source>Change presence</source>
        <translation>Changer la présence</translation>
    </message>
    <message>
        <source>Erase a customer</source>
        <translation>Effacer un client</translation>
    </message>
    <message>
        <source>Export a customer&apos;s data</source>
        <translation>Exporter les données d&apos;un client</translation>
    </message>
    <message>
        <source>Change the cost model</source>
        <translation>Modifier le modèle de coûts</translation>
    </message>
    <message>
        <source>Save a rules draft</source>
        <translation>Enregistrer un brouillon de règles</translation>
    </message>
    <message>
        <source>Publish the rules</source>
        <translation>Publier les règles</translation>
    </message>
    <message>
        <source>Roll back the rules</source>
        <translation>Revenir à des règles antérieures</translation>
    </message>
    <message>
        <source>Save a saved-replies draft</source>
        <translation>Enregistrer un brouillon de réponses enregistrées</translation>
    </message>
    <message>
        <source>Publish the saved replies</source>
        <translation>Publier les réponses enregistrées</translation>
    </message>
    <message>
        <source>Roll back the saved replies</source>
        <translation>Revenir à des réponses enregistrées antérieures</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Change a role</source>
        <translation>Changer un rôle</translation>
    </message>
    <message>
        <source>Deactivate a user</source>
        <translation>Désactiver un utilisateur</translation>
    </message>
    <message>
        <source>Reactivate a user</source>
        <translation>Réactiver un utilisateur</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Réinitialiser un mot de passe</translation>
    </message>
    <message>
        <source>Not allowed for the role</source>
        <translation>Non autorisé pour ce rôle</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>Too many failed sign-ins</source>
        <translation>Trop d&apos;échecs de connexion</translation>
    </message>
    <message>
        <source>Someone else acted first</source>
        <translation>Quelqu&apos;un d&apos;autre a agi avant</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Not possible in the conversation&apos;s state</source>
        <translation>Impossible dans l&apos;état de la conversation</translation>
    </message>
    <message>
        <source>Command id used twice</source>
        <translation>Identifiant de commande utilisé deux fois</translation>
    </message>
    <message>
        <source>Malformed request</source>
        <translation>Requête mal formée</translation>
    </message>
    <message>
        <source>Unknown command</source>
        <translation>Commande inconnue</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>End a session</source>
        <translation>Mettre fin à une session</translation>
    </message>
    <message>
        <source>Change a display name</source>
        <translation>Changer un nom affiché</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Activer la connexion à deux facteurs</translation>
    </message>
    <message>
        <source>Reset two-factor sign-in</source>
        <translation>Réinitialiser la connexion à deux facteurs</translation>
    </message>
    <message>
        <source>Require two-factor sign-in of everyone</source>
        <translation>Exiger la connexion à deux facteurs de tous</translation>
    </message>
    <message>
        <source>Stop requiring two-factor sign-in</source>
        <translation>Ne plus exiger la connexion à deux facteurs</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Déconnexion</translation>
    </message>
</context>
<context>
    <name>BoardEmptyState</name>
    <message>
        <source>No conversations yet</source>
        <translation>Aucune conversation pour l&apos;instant</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The AI is not handling anything right now</source>
        <translation>L&apos;IA ne gère aucune conversation pour le moment</translation>
    </message>
    <message>
        <source>Nothing escalated</source>
        <translation>Aucune conversation escaladée</translation>
    </message>
    <message>
        <source>Nothing assigned to you</source>
        <translation>Rien ne vous est attribué</translation>
    </message>
    <message>
        <source>No VIP conversations</source>
        <translation>Aucune conversation VIP</translation>
    </message>
    <message>
        <source>No conversations today</source>
        <translation>Aucune conversation aujourd&apos;hui</translation>
    </message>
    <message>
        <source>No support conversations</source>
        <translation>Aucune conversation de support</translation>
    </message>
    <message>
        <source>No sales conversations</source>
        <translation>Aucune conversation commerciale</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>Aucune conversation</translation>
    </message>
    <message>
        <source>When customers write in, their conversations appear here live.</source>
        <translation>Quand des clients écrivent, leurs conversations apparaissent ici en direct.</translation>
    </message>
    <message>
        <source>Try a customer name, an order number or an intent.</source>
        <translation>Essayez un nom de client, un numéro de commande ou une intention.</translation>
    </message>
    <message>
        <source>The AI is handling every conversation within its rules.</source>
        <translation>L&apos;IA gère toutes les conversations dans le cadre de ses règles.</translation>
    </message>
    <message>
        <source>Take over a conversation to see it here.</source>
        <translation>Prenez la main sur une conversation pour la voir ici.</translation>
    </message>
    <message>
        <source>Other filters may have what you are looking for.</source>
        <translation>D&apos;autres filtres contiennent peut-être ce que vous cherchez.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Nothing cached yet</source>
        <translation>Rien en cache pour l’instant</translation>
    </message>
    <message>
        <source>Conversations are kept on this computer once you have been online with this account.</source>
        <translation>Les conversations sont conservées sur cet ordinateur dès que vous vous êtes connecté une fois avec ce compte.</translation>
    </message>
</context>
<context>
    <name>BoardHeader</name>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) shown</source>
        <translation>
            <numerusform>%n conversation affichée</numerusform>
            <numerusform>%n conversations affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Trier&#xa0;:</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Search name, message, intent…  ( / )</source>
        <translation>Rechercher nom, message, intention…  ( / )</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>AI handling</source>
        <translation>IA en charge</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladées</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Weakest reply</source>
        <translation>Réponse la plus faible</translation>
    </message>
    <message>
        <source>Weak replies</source>
        <translation>Réponses faibles</translation>
    </message>
    <message>
        <source>Conversations where an AI reply had low confidence</source>
        <translation>Conversations où une réponse de l&apos;IA avait une faible confiance</translation>
    </message>
</context>
<context>
    <name>BoardRow</name>
    <message>
        <source>Unknown customer</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <source>AI:</source>
        <translation>IA&#xa0;:</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Vous&#xa0;:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent&#xa0;:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Last message %1</source>
        <translation>Dernier message&#xa0;: %1</translation>
    </message>
    <message>
        <source>· you</source>
        <translation>· vous</translation>
    </message>
    <message>
        <source>· %1</source>
        <translation>· %1</translation>
    </message>
    <message>
        <source>Weakest AI reply</source>
        <translation>Réponse IA la plus faible</translation>
    </message>
    <message>
        <source>Weakest AI reply: %1 (%2). Last reply: %3.</source>
        <translation>Réponse IA la plus faible&#xa0;: %1 (%2). Dernière réponse&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Weakest AI reply: %1. Last reply: %2.</source>
        <translation>Réponse IA la plus faible&#xa0;: %1. Dernière réponse&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Conversation board</source>
        <translation>Tableau des conversations</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Chargement des conversations…</translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new or updated</source>
        <translation>
            <numerusform>↑ %n nouvelle ou modifiée</numerusform>
            <numerusform>↑ %n nouvelles ou modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n new or updated conversation(s)</source>
        <translation>
            <numerusform>Afficher %n conversation nouvelle ou modifiée</numerusform>
            <numerusform>Afficher %n conversations nouvelles ou modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>The board keeps its order while you work; this applies what changed</source>
        <translation>Le tableau garde son ordre pendant que vous travaillez&#xa0;; ceci applique les changements</translation>
    </message>
</context>
<context>
    <name>BreakdownTable</name>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Non résolues</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Passages de relais</translation>
    </message>
    <message>
        <source>Share of hand-offs</source>
        <translation>Part des passages de relais</translation>
    </message>
    <message>
        <source>%1: %2 hand-offs, %3 of all hand-offs</source>
        <translation>%1&#xa0;: %2 passages de relais, %3 de l&apos;ensemble des passages de relais</translation>
    </message>
    <message>
        <source>No conversations in this period.</source>
        <translation>Aucune conversation sur cette période.</translation>
    </message>
    <message>
        <source>No hand-offs in this period.</source>
        <translation>Aucun passage de relais sur cette période.</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Résolues par l&apos;IA</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 not resolved, resolved by AI %4</source>
        <translation>%1&#xa0;: %2 conversations, %3 non résolues, résolues par l&apos;IA %4</translation>
    </message>
</context>
<context>
    <name>CachedMessages</name>
    <message>
        <source>The cached messages could not be read from %1 (%2).</source>
        <translation>Les messages en cache n&apos;ont pas pu être lus depuis %1 (%2).</translation>
    </message>
    <message>
        <source>Could not read the orders in %1 (%2).</source>
        <translation>Impossible de lire les commandes dans %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CalibrationChart</name>
    <message>
        <source>Confidence calibration</source>
        <translation>Calibrage de la confiance</translation>
    </message>
    <message>
        <source>How often reviewers judged the AI&apos;s replies wrong, by the confidence the AI gave them</source>
        <translation>À quelle fréquence les relecteurs ont jugé incorrectes les réponses de l&apos;IA, selon la confiance que l&apos;IA leur attribuait</translation>
    </message>
    <message>
        <source>Share of judged replies that were wrong, by confidence band, chart; the same figures are in the table</source>
        <translation>Part des réponses jugées qui étaient incorrectes, par tranche de confiance, graphique&#xa0;; les mêmes chiffres figurent dans le tableau</translation>
    </message>
    <message>
        <source>The AI&apos;s confidence, from (%)</source>
        <translation>Confiance de l&apos;IA, à partir de (%)</translation>
    </message>
    <message>
        <source>Judged wrong</source>
        <translation>Jugées incorrectes</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation>Réponses de l&apos;IA</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Jugées</translation>
    </message>
    <message>
        <source>Share wrong</source>
        <translation>Part jugée incorrecte</translation>
    </message>
    <message>
        <source>Confidence %1: %2 AI replies, %3 judged, %4 judged wrong (%5)</source>
        <translation>Confiance %1&#xa0;: %2 réponses de l&apos;IA, %3 jugées, %4 jugées incorrectes (%5)</translation>
    </message>
    <message>
        <source>Catch:</source>
        <translation>Intercepter&#xa0;:</translation>
    </message>
    <message>
        <source>Share of wrong replies the threshold must catch</source>
        <translation>Part des réponses incorrectes que le seuil doit intercepter</translation>
    </message>
    <message>
        <source>half of the wrong replies</source>
        <translation>la moitié des réponses incorrectes</translation>
    </message>
    <message>
        <source>80 % of the wrong replies</source>
        <translation>80&#xa0;% des réponses incorrectes</translation>
    </message>
    <message>
        <source>90 % of the wrong replies</source>
        <translation>90&#xa0;% des réponses incorrectes</translation>
    </message>
    <message>
        <source>95 % of the wrong replies</source>
        <translation>95&#xa0;% des réponses incorrectes</translation>
    </message>
</context>
<context>
    <name>ChannelGlyph</name>
    <message>
        <source>Channel: %1</source>
        <translation>Canal&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <translation>Zone de rédaction</translation>
    </message>
    <message>
        <source>Internal note for your team — the customer never sees it</source>
        <translation>Note interne pour votre équipe — le client ne la voit jamais</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Réponse au client</translation>
    </message>
    <message>
        <source>Take over to reply; notes stay internal.</source>
        <translation>Prenez la main pour répondre&#xa0;; les notes restent internes.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Enter: new line · Ctrl+Enter: send</source>
        <translation>Entrée&#xa0;: nouvelle ligne · Ctrl+Entrée&#xa0;: envoyer</translation>
    </message>
    <message>
        <source>Enter: send · Shift+Enter: new line</source>
        <translation>Entrée&#xa0;: envoyer · Maj+Entrée&#xa0;: nouvelle ligne</translation>
    </message>
    <message>
        <source>Instruction for the AI — the customer never sees it</source>
        <translation>Instruction pour l&apos;IA — le client ne la voit jamais</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>Répondre à %1…</translation>
    </message>
    <message>
        <source>Instruction for the AI</source>
        <translation>Instruction pour l&apos;IA</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Réponses enregistrées</translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Insérer une réponse enregistrée</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Chuchoter</translation>
    </message>
    <message>
        <source>Reply here anyway?</source>
        <translation>Répondre ici quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Your reply goes to this conversation only. You are asked once per conversation.</source>
        <translation>Votre réponse va dans cette conversation seulement. La question est posée une fois par conversation.</translation>
    </message>
    <message>
        <source>Reply here</source>
        <translation>Répondre ici</translation>
    </message>
    <message>
        <source>Send the reply in this conversation</source>
        <translation>Envoyer la réponse dans cette conversation</translation>
    </message>
    <message>
        <source>Cancel, do not send yet</source>
        <translation>Annuler, ne pas encore envoyer</translation>
    </message>
</context>
<context>
    <name>ComposerDrafts</name>
    <message>
        <source>AI suggestions</source>
        <translation>Suggestions de l&apos;IA</translation>
    </message>
    <message numerus="yes">
        <source>The newest of %n suggestions · Ctrl+Shift+D inserts it</source>
        <translation>
            <numerusform>La plus récente de %n suggestion · Ctrl+Maj+D l&apos;insère</numerusform>
            <numerusform>La plus récente de %n suggestions · Ctrl+Maj+D l&apos;insère</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+D inserts the newest</source>
        <translation>Ctrl+Maj+D insère la plus récente</translation>
    </message>
</context>
<context>
    <name>ConfidenceBadge</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No AI reply yet</source>
        <translation>Pas encore de réponse de l&apos;IA</translation>
    </message>
    <message>
        <source>%1 confidence</source>
        <translation>%1 de confiance</translation>
    </message>
    <message>
        <source>AI confidence</source>
        <translation>Confiance de l&apos;IA</translation>
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
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnexion dans %n s</numerusform>
            <numerusform>Reconnexion dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Session fermée</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <source>Unknown customer</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversation avec %1</translation>
    </message>
    <message>
        <source>with you</source>
        <translation>avec vous</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente depuis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Hide the customer panel</source>
        <translation>Masquer le panneau client</translation>
    </message>
    <message>
        <source>Show the customer panel and the AI&apos;s drafts</source>
        <translation>Afficher le panneau client et les brouillons de l&apos;IA</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Aucune conversation sélectionnée</translation>
    </message>
    <message>
        <source>Pick a conversation on the board, or press J to open the first one.</source>
        <translation>Choisissez une conversation dans le tableau, ou appuyez sur J pour ouvrir la première.</translation>
    </message>
    <message>
        <source>Loading conversation…</source>
        <translation>Chargement de la conversation…</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>Conversation introuvable</translation>
    </message>
    <message>
        <source>It is not in the local cache. It may have been removed, or it has not synced yet.</source>
        <translation>Elle n&apos;est pas dans le cache local. Elle a peut-être été supprimée, ou n&apos;est pas encore synchronisée.</translation>
    </message>
</context>
<context>
    <name>ConversationsBehindDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the list of conversations</source>
        <translation>Fermer la liste des conversations</translation>
    </message>
    <message>
        <source>Which side of the figure</source>
        <translation>Quelle partie du chiffre</translation>
    </message>
    <message>
        <source>Asking the server for the conversations…</source>
        <translation>Demande des conversations au serveur…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>No conversation is behind this side of the figure for this period and filter.</source>
        <translation>Aucune conversation ne correspond à cette partie du chiffre pour cette période et ce filtre.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>In this console</source>
        <translation>Dans cette console</translation>
    </message>
    <message>
        <source>Cached</source>
        <comment>the conversation is in the local cache</comment>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Not cached</source>
        <translation>Pas en cache</translation>
    </message>
    <message>
        <source>%1, created %2, %3, %4, %5</source>
        <translation>%1, créée %2, %3, %4, %5</translation>
    </message>
    <message>
        <source>opens in the workspace</source>
        <translation>s&apos;ouvre dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>not in the local cache</source>
        <translation>absente du cache local</translation>
    </message>
</context>
<context>
    <name>CostModelPanel</name>
    <message>
        <source>Cost model</source>
        <translation>Modèle de coûts</translation>
    </message>
    <message>
        <source>The figures on these pages use unsaved values.</source>
        <translation>Les chiffres de ces pages utilisent des valeurs non enregistrées.</translation>
    </message>
    <message>
        <source>Use the organisation&apos;s values</source>
        <translation>Utiliser les valeurs de l&apos;organisation</translation>
    </message>
    <message>
        <source>Loaded hourly cost of a person (%1)</source>
        <translation>Coût horaire chargé d&apos;une personne (%1)</translation>
    </message>
    <message>
        <source>What an hour of a person costs, overheads included.</source>
        <translation>Ce que coûte une heure de travail d&apos;une personne, frais généraux compris.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Its three-letter code, such as USD or EUR.</source>
        <translation>Son code à trois lettres, par ex. USD ou EUR.</translation>
    </message>
    <message>
        <source>AI price per 1,000 tokens (%1)</source>
        <translation>Prix de l&apos;IA pour 1&#xa0;000 jetons (%1)</translation>
    </message>
    <message>
        <source>0 for a model you host yourself.</source>
        <translation>0 pour un modèle que vous hébergez vous-même.</translation>
    </message>
    <message>
        <source>Default handling minutes</source>
        <translation>Minutes de traitement par défaut</translation>
    </message>
    <message>
        <source>How long a person takes, for intents without enough measured conversations.</source>
        <translation>Temps que met une personne, pour les intentions sans assez de conversations mesurées.</translation>
    </message>
    <message>
        <source>Conversations needed to measure an intent</source>
        <translation>Conversations nécessaires pour mesurer une intention</translation>
    </message>
    <message>
        <source>From this many handled conversations, an intent uses its measured handling time.</source>
        <translation>À partir de ce nombre de conversations traitées, une intention utilise son temps de traitement mesuré.</translation>
    </message>
    <message>
        <source>Team size compared with</source>
        <translation>Taille de l&apos;équipe de comparaison</translation>
    </message>
    <message>
        <source>The human team the savings are compared with.</source>
        <translation>L&apos;équipe humaine à laquelle les économies sont comparées.</translation>
    </message>
    <message>
        <source>Note for this version (optional)</source>
        <translation>Note pour cette version (facultative)</translation>
    </message>
    <message>
        <source>Why the values change; kept with the version.</source>
        <translation>Pourquoi les valeurs changent&#xa0;; conservée avec la version.</translation>
    </message>
    <message>
        <source>Try these values</source>
        <translation>Essayer ces valeurs</translation>
    </message>
    <message>
        <source>Try these values without saving</source>
        <translation>Essayer ces valeurs sans enregistrer</translation>
    </message>
    <message>
        <source>Save for the organisation</source>
        <translation>Enregistrer pour l&apos;organisation</translation>
    </message>
    <message>
        <source>Reset the fields</source>
        <translation>Réinitialiser les champs</translation>
    </message>
    <message>
        <source>Reset the fields to the values the figures use</source>
        <translation>Réinitialiser les champs avec les valeurs utilisées par les chiffres</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CsvExportButton</name>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Exporter %1 en CSV</translation>
    </message>
    <message>
        <source>Saves this table as a CSV file you choose</source>
        <translation>Enregistre ce tableau dans un fichier CSV de votre choix</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Unknown customer</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Détails du client</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valeur vie client</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Commandes récentes</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Aucune commande pour l&apos;instant</translation>
    </message>
    <message>
        <source>This is their first conversation</source>
        <translation>C&apos;est sa première conversation</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>Effacer le client…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s personal data</source>
        <translation>Effacer les données personnelles de ce client</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Autres conversations</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>%1, date as year-month-day</source>
        <translation>%1, date au format année-mois-jour</translation>
    </message>
</context>
<context>
    <name>DeadlineLegend</name>
    <message>
        <source>First-reply deadline colours: green, more than 2 minutes left; amber, 2 minutes or less; red, missed</source>
        <translation>Couleurs du délai de première réponse&#xa0;: vert, plus de 2 minutes restantes&#xa0;; orange, 2 minutes ou moins&#xa0;; rouge, dépassé</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>2 min or less</source>
        <translation>2 min ou moins</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Dépassé</translation>
    </message>
</context>
<context>
    <name>DeltaLabel</name>
    <message>
        <source>better</source>
        <comment>change against the previous period</comment>
        <translation>mieux</translation>
    </message>
    <message>
        <source>worse</source>
        <comment>change against the previous period</comment>
        <translation>moins bien</translation>
    </message>
    <message>
        <source>no better or worse</source>
        <comment>change against the previous period</comment>
        <translation>ni mieux ni moins bien</translation>
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
        <translation>Insérer la suggestion de l&apos;IA&#xa0;: %1</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
</context>
<context>
    <name>DryRunPanel</name>
    <message>
        <source>Dry run on the cached history</source>
        <translation>Essai à blanc sur l’historique en cache</translation>
    </message>
    <message>
        <source>History to replay: %1</source>
        <translation>Historique à rejouer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replay against the rules in force</source>
        <translation>Rejouer face aux règles en vigueur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Replaying: %1 %</source>
        <translation>Rejeu&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Choose another version on the left: its rules are replayed turn by turn over every cached conversation and compared with the rules in force. Nothing is sent to the server.</source>
        <translation>Choisissez une autre version à gauche&#xa0;: ses règles sont rejouées tour par tour sur chaque conversation en cache et comparées aux règles en vigueur. Rien n’est envoyé au serveur.</translation>
    </message>
    <message>
        <source>Above the line, hand-offs the version adds; below it, the ones it removes; by hour of the day, local time.</source>
        <translation>Au-dessus de la ligne, les transferts que la version ajoute&#xa0;; en dessous, ceux qu’elle retire&#xa0;; par heure de la journée, heure locale.</translation>
    </message>
    <message>
        <source>Replies decided differently</source>
        <translation>Réponses décidées autrement</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot;. Now: %4. Would be: %5</source>
        <translation>%1, %2&#xa0;: «&#xa0;%3&#xa0;». Maintenant&#xa0;: %4. Serait&#xa0;: %5</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Would be: %1</source>
        <translation>Serait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hide the rule trace</source>
        <translation>Masquer la trace des règles</translation>
    </message>
    <message>
        <source>Show the rule trace</source>
        <translation>Afficher la trace des règles</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>Would be:</source>
        <translation>Serait&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EarlierConversationRow</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Open the customer&apos;s other conversation: %1, %2</source>
        <translation>Ouvrir une autre conversation du client&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Merge into this conversation</source>
        <translation>Fusionner dans cette conversation</translation>
    </message>
    <message>
        <source>Merge %1 into this conversation</source>
        <translation>Fusionner %1 dans cette conversation</translation>
    </message>
</context>
<context>
    <name>EchoBubble</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>Erase this customer?</source>
        <translation>Effacer ce client&#xa0;?</translation>
    </message>
    <message>
        <source>%1&apos;s name, e-mail address and every message of their conversations (%2) are erased on the server and in every console, notes and drafts included. Their open conversations are closed first. The figures keep counting the conversations.</source>
        <translation>Le nom, l’adresse e-mail et chaque message des conversations (%2) de %1 sont effacés sur le serveur et dans chaque console, notes et brouillons compris. Ses conversations ouvertes sont d’abord clôturées. Les chiffres continuent de compter les conversations.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel, keep the customer</source>
        <translation>Annuler, garder le client</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Effacer le client</translation>
    </message>
    <message>
        <source>Erase the customer for good</source>
        <translation>Effacer le client définitivement</translation>
    </message>
</context>
<context>
    <name>EventApplier</name>
    <message>
        <source>The cache does not have the expected tables (%1).</source>
        <translation>Le cache ne contient pas les tables attendues (%1).</translation>
    </message>
    <message>
        <source>Could not start writing to the cache (%1).</source>
        <translation>Impossible de commencer l&apos;écriture dans le cache (%1).</translation>
    </message>
    <message>
        <source>Could not save to the cache (%1).</source>
        <translation>Impossible d&apos;enregistrer dans le cache (%1).</translation>
    </message>
    <message>
        <source>Could not write event %1 to the cache (%2).</source>
        <translation>Impossible d&apos;écrire l&apos;événement %1 dans le cache (%2).</translation>
    </message>
    <message>
        <source>Could not save the cache position (%1).</source>
        <translation>Impossible d&apos;enregistrer la position du cache (%1).</translation>
    </message>
    <message>
        <source>Could not clear the cache for a snapshot (%1).</source>
        <translation>Impossible de vider le cache pour un instantané (%1).</translation>
    </message>
    <message>
        <source>Could not write a snapshot to the cache (%1).</source>
        <translation>Impossible d&apos;écrire un instantané dans le cache (%1).</translation>
    </message>
    <message>
        <source>Could not erase a customer from the cache (%1).</source>
        <translation>Impossible d’effacer un client du cache (%1).</translation>
    </message>
    <message>
        <source>A snapshot part arrived without its first part.</source>
        <translation>Une partie d&apos;instantané est arrivée sans sa première partie.</translation>
    </message>
    <message>
        <source>Could not index cached messages for search (%1).</source>
        <translation>Impossible d&apos;indexer les messages en cache pour la recherche (%1).</translation>
    </message>
</context>
<context>
    <name>FactsCache</name>
    <message>
        <source>The figures could not be saved in the local cache (%1).</source>
        <translation>Les chiffres n&apos;ont pas pu être enregistrés dans le cache local (%1).</translation>
    </message>
    <message>
        <source>The cached figures could not be read (%1).</source>
        <translation>Les chiffres en cache n&apos;ont pas pu être lus (%1).</translation>
    </message>
    <message>
        <source>The cached figures could not be cleared (%1).</source>
        <translation>Les chiffres en cache n&apos;ont pas pu être effacés (%1).</translation>
    </message>
    <message>
        <source>The cost model could not be saved in the local cache (%1).</source>
        <translation>Le modèle de coûts n&apos;a pas pu être enregistré dans le cache local (%1).</translation>
    </message>
    <message>
        <source>The cached cost model could not be read (%1).</source>
        <translation>Le modèle de coûts en cache n&apos;a pas pu être lu (%1).</translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message>
        <source>All figures</source>
        <translation>Tous les chiffres</translation>
    </message>
    <message>
        <source>Every figure of this period against the previous one</source>
        <translation>Chaque chiffre de cette période comparé à la période précédente</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>%1: %2, previously %3, %4</source>
        <translation>%1&#xa0;: %2, auparavant %3, %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>Cancel export (%1 %)</source>
        <translation>Annuler l&apos;export (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the listed conversations</source>
        <translation>Exporter les conversations affichées</translation>
    </message>
    <message numerus="yes">
        <source>Export %n conversation(s)</source>
        <translation>
            <numerusform>Exporter %n conversation</numerusform>
            <numerusform>Exporter %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet (CSV): one row per conversation</source>
        <translation>Tableur (CSV)&#xa0;: une ligne par conversation</translation>
    </message>
    <message>
        <source>Full transcripts (JSON Lines): every message with its confidence and tools</source>
        <translation>Transcriptions complètes (JSON Lines)&#xa0;: chaque message avec sa confiance et ses outils</translation>
    </message>
    <message>
        <source>Printed transcripts (PDF)</source>
        <translation>Transcriptions imprimables (PDF)</translation>
    </message>
    <message>
        <source>Redact e-mail addresses, phone numbers and card numbers</source>
        <translation>Masquer les adresses e-mail, numéros de téléphone et numéros de carte</translation>
    </message>
    <message>
        <source>Include internal notes and whispers</source>
        <translation>Inclure les notes internes et les chuchotements à l&apos;IA</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Fichiers JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>support or sales</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Créée (UTC)</translation>
    </message>
    <message>
        <source>AI first response (s)</source>
        <translation>Première réponse de l&apos;IA (s)</translation>
    </message>
    <message>
        <source>Human first response after hand-off (s)</source>
        <translation>Première réponse humaine après passage de relais (s)</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Clôturée par</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Resolution time (s)</source>
        <translation>Délai de résolution (s)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Lowest AI confidence</source>
        <translation>Confiance de l&apos;IA la plus faible</translation>
    </message>
    <message>
        <source>Mean AI confidence</source>
        <translation>Confiance moyenne de l&apos;IA</translation>
    </message>
    <message>
        <source>Hand-off reason</source>
        <translation>Motif du passage de relais</translation>
    </message>
    <message>
        <source>Voice version</source>
        <translation>Version de la voix de marque</translation>
    </message>
    <message>
        <source>Rules version</source>
        <translation>Version des règles</translation>
    </message>
    <message>
        <source>Revenue attributed</source>
        <translation>Chiffre d&apos;affaires attribué</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>Created:</source>
        <translation>Créée&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Closed by:</source>
        <translation>Clôturée par&#xa0;:</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>Intention&#xa0;:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Weakest AI reply:</source>
        <translation>Réponse de l&apos;IA la plus faible&#xa0;:</translation>
    </message>
    <message>
        <source>Hand-off:</source>
        <translation>Passage de relais&#xa0;:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Relecture&#xa0;:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Trier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Offline: the conversations cached on this computer. %1</source>
        <translation>Hors ligne&#xa0;: les conversations en cache sur cet ordinateur. %1</translation>
    </message>
    <message>
        <source>New activity — refresh</source>
        <translation>Nouvelle activité — actualiser</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Search every cached message</source>
        <translation>Rechercher dans tous les messages en cache</translation>
    </message>
    <message>
        <source>Cached conversations</source>
        <translation>Conversations en cache</translation>
    </message>
    <message>
        <source>History cannot be read</source>
        <translation>Impossible de lire l&apos;historique</translation>
    </message>
    <message>
        <source>No conversation matches</source>
        <translation>Aucune conversation ne correspond</translation>
    </message>
    <message>
        <source>No cached conversations yet</source>
        <translation>Aucune conversation en cache pour l&apos;instant</translation>
    </message>
    <message>
        <source>Try fewer words, or clear the filters.</source>
        <translation>Essayez avec moins de mots, ou effacez les filtres.</translation>
    </message>
    <message>
        <source>Conversations appear here once the console has been online; they stay for review offline.</source>
        <translation>Les conversations apparaissent ici dès que la console a été en ligne&#xa0;; elles restent consultables hors ligne.</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>Press Enter to open the transcript.</source>
        <translation>Appuyez sur Entrée pour ouvrir la transcription.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong reply(s)</source>
        <translation>
            <numerusform>%n réponse incorrecte</numerusform>
            <numerusform>%n réponses incorrectes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relue</translation>
    </message>
    <message>
        <source>Rated %1 of 5</source>
        <translation>Notée %1 sur 5</translation>
    </message>
</context>
<context>
    <name>HourBars</name>
    <message>
        <source>%1:00, %2 more, %3 fewer</source>
        <translation>%1 h, %2 de plus, %3 de moins</translation>
    </message>
    <message>
        <source>Hand-offs by hour: %1</source>
        <translation>Transferts par heure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hand-offs by hour: no change</source>
        <translation>Transferts par heure&#xa0;: aucun changement</translation>
    </message>
</context>
<context>
    <name>Intent</name>
    <message>
        <source>Order status</source>
        <translation>Statut de commande</translation>
    </message>
    <message>
        <source>Return request</source>
        <translation>Demande de retour</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Choix de la taille</translation>
    </message>
    <message>
        <source>Damaged item</source>
        <translation>Article endommagé</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>Statut du remboursement</translation>
    </message>
    <message>
        <source>Order cancellation</source>
        <translation>Annulation de commande</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation>A demandé un humain</translation>
    </message>
    <message>
        <source>Product question</source>
        <translation>Question sur un produit</translation>
    </message>
    <message>
        <source>Discount request</source>
        <translation>Demande de réduction</translation>
    </message>
    <message>
        <source>Bulk order lead</source>
        <translation>Prospect pour une commande en gros</translation>
    </message>
    <message>
        <source>Shipping policy</source>
        <translation>Politique de livraison</translation>
    </message>
    <message>
        <source>Greeting or small talk</source>
        <translation>Salutations ou bavardage</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <source>Licence of %1</source>
        <translation>Licence de %1</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LiveFigure</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>Could not create the cache folder %1.</source>
        <translation>Impossible de créer le dossier du cache %1.</translation>
    </message>
    <message>
        <source>Could not open the cache at %1: %2</source>
        <translation>Impossible d&apos;ouvrir le cache %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cache at %1 is not a Pilothouse cache or is damaged (%2). Move it aside or delete it; it will be filled again from the server.</source>
        <translation>Le cache %1 n&apos;est pas un cache Pilothouse ou est endommagé (%2). Déplacez-le ou supprimez-le&#xa0;; il sera de nouveau rempli depuis le serveur.</translation>
    </message>
    <message>
        <source>The cache at %1 was written by a newer Pilothouse (schema %2, this version knows %3). Nothing was changed.</source>
        <translation>Le cache %1 a été écrit par une version plus récente de Pilothouse (schéma %2, cette version connaît %3). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not update the cache at %1 (%2).</source>
        <translation>Impossible de mettre à jour le cache %1 (%2).</translation>
    </message>
    <message>
        <source>Could not prepare the cache at %1 (%2).</source>
        <translation>Impossible de préparer le cache %1 (%2).</translation>
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
        <translation>Fusionner dans cette conversation&#xa0;?</translation>
    </message>
    <message>
        <source>The other conversation (%1) is closed, and its customer&apos;s messages are copied into this one, where the conversation with the customer goes on.</source>
        <translation>L&apos;autre conversation (%1) est close et les messages du client sont copiés dans celle-ci, où l&apos;échange avec le client se poursuit.</translation>
    </message>
    <message>
        <source>no subject</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge the other conversation into this one</source>
        <translation>Fusionner l&apos;autre conversation dans celle-ci</translation>
    </message>
    <message>
        <source>Cancel, keep both conversations</source>
        <translation>Annuler, garder les deux conversations</translation>
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
        <translation>IA</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, %2 at %3: %4</source>
        <translation>%1, %2 à %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 against %2 (%3)</source>
        <translation>%1 par rapport à %2 (%3)</translation>
    </message>
    <message>
        <source>vs %1</source>
        <comment>the previous period&apos;s value</comment>
        <translation>contre %1</translation>
    </message>
    <message>
        <source>Press Enter to list the conversations behind it.</source>
        <translation>Appuyez sur Entrée pour afficher la liste des conversations à l&apos;origine de ce chiffre.</translation>
    </message>
</context>
<context>
    <name>MetricText</name>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Automation rate</source>
        <translation>Taux d&apos;automatisation</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Résolues par l&apos;IA</translation>
    </message>
    <message>
        <source>Resolved by AI, provisional</source>
        <translation>Résolues par l&apos;IA, provisoires</translation>
    </message>
    <message>
        <source>Resolved by AI, vendor-style</source>
        <translation>Résolues par l&apos;IA, selon les éditeurs</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>Taux de confinement</translation>
    </message>
    <message>
        <source>Handed to a person</source>
        <translation>Confiées à un humain</translation>
    </message>
    <message>
        <source>AI first response</source>
        <translation>Première réponse de l&apos;IA</translation>
    </message>
    <message>
        <source>First human response after hand-off</source>
        <translation>Première réponse humaine après passage de relais</translation>
    </message>
    <message>
        <source>Time to resolution</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <source>Satisfied customers</source>
        <translation>Clients satisfaits</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Survey response rate</source>
        <translation>Taux de réponse à l&apos;enquête</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Heures économisées</translation>
    </message>
    <message>
        <source>AI spend</source>
        <translation>Dépenses d&apos;IA</translation>
    </message>
    <message>
        <source>Money saved</source>
        <translation>Économies réalisées</translation>
    </message>
    <message numerus="yes">
        <source>Cost of a team of %n</source>
        <translation>
            <numerusform>Coût d&apos;une équipe de %n personne</numerusform>
            <numerusform>Coût d&apos;une équipe de %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost per resolution</source>
        <translation>Coût par résolution</translation>
    </message>
    <message>
        <source>Qualified leads</source>
        <translation>Prospects qualifiés</translation>
    </message>
    <message>
        <source>Won sales</source>
        <translation>Ventes conclues</translation>
    </message>
    <message>
        <source>Revenue influenced</source>
        <translation>Chiffre d&apos;affaires influencé</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Conversations created in the period.</source>
        <translation>Conversations créées sur la période.</translation>
    </message>
    <message>
        <source>Of the conversations that ended, those the AI resolved with no person writing and no reopening.</source>
        <translation>Parmi les conversations terminées, celles que l&apos;IA a résolues sans qu&apos;aucun humain n&apos;écrive et sans réouverture.</translation>
    </message>
    <message>
        <source>Resolved by the AI alone, no person wrote to the customer, and not reopened within 7 days.</source>
        <translation>Résolues par l&apos;IA seule, sans qu&apos;aucun humain n&apos;écrive au client, et non rouvertes dans les 7 jours.</translation>
    </message>
    <message>
        <source>Resolved by the AI alone less than 7 days ago: strict once a week passes without a reopening.</source>
        <translation>Résolues par l&apos;IA seule il y a moins de 7 jours&#xa0;: elles deviennent strictes après une semaine sans réouverture.</translation>
    </message>
    <message>
        <source>Every close by the AI, including customers who went quiet and conversations a person helped with or that reopened: what other products report.</source>
        <translation>Toutes les clôtures par l&apos;IA, y compris les clients qui ne se sont plus manifestés et les conversations où un humain a aidé ou qui ont été rouvertes&#xa0;: ce que rapportent les autres produits.</translation>
    </message>
    <message>
        <source>Conversations never handed to a person.</source>
        <translation>Conversations jamais confiées à un humain.</translation>
    </message>
    <message>
        <source>Conversations escalated or taken over by a person.</source>
        <translation>Conversations escaladées ou sur lesquelles un humain a pris la main.</translation>
    </message>
    <message>
        <source>Mean time from the customer&apos;s first message to the AI&apos;s first reply.</source>
        <translation>Temps moyen entre le premier message du client et la première réponse de l&apos;IA.</translation>
    </message>
    <message>
        <source>Mean time from a hand-off to the first reply a person wrote, never blended with the AI&apos;s.</source>
        <translation>Temps moyen entre un passage de relais et la première réponse écrite par un humain, jamais mélangée à celles de l&apos;IA.</translation>
    </message>
    <message>
        <source>Mean time from the first message to the resolution.</source>
        <translation>Temps moyen entre le premier message et la résolution.</translation>
    </message>
    <message>
        <source>Ratings of 4 or 5 among the rated conversations.</source>
        <translation>Notes de 4 ou 5 parmi les conversations notées.</translation>
    </message>
    <message>
        <source>Mean rating, 1 to 5, of the rated conversations.</source>
        <translation>Note moyenne, de 1 à 5, des conversations notées.</translation>
    </message>
    <message>
        <source>Rated conversations among those sent a survey.</source>
        <translation>Conversations notées parmi celles qui ont reçu une enquête.</translation>
    </message>
    <message>
        <source>Strict AI resolutions times the time a person takes for the same intent.</source>
        <translation>Résolutions strictes par l&apos;IA multipliées par le temps qu&apos;un humain consacre à la même intention.</translation>
    </message>
    <message>
        <source>Tokens the AI used, at the cost model&apos;s price.</source>
        <translation>Jetons utilisés par l&apos;IA, au prix du modèle de coûts.</translation>
    </message>
    <message>
        <source>Hours saved at the loaded hourly cost, minus the AI spend.</source>
        <translation>Heures économisées au coût horaire chargé, moins les dépenses d&apos;IA.</translation>
    </message>
    <message>
        <source>What the team the savings are compared with costs in the period.</source>
        <translation>Ce que coûte sur la période l&apos;équipe à laquelle les économies sont comparées.</translation>
    </message>
    <message>
        <source>AI spend plus the time people spent, over every resolved conversation.</source>
        <translation>Dépenses d&apos;IA plus le temps passé par les humains, rapportés à l&apos;ensemble des conversations résolues.</translation>
    </message>
    <message>
        <source>Sales conversations where need, timeline, budget and authority became known.</source>
        <translation>Conversations commerciales où le besoin, le délai, le budget et le décideur sont devenus connus.</translation>
    </message>
    <message>
        <source>Sales conversations won.</source>
        <translation>Conversations commerciales gagnées.</translation>
    </message>
    <message>
        <source>Orders placed within the attribution window of a sales conversation.</source>
        <translation>Commandes passées dans la fenêtre d&apos;attribution d&apos;une conversation commerciale.</translation>
    </message>
    <message>
        <source>Revenue influenced over the attributed orders.</source>
        <translation>Chiffre d&apos;affaires influencé rapporté au nombre de commandes attribuées.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage; the translation places the sign</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <comment>change of a percentage, in points</comment>
        <translation>%1%2&#xa0;pts</translation>
    </message>
    <message>
        <source>First-reply deadlines met</source>
        <translation>Délais de première réponse tenus</translation>
    </message>
    <message>
        <source>Of the hand-offs whose first-reply deadline has been decided, those a person answered by it.</source>
        <translation>Parmi les transferts dont le délai de première réponse est tranché, ceux auxquels une personne a répondu à temps.</translation>
    </message>
</context>
<context>
    <name>NavTab</name>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n en attente</numerusform>
            <numerusform>%1, %n en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoFiguresState</name>
    <message>
        <source>No figures yet</source>
        <translation>Pas encore de chiffres</translation>
    </message>
    <message>
        <source>No figures are cached on this computer. They arrive from the server once you are online.</source>
        <translation>Aucun chiffre n&apos;est en cache sur cet ordinateur. Ils arrivent du serveur dès que vous êtes en ligne.</translation>
    </message>
    <message>
        <source>The server sends them to supervisors and admins once it has conversations.</source>
        <translation>Le serveur les envoie aux superviseurs et aux administrateurs dès qu&apos;il a des conversations.</translation>
    </message>
</context>
<context>
    <name>NoteSwitch</name>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Shortcut: Ctrl+Shift+N</source>
        <translation>Raccourci&#xa0;: Ctrl+Maj+N</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss notice: %1</source>
        <translation>Fermer la notification : %1</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Show a desktop notification when a conversation is handed to people</source>
        <translation>Afficher une notification sur le bureau quand une conversation est confiée à des personnes</translation>
    </message>
    <message>
        <source>Play a sound with it</source>
        <translation>L&apos;accompagner d&apos;un son</translation>
    </message>
    <message>
        <source>Notify me of hand-offs for these reasons</source>
        <translation>M&apos;avertir des transferts pour ces raisons</translation>
    </message>
</context>
<context>
    <name>OpenElsewhereNotice</name>
    <message>
        <source>Open it</source>
        <translation>L&apos;ouvrir</translation>
    </message>
    <message>
        <source>Open the customer&apos;s other open conversation</source>
        <translation>Ouvrir l&apos;autre conversation ouverte du client</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Order #%1, %2, %3, %4</source>
        <translation>Commande #%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Passée le %1</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Could not create the folder %1 for unsent actions.</source>
        <translation>Impossible de créer le dossier %1 des actions non envoyées.</translation>
    </message>
    <message>
        <source>Could not open the unsent actions at %1: %2</source>
        <translation>Impossible d&apos;ouvrir les actions non envoyées dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 for unsent actions is damaged (%2). Move it aside; actions in it may be lost.</source>
        <translation>Le fichier %1 des actions non envoyées est endommagé (%2). Déplacez-le&#xa0;; les actions qu&apos;il contient peuvent être perdues.</translation>
    </message>
    <message>
        <source>The unsent actions at %1 were written by a newer Pilothouse (schema %2). Nothing was changed.</source>
        <translation>Les actions non envoyées dans %1 ont été écrites par une version plus récente de Pilothouse (schéma %2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not prepare the unsent actions at %1 (%2).</source>
        <translation>Impossible de préparer les actions non envoyées dans %1 (%2).</translation>
    </message>
    <message>
        <source>Could not create the unsent actions store (%1).</source>
        <translation>Impossible de créer le stockage des actions non envoyées (%1).</translation>
    </message>
    <message>
        <source>The outbox&apos;s journal could not be truncated.</source>
        <translation>Le journal de la boîte d’envoi n’a pas pu être tronqué.</translation>
    </message>
</context>
<context>
    <name>OutcomesChart</name>
    <message>
        <source>Outcomes by day</source>
        <translation>Résultats par jour</translation>
    </message>
    <message>
        <source>Conversations by the day they started, and how they ended so far</source>
        <translation>Conversations selon leur jour de début, et leur issue jusqu&apos;à présent</translation>
    </message>
    <message>
        <source>Outcomes by day, chart; the same figures are in the table</source>
        <translation>Résultats par jour, graphique&#xa0;; les mêmes chiffres figurent dans le tableau</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Résolues par l&apos;IA</translation>
    </message>
    <message>
        <source>Closed by AI, lenient only</source>
        <translation>Clôturées par l&apos;IA, au sens large uniquement</translation>
    </message>
    <message>
        <source>Resolved by a person</source>
        <translation>Résolues par un humain</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Non résolues</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonnées</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Encore ouvertes</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>By AI</source>
        <translation>Par l&apos;IA</translation>
    </message>
    <message>
        <source>AI, lenient only</source>
        <translation>IA, au sens large uniquement</translation>
    </message>
    <message>
        <source>By a person</source>
        <translation>Par un humain</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 resolved by AI, %4 closed by AI counted only by the lenient figure, %5 resolved by a person, %6 not resolved, %7 abandoned, %8 still open</source>
        <translation>%1&#xa0;: %2 conversations, %3 résolues par l&apos;IA, %4 clôturées par l&apos;IA comptées seulement par le chiffre au sens large, %5 résolues par un humain, %6 non résolues, %7 abandonnées, %8 encore ouvertes</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Conversations today</source>
        <translation>Conversations aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>En ce moment</translation>
    </message>
    <message>
        <source>From the cache: offline, nothing arrives live</source>
        <translation>Depuis le cache&#xa0;: hors ligne, rien n&apos;arrive en direct</translation>
    </message>
    <message>
        <source>Conversations on the board</source>
        <translation>Conversations sur le tableau</translation>
    </message>
    <message>
        <source>AI handling</source>
        <translation>IA en charge</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation>En attente d&apos;un humain</translation>
    </message>
    <message>
        <source>With a person</source>
        <translation>Avec un humain</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open Analytics</source>
        <translation>Ouvrir les analyses</translation>
    </message>
    <message>
        <source>This month so far (%1), against the cost of the team for the same days</source>
        <translation>Ce mois-ci jusqu&apos;à présent (%1), par rapport au coût de l&apos;équipe sur les mêmes jours</translation>
    </message>
    <message>
        <source>Conversations behind it</source>
        <translation>Conversations à l&apos;origine de ce chiffre</translation>
    </message>
    <message>
        <source>List the conversations behind the money saved this month</source>
        <translation>Afficher la liste des conversations à l&apos;origine des économies réalisées ce mois-ci</translation>
    </message>
</context>
<context>
    <name>PageHeading</name>
    <message>
        <source>Offline: %1</source>
        <translation>Hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unsaved assumptions</source>
        <translation>Hypothèses non enregistrées</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Show as chart</source>
        <translation>Afficher en graphique</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <source>Show %1 as chart</source>
        <translation>Afficher %1 en graphique</translation>
    </message>
    <message>
        <source>Show %1 as table</source>
        <translation>Afficher %1 en tableau</translation>
    </message>
</context>
<context>
    <name>PdfExportButton</name>
    <message>
        <source>Exporting… %1 %</source>
        <translation>Export… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>Saves every table of this page, with the period and the assumptions, as a PDF file you choose</source>
        <translation>Enregistre tous les tableaux de cette page, avec la période et les hypothèses, dans un fichier PDF de votre choix</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved, %n page(s).</source>
        <translation>
            <numerusform>Enregistré, %n page.</numerusform>
            <numerusform>Enregistré, %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenceSwitch</name>
    <message>
        <source>Your presence</source>
        <translation>Votre présence</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Vous êtes</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
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
        <translation>Haute</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorité&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QueueHeader</name>
    <message>
        <source>Escalation queue</source>
        <translation>File d&apos;escalade</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) waiting</source>
        <translation>
            <numerusform>%n conversation en attente</numerusform>
            <numerusform>%n conversations en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Take next</source>
        <translation>Prendre la suivante</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Group by reason</source>
        <translation>Grouper par motif</translation>
    </message>
    <message>
        <source>Take next  N</source>
        <translation>Prendre la suivante  N</translation>
    </message>
    <message>
        <source>Take over the most urgent waiting conversation. Shortcut: N</source>
        <translation>Prendre en charge la conversation en attente la plus urgente. Raccourci&#xa0;: N</translation>
    </message>
    <message>
        <source>You are away, so Take next is off. Set yourself online in the Team tab (Ctrl+3).</source>
        <translation>Vous êtes absent&#xa0;: «&#xa0;Prendre la suivante&#xa0;» est désactivé. Repassez en ligne dans l&apos;onglet Équipe (Ctrl+3).</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Unknown customer</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>%1, %2, with %3, %4</source>
        <translation>%1, %2, avec %3, %4</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Escalation queue</source>
        <translation>File d&apos;escalade</translation>
    </message>
    <message>
        <source>Escalated conversations</source>
        <translation>Conversations escaladées</translation>
    </message>
    <message>
        <source>Nothing for this reason</source>
        <translation>Rien pour ce motif</translation>
    </message>
    <message>
        <source>The queue is clear</source>
        <translation>La file d&apos;attente est vide</translation>
    </message>
    <message>
        <source>No conversation is escalated for “%1” right now.</source>
        <translation>Aucune conversation n&apos;est escaladée pour «&#xa0;%1&#xa0;» en ce moment.</translation>
    </message>
    <message>
        <source>When the AI hands a conversation to people, it appears here with its reason and response target.</source>
        <translation>Quand l&apos;IA confie une conversation à un humain, elle apparaît ici avec son motif et son délai de réponse cible.</translation>
    </message>
</context>
<context>
    <name>RateTrendChart</name>
    <message>
        <source>Strict AI resolution by day</source>
        <translation>Résolution stricte par l&apos;IA, par jour</translation>
    </message>
    <message>
        <source>Share of each day&apos;s conversations the AI resolved, durable after 7 days</source>
        <translation>Part des conversations de chaque jour que l&apos;IA a résolues, de façon durable après 7 jours</translation>
    </message>
    <message>
        <source>Strict AI resolution by day, chart; the same figures are in the table</source>
        <translation>Résolution stricte par l&apos;IA par jour, graphique&#xa0;; les mêmes chiffres figurent dans le tableau</translation>
    </message>
    <message>
        <source>Strict AI resolution</source>
        <translation>Résolution stricte par l&apos;IA</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Résolues par l&apos;IA</translation>
    </message>
</context>
<context>
    <name>ReasonChip</name>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RecentActivity</name>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>The conversations with the newest messages</source>
        <translation>Les conversations aux messages les plus récents</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Aucune conversation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Opens the conversation in the workspace</source>
        <translation>Ouvre la conversation dans l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
</context>
<context>
    <name>RetentionSelect</name>
    <message>
        <source>Keep closed conversations for: %1</source>
        <translation>Conserver les conversations closes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (the default)</source>
        <translation>
            <numerusform>%n jour (par défaut)</numerusform>
            <numerusform>%n jours (par défaut)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>%1: %2 — “%3”</source>
        <translation>%1&#xa0;: %2 — «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Right (1)</source>
        <translation>Juste (1)</translation>
    </message>
    <message>
        <source>Wrong (2)</source>
        <translation>Fausse (2)</translation>
    </message>
    <message>
        <source>Note (optional, N)</source>
        <translation>Note (facultative, N)</translation>
    </message>
    <message>
        <source>Note for this label</source>
        <translation>Note pour cette étiquette</translation>
    </message>
    <message>
        <source>What was wrong?</source>
        <translation>Qu’est-ce qui n’allait pas&#xa0;?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in to label replies.</source>
        <translation>Connectez-vous pour étiqueter les réponses.</translation>
    </message>
    <message>
        <source>Press a reason&apos;s key to send the label, Esc to go back.</source>
        <translation>Appuyez sur la touche d’une raison pour envoyer l’étiquette, Échap pour revenir.</translation>
    </message>
    <message>
        <source>J next, K previous, 1 right, 2 wrong, N note. Labels wait in the outbox while offline.</source>
        <translation>J suivante, K précédente, 1 juste, 2 fausse, N note. Hors ligne, les étiquettes attendent dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>%1 (sending)</source>
        <translation>%1 (envoi)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Offline: labels are kept and sent when the link returns. %1</source>
        <translation>Hors ligne&#xa0;: les étiquettes sont gardées et envoyées au retour de la connexion. %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Replies sampled per day</source>
        <translation>Réponses échantillonnées par jour</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Replies to review</source>
        <translation>Réponses à revoir</translation>
    </message>
    <message>
        <source>Could not read the replies</source>
        <translation>Impossible de lire les réponses</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Rien à revoir</translation>
    </message>
    <message>
        <source>Every cached AI reply has a label.</source>
        <translation>Chaque réponse de l’IA en cache a une étiquette.</translation>
    </message>
    <message>
        <source>You have labelled this week&apos;s sample.</source>
        <translation>Vous avez étiqueté l’échantillon de la semaine.</translation>
    </message>
    <message>
        <source>No handed-over conversation has a reply you have not labelled.</source>
        <translation>Aucune conversation transférée n’a de réponse que vous n’avez pas étiquetée.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Select a reply to see its conversation.</source>
        <translation>Sélectionnez une réponse pour voir sa conversation.</translation>
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
        <translation>%1 (envoi)</translation>
    </message>
</context>
<context>
    <name>RuleRow</name>
    <message>
        <source>%1. %2%3. When: %4. Then: %5</source>
        <translation>%1. %2%3. Quand&#xa0;: %4. Alors&#xa0;: %5</translation>
    </message>
    <message>
        <source>, guardrail</source>
        <translation>, garde-fou</translation>
    </message>
    <message>
        <source>, switched off</source>
        <translation>, désactivée</translation>
    </message>
    <message>
        <source>Guardrail</source>
        <translation>Garde-fou</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Quand&#xa0;: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Alors&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>below</source>
        <translation>sous</translation>
    </message>
    <message>
        <source>at or below</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus de</translation>
    </message>
    <message>
        <source>at or above</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>the customer is a VIP</source>
        <translation>le client est VIP</translation>
    </message>
    <message>
        <source>the customer is not a VIP</source>
        <translation>le client n’est pas VIP</translation>
    </message>
    <message>
        <source>the customer asks for a person</source>
        <translation>le client demande une personne</translation>
    </message>
    <message>
        <source>the customer does not ask for a person</source>
        <translation>le client ne demande pas de personne</translation>
    </message>
    <message>
        <source>the message threatens legal action</source>
        <translation>le message menace d’une action en justice</translation>
    </message>
    <message>
        <source>the message threatens no legal action</source>
        <translation>le message ne menace pas d’action en justice</translation>
    </message>
    <message>
        <source>the message speaks of self-harm</source>
        <translation>le message parle d’automutilation</translation>
    </message>
    <message>
        <source>the message does not speak of self-harm</source>
        <translation>le message ne parle pas d’automutilation</translation>
    </message>
    <message>
        <source>a lookup failed</source>
        <translation>une recherche a échoué</translation>
    </message>
    <message>
        <source>no lookup failed</source>
        <translation>aucune recherche n’a échoué</translation>
    </message>
    <message>
        <source>the AI has no answer</source>
        <translation>l’IA n’a pas de réponse</translation>
    </message>
    <message>
        <source>the AI has an answer</source>
        <translation>l’IA a une réponse</translation>
    </message>
    <message>
        <source>within business hours</source>
        <translation>pendant les heures d’ouverture</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>en dehors des heures d’ouverture</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>confiance</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>sentiment</translation>
    </message>
    <message>
        <source>lifetime value</source>
        <translation>valeur client</translation>
    </message>
    <message>
        <source>order value</source>
        <translation>valeur de la commande</translation>
    </message>
    <message>
        <source>turns without progress</source>
        <translation>tours sans progrès</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>intention</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>e.g. &quot;confidence below 45 %&quot;</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <extracomment>e.g. &quot;intent is Refund or Cancel order&quot;</extracomment>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 n’est pas %2</translation>
    </message>
    <message>
        <source>the message contains %1</source>
        <translation>le message contient %1</translation>
    </message>
    <message>
        <source>The customer asks for a person (built-in detector, five languages)</source>
        <translation>Le client demande une personne (détecteur intégré, cinq langues)</translation>
    </message>
    <message>
        <source>The message threatens legal action or a chargeback (built-in detector, five languages)</source>
        <translation>Le message menace d’une action en justice ou d’une rétrofacturation (détecteur intégré, cinq langues)</translation>
    </message>
    <message>
        <source>The message speaks of self-harm or a risk to life (built-in detector, five languages)</source>
        <translation>Le message parle d’automutilation ou d’un danger de mort (détecteur intégré, cinq langues)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>Hold the AI&apos;s answer for a person to approve: %1, %2</source>
        <extracomment>%1 the hand-off reason, %2 its priority</extracomment>
        <translation>Retenir la réponse de l’IA pour validation par une personne&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Hand over: %1, %2</source>
        <extracomment>%1 the hand-off reason, %2 its priority</extracomment>
        <translation>Transférer&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Would hand over</source>
        <translation>Transférerait</translation>
    </message>
    <message>
        <source>Would no longer hand over</source>
        <translation>Ne transférerait plus</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Autre raison</translation>
    </message>
    <message>
        <source>Another priority</source>
        <translation>Autre priorité</translation>
    </message>
    <message>
        <source>Held instead of handed over, or the reverse</source>
        <translation>Retenue au lieu d’être transférée, ou l’inverse</translation>
    </message>
    <message>
        <source>The AI answers</source>
        <translation>L’IA répond</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the rule&apos;s name (as the supervisor wrote it), %2 what it does</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>New rule %1 at position %2</source>
        <translation>Nouvelle règle %1 en position %2</translation>
    </message>
    <message>
        <source>Rule %1 removed (it was at position %2)</source>
        <translation>Règle %1 supprimée (elle était en position %2)</translation>
    </message>
    <message>
        <source>Rule %1 moved from position %2 to %3</source>
        <translation>Règle %1 déplacée de la position %2 à la %3</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>renommée depuis %1</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>when: %1</source>
        <translation>quand&#xa0;: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <translation>alors&#xa0;: %1</translation>
    </message>
    <message>
        <source>moved from position %1 to %2</source>
        <translation>déplacée de la position %1 à la %2</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Other business hours</source>
        <translation>Autres heures d’ouverture</translation>
    </message>
    <message>
        <source>%1. %2: switched off</source>
        <translation>%1. %2&#xa0;: désactivée</translation>
    </message>
    <message>
        <source>built-in detector</source>
        <translation>détecteur intégré</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>ne s’applique pas</translation>
    </message>
    <message>
        <source>holds (an earlier rule decides)</source>
        <translation>s’applique (une règle plus haute décide)</translation>
    </message>
    <message>
        <source>holds and decides</source>
        <translation>s’applique et décide</translation>
    </message>
    <message>
        <source>%1. %2: %3 (%4)</source>
        <extracomment>%1 position, %2 the rule&apos;s name, %3 holds or not, %4 its conditions with ✓ or ✗</extracomment>
        <translation>%1. %2&#xa0;: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Published versions of the rules</source>
        <translation>Versions publiées des règles</translation>
    </message>
    <message>
        <source>Escalation rules: %1</source>
        <translation>Règles d’escalade&#xa0;: %1</translation>
    </message>
    <message>
        <source>Escalation rules</source>
        <translation>Règles d’escalade</translation>
    </message>
    <message>
        <source>Read top to bottom: the first rule that holds decides whether a person takes over. Guardrails can move but never go.</source>
        <translation>Lues de haut en bas&#xa0;: la première règle qui s’applique décide si une personne prend le relais. Les garde-fous peuvent bouger, jamais disparaître.</translation>
    </message>
    <message>
        <source>Rules, in the order they are read</source>
        <translation>Règles, dans l’ordre de lecture</translation>
    </message>
    <message>
        <source>No rules to show</source>
        <translation>Aucune règle à afficher</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message numerus="yes">
        <source>Sales conversations, and the orders placed within %n day(s) of one</source>
        <translation>
            <numerusform>Conversations commerciales et commandes passées dans un délai de %n jour après l&apos;une d&apos;elles</numerusform>
            <numerusform>Conversations commerciales et commandes passées dans un délai de %n jours après l&apos;une d&apos;elles</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribution window:</source>
        <translation>Fenêtre d&apos;attribution&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedRepliesEditorDialog</name>
    <message>
        <source>Edit saved replies</source>
        <translation>Modifier les réponses enregistrées</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Réponses enregistrées</translation>
    </message>
    <message>
        <source>Shared by the whole team. Placeholders are filled in when a reply is inserted: {customer.name}, {customer.firstName}, {order.id} (the latest order), {agent.name}, {agent.firstName}.</source>
        <translation>Partagées par toute l&apos;équipe. Les champs sont remplis à l&apos;insertion&#xa0;: {customer.name}, {customer.firstName}, {order.id} (la dernière commande), {agent.name}, {agent.firstName}.</translation>
    </message>
    <message>
        <source>Add a reply</source>
        <translation>Ajouter une réponse</translation>
    </message>
    <message>
        <source>What changed (optional)</source>
        <translation>Ce qui a changé (facultatif)</translation>
    </message>
    <message>
        <source>Note for this version</source>
        <translation>Note de cette version</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
</context>
<context>
    <name>SavedReplyEditRow</name>
    <message>
        <source>Title, e.g. Refund timeline</source>
        <translation>Titre, par ex. Délai de remboursement</translation>
    </message>
    <message>
        <source>Title of saved reply %1</source>
        <translation>Titre de la réponse enregistrée %1</translation>
    </message>
    <message>
        <source>Move saved reply %1 up</source>
        <translation>Monter la réponse enregistrée %1</translation>
    </message>
    <message>
        <source>Move saved reply %1 down</source>
        <translation>Descendre la réponse enregistrée %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove saved reply %1</source>
        <translation>Retirer la réponse enregistrée %1</translation>
    </message>
    <message>
        <source>The reply. Placeholders: {customer.firstName}, {order.id}, {agent.firstName}…</source>
        <translation>La réponse. Champs&#xa0;: {customer.firstName}, {order.id}, {agent.firstName}…</translation>
    </message>
    <message>
        <source>Text of saved reply %1</source>
        <translation>Texte de la réponse enregistrée %1</translation>
    </message>
</context>
<context>
    <name>SavedReplyPicker</name>
    <message>
        <source>Saved replies</source>
        <translation>Réponses enregistrées</translation>
    </message>
    <message>
        <source>Search saved replies</source>
        <translation>Chercher dans les réponses enregistrées</translation>
    </message>
    <message>
        <source>Insert “%1”</source>
        <translation>Insérer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Your team has no saved replies yet. Supervisors add them in the Team view (Saved replies…).</source>
        <translation>Votre équipe n&apos;a pas encore de réponses enregistrées. Les superviseurs les ajoutent dans la vue Équipe (Réponses enregistrées…).</translation>
    </message>
    <message>
        <source>No saved reply matches “%1”.</source>
        <translation>Aucune réponse enregistrée ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to insert, Esc to cancel</source>
        <translation>↑↓ pour choisir, Entrée pour insérer, Échap pour annuler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
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
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Non résolues</translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation>Résolues par l&apos;IA</translation>
    </message>
    <message>
        <source>CSAT (4 or 5)</source>
        <translation>CSAT (4 ou 5)</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 not resolved, resolved by AI %4, CSAT %5</source>
        <translation>%1&#xa0;: %2 conversations, %3 non résolues, résolues par l&apos;IA %4, CSAT %5</translation>
    </message>
    <message>
        <source>No conversations in this period.</source>
        <translation>Aucune conversation sur cette période.</translation>
    </message>
</context>
<context>
    <name>SentimentIndicator</name>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Sentiment: %1</source>
        <translation>Sentiment&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SessionsSection</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Where you are signed in</source>
        <translation>Où vous êtes connecté</translation>
    </message>
    <message>
        <source>End a session you do not recognise: that computer is signed out at once and must sign in again.</source>
        <translation>Mettez fin à une session que vous ne reconnaissez pas&#xa0;: cet ordinateur est déconnecté aussitôt et doit se reconnecter.</translation>
    </message>
    <message>
        <source>Show everyone&apos;s sessions</source>
        <translation>Afficher les sessions de tous</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>Fin en cours…</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>End the session on %1</source>
        <translation>Mettre fin à la session sur %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the sessions</source>
        <translation>Actualiser les sessions</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Dates, numbers and amounts follow it too. It changes at once.</source>
        <translation>Les dates, les nombres et les montants la suivent aussi. Le changement est immédiat.</translation>
    </message>
    <message>
        <source>Interface language: %1</source>
        <translation>Langue de l&apos;interface&#xa0;: %1</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Text and the rows that hold it grow together.</source>
        <translation>Le texte et les lignes qui le portent grandissent ensemble.</translation>
    </message>
    <message>
        <source>Text size: %1</source>
        <translation>Taille du texte&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Reduce motion: no fading, pulsing or sliding</source>
        <translation>Réduire les animations&#xa0;: ni fondu, ni pulsation, ni glissement</translation>
    </message>
    <message>
        <source>Start-up and cache</source>
        <translation>Démarrage et cache</translation>
    </message>
    <message>
        <source>Start Pilothouse when I log in</source>
        <translation>Lancer Pilothouse à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source>Keep closed conversations on this computer for</source>
        <translation>Conserver les conversations closes sur cet ordinateur pendant</translation>
    </message>
    <message>
        <source>Older ones leave the cache, with their messages. Open conversations always stay.</source>
        <translation>Les plus anciennes quittent le cache avec leurs messages. Les conversations ouvertes restent toujours.</translation>
    </message>
    <message>
        <source>Compact rows: the board and the queue show two lines per conversation</source>
        <translation>Lignes compactes&#xa0;: le tableau et la file montrent deux lignes par conversation</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>After resolving, open the next conversation</source>
        <translation>Après résolution, ouvrir la conversation suivante</translation>
    </message>
    <message>
        <source>The one of yours whose customer has waited longest, otherwise the top of the queue.</source>
        <translation>La vôtre dont le client attend depuis le plus longtemps, sinon la première de la file.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Move around</source>
        <translation>Se déplacer</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Conversation suivante</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversation précédente</translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation>Rechercher dans le tableau</translation>
    </message>
    <message>
        <source>Show the board</source>
        <translation>Afficher le tableau</translation>
    </message>
    <message>
        <source>Show the escalation queue</source>
        <translation>Afficher la file d&apos;escalade</translation>
    </message>
    <message>
        <source>Act on the open conversation</source>
        <translation>Agir sur la conversation ouverte</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Prendre la main</translation>
    </message>
    <message>
        <source>Hand back to the AI, with a note</source>
        <translation>Rendre à l&apos;IA, avec une note</translation>
    </message>
    <message>
        <source>Resolve, with an outcome</source>
        <translation>Résoudre, avec un résultat</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Rédiger une réponse</translation>
    </message>
    <message>
        <source>In the composer</source>
        <translation>Dans la zone de rédaction</translation>
    </message>
    <message>
        <source>Leave the composer</source>
        <translation>Quitter la zone de rédaction</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Cette aide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Workspace, Overview, Analytics (supervisors and admins)</source>
        <translation>Espace de travail, Vue d&apos;ensemble, Analyses (superviseurs et administrateurs)</translation>
    </message>
    <message>
        <source>History: every cached conversation</source>
        <translation>Historique&#xa0;: toutes les conversations en cache</translation>
    </message>
    <message>
        <source>Review: label the AI&apos;s replies</source>
        <translation>Revue&#xa0;: étiqueter les réponses de l’IA</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <source>Next and previous reply</source>
        <translation>Réponse suivante et précédente</translation>
    </message>
    <message>
        <source>The AI was right</source>
        <translation>L’IA avait raison</translation>
    </message>
    <message>
        <source>The AI was wrong, then the reason: I intent, F facts, T tone, H should have handed over, S should not have, L language, O other</source>
        <translation>L’IA s’est trompée, puis la raison&#xa0;: I intention, F faits, T ton, H aurait dû transférer, S n’aurait pas dû, L langue, O autre</translation>
    </message>
    <message>
        <source>Write a note for the label</source>
        <translation>Écrire une note pour l’étiquette</translation>
    </message>
    <message>
        <source>Rules: escalation rules and their dry run</source>
        <translation>Règles&#xa0;: règles d’escalade et leur essai à blanc</translation>
    </message>
    <message>
        <source>Settings: language, theme, text size, notifications</source>
        <translation>Paramètres&#xa0;: langue, thème, taille du texte, notifications</translation>
    </message>
    <message>
        <source>Show what is new or updated (the board keeps its order while you work)</source>
        <translation>Afficher le nouveau et le modifié (le tableau garde son ordre pendant que vous travaillez)</translation>
    </message>
    <message>
        <source>Show the team: presence and load</source>
        <translation>Afficher l&apos;équipe&#xa0;: présence et charge</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>La file</translation>
    </message>
    <message>
        <source>Take the next waiting conversation</source>
        <translation>Prendre la conversation suivante en attente</translation>
    </message>
    <message>
        <source>Whisper to the AI (supervisors and admins, while the AI answers)</source>
        <translation>Chuchoter à l&apos;IA (superviseurs et administrateurs, pendant que l&apos;IA répond)</translation>
    </message>
    <message>
        <source>Chat: send. Email: a new line</source>
        <translation>Chat&#xa0;: envoyer. E-mail&#xa0;: nouvelle ligne</translation>
    </message>
    <message>
        <source>Chat: a new line</source>
        <translation>Chat&#xa0;: nouvelle ligne</translation>
    </message>
    <message>
        <source>Send the reply, note or whisper (chat and email)</source>
        <translation>Envoyer la réponse, la note ou le chuchotement (chat et e-mail)</translation>
    </message>
    <message>
        <source>Switch between a reply and an internal note</source>
        <translation>Basculer entre réponse et note interne</translation>
    </message>
    <message>
        <source>Insert the AI&apos;s newest suggestion</source>
        <translation>Insérer la suggestion la plus récente de l&apos;IA</translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Insérer une réponse enregistrée</translation>
    </message>
    <message>
        <source>Audit log: who did what, when and from where (admins)</source>
        <translation>Journal d&apos;audit&#xa0;: qui a fait quoi, quand et d&apos;où (administrateurs)</translation>
    </message>
    <message>
        <source>Users: roles, who may sign in, passwords (admins)</source>
        <translation>Utilisateurs&#xa0;: rôles, qui peut se connecter, mots de passe (administrateurs)</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation>Pilothouse</translation>
    </message>
    <message>
        <source>Sign in to watch and steer your AI conversations.</source>
        <translation>Connectez-vous pour suivre et piloter vos conversations IA.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>https://pilothouse.example.com</source>
        <translation>https://pilothouse.example.com</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Wait to sign in</source>
        <translation>Patientez pour vous connecter</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Saisissez le code à 6 chiffres de votre application d&apos;authentification, ou l&apos;un de vos codes de récupération.</translation>
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
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to user name and password</source>
        <translation>Revenir au nom d&apos;utilisateur et au mot de passe</translation>
    </message>
    <message>
        <source>This server requires two-factor sign-in. Set it up now with an authenticator app on your phone; from then on, signing in asks for a code from it.</source>
        <translation>Ce serveur exige la connexion à deux facteurs. Configurez-la maintenant avec une application d&apos;authentification sur votre téléphone&#xa0;; ensuite, la connexion vous demandera un code de cette application.</translation>
    </message>
    <message>
        <source>Start the set-up</source>
        <translation>Commencer la configuration</translation>
    </message>
    <message>
        <source>Cancel and sign out</source>
        <translation>Annuler et se déconnecter</translation>
    </message>
    <message>
        <source>Cancel the set-up and sign out</source>
        <translation>Annuler la configuration et se déconnecter</translation>
    </message>
</context>
<context>
    <name>SlaTimer</name>
    <message>
        <source>First-reply deadline missed: %1</source>
        <translation>Délai de première réponse dépassé&#xa0;: %1</translation>
    </message>
    <message>
        <source>First-reply deadline: %1</source>
        <translation>Délai de première réponse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TeamMemberRow</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>%1 · %2 since %3</source>
        <translation>%1 · %2 depuis %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>Aucune conversation</translation>
    </message>
    <message>
        <source>oldest wait</source>
        <translation>attente la plus longue</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation>Réponses enregistrées…</translation>
    </message>
    <message>
        <source>Edit the team&apos;s saved replies</source>
        <translation>Modifier les réponses enregistrées de l&apos;équipe</translation>
    </message>
    <message>
        <source>While you are away, Take next gives you no conversations. Colleagues see you as away.</source>
        <translation>Tant que vous êtes absent, «&#xa0;Prendre la suivante&#xa0;» ne vous donne aucune conversation. Vos collègues vous voient absent.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Collègues</translation>
    </message>
    <message>
        <source>No team to show yet</source>
        <translation>Pas encore d&apos;équipe à afficher</translation>
    </message>
</context>
<context>
    <name>ThinScrollBar</name>
    <message>
        <source>Scroll bar</source>
        <translation>Barre de défilement</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
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
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
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
        <translation>reste %1</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <comment>SLA countdown over an hour</comment>
        <translation>reste %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n s over</source>
        <comment>SLA passed by seconds</comment>
        <translation>
            <numerusform>dépassé de %n s</numerusform>
            <numerusform>dépassé de %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min over</source>
        <comment>SLA passed by minutes</comment>
        <translation>
            <numerusform>dépassé de %n min</numerusform>
            <numerusform>dépassé de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min over</source>
        <comment>SLA passed by hours</comment>
        <translation>dépassé de %1 h %2 min</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message numerus="yes">
        <source>replied %n s late</source>
        <comment>first reply after its deadline, by seconds</comment>
        <translation>
            <numerusform>réponse %n s en retard</numerusform>
            <numerusform>réponse %n s en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replied %n min late</source>
        <comment>first reply after its deadline, by minutes</comment>
        <translation>
            <numerusform>réponse %n min en retard</numerusform>
            <numerusform>réponse %n min en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>replied %1 h %2 min late</source>
        <comment>first reply after its deadline, by hours</comment>
        <translation>réponse %1 h %2 min en retard</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Top bar</source>
        <translation>Barre supérieure</translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation>Pilothouse</translation>
    </message>
    <message>
        <source>Switch to light theme</source>
        <translation>Passer au thème clair</translation>
    </message>
    <message>
        <source>Switch to dark theme</source>
        <translation>Passer au thème sombre</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>TranscriptPdf</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>No cached messages.</source>
        <translation>Aucun message en cache.</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversation avec %1</translation>
    </message>
    <message>
        <source>%1, %2, started %3</source>
        <translation>%1, %2, commencée le %3</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 par %2, %3</translation>
    </message>
    <message>
        <source>Handed to a person: %1</source>
        <translation>Confiée à un humain&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Conversation %1</translation>
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
        <translation>Enregistrer la transcription en PDF</translation>
    </message>
    <message>
        <source>Include internal notes and whispers</source>
        <translation>Inclure les notes internes et les chuchotements à l&apos;IA</translation>
    </message>
    <message>
        <source>Saving… %1 %</source>
        <translation>Enregistrement… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Loading transcript…</source>
        <translation>Chargement de la transcription…</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Aucun message pour l&apos;instant</translation>
    </message>
    <message>
        <source>Messages appear here as soon as the customer or the AI writes.</source>
        <translation>Les messages apparaissent ici dès que le client ou l&apos;IA écrit.</translation>
    </message>
</context>
<context>
    <name>TransitionLines</name>
    <message>
        <source>%1. Note: %2</source>
        <comment>a transition and its note</comment>
        <translation>%1. Note&#xa0;: %2</translation>
    </message>
    <message>
        <source>Taken over by %1</source>
        <translation>Prise en charge par %1</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Transférée par %1</translation>
    </message>
    <message>
        <source>Transferred to %1 by %2</source>
        <translation>Transférée à %1 par %2</translation>
    </message>
    <message>
        <source>Handed back to the AI by %1</source>
        <translation>Rendue à l&apos;IA par %1</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Résolue par %1</translation>
    </message>
    <message>
        <source>Resolved by %1 as %2</source>
        <comment>who, and the outcome: Resolved, Not resolved, Spam</comment>
        <translation>Close par %1 comme %2</translation>
    </message>
    <message>
        <source>Resolved: the customer confirmed the AI&apos;s answer</source>
        <translation>Résolue&#xa0;: le client a confirmé la réponse de l&apos;IA</translation>
    </message>
    <message>
        <source>Resolved: the customer did not write again after the AI&apos;s answer</source>
        <translation>Résolue&#xa0;: le client n&apos;a plus écrit après la réponse de l&apos;IA</translation>
    </message>
    <message>
        <source>Closed: the customer left before a person answered</source>
        <translation>Close&#xa0;: le client est parti avant qu&apos;une personne réponde</translation>
    </message>
    <message>
        <source>Reopened: the customer wrote again</source>
        <translation>Rouverte&#xa0;: le client a écrit de nouveau</translation>
    </message>
    <message>
        <source>Closed by %1: the customer&apos;s data was erased</source>
        <translation>Close par %1&#xa0;: les données du client ont été effacées</translation>
    </message>
    <message>
        <source>Merged into another conversation of the customer by %1</source>
        <translation>Fusionnée avec une autre conversation du client par %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>new status, actor</comment>
        <translation>%1 par %2</translation>
    </message>
</context>
<context>
    <name>TwoFactorSection</name>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Connexion à deux facteurs</translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app</source>
        <translation>Activée&#xa0;: la connexion demande un code de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Off: your password alone signs you in</source>
        <translation>Désactivée&#xa0;: votre mot de passe seul vous connecte</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery code(s) left. Lost your phone? An administrator can reset it.</source>
        <translation>
            <numerusform>%n code de récupération restant. Téléphone perdu&#xa0;? Un administrateur peut la réinitialiser.</numerusform>
            <numerusform>%n codes de récupération restants. Téléphone perdu&#xa0;? Un administrateur peut la réinitialiser.</numerusform>
        </translation>
    </message>
    <message>
        <source>With it on, a stolen password is not enough to sign in as you.</source>
        <translation>Une fois activée, un mot de passe volé ne suffit pas pour se connecter à votre place.</translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation>Activer…</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Activer la connexion à deux facteurs</translation>
    </message>
</context>
<context>
    <name>TwoFactorSetUp</name>
    <message>
        <source>Scan this code with your authenticator app, or type the key below into it.</source>
        <translation>Scannez ce code avec votre application d&apos;authentification, ou saisissez-y la clé ci-dessous.</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Code QR pour votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Code de l&apos;application</translation>
    </message>
    <message>
        <source>123 456</source>
        <translation>123 456</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the set-up</source>
        <translation>Annuler la configuration</translation>
    </message>
    <message>
        <source>Write these recovery codes down and keep them safe. Each signs you in once without your phone. They are not shown again.</source>
        <translation>Notez ces codes de récupération et gardez-les en lieu sûr. Chacun vous connecte une fois sans votre téléphone. Ils ne seront plus affichés.</translation>
    </message>
    <message>
        <source>Recovery codes: %1</source>
        <translation>Codes de récupération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the recovery codes</source>
        <translation>Copier les codes de récupération</translation>
    </message>
    <message>
        <source>I have written them down</source>
        <translation>Je les ai notés</translation>
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
        <translation>%1 · ne peut pas se connecter</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Role of %1: %2</source>
        <translation>Rôle de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <source>%1 may sign in</source>
        <translation>%1 peut se connecter</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <source>New password for %1 (12 characters or more)</source>
        <translation>Nouveau mot de passe pour %1 (12 caractères ou plus)</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation>Réinitialiser le double facteur</translation>
    </message>
    <message>
        <source>Reset the two-factor sign-in of %1</source>
        <translation>Réinitialiser la connexion à deux facteurs de %1</translation>
    </message>
    <message>
        <source>No second factor yet</source>
        <translation>Pas encore de second facteur</translation>
    </message>
    <message>
        <source>%1 has not set up two-factor sign-in yet</source>
        <translation>%1 n&apos;a pas encore configuré la connexion à deux facteurs</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Who may sign in to this server, and as what. A change to someone signs them out everywhere.</source>
        <translation>Qui peut se connecter à ce serveur, et avec quel rôle. Une modification déconnecte la personne partout.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name people read (optional)</source>
        <translation>Nom affiché (facultatif)</translation>
    </message>
    <message>
        <source>First password (12 characters or more)</source>
        <translation>Premier mot de passe (12 caractères ou plus)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Sign-in rules</source>
        <translation>Règles de connexion</translation>
    </message>
    <message>
        <source>Require two-factor sign-in for everyone</source>
        <translation>Exiger la connexion à deux facteurs pour tous</translation>
    </message>
    <message>
        <source>Turning it on signs out everyone who has not set it up; their next sign-in sets it up before anything else. Turn it on for yourself first, in Settings.</source>
        <translation>L&apos;activer déconnecte tous ceux qui ne l&apos;ont pas configurée&#xa0;; leur prochaine connexion la configure avant toute chose. Activez-la d&apos;abord pour vous-même, dans les Paramètres.</translation>
    </message>
    <message>
        <source>Their first password</source>
        <translation>Son premier mot de passe</translation>
    </message>
</context>
<context>
    <name>VersionRow</name>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
</context>
<context>
    <name>VipBadge</name>
    <message>
        <source>VIP customer</source>
        <translation>Client VIP</translation>
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
        <translation>En attente depuis %1</translation>
    </message>
</context>
<context>
    <name>WhisperBar</name>
    <message>
        <source>Whisper to the AI: an instruction it follows in its next replies; the customer never sees it.</source>
        <translation>Chuchoter à l&apos;IA&#xa0;: une instruction qu&apos;elle suit dans ses prochaines réponses&#xa0;; le client ne la voit jamais.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Leave whisper mode</source>
        <translation>Quitter le mode chuchotement</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Resize board</source>
        <translation>Redimensionner le tableau</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Open the queue</source>
        <translation>Ouvrir la file</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n past the first-reply deadline</source>
        <translation>
            <numerusform>%1, %n au-delà du délai de première réponse</numerusform>
            <numerusform>%1, %n au-delà du délai de première réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n en attente</numerusform>
            <numerusform>%1, %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in the queue passed the first-reply deadline.</source>
        <translation>
            <numerusform>%n conversation de la file a dépassé le délai de première réponse.</numerusform>
            <numerusform>%n conversations de la file ont dépassé le délai de première réponse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::app::AboutInfo</name>
    <message>
        <source>The licence text of %1 is missing from this build.</source>
        <translation>Le texte de la licence de %1 manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::Account</name>
    <message>
        <source>Saved replies are edited while connected to the server.</source>
        <translation>Les réponses enregistrées se modifient connecté au serveur.</translation>
    </message>
    <message>
        <source>Saved replies are published while connected to the server.</source>
        <translation>Les réponses enregistrées se publient connecté au serveur.</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::Console</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Connecté à %1 en tant que %2</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session est terminée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>No cached conversations yet: sign in once while online to fill the cache.</source>
        <translation>Aucune conversation en cache pour l&apos;instant&#xa0;: connectez-vous une fois en ligne pour remplir le cache.</translation>
    </message>
    <message>
        <source>Offline: showing cached conversations</source>
        <translation>Hors ligne&#xa0;: conversations en cache affichées</translation>
    </message>
    <message>
        <source>Opening the keychain…</source>
        <translation>Ouverture du trousseau…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address. Try something like https://pilothouse.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur. Essayez par exemple https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>The server refused an action.</source>
        <translation>Le serveur a refusé une action.</translation>
    </message>
    <message>
        <source>The server refused an action: %1</source>
        <translation>Le serveur a refusé une action&#xa0;: %1</translation>
    </message>
    <message>
        <source>You are signed in for this session only: your sign-in could not be stored in the system keychain, so you will be asked to sign in next time. %1</source>
        <translation>Vous êtes connecté pour cette session seulement : votre connexion n’a pas pu être enregistrée dans le trousseau du système, il faudra donc vous reconnecter la prochaine fois. %1</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Saisissez le code de votre application d&apos;authentification.</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::Preferences</name>
    <message>
        <source>the registry refused the change</source>
        <translation>le registre a refusé la modification</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>The settings file could not be read, so the defaults are used. The damaged file is kept as %1.</source>
        <translation>Le fichier de paramètres n&apos;a pas pu être lu&#xa0;; les valeurs par défaut sont utilisées. Le fichier endommagé est conservé sous %1.</translation>
    </message>
    <message>
        <source>Some settings could not be read and are back to their defaults: %1.</source>
        <translation>Certains paramètres n&apos;ont pas pu être lus et reprennent leur valeur par défaut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>taille du texte</translation>
    </message>
    <message>
        <source>how long closed conversations are kept</source>
        <translation>durée de conservation des conversations closes</translation>
    </message>
    <message>
        <source>reduced motion</source>
        <translation>animations réduites</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>notifications</translation>
    </message>
    <message>
        <source>notification sound</source>
        <translation>son des notifications</translation>
    </message>
    <message>
        <source>Start at login could not be changed (%1): %2</source>
        <translation>Le lancement à l&apos;ouverture de session n&apos;a pas pu être modifié (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>compact rows</source>
        <translation>lignes compactes</translation>
    </message>
    <message>
        <source>opening the next conversation after resolving</source>
        <translation>ouvrir la conversation suivante après résolution</translation>
    </message>
</context>
<context>
    <name>pilothouse::app::TrayNotifier</name>
    <message numerus="yes">
        <source>Pilothouse: %n conversation(s) waiting for a person</source>
        <translation>
            <numerusform>Pilothouse&#xa0;: %n conversation attend un humain</numerusform>
            <numerusform>Pilothouse&#xa0;: %n conversations attendent un humain</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilothouse: the queue is clear</source>
        <translation>Pilothouse&#xa0;: la file d&apos;attente est vide</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::AuditModel</name>
    <message>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Conversation %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>%1, now %2</source>
        <translation>%1, désormais %2</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2, %3. %4.</source>
        <translation>%1&#xa0;: %2, %3. %4.</translation>
    </message>
    <message>
        <source>About %1.</source>
        <translation>Concerne %1.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Depuis %1.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Aucune entrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n entries.</source>
        <translation>
            <numerusform>Les %1 plus récentes sur %n entrée.</numerusform>
            <numerusform>Les %1 plus récentes sur %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Saved the newest %1 entries to %2; narrow the filters for older ones.</source>
        <translation>Les %1 entrées les plus récentes ont été enregistrées dans %2&#xa0;; resserrez les filtres pour les plus anciennes.</translation>
    </message>
    <message>
        <source>Saved %1 entries to %2.</source>
        <translation>%1 entrées enregistrées dans %2.</translation>
    </message>
    <message>
        <source>The export needs a connection to the server.</source>
        <translation>L&apos;exportation nécessite une connexion au serveur.</translation>
    </message>
    <message>
        <source>The audit log is kept on the server. Connect to read it.</source>
        <translation>Le journal d&apos;audit est conservé sur le serveur. Connectez-vous pour le lire.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Code de l&apos;action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Refusal code</source>
        <translation>Code du refus</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Command id</source>
        <translation>Identifiant de commande</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>%1, now shown as %2</source>
        <translation>%1, désormais affiché comme %2</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CalibrationModel</name>
    <message>
        <source>No AI reply of this period has been judged yet. Reviewers mark replies right or wrong in the transcript; the chart fills as they do.</source>
        <translation>Aucune réponse de l&apos;IA de cette période n&apos;a encore été jugée. Les relecteurs marquent les réponses comme correctes ou incorrectes dans la transcription&#xa0;; le graphique se remplit au fur et à mesure.</translation>
    </message>
    <message numerus="yes">
        <source>Reviewers judged %n AI reply(s) of this period and found none wrong.</source>
        <translation>
            <numerusform>Les relecteurs ont jugé %n réponse de l&apos;IA sur cette période et ne l&apos;ont pas trouvée incorrecte.</numerusform>
            <numerusform>Les relecteurs ont jugé %n réponses de l&apos;IA sur cette période et n&apos;en ont trouvé aucune incorrecte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n reply(s) judged wrong</source>
        <translation>
            <numerusform>%1 de la %n réponse jugée incorrecte</numerusform>
            <numerusform>%1 des %n réponses jugées incorrectes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more conversation(s) handed to a person (%1 of the period&apos;s conversations)</source>
        <translation>
            <numerusform>%n conversation supplémentaire confiée à un humain (%1 des conversations de la période)</numerusform>
            <numerusform>%n conversations supplémentaires confiées à un humain (%1 des conversations de la période)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more conversation(s) handed to a person</source>
        <translation>
            <numerusform>%n conversation supplémentaire confiée à un humain</numerusform>
            <numerusform>%n conversations supplémentaires confiées à un humain</numerusform>
        </translation>
    </message>
    <message>
        <source>Handing over every reply below %1 confidence would have caught %2, at the cost of %3.</source>
        <translation>Confier à un humain chaque réponse sous %1 de confiance aurait permis d&apos;intercepter %2, au prix de %3.</translation>
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
        <translation>Non jugées</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::Catalogue</name>
    <message>
        <source>AI handling</source>
        <translation>IA en charge</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladées</translation>
    </message>
    <message>
        <source>With agent</source>
        <translation>Avec un agent</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation>Agent IA</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Whisper to AI</source>
        <translation>Chuchoter à l&apos;IA</translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation>A demandé un humain</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Confiance faible</translation>
    </message>
    <message>
        <source>Negative sentiment</source>
        <translation>Sentiment négatif</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>Client VIP</translation>
    </message>
    <message>
        <source>Legal or policy</source>
        <translation>Juridique ou politique</translation>
    </message>
    <message>
        <source>Missing knowledge</source>
        <translation>Connaissances manquantes</translation>
    </message>
    <message>
        <source>Tool failure</source>
        <translation>Échec d&apos;un outil</translation>
    </message>
    <message>
        <source>AI going in circles</source>
        <translation>L&apos;IA tourne en rond</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Aucun motif indiqué</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Non résolue</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Récurrent</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retournée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Wrong intent</source>
        <translation>Mauvaise intention</translation>
    </message>
    <message>
        <source>Wrong facts</source>
        <translation>Faits erronés</translation>
    </message>
    <message>
        <source>Wrong tone or voice</source>
        <translation>Ton ou voix inadaptés</translation>
    </message>
    <message>
        <source>Should have handed over</source>
        <translation>Aurait dû transférer</translation>
    </message>
    <message>
        <source>Should not have handed over</source>
        <translation>N’aurait pas dû transférer</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Mauvaise langue</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Self-harm or a risk to life</source>
        <translation>Automutilation ou danger de mort</translation>
    </message>
    <message>
        <source>Legal threat or chargeback</source>
        <translation>Menace juridique ou rétrofacturation</translation>
    </message>
    <message>
        <source>Unhappy VIP</source>
        <translation>VIP mécontent</translation>
    </message>
    <message>
        <source>Customer asks for a person</source>
        <translation>Le client demande une personne</translation>
    </message>
    <message>
        <source>Angry customer</source>
        <translation>Client en colère</translation>
    </message>
    <message>
        <source>A lookup failed</source>
        <translation>Une recherche a échoué</translation>
    </message>
    <message>
        <source>No answer known</source>
        <translation>Aucune réponse connue</translation>
    </message>
    <message>
        <source>Going round in circles</source>
        <translation>Tourne en rond</translation>
    </message>
    <message>
        <source>The AI is unsure</source>
        <translation>L&apos;IA n&apos;est pas sûre</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Observateur</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CommandPump</name>
    <message>
        <source>Unsent actions could not be handled (%1).</source>
        <translation>Les actions non envoyées n&apos;ont pas pu être traitées (%1).</translation>
    </message>
    <message>
        <source>Unsent actions could not be handled.</source>
        <translation>Les actions non envoyées n&apos;ont pas pu être traitées.</translation>
    </message>
    <message>
        <source>Could not read the unsent actions (%1).</source>
        <translation>Impossible de lire les actions non envoyées (%1).</translation>
    </message>
    <message>
        <source>Could not save an unsent action (%1).</source>
        <translation>Impossible d&apos;enregistrer une action non envoyée (%1).</translation>
    </message>
    <message>
        <source>The action could not be saved before sending (%1).</source>
        <translation>L&apos;action n&apos;a pas pu être enregistrée avant l&apos;envoi (%1).</translation>
    </message>
    <message>
        <source>the outbox is not open</source>
        <translation>la file d&apos;envoi n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>This action is damaged and cannot be sent.</source>
        <translation>Cette action est endommagée et ne peut pas être envoyée.</translation>
    </message>
    <message>
        <source>The server refused this action (%1).</source>
        <translation>Le serveur a refusé cette action (%1).</translation>
    </message>
    <message>
        <source>Could not remove an unsent action (%1).</source>
        <translation>Impossible de supprimer une action non envoyée (%1).</translation>
    </message>
    <message>
        <source>The file of unsent actions at %1 is damaged and could not be moved aside (%2). Nothing in it was changed.</source>
        <translation>Le fichier des actions non envoyées %1 est endommagé et n’a pas pu être mis de côté (%2). Rien n’y a été modifié.</translation>
    </message>
    <message>
        <source>The file of unsent actions was damaged and moved to %1, but the recovered actions could not be put in place (%2). Restart Pilothouse to finish.</source>
        <translation>Le fichier des actions non envoyées était endommagé et a été déplacé vers %1, mais les actions récupérées n’ont pas pu être mises en place (%2). Redémarrez Pilothouse pour terminer.</translation>
    </message>
    <message>
        <source>The file of unsent actions was damaged. It was moved to %1.</source>
        <translation>Le fichier des actions non envoyées était endommagé. Il a été déplacé vers %1.</translation>
    </message>
    <message>
        <source>Nothing in it could be read; actions not yet sent from it are lost.</source>
        <translation>Rien n’a pu y être lu ; les actions qui n’avaient pas encore été envoyées sont perdues.</translation>
    </message>
    <message>
        <source>Unsent actions recovered: %1.</source>
        <translation>Actions non envoyées récupérées : %1.</translation>
    </message>
    <message>
        <source>Unsent actions that could not be read and will not be sent: %1.</source>
        <translation>Actions non envoyées illisibles, qui ne seront pas envoyées : %1.</translation>
    </message>
    <message>
        <source>Could not remove an erased customer&apos;s actions (%1).</source>
        <translation>Impossible de retirer les actions d’un client effacé (%1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ConversationsBehindModel</name>
    <message>
        <source>Open</source>
        <comment>a conversation&apos;s outcome: not closed yet</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Resolved by the AI</source>
        <translation>Résolue par l&apos;IA</translation>
    </message>
    <message>
        <source>Resolved by a person</source>
        <translation>Résolue par un humain</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Non résolue</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <comment>the customer stopped answering</comment>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Customer not in the cache</source>
        <translation>Client absent du cache</translation>
    </message>
    <message>
        <source>No intent detected</source>
        <translation>Aucune intention détectée</translation>
    </message>
    <message>
        <source>This conversation is not in this console&apos;s cache, so it cannot be opened here. The cache holds the conversations the server sent since you signed in on this computer.</source>
        <translation>Cette conversation n&apos;est pas dans le cache de cette console&#xa0;; elle ne peut donc pas être ouverte ici. Le cache contient les conversations envoyées par le serveur depuis que vous vous êtes connecté sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Numerator</source>
        <comment>the upper part of a fraction</comment>
        <translation>Numérateur</translation>
    </message>
    <message>
        <source>Denominator</source>
        <comment>the lower part of a fraction</comment>
        <translation>Dénominateur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a side of a figure and its count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Conversations today</source>
        <translation>Conversations aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Conversations behind %1</source>
        <translation>Conversations à l&apos;origine de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Created on %1 (UTC)</source>
        <translation>Créées le %1 (UTC)</translation>
    </message>
    <message>
        <source>Created from %1 to %2 (UTC days)</source>
        <translation>Créées du %1 au %2 (jours en UTC)</translation>
    </message>
    <message>
        <source>This side is a sum of times, amounts or orders: these are the conversations that add to it.</source>
        <translation>Cette partie est une somme de durées, de montants ou de commandes&#xa0;: voici les conversations qui y contribuent.</translation>
    </message>
    <message>
        <source>This side is not a count of conversations: these are all the conversations of the period and filter.</source>
        <translation>Cette partie n&apos;est pas un nombre de conversations&#xa0;: voici toutes les conversations de la période et du filtre.</translation>
    </message>
    <message>
        <source>These conversations are the figure&apos;s numerator.</source>
        <translation>Ces conversations forment le numérateur du chiffre.</translation>
    </message>
    <message>
        <source>These conversations are the figure&apos;s denominator.</source>
        <translation>Ces conversations forment le dénominateur du chiffre.</translation>
    </message>
    <message>
        <source>The list of conversations behind a figure needs a connection to the server. Connect, then try again.</source>
        <translation>La liste des conversations à l&apos;origine d&apos;un chiffre nécessite une connexion au serveur. Connectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 conversations.</source>
        <translation>Affichage des %1 conversations les plus récentes sur %2.</translation>
    </message>
    <message>
        <source>Conversations behind %1, intent %2</source>
        <translation>Conversations à l&apos;origine de «&#xa0;%1&#xa0;», intention %2</translation>
    </message>
    <message>
        <source>Conversations behind %1, segment %2</source>
        <translation>Conversations à l&apos;origine de «&#xa0;%1&#xa0;», segment %2</translation>
    </message>
    <message>
        <source>Conversations behind the replies judged wrong at %1 confidence</source>
        <translation>Conversations à l&apos;origine des réponses jugées incorrectes à %1 de confiance</translation>
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
        <translation>Certaines valeurs n&apos;ont pas été acceptées&#xa0;; voir les messages sous les champs.</translation>
    </message>
    <message>
        <source>The figures now use these values. They are not saved.</source>
        <translation>Les chiffres utilisent désormais ces valeurs. Elles ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved as version %L1 of the organisation&apos;s cost model.</source>
        <translation>Enregistré comme version %L1 du modèle de coûts de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Not saved: %1 saved version %L2 on %3 meanwhile. Your values are kept here and in the figures; save again to replace that version, or go back to the organisation&apos;s values.</source>
        <translation>Non enregistré&#xa0;: %1 a entre-temps enregistré la version %L2 le %3. Vos valeurs sont conservées ici et dans les chiffres&#xa0;; enregistrez de nouveau pour remplacer cette version, ou revenez aux valeurs de l&apos;organisation.</translation>
    </message>
    <message>
        <source>The server did not accept some values; see the messages under the fields.</source>
        <translation>Le serveur n&apos;a pas accepté certaines valeurs&#xa0;; voir les messages sous les champs.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CustomerConversationsModel</name>
    <message>
        <source>This customer</source>
        <translation>Ce client</translation>
    </message>
    <message>
        <source>just now</source>
        <comment>started just now</comment>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>started 5 min ago</comment>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>%1 also has an open conversation by email, started %2</source>
        <translation>%1 a aussi une conversation ouverte par e-mail, commencée %2</translation>
    </message>
    <message>
        <source>%1 also has an open conversation by SMS, started %2</source>
        <translation>%1 a aussi une conversation ouverte par SMS, commencée %2</translation>
    </message>
    <message>
        <source>%1 also has an open conversation by phone, started %2</source>
        <translation>%1 a aussi une conversation ouverte par téléphone, commencée %2</translation>
    </message>
    <message>
        <source>%1 also has an open conversation in chat, started %2</source>
        <translation>%1 a aussi une conversation ouverte dans le chat, commencée %2</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::EntityCheck</name>
    <message>
        <source>Mentions %1; the customer asked about %2.</source>
        <translation>Mentionne %1&#xa0;; le client demandait %2.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::EscalationQueueModel</name>
    <message>
        <source>All reasons</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation>En attente d&apos;un humain</translation>
    </message>
    <message>
        <source>With a person</source>
        <translation>Avec un humain</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Un client</translation>
    </message>
    <message>
        <source>%1 needs a person</source>
        <translation>%1 a besoin d&apos;un humain</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ExportJob</name>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <comment>exported</comment>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Export terminé&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln e-mail address(es)</source>
        <comment>redacted</comment>
        <translation>
            <numerusform>%Ln adresse e-mail</numerusform>
            <numerusform>%Ln adresses e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone number(s)</source>
        <comment>redacted</comment>
        <translation>
            <numerusform>%Ln numéro de téléphone</numerusform>
            <numerusform>%Ln numéros de téléphone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card number(s)</source>
        <comment>redacted</comment>
        <translation>
            <numerusform>%Ln numéro de carte</numerusform>
            <numerusform>%Ln numéros de carte</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1; nothing needed redacting.</source>
        <translation>Export terminé&#xa0;: %1&#xa0;; rien à masquer.</translation>
    </message>
    <message>
        <source>Exported %1; redacted %2.</source>
        <translation>Export terminé&#xa0;: %1&#xa0;; masquage&#xa0;: %2.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <source>Choose a file on this computer to export to.</source>
        <translation>Choisissez un fichier sur cet ordinateur pour l&apos;export.</translation>
    </message>
    <message>
        <source>Transcripts can be exported only from a local cache; none is open.</source>
        <translation>Les transcriptions ne peuvent être exportées que depuis un cache local&#xa0;; aucun n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Pilothouse, exported %1</source>
        <translation>Pilothouse, exporté le %1</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;export dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pilothouse transcripts</source>
        <translation>Transcriptions Pilothouse</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Export annulé&#xa0;; %1 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::HistoryModel</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Everything cached</source>
        <translation>Tout le cache</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>The AI</source>
        <translation>L&apos;IA</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Un humain</translation>
    </message>
    <message>
        <source>Automatically</source>
        <translation>Automatiquement</translation>
    </message>
    <message>
        <source>Below %1%</source>
        <translation>Moins de %1&#xa0;%</translation>
    </message>
    <message>
        <source>Never handed off</source>
        <translation>Aucun passage de relais</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Avec passage de relais</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relue</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non relue</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non notée</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Weakest AI reply first</source>
        <translation>Réponse de l&apos;IA la plus faible d&apos;abord</translation>
    </message>
    <message>
        <source>Longest to close first</source>
        <translation>Plus longues à clôturer d&apos;abord</translation>
    </message>
    <message>
        <source>Lowest rating first</source>
        <translation>Note la plus basse d&apos;abord</translation>
    </message>
    <message>
        <source>%1 by the AI</source>
        <translation>%1 par l&apos;IA</translation>
    </message>
    <message>
        <source>%1 automatically</source>
        <translation>%1 automatiquement</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <source>weakest AI reply %1%</source>
        <translation>réponse de l&apos;IA la plus faible&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation>notée %1 sur 5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) match; only the newest %1 matching messages were read</source>
        <translation>
            <numerusform>%Ln conversation correspond&#xa0;; seuls les %1 messages correspondants les plus récents ont été lus</numerusform>
            <numerusform>%Ln conversations correspondent&#xa0;; seuls les %1 messages correspondants les plus récents ont été lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) match</source>
        <translation>
            <numerusform>%Ln conversation correspond</numerusform>
            <numerusform>%Ln conversations correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching message(s)</source>
        <translation>
            <numerusform>%Ln message correspondant</numerusform>
            <numerusform>%Ln messages correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached message(s) not searchable yet: still being indexed.</source>
        <translation>
            <numerusform>%Ln message en cache pas encore trouvable par la recherche&#xa0;: indexation en cours.</numerusform>
            <numerusform>%Ln messages en cache pas encore trouvables par la recherche&#xa0;: indexation en cours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::HistoryWorker</name>
    <message>
        <source>Nothing is cached yet: conversations appear here once the console has been online.</source>
        <translation>Rien en cache pour l&apos;instant&#xa0;: les conversations apparaissent ici dès que la console a été en ligne.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the cached conversations: %1</source>
        <translation>Impossible de lire les conversations en cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>This conversation is not in the cache, so it cannot be printed.</source>
        <translation>Cette conversation n&apos;est pas dans le cache&#xa0;: impossible de l&apos;imprimer.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::Labels</name>
    <message>
        <source>No intent detected</source>
        <translation>Aucune intention détectée</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::PdfExport</name>
    <message>
        <source>Pilothouse analytics</source>
        <translation>Analyses Pilothouse</translation>
    </message>
    <message>
        <source>Pilothouse, exported %1</source>
        <translation>Pilothouse, exporté le %1</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Outcomes by day</source>
        <translation>Résultats par jour</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Intentions</translation>
    </message>
    <message>
        <source>Hand-off reasons</source>
        <translation>Motifs de passage de relais</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segments de clientèle</translation>
    </message>
    <message>
        <source>Confidence calibration</source>
        <translation>Calibrage de la confiance</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <source>Choose a file on this computer to export to.</source>
        <translation>Choisissez un fichier sur cet ordinateur pour l&apos;export.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>Impossible d&apos;écrire le PDF dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ReviewModel</name>
    <message>
        <source>Right</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Fausse</translation>
    </message>
    <message>
        <source>Wrong: %1</source>
        <translation>Fausse&#xa0;: %1</translation>
    </message>
    <message>
        <source>worse than chance</source>
        <translation>pire que le hasard</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>passable</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>substantiel</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>presque parfait</translation>
    </message>
    <message>
        <source>Right or wrong</source>
        <translation>Juste ou fausse</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>neither named it</source>
        <translation>aucun ne l’a cité</translation>
    </message>
    <message>
        <source>one answer throughout</source>
        <translation>toujours la même réponse</translation>
    </message>
    <message>
        <source>agree on %1 of %2</source>
        <translation>d’accord sur %1 sur %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) labelled by both</source>
        <translation>
            <numerusform>%n réponse étiquetée par les deux</numerusform>
            <numerusform>%n réponses étiquetées par les deux</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <source>AI reply to %1, %2 confident: %3</source>
        <translation>Réponse de l’IA à %1, confiance %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>You said: %1</source>
        <translation>Votre étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>Others: %1</source>
        <translation>Autres&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) to review</source>
        <translation>
            <numerusform>%n réponse à revoir</numerusform>
            <numerusform>%n réponses à revoir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n labelled here</source>
        <translation>
            <numerusform>%1 · %n étiquetée ici</numerusform>
            <numerusform>%1 · %n étiquetées ici</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Lowest confidence</source>
        <translation>Confiance la plus basse</translation>
    </message>
    <message>
        <source>Daily sample</source>
        <translation>Échantillon du jour</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Transférées</translation>
    </message>
    <message>
        <source>Named by neither: %1</source>
        <translation>Cité par aucun&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ReviewWorker</name>
    <message>
        <source>Nothing is cached yet: replies to review appear once the console has been online.</source>
        <translation>Rien en cache pour l’instant&#xa0;: les réponses à revoir apparaissent une fois la console passée en ligne.</translation>
    </message>
    <message>
        <source>Could not read the replies to review: %1</source>
        <translation>Impossible de lire les réponses à revoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the review labels: %1</source>
        <translation>Impossible de lire les étiquettes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::RulesModel</name>
    <message>
        <source>Published by %1, %2</source>
        <translation>Publiée par %1, %2</translation>
    </message>
    <message>
        <source>restores %1</source>
        <translation>rétablit %1</translation>
    </message>
    <message>
        <source>What the server applies until someone publishes</source>
        <translation>Ce que le serveur applique tant que personne ne publie</translation>
    </message>
    <message>
        <source>%1 could not be read from the cache.</source>
        <translation>Impossible de lire %1 depuis le cache.</translation>
    </message>
    <message>
        <source>%1, in force</source>
        <translation>%1, en vigueur</translation>
    </message>
    <message>
        <source>The rules every server starts with. The first published version replaces them.</source>
        <translation>Les règles de départ de tout serveur. La première version publiée les remplace.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2, last %n day(s): %3 replies in %4 conversations.</source>
        <extracomment>%1 and %2 versions (&quot;Version 1&quot;, &quot;Built-in rules&quot;), %n days, %3 replies, %4 conversations</extracomment>
        <translation>
            <numerusform>%1 face à %2, dernier jour&#xa0;: %3 réponses dans %4 conversations.</numerusform>
            <numerusform>%1 face à %2, %n derniers jours&#xa0;: %3 réponses dans %4 conversations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-offs: %1, as now</source>
        <translation>Transferts&#xa0;: %1, comme aujourd’hui</translation>
    </message>
    <message>
        <source>Hand-offs: %1 → %2 (%3 more)</source>
        <translation>Transferts&#xa0;: %1 → %2 (%3 de plus)</translation>
    </message>
    <message>
        <source>Hand-offs: %1 → %2 (%3 fewer)</source>
        <translation>Transferts&#xa0;: %1 → %2 (%3 de moins)</translation>
    </message>
    <message>
        <source>Cancelled: only part of the window was replayed.</source>
        <translation>Annulé&#xa0;: seule une partie de la période a été rejouée.</translation>
    </message>
    <message>
        <source>No reply would be decided differently.</source>
        <translation>Aucune réponse ne serait décidée autrement.</translation>
    </message>
    <message>
        <source>%1 replies would be decided differently; the first %2 are listed.</source>
        <translation>%1 réponses seraient décidées autrement&#xa0;; les %2 premières sont listées.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) would be decided differently.</source>
        <translation>
            <numerusform>%n réponse serait décidée autrement.</numerusform>
            <numerusform>%n réponses seraient décidées autrement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every reply reviewers said should have been handed over would be.</source>
        <translation>Chaque réponse qui, selon les relecteurs, aurait dû être transférée le serait.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) that reviewers said should have been handed over would still be answered by the AI.</source>
        <translation>
            <numerusform>%n réponse qui, selon les relecteurs, aurait dû être transférée resterait traitée par l’IA.</numerusform>
            <numerusform>%n réponses qui, selon les relecteurs, auraient dû être transférées resteraient traitées par l’IA.</numerusform>
        </translation>
    </message>
    <message>
        <source>Built-in rules</source>
        <translation>Règles intégrées</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The same rules as the version in force.</source>
        <translation>Les mêmes règles que la version en vigueur.</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the rules in force: %n change(s)</source>
        <translation>
            <numerusform>Par rapport aux règles en vigueur&#xa0;: %n changement</numerusform>
            <numerusform>Par rapport aux règles en vigueur&#xa0;: %n changements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::RulesWorker</name>
    <message>
        <source>Nothing is cached yet: the rules appear once the console has been online.</source>
        <translation>Rien en cache pour l’instant&#xa0;: les règles apparaissent une fois la console passée en ligne.</translation>
    </message>
    <message>
        <source>Could not read the rules: %1</source>
        <translation>Impossible de lire les règles&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::SavedRepliesEditor</name>
    <message>
        <source>Give the reply a title.</source>
        <translation>Donnez un titre à la réponse.</translation>
    </message>
    <message>
        <source>Write the reply.</source>
        <translation>Écrivez la réponse.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Au plus %1 caractères.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder the console can fill in.</source>
        <translation>%1 n&apos;est pas un champ que la console sait remplir.</translation>
    </message>
    <message>
        <source>A placeholder the console cannot fill in.</source>
        <translation>Un champ que la console ne sait pas remplir.</translation>
    </message>
    <message>
        <source>Reading the saved replies…</source>
        <translation>Lecture des réponses enregistrées…</translation>
    </message>
    <message numerus="yes">
        <source>A team keeps at most %n saved replies.</source>
        <translation>
            <numerusform>Une équipe garde au plus %n réponse enregistrée.</numerusform>
            <numerusform>Une équipe garde au plus %n réponses enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>Published as version %1. Every console has it now.</source>
        <translation>Publiée comme version %1. Toutes les consoles l&apos;ont maintenant.</translation>
    </message>
    <message>
        <source>Not published: %1 Publish again to replace their version with yours, or discard your edits to see theirs.</source>
        <translation>Non publiée&#xa0;: %1 Publiez de nouveau pour remplacer leur version par la vôtre, ou abandonnez vos modifications pour voir la leur.</translation>
    </message>
    <message>
        <source>someone else changed the saved replies.</source>
        <translation>quelqu&apos;un d&apos;autre a modifié les réponses enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n problem(s) to fix.</source>
        <translation>
            <numerusform>Non publiée&#xa0;: %n problème à corriger.</numerusform>
            <numerusform>Non publiée&#xa0;: %n problèmes à corriger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::SessionsModel</name>
    <message>
        <source>Unknown device</source>
        <translation>Appareil inconnu</translation>
    </message>
    <message>
        <source>Active now</source>
        <translation>Active maintenant</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation>Dernière utilisation le %1</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation>Connecté le %1</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>Cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1. From %2. %3. %4.</source>
        <translation>%1. Depuis %2. %3. %4.</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>une adresse inconnue</translation>
    </message>
    <message>
        <source>Sessions are listed while connected to the server.</source>
        <translation>Les sessions s&apos;affichent lorsque la connexion au serveur est établie.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::StoreWriter</name>
    <message>
        <source>The local cache failed unexpectedly (%1).</source>
        <translation>Le cache local a échoué de manière inattendue (%1).</translation>
    </message>
    <message>
        <source>The local cache failed unexpectedly.</source>
        <translation>Le cache local a échoué de manière inattendue.</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>Le cache local n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Could not read the cache (%1).</source>
        <translation>Impossible de lire le cache (%1).</translation>
    </message>
    <message>
        <source>The local cache at %1 is damaged and could not be moved aside (%2). Move or delete it; it will be filled again from the server.</source>
        <translation>Le cache local %1 est endommagé et n’a pas pu être mis de côté (%2). Déplacez-le ou supprimez-le ; il sera de nouveau rempli depuis le serveur.</translation>
    </message>
    <message>
        <source>The local cache was damaged. It was moved to %1 and is being rebuilt from the server.</source>
        <translation>Le cache local était endommagé. Il a été déplacé vers %1 et est reconstruit depuis le serveur.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::TeamModel</name>
    <message>
        <source>Presence unknown</source>
        <translation>Présence inconnue</translation>
    </message>
    <message>
        <source>The team appears once the console is connected.</source>
        <translation>L&apos;équipe apparaît une fois la console connectée.</translation>
    </message>
    <message>
        <source>Presence is unknown while the console is not connected.</source>
        <translation>La présence est inconnue tant que la console n&apos;est pas connectée.</translation>
    </message>
    <message numerus="yes">
        <source>%n online</source>
        <translation>
            <numerusform>%n en ligne</numerusform>
            <numerusform>%n en ligne</numerusform>
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
            <numerusform>%n absent</numerusform>
            <numerusform>%n absents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ToolText</name>
    <message>
        <source>Order lookup</source>
        <translation>Recherche de commande</translation>
    </message>
    <message>
        <source>Order cancellation</source>
        <translation>Annulation de commande</translation>
    </message>
    <message>
        <source>Product lookup</source>
        <translation>Recherche de produit</translation>
    </message>
    <message>
        <source>Policy lookup</source>
        <translation>Consultation de politique</translation>
    </message>
    <message>
        <source>Lead qualification</source>
        <translation>Qualification du prospect</translation>
    </message>
    <message>
        <source>Read the billing policy</source>
        <translation>A lu la politique de facturation</translation>
    </message>
    <message>
        <source>Read the bulk order policy</source>
        <translation>A lu la politique des commandes en gros</translation>
    </message>
    <message>
        <source>Read the cancellation policy</source>
        <translation>A lu la politique d&apos;annulation</translation>
    </message>
    <message>
        <source>Read the damaged goods policy</source>
        <translation>A lu la politique des articles endommagés</translation>
    </message>
    <message>
        <source>Read the refund policy</source>
        <translation>A lu la politique de remboursement</translation>
    </message>
    <message>
        <source>Read the shipping policy</source>
        <translation>A lu la politique de livraison</translation>
    </message>
    <message>
        <source>Read the sizing guide</source>
        <translation>A lu le guide des tailles</translation>
    </message>
    <message>
        <source>Read the warranty policy</source>
        <translation>A lu la politique de garantie</translation>
    </message>
    <message>
        <source>Looked up order #%1</source>
        <translation>A consulté la commande n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Order #%1 is not on this account</source>
        <translation>La commande n°&#xa0;%1 n&apos;est pas sur ce compte</translation>
    </message>
    <message>
        <source>Asked to cancel order #%1</source>
        <translation>A demandé l&apos;annulation de la commande n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Checked the sizing of %1</source>
        <translation>A vérifié les tailles de %1</translation>
    </message>
    <message numerus="yes">
        <source>Looked up %1: %n in stock</source>
        <translation>
            <numerusform>A consulté %1&#xa0;: %n en stock</numerusform>
            <numerusform>A consulté %1&#xa0;: %n en stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Qualified a sales lead: %n units of %1</source>
        <translation>
            <numerusform>A qualifié un prospect&#xa0;: %n unité de %1</numerusform>
            <numerusform>A qualifié un prospect&#xa0;: %n unités de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Qualified a sales lead: %n units</source>
        <translation>
            <numerusform>A qualifié un prospect&#xa0;: %n unité</numerusform>
            <numerusform>A qualifié un prospect&#xa0;: %n unités</numerusform>
        </translation>
    </message>
    <message>
        <source>Qualified a sales lead: %1</source>
        <translation>A qualifié un prospect&#xa0;: %1</translation>
    </message>
    <message>
        <source>Qualified a sales lead</source>
        <translation>A qualifié un prospect</translation>
    </message>
    <message>
        <source>Looked up %1</source>
        <translation>A consulté %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::TranscriptModel</name>
    <message>
        <source>Decided by the built-in rules</source>
        <translation>Décidé par les règles intégrées</translation>
    </message>
    <message>
        <source>Decided by rules version %1</source>
        <translation>Décidé par la version %1 des règles</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::TwoFactorModel</name>
    <message>
        <source>Enter the 6-digit code the app shows.</source>
        <translation>Saisissez le code à 6 chiffres affiché par l&apos;application.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is set up while connected to the server.</source>
        <translation>La connexion à deux facteurs se configure lorsque la connexion au serveur est établie.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::UsersModel</name>
    <message>
        <source>Added %1.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message>
        <source>%1 is now %2; they sign in again.</source>
        <translation>%1 est désormais %2&#xa0;; il se reconnecte.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>%1 may no longer sign in; their sessions ended.</source>
        <translation>%1 ne peut plus se connecter&#xa0;; ses sessions sont terminées.</translation>
    </message>
    <message>
        <source>The password of %1 is changed; they sign in again.</source>
        <translation>Le mot de passe de %1 est changé&#xa0;; il se reconnecte.</translation>
    </message>
    <message>
        <source>Users are managed while connected to the server.</source>
        <translation>Les utilisateurs se gèrent lorsque la connexion au serveur est établie.</translation>
    </message>
    <message>
        <source>Two-factor sign-in of %1 is off; their password alone signs them in.</source>
        <translation>La connexion à deux facteurs de %1 est désactivée&#xa0;; son mot de passe seul suffit.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is now required of everyone. Those without it set it up at their next sign-in.</source>
        <translation>La connexion à deux facteurs est désormais exigée de tous. Ceux qui ne l&apos;ont pas la configurent à leur prochaine connexion.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is no longer required.</source>
        <translation>La connexion à deux facteurs n&apos;est plus exigée.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::AuditClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Le serveur n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>The session has ended; sign in again to read the audit log.</source>
        <translation>La session est terminée&#xa0;; reconnectez-vous pour lire le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The server shows the audit log to admins only.</source>
        <translation>Le serveur ne montre le journal d&apos;audit qu&apos;aux administrateurs.</translation>
    </message>
    <message>
        <source>The server&apos;s audit log could not be read (HTTP %1).</source>
        <translation>Le journal d&apos;audit du serveur n&apos;a pas pu être lu (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::ConfigClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur.</translation>
    </message>
    <message>
        <source>The server did not answer; try again when the console is connected.</source>
        <translation>Le serveur n&apos;a pas répondu&#xa0;; réessayez une fois la console connectée.</translation>
    </message>
    <message>
        <source>Only supervisors and admins edit this.</source>
        <translation>Seuls les superviseurs et les administrateurs le modifient.</translation>
    </message>
    <message>
        <source>The draft could not be read (HTTP %1).</source>
        <translation>Le brouillon n&apos;a pas pu être lu (HTTP %1).</translation>
    </message>
    <message>
        <source>The document is not valid JSON.</source>
        <translation>Le document n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The server did not answer; nothing was published.</source>
        <translation>Le serveur n&apos;a pas répondu&#xa0;; rien n&apos;a été publié.</translation>
    </message>
    <message>
        <source>Nothing was published (HTTP %1).</source>
        <translation>Rien n&apos;a été publié (HTTP %1).</translation>
    </message>
    <message>
        <source>Nothing to publish: this is the version in force.</source>
        <translation>Rien à publier&#xa0;: c&apos;est la version en vigueur.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::CostModelClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur.</translation>
    </message>
    <message>
        <source>The cost model could not be fetched; the server did not answer.</source>
        <translation>Le modèle de coûts n&apos;a pas pu être récupéré&#xa0;; le serveur n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>The server shows the cost model to supervisors and admins only.</source>
        <translation>Le serveur ne montre le modèle de coûts qu&apos;aux superviseurs et aux administrateurs.</translation>
    </message>
    <message>
        <source>The server&apos;s cost model could not be read (HTTP %1).</source>
        <translation>Le modèle de coûts du serveur n&apos;a pas pu être lu (HTTP %1).</translation>
    </message>
    <message>
        <source>The cost model was not saved; the server did not answer.</source>
        <translation>Le modèle de coûts n&apos;a pas été enregistré&#xa0;; le serveur n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Only admins may change the organisation&apos;s cost model.</source>
        <translation>Seuls les administrateurs peuvent modifier le modèle de coûts de l&apos;organisation.</translation>
    </message>
    <message>
        <source>The cost model was not saved (HTTP %1).</source>
        <translation>Le modèle de coûts n&apos;a pas été enregistré (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::FactsConversationsClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Le serveur n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>The server shows the conversations behind the figures to supervisors and admins only.</source>
        <translation>Le serveur ne montre les conversations à l&apos;origine des chiffres qu&apos;aux superviseurs et aux administrateurs.</translation>
    </message>
    <message>
        <source>The server&apos;s list of conversations could not be read (HTTP %1).</source>
        <translation>La liste des conversations du serveur n&apos;a pas pu être lue (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::LoginClient</name>
    <message>
        <source>The server at %1 did not answer. Check the address and your connection.</source>
        <translation>Le serveur %1 n&apos;a pas répondu. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer far too large for a sign-in. Check the address.</source>
        <translation>Le serveur %1 a envoyé une réponse bien trop volumineuse pour une connexion. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>This account may not sign in to the console. Ask an administrator for access.</source>
        <translation>Ce compte n&apos;est pas autorisé à se connecter à la console. Demandez l&apos;accès à un administrateur.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute, then try again.</source>
        <translation>Trop de tentatives de connexion. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again in a few minutes; if it persists, tell your administrator.</source>
        <translation>Le serveur %1 rencontre un problème (HTTP %2). Réessayez dans quelques minutes&#xa0;; si le problème persiste, prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>The server at %1 rejected the sign-in request.</source>
        <translation>Le serveur %1 a refusé la demande de connexion.</translation>
    </message>
    <message>
        <source>The server at %1 rejected the sign-in request: %2</source>
        <translation>Le serveur %1 a refusé la demande de connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not look like a Pilothouse server (HTTP %2). Check the address.</source>
        <translation>%1 ne semble pas être un serveur Pilothouse (HTTP %2). Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The server at %1 answered, but not like a Pilothouse server. Check the address.</source>
        <translation>Le serveur %1 a répondu, mais pas comme un serveur Pilothouse. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use an address such as https://pilothouse.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur. Utilisez une adresse comme https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>Signing in failed unexpectedly. Try again.</source>
        <translation>La connexion a échoué de manière inattendue. Réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1: %2), so your password was not sent. Check the address, or ask your administrator for the certificate authority file and start Pilothouse with --ca-file.</source>
        <translation>Le certificat du serveur n’est pas approuvé (%1 : %2), votre mot de passe n’a donc pas été envoyé. Vérifiez l’adresse, ou demandez à votre administrateur le fichier de l’autorité de certification et lancez Pilothouse avec --ca-file.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop d&apos;échecs de connexion. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop d&apos;échecs de connexion. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop d&apos;échecs de connexion. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop d&apos;échecs de connexion. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Saisissez le code à 6 chiffres de votre application d&apos;authentification, ou l&apos;un de vos codes de récupération.</translation>
    </message>
    <message>
        <source>That code is not right, or was used already. Enter the code the app shows now.</source>
        <translation>Ce code est faux ou a déjà servi. Saisissez le code que l&apos;application affiche maintenant.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::SessionWorker</name>
    <message>
        <source>The server stopped answering.</source>
        <translation>Le serveur ne répond plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address this console can use. Use an address such as https://pilothouse.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur utilisable par cette console. Utilisez une adresse comme https://pilothouse.example.com.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Could not start the session.</source>
        <translation>Impossible de démarrer la session.</translation>
    </message>
    <message>
        <source>The server sent a message this console cannot read.</source>
        <translation>Le serveur a envoyé un message que cette console ne sait pas lire.</translation>
    </message>
    <message>
        <source>A message from the server could not be processed.</source>
        <translation>Un message du serveur n&apos;a pas pu être traité.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>Votre connexion n&apos;est plus valide. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (%1). Sign in again.</source>
        <translation>Votre connexion n&apos;est plus valide (%1). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server at %1 needs a newer Pilothouse. Install the update, then start again.</source>
        <translation>Le serveur %1 nécessite une version plus récente de Pilothouse. Installez la mise à jour, puis relancez.</translation>
    </message>
    <message>
        <source>Your account may not use the console on %1. Ask an administrator for access.</source>
        <translation>Votre compte n&apos;est pas autorisé à utiliser la console sur %1. Demandez l&apos;accès à un administrateur.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connexion à %1 a été perdue.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connexion à %1 a été perdue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Connecté à %1 en tant que %2</translation>
    </message>
    <message>
        <source>The server broke the protocol.</source>
        <translation>Le serveur n&apos;a pas respecté le protocole.</translation>
    </message>
    <message>
        <source>Not connected. The action will be sent when the connection returns.</source>
        <translation>Non connecté. L&apos;action sera envoyée au retour de la connexion.</translation>
    </message>
    <message>
        <source>This action is too large for the server to accept.</source>
        <translation>Cette action est trop volumineuse pour être acceptée par le serveur.</translation>
    </message>
    <message>
        <source>This action could not be encoded (invalid text).</source>
        <translation>Cette action n&apos;a pas pu être encodée (texte non valide).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read (%2).</source>
        <translation>Le fichier de l’autorité de certification %1 est illisible (%2).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds no PEM certificate.</source>
        <translation>Le fichier de l’autorité de certification %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1: %2), so the session was not started and your sign-in was not sent. Check the address, or ask your administrator for the certificate authority file and start Pilothouse with --ca-file.</source>
        <translation>Le certificat du serveur n’est pas approuvé (%1 : %2), la session n’a donc pas démarré et votre connexion n’a pas été envoyée. Vérifiez l’adresse, ou demandez à votre administrateur le fichier de l’autorité de certification et lancez Pilothouse avec --ca-file.</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>la connexion sécurisée n’a pas pu être établie</translation>
    </message>
    <message>
        <source>The server sent events out of order.</source>
        <translation>Le serveur a envoyé des événements dans le désordre.</translation>
    </message>
    <message>
        <source>The server sent a message over the size limit.</source>
        <translation>Le serveur a envoyé un message qui dépasse la taille maximale.</translation>
    </message>
    <message>
        <source>The link to %1 was too slow to keep up with the server; catching up.</source>
        <translation>La liaison avec %1 était trop lente pour suivre le serveur ; rattrapage en cours.</translation>
    </message>
    <message>
        <source>%1 now requires two-factor sign-in. Sign in again to set it up.</source>
        <translation>%1 exige désormais la connexion à deux facteurs. Reconnectez-vous pour la configurer.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::SessionsClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Le serveur n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Only admins see everyone&apos;s sessions.</source>
        <translation>Seuls les administrateurs voient les sessions de tous.</translation>
    </message>
    <message>
        <source>The server&apos;s list of sessions could not be read (HTTP %1).</source>
        <translation>La liste des sessions du serveur n&apos;a pas pu être lue (HTTP %1).</translation>
    </message>
    <message>
        <source>The server did not end the session (HTTP %1).</source>
        <translation>Le serveur n&apos;a pas mis fin à la session (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::TokenStore</name>
    <message>
        <source>The saved sign-in could not be removed from the system keychain. Remove the &quot;Pilothouse&quot; entry with your keychain manager.</source>
        <translation>La connexion enregistrée n&apos;a pas pu être supprimée du trousseau système. Supprimez l&apos;entrée «&#xa0;Pilothouse&#xa0;» avec votre gestionnaire de trousseau.</translation>
    </message>
    <message>
        <source>Access to the system keychain was declined. Allow Pilothouse to use the keychain to stay signed in.</source>
        <translation>L&apos;accès au trousseau système a été refusé. Autorisez Pilothouse à utiliser le trousseau pour rester connecté.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain (the login keyring) and sign in again.</source>
        <translation>Le trousseau système a refusé l&apos;accès. Déverrouillez votre trousseau (le trousseau de session) et reconnectez-vous.</translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-in cannot be remembered. Install and start GNOME Keyring or KWallet, or sign in each time.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;; votre connexion ne peut donc pas être mémorisée. Installez et démarrez GNOME Keyring ou KWallet, ou connectez-vous à chaque fois.</translation>
    </message>
    <message>
        <source>The system keychain on this computer does not support storing sign-ins. You will need to sign in each time.</source>
        <translation>Le trousseau système de cet ordinateur ne permet pas d&apos;enregistrer les connexions. Vous devrez vous connecter à chaque fois.</translation>
    </message>
    <message>
        <source>The system keychain reported an error (%1). Check that it is running and unlocked, then sign in again.</source>
        <translation>Le trousseau système a signalé une erreur (%1). Vérifiez qu&apos;il est démarré et déverrouillé, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. Check that it is running and unlocked, then sign in again.</source>
        <translation>Le trousseau système n&apos;a pas répondu à temps. Vérifiez qu&apos;il est démarré et déverrouillé, puis reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::TwoFactorClient</name>
    <message>
        <source>This is not a server address.</source>
        <translation>Ce n&apos;est pas une adresse de serveur.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Le serveur n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>The server refused this (HTTP %1).</source>
        <translation>Le serveur l&apos;a refusé (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>pilothouse::net::UsersClient</name>
    <message>
        <source>This is not a server address.</source>
        <translation>Ce n&apos;est pas une adresse de serveur.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Le serveur n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Only admins manage users.</source>
        <translation>Seuls les administrateurs gèrent les utilisateurs.</translation>
    </message>
    <message>
        <source>The server&apos;s list of users could not be read (HTTP %1).</source>
        <translation>La liste des utilisateurs du serveur n&apos;a pas pu être lue (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The server refused the change (HTTP %1).</source>
        <translation>Le serveur a refusé la modification (HTTP %1).</translation>
    </message>
</context>
</TS>
