"""Slots only a person fills: a name there is removed whatever its origin, and a word there stays a word.

Session 11's outside check (classes 1-3 and 6) found lone names kept where the frame says a person stands: a
mail header ("From: Sutrisno"), a sign-off line, a JSON field named for a person, the answer to a "who" question,
after "per" ("Per Somchai, ..."), in a first-person introduction ("I'm Kiviaq"), after "let" ("let Wirote
know"), after a greeting or "cc", and initials used as a given name ("AJ Fonoti", "Thanks, AJ."). The words the
lists miss there are of origins no list holds (Thai, Javanese, Inuit), or given names that are also words
("Summer", "Chase", "Patience").

The slot decides that a person could stand there; the word decides whether this one is a name, by a property of
the word, never of its origin (:func:`memory.redact_n_nameish.nameish`): a word a given-name list holds (also
when it is a word: "Summer"), a word no list or dictionary knows, or a name-list word that is no common word;
never a word only an ordinary or product list holds ("let Legal know", "From: Recruiting", "Per Gartner"), a place or an
employer. The same frame with an ordinary word (``eval.redaction_round12``'s fillers) measures the guard.
Where vendors and tools stand as often (after "let" before "handle", the answer to "Who runs the background
check?": review S2), only a listed name goes. Also here: a speaker's label before "I ...", a role before a name
("Hiring manager Will"), the agent of a person's verb ("Referred by June."), "Thanks to May for"; records
(:mod:`memory.redact_n_records`) and names in capitals (:mod:`memory.redact_n_caps`) are read from
:func:`person_slots` too.

Session 16 (OUTSIDE14's classes 3, 4, 17, 20 and OUTSIDE13's 3 and 6): a one-to-one's other person ("1:1 with
Sage"), the object of "hire" (a listed given name: firms are hired too), the subject of being away ("Will is out
from Monday"), a verdict's author and speaker ("Strong hire from Austin.", "Sky: leans no"), a role in parentheses
("Bo (staff eng)"), a referee after "Ref" ("Ref Tyrone Jackson pending"), a name qualifying a handover's noun
("the Tuhiwai offer") and a person copied in ("copy in Tupou").
"""

from __future__ import annotations

from memory import redact_n_slot_cues as cue
from memory.redact_edges import CONTEXT_WORDS
from memory.redact_lexicon import Lexicon
from memory.redact_n_beside import function_word_names, initial_and_family, initials_before_names, listed_with_people
from memory.redact_n_caps import shouted_names
from memory.redact_n_records import person_columns, record_names
from memory.redact_n_slot_fills import fills
from memory.redact_n_slot_tail import ENDINGS, at_end
from memory.redact_tokens import Token, mark

# A run of capitalised words after which the slot's right side is read; three words at most (a full name with
# a middle name), as a longer title-case run is a heading or an organisation.
_MAX_RUN = 3


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
    match = cue.OBJECT_END.match(suffix)
    return match is not None and (match.group(1) is None or match.group(1) in cue.OBJECT_NEXT)


