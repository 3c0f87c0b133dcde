"""Slots only a person fills: a name there is removed whatever its origin, and a word there stays a word.

Session 11's outside check (classes 1-3 and 6) found lone names kept where the frame says a person stands: a
mail header ("From: Sutrisno"), a sign-off line, a JSON field named for a person, the answer to a "who" question,
after "per" ("Per Somchai, ..."), in a first-person introduction ("I'm Kiviaq"), after "let" ("let Wirote
know"), after a greeting or "cc", and initials used as a given name ("AJ Fonoti", "Thanks, AJ."). The words the
lists miss there are of origins no list holds (Thai, Javanese, Inuit), or given names that are also words
("Summer", "Chase", "Patience").

The slot decides that a person could stand there; the word decides whether this one is a name, by a property of
the word, never of its origin (:func:`nameish`): a word a given-name list holds (also when it is a word:
"Summer"), a word no list or dictionary knows, or a name-list word that is no common word; never a word only
an ordinary or product list holds ("let Legal know", "From: Recruiting", "Per Gartner"), a place or an
employer. The same frame with an ordinary word (``eval.redaction_round12``'s fillers) measures the guard.
"""

from __future__ import annotations

import re

from memory.redact_edges import CONTEXT_WORDS
from memory.redact_lexicon import (
    MINOR_PLACES,
    ORGS,
    PERSON_CUES_BEFORE,
    PERSON_VERBS_AFTER,
    PERSON_VERBS_BEFORE,
    PLACES,
    Lexicon,
)
from memory.redact_products import camel
from memory.redact_tokens import Kind, Token, mark, near

# A run of capitalised words after which the slot's right side is read; three words at most (a full name with
# a middle name), as a longer title-case run is a heading or an organisation.
_MAX_RUN = 3
# The line before a sign-off's name: a closing word and a comma alone on its line.
_CLOSING = re.compile(
    r"^[ \t]*(?:best|best regards|kind regards|warm regards|regards|thanks|many thanks|thank you|cheers|"
    r"sincerely|warmly|yours|all the best|talk soon|ta),?[ \t]*$",
    re.IGNORECASE,
)
# A mail or calendar header whose value is people ("From: Sutrisno", "Cc: Karma"); the run is the whole value or
# ends at an address, a comma, a parenthesis or "and".
_HEADER = re.compile(r"^[ \t]*(?:from|to|cc|bcc|reply-to|sender|attendees?|organi[sz]er)[ \t]*:[ \t]*$", re.IGNORECASE)
_HEADER_END = re.compile(r"^[ \t]*(?:$|<|,|;|\(| and | & )")
# A JSON or YAML field named for a person, the run its whole quoted value.
_PERSON_FIELD = re.compile(
    r"[\"']?(?:name|full_?name|interviewer|referee|reference|reviewer|recruiter|owner|contact|author|manager|"
    r"hiring_?manager|assignee|approver|sender|from|to|cc|coordinator|panelist)[\"']?[ \t]*:[ \t]*[\"']$",
    re.IGNORECASE,
)
# The answer line to a question about who: "A: Somchai." after "Q: Who ran the systems round?".
_ANSWER = re.compile(r"(?:^|[ \t])A[ \t]*[:.)-][ \t]*$")
_WHO_QUESTION = re.compile(r"\bQ[ \t]*[:.)-].*\bwho(?:m|se)?\b", re.IGNORECASE)
# A source: "Per Somchai, the offer ..." / "per Summer's note" / "according to Kiviaq".
_SOURCE = re.compile(r"(?:^|[\s(\[])(?:[Pp]er|[Aa]ccording to)[ \t]$")
# A first-person introduction: "I'm Kiviaq and I'll coordinate", "My name is Iolo", "This is Nuka from ...".
_INTRO = re.compile(r"(?:^|[\s(])(?:I'm|I’m|I am|[Mm]y name is|[Mm]y name's|[Tt]his is|[Cc]all me)[ \t]$")
_INTRO_END = re.compile(r"^(?:[ \t]*[,.!;:)]|[ \t]*$| and | from | here\b| with | of | on | in | at )")
# Addressed or copied: "Thanks, AJ.", "cc: KC", "Hi Somchai,".
_ADDRESSED = re.compile(r"(?:^|[\s(])(?:[Tt]hanks|[Tt]hank you|[Cc][Cc]|[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)[,:]?[ \t]$")
_CLAUSE_END = re.compile(r"^(?:[ \t]*[,.!;:?)]|[ \t]*$)")
# Verbs of a request that other rules read as context words (memory.redact_edges.CONTEXT_WORDS, so no run takes
# them): opening a sentence, their object is a person ("Email Sutrisno the packet", "Remind Summer about").
_REQUESTS = frozenset("email text remind message dm tell inform warn call ring".split())
# The start of a sentence in prose: the line's start (after a bullet or a number) or a sentence's end.
_PROSE_START = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*$|[.!?][\"')\]]?[ \t]+$")
# After a request's object: a word that opens what the request goes on with ("about", "the", "for", "back"), or a
# sentence's end; never a line's bare end ("Text Summarization" in a list of skills) nor a noun the run would
# qualify ("Prepare Bar chart").
OBJECT_NEXT = frozenset(
    """about the a an to for on with re in at by back before after tomorrow today tonight now asap please again
    that this these those your our their his her its when once if and or so""".split()
)
_OBJECT_END = re.compile(r"^(?:[ \t]*[,.!;:?)](?:[ \t]|$)| ([a-z]+)\b)")
# "let Wirote know", "lets Summer decide": the object of a causative verb before a bare verb.
_LET = frozenset({"let", "lets", "letting"})


