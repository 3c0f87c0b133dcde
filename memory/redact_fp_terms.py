"""Liturgical seasons and academic terms (Lent, Advent, Michaelmas, Hilary, Trinity): kept where a season stands.

OUTSIDE15 (session 17's FP brief): "liturgical seasons and academic term names after 'from'/'early'" were removed as
people ("Back from Lent retreat", "Early Hilary term works"). No gazetteer holds them: the holidays of
``redact_data`` are public holidays, and a season is none. The list below is closed and small: the seasons of the
Western liturgical year (Book of Common Prayer and the Roman calendar: Advent, Christmastide, Epiphany, Septuagesima,
Lent, Passiontide, Eastertide, Ascensiontide, Pentecost, Whitsuntide, Trinity), the quarter days and term names they
gave the universities and courts (Michaelmas, Hilary, Lent, Easter, Trinity at Oxford, Cambridge, Dublin and the
Inns of Court; Candlemas, Whitsunday, Lammas, Martinmas in Scotland; Epiphany at Durham), and Shrovetide,
Rogationtide, Allhallowtide, Hallowmas.

Several are given names too (Hilary, Trinity, Epiphany, Easter), so a season is kept

- before a term's noun, any season: "Hilary term", "Trinity semester", "Lent retreat", "Advent season". A person
  is followed by a verb or a possessive, not by "term" or "retreat";
- alone after a time preposition or "early"/"late"/"mid", a season that no given-name list holds ("from
  Advent", "over Michaelmas", "Early Pentecost"); a given name only after "during", "through(out)", "until"
  where the clause ends ("closed during Trinity and Easter"); never in a person's frame (a possessive or a person's verb
  after it: "over Lent's objections", "until Pentecost replies" are family names).

Never inside a capitalised run ("Trinity College" is a school, left to the school rules; "Hilary Mensah" a person).
"""

from __future__ import annotations

import re

from memory.redact_fp_tables import alone
from memory.redact_lexicon import PERSON_VERBS_AFTER, lexicon
from memory.redact_named import possessive_at
from memory.redact_tokens import Token

SEASONS = frozenset(
    """advent christmastide epiphany epiphanytide septuagesima quinquagesima shrovetide lent passiontide eastertide
    ascensiontide pentecost whitsun whitsuntide whitsunday trinity michaelmas hilary candlemas lammas martinmas
    rogationtide allhallowtide hallowmas easter""".split()
)
# Nouns a season names in a calendar or a timetable.
_TERM_NOUNS = frozenset(
    """term terms semester semesters session sessions retreat retreats break season recess vacation vac holidays
    sitting sittings exams quarter week weeks fast services""".split()
)
# Prepositions of a stretch of time: a person is not "during" or "throughout" anything ("over" is left out: "picked
# Ama over Trinity.").
_STRETCH = frozenset("during throughout through until till".split())
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[.;:!?)\n]|,[ \t]|(?:and|but|then)\b)")
# Time prepositions a person follows too, and what may follow a season after them: the clause's end or the end of
# the stretch ("from Advent until Epiphany", "from Lent onwards").
_PERSON_TOO = frozenset("from after before since by in".split())
_FROM_END = re.compile(r"[ \t]*(?:$|[.;:!?)\n]|,[ \t]|(?:until|till|to|through|onwards?|and)\b)")
# Words that place a season in time: a time preposition, or "early"/"late"/"mid" before it.
_TIME_BEFORE = frozenset(
    "from over during until till through throughout after before since by in across early late mid".split()
)


def season_term(text: str, tokens: list[Token], index: int) -> int:
    """The end of a season kept at ``index`` (0 if none; see the module's docstring)."""
    token = tokens[index]
    if token.key not in SEASONS:
        return 0
    before = tokens[index - 1] if index else None
    # "Early Lent term" opening a sentence: a capitalised time word before it joins no name
    timed = before is not None and before.key in _TIME_BEFORE and text[before.end : token.start] in (" ", "-")
    if not alone(text, tokens, index, index + 1) and not (timed and alone(text, tokens, index - 1, index + 1)):
        return 0
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.key in _TERM_NOUNS and not after.cap and text[token.end : after.start] == " ":
        return index + 1  # "Hilary term", "Lent retreat"
    if possessive_at(text, token) >= 0:
        return 0
    if token.key in lexicon().given:
        # "closed during Epiphany.", "until Trinity, then": a season that is a given name only after a
        # preposition of a stretch of time (never "from", "after", "by": "heard from Trinity", "after Hilary
        # presented") where the clause ends or joins another at once
        stretch = before is not None and before.key in _STRETCH and not before.cap
        return index + 1 if stretch and _CLAUSE_END.match(text, token.end) else 0
    if after is not None and after.key in PERSON_VERBS_AFTER:
        return 0  # "until Pentecost replies": a family name (person_frame's cues before, "from" among them, are
        # the time words read here)
    if timed and before is not None and before.key in _PERSON_TOO:
        # "Back from Advent.", "from Lent until Easter"; not "Heard from Lent yesterday" (a family name: one hears
        # from, and writes after or before, a person as well)
        return index + 1 if _FROM_END.match(text, token.end) else 0
    if timed:
        return index + 1  # "Off over Advent", "Early Pentecost", "mid-Lent"
    return 0
