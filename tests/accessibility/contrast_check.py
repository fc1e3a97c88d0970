#!/usr/bin/env python3
"""Contrast of every foreground/background pair the console shows, in both themes (issue 14, 4).

Reads the colours from ui/components/Theme.qml (the one place they live), composites translucent
colours and dimmed items over what is under them, and computes the WCAG 2.x contrast ratio of each
pair in the table (pairs() below): at least 4.5:1 for text, 3:1 for large text (24 px, or 18.66 px bold) and for
non-text indicators (focus ring, confidence, sentiment and priority marks, chart marks, the
boundary or state of a control). Prints every pair with its ratio, then exits 1 listing each pair
that falls short, with both colours; 2 when Theme.qml cannot be read as expected; 0 otherwise.

Usage: python3 tests/accessibility/contrast_check.py [--strict]
  --strict  also fail on KNOWN_FAILURES (the pairs a colour change alone cannot fix; see there).

The table follows the QML: each row says where the pair is drawn. A pair the UI never shows is not
in it; when a view starts drawing a new pair, add it here. Python 3 standard library only.

Colours changed in Theme.qml when this test was written, because they fell short; each is the
smallest step along its own hue (towards black, or white in the dark theme) that clears 4.5:1
everywhere it is drawn:
  textFaint, light #6f7784 -> #656d78: times, segments, hints and placeholders measured 3.90 on a
    selected row, 3.96 in a search field, 4.02 in the note composer, 4.07 on a hovered row, 4.14 on
    the page and the transcript, 4.25 on the customer panel. Still lighter than textMuted.
  textFaint, dark #7d8594 -> #8d94a1: 3.71 on a selected row, 3.76 in the note composer, 4.18 on a
    hovered row, 4.34 on the customer panel. Still darker than textMuted.
  avatarColors, light, white initials on them: [1] #2f8f6e -> #2c8567 (was 3.98),
    [2] #b2632e -> #b1622e (4.45), [4] #2f7fa8 -> #2f7ea6 (4.45).
Added later, for the edges of controls, which had shared Theme.border with the cards' hairlines
(1.16 to 1.45):
  controlBorder, light #87898d, dark #72767d: border's own hue, the smallest step towards black
    (white in the dark theme) that clears 3:1 on every surface such an edge or a scroll bar thumb
    sits on; lowest on selection, 3.03 light and 3.02 dark.
"""
import re
import sys
from pathlib import Path
from typing import NamedTuple

THEME = Path(__file__).resolve().parents[2] / "ui" / "components" / "Theme.qml"

TEXT = 4.5      # WCAG 1.4.3, normal text
LARGE = 3.0     # WCAG 1.4.3, large text: 24 px, or 18.66 px bold
NONTEXT = 3.0   # WCAG 1.4.11, boundaries and states of controls, parts of graphics


# ---- Colour maths (WCAG 2.x, https://www.w3.org/TR/WCAG21/#dfn-relative-luminance)

class Rgba(NamedTuple):
    r: float
    g: float
    b: float
    a: float = 1.0

    def hex(self) -> str:
        rgb = "#%02x%02x%02x" % tuple(round(c * 255) for c in (self.r, self.g, self.b))
        return rgb if self.a >= 1.0 else "%s@%.2f" % (rgb, self.a)


def parse_colour(literal: str) -> Rgba:
    """A Qt colour literal: #RGB, #RRGGBB or #AARRGGBB (Qt puts alpha first), or "transparent"."""
    if literal == "transparent":
        return Rgba(0, 0, 0, 0)
    digits = literal[1:] if literal.startswith("#") else ""
    if not re.fullmatch(r"[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8}", digits):
        raise ValueError("not a colour literal this test understands: %r" % literal)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    alpha = 1.0
    if len(digits) == 8:
        alpha, digits = int(digits[:2], 16) / 255, digits[2:]
    r, g, b = (int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return Rgba(r, g, b, alpha)


def over(top: Rgba, under: Rgba, opacity: float = 1.0) -> Rgba:
    """`top` painted over an opaque `under`, at its own alpha times the item's opacity."""
    if under.a < 1.0:
        raise ValueError("cannot composite over a translucent colour %s" % under.hex())
    a = top.a * opacity
    return Rgba(*(t * a + u * (1 - a) for t, u in zip(top[:3], under[:3])))


def luminance(c: Rgba) -> float:
    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b)


