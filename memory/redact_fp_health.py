"""Hospitals and health systems named after people: "Sutter Health", "Henry Ford Health System", "Memorial
Hermann", "Brigham and Women's Hospital".

Their words are name words (Sutter, Henry Ford, Hermann, Brigham), so no word list can keep them; what keeps them is
a head no person's name takes. A capitalised run is kept whole before

- "Health" (alone or before System, Network, Care, Partners, Alliance), with no other capitalised
  word after it: "Sutter Health", "Ochsner Health System"; not "Priya Raman Health Coach" (a person and a job);
- "Children's" or "Women's" and a hospital's word ("Lurie Children's Hospital", "Nemours Children's Health",
  "Brigham and Women's Hospital": the run may hold "and", "&" or "of");

and a run opening with "Memorial" is a hospital's ("Memorial Hermann", "Memorial Sloan Kettering"): no given name
list holds the word.

Session 16 (OUTSIDE14's class 12, by property: what ends or opens the run is an institution's word, whatever the
names inside it): a run is also kept whole when it ends in

- "Children's" or "Women's" with no capitalised word after it ("left Lurie Children's after residency", "Brigham
  and Women's"): no person's name ends in a group's possessive;
- a plural hospital's head, "Hospitals", "Clinics" ("Apollo Hospitals"), or "Care" after a name as "Health" is
  ("Christiana Care"; not "Care Coordinator": a capitalised word after it ends no run here);
- "Medicine" after a name with no role's noun after it ("left Penn Medicine in 2021"; not "Internal Medicine
  resident", review M2's shape: a role's noun after it makes it a department),

or when it opens with a hospital's word in another language, then capitalised words and particles ("Hospital
Italiano de Buenos Aires", "Hôpital Necker", "Clínica Alemana", "Ospedale San Raffaele"): no person is written after
"Hospital" with no "at", "of" or comma between.

A title or a person's cue before the run ("Dr. Sutter Health", "Reference: Hery Rasoanaivo Health") leaves it to the
name rules. The hospital heads of ``memory.redact_tokens._ORG_SUFFIX`` (Hospital, Clinic, Medical, Center,
Healthcare) are decided there already.
"""

from __future__ import annotations

from memory.redact_lexicon import PERSON_CUES_BEFORE, PERSON_VERBS_AFTER, TITLES, lexicon
from memory.redact_named import possessive_at
from memory.redact_tokens import Token, sentence_start

# The head of a health system's name, and what may follow it in the name.
_HEADS = frozenset(["health"])  # not "medicine": "Kanokwan Srisuk, Internal Medicine resident" (review M2)
_HEAD_TAILS = frozenset("system systems network care partners alliance".split())
# The possessive groups a hospital is named for, and the heads that may follow them.
_GROUPS = frozenset("children women".split())  # keys end before the possessive
_HOSPITAL_WORDS = _HEADS | frozenset("hospital hospitals clinic medical center centre".split())
# Heads that end a hospital's name as "Health" does (session 16): plurals, "care".
_PLURAL_HEADS = frozenset("hospitals clinics care healthcare".split())
# "Penn Medicine", not "Internal Medicine resident": the nouns after a department's name that make it one.
_ROLE_AFTER = frozenset(
    """resident residents residency attending fellow fellows fellowship physician physicians doctor doctors nurse
    nurses intern interns internship registrar consultant consultants specialist specialists rotation clerkship
    department dept ward unit team faculty professor lecturer chief head lead director program programme""".split()
)
# What may follow a group's possessive that closes a hospital's name: punctuation, a preposition, a verb.
_CLOSERS = frozenset(".,;:!?)-–—/|")
_AFTER_NAME = frozenset(
    """in after since from for until till as and or to at where with last this next before during through on is was
    has had will would came comes offered offers made makes gave gives pays paid hired hires called sent""".split()
)
# A hospital's word opening its name in another language, before the names ("Hospital Italiano", "Hôpital Necker").
_HEAD_FIRST = frozenset(
    """hospital hopital hospitalario hospitalar clinica clinique klinik klinikum kliniken ospedale policlinico
    poliklinik sanatorio sanatorium ziekenhuis sjukhus sygehus szpital nemocnice spital""".split()
)
# The particles of such a name: "Hospital Italiano de Buenos Aires", "Hospital das Clínicas", "Klinikum rechts der
# Isar".
_PARTICLES = frozenset("de del della dei di da das do dos du des la le los las el der den am an".split())
# Joiners inside a run: "Brigham and Women's", "Baylor Scott & White", "Hospital of the University".
_JOINERS = frozenset("and & of the".split())
_RUN_GAPS = (" ", "-", " & ")
_GROUP_GAPS = ("'s ", "’s ")
_MOST_WORDS = 6
# A person's cue before the run (a referee's label, a greeting, "met"), but not a preposition an organisation takes
# too ("at", "with", "from", "by": "residency with Sutter Health").
_PERSON_BEFORE = PERSON_CUES_BEFORE - frozenset("with by from".split())


