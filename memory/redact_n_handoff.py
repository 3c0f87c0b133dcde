"""A lone name opening an action item: "; Thandeka to send the contract", "- Lucky to book the room", "AI: Hope to
chase the reference", "next steps: mandla to ping legal", "Lerato by EOD Thursday: references".

OUTSIDE15's class 3 (session 16's blind tester): a hand-off's subject, a single given name before "to <verb>" or a
deadline, stayed for ordinary given names of every group (the English tagger reads "AI: Thandeka to chase" as no
person) and for every given name that is an English word. The slot is read by property: the word opens a clause (a
line, after a bullet, a label such as "AI:"/"TODO"/"next steps:", or after ";", ":" or ",") and stands alone (no
capitalised word beside it), and "to" and a verb, or "by" and a deadline, follow. Things take the same slot
("Legal to send the redlines", "Finance by EOD", "Ops to chase", "Greenhouse to sync"), so the word must be a name's:

- a word no dictionary holds and that names no tool, place or employer ("Thandeka", "Lerato", lower-case "mandla");
- or a listed given name, even an English word ("Hope", "Lucky", "Precious"), that is no day, month, department,
  tool, place, holiday or language.
"""

from __future__ import annotations

import re

from memory.redact_fp_foreign import _ENGLISH as ENGLISH_FUNCTION
from memory.redact_fp_foreign import Foreign, foreign
from memory.redact_fp_foreign import _compound as compound
from memory.redact_fp_foreign import _may_be_foreign as may_be_foreign
from memory.redact_fp_foreign import _spans as line_languages
from memory.redact_fp_tables import gazetteer
from memory.redact_lexicon import MINOR_PLACES, ORGS, PLACES, Lexicon
from memory.redact_thing_lists import word_set
from memory.redact_tokens import MONTHS, Kind, Token, key_of, mark

# What opens the clause before the word: a line's start with an optional bullet or numbering, a label of an action
# item ("AI:", "TODO", "Action:", "next steps:", "Follow-up:"), or a clause's punctuation.
_OPENING = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•>]+[ \t]*|\d{1,2}[.)][ \t]*|\[[ x]\][ \t]*)?"
    r"(?:(?:AI|A/I|TODO|To-?do|Action|Actions|Action items?|Next steps?|Follow-?ups?|Owner|Owners|ai|todo|action items?"
    r"|next steps?|follow-?ups?)[ \t]*[:\-–—]?[ \t]*)?$"
    r"|[;:,][ \t]*$"
    r"|[-–—][ \t]+$",
)

# A deadline after "by": "by EOD", "by Friday", "by end of week", "by the 14th", "by 5pm".
_DEADLINE = re.compile(
    r"[ \t]+by[ \t]+(?:EOD|EOW|COB|eod|eow|cob|end|tomorrow|tonight|noon|next|the[ \t]+\d|\d"
    r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
)
# A working deadline ("by EOD", "by COB", "by end of week"): after a given name that is an English word at a bare
# line's start, a hand-off ("Hope by EOD: references"), where "Hope by Friday we hear back" is a wish.
_WORK_DEADLINE = re.compile(r"[ \t]+by[ \t]+(?:EOD|EOW|COB|eod|eow|cob|end[ \t]+of)\b")
_TO_OR_BY = re.compile(r"[ \t]+(?:to|by)[ \t]")
_TO_VERB = re.compile(r"[ \t]+to[ \t]+([a-z]+)")

# Departments, teams and functions that take a hand-off ("Legal to send", "Finance by EOD"); also days.
TEAMS = word_set("""
    legal finance ops operations hr people recruiting recruitment talent sales marketing product design engineering
    security procurement facilities it support payroll comp compensation leadership exec execs team everyone all
    candidate recruiter manager panel committee board vendor client agency data research qa infra platform
    monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight
""")


# The verbs of a task ("to send", "to chase"): at a bare line's start a given name that is an English word opens a
# hand-off only before one of them ("Hope to send the contract"; never "Hope to see you soon", "Will to win").
_TASK_VERBS = word_set("""
    send chase draft book ping schedule follow confirm loop share review update check set prep prepare write sync
    call email reach own run lead collect gather circulate finalise finalize close extend post file submit sign
    coordinate arrange organise organize reschedule cancel move nudge remind escalate approve verify contact
    """)


# Adjectives and verbs of wishing or feeling that open a note's own sentence before "to <verb>".
_WISHING = word_set("""
    happy glad keen hope hoping eager ready able free sure likely due nice great good fine best sorry excited willing
    pleased delighted proud thrilled honored honoured grateful
""")
_BULLETS = frozenset({"-", "*", "•", ">", "--"})