def contrast(a: Rgba, b: Rgba) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def self_check() -> None:
    """A broken formula must fail loudly, never pass every pair (or none) quietly."""
    white, black = parse_colour("#ffffff"), parse_colour("#000000")
    checks = [("black on white", contrast(black, white), 21.0),
              ("#777777 on white", contrast(parse_colour("#777777"), white), 4.48),
              ("#80000000 (half black) over white", contrast(over(parse_colour("#80000000"), white), white), 4.00)]
    for name, got, want in checks:
        if abs(got - want) > 0.01:
            sys.exit("contrast_check: self-check failed: %s gives %.3f, expected %.2f" % (name, got, want))


# ---- Theme.qml

class Theme:
    """The colour properties of Theme.qml in one palette, and its colour functions' branches."""

    def __init__(self, source: str, dark: bool):
        self.dark = dark
        self.colours = {}
        self.lists = {}
        self.problems = []
        for m in re.finditer(r"property\s+color\s+(\w+)\s*:\s*(.+)", source):
            self._color(m.group(1), m.group(2).strip())
        for m in re.finditer(r"property\s+list<color>\s+(\w+)\s*:\s*dark\s*\?\s*\[(.*?)\]\s*:\s*\[(.*?)\]",
                             source, re.S):
            items = m.group(2) if dark else m.group(3)
            self.lists[m.group(1)] = [parse_colour(s) for s in re.findall(r'"([^"]*)"', items)]
        self.functions = {}
        for m in re.finditer(r"function\s+(\w+)\s*\([^)]*\)\s*:\s*color\s*\{", source):
            self.functions[m.group(1)] = branches(body_of(source, m.end()))

    def _color(self, name: str, expression: str) -> None:
        two = re.fullmatch(r'dark\s*\?\s*"([^"]+)"\s*:\s*"([^"]+)"', expression)
        one = re.fullmatch(r'"([^"]+)"', expression)
        try:
            if two:
                self.colours[name] = parse_colour(two.group(1) if self.dark else two.group(2))
            elif one:
                self.colours[name] = parse_colour(one.group(1))
            else:
                self.problems.append("%s: not a form this test reads: %s" % (name, expression))
        except ValueError as error:
            self.problems.append("%s: %s" % (name, error))

    def __getitem__(self, name: str) -> Rgba:
        if name in self.colours:
            return self.colours[name]
        indexed = re.fullmatch(r"(\w+)\[(\d+)\]", name)
        if indexed and indexed.group(1) in self.lists and int(indexed.group(2)) < len(self.lists[indexed.group(1)]):
            return self.lists[indexed.group(1)][int(indexed.group(2))]
        raise KeyError(name)


def body_of(source: str, start: int) -> str:
    """The text of a function from just after its opening brace to the matching closing one."""
    depth = 1
    for i in range(start, len(source)):
        depth += {"{": 1, "}": -1}.get(source[i], 0)
        if depth == 0:
            return source[start:i]
    raise ValueError("unbalanced braces in Theme.qml")


def branches(body: str) -> list:
    """(condition, returned property) for each `case X: return Y`, `if (c) return Y`, `default:`
    and a last `return Y` of a colour function; a quoted literal comes back with its quotes."""
    found = []
    pattern = (r'case\s+([\w.]+)\s*:\s*return\s+(\w+|"[^"]*")'
               r'|default\s*:\s*return\s+(\w+|"[^"]*")'
               r'|if\s*\(([^)]*)\)\s*return\s+(\w+|"[^"]*")'
               r'|return\s+(\w+|"[^"]*")')
    for m in re.finditer(pattern, body):
        if m.group(1):
            found.append((m.group(1), m.group(2)))
        elif m.group(3):
            found.append(("default", m.group(3)))
        elif m.group(4):
            found.append((m.group(4).strip(), m.group(5)))
        else:
            found.append(("otherwise", m.group(6)))
    return found


# ---- The pairs

class Pair(NamedTuple):
    fg: str
    bg: str
    need: float
    where: str
    opacity: float = 1.0   # an item's opacity, applied to both its background and its text
    under: str = ""        # what shows through a translucent background or a dimmed item


ROW_BACKGROUNDS = ("surface", "hover", "selection")  # a board, queue or history row: idle, hovered, selected


