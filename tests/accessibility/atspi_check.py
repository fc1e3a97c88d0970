#!/usr/bin/python3
"""The console as a screen reader meets it: its accessible tree read through AT-SPI.

Run by run-atspi.sh inside a private X server, D-Bus session and accessibility bus, with the
real console already starting. Usage: atspi_check.py <page> <lang>, where page is "signin",
"workspace", "overview", "analytics", "history", "review", "rules", "settings", "users" or "audit" (six opened
from the top bar's page tabs, the admins' two from the account menu, as a screen-reader user would,
through each control's AT-SPI action). Exits 0 when every check holds;
otherwise prints each failure and exits 1.
"""
import re
import sys
import time

import pyatspi

# Roles a user operates; each needs a name (a password field: a description, because Qt Quick
# reports no name for it, see ui/components/FormField.qml).
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "page tab", "combo box",
    "text", "password text", "entry", "spin button", "slider", "menu item", "link", "list item",
    "scroll bar",
}

# What each page shows in each language: (role, name pattern) pairs that must be there and
# showing, and how many conversation rows (list items) the workspace must show at least.
EXPECTED = {
    ("signin", "en"): [("push button", "Sign in"), ("text", "Server"), ("text", "User name"),
                       ("form", "Sign in"), ("password text", "")],
    ("signin", "fr"): [("push button", "Se connecter"), ("text", "Serveur"),
                       ("text", "Nom d'utilisateur"), ("form", "Se connecter"), ("password text", "")],
    ("workspace", "en"): [("page tab list", "Views"), ("page tab", "Board"),
                          ("page tab", r"Queue(, \d+ waiting)?"), ("list", "Conversations"),
                          ("text", "Search conversations"), ("push button", "Account: .+"),
                          ("page tab", "Escalated"), ("list item", ".+")],
    ("workspace", "fr"): [("page tab list", "Vues"), ("page tab", "Tableau"),
                          ("page tab", r"File d'attente(, \d+ en attente)?"), ("list", "Conversations"),
                          ("text", "Rechercher des conversations"), ("push button", r"Compte\s:\s.+"),
                          ("page tab", "Escaladées"), ("list item", ".+")],
    ("overview", "en"): [("page tab", "Overview"), ("heading", "Overview"),
                         ("push button", "List the conversations behind the money saved this month"),
                         ("panel", "Money saved")],
    ("overview", "fr"): [("page tab", "Vue d'ensemble"), ("heading", "Vue d'ensemble"),
                         ("push button", "Afficher la liste des conversations à l'origine des économies réalisées ce mois-ci"), ("panel", "Économies réalisées")],
    ("analytics", "en"): [("page tab", "Analytics"), ("heading", "Analytics"),
                          ("push button", "Export the report as PDF"), ("combo box", "Period: .+"),
                          ("push button", "Conversations.*")],
    ("analytics", "fr"): [("page tab", "Analyses"), ("heading", "Analyses"),
                          ("push button", "Exporter le rapport en PDF"), ("combo box", "Période.*"),
                          ("push button", "Conversations.*")],
    ("history", "en"): [("page tab", "History"), ("heading", "History"),
                        ("text", "Search every cached message"), ("combo box", "Created: .+"),
                        ("combo box", "Sort: .+"), ("list", "Cached conversations"), ("push button", ".+, .+")],
    ("history", "fr"): [("page tab", "Historique"), ("heading", "Historique"),
                        ("text", "Rechercher dans tous les messages en cache"), ("combo box", r"Créée\s:\s.+"),
                        ("combo box", r"Trier\s:\s.+"), ("list", "Conversations en cache"), ("push button", ".+, .+")],
    ("review", "en"): [("page tab", "Review"), ("heading", "Review"), ("radio button", "Lowest confidence"),
                       ("radio button", "Daily sample"), ("radio button", "Handed over"),
                       ("list", "Replies to review"), ("list item", "AI reply to .+"),
                       ("push button", r"Right \(1\)"), ("push button", r"Wrong \(2\)"),
                       ("text", "Note for this label"), ("heading", "Agreement between reviewers")],
    ("review", "fr"): [("page tab", "Revue"), ("heading", "Revue"), ("radio button", "Confiance la plus basse"),
                       ("radio button", "Échantillon du jour"), ("radio button", "Transférées"),
                       ("list", "Réponses à revoir"), ("list item", "Réponse de l’IA à .+"),
                       ("push button", r"Juste \(1\)"), ("push button", r"Fausse \(2\)"),
                       ("text", "Note pour cette étiquette"), ("heading", "Accord entre relecteurs")],
    ("rules", "en"): [("page tab", "Rules"), ("heading", "Escalation rules: Built-in rules, in force"),
                      ("list", "Published versions of the rules"), ("list item", "Built-in rules, in force, .+"),
                      ("list", "Rules, in the order they are read"),
                      ("list item", r"1\. Self-harm or a risk to life, guardrail\. When: .+"),
                      ("heading", "Dry run on the cached history"), ("combo box", "History to replay: Last 30 days"),
                      ("push button", "Replay against the rules in force")],
    ("rules", "fr"): [("page tab", "Règles"), ("heading", r"Règles d’escalade\s:\sRègles intégrées, en vigueur"),
                      ("list", "Versions publiées des règles"), ("list item", "Règles intégrées, en vigueur, .+"),
                      ("list", "Règles, dans l’ordre de lecture"),
                      ("list item", r"1\. Automutilation ou danger de mort, garde-fou\. Quand\s:\s.+"),
                      ("heading", "Essai à blanc sur l’historique en cache"),
                      ("combo box", r"Historique à rejouer\s:\s30 derniers jours"),
                      ("push button", "Rejouer face aux règles en vigueur")],
    ("settings", "en"): [("page tab", "Settings"), ("heading", "Settings"), ("combo box", "Interface language: .+"),
                         ("radio button", "Follow the system"), ("radio button", "Dark"),
                         ("combo box", "Text size: .+"), ("check box", "Reduce motion: .+"),
                         ("check box", "Show a desktop notification .+"), ("check box", "Low confidence"),
                         ("heading", "Sessions"), ("push button", "Refresh the sessions"),
                         ("heading", "Two-factor sign-in"), ("push button", "Turn on two-factor sign-in")],
    ("settings", "fr"): [("page tab", "Paramètres"), ("heading", "Paramètres"),
                         ("combo box", r"Langue de l’interface\s:\s.+|Langue de l'interface\s:\s.+"),
                         ("radio button", "Suivre le système"), ("radio button", "Sombre"),
                         ("combo box", r"Taille du texte\s:\s.+"), ("check box", r"Réduire les animations\s:\s.+"),
                         ("check box", "Afficher une notification .+"), ("check box", "Confiance faible"),
                         ("heading", "Sessions"), ("push button", "Actualiser les sessions"),
                         ("heading", "Connexion à deux facteurs"),
                         ("push button", "Activer la connexion à deux facteurs")],
    ("users", "en"): [("heading", "Users"), ("check box", "Require two-factor sign-in for everyone"),
                      ("combo box", "Role of admin: .+"), ("check box", "agent may sign in"),
                      ("push button", "Reset the password of viewer"), ("push button", "Add user")],
    ("users", "fr"): [("heading", "Utilisateurs"), ("check box", "Exiger la connexion à deux facteurs pour tous"),
                      ("combo box", r"Rôle de admin\s:\s.+"), ("check box", "agent peut se connecter"),
                      ("push button", "Réinitialiser le mot de passe de viewer")],
    ("audit", "en"): [("heading", "Audit log"), ("push button", "Refresh the audit log"),
                      ("push button", "Export the audit log as CSV"), ("list", "Audit entries")],
    ("audit", "fr"): [("heading", "Journal d'audit"), ("push button", "Actualiser le journal d'audit"),
                      ("push button", "Exporter le journal d'audit en CSV"), ("list", "Entrées d'audit")],
}
MIN_ROWS = {"signin": 0, "workspace": 3, "overview": 0, "analytics": 0, "history": 0, "review": 1, "rules": 2, "settings": 0,
            "users": 0, "audit": 1}