def _run_end(text: str, tokens: list[Token], index: int) -> int:
    """The end of the capitalised run from ``index``: words joined by a space or hyphen, "and"/"&"/"of" between
    capitalised words."""
    end = index + 1
    while end < len(tokens) and end - index < _MOST_WORDS:
        token, gap = tokens[end], text[tokens[end - 1].end : tokens[end].start]
        if token.cap and (gap in _RUN_GAPS or (gap in _GROUP_GAPS and tokens[end - 1].key in _GROUPS)):
            end += 1  # "Lurie Children's Hospital": the possessive inside the run
            continue
        joined = token.key in _JOINERS and gap == " " and end + 1 < len(tokens)
        if joined and tokens[end + 1].cap and text[token.end : tokens[end + 1].start] == " ":
            end += 2
            continue
        break
    return end


def health_system(text: str, tokens: list[Token], index: int) -> int:
    """The end of a hospital's or health system's name opening at ``index`` (0 if none; see the docstring)."""
    first = tokens[index]
    before = tokens[index - 1] if index else None
    gap = text[before.end : first.start] if before is not None else ""
    # A capitalised verb opening the sentence is no part of the run ("Left Memorial Sloan Kettering after ..."; session
    # 16): a common dictionary word no given-name list holds.
    opener = before is not None and sentence_start(text, before) and _opening_word(before)
    if before is not None and before.cap and gap in _RUN_GAPS and not opener:
        return 0  # not the run's first word
    if before is not None and (before.key in TITLES or (before.key in _PERSON_BEFORE and "," not in gap)):
        # "Dr. Sutter Health", "Referee: Ainhoa Health", "Thanks Memorial Hermann"; not "Volunteer mentor, Brigham
        # and Women's Hospital" (a comma between: the cue's list item ended; session 16)
        return 0
    if first.key in _SAINT_LIKE and text[first.end : first.end + 1] in (".", " "):
        end = _run_end(text, tokens, index + 1) if index + 1 < len(tokens) and tokens[index + 1].cap else 0
        if end and text[first.end : tokens[index + 1].start] in (". ", " ") and not _owned(text, tokens, index, end):
            return end  # "Mt. Sinai", "Mount Sinai": no one is titled "Mt."
    if first.key in _HEAD_FIRST:
        return _head_first(text, tokens, index)
    end = _run_end(text, tokens, index)
    if end - index > 1 and _ends_in_head(text, tokens, index, end):
        return end
    if first.key == "memorial" and end - index > 1 and possessive_at(text, tokens[end - 1]) < 0:
        return end  # "Memorial Hermann", "Memorial Sloan Kettering"
    for at in range(index + 1, end):
        token = tokens[at]
        if token.key in _HEADS and possessive_at(text, token) < 0:
            last = at + 1 if at + 1 < end and tokens[at + 1].key in _HEAD_TAILS else at
            if last + 1 == end and not any(possessive_at(text, t) >= 0 for t in tokens[index:at]):
                return end  # "Sutter Health", "Henry Ford Health System"; not "Priya Raman Health Coach"
        grouped = token.key in _GROUPS and possessive_at(text, token) >= 0
        if grouped and at + 1 < end and tokens[at + 1].key in _HOSPITAL_WORDS:
            return end  # "Lurie Children's Hospital", "Brigham and Women's Hospital"
    return 0