def _name_word(token: Token, lex: Lexicon) -> bool:
    """A word that names a person in a hand-off's subject (see the module's docstring)."""
    key = token.key
    if len(key) < 2 or token.upper or key in TEAMS or key in MONTHS or key in lex.tech or key in ORGS:
        return False
    if key in PLACES or key in MINOR_PLACES:
        return False
    found = gazetteer()
    tables = (found.all_holidays, found.all_languages, found.places, found.all_companies)
    if key not in lex.given and any((key,) in table.get(key, ()) for table in tables):
        return False
    if not token.cap:
        # Lower case ("mandla to ping legal"): only a word no dictionary holds.
        return key not in lex.english and key.isalpha() and (key in lex.given or key in lex.family or len(key) > 3)
    if key in lex.given:
        return True
    # A rare dictionary word is a name's here ("Chichi", "Anan", "Tuan"); a common one only when listed above.
    return key not in lex.common and token.kind in (Kind.UNKNOWN, Kind.NAME, Kind.AMBIG)


def handoffs(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark the lone name opening an action item before "to <verb>" or "by <deadline>"."""
    if " to " not in text and " by " not in text:
        return
    # Only the words right before " to " or " by " (cost: no work per word of the text).
    ends = {t.end: i for i, t in enumerate(tokens)}
    for found in _TO_OR_BY.finditer(text):
        index = ends.get(found.start())
        if index is None:
            continue
        token = tokens[index]
        if token.person or token.protected or token.own:
            continue
        after = text[token.end : token.end + 40]
        verb = _TO_VERB.match(after)
        if verb is None and _DEADLINE.match(after) is None:
            continue
        if verb is not None and verb.group(1) not in lex.english:
            continue  # "to" and no verb after it: "Lerato to Cape Town" is no hand-off
        if index + 1 < len(tokens) and tokens[index + 1].cap and tokens[index + 1].start - token.end <= 1:
            continue
        line_start = text.rfind("\n", 0, token.start) + 1
        if _OPENING.search(text[max(line_start - 1, 0) : token.start]) is None:
            continue
        if index > 0 and tokens[index - 1].cap and tokens[index - 1].start >= line_start:
            gap = text[tokens[index - 1].end : token.start]
            if gap.strip(" \t") == "":
                continue  # a longer capitalised run ("Acme Legal to send"): decided by the run rules
        if not _name_word(token, lex):
            continue
        # A dictionary word at a bare line's start is the note's own words ("Happy to move her to onsite", "Hope to
        # close this week": review MUST 1 on c13d83b); a hand-off's layout (a bullet, a label, ";") must say so, and
        # a word of wishing or feeling opens a bullet too ("- Happy to help").
        opening = text[line_start : token.start].strip(" \t")
        if token.key in lex.common and (not opening or (token.key in _WISHING and opening in _BULLETS)):
            # At a bare line's start, a listed given name before a task's verb is the hand-off's subject ("Kat to
            # send the rubric.": review SHOULD on 2e5ff94) unless the word wishes or plans ("Hope to close").
            bare_task = not opening and verb is not None and verb.group(1) in _TASK_VERBS
            if not bare_task or token.key in _WISHING or token.key in _PLANNING or token.key not in lex.given:
                continue
        mark(token, "a hand-off's subject")


# Words that open a note's own sentence before "to <verb>" and are also listed given names or could be ("Will to
# send"? never; "Able to send", "Free to call", "Glad to review"): never a hand-off's subject at a bare line's start.
_PLANNING = word_set("able free will may need want plan time try going have got due sure")


# What opens a clause in a note of another language: a line's start (a bullet too), a sentence's end, a label's
# colon, a semicolon or a dash ("Thandeka schickt das Angebot", "Feedback: Lerato bis Freitag", "- Dewi vai enviar").
_CLAUSE_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[-*•>]+[ \t]*)?$|[.!?;:][ \t]+$|[ \t][-–—][ \t]+$")


def foreign_subjects(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """A lone name opening a clause of a note in another language, before a word of that language ("Lerato vai
    enviar a proposta", "Sipho schickt das Angebot bis Freitag", "Feedback: Hope bis Freitag"): OUTSIDE15's class 3
    in Spanish, German, French and Portuguese notes, where the English tagger reads no person. The word is a name's
    when no vocabulary of the line's language holds it (nor as a compound: "Personalabteilung schickt" stays) and it
    is a name's word by :func:`_name_word` (no department, tool, place, holiday or language)."""
    table = foreign()
    if not may_be_foreign(text, table) and ("'" not in text or _ELISION.search(text) is None):
        return  # most texts are English (cost); a short French line may hold only elided articles ("d'", "l'")
    spans = line_languages(text, table) or _short_lines(text, table, lex)
    if not spans:
        return
    _language_words(text, tokens, spans, table, lex)
    for index, token in enumerate(tokens[:-1]):
        if not token.cap or token.person or token.own:
            continue
        if _ELIDED_NOUN.match(text, token.start):
            continue  # "L'équipe a validé", "L'offre a été envoyée": an article elided before a noun (review MUST)
        language = next((lang for start, end, lang in spans if start <= token.start < end), None)
        if language is None:
            continue
        nxt = tokens[index + 1]
        if nxt.cap or text[token.end : nxt.start] != " ":
            continue
        vocabulary = table.vocabulary.get(language, frozenset())
        if not _verb_next(text, tokens, index + 1, language, table):
            continue
        if _read_as_word(token.key, nxt.key, table, lex) or compound(token.key, vocabulary):
            # a word of a language read ("Prima kandidaat, goede referenties": Dutch; review SHOULD on c13d83b)
            continue
        line_start = text.rfind("\n", 0, token.start) + 1
        if _CLAUSE_OPENING.search(text[max(line_start - 1, 0) : token.start]) is None:
            continue
        if _name_word(token, lex) or _given_before_verb(text, tokens, index, lex):
            token.protected = False
            mark(token, "a name opening a clause in another language")


# An elided article or pronoun before a word: "l'embauche", "d'entretien", "qu'il", "n'a".
# A capitalised elided article before a lower-case word opens a sentence with a noun, never a name ("L'équipe",
# "D'abord"); a capital after the apostrophe is a family name's particle ("D'Souza", "L'Estrange") and stays a name.
_ELIDED_NOUN = re.compile(r"(?:[LDJNMSTC]|Qu)['’][a-zà-ÿ]")
_ELIDED = re.compile(r"^(?:[ldjnmstc]|qu)['’]", re.IGNORECASE)
# The same inside a text: a lower-case article or pronoun elided before a lower-case word (English writes "I'd",
# "don't", never "l'x" or "d'x" in a note).
_ELISION = re.compile(r"(?<![\w'’])(?:[ldjnmsc]|qu)['’][a-zà-ÿ]")
# A word with its elided article kept on ("l'embauche"), for the short-line test.
_ELIDED_WORDS = re.compile(r"(?:(?:[ldjnmstc]|qu)['’])?[^\W\d_]+")


def _language_words(
    text: str, tokens: list[Token], spans: list[tuple[int, int, str]], table: Foreign, lex: Lexicon
) -> None:
    """Unmark lower-case words taken as a name's ("Kemar [recommande] [l'embauche]") that are words of their line's
    language: two words no English dictionary holds side by side read as a lower-case given and family name
    (:mod:`memory.redact_lower`), and a short note in French lost its verb and object (round 18's tune frames)."""
    for token in tokens:
        if token.cap or not token.person or token.own or not token.why.startswith("lower case"):
            continue
        language = next((lang for start, end, lang in spans if start <= token.start < end), None)
        if language is None:
            continue
        key = key_of(_ELIDED.sub("", text[token.start : token.end]))
        if key in lex.given or key in lex.family:
            continue  # a name list's word stays the name's ("met with [mandla] [dube]" in a Dutch note: round 10)
        if key in table.vocabulary.get(language, frozenset()) or key in table.lower.get(language, frozenset()):
            token.person = False
            token.why = ""


# The auxiliaries of a compound past or a near future, by language (and Portuguese "já", already, before a verb):
# "Laura a trouvé", "Odane ha cerrado", "Ember vai enviar", "Storm hat gebaut". The English vocabulary filter drops
# "a" and "ha" from the tables (OUTSIDE16's class 2: every lone name before "a <participle>" stayed, listed names
# too); the word after the auxiliary must be one of the language's, so "Kafka a b" or an English "a" never counts.
_AUXILIARIES: dict[str, frozenset[str]] = {
    "fr": frozenset("a va avait aura".split()),
    "es": frozenset("ha va habia".split()),
    "pt": frozenset("vai tem foi ja".split()),
    "it": frozenset("ha va aveva".split()),
    "de": frozenset("hat wird will hatte".split()),
    "nl": frozenset("heeft wil gaat had".split()),
}
# The copulas after which a thing is as likely as a person ("Ember est un framework", "Storm ist ein Tool",
# "Hunter é uma marca"): a given name that also names a tool or a place is read only before another verb.
_COPULAS = frozenset("est etait sera es esta era e foi ist war wird is was zijn".split())


def _verb_next(text: str, tokens: list[Token], at: int, language: str, table: Foreign) -> bool:
    """The word at ``at`` is of the clause's language, or an auxiliary of it before a word of it."""
    key = tokens[at].key
    vocabulary = table.vocabulary.get(language, frozenset())
    if key in vocabulary or key in table.lower.get(language, frozenset()):
        return True
    if key not in _AUXILIARIES.get(language, frozenset()) or at + 1 >= len(tokens):
        return False
    after = tokens[at + 1]
    return not after.cap and text[tokens[at].end : after.start] == " " and after.key in vocabulary


def _read_as_word(key: str, next_key: str, table: Foreign, lex: Lexicon) -> bool:
    """The word is a word of a language the clause may be in, tested against every language read (a line's
    language is a guess: "Prima kandidaat" is Dutch, "prima" only Italian in the tables). A short listed given name
    (three letters at most) is tested only against the languages that hold the next word: short words collide
    across languages by chance ("Ty pense", "Bo a trouvé": Polish "ty", "bo"; OUTSIDE16's short names)."""
    if key in lex.given and len(key) <= 3:
        return any(key in words and next_key in words for words in table.vocabulary.values())
    return any(key in words for words in table.vocabulary.values())


# A passive's participle after the auxiliary: "Ruby a été utilisé", "Storm ha sido elegido", "Ember è stato scelto".
_PASSIVE = frozenset("ete sido stato geworden gewesen".split())


def _given_before_verb(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A given name that is an English word and also names a tool or a minor place ("Ember", "River", "Storm",
    "Hunter") before a verb that is no copula nor a passive: in another language's note, the clause's subject is
    a person (OUTSIDE16's class 2, the word-names group); "Ember est un framework", "Ruby a été utilisé" stay. A
    name that is no English word ("Jenkins") keeps :func:`_name_word`'s verdict (the tool's name first)."""
    token, nxt = tokens[index], tokens[index + 1]
    key = token.key
    if not token.cap or token.upper or key not in lex.given or key not in lex.common or nxt.key in _COPULAS:
        return False
    if index + 2 < len(tokens) and tokens[index + 2].key in _PASSIVE:
        return False
    return key not in TEAMS and key not in MONTHS and key not in ORGS and key not in PLACES


def _short_lines(text: str, table: Foreign, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, language) of short lines that the share test of :mod:`memory.redact_fp_foreign` leaves
    unread ("Thandeka schickt das Angebot bis Freitag." holds two function words of six): two lower-case words or
    more of one language's vocabulary that English does not write commonly, and no English function word."""
    out = []
    at = 0
    for line in text.split("\n"):
        keys = [key_of(_ELIDED.sub("", w)) for w in _ELIDED_WORDS.findall(line) if w.islower()]
        if keys and not any(k in ENGLISH_FUNCTION for k in keys):
            best, hits = None, 1
            for language, vocabulary in table.vocabulary.items():
                # A function word of the language counts even when English writes it too ("das", "bis": the
                # English dictionary holds both; "Sipho schickt das Angebot bis Freitag" lost three words).
                detect = table.detect.get(language, frozenset())
                found = sum(k in vocabulary and (k not in lex.common or k in detect) for k in keys)
                if found > hits:
                    best, hits = language, found
            if best is not None:
                out.append((at, at + len(line), best))
        at += len(line) + 1
    return out


# A chat line opened by its writer's name in lower case: "thandeka here - running 5 late", "lucky joining late,
# start without me", "[09:14] nurul here". OUTSIDE15's class 4: such nicknames and given names stayed (0.72).
_CHAT_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]*)?(?:>[ \t]*)?$")
_CHAT_PRESENCE = re.compile(
    r"[ \t]+(?:here(?=[ \t]*(?:[-–—,:.!]|$))|(?:joining|running|dropping|signing|stepping|hopping|logging)[ \t]+"
    r"(?:late|now|off|out|in|behind|on|a[ \t]+bit[ \t]+late)\b|(?:ooo|afk|brb)\b)",
    re.MULTILINE,
)


def chat_openers(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark a lower-case name opening a chat line before the writer's presence ("here", "joining late", "running
    late", "ooo"): a word no dictionary holds (:func:`_name_word`), or a listed given name that is also an English
    word ("lucky here -", "grace joining late"); a team signs so too ("ops here", "legal joining late") and stays."""
    if "here" not in text and "joining" not in text and "running" not in text and "ooo" not in text:
        return
    ends = {t.end: t for t in tokens}
    for found in _CHAT_PRESENCE.finditer(text):
        token = ends.get(found.start())  # the word right before the presence (cost: no work per word)
        if token is None or token.cap or token.person or token.protected or token.own:
            continue
        line_start = text.rfind("\n", 0, token.start) + 1
        if _CHAT_OPENING.search(text[max(line_start - 1, 0) : token.start]) is None:
            continue
        key = token.key
        word = key in lex.english
        if word and (key not in lex.given or key in TEAMS or key in _FUNCTION):
            continue
        if word or _name_word(token, lex):
            mark(token, "a chat line's writer")


# Lower-case words that open a chat line before "joining"/"here" and are no one's name ("also joining", "just here").
_FUNCTION = word_set("also just still now everyone all we i you they he she it who someone anyone nobody me us")