def pairs(light: Theme) -> list:
    """Every pair the views draw, from reading ui/**/*.qml. Functions and lists of Theme.qml are
    expanded from the file itself, so a new tone or avatar hue is checked without editing this."""
    table = []

    def add(fg, bg, need, where, opacity=1.0, under=""):
        table.append(Pair(fg, bg, need, where, opacity, under))

    # Page backgrounds: History, Review, Rules, Overview, Analytics, the sign-in page.
    add("text", "window", TEXT, "page titles, Review's queue choices, the Rules page heading")
    add("textMuted", "window", TEXT, "page summaries and periods, drop-down boxes and quiet buttons on pages")
    add("textFaint", "window", TEXT, "Rules page: how to read the rules")
    add("warning", "window", TEXT, "History and Review: the offline summary")
    add("accent", "window", TEXT, "buttons on pages (New activity, Open Analytics); Review's checked radio")

    # Cards, panels, lists, dialogs, top bar, board and queue.
    add("text", "surface", TEXT, "names, titles, figures, dialog text")
    add("textMuted", "surface", TEXT, "secondary text, labels, quiet buttons, the Connected state")
    add("textFaint", "surface", TEXT, "times, segment, rule that fired, hints, field placeholders")
    add("accent", "surface", TEXT, "buttons, Insert, the current drop-down item, the chosen drill-down tab, "
                                   "History's still-open state, checked boxes and radios, chart line")
    add("success", "surface", TEXT, "queue owner, Right (1), a better delta, money saved (large)")
    add("danger", "surface", TEXT, "errors, Wrong (2) and its reasons, a worse delta, a low rating")
    add("warning", "surface", TEXT, "waiting time, the Internal note toggle, drill-down notice, dry run")
    add("surface", "warning", NONTEXT, "the Internal note switch's knob when on")

    add("text", "surfaceAlt", TEXT, "customer panel, action bar, table rows' headings, note fields")
    add("textMuted", "surfaceAlt", TEXT, "customer panel labels, queue sections, table headings, quiet buttons")
    add("textFaint", "surfaceAlt", TEXT, "customer panel hints, note field placeholders, sales cards")
    add("accent", "surfaceAlt", TEXT, "action bar buttons (Hand back, Resolve)")
    add("success", "surfaceAlt", TEXT, "sales cards: a better delta")
    add("danger", "surfaceAlt", TEXT, "sales cards: a worse delta")

    add("text", "surfaceSunken", TEXT, "search fields, key caps of the shortcut sheet")
    add("textMuted", "surfaceSunken", TEXT, "search fields: the clear button")
    add("textFaint", "surfaceSunken", TEXT, "search fields: the placeholder")

    # Hovered and selected rows, hovered and pressed buttons and menu items.
    add("text", "hover", TEXT, "hovered rows, tabs, menu items")
    add("textMuted", "hover", TEXT, "hovered rows and quiet buttons")
    add("textFaint", "hover", TEXT, "hovered rows: times, segment")
    add("accent", "hover", TEXT, "hovered buttons and current menu item, History's still-open state")
    add("success", "hover", TEXT, "hovered Right (1)")
    add("danger", "hover", TEXT, "hovered Wrong (2) and reasons, waiting time on a hovered row")
    add("warning", "hover", TEXT, "waiting time on a hovered board row")
    add("text", "selection", TEXT, "selected and focused rows")
    add("textMuted", "selection", TEXT, "selected rows, pressed quiet buttons and drop-down boxes")
    add("textFaint", "selection", TEXT, "selected rows: times, segment, rule that fired")
    add("accent", "selection", TEXT, "pressed buttons, History's still-open state on the focused row")
    # The tint alone marks no row: every chosen or focused row also has the accent bar at its left
    # edge, checked on the tint and on the card around the row.
    add("accent", "selection", NONTEXT, "the selection bar of board, queue and review rows (their own), and "
                                        "(SelectionBar) of the focused History row, table row, recent activity "
                                        "and drill-down row, dry-run flip, the chosen rule version and the "
                                        "focused rule")
    add("accent", "surface", NONTEXT, "the selection bar, on the card around the row")
    add("success", "selection", TEXT, "queue owner on the selected row, pressed Right (1)")
    add("danger", "selection", TEXT, "waiting time on the selected row, pressed Wrong (2), low rating")
    add("warning", "selection", TEXT, "waiting time on the selected board row")

    # Tinted chips, tags and banners: each tone on its own soft background.
    tones = dict(light.functions["toneSoftColor"])
    for case, fg in light.functions["toneColor"]:
        add(fg, tones[case], TEXT, "status chips, reason and order tags, SLA timer, tags: tone %s" % case)
    bands = dict(light.functions["bandSoftColor"])
    for case, fg in light.functions["bandColor"]:
        add(fg, bands[case], TEXT, "confidence badge: band %s, its figure and meter" % case)
    add("textMuted", "neutralSoft", TEXT, "plain tags (intent), the board's count, the Queue tab's count")
    add("vip", "vipSoft", TEXT, "the VIP badge")
    add("info", "infoSoft", TEXT, "the Sales tag, an information notice")
    for soft in ("dangerSoft", "warningSoft", "infoSoft"):
        add("text", soft, TEXT, "notice banner: its sentence")
        add("textMuted", soft, TEXT, "notice banner: Dismiss")
    add("accent", "warningSoft", TEXT, "cost model banner: Use the organisation's values")
    add("textFaint", "warningSoft", TEXT, "the composer writing a note: its placeholder")
    add("text", "accentSoft", TEXT, "a hovered AI suggestion")
    add("accent", "accentSoft", TEXT, "a hovered AI suggestion: Insert")

    # The transcript.
    add("text", "transcriptBackground", TEXT, "authors' names, the empty state's title")
    add("textMuted", "transcriptBackground", TEXT, "system events, reply latency, tools used, loading")
    add("textFaint", "transcriptBackground", TEXT, "message times, the tool glyph, Sending… and Sent")
    add("accent", "transcriptBackground", TEXT, "the rules that decided a reply (a link), Retry")
    add("accentHover", "transcriptBackground", TEXT, "the rules link, hovered")
    add("danger", "transcriptBackground", TEXT, "Not sent: the reason")
    for bubble in ("bubbleCustomer", "bubbleAi", "bubbleHuman", "warningSoft"):
        add("text", bubble, TEXT, "message text in its bubble (warningSoft: internal notes)")
    # A message on its way is drawn at 70 % over the transcript (EchoBubble.qml).
    for bubble in ("bubbleHuman", "warningSoft"):
        add("text", bubble, TEXT, "a reply or note still sending (70 %)", 0.7, "transcriptBackground")

    # Filled accent and danger.
    add("textOnAccent", "accent", TEXT, "primary buttons, the tick of a checked box, selected text in fields")
    add("textOnAccent", "accentHover", TEXT, "hovered primary buttons")
    add("textOnAccent", "danger", TEXT, "the Queue tab's count of waiting conversations")

    # Initials on avatars, an owned conversation's in the queue too (never faded: QueueRow.qml).
    for i in range(len(light.lists["avatarColors"])):
        add("avatarText", "avatarColors[%d]" % i, TEXT, "avatar initials")

    # Review's labels, one still in the outbox too: it says "(sending)", it is not faded (ReviewBar.qml).
    add("success", "successSoft", TEXT, "review: a Right label, also one still sending")
    add("danger", "dangerSoft", TEXT, "review: a Wrong label, also one still sending")

    # Large text: the empty states' glyph (24 px) in its soft circle.
    add("success", "neutralSoft", LARGE, "empty board filter and clear queue: the ✓ glyph")
    add("warning", "neutralSoft", LARGE, "conversation not found: the ? glyph")

    # Non-text: focus, state and graphics.
    for bg in ("window", "surface", "surfaceAlt", "surfaceSunken", "hover", "transcriptBackground",
               "accentSoft", "warningSoft", "dangerSoft", "infoSoft"):
        add("focusRing", bg, NONTEXT, "focus ring of controls, cards and the found message")
    for _, fg in light.functions["sentimentColor"]:
        for bg in ROW_BACKGROUNDS:
            add(fg, bg, NONTEXT, "sentiment face on a board row and the conversation header")
        add(fg, "surface", TEXT, "sentiment label in the conversation header")
    for _, fg in light.functions["priorityColor"]:
        if fg.startswith('"'):
            continue  # a literal ("transparent"): priority 0, where PriorityMark is not visible
        for bg in ROW_BACKGROUNDS:
            add(fg, bg, NONTEXT, "priority mark at the edge of a board or queue row")
    for fg in ("info", "neutral"):
        add(fg, "surface", NONTEXT, "outcomes chart bars (the others are checked as text)")

    # A switched-off rule is not faded (RuleRow.qml): its name is muted, its Off tag says it.
    for bg in ("surface", "selection"):
        add("textMuted", bg, TEXT, "Rules: a switched-off rule's name")
    add("textMuted", "neutralSoft", TEXT, "Rules: a switched-off rule's Off tag")

    # The boundary of a control with nothing else to show it (Theme.controlBorder), on both sides:
    # the surface around the control and its own fill; and a scroll bar thumb on whatever it crosses.
    add("controlBorder", "surface", NONTEXT, "the edge of unchecked boxes and radios (CheckChoice, RadioChoice; "
                                             "their fill too), of the Internal note switch, of text fields "
                                             "(FormField and its fill, the board's search, the composer, "
                                             "Review's note); scroll bar thumbs in cards, panels and dialogs")
    add("controlBorder", "window", NONTEXT, "the edge of Review's radios, History's search field and Analytics' "
                                            "date fields on the page; the pages' scroll bar thumbs")
    add("controlBorder", "surface", NONTEXT, "the edge of the cost model's fields, the queue's Group by reason box "
                                             "and the action dialog's note field")
    add("controlBorder", "surfaceAlt", NONTEXT, "the fill of the composer's editor, Review's and the action "
                                                "dialog's note field; the customer panel's scroll bar thumb")
    add("controlBorder", "surfaceSunken", NONTEXT, "the fill of search fields (SearchField)")
    add("controlBorder", "warningSoft", NONTEXT, "the fill of the composer's editor writing a note")
    add("controlBorder", "neutralSoft", NONTEXT, "the Internal note switch when off: its track, and its knob on it")
    add("controlBorder", "transcriptBackground", NONTEXT, "the transcript's scroll bar thumb")
    for row in ("hover", "selection"):
        add("controlBorder", row, NONTEXT, "a scroll bar thumb over a hovered or selected row")
    for bg in ("surface", "window", "surfaceAlt", "transcriptBackground", "hover", "selection"):
        add("textFaint", bg, NONTEXT, "a pressed scroll bar thumb")
    return merge(table)


