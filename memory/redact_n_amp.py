"""Two given names joined by "&" or "+" ("Thandeka & Sipho interviewed the candidate", "Thanks to Mei + Hiroshi"):
two people, not one firm.

The tokenizer protects every "<Capitalised> & <Capitalised>" as an organisation's name (:data:`memory.redact_tokens
._ORGS`: "Procter & Gamble", "Marks & Spencer"), and that kept OUTSIDE15's largest single loss whole: a pair of
given names as a clause's subject or object, recall about 0.09 in every origin group (session 16's blind tester,
class 1). A pair is read as two people by property, never by a list of pairs:

- both words could be names (a name list holds them, or no list or dictionary does: "Thandeka", "Nomvula"), none a
  tool, a place, a language or a listed employer; a given name that is an English word ("Hope & Joy") only where a
  person's predicate or cue says so;
- and a person's predicate follows the pair (plural person verbs: "interviewed", "said", "will", "are", "both", "to
  <verb>") or a person's cue stands before it ("thanks to", "cc", "ask", "met with"; "with" only after a meeting's
  word: "Strong with Dagster and Python" names tools); a pair with no listed given name needs a person's own verb,
  or a generic one with what people do after it ("are out", "will both", "to send"): tools are "flaky" too;
- or, with neither, one word is a given name no family list holds and the other a name ("Priya & Tomas"), or both are
  words no given list or dictionary holds, one at least in no list at all, joined by "&" ("Thandeka & Nomvula",
  "Sipho & Thandeka"); never a word no list holds beside a listed name ("Backend + Emily": a team's jargon).
"and" joins people here only with a predicate or a cue ("Hope and Grace will both join").

A firm stays a firm when a list holds the pair (the company gazetteer, the keep phrases, :data:`AMPERSAND_FIRMS`)
or a firm's cue stands beside it: "at", "joined", "left", "worked for" before; a legal or industry suffix or a
possessive after ("Ben & Jerry's"); a year on the line (a resume's employer line). Pairs of family names that are
also given names ("Latham & Watkins", "Pratt & Whitney") keep the firm reading without a person's predicate.
"""

from __future__ import annotations

import re

from memory.redact_fp_tables import gazetteer
from memory.redact_lexicon import KEEP_PHRASES, ORGS, PERSON_CUES_AFTER, PERSON_VERBS_AFTER, PLACES, Lexicon
from memory.redact_thing_lists import word_set
from memory.redact_tokens import Kind, Token, mark, sentence_start

# Firms named "<name> & <name>" that no stock index lists (the gazetteer holds "johnson & johnson", "procter &
# gamble", "marks & spencer"): publishers, law and consulting firms, brands. Each pair is written as keys.
AMPERSAND_FIRMS = frozenset(
    tuple(pair.split())
    for pair in """
    black decker|simon schuster|dolce gabbana|abercrombie fitch|allen overy|latham watkins
    sullivan cromwell|baker mckenzie|smith wesson|smith nephew|bang olufsen|crate barrel|barnes noble
    arnold porter|holland knight|harper row|jones bartlett|tate lyle|pratt whitney|lea perrins|dean deluca
    moet chandon|ernst young|marks spencer|procter gamble|johnson johnson|arm hammer|bain company
    booz allen|hall oates|rodan fields|fortnum mason
    """.replace("\n", "|").split("|")
    if pair.strip()
)

# Teams and functions joined to a person or to each other ("Brett + Ops sync", "People & Culture").
_TEAMS = word_set("""
    ops legal finance hr sales marketing product design engineering security procurement facilities support payroll
    recruiting talent data research qa infra platform people culture trust safety compliance team admin it devops
""")

_JOINERS = frozenset({" & ", " + ", "&"})
_JOIN = re.compile(r" (?:&|\+|and) |&")
# "and" joins people only where a person's predicate or cue says so ("Hope and Grace will both join"; listed given
# names such as "Priya and Tomas" are found by the run rules already).
_AND = " and "

# What a pair of people does next: plural person verbs and the auxiliaries of a hand-off ("will", "to <verb>").
_PERSON_NEXT = (
    PERSON_VERBS_AFTER
    | PERSON_CUES_AFTER
    | word_set("""
    interviewed met ran sat paired reviewed scored gave flagged liked loved found felt lean leaning leaned signed
    pushed covered cover took take both will would can could should are were have had do did want prefer need
    think agree say to also each own led lead joined join send sent share shared handle handled chase chased draft
    drafted book booked confirm confirmed schedule scheduled sync synced interview meet sit give follow ping pinged
    wrote write owned owns own debriefed debrief decided decide voted vote
    """)
)

