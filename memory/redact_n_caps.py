"""A full name written in capitals inside a sentence in lower case ("Spoke with PATIENCE MWANGI today").

Unknown capitals were read as acronyms, so such names were kept whole or in part by origin (session 11's outside
check: the capitals form kept in every frame, 0.86-0.88). Lines all in capitals are headings, re-cased by
:mod:`memory.redact_layout`; here the capitals are the writer's emphasis inside prose.
"""

from __future__ import annotations

from memory.redact_lexicon import (
    MINOR_PLACES,
    ORGS,
    PARTICLES,
    PERSON_CUES_BEFORE,
    PERSON_VERBS_AFTER,
    PERSON_VERBS_BEFORE,
    PLACES,
    Lexicon,
)
from memory.redact_tokens import Kind, Token, mark, near


def _shouted_word(token: Token, lex: Lexicon) -> bool:
    """A word in capitals that can be a name word: a given or family name, or a word no list or dictionary knows;
    never an acronym, a product, a place or an employer, nor a two-letter word (initials are :func:`initials`)."""
    key = token.key
    if not token.upper or len(key) < 2 or key in lex.acronyms or key in lex.tech:
        return False
    if key in PLACES or key in ORGS or key in MINOR_PLACES:
        return False
    return key in lex.given or key in lex.family or (token.kind is Kind.UNKNOWN and key not in lex.english)


def _syllable(token: Token, lex: Lexicon) -> bool:
    """A short word in capitals that is a syllable of a name beside two name words ("BIN" in "BAE SU BIN", "YEON" in
    "KIM SO YEON"): two or three letters, no acronym, product, place or employer; or four letters no list or
    dictionary knows, which its capitals made an acronym (``spelled``). Only beside two name words: alone, or
    beside one ("by GES EM"), such capitals are a firm's or a team's acronym (dev resumes, review of this rule)."""
    key = token.key
    if not token.upper or not 2 <= len(key) <= 4 or not key.isalpha():
        return False
    if key in lex.acronyms or key in lex.tech or key in PLACES or key in ORGS:
        return False
    return len(key) <= 3 or (token.spelled is Kind.UNKNOWN and key not in lex.english)


# ASCII's lower-case letters, deleted by str.translate to count them (in ASCII only "a"-"z" are str.islower).
_NO_ASCII_LOWER = dict.fromkeys(range(ord("a"), ord("z") + 1))


def _mixed_line(text: str, token: Token, seen: dict[tuple[int, int], bool]) -> bool:
    """The line holding ``token`` has lower-case letters: capitals there are the writer's emphasis, not a heading's
    style (a line all in capitals is re-cased or read as a heading by memory.redact_layout). ``seen``: the
    answers by line for this text, since each word in capitals on a line asks about the same line (a resume's
    lines of capitals: redaction's cost budget, session 18)."""
    start = text.rfind("\n", 0, token.start) + 1
    end = text.find("\n", token.end)
    where = (start, end if end >= 0 else len(text))
    if where not in seen:
        line = text[where[0] : where[1]]
        # "Referee: IKER ETXEBERRIA", not "REFERENCE: IKER ETXEBERRIA": three lower-case letters at least.
        if line.isascii():
            seen[where] = len(line) - len(line.translate(_NO_ASCII_LOWER)) >= 3
        else:
            seen[where] = sum(map(str.islower, line)) >= 3
    return seen[where]


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
_AFTER_PERSON = PERSON_VERBS_AFTER | frozenset(
    "will would can could should wants prefers sent applied emailed signed withdrew".split()
)


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
    mixed: dict[tuple[int, int], bool] = {}
    while index < len(tokens):
        token = tokens[index]
        if not token.upper or not _mixed_line(text, token, mixed):
            index += 1
            continue
        run = [index]
        while (
            len(run) < 5
            and run[-1] + 1 < len(tokens)
            and tokens[run[-1] + 1].upper
            and text[tokens[run[-1]].end : tokens[run[-1] + 1].start] == " "
        ):
            run.append(run[-1] + 1)
        words = [tokens[i] for i in run]
        # A particle inside the name ("RHODRI AP GRUFFUDD", "LUUK VAN DEN BERG") goes with it.
        inner = [w for n, w in enumerate(words) if not (0 < n < len(words) - 1 and w.key in PARTICLES)]
        named = [w for w in inner if _shouted_word(w, lex)]
        # Three words of which two are name words: the third a short syllable that is also a word ("SU BIN").
        shaped = len(named) == len(inner) or (
            len(inner) == 3 and len(named) == 2 and all(w in named or _syllable(w, lex) for w in inner)
        )
        if (
            2 <= len(inner) <= 3
            and shaped
            and not any(w.protected for w in inner)
            and any(w.key not in lex.common for w in inner)
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