def _slot(text: str, tokens: list[Token], run: list[int]) -> str | None:
    """Which person's slot the run stands in, or None."""
    first, last = tokens[run[0]], tokens[run[-1]]
    prefix, above = _line_before(text, first.start)
    end = last.end
    line_end = text.find("\n", end)  # not '"\n" in text[end:]': a copy of the text's rest for every run
    suffix = text[end : line_end if line_end != -1 else len(text)]
    rest = suffix[2:] if suffix[:2] in ("'s", "’s") else suffix
    before = tokens[run[0] - 1] if run[0] else None
    after = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
    if (
        before is not None
        and before.key in cue.LET
        and text[before.end : first.start] == " "
        and after is not None
        and not after.cap
        and text[end : after.start] == " "
    ):
        return "after let, a person's verb" if after.key in cue.LET_PERSON else "after let"
    if (
        before is not None
        and before.cap
        and before.key in cue.REQUESTS
        and text[before.end : first.start] == " "
        and at_end(cue.PROSE_START, text[text.rfind("\n", 0, before.start) + 1 : before.start])
        and _object_end(suffix)  # not "Text Monday's address": the object is what the run owns
    ):
        return "object of a request"
    if cue.CLAUSE_END.match(suffix) and at_end(cue.ANSWER, prefix) and cue.WHO_QUESTION.search(above + "\n" + prefix):
        if cue.PERSON_QUESTION.search(above + "\n" + prefix):
            return "answer to a question about a person"
        return "answer to who"
    # A time word opening a line is a time's label ("Summer: I can take the panel", "June: I'm away") unless a
    # timestamp says a chat line ("[10:02] Summer: I'll take it").
    timed = "[" in prefix or not all(tokens[i].key in cue.TIME_WORDS for i in run)
    if cue.SPEAKER.match(prefix) and cue.FIRST_PERSON.match(rest) and timed:
        return "a speaker's label"
    if (
        before is not None
        and before.key in cue.ROLES
        and text[before.end : first.start] == " "
        and after is not None
        and not after.cap
        and text[end : after.start] == " "
        and after.key not in cue.OBJECT_NEXT
    ):
        return "after a role"  # "Hiring manager Will signed off"; not "Lead engineer Python for the backend"
    if (
        before is not None
        and not before.upper
        and text[before.end : first.start] == " "
        and cue.AFTER_OBJECT.match(suffix)
        and (
            before.key in cue.PERSON_OBJECT
            or (before.key in cue.FOREIGN_WITH and text[before.start - 1 : before.start] in ("", " "))
        )
    ):
        # "Would rehire Gökhan without hesitation"; "Hablé con Gökhan sobre la oferta", "Gespräch mit Ebru am Montag"
        return "object of a person's verb" if before.key in cue.PERSON_OBJECT else "after a foreign with"
    if (
        prefix.endswith(("with ", "w/ ", "w/"))
        and cue.AFTER_OBJECT.match(suffix)
        and cue.ONE_ON_ONE.search(prefix[-24:])
    ):
        return "a one-to-one's other person"
    if (
        before is not None
        and before.key in cue.HIRE
        and not before.upper
        and text[before.end : first.start] == " "
        and (_object_end(suffix) or cue.QUOTE_END.match(suffix))
    ):
        return "object of hire"
    if prefix.endswith("in ") and cue.AFTER_OBJECT.match(suffix) and cue.COPIED_IN.search(prefix[-12:]):
        return "copied in"
    if len(run) == 1 and before is not None and before.key == "the" and cue.HANDED.match(suffix):
        return "a handover's person"
    if len(run) == 1 and cue.VERDICT_VALUE.match(suffix) and cue.SPEAKER.match(prefix):
        return "a verdict's speaker"
    if cue.ROLE_ASIDE.match(suffix):
        return "a role aside, listed" if cue.AFTER_ASIDE.search(prefix[-8:]) else "a role aside"
    if prefix[-5:].rstrip(" .").lower().endswith(("ref", "refs")) and cue.REF.search(prefix[-8:]):
        return "a referee"
    if prefix.endswith("from ") and cue.CLAUSE_END.match(suffix) and cue.VERDICT_FROM.search(prefix[-24:]):
        return "a verdict's author"
    if (
        cue.AWAY.match(suffix)
        and at_end(cue.PROSE_START, prefix)
        and not any(tokens[i].key in cue.TIME_WORDS for i in run)
    ):
        return "away"  # "Will is out from Monday": the subject; the day after it stays a day
    opened = cue.ASIDE_OPEN.search(prefix[-12:])
    # A bare "(Django)" after a noun names a thing; "(with Summer)" or "(Gökhan on the call)" a person.
    if opened and (cue.ASIDE_CLOSE.match(suffix) or (opened.group(0) != "(" and suffix[:1] == ")")):
        return "an aside"  # "Call went well (Gökhan on the call)", "Debrief (with Summer) moved to Friday"
    if cue.CLAUSE_END.match(rest) and at_end(cue.BY_PERSON, prefix, ENDINGS[0]):
        return "agent of a person's verb"
    if (rest.startswith(" for ") or cue.CLAUSE_END.match(rest)) and at_end(cue.THANKS_TO, prefix, ENDINGS[1]):
        return "thanked"
    if (suffix[:2] in ("'s", "’s") or suffix[:1] == ",") and at_end(cue.SOURCE, prefix, ENDINGS[2]):
        return "per"
    if cue.INTRO_END.match(rest) and at_end(cue.INTRO, prefix, ENDINGS[3]):
        return "introduced"
    if cue.HEADER.match(prefix) and cue.HEADER_END.match(suffix):
        return "mail header"
    if suffix[:1] in ('"', "'") and at_end(cue.PERSON_FIELD, prefix):
        return "a person's field"
    if not prefix.strip() and not suffix.strip() and cue.CLOSING.match(above):
        return "sign-off"
    if cue.CLAUSE_END.match(suffix) and at_end(cue.ADDRESSED, prefix, ENDINGS[4]):
        return "addressed"
    return None


def person_slots(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark the name-like runs that stand in a person's slot (see the module's docstring)."""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.cap and token.key in cue.REF_WORDS and cue.REF.search(text, max(0, token.start - 1), token.end + 1):
            # "Ref [Tyrone Jackson] pending": the label is no word of the name, whatever its origin (the spreading
            # rules joined it to some names and not others: "[Wei Zhang]" took it).
            token.person = False
            token.why = ""
            token.protected = True
        if (
            not token.cap
            or token.person
            or token.key in CONTEXT_WORDS  # "Email", "Thanks": decided alone, never a name's first word
            or token.key in cue.REF_WORDS
            or (
                index
                and tokens[index - 1].cap
                and tokens[index - 1].key not in CONTEXT_WORDS  # "Email [Summer]": no word of the name
                and tokens[index - 1].key not in cue.REF_WORDS
                and _joined(text, tokens, index)
            )
        ):
            index += 1
            continue
        run = _run(text, tokens, index)
        why = _slot(text, tokens, run)
        employer = why in cue.PEOPLE_ONLY
        if why and all(fills(text, tokens[i], lex, why, employer) for i in run):
            for i in run:
                tokens[i].protected = False  # (only a handover's or a copied-in person can be protected here)
                mark(tokens[i], f"person's slot: {why}")
        index = run[-1] + 1
    initials_before_names(text, tokens, lex)
    initial_and_family(text, tokens, lex)
    record_names(text, tokens, lex)
    person_columns(text, tokens, lex)
    shouted_names(text, tokens, lex)
    listed_with_people(text, tokens, lex)
    function_word_names(text, tokens)


def _joined(text: str, tokens: list[Token], index: int) -> bool:
    return text[tokens[index - 1].end : tokens[index].start] == " "
