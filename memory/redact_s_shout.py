"""A person's name as the subject of a free-text line written in capitals: "UPDATE: TENDAI MOYO ACCEPTED THE OFFER".

A line all in capitals is re-cased before anything reads it (:func:`memory.redact_layout.recase`): its ordinary
words in lower case, the rest capitalised. A name whose words are also dictionary words ("HOPE BAKER", "GRACE
FIELD", "MOYO") comes out in lower case and reads as prose, and a name no list holds ("TENDAI") before one that
is a word reads as one capitalised word at a clause's start; the model, shown such a line, found neither. So the
name stayed whole in some worlds and went in others, and a rule that took the rest of a found name took the verb
after it instead ("[PERSON] A CALLBACK" for "BRAD WALSH NEEDS A CALLBACK": OUTSIDE15 class 10).

Here the shape decides: one to three words opening a part of the line (after its start, a label's colon or a
spaced dash), followed by a verb only a person does ("ACCEPTED", "DECLINED", "PREFERS", "SAID", or "WAS", "IS",
"HAS", "WILL" when a word of the run is no common word), are a name when they are shaped like one: a given name
(or a word no list knows) first, a family name (or a word no list knows, or a family name as short as a
function word: "TUAN DO") last. "SYSTEMS DESIGN WAS STRONG", "GRANT WRITING WAS" and "THE OFFER WAS ACCEPTED"
are not. The words are marked with a field's reason, so that ``settle`` keeps a function word of the name.
"""

from __future__ import annotations

import re

from memory.redact_identity import PERSON_NEXT
from memory.redact_lexicon import ORGS, PERSON_VERBS_AFTER, PLACES, TITLES, Lexicon
from memory.redact_tokens import MONTHS, Kind, Token, mark

# Verbs only a person does after their name ("TENDAI MOYO DECLINED", "BRAD PREFERS REMOTE").
_STRONG = PERSON_VERBS_AFTER | frozenset(
    """prefers wants needs accepted declined withdrew joined applied emailed called sent signed asked requested
    started starts resigned relocated ghosted interviewed""".split()
)
# Verbs any subject takes: they make a person only of a run with a word no common-word list holds ("TUAN DO WAS").
_WEAK = frozenset("was is has had will would can could should".split())
# Verbs before a person in a capitals line: "PLEASE SCHEDULE TENDAI MOYO FOR", "INVITE HOPE BAKER TO" (never a
# name's word: ``memory.redact_layout.caps_rest`` does not take them into a found name either).
ACTION_VERBS = frozenset(
    """schedule reschedule invite call email ping ask tell thank move advance reject hire offer contact remind book
    meet interview onboard loop add cc""".split()
)
# After the object of such a verb: a preposition or a time ("... FOR THE ONSITE", "... TOMORROW").
_AFTER_OBJECT = frozenset("for to on about re before after by this next tomorrow today asap into at".split())
_OBJECT_END = re.compile(r"[ \t]*(?:$|\n|[,:;.!(|]|[-–—][ \t])")
# Where a part of a capitals line opens: its start, a label's colon, a spaced dash or bar.
_PART_START = re.compile(r"(?:^|\n|:|[ \t][-–—|]|\|)[ \t]*$")
_MOST_WORDS = 3
# A family name as short as a function word ("DO", "TO", "LE", "HA"): last in the run, after a given name.
_SHORT_FAMILY = 2
# Words that open a line's clause and are never a name's: "PLEASE", "NOTE", "UPDATE" (labels end in a colon).
_NEVER = frozenset(
    """the a an this that our my your their his her its we i you he she they it please note update urgent fyi
    reminder action next new final team panel candidate candidates interviewer hiring manager offer""".split()
)


def _word_kind(token: Token, lex: Lexicon) -> str:
    """ "given", "family", "both", "unknown" (a word no list or dictionary knows) or "" for a word no name has."""
    key = token.key
    if key in _NEVER or key in TITLES or key in PLACES or key in ORGS or key in MONTHS or token.protected:
        return ""
    if key in lex.tech and key not in lex.given and key not in lex.family:
        return ""
    given, family = key in lex.given, key in lex.family
    if given and family:
        return "both"
    if given:
        return "given"
    if family:
        return "family"
    # A word no name list holds and no common-word list either ("TENDAI", "MOYO": a dictionary may hold it).
    return "unknown" if token.kind is Kind.UNKNOWN and key not in lex.common else ""


def _shaped(run: list[Token], lex: Lexicon) -> bool:
    """A given name (or unknown word) first, a family name (or unknown word, or a short family name) last."""
    kinds = [_word_kind(t, lex) for t in run]
    if len(run) == 1:
        # One word: a given name, or a word no dictionary knows either ("TENDAI"; not "DEBRIEF").
        return kinds[0] in ("given", "both") or (kinds[0] == "unknown" and run[0].key not in lex.english)
    if not all(kinds[:-1]) or kinds[0] not in ("given", "both", "unknown"):
        return False
    return kinds[-1] in ("family", "both", "unknown")