# A person's cue before the pair: greeting, thanks, copy, asking, meeting ("thanks to", "met with", "cc").
_PERSON_BEFORE = word_set("thanks thank thx cc ask asked ping pinged tell told met hi hello hey dear per")
# "with" is a person's cue only after a meeting's word ("met with", "sync with", "1:1 with"); "Strong with Dagster
# and Python", "Queued the emails with Celery and Kombu" name tools.
_MEETING_WITH = word_set("""
    met meet meeting meetings spoke speak talked talk chat chatted call called sync synced 1 catch paired pairing
    interview interviews lunch coffee session debrief debriefed loop
""")
_PERSON_BEFORE_TO = word_set("thanks thank thx talked talk spoke speak spoken reached")  # "<cue> to <pair>"

# A firm's cue before the pair ("at Simon & Schuster", "joined Latham & Watkins", "the Johnson & Johnson account").
_FIRM_BEFORE = word_set("""
    at joined join joining joins left leaving leave via client clients vendor vendors partner firm company employer
    the a an our their its
""")
_WORK_VERBS = word_set("worked work works working")

# A legal or industry suffix after the pair ("Priya & Tomas Consulting" is protected whole by the tokenizer anyway),
# or a firm's noun ("the Black & Decker account").
_FIRM_AFTER = word_set("""
    inc llc llp ltd co corp company group partners associates consulting law legal account accounts brand brands
    store stores products product stock shares campaign office offices deal contract audit
""")