def merge(table: list) -> list:
    """One row per drawn pair: the same colours in several places keep the strictest need."""
    merged = {}
    for p in table:
        key = (p.fg, p.bg, p.opacity, p.under)
        if key in merged:
            old = merged[key]
            where = old.where if p.where in old.where else old.where + "; " + p.where
            merged[key] = old._replace(need=max(old.need, p.need), where=where)
        else:
            merged[key] = p
    return list(merged.values())


# Pairs that fall short for a reason no colour literal can fix without changing the look of the
# whole console: a Theme role shared with decoration, or an opacity set in a view. They are printed
# and counted, and --strict fails on them; each needs a decision in the views (or a new Theme role).
# (foreground, background, opacity) as regular expressions matching whole names. An entry none of
# whose pairs fails any more makes the test fail until it is removed, so the list cannot go stale.
KNOWN_FAILURES = [
]


def known(p: "Pair"):
    """The KNOWN_FAILURES entry that covers this pair, or None."""
    for entry in KNOWN_FAILURES:
        fg, bg, opacity, _ = entry
        if re.fullmatch(fg, p.fg) and re.fullmatch(bg, p.bg) and p.opacity == opacity:
            return entry
    return None


# What the views draw that is not in the table, and why; printed with the results.
NOT_CHECKED = [
    "disabled buttons, check boxes, radios and drop-downs (textFaint, 50 %): WCAG exempts inactive controls",
    "hover tints against their surroundings: WCAG asks no contrast of a hover state",
    "card and dialog hairlines, dividers, chart axes and grid lines (border, divider): decoration; "
    "buttons, drop-downs and filter pills are named by their text, not their outline",
    "the selection tint of rows: it is never their only mark, the accent bar beside it is checked",
    "LoadingState's pulsing dots: decoration beside the words that say it is loading",
    "ConfidenceBadge's unlit meter steps (28 %): the lit steps and the figure carry the band",
    "Theme.shadow: the dimming behind a dialog; nothing is drawn on it",
    "Qt's own SpinBox (Review: per day), ProgressBar (dry run) and tool tips: their style draws them",
]