# The top bar's page tab that opens a page, by language.
PAGE_TAB = {("overview", "en"): "Overview", ("overview", "fr"): "Vue d'ensemble",
            ("analytics", "en"): "Analytics", ("analytics", "fr"): "Analyses",
            ("history", "en"): "History", ("history", "fr"): "Historique",
            ("review", "en"): "Review", ("review", "fr"): "Revue",
            ("rules", "en"): "Rules", ("rules", "fr"): "Règles",
            ("settings", "en"): "Settings", ("settings", "fr"): "Paramètres"}
# The admins' pages open from the account menu: the buttons to press, in turn, by language.
MENU_STEPS = {("users", "en"): [r"Account: .+", "Users"], ("users", "fr"): [r"Compte\s:\s.+", "Utilisateurs"],
              ("audit", "en"): [r"Account: .+", "Audit log"], ("audit", "fr"): [r"Compte\s:\s.+", "Journal d'audit"]}


def showing(node):
    states = node.getState()
    return states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)


def walk(node, path, out):
    try:
        role = node.getRoleName()
        name = node.name or ""
        description = node.description or ""
    except Exception:  # a node that went away while we walked: the next pass sees the new tree
        return
    here = path + [f"{role} '{name}'"]
    out.append((node, role, name, description, here))
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, here, out)