def nameish(text: str, token: Token, lex: Lexicon, strong: bool = False, employer: bool = False) -> bool:
    """A capitalised word that is a name when a person's slot holds it (see the module's docstring)."""
    key = token.key
    if not token.cap or token.own:
        return False
    parts = key.split("-")
    if token.protected and not (
        strong
        and token.kind is Kind.NAME
        and len(parts) > 1
        and all(p in lex.given or p not in lex.english for p in parts)
    ):
        # A hyphenated pair of name words is protected as a thing ("Rolls-Royce"); alone in a slot only a person
        # fills (a sign-off, a header), a pair no ordinary list holds is a name ("Best,\nMari-Liis").
        return False
    if token.upper and len(key) > 1:
        return initials(token, lex)
    if employer and key in ORGS and key in lex.given:
        return True  # the object of a request about a person: "Ping Chase about the start date"
    if key in PLACES or key in ORGS or key in MINOR_PLACES or camel(text, token):
        return False
    if "-" in key:
        parts = key.split("-")
        return all(p in lex.given or p in lex.family or p not in lex.english for p in parts)
    if key in lex.given:
        return True
    if key in lex.tech or key in lex.common:
        return False
    return token.kind in (Kind.NAME, Kind.UNKNOWN) and len(key) > 1


def initials(token: Token, lex: Lexicon) -> bool:
    """Initials used as a given name ("AJ", "KC", "TJ"): two capitals a given-name list holds and no common word
    or acronym list does ("HR", "IT", "QA", "AI" stay acronyms). Not three: a three-letter given-list word in
    capitals is as often a firm's or a product's acronym ("GEA", "ASA" in real resumes)."""
    key = token.key
    return token.upper and len(key) == 2 and key in lex.given and key not in lex.common and key not in lex.acronyms


def _run(text: str, tokens: list[Token], index: int) -> list[int]:
    """The capitalised words from ``index`` on, joined by single spaces (at most ``_MAX_RUN``)."""
    run = [index]
    while (
        len(run) < _MAX_RUN
        and run[-1] + 1 < len(tokens)
        and tokens[run[-1] + 1].cap
        and text[tokens[run[-1]].end : tokens[run[-1] + 1].start] == " "
    ):
        run.append(run[-1] + 1)
    return run


def _line_before(text: str, at: int) -> tuple[str, str]:
    """The text of the line before ``at``, and the whole line before that one."""
    start = text.rfind("\n", 0, at) + 1
    previous = text.rfind("\n", 0, max(start - 1, 0)) + 1 if start else 0
    return text[start:at], text[previous : max(start - 1, 0)] if start else ""


def _object_end(suffix: str) -> bool:
    match = _OBJECT_END.match(suffix)
    return match is not None and (match.group(1) is None or match.group(1) in OBJECT_NEXT)