# A firm's or a thing's noun on the line of a pair with no person's predicate or cue.
_FIRM_LINE = re.compile(
    r"\b(?:employer|employers|firm|company|client|agency|brand|codename|code name|vendor|retailer|publisher|store"
    r"|stores|law|account|project|product)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_POSSESSIVE = re.compile(r"['’]s\b")


def _line(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


def _listed(a: Token, b: Token) -> bool:
    pair = (a.key, b.key)
    if pair in AMPERSAND_FIRMS or list(pair) in KEEP_PHRASES:
        return True
    return any(phrase[:2] == pair for phrase in gazetteer().all_companies.get(a.key, ()))


def _name_like(token: Token, lex: Lexicon, word_names: bool) -> bool:
    """A word that could be a name here: no tool, place or listed employer; a dictionary word only when it is a
    listed given name and ``word_names`` (a person's predicate or cue says so)."""
    key = token.key
    if not token.cap or token.upper or len(key) < 2 or key in lex.tech or key in PLACES or key in ORGS:
        return False
    if key in _TEAMS:
        return False  # "Brett + Ops sync", "Sales & Marketing": a team
    found = gazetteer()
    if key not in lex.given and any(
        (key,) in table.get(key, ()) for table in (found.all_holidays, found.all_languages, found.places)
    ):
        return False  # "Diwali & Eid", "Hindi & Tamil", "Dallas & Tulsa" (a given name decides nothing: "David")
    if key in lex.common:
        return word_names and key in lex.given
    return key in lex.given or key in lex.family or token.kind is Kind.UNKNOWN


def _strong(token: Token, lex: Lexicon) -> bool:
    """A given name no family list holds, or a word no list holds at all: a person's name more than a firm's."""
    key = token.key
    return (key in lex.given and key not in lex.family) or (key not in lex.given and key not in lex.family)


# Predicates that tools and teams take as well ("Dagster & Airbyte are flaky", "Sales & Ops will own it"): a pair with
# no listed given name in it needs a person's own verb ("said", "interviewed", "both").
_GENERIC_NEXT = word_set("""
    are were will would can could should have had do did to also own owns owned need run ran lead led take took
    send sent share shared handle handled cover covered
""")


# What follows a generic predicate when people are meant: "are out", "will both", "to send", "can join".
_PERSON_FOLLOW = word_set("""
    out off away back both ooo joining interviewing leading covering join interview send meet sit lead cover chase
    review share draft book ping follow confirm schedule sync debrief decide vote pair shadow sign loop reach
""")


def _alone_people(a: Token, b: Token, gap: str, lex: Lexicon) -> bool:
    """With no predicate or cue: a given name no family list holds beside another name ("Priya & Tomas"), or two
    words no list or dictionary holds joined by "&" ("Thandeka & Nomvula"); never a word no list holds beside a
    listed name ("Backend + Emily": a team's jargon), nor pairs of family names ("Latham & Watkins")."""
    only_given = [t.key in lex.given and t.key not in lex.family for t in (a, b)]
    if any(only_given):
        return all(t.key in lex.given or t.key in lex.family for t in (a, b))
    # Two words no given list holds, none a dictionary word, one at least in no list: "Sipho & Thandeka" (a family
    # list holds "Sipho").
    if any(t.key in lex.given or t.key in lex.english for t in (a, b)):
        return False
    return any(t.key not in lex.family for t in (a, b)) and gap.strip() == "&"


def _person_next(text: str, tokens: list[Token], at: int, generic: bool = True) -> bool:
    """A person's predicate right after the pair ending at ``tokens[at]`` (one space between); with ``generic``
    False, not one that things take too."""
    if at + 1 >= len(tokens):
        return False
    nxt = tokens[at + 1]
    if text[tokens[at].end : nxt.start] != " " or nxt.cap or nxt.key not in _PERSON_NEXT:
        return False
    if generic or nxt.key not in _GENERIC_NEXT:
        return True
    # "are out", "will both", "to send": a generic word, then what people do or are
    then = tokens[at + 2] if at + 2 < len(tokens) else None
    return then is not None and text[nxt.end : then.start] == " " and then.key in _PERSON_FOLLOW


def _before(text: str, tokens: list[Token], at: int) -> list[str]:
    """The (up to two) lower-cased words before ``tokens[at]`` on its line, nearest first."""
    out: list[str] = []
    line_start = text.rfind("\n", 0, tokens[at].start) + 1
    for i in (at - 1, at - 2):
        if i < 0 or tokens[i].start < line_start:
            break
        out.append(tokens[i].key)
    return out


def ampersand_pairs(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark both words of a "<given> & <given>" pair of people (see the module's docstring); unprotect them."""
    # Only where a joiner stands right after a word (cost: no work per word of a text without one).
    ends = {t.end: i for i, t in enumerate(tokens)} if _JOIN.search(text) else {}
    for found in _JOIN.finditer(text) if ends else ():
        i = ends.get(found.start())
        if i is None or i + 1 >= len(tokens):
            continue
        a, j = tokens[i], i + 1
        if tokens[j].key == "and" and not tokens[j].cap and j + 1 < len(tokens):
            j += 1  # "Hope and Grace": the joiner is a word of its own
        b = tokens[j]
        gap = text[a.end : b.start]
        if (gap not in _JOINERS and gap != _AND) or a.person or b.person or a.own or b.own or not (a.cap and b.cap):
            continue
        # Single words only: a longer capitalised run beside the pair is a firm's or a full name's, decided elsewhere;
        # a common word opening the sentence before it is no part of it ("Can Mei & Hiroshi send", "Thanks Ana & Bo").
        previous = tokens[i - 1] if i > 0 else None
        if (
            previous is not None
            and previous.cap
            and text[previous.end : a.start] in (" ", "-")
            and (previous.key not in lex.common or not sentence_start(text, previous))
        ):
            continue
        if j + 1 < len(tokens) and tokens[j + 1].cap and text[b.end : tokens[j + 1].start] in (" ", "-"):
            continue
        if _listed(a, b) or a.key == b.key:
            continue  # a listed firm, or a name repeated ("Saatchi & Saatchi", "Morgan & Morgan"): a firm's
        if text[: a.start].rstrip(" ").endswith(("[PERSON]", "[CANDIDATE]")):
            continue  # "[PERSON] Smith & Wachtell" on a second reading: a firm's name whose first word the first took
        before = _before(text, tokens, i)
        after = tokens[j + 1].key if j + 1 < len(tokens) and not tokens[j + 1].cap else ""
        if before and (before[0] in _FIRM_BEFORE or (before[0] == "for" and before[1:2] and before[1] in _WORK_VERBS)):
            continue
        if after in _FIRM_AFTER or _POSSESSIVE.match(text, b.end):
            continue
        predicate = _person_next(text, tokens, j)
        cue = bool(before) and (
            before[0] in _PERSON_BEFORE
            or (before[0] == "to" and len(before) > 1 and before[1] in _PERSON_BEFORE_TO)
            or (before[0] == "with" and len(before) > 1 and before[1] in _MEETING_WITH)
        )
        listed = a.key in lex.given or b.key in lex.given
        if not listed:
            predicate = _person_next(text, tokens, j, generic=False)  # "Dagster & Airbyte are flaky": tools
        said = predicate or cue
        if gap == _AND and not said:
            continue
        # A dictionary word is a name only where a person's predicate or cue says so, and then beside a word no list
        # holds or no dictionary ("Ploy & Tuan said"; never "Sales & Marketing are out", "Research and Okonkwo").
        a_name, b_name = _name_like(a, lex, said), _name_like(b, lex, said)
        if said and a_name != b_name and gap != _AND:
            word, other = (b, a) if a_name else (a, b)
            a_name = b_name = (
                word.key in lex.common
                and word.key not in lex.ordinary
                and word.key not in lex.tech
                and other.key not in lex.common
                and _strong(other, lex)
            )
        if not (a_name and b_name):
            continue
        line = _line(text, a.start)
        if not said and (not _alone_people(a, b, gap, lex) or _FIRM_LINE.search(line)):
            continue  # "Skadden & Arps was her first employer", "Hansel & Gretel is the codename" (review SHOULD)
        if _YEAR.search(line):
            continue
        for t in (a, b):
            t.protected = False
            mark(t, "a pair of people joined by &")
        if previous is not None and previous.cap and text[previous.end : a.start] == " ":
            previous.protected = True  # "Can Mei & Hiroshi send": the sentence's verb is no word of the first name