def shouted_subjects(shown: str, tokens: list[Token], lines: list[tuple[int, int]], lex: Lexicon) -> None:
    """Mark the name opening a part of a line in capitals before a person's verb (the module's docstring).
    ``lines``: (start, end) of the lines written in capitals, in ``shown`` (the text as written)."""
    for begin, end in lines:
        words = [t for t in tokens if begin <= t.start < end]
        _objects(shown, words, lex)
        for index, token in enumerate(words):
            if not _PART_START.search(shown, begin, token.start):
                continue
            for size in range(1, _MOST_WORDS + 1):
                if index + size >= len(words):
                    break
                run, verb = words[index : index + size], words[index + size]
                if any(shown[a.end : b.start] != " " for a, b in zip(run, [*run[1:], verb], strict=True)):
                    break
                if verb.key not in _STRONG and verb.key not in _WEAK:
                    continue
                if not all(shown[t.start : t.end].isupper() for t in run) or not _shaped(run, lex):
                    break
                strange = any(t.key not in lex.common for t in run)
                # "HOPE BAKER WAS": a listed given and a listed family name need no strange word; one word does.
                paired = len(run) > 1 and run[0].key in lex.given and run[-1].key in lex.family
                if verb.key in _WEAK and not (strange or paired):
                    break
                for t in run:
                    mark(t, "a name in capitals")
                break


def _objects(shown: str, words: list[Token], lex: Lexicon) -> None:
    """ "PLEASE SCHEDULE HOPE BAKER FOR THE ONSITE": one to three name-shaped words right after an action verb, then
    a preposition, a time or the part's end, are the person the action is for (given and family listed, or a word
    no common-word list holds: "SCHEDULE THE ONSITE FOR" is no one)."""
    for index, verb in enumerate(words):
        if verb.key not in ACTION_VERBS or not shown[verb.start : verb.end].isupper():
            continue
        for size in range(_MOST_WORDS, 0, -1):
            run = words[index + 1 : index + 1 + size]
            if len(run) < size or any(
                shown[a.end : b.start] != " " for a, b in zip([verb, *run[:-1]], run, strict=True)
            ):
                continue
            after = words[index + 1 + size] if index + 1 + size < len(words) else None
            closes = _OBJECT_END.match(shown, run[-1].end) is not None and (
                after is None or shown[run[-1].end : after.start] != " "
            )
            if not (
                closes or (after is not None and after.key in _AFTER_OBJECT and shown[run[-1].end : after.start] == " ")
            ):
                continue
            if not all(shown[t.start : t.end].isupper() for t in run) or not _shaped(run, lex):
                continue
            strange = any(t.key not in lex.common for t in run)
            paired = len(run) > 1 and run[0].key in lex.given and run[-1].key in lex.family
            if strange or paired:
                for t in run:
                    mark(t, "a name in capitals")
                break


# Verbs after a person's name in a capitals line (this module's, and the auxiliaries): no such word is taken into a
# found name (``memory.redact_layout.caps_rest``).
_VERBS_AFTER = PERSON_VERBS_AFTER | PERSON_NEXT


def verb_after(shown: str, words: list[Token], token: Token, lex: Lexicon) -> bool:
    """ "NEEDS" in "BRAD WALSH NEEDS A CALLBACK": a person's verb, or a word ending as a verb's present or past
    ("NEEDS", "MISSED") whose stem is a word, that the line goes on after (a family name closes its part:
    "DALLAS BANKS - FINAL ROUND")."""
    key = token.key
    at = words.index(token)
    if at + 1 >= len(words) or shown[token.end : words[at + 1].start] != " ":
        return False
    if key in _VERBS_AFTER:
        return True
    for ending in ("s", "es", "ed", "d"):
        stem = key[: -len(ending)]
        if key.endswith(ending) and len(stem) > 2 and stem in lex.english and stem not in lex.family:
            return True
    return False


# A name's part of a capitals line ends at the line's end, a spaced dash or bar, a comma, colon or parenthesis, and
# opens at the line's start or after one of them.
_NAME_PART_END = re.compile(r"[ \t]*(?:$|\n|[,:;(|]|[-–—][ \t])")
_NAME_PART_START = re.compile(r"(?:^|\n|[,:;)|]|[ \t][-–—])[ \t]*$")


def short_family(shown: str, other: Token, found: Token, lex: Lexicon) -> bool:
    """ "INTERVIEW NOTES - TUAN DO", "CANDIDATE: THANH TO", "DO TUAN" heading a resume: in a line in capitals a
    listed family name as short as a function word, beside a found given name, the two filling the name's part
    of the line, is the family name (OUTSIDE15 class 8: "[PERSON] DO" left in all-caps header lines, or taken
    only by a second pass). Not before more words: "TUAN TO REVIEW" keeps "TO"."""
    if found.why == "model" and found.key in lex.common:
        return False
    if not (shown[other.start : other.end].isupper() and shown[found.start : found.end].isupper()):
        return False
    if len(other.key) > _SHORT_FAMILY or len(found.key) <= _SHORT_FAMILY or other.key not in lex.family:
        return False
    if other.key in _PRONOUNS or other.protected:
        return False
    first, last = (other, found) if other.start < found.start else (found, other)
    return (
        _NAME_PART_START.search(shown, 0, first.start) is not None and _NAME_PART_END.match(shown, last.end) is not None
    )


_PRONOUNS = frozenset("he she him her his we us me it i".split())


def listed_pair(words: list[Token], lex: Lexicon) -> bool:
    """A listed given name first and a listed family name last, no place, employer or product among them."""
    if any(t.key in PLACES or t.key in ORGS or t.protected for t in words):
        return False
    if any(t.key in lex.tech and t.key not in lex.given and t.key not in lex.family for t in words):
        return False
    return words[0].key in lex.given and words[-1].key in lex.family