def _slot(text: str, tokens: list[Token], run: list[int]) -> str | None:
    """Which person's slot the run stands in, or None."""
    first, last = tokens[run[0]], tokens[run[-1]]
    prefix, above = _line_before(text, first.start)
    end = last.end
    suffix = text[end : text.find("\n", end) if "\n" in text[end:] else len(text)]
    rest = suffix[2:] if suffix[:2] in ("'s", "’s") else suffix
    before = tokens[run[0] - 1] if run[0] else None
    after = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
    if (
        before is not None
        and before.key in _LET
        and text[before.end : first.start] == " "
        and after is not None
        and not after.cap
        and text[end : after.start] == " "
    ):
        return "after let"
    if (
        before is not None
        and before.cap
        and before.key in _REQUESTS
        and text[before.end : first.start] == " "
        and _PROSE_START.search(text[text.rfind("\n", 0, before.start) + 1 : before.start])
        and _object_end(suffix)  # not "Text Monday's address": the object is what the run owns
    ):
        return "object of a request"
    if _ANSWER.search(prefix) and _CLAUSE_END.match(suffix) and _WHO_QUESTION.search(above + "\n" + prefix):
        return "answer to who"
    if _SOURCE.search(prefix) and (suffix[:2] in ("'s", "’s") or suffix[:1] == ","):
        return "per"
    if _INTRO.search(prefix) and _INTRO_END.match(rest):
        return "introduced"
    if _HEADER.match(prefix) and _HEADER_END.match(suffix):
        return "mail header"
    if _PERSON_FIELD.search(prefix) and suffix[:1] in ('"', "'"):
        return "a person's field"
    if not prefix.strip() and not suffix.strip() and _CLOSING.match(above):
        return "sign-off"
    if _ADDRESSED.search(prefix) and _CLAUSE_END.match(suffix):
        return "addressed"
    return None


