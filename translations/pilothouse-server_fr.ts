<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DataDirLock</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>a pilothouse-server (process %1) is running on %2; stop it first</source>
        <translation>un pilothouse-server (processus %1) est déjà en cours d&apos;exécution sur %2&#xa0;; arrêtez-le d&apos;abord</translation>
    </message>
    <message>
        <source>cannot lock the data directory %1</source>
        <translation>impossible de verrouiller le dossier de données %1</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>Le mot de passe est trop court&#xa0;: utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>Le mot de passe est trop long&#xa0;: utilisez au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The password may not contain the user name.</source>
        <translation>Le mot de passe ne doit pas contenir le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>This password is on every list of common passwords; choose another.</source>
        <translation>Ce mot de passe figure sur toutes les listes de mots de passe courants&#xa0;; choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server</name>
    <message>
        <source>expected HOST:PORT, e.g. 127.0.0.1:8787 or [::1]:0</source>
        <translation>HOST:PORT attendu, par ex. 127.0.0.1:8787 ou [::1]:0</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: %2</source>
        <translation>--listen &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: port must be 0..65535 (0 = pick a free port)</source>
        <translation>--listen &apos;%1&apos;&#xa0;: le port doit être compris entre 0 et 65535 (0 = choisir un port libre)</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: &apos;%2&apos; is not an IP address or localhost; %3</source>
        <translation>--listen &apos;%1&apos;&#xa0;: &apos;%2&apos; n&apos;est ni une adresse IP ni localhost&#xa0;; %3</translation>
    </message>
    <message>
        <source>--log-level &apos;%1&apos;: accepted values are %2</source>
        <translation>--log-level &apos;%1&apos;&#xa0;: les valeurs acceptées sont %2</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos;: expected a whole number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos;&#xa0;: nombre entier attendu, de %3 à %4</translation>
    </message>
    <message>
        <source>expected scenario=weight,... with scenarios %1</source>
        <translation>scenario=weight,... attendu, avec les scénarios %1</translation>
    </message>
    <message>
        <source>--mix &apos;%1&apos;: %2</source>
        <translation>--mix &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>--mix: unknown scenario &apos;%1&apos;; %2</source>
        <translation>--mix&#xa0;: scénario inconnu &apos;%1&apos;&#xa0;; %2</translation>
    </message>
    <message>
        <source>--mix &apos;%1&apos;: weight must be a number &gt;= 0</source>
        <translation>--mix &apos;%1&apos;&#xa0;: le poids doit être un nombre &gt;= 0</translation>
    </message>
    <message>
        <source>--mix &apos;%1&apos;: at least one weight must be above 0</source>
        <translation>--mix &apos;%1&apos;&#xa0;: au moins un poids doit être supérieur à 0</translation>
    </message>
    <message>
        <source>Pilothouse reference backend: REST login, WebSocket event stream, built-in AI agent and customer simulator.</source>
        <translation>Backend de référence de Pilothouse&#xa0;: connexion REST, flux d&apos;événements WebSocket, agent IA intégré et simulateur de clients.</translation>
    </message>
    <message>
        <source>Address to listen on, HOST:PORT (port 0 picks a free one). Default 127.0.0.1:8787.</source>
        <translation>Adresse d&apos;écoute, HOST:PORT (le port 0 en choisit un libre). Par défaut 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>Directory for the database. Default: the per-user application data directory.</source>
        <translation>Dossier de la base de données. Par défaut&#xa0;: le dossier de données de l&apos;application propre à l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Create demo users (agent, supervisor, admin), print their passwords and simulate traffic.</source>
        <translation>Créer les utilisateurs de démo (agent, supervisor, admin), afficher leurs mots de passe et simuler du trafic.</translation>
    </message>
    <message>
        <source>Simulated conversations per minute (0 = off).</source>
        <translation>Conversations simulées par minute (0 = désactivé).</translation>
    </message>
    <message>
        <source>Scenario weights, scenario=weight,...</source>
        <translation>Poids des scénarios, scenario=weight,...</translation>
    </message>
    <message>
        <source>Random seed for reproducible traffic.</source>
        <translation>Graine aléatoire pour un trafic reproductible.</translation>
    </message>
    <message>
        <source>trace, debug, info, warn, error or off. Default info.</source>
        <translation>trace, debug, info, warn, error ou off. Par défaut info.</translation>
    </message>
    <message>
        <source>Lifetime of a sign-in token in seconds, 60 to 31622400. Default 43200 (12 h).</source>
        <translation>Durée de vie d&apos;un jeton de connexion en secondes, de 60 à 31622400. Par défaut 43200 (12 h).</translation>
    </message>
    <message>
        <source>PEM certificate chain (server certificate first): serve https and wss instead of http and ws.</source>
        <translation>Chaîne de certificats PEM (certificat du serveur en premier)&#xa0;: servir en https et wss au lieu de http et ws.</translation>
    </message>
    <message>
        <source>Unencrypted PEM private key of --tls-cert.</source>
        <translation>Clé privée PEM non chiffrée de --tls-cert.</translation>
    </message>
    <message>
        <source>Heartbeat interval.</source>
        <translation>Intervalle du heartbeat.</translation>
    </message>
    <message>
        <source>Idle timeout.</source>
        <translation>Délai d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Hello timeout.</source>
        <translation>Délai d&apos;attente du hello.</translation>
    </message>
    <message>
        <source>How long events stay available for replay. Default 604800 (7 days).</source>
        <translation>Durée pendant laquelle les événements restent disponibles pour être rejoués. Par défaut 604800 (7 jours).</translation>
    </message>
    <message>
        <source>Bytes that may wait to be sent to one connection before it is closed with 4013. Default 8388608.</source>
        <translation>Nombre d&apos;octets pouvant attendre d&apos;être envoyés à une connexion avant qu&apos;elle soit fermée avec 4013. Par défaut 8388608.</translation>
    </message>
    <message>
        <source>The longest gap a hello may ask to replay; a longer one gets a snapshot. Default 100000.</source>
        <translation>Le plus grand écart qu&apos;un hello peut demander à rejouer&#xa0;; au-delà, il reçoit un instantané. Par défaut 100000.</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>Voir --help.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; this program takes options only. See --help.</source>
        <translation>argument inattendu &apos;%1&apos;&#xa0;; ce programme n&apos;accepte que des options. Voir --help.</translation>
    </message>
    <message>
        <source>--simulate &apos;%1&apos;: expected conversations per minute from 0 to %2 (0 = off)</source>
        <translation>--simulate &apos;%1&apos;&#xa0;: nombre de conversations par minute attendu, de 0 à %2 (0 = désactivé)</translation>
    </message>
    <message>
        <source>--seed &apos;%1&apos;: expected a whole number &gt;= 0</source>
        <translation>--seed &apos;%1&apos;&#xa0;: nombre entier &gt;= 0 attendu</translation>
    </message>
    <message>
        <source>--data-dir: no default location on this system; pass a directory</source>
        <translation>--data-dir&#xa0;: aucun emplacement par défaut sur ce système&#xa0;; indiquez un dossier</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: cannot read the file (%3)</source>
        <translation>%1 &apos;%2&apos;&#xa0;: impossible de lire le fichier (%3)</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: give both, or neither for plain HTTP</source>
        <translation>--tls-cert et --tls-key vont ensemble&#xa0;: indiquez les deux, ou aucun pour du HTTP simple</translation>
    </message>
    <message>
        <source>%1: this build of Qt has no TLS backend (OpenSSL 3 is needed)</source>
        <translation>%1&#xa0;: cette compilation de Qt n&apos;a pas de backend TLS (OpenSSL 3 est nécessaire)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: no PEM certificate in the file</source>
        <translation>%1 &apos;%2&apos;&#xa0;: aucun certificat PEM dans le fichier</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: no unencrypted PEM private key (RSA or EC) in the file</source>
        <translation>%1 &apos;%2&apos;&#xa0;: aucune clé privée PEM non chiffrée (RSA ou EC) dans le fichier</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not belong to the certificate in &apos;%3&apos;</source>
        <translation>%1 &apos;%2&apos; ne correspond pas au certificat de &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the customer asked for a person</source>
        <translation>le client a demandé un humain</translation>
    </message>
    <message>
        <source>the AI was not confident in its answer</source>
        <translation>l&apos;IA n&apos;était pas sûre de sa réponse</translation>
    </message>
    <message>
        <source>the customer is upset</source>
        <translation>le client est mécontent</translation>
    </message>
    <message>
        <source>the customer is a VIP</source>
        <translation>le client est VIP</translation>
    </message>
    <message>
        <source>the request touches legal or policy questions</source>
        <translation>la demande touche à des questions juridiques ou de politique de l&apos;entreprise</translation>
    </message>
    <message>
        <source>the AI does not know the answer</source>
        <translation>l&apos;IA ne connaît pas la réponse</translation>
    </message>
    <message>
        <source>a lookup the AI needed failed</source>
        <translation>une recherche dont l&apos;IA avait besoin a échoué</translation>
    </message>
    <message>
        <source>the AI kept going in circles</source>
        <translation>l&apos;IA tournait en rond</translation>
    </message>
    <message>
        <source>a rule asked for a person</source>
        <translation>une règle a demandé un humain</translation>
    </message>
    <message>
        <source>How long after the AI&apos;s answer a customer who does not write again counts as helped: the conversation is resolved (reason no_reply). Default 600000 (10 minutes).</source>
        <translation>Délai après la réponse de l&apos;IA au bout duquel un client qui n&apos;écrit plus est considéré comme aidé&#xa0;: la conversation est résolue (motif no_reply). Par défaut 600000 (10 minutes).</translation>
    </message>
    <message>
        <source>How long an escalated conversation may wait for a person before it counts as abandoned. Default 1800000 (30 minutes).</source>
        <translation>Durée pendant laquelle une conversation escaladée peut attendre un humain avant d&apos;être considérée comme abandonnée. Par défaut 1800000 (30 minutes).</translation>
    </message>
    <message>
        <source>Shortest time between two recomputes of the facts.</source>
        <translation>Délai minimal entre deux recalculs des faits.</translation>
    </message>
    <message>
        <source>pilothouse-server users: no password on standard input (one line)</source>
        <translation>pilothouse-server users&#xa0;: aucun mot de passe sur l&apos;entrée standard (une ligne)</translation>
    </message>
    <message>
        <source>The server&apos;s data directory.</source>
        <translation>Le dossier de données du serveur.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>The name colleagues see.</source>
        <translation>Le nom que voient les collègues.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wrong number of arguments for &apos;%1&apos;</source>
        <translation>nombre d&apos;arguments incorrect pour &apos;%1&apos;</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>a user name is 1 to 64 characters</source>
        <translation>un nom d&apos;utilisateur comporte de 1 à 64 caractères</translation>
    </message>
    <message>
        <source>the user %1 exists already; use set-role or passwd</source>
        <translation>l&apos;utilisateur %1 existe déjà&#xa0;; utilisez set-role ou passwd</translation>
    </message>
    <message>
        <source>the database refused the new user</source>
        <translation>la base de données a refusé le nouvel utilisateur</translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>%1 ajouté (%2)</translation>
    </message>
    <message>
        <source>no user named %1</source>
        <translation>aucun utilisateur nommé %1</translation>
    </message>
    <message>
        <source>%1 is the last active admin; make another user admin first</source>
        <translation>%1 est le dernier admin actif&#xa0;; faites d&apos;abord d&apos;un autre utilisateur un admin</translation>
    </message>
    <message>
        <source>the database refused the change</source>
        <translation>la base de données a refusé la modification</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 est maintenant %2</translation>
    </message>
    <message>
        <source>%1 may sign in again</source>
        <translation>%1 peut de nouveau se connecter</translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions ended</source>
        <translation>%1 est désactivé&#xa0;; ses sessions ont pris fin</translation>
    </message>
    <message>
        <source>the password of %1 is changed</source>
        <translation>le mot de passe de %1 a été modifié</translation>
    </message>
    <message>
        <source>Days of simulated past traffic a new demo data directory starts with, 0 to 365 (0 = none). Default 30 under --demo.</source>
        <translation>Jours de trafic passé simulé avec lesquels démarre un nouveau dossier de données de démo, de 0 à 365 (0 = aucun). Par défaut 30 avec --demo.</translation>
    </message>
    <message>
        <source>Mean conversations a day in that past, 1 to 5000 (busier on weekdays and in the daytime). Default 300.</source>
        <translation>Nombre moyen de conversations par jour sur ce passé, de 1 à 5000 (davantage en semaine et en journée). Par défaut 300.</translation>
    </message>
    <message>
        <source>--history-days: the simulated past needs --demo (its operators are the demo users)</source>
        <translation>--history-days&#xa0;: le passé simulé nécessite --demo (ses opérateurs sont les utilisateurs de démo)</translation>
    </message>
    <message>
        <source>How long a closing connection may take to drain before it is aborted.</source>
        <translation>Durée pendant laquelle une connexion en cours de fermeture peut finir d&apos;envoyer ses données avant d&apos;être interrompue.</translation>
    </message>
    <message>
        <source>Failed sign-ins of one user name (from anywhere) that lock it, 3 to 1000. Default 10. Attempts wait a growing delay from the fourth failure.</source>
        <translation>Échecs de connexion d&apos;un nom d&apos;utilisateur (d&apos;où qu&apos;ils viennent) qui le verrouillent, de 3 à 1000. Par défaut 10. À partir du quatrième échec, les tentatives attendent un délai croissant.</translation>
    </message>
    <message>
        <source>How long a locked user name (or address) stays locked, and a failure is remembered, in seconds, 1 to 86400. Default 900 (15 min).</source>
        <translation>Durée pendant laquelle un nom d&apos;utilisateur (ou une adresse) reste verrouillé et un échec est retenu, en secondes, de 1 à 86400. Par défaut 900 (15&#xa0;min).</translation>
    </message>
    <message>
        <source>viewer, agent, supervisor or admin</source>
        <translation>viewer, agent, supervisor ou admin</translation>
    </message>
    <message>
        <source>--role: &apos;%1&apos; is not viewer, agent, supervisor or admin</source>
        <translation>--role&#xa0;: &apos;%1&apos; n&apos;est ni viewer, ni agent, ni supervisor, ni admin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not viewer, agent, supervisor or admin</source>
        <translation>&apos;%1&apos; n&apos;est ni viewer, ni agent, ni supervisor, ni admin</translation>
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
        <translation>usage&#xa0;: pilothouse-server users list|add|set-role|disable|enable|passwd|reset-two-factor [options]
  list                              tous les utilisateurs, avec leur rôle et leur état
  add NAME --role ROLE [--display-name TEXT]   mot de passe sur l&apos;entrée standard
  set-role NAME ROLE                viewer, agent, supervisor ou admin
  disable NAME | enable NAME        un utilisateur désactivé ne peut se connecter nulle part&#xa0;; ses sessions prennent fin
  passwd NAME                       nouveau mot de passe sur l&apos;entrée standard
  reset-two-factor NAME             désactive la connexion à deux facteurs de NAME (téléphone et
                                    codes de récupération perdus)&#xa0;; ses sessions prennent fin
  --data-dir DIR                    le dossier de données du serveur (par défaut&#xa0;: celui du serveur)
À lancer pendant que le serveur est arrêté.</translation>
    </message>
    <message>
        <source>%1 has no two-factor sign-in to reset</source>
        <translation>%1 n&apos;a pas de connexion à deux facteurs à réinitialiser</translation>
    </message>
    <message>
        <source>two-factor sign-in of %1 is off; their password alone signs them in, and their sessions ended</source>
        <translation>la connexion à deux facteurs de %1 est désactivée&#xa0;; son mot de passe seul le connecte, et ses sessions ont pris fin</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::AuditApi</name>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>&quot;user&quot; is at most 128 characters.</source>
        <translation>&quot;user&quot; fait au plus 128 caractères.</translation>
    </message>
    <message>
        <source>At most %1 &quot;action&quot; parameters.</source>
        <translation>Au plus %1 paramètres &quot;action&quot;.</translation>
    </message>
    <message>
        <source>&quot;outcome&quot; is &quot;applied&quot; or &quot;refused&quot;.</source>
        <translation>&quot;outcome&quot; vaut &quot;applied&quot; ou &quot;refused&quot;.</translation>
    </message>
    <message>
        <source>&quot;to&quot; is before &quot;from&quot;.</source>
        <translation>&quot;to&quot; est antérieur à &quot;from&quot;.</translation>
    </message>
    <message>
        <source>Only admins may read the audit log.</source>
        <translation>Seuls les administrateurs peuvent lire le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The server could not read the audit log; try again.</source>
        <translation>Le serveur n&apos;a pas pu lire le journal d&apos;audit&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::CommandHandler</name>
    <message>
        <source>command id must be 1 to 128 characters</source>
        <translation>l&apos;identifiant de commande doit comporter de 1 à 128 caractères</translation>
    </message>
    <message>
        <source>this command id was already used for a different command</source>
        <translation>cet identifiant de commande a déjà servi pour une autre commande</translation>
    </message>
    <message>
        <source>unknown command: </source>
        <translation>commande inconnue&#xa0;: </translation>
    </message>
    <message>
        <source>the server could not save this</source>
        <translation>le serveur n&apos;a pas pu l&apos;enregistrer</translation>
    </message>
    <message>
        <source>the conversation changed at the same moment; try again</source>
        <translation>la conversation a changé au même moment&#xa0;; réessayez</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::CommandPlanner</name>
    <message>
        <source>reason is longer than 2000 bytes</source>
        <translation>le motif dépasse 2000 octets</translation>
    </message>
    <message>
        <source>no such message</source>
        <translation>message introuvable</translation>
    </message>
    <message>
        <source>only AI replies can be judged</source>
        <translation>seules les réponses de l&apos;IA peuvent être évaluées</translation>
    </message>
    <message>
        <source>no such conversation</source>
        <translation>conversation introuvable</translation>
    </message>
    <message>
        <source>the note is too long</source>
        <translation>la note est trop longue</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>utilisateur introuvable</translation>
    </message>
    <message>
        <source>Only an admin may erase a customer.</source>
        <translation>Seul un administrateur peut effacer un client.</translation>
    </message>
    <message>
        <source>no such customer</source>
        <translation>client inconnu</translation>
    </message>
    <message>
        <source>this customer was already erased</source>
        <translation>ce client a déjà été effacé</translation>
    </message>
    <message>
        <source>no such conversation to merge into</source>
        <translation>aucune conversation de ce nom avec laquelle fusionner</translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation>Pilothouse</translation>
    </message>
    <message numerus="yes">
        <source>%1 merged conversation %2 into this one: %n of the customer&apos;s messages copied from it.</source>
        <comment>the merge note: who, the merged conversation&apos;s id, how many messages</comment>
        <translation>
            <numerusform>%1 a fusionné la conversation %2 avec celle-ci&#xa0;: %n message du client copié.</numerusform>
            <numerusform>%1 a fusionné la conversation %2 avec celle-ci&#xa0;: %n messages du client copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>A viewer can read but not act; ask an admin for another role.</source>
        <translation>Un observateur peut lire mais pas agir&#xa0;; demandez un autre rôle à un administrateur.</translation>
    </message>
    <message>
        <source>%1 is a viewer and cannot answer customers.</source>
        <translation>%1 est observateur et ne peut pas répondre aux clients.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::ConfigApi</name>
    <message>
        <source>Only supervisors and admins edit the rules.</source>
        <translation>Seuls les superviseurs et les administrateurs modifient les règles.</translation>
    </message>
    <message>
        <source>&quot;body&quot; must hold the rule set.</source>
        <translation>«&#xa0;body&#xa0;» doit contenir le jeu de règles.</translation>
    </message>
    <message numerus="yes">
        <source>The draft was not saved: %n field(s) need changing.</source>
        <translation>
            <numerusform>Le brouillon n’a pas été enregistré&#xa0;: %n champ doit être modifié.</numerusform>
            <numerusform>Le brouillon n’a pas été enregistré&#xa0;: %n champs doivent être modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft was changed meanwhile (revision %1 by %2 at %3); review it and save again.</source>
        <translation>Le brouillon a été modifié entre-temps (révision %1 par %2 à %3)&#xa0;; relisez-le et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Only supervisors and admins publish the rules.</source>
        <translation>Seuls les superviseurs et les administrateurs publient les règles.</translation>
    </message>
    <message>
        <source>The draft was changed meanwhile (revision %1 by %2 at %3); review it before publishing.</source>
        <translation>Le brouillon a été modifié entre-temps (révision %1 par %2 à %3)&#xa0;; relisez-le avant de publier.</translation>
    </message>
    <message>
        <source>The draft is the published version already; change something before publishing.</source>
        <translation>Le brouillon est déjà la version publiée&#xa0;; modifiez quelque chose avant de publier.</translation>
    </message>
    <message>
        <source>There is no version %1.</source>
        <translation>Il n’y a pas de version %1.</translation>
    </message>
    <message>
        <source>Version %1 was published meanwhile by %2 at %3; review it before rolling back.</source>
        <translation>La version %1 a été publiée entre-temps par %2 à %3&#xa0;; relisez-la avant de revenir en arrière.</translation>
    </message>
    <message>
        <source>Version %1 is what is published already.</source>
        <translation>La version %1 est déjà celle publiée.</translation>
    </message>
    <message>
        <source>The body must be a JSON object: %1</source>
        <translation>Le corps doit être un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least 0.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier d’au moins 0.</translation>
    </message>
    <message>
        <source>&quot;note&quot; must be text of at most %1 characters.</source>
        <translation>«&#xa0;note&#xa0;» doit être un texte d’au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The server could not save the change; try again.</source>
        <translation>Le serveur n’a pas pu enregistrer la modification&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>There is no configuration document &quot;%1&quot;; the server keeps &quot;rules&quot; and &quot;replies&quot;.</source>
        <translation>Il n’y a pas de document de configuration «&#xa0;%1&#xa0;»&#xa0;; le serveur tient «&#xa0;rules&#xa0;» et «&#xa0;replies&#xa0;».</translation>
    </message>
    <message>
        <source>Only supervisors and admins edit the saved replies.</source>
        <translation>Seuls les superviseurs et les administrateurs modifient les réponses enregistrées.</translation>
    </message>
    <message>
        <source>Only supervisors and admins publish the saved replies.</source>
        <translation>Seuls les superviseurs et les administrateurs publient les réponses enregistrées.</translation>
    </message>
    <message>
        <source>&quot;body&quot; must hold the saved replies.</source>
        <translation>«&#xa0;body&#xa0;» doit contenir les réponses enregistrées.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::ConversationStateMachine</name>
    <message>
        <source>This conversation is resolved.</source>
        <translation>Cette conversation est résolue.</translation>
    </message>
    <message>
        <source>Nobody owns this conversation.</source>
        <translation>Personne n&apos;a pris la main sur cette conversation.</translation>
    </message>
    <message>
        <source>This conversation is already resolved.</source>
        <translation>Cette conversation est déjà résolue.</translation>
    </message>
    <message>
        <source>Take the conversation over before resolving it.</source>
        <translation>Prenez la main sur la conversation avant de la résoudre.</translation>
    </message>
    <message>
        <source>Only supervisors can transfer conversations.</source>
        <translation>Seuls les superviseurs peuvent transférer des conversations.</translation>
    </message>
    <message>
        <source>Only supervisors can whisper to the AI.</source>
        <translation>Seuls les superviseurs peuvent chuchoter à l&apos;IA.</translation>
    </message>
    <message>
        <source>The AI is not handling this conversation.</source>
        <translation>L&apos;IA ne gère pas cette conversation.</translation>
    </message>
    <message>
        <source>Take the conversation over before replying.</source>
        <translation>Prenez la main sur la conversation avant de répondre.</translation>
    </message>
    <message>
        <source>Only supervisors can merge conversations.</source>
        <translation>Seuls les superviseurs peuvent fusionner des conversations.</translation>
    </message>
    <message>
        <source>A conversation cannot be merged into itself.</source>
        <translation>Une conversation ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>Only conversations of the same customer can be merged.</source>
        <translation>Seules les conversations d&apos;un même client peuvent être fusionnées.</translation>
    </message>
    <message>
        <source>The conversation to merge into is resolved.</source>
        <translation>La conversation cible est déjà résolue.</translation>
    </message>
    <message>
        <source>Merged into conversation %1.</source>
        <translation>Fusionnée avec la conversation %1.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Database</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot use the database %1 (is it a SQLite file?): %2</source>
        <translation>impossible d&apos;utiliser la base de données %1 (est-ce bien un fichier SQLite&#xa0;?)&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot configure the database: %1</source>
        <translation>impossible de configurer la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>impossible de lire la version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this server supports (%3); use a newer pilothouse-server or another --data-dir</source>
        <translation>la base de données %1 a la version de schéma %2, plus récente que celle prise en charge par ce serveur (%3)&#xa0;; utilisez un pilothouse-server plus récent ou un autre --data-dir</translation>
    </message>
    <message>
        <source>cannot start a migration: %1</source>
        <translation>impossible de démarrer une migration&#xa0;: %1</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>la migration vers la version de schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot commit migration %1: %2</source>
        <translation>impossible de valider la migration %1&#xa0;: %2</translation>
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
        <translation>Confié à un humain&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Règle&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::EventLog</name>
    <message>
        <source>cannot write the event log&apos;s epoch</source>
        <translation>impossible d&apos;écrire l&apos;epoch du journal d&apos;événements</translation>
    </message>
    <message>
        <source>cannot read the event log: %1</source>
        <translation>impossible de lire le journal d&apos;événements&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Gateway</name>
    <message>
        <source>This endpoint speaks WebSocket only.</source>
        <translation>Ce point d&apos;accès n&apos;accepte que WebSocket.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::History</name>
    <message>
        <source>the demo history needs the demo users agent and supervisor</source>
        <translation>l&apos;historique de démo nécessite les utilisateurs de démo agent et supervisor</translation>
    </message>
    <message>
        <source>cannot write the demo history into %1 (see the log); remove that directory and start again, or start with --history-days 0</source>
        <translation>impossible d&apos;écrire l&apos;historique de démo dans %1 (voir le journal)&#xa0;; supprimez ce dossier et relancez, ou démarrez avec --history-days 0</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::RestApi</name>
    <message>
        <source>The body must be a JSON object with string fields &quot;user&quot; (not empty) and &quot;password&quot;: %1</source>
        <translation>Le corps de la requête doit être un objet JSON avec les champs texte &quot;user&quot; (non vide) et &quot;password&quot;&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The server could not sign you in; try again.</source>
        <translation>Le serveur n&apos;a pas pu vous connecter&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Sign in first: send the session token as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Connectez-vous d&apos;abord&#xa0;: envoyez le jeton de session sous la forme &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>The query parameter &quot;%1&quot; must be a date YYYY-MM-DD.</source>
        <translation>Le paramètre de requête &quot;%1&quot; doit être une date au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The query parameter &quot;to&quot; must not be before &quot;from&quot;.</source>
        <translation>Le paramètre de requête &quot;to&quot; ne doit pas être antérieur à &quot;from&quot;.</translation>
    </message>
    <message>
        <source>The range from &quot;from&quot; to &quot;to&quot; spans more than %1 days.</source>
        <translation>La plage de &quot;from&quot; à &quot;to&quot; dépasse %1 jours.</translation>
    </message>
    <message>
        <source>Only admins may change the cost model.</source>
        <translation>Seuls les administrateurs peuvent modifier le modèle de coûts.</translation>
    </message>
    <message>
        <source>The body must be a cost model with &quot;baseVersion&quot;: %1</source>
        <translation>Le corps de la requête doit être un modèle de coûts avec &quot;baseVersion&quot;&#xa0;: %1</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>La note dépasse %1 caractères.</translation>
    </message>
    <message numerus="yes">
        <source>The cost model was not saved: %n field(s) hold values out of range.</source>
        <translation>
            <numerusform>Le modèle de coûts n&apos;a pas été enregistré&#xa0;: %n champ contient une valeur hors limites.</numerusform>
            <numerusform>Le modèle de coûts n&apos;a pas été enregistré&#xa0;: %n champs contiennent des valeurs hors limites.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cost model was changed meanwhile (version %1 by %2); review it and save again.</source>
        <translation>Le modèle de coûts a été modifié entre-temps (version %1 par %2)&#xa0;; vérifiez-le et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>The server could not save the cost model; try again.</source>
        <translation>Le serveur n&apos;a pas pu enregistrer le modèle de coûts&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The query parameter &quot;%1&quot; must be %2.</source>
        <translation>Le paramètre de requête &quot;%1&quot; doit être %2.</translation>
    </message>
    <message>
        <source>a figure&apos;s name, such as aiResolutionStrict</source>
        <translation>le nom d&apos;un indicateur, par exemple aiResolutionStrict</translation>
    </message>
    <message>
        <source>&quot;numerator&quot; or &quot;denominator&quot;</source>
        <translation>&quot;numerator&quot; ou &quot;denominator&quot;</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>une date au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a date not before &quot;from&quot;</source>
        <translation>une date non antérieure à &quot;from&quot;</translation>
    </message>
    <message>
        <source>at most %1 days after &quot;from&quot;</source>
        <translation>au plus %1 jours après &quot;from&quot;</translation>
    </message>
    <message>
        <source>channels separated by commas, such as chat,email</source>
        <translation>une liste de canaux séparés par des virgules, par exemple chat,email</translation>
    </message>
    <message>
        <source>a conversation kind, such as support or sales</source>
        <translation>un type de conversation, par exemple support ou sales</translation>
    </message>
    <message>
        <source>&quot;true&quot; or &quot;false&quot;</source>
        <translation>&quot;true&quot; ou &quot;false&quot;</translation>
    </message>
    <message>
        <source>1, 5, 7 or 30 (days)</source>
        <translation>1, 5, 7 ou 30 (jours)</translation>
    </message>
    <message>
        <source>a confidence band&apos;s lower bound: 0, 10, 20, ... 90</source>
        <translation>la borne inférieure d&apos;une tranche de confiance&#xa0;: 0, 10, 20, ... 90</translation>
    </message>
    <message>
        <source>absent for any figure but %1</source>
        <translation>absent pour tout indicateur autre que %1</translation>
    </message>
    <message>
        <source>Only admins may export a customer&apos;s data.</source>
        <translation>Seuls les administrateurs peuvent exporter les données d’un client.</translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation>Ce client n’existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop d&apos;échecs de connexion. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop d&apos;échecs de connexion. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Trop d&apos;échecs de connexion. Attendez %n seconde avant la prochaine tentative.</numerusform>
            <numerusform>Trop d&apos;échecs de connexion. Attendez %n secondes avant la prochaine tentative.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only viewers, supervisors and admins may read the cost model.</source>
        <translation>Seuls les observateurs, superviseurs et administrateurs peuvent lire le modèle de coûts.</translation>
    </message>
    <message>
        <source>Only viewers, supervisors and admins may read the analytics facts.</source>
        <translation>Seuls les observateurs, superviseurs et administrateurs peuvent lire les données d&apos;analyse.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or a recovery code.</source>
        <translation>Saisissez le code à 6 chiffres de votre application d&apos;authentification, ou un code de récupération.</translation>
    </message>
    <message>
        <source>That code is not right, or was used already. Enter the code the app shows now.</source>
        <translation>Ce code est faux ou a déjà servi. Saisissez le code que l&apos;application affiche maintenant.</translation>
    </message>
    <message>
        <source>This server requires two-factor sign-in: set it up first (POST /api/v1/account/two-factor).</source>
        <translation>Ce serveur exige la connexion à deux facteurs&#xa0;: configurez-la d&apos;abord (POST /api/v1/account/two-factor).</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::SecretBox</name>
    <message>
        <source>cannot create the key file %1: %2</source>
        <translation>impossible de créer le fichier de clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>impossible de lire le fichier de clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the key file %1 is not %2 bytes long; restore it from a backup (without it, two-factor sign-in must be reset for every user)</source>
        <translation>le fichier de clé %1 ne fait pas %2 octets&#xa0;; restaurez-le depuis une sauvegarde (sans lui, la connexion à deux facteurs doit être réinitialisée pour chaque utilisateur)</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::Seeder</name>
    <message>
        <source>cannot seed the demo catalog into the database</source>
        <translation>impossible de charger le catalogue de démo dans la base de données</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::ServerApp</name>
    <message>
        <source>the built-in demo catalog is missing or malformed</source>
        <translation>le catalogue de démo intégré est absent ou mal formé</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Demo Agent</source>
        <translation>Agent de démo</translation>
    </message>
    <message>
        <source>Demo Supervisor</source>
        <translation>Superviseur de démo</translation>
    </message>
    <message>
        <source>Demo Admin</source>
        <translation>Administrateur de démo</translation>
    </message>
    <message>
        <source>cannot create the demo user %1</source>
        <translation>impossible de créer l&apos;utilisateur de démo %1</translation>
    </message>
    <message>
        <source>demo sign-in: user %1, password %2 (role %1)</source>
        <translation>connexion de démo&#xa0;: utilisateur %1, mot de passe %2 (rôle %1)</translation>
    </message>
    <message>
        <source>Demo Viewer</source>
        <translation>Observateur de démonstration</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::SessionsApi</name>
    <message>
        <source>Only admins may see other users&apos; sessions.</source>
        <translation>Seuls les administrateurs peuvent voir les sessions des autres utilisateurs.</translation>
    </message>
    <message>
        <source>There is no such session.</source>
        <translation>Cette session n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The server could not end the session; try again.</source>
        <translation>Le serveur n&apos;a pas pu mettre fin à la session&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::TwoFactorApi</name>
    <message>
        <source>Two-factor sign-in is already on for %1; an admin can reset it.</source>
        <translation>La connexion à deux facteurs est déjà activée pour %1&#xa0;; un administrateur peut la réinitialiser.</translation>
    </message>
    <message>
        <source>The server could not start the set-up; try again.</source>
        <translation>Le serveur n&apos;a pas pu commencer la configuration&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The body must be a JSON object with the string &quot;code&quot; (the 6 digits the app shows).</source>
        <translation>Le corps doit être un objet JSON avec la chaîne &quot;code&quot; (les 6 chiffres affichés par l&apos;application).</translation>
    </message>
    <message>
        <source>There is no set-up to confirm: start one first (or two-factor sign-in is already on).</source>
        <translation>Aucune configuration à confirmer&#xa0;: commencez-en une d&apos;abord (ou la connexion à deux facteurs est déjà activée).</translation>
    </message>
    <message>
        <source>That code is not right. Check the app&apos;s clock and enter the code it shows now.</source>
        <translation>Ce code est faux. Vérifiez l&apos;horloge de l&apos;application et saisissez le code qu&apos;elle affiche maintenant.</translation>
    </message>
    <message>
        <source>The server could not save this; try again.</source>
        <translation>Le serveur n&apos;a pas pu l&apos;enregistrer&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Only admins reset another user&apos;s two-factor sign-in.</source>
        <translation>Seuls les administrateurs réinitialisent la connexion à deux facteurs d&apos;un autre utilisateur.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Il n&apos;y a aucun utilisateur nommé %1.</translation>
    </message>
    <message>
        <source>Only admins read and set the sign-in rules.</source>
        <translation>Seuls les administrateurs lisent et fixent les règles de connexion.</translation>
    </message>
    <message>
        <source>The body must be a JSON object with the boolean &quot;twoFactorRequired&quot;: %1</source>
        <translation>Le corps doit être un objet JSON avec le booléen &quot;twoFactorRequired&quot;&#xa0;: %1</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in for yourself first (Settings), then require it of everyone.</source>
        <translation>Activez d&apos;abord la connexion à deux facteurs pour vous-même (Paramètres), puis exigez-la de tous.</translation>
    </message>
</context>
<context>
    <name>pilothouse::server::UsersApi</name>
    <message>
        <source>The body could not be read: %1</source>
        <translation>Le corps n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only admins manage users.</source>
        <translation>Seuls les administrateurs gèrent les utilisateurs.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is 1 to %1 characters, without &quot;/&quot;.</source>
        <translation>&quot;name&quot; fait de 1 à %1 caractères, sans &quot;/&quot;.</translation>
    </message>
    <message>
        <source>There is a user named %1 already.</source>
        <translation>Il existe déjà un utilisateur nommé %1.</translation>
    </message>
    <message>
        <source>The server could not save the user; try again.</source>
        <translation>Le serveur n&apos;a pas pu enregistrer l&apos;utilisateur&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Aucun utilisateur ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <source>%1 is the last active admin; make another user admin first.</source>
        <translation>%1 est le dernier administrateur actif&#xa0;; nommez d&apos;abord un autre administrateur.</translation>
    </message>
    <message>
        <source>The server could not save the change; try again.</source>
        <translation>Le serveur n&apos;a pas pu enregistrer la modification&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The server could not save the password; try again.</source>
        <translation>Le serveur n&apos;a pas pu enregistrer le mot de passe&#xa0;; réessayez.</translation>
    </message>
</context>
</TS>