def find_application(seconds):
    deadline = time.time() + seconds
    seen = []
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        seen = []
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            seen.append((app.name, app.childCount))
            if app.name == "pilothouse" and app.childCount > 0:
                return app, seen
        time.sleep(0.5)
    return None, seen


def press(app, role, pattern, seconds):
    """Presses the showing `role` whose name matches `pattern` through its AT-SPI action; None when
    done, otherwise why not."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        nodes = []
        walk(app, [], nodes)
        for node, node_role, name, _, _ in nodes:
            if node_role == role and re.fullmatch(pattern, name) and showing(node):
                action = node.queryAction()
                names = [action.getName(i) for i in range(action.nActions)]
                presses = [i for i, n in enumerate(names) if n.lower() in ("press", "click", "activate")]
                if not presses:
                    return f"the {role} '{name}' offers no press action (actions: {names})"
                action.doAction(presses[0])
                return None
        time.sleep(1)
    return f"no {role} '{pattern}' showing (is the demo user allowed this page?)"


def open_page(app, tab, seconds):
    """Presses the top bar's page tab named `tab`; None when done."""
    return press(app, "page tab", re.escape(tab), seconds)


def check(page, lang, seconds=40):
    app, seen = find_application(seconds)
    if app is None:
        return [f"no application 'pilothouse' with a window on the accessibility bus (seen: {seen})"]
    expected = EXPECTED[(page, lang)]
    tab = PAGE_TAB.get((page, lang))
    if tab is not None:
        failure = open_page(app, tab, seconds)
        if failure:
            return [failure]
    for step in MENU_STEPS.get((page, lang), []):
        failure = press(app, "push button", step, seconds)
        if failure:
            return [failure]
    # The page fills in as the console connects: look until every expected control is there.
    deadline = time.time() + seconds
    while True:
        nodes = []
        walk(app, [], nodes)
        present = [(role, name) for node, role, name, _, _ in nodes if showing(node)]
        missing = [(role, pattern) for role, pattern in expected
                   if not any(r == role and re.fullmatch(pattern, n) for r, n in present)]
        rows = sum(1 for role, _ in present if role == "list item")
        if rows < MIN_ROWS[page]:
            missing.append(("list item", f"at least {MIN_ROWS[page]} rows, {rows} showing"))
        if not missing or time.time() > deadline:
            break
        time.sleep(1)
    failures = [f"missing or not showing: {role} '{name}'" for role, name in missing]
    if missing:
        shown = sorted({f"{role} '{name}'" for role, name in present if name})
        print("showing:", "; ".join(shown[:120]))
    frames = [name for _, role, name, _, _ in nodes if role == "frame"]
    if not frames or not frames[0].startswith("Pilothouse"):
        failures.append(f"the window is not exposed as a frame named Pilothouse (frames: {frames})")
    for node, role, name, description, path in nodes:
        if role not in INTERACTIVE or not showing(node):
            continue
        label = description if role == "password text" else name  # see INTERACTIVE
        if not label.strip():
            failures.append("unnamed " + role + " at " + " > ".join(path))
    named = sum(1 for node, role, *_ in nodes if role in INTERACTIVE and showing(node))
    print(f"{page} ({lang}): {len(nodes)} accessible objects, {named} interactive and showing, "
          f"{len(failures)} failure(s)")
    return failures


def main():
    page, lang = sys.argv[1], sys.argv[2]
    failures = check(page, lang)
    for failure in failures:
        print("FAIL:", failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