def person_slots(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark the name-like runs that stand in a person's slot (see the module's docstring)."""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if (
            not token.cap
            or token.person
            or token.key in CONTEXT_WORDS  # "Email", "Thanks": decided alone, never a name's first word
            or (
                index
                and tokens[index - 1].cap
                and tokens[index - 1].key not in CONTEXT_WORDS  # "Email [Summer]": no word of the name
                and _joined(text, tokens, index)
            )
        ):
            index += 1
            continue
        run = _run(text, tokens, index)
        why = _slot(text, tokens, run)
        employer = why == "object of a request"
        if why and all(nameish(text, tokens[i], lex, strong=True, employer=employer) for i in run):
            for i in run:
                mark(tokens[i], f"person's slot: {why}")
        index = run[-1] + 1
    initials_before_names(text, tokens, lex)
    _initial_and_family(text, tokens, lex)
    _record_names(text, tokens, lex)
    shouted_names(text, tokens, lex)
    listed_with_people(text, tokens, lex)


# Before an initial that opens a name in a list or a line: the line's start (after a bullet), a label's colon, a
# comma, a parenthesis, an ampersand or a slash, or a word that introduces people ("by", "cc", "with", "and").
_BEFORE_INITIAL = re.compile(
    r"(?:^[ \t]*(?:[-*•][ \t]*)?|[:,;(&/][ \t]*|\b(?:by|cc|Cc|CC|with|from|and|to|per|via|Referee|Reference|"
    r"Interviewer|Dr\.|Prof\.)[ \t]+)$"
)


# What may follow a name in a list or a line: punctuation, a parenthesis, a dash, "and", or the line's end.
_NAME_CLOSES = re.compile(r"(?:'s|’s)?(?:[ \t]*(?:[,;:)(]|[-–—] |$)| and | & )", re.MULTILINE)


def _initial_and_family(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """An initial and a family name ("References: A. Boonmee, former lead", "- R. Long: hire", "cc A.
    Olatunji-Bello"): the run splits at the initial's dot, which may end a sentence, so no run rule sees them
    together. After a list's or a line's opening (``_BEFORE_INITIAL``), never after a word that may end a
    sentence ("plan B. Long story"), the initial and the name words after it are a person when the first is a
    family or given name (also one that is a word: "Long", "Bright"), or a word no list knows."""
    for index in range(len(tokens) - 1):
        initial, name = tokens[index], tokens[index + 1]
        if len(initial.key) != 1 or not initial.cap or text[initial.end : name.start] != ". " or not name.cap:
            continue
        prefix = text[text.rfind("\n", 0, initial.start) + 1 : initial.start]
        if not _BEFORE_INITIAL.search(prefix):
            continue
        if name.person or name.upper:
            continue
        key = name.key
        listed = key in lex.family or key in lex.given or all(p in lex.family or p in lex.given for p in key.split("-"))
        if not (listed or nameish(text, name, lex, strong=True)) or key in PLACES or key in ORGS:
            continue
        if key in lex.common and (len(key) < 3 or not _NAME_CLOSES.match(text, name.end) or not prefix.strip(" \t-*•")):
            # A word that is also a name only where the name closes ("R. Long (chair)", not "A. Strong work"), and
            # never opening a line, where "B. Knowledge:" is an outline's item.
            continue
        mark(initial, "an initial and a family name")
        mark(name, "an initial and a family name")


# A quoted cell of a delimited record holding "Family, Given" (one word each).
_QUOTED_PAIR = re.compile(r"(?<![^\s,;\t])\"([^\W\d_][\w'’-]*), ([^\W\d_][\w'’-]*)\"(?=[,;\t]|$)", re.MULTILINE)
# A record line: two or more fields cut by the same delimiter with no space after it.
_RECORD = re.compile(r"^[^\n]*?([,;\t])[^\s,;\t][^\n]*?\1[^\n]*$", re.MULTILINE)


def _record_names(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Names in delimited records (session 11's outside check, class 5): a quoted cell "Family, Given" whose two
    words are name-like ('17,"Wongsawat, Somchai",screen'; not '"Lisbon, Portugal"', '"Python, Go"', '"Acme,
    Inc."'), and a record line's first field when it is one word a name list holds and no common word is, or no
    list knows ("Wongsawat;phone screen;reject"; not "Remote,2024-03-12", "Berlin,onsite", "Referral;...")."""
    if "," not in text and ";" not in text and "\t" not in text:
        return
    at = {t.start: i for i, t in enumerate(tokens)}
    for match in _QUOTED_PAIR.finditer(text):
        pair = [at.get(match.start(1)), at.get(match.start(2))]
        if any(i is None for i in pair):
            continue
        words = [tokens[i] for i in pair if i is not None]
        if all(w.end in (match.end(1), match.end(2)) for w in words) and all(
            not w.upper and nameish(text, w, lex, strong=True) for w in words
        ):
            for w in words:
                if not w.person:
                    mark(w, "a name cell of a record")
    for line in _RECORD.finditer(text):
        start = line.start()
        while start < line.end() and text[start] in " \t":
            start += 1
        index = at.get(start)
        if index is None:
            continue
        word = tokens[index]
        if word.person or word.upper or text[word.end : word.end + 1] != line.group(1):
            continue
        if "- " in line.group(0):
            continue  # a line laid out with dashes ("Entityframewok,jquery,javascript- Exprience - 1 year"): no record
        key = word.key
        named = word.kind in (Kind.NAME, Kind.UNKNOWN) or (
            (key in lex.family or key in lex.given) and key not in lex.common
        )
        if named and nameish(text, word, lex, strong=True) and key not in lex.common:
            mark(word, "a record's first field")


def listed_with_people(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """A name-like word closing a list after a person found ("Panel: [Lily Chen] and Violet", "[Somchai], Iolo"):
    listed with people, it is one (also after the model: called again by :func:`memory.redact_n_lower.grow`)."""
    for index in range(2, len(tokens)):
        word = tokens[index]
        if word.person or not word.cap or word.upper:
            continue
        # The person found right before, then "and", "or", ", and", "&" or a comma.
        before = tokens[index - 2] if tokens[index - 1].key in ("and", "or") else tokens[index - 1]
        if not before.person or text[before.end : word.start] not in _JOINERS:
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and after.cap and text[word.end : after.start] == " ":
            continue  # a longer run: decided as one by the run rules
        if not _NAME_CLOSES.match(text, word.end) and not (
            after is not None and not after.cap and text[word.end : after.start] == " " and after.key in _NEXT_VERBS
        ):
            continue
        if nameish(text, word, lex, strong=True):
            mark(word, "listed with a person")


_JOINERS = frozenset({" and ", " or ", ", and ", ", ", " & "})
# A verb after a list of people ("Lily Chen and Violet will pair", "... both said"): the list's end.
_NEXT_VERBS = frozenset("will would can could should both said say says agreed agree think thinks were are".split())


def _shouted_word(token: Token, lex: Lexicon) -> bool:
    """A word in capitals that can be a name word: a given or family name, or a word no list or dictionary knows;
    never an acronym, a product, a place or an employer, nor a two-letter word (initials are :func:`initials`)."""
    key = token.key
    if not token.upper or len(key) < 2 or key in lex.acronyms or key in lex.tech:
        return False
    if key in PLACES or key in ORGS or key in MINOR_PLACES:
        return False
    return key in lex.given or key in lex.family or (token.kind is Kind.UNKNOWN and key not in lex.english)


def _mixed_line(text: str, token: Token) -> bool:
    """The line holding ``token`` has lower-case letters: capitals there are the writer's emphasis, not a heading's
    style (a line all in capitals is re-cased or read as a heading by memory.redact_layout)."""
    start = text.rfind("\n", 0, token.start) + 1
    end = text.find("\n", token.end)
    line = text[start : end if end >= 0 else len(text)]
    return sum(map(str.islower, line)) >= 3  # "Referee: IKER ETXEBERRIA", not "REFERENCE: IKER ETXEBERRIA"


# Words before a person: cues ("with", "thanks", "met"), and labels of people ("Referee:", "Interviewer:").
_BEFORE_PERSON = (
    PERSON_CUES_BEFORE
    | PERSON_VERBS_BEFORE
    | frozenset(
        """with to from by cc per via spoke talked referee referees reference references interviewer
        interviewers panel panelist panelists recruiter reviewer contact attendees manager""".split()
    )  # labels of people as memory.redact_cues.LABELS (not imported: redact_cues imports this module's users)
)
# After a person: a verb only people do ("said", "joined", "recommends"), or one of an auxiliary's.
_AFTER_PERSON = PERSON_VERBS_AFTER | frozenset("will would can could should wants prefers".split())


def _person_frame(text: str, tokens: list[Token], run: list[int]) -> bool:
    """The run of capitals stands where a person does: after a person's cue or label ("Spoke with", "Referee:"),
    or before a verb only people do ("... will join", "... said"); not a project's or a product's title
    ("Project title: YASHWANT ORICHIDS", "Skills: SQL, PLSQL BI")."""
    before = tokens[run[0] - 1] if run[0] else None
    after = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
    if before is not None and before.key in _BEFORE_PERSON and text[before.end : tokens[run[0]].start] in (" ", ": "):
        return True
    return after is not None and not after.cap and after.key in _AFTER_PERSON and near(text, tokens[run[-1]], after)


def shouted_names(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """A full name written in capitals inside a sentence in lower case ("Spoke with PATIENCE MWANGI today",
    "Referee: IKER ETXEBERRIA"): two or three capitalised words, each a name word (:func:`_shouted_word`), at
    least one of them a word no common-word list holds (not "WILL MARK", "NEW HOPE"). Unknown capitals alone
    were read as acronyms, so the name was kept whole or in part by origin (session 11's outside check: names in
    capitals kept in every frame). Also after the model (:func:`memory.redact_n_lower.grow`): a given name in
    capitals right before a name found ("DREW [CASTILLO]")."""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not token.upper or not _mixed_line(text, token):
            index += 1
            continue
        run = [index]
        while (
            len(run) < 4
            and run[-1] + 1 < len(tokens)
            and tokens[run[-1] + 1].upper
            and text[tokens[run[-1]].end : tokens[run[-1] + 1].start] == " "
        ):
            run.append(run[-1] + 1)
        words = [tokens[i] for i in run]
        if (
            2 <= len(run) <= 3
            and all(_shouted_word(w, lex) and not w.protected for w in words)
            and any(w.key not in lex.common for w in words)
            and _person_frame(text, tokens, run)
        ):
            for w in words:
                if not w.person:
                    mark(w, "a name in capitals")
        elif any(w.person for w in words) and _person_frame(text, tokens, run):
            # "DREW [CASTILLO]": the rest of a run one of whose words was found is a name word in capitals.
            for w in words:
                if not w.person and _shouted_word(w, lex) and (w.key in lex.given or w.key in lex.family):
                    mark(w, "a name in capitals")
        index = run[-1] + 1


def _joined(text: str, tokens: list[Token], index: int) -> bool:
    return text[tokens[index - 1].end : tokens[index].start] == " "


def initials_before_names(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Initials used as a given name before a name found (also after the model: called again by
    :func:`memory.redact_n_lower.grow`) ("AJ [Fonoti]"), or joined by "and" to a person found
    ("AJ and [Jo] will pair"): the initials are the person's call name."""
    for index, token in enumerate(tokens):
        if token.person or not token.upper or not nameish(text, token, lex):
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and text[token.end : after.start] == " ":
            if after.person:
                mark(token, "initials before a name")
                continue
            if (
                not after.upper
                and nameish(text, after, lex)
                and (after.key in lex.family or after.kind is Kind.UNKNOWN)
            ):
                # "Notes by KC Abara": initials a given-name list holds before a family name or a word no list knows
                mark(token, "initials before a name")
                mark(after, "initials before a name")
                continue
        before = tokens[index - 1] if index else None
        for joiner, other in ((after, 2), (before, -2)):
            if joiner is None or joiner.key not in ("and", "&"):
                continue
            j = index + other
            if 0 <= j < len(tokens) and tokens[j].person and abs(tokens[j].start - token.start) < 12:
                mark(token, "initials listed with a person")
                break