def _ends_in_head(text: str, tokens: list[Token], index: int, end: int) -> bool:
    """The run ``tokens[index:end]`` ends in a group's possessive, a plural hospital's head, "Care", or "Medicine"
    with no role's noun after it (see the docstring)."""
    last = tokens[end - 1]
    after = tokens[end] if end < len(tokens) else None
    line_start = text.rfind("\n", 0, tokens[index].start) + 1
    line_end = text.find("\n", last.end)
    if (
        not text[line_start : tokens[index].start].strip()
        and not text[last.end : None if line_end < 0 else line_end].strip()
    ):
        return (
            False  # a line of its own may be a resume's heading of a name ("Priya Raman Care"): left to the name rules
        )
    if after is not None and after.cap and text[last.end : after.start] in (" ", "'s ", "’s "):
        return False  # "Ngozi Women's Network": the run goes on
    if last.key in _GROUPS:
        # "Lurie Children's", "Brigham and Women's": the possessive closes the name, nothing owned after it (a
        # clause's end or a preposition or verb next: not "Priya Children's book club")
        closed = after is None or text[last.end : after.start].strip()[:1] in _CLOSERS or after.key in _AFTER_NAME
        return possessive_at(text, last) >= 0 and closed
    if any(possessive_at(text, t) >= 0 for t in tokens[index : end - 1]):
        return False  # "Priya's Care", "Ngozi's Medicine"
    if last.key in ("care", "medicine"):
        # A department's name is common words ("Emergency Medicine", "Palliative Care"): left as it was, so that the
        # tagger's reading of a name beside it does not change ("Aigerim Bekova, Emergency Medicine"; eval round 10's
        # layout class, session 16). A health system's holds a name ("Penn Medicine", "Christiana Care").
        lex = lexicon()
        words = tokens[index : end - 1]
        if not any(t.key in lex.given or t.key in lex.family or t.key not in lex.common for t in words):
            return False
    if last.key in _PLURAL_HEADS:
        return True
    if last.key == "medicine":
        return after is None or after.key not in _ROLE_AFTER
    return False


def _head_first(text: str, tokens: list[Token], index: int) -> int:
    """The end of "Hospital Italiano de Buenos Aires", "Hôpital Necker" (0 if no capitalised word follows)."""
    end, last_cap = index + 1, 0
    while end < len(tokens) and end - index < _MOST_WORDS + 2:
        token, gap = tokens[end], text[tokens[end - 1].end : tokens[end].start]
        if gap not in (" ", "-"):
            break
        if token.cap:
            last_cap = end + 1
        elif token.key not in _PARTICLES:
            break
        end += 1
    if last_cap and last_cap < len(tokens):
        after = tokens[last_cap]
        if after.key in PERSON_VERBS_AFTER or possessive_at(text, tokens[last_cap - 1]) >= 0:
            return 0  # "Hospital Priya said yes", "Hospital Ngozi's badge": a person after a heading's word
    return last_cap


# Words opening a hospital's name as a saint's does (``redact_fp_values._SAINTS`` decides "St."): a mountain.
_SAINT_LIKE = frozenset("mt mount".split())


def _opening_word(token: Token) -> bool:
    lex = lexicon()
    return token.key in lex.common and token.key not in lex.given  # "Left" is a Census surname too


def _owned(text: str, tokens: list[Token], index: int, end: int) -> bool:
    """A person's frame after the run: a possessive on its last word or a person's verb next."""
    after = tokens[end] if end < len(tokens) else None
    return possessive_at(text, tokens[end - 1]) >= 0 or (after is not None and after.key in PERSON_VERBS_AFTER)