# ---- Main

def measure(theme: Theme, p: Pair):
    """The two colours as drawn, and their ratio."""
    bg = theme[p.bg]
    if p.under or bg.a < 1.0:
        if not p.under:
            raise ValueError("%s is translucent: the pair needs `under`" % p.bg)
        bg = over(bg, theme[p.under], p.opacity)
    fg = over(theme[p.fg], bg, p.opacity)
    return fg, bg, contrast(fg, bg)


def dimmed(p: Pair) -> str:
    return " at %d%% over %s" % (round(p.opacity * 100), p.under) if p.under else ""


def main() -> int:
    self_check()
    strict = "--strict" in sys.argv[1:]
    try:
        source = THEME.read_text(encoding="utf-8")
    except OSError as error:
        print("contrast_check: cannot read %s: %s" % (THEME, error), file=sys.stderr)
        return 2
    themes = {"light": Theme(source, dark=False), "dark": Theme(source, dark=True)}
    problems = [problem for theme in themes.values() for problem in theme.problems]
    for function in ("toneColor", "toneSoftColor", "bandColor", "bandSoftColor", "sentimentColor",
                     "priorityColor"):
        if not themes["light"].functions.get(function):
            problems.append("function %s: not found, or no `return` in it" % function)
    if "avatarColors" not in themes["light"].lists or not themes["light"].lists["avatarColors"]:
        problems.append("avatarColors: not found")
    table = pairs(themes["light"]) if not problems else []
    for p in table:
        for name in (p.fg, p.bg) + ((p.under,) if p.under else ()):
            for theme_name, theme in themes.items():
                try:
                    theme[name]
                except KeyError:
                    problems.append("%s (%s theme): no such colour in Theme.qml" % (name, theme_name))
    if problems:
        print("contrast_check: %s could not be read as expected; nothing was checked:" % THEME,
              file=sys.stderr)
        for problem in sorted(set(problems)):
            print("  " + problem, file=sys.stderr)
        return 2

    failures, parked = [], []
    for theme_name, theme in themes.items():
        print("\n%s theme: %d pairs" % (theme_name.capitalize(), len(table)))
        print("%6s %5s %-6s %-34s %-52s %s" % ("ratio", "need", "", "foreground", "background", "where"))
        lowest = None
        for p in sorted(table, key=lambda p: measure(theme, p)[2]):
            fg, bg, ratio = measure(theme, p)
            entry = known(p)
            if ratio >= p.need:
                status = "ok"
            elif entry:
                status = "KNOWN"
                parked.append((theme_name, p, ratio, entry))
            else:
                status = "FAIL"
                failures.append((theme_name, p, fg, bg, ratio))
            if not entry and (lowest is None or ratio < lowest[0]):
                lowest = (ratio, p)
            print("%6.2f %5.1f %-6s %-34s %-52s %s" % (ratio, p.need, status, "%s %s" % (p.fg, fg.hex()),
                                                       "%s %s%s" % (p.bg, bg.hex(), dimmed(p)), p.where))
        print("Lowest outside the known failures: %.2f, %s on %s%s" % (
            lowest[0], lowest[1].fg, lowest[1].bg, dimmed(lowest[1])))

    print("\nNot in the table:")
    for line in NOT_CHECKED:
        print("  " + line)
    if parked:
        print("\n%d known failures, each needing a change in the views (see KNOWN_FAILURES):" % len(parked))
        for entry in KNOWN_FAILURES:
            lines = ["%s: %s on %s%s %.2f" % (theme_name, p.fg, p.bg, dimmed(p), ratio)
                     for theme_name, p, ratio, e in parked if e is entry]
            if lines:
                print("  %s\n    %s" % (entry[3], "; ".join(lines)))
    # An entry whose pairs all pass in both themes has been fixed: it must leave the list.
    stale = [entry for entry in KNOWN_FAILURES if not any(e is entry for *_, e in parked)]
    for entry in stale:
        print("contrast_check: KNOWN_FAILURES entry %r matches no failing pair (fixed?): remove it"
              % (entry[:3],), file=sys.stderr)
    if failures:
        print("\n%d pairs fall short:" % len(failures), file=sys.stderr)
        for theme_name, p, fg, bg, ratio in failures:
            print("  %s theme: %s %s on %s %s: %.2f, needs %.1f (%s)" % (
                theme_name, p.fg, fg.hex(), p.bg, bg.hex(), ratio, p.need, p.where), file=sys.stderr)
    if failures or stale or (strict and parked):
        return 1
    print("\nEvery pair meets its threshold in both themes%s." % (", but for the known failures" if parked else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
