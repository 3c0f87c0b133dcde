"""Things a name list cannot tell from people, told by their shape: eponyms, joined names, days before a time.

The lists hold "Crohn", "Fisher", "Newton" and "Thu" as names, and they are; written this way they are not a
person in the sentence:

- **an eponym's possessive before what it names**: "Crohn's disease", "Amdahl's law", "Alzheimer's and
  Parkinson's disease", "Fisher's exact test". A disease, law or theorem is never a person's; a test, method or
  algorithm may be ("Okafor's test went well"), so those heads count only after a lower-case word ("ran
  Fisher's exact test") and for a word that is no given name;
- **a capitalised eponym before its head**, both capitalised in a heading style: "Western Blot", "Gram Stain";
- **two capitalised words joined by a hyphen, alone**: "Newton-Raphson", "Runge-Kutta", "Harley-Davidson",
  "Cedars-Sinai". A double-barrelled surname alone is a person only in a person's place ("Per Grant-Lindo,",
  "Grant-Lindo confirmed", "Grant-Lindo's answers"), and after a given name it is in a longer run, not alone;
- **a day or month written short before a time or date**: "Thu 14:00", "Mon 3 March", "Sat 11:00";
- **a saint's name**: "St. Jude", "St Luke's", "Saint Mary's" (hospitals, schools, towns, churches).

Matched words are marked protected before any rule looks for names, so no later layer removes them.
"""

from __future__ import annotations

import re

from memory.redact_lexicon import (
    EPONYM_HEADS,
    EPONYMS,
    NAME_PREFIXES,
    NAMED_THINGS,
    PAST_VERBS,
    PERSON_VERBS_AFTER,
    PERSON_VERBS_BEFORE,
    TITLES,
    Lexicon,
)
from memory.redact_positions import cued_before, person_place
from memory.redact_tokens import Kind, Token, key_of, mark

# What only an eponym's possessive names.
EPONYM_OF = frozenset(
    """disease diseases syndrome lymphoma sarcoma palsy disorder law laws theorem lemma conjecture principle
    razor paradox taxonomy hierarchy triangle inequality constant equation equations hypothesis correction
    phenomenon alpha
    coefficient distribution transform maneuver manoeuvre fallacy hsd rho tau kappa sign reflex rule rules""".split()
)
# What a person's possessive may name too: only after a lower-case word and for no given name.
EPONYM_OF_WEAK = frozenset(
    """test tests t-test algorithm algorithms method methods model models number numbers index effect series
    scale formula identity criterion estimator procedure approach""".split()
)
# A capitalised head that makes a capitalised name before it a technique: "Western Blot", "Gram Stain".
EPONYM_HEADS_CAPITAL = frozenset("blot blots stain stains test transform theorem algorithm disease syndrome".split())
_DAYS_SHORT = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
_MONTHS_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_TIME_OR_DATE = re.compile(r"[ \t]*,?[ \t]*(?:\d|noon\b|midday\b)")
_AUXILIARIES = frozenset("can could will would should must".split())
_POSSESSIVE = re.compile(r"['’]s?(?![\w])")


def protect_shapes(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark eponyms, joined names alone and short days before a time protected (see the module's docstring)."""
    for index, token in enumerate(tokens):
        if not token.cap or token.protected:
            continue
        day = token.key in _DAYS_SHORT | _MONTHS_SHORT and _TIME_OR_DATE.match(text, token.end) is not None
        if (
            day
            or _saint(text, tokens, index)
            or _eponym_possessive(text, tokens, index, lex)
            or _capital_head(text, tokens, index, lex)
            or _joined_alone(text, tokens, index, lex)
            or _eponym_before_modified_head(text, tokens, index, lex)
            or _eponym_before_compound(text, tokens, index, lex)
            or _shouted_compound(text, tokens, index, lex)
            or _shouted_shop(text, token)
            or _shouted_joined_brand(text, token)
            or _possessive_of_named_thing(text, tokens, index)
        ):
            token.protected = True
    for index in range(len(tokens)):
        for member in _bare_possessives(text, tokens, index):
            tokens[member].protected = True
        for member in _institution(text, tokens, index) or _business(text, tokens, index):
            tokens[member].protected = True


def _saint(text: str, tokens: list[Token], index: int) -> bool:
    """ "St. Jude", "St Luke's", "Saint Mary's": a saint's name names a hospital, school, church or town."""
    before = tokens[index - 1] if index else None
    if before is None or not before.cap or before.key not in ("st", "ste", "saint"):
        return False
    return text[before.end : tokens[index].start] in (". ", " ")


def _possessive_at(text: str, token: Token) -> int:
    """Where the word after a possessive starts, or -1: "Crohn's disease", "Graves' disease"."""
    match = _POSSESSIVE.match(text, token.end)
    if match is None or text[token.end : token.end + 1] not in ("'", "’"):
        return -1
    if match.group(0) in ("'", "’") and not text[token.start : token.end].endswith("s"):
        return -1  # a closing quote, not "Graves'"
    return match.end()


def _eponym_possessive(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    token = tokens[index]
    if _possessive_at(text, token) < 0:
        return False
    before = tokens[index - 1] if index else None
    if before is not None and before.cap and before.key in TITLES:
        return False  # "Dr. Graves' disease clinic" is a person's clinic
    # The head within two lower-case words; across "and <Other>'s" for a coordinated pair.
    position = index + 1
    while position < len(tokens) and position <= index + 5:
        word = tokens[position]
        if word.key in EPONYM_OF:
            return True
        if word.key in EPONYM_OF_WEAK:
            # After an ordinary word ("ran Fisher's exact test", "Ran Fisher's ..."), not a person cue.
            ordinary = before is not None and (before.kind is Kind.WORD or before.key in lex.common)
            lower_before = ordinary and before is not None and before.key not in PERSON_VERBS_BEFORE
            # A surname known to name methods ("Dijkstra's algorithm" opening a sentence) counts anywhere but
            # after a person cue: the term decides, not the surname ("Dijkstra said" is a person).
            cued = before is not None and before.key in PERSON_VERBS_BEFORE
            known = token.key in EPONYMS and not cued
            return known or (lower_before and (token.key not in lex.given or token.key in lex.family))
        coordinated = word.key in ("and", "or", "&") or (word.cap and _possessive_at(text, word) >= 0)
        if word.cap and not coordinated:
            return False
        if not word.cap and position > index + 3 and not coordinated:
            return False
        position += 1
    return False


def _capital_head(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """ "Western Blot", "Gram Stain", and the head itself."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.cap and after.key in EPONYM_HEADS_CAPITAL and text[token.end : after.start] == " ":
        return after.key not in lex.family
    before = tokens[index - 1] if index else None
    return (
        token.key in EPONYM_HEADS_CAPITAL
        and before is not None
        and before.cap
        and text[before.end : token.start] == " "
        and token.key not in lex.family
    )


def _joined_alone(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """ "Newton-Raphson" alone in its run and in no person's place."""
    token = tokens[index]
    word = text[token.start : token.end]
    parts = word.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and len(p) > 1 for p in parts) or word.isupper():
        return False
    if key_of(parts[0]) in NAME_PREFIXES | {"ben", "bint", "abd", "abdel", "abdul"}:
        return False  # "Al-Hassan", "El-Sayed", "Abu-Bakr", "Ben-David": a family name with its particle
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    named = before is not None and (before.kind is not Kind.WORD or before.key in TITLES)
    if named and before is not None and before.cap and text[before.end : token.start].strip(" .") == "":
        return False  # "Marcia Grant-Lindo", "Dr. Grant-Lindo": part of a longer name
    if after is not None and after.cap and text[token.end : after.start] == " ":
        return False
    if before is not None and before.key in PERSON_VERBS_BEFORE | {"per", "cc"}:
        return False
    if cued_before(text, tokens, index, things_too=False):
        return False  # "Feedback from Aa-Bb:", "According to Al-Xxx,", "Reviewer: Aa-Bb"
    if after is not None and (after.key in PERSON_VERBS_AFTER or after.key in _AUXILIARIES):
        return False  # "Grant-Lindo can confirm the dates", "Smith-Jones will join"
    possessive = _possessive_at(text, token)
    return possessive < 0 or _eponym_possessive(text, tokens, index, lex)


# Heads a statistical or medical eponym takes across a modifier: "Wilcoxon signed-rank test", "Fisher exact test".
_MODIFIED_HEADS = frozenset(
    """test tests distribution distributions curve curves estimator estimate plot plots score scores scale scales
    regression model models coefficient correlation criterion interval intervals catheter maneuver sign""".split()
)


def _eponym_before_modified_head(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A capitalised word, one or two lower-case modifiers, then a statistical or medical head: "Ran Wilcoxon
    signed-rank tests", "Kaplan-Meier survival curves". Never a listed given name ("Priya coding test")."""
    token = tokens[index]
    if token.upper or (token.key in lex.given and token.key not in lex.family):
        return False
    position = index + 1
    while position < len(tokens) and position <= index + 3:
        word = tokens[position]
        gap = text[tokens[position - 1].end : word.start]
        if word.cap or gap not in (" ", "-"):
            return False
        if word.key in _MODIFIED_HEADS:
            return position > index + 1  # with no modifier, the plain eponym rules decide ("Fisher test")
        position += 1
    return False


def eponyms_as_people(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """An eponym's surname where only a person stands is a person: after a title ("Dr. Pearson"), a person cue
    ("asked Dijkstra", "Feedback from Holt:"), before a person's verb ("Poisson said", "Winters led") or a
    possessive before no eponym's head ("Pearson's notes"). Before its term it was protected above."""
    for index, token in enumerate(tokens):
        if token.key not in EPONYMS or not token.cap or token.upper or token.protected or token.person:
            continue
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        titled = before is not None and before.cap and before.key in TITLES and before.end >= token.start - 2
        verb = after is not None and not after.cap and after.key in PERSON_VERBS_AFTER | _AUXILIARIES
        if after is not None and after.key in EPONYM_HEADS and not after.cap:
            continue  # "Dirichlet priors", "Pearson correlation"
        cued = cued_before(text, tokens, index, things_too=False)
        if titled or cued or verb or person_place(text, tokens, index, index):
            mark(token, "eponym's surname in a person's place")


# Heads a named framework or method takes after a hyphenated modifier ("Kirkpatrick's four-level model",
# "Porter's five-forces analysis"); a person's possessive takes other nouns ("Priya's take-home review").
_FRAMEWORK_HEADS = (
    EPONYM_OF
    | EPONYM_OF_WEAK
    | _MODIFIED_HEADS
    | frozenset(
        """cycle cycles stage stages framework frameworks matrix diagram diagrams chart charts pyramid analysis theory
    theories hierarchy taxonomy loop loops comparisons comparison corrections procedure procedures
    tests""".split()
    )
)
_VERB_PREFIXES = frozenset("co re pre self double fine hand mis over under out up de".split())


def _compound(word: Token, lex: Lexicon) -> int:
    """The number of parts of a lower-case hyphenated modifier ("post-hoc" 2, "plan-do-check-act" 4), or 0 for
    none or a verb ("co-led", "hand-wrote", "well-structured", "re-ran")."""
    parts = word.key.split("-")
    if word.cap or len(parts) < 2 or not all(parts):
        return 0
    if parts[-1].endswith("ed") or parts[-1] in PAST_VERBS or parts[0] in _VERB_PREFIXES or parts[0] == "well":
        return 0
    return len(parts)


def _eponym_before_compound(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A surname, with or without its possessive, before a hyphenated technical modifier and a noun: "Ran Dunnett
    post-hoc comparisons", "Tuckman's forming-storming-norming stages", "Kotter's eight-step change model".
    A two-part modifier counts only before a method's head; never for a listed given name that is no surname
    ("Priya's take-home review"), nor after a title or a person cue."""
    token = tokens[index]
    if token.upper or (token.key in lex.given and token.key not in lex.family):
        return False
    before = tokens[index - 1] if index else None
    if before is not None and (before.key in TITLES or before.key in PERSON_VERBS_BEFORE):
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None:
        return False
    gap = text[token.end : after.start]
    if gap not in (" ", "'s ", "’s ", "' ", "’ "):
        return False
    parts = _compound(after, lex)
    if not parts:
        return False
    position = index + 2
    while position < len(tokens) and position <= index + 4:
        word = tokens[position]
        if word.cap or text[tokens[position - 1].end : word.start] != " ":
            return False
        if word.key in _FRAMEWORK_HEADS:
            return True
        if parts < 3 or word.key not in lex.ordinary:
            return False  # a two-part modifier needs a method's head
        if word.key in PAST_VERBS or word.key.endswith("ed"):
            return False
        return parts >= 3 and word.key in lex.ordinary
    return False


def _bare_possessives(text: str, tokens: list[Token], index: int) -> list[int]:
    """Two or more possessives listed from ``index`` with no noun after the last: "Caseload: Addison's and
    Cushing's.", "for Sjogren's and Raynaud's". Eponymous conditions (or shops) named by their possessive alone;
    a person's possessive takes a noun ("Priya's and Tunde's feedback"). Their indexes, or none."""
    chain: list[int] = []
    position = index
    while position < len(tokens):
        token = tokens[position]
        end = _possessive_at(text, token)
        if not token.cap or token.upper or end < 0:
            return []
        chain.append(position)
        rest = text[end : end + 1]
        # The next capitalised word, past "and" or "or": another listed possessive, or the list ends here.
        ahead = position + 1
        if ahead < len(tokens) and tokens[ahead].key in ("and", "or") and not tokens[ahead].cap:
            ahead += 1
        after = tokens[ahead] if ahead < len(tokens) else None
        joiner = " ".join(text[end : after.start].split()) if after is not None else ""
        if after is not None and after.cap and joiner in (",", "and", "or", "&", ", and", ", or"):
            position = ahead
            continue
        return chain if len(chain) >= 2 and (rest == "" or rest in ".,;:!?)\n") else []
    return []


def _shouted_compound(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """ "CROSS-FUNCTIONAL PROJECT LEAD", "HANDS-ON MANAGER": a hyphenated word in capitals opening a line, made of
    common words of which one at least is no name. A double-barrelled surname in capitals ("OKAFOR-BELLO") has
    a part no dictionary holds, or only name parts ("STONE-WOOD" stays a name)."""
    token = tokens[index]
    word = text[token.start : token.end]
    parts = token.key.split("-")
    if not word.isupper() or len(parts) < 2 or not all(len(p) > 1 for p in parts):
        return False
    if text[text.rfind("\n", 0, token.start) + 1 : token.start].strip(" \t*#•-") != "":
        return False
    if not all(p in lex.common for p in parts):
        return False
    return any(p not in lex.given and p not in lex.family for p in parts)


def _shouted_shop(text: str, token: Token) -> bool:
    """ "DILLARD'S - VISUAL MERCHANDISER": a possessive in capitals before a dash and a role is a shop; a person
    heading a line is written without one ("NGOZI ADEYEMI - SENIOR ANALYST")."""
    word = text[token.start : token.end]
    if not word.isupper() or text[token.end : token.end + 2] not in ("'S", "’S"):
        return False
    rest = text[token.end + 2 : token.end + 6]
    return rest.startswith((" - ", " – ", " — ", " | "))


def _shouted_joined_brand(text: str, token: Token) -> bool:
    """ "HY-VEE - PHARMACY TECHNICIAN", "WILLIAMS-SONOMA - ASSISTANT MANAGER": one hyphenated word in capitals
    alone before a dash, opening a line, is a firm; a person heading a line is written with a given name too."""
    word = text[token.start : token.end]
    if not word.isupper() or "-" not in word:
        return False
    if text[text.rfind("\n", 0, token.start) + 1 : token.start].strip(" \t*#•") != "":
        return False
    return text[token.end : token.end + 3] in (" - ", " – ", " — ")


# A school's first word in another language: "Universidad de los Andes", "Instituto de Empresa", "Lycée Pierre de
# Fermat", "Escola de Belas Artes". A person's name never opens with one.
INSTITUTIONS = frozenset(
    """universidad universidade universite universitat universita universiteit universitet uniwersytet
    universiti universitas universitesi instituto institut istituto escuela escola ecole colegio college lycee
    liceo liceu gymnasium hochschule fachhochschule fundacao fundacion facultad faculdade faculte academia
    conservatorio conservatoire politecnico politechnika pontificia scuola hogeschool hogskola yliopisto
    sekolah tecnologico""".split()
)
# The words inside a school's or a firm's name in another language: "de", "de los", "do", "e", "y", "für".
_INNER = frozenset(
    "de del della dei degli la las los le les do da das dos di du des e y et und fur of for the and".split()
)


def _institution(text: str, tokens: list[Token], index: int) -> list[int]:
    """A run opening with a school's word in another language (see INSTITUTIONS), up to its last capital."""
    token = tokens[index]
    if not token.cap or token.key not in INSTITUTIONS or token.key == "college":
        return []
    members = [index]
    position = index + 1
    while position < len(tokens):
        word = tokens[position]
        gap = text[tokens[position - 1].end : word.start]
        if gap not in (" ", "-") or not (word.cap or word.key in _INNER):
            break
        members.append(position)
        position += 1
    while members and not tokens[members[-1]].cap:
        members.pop()
    return members if len(members) > 1 else []


# What a business named by a possessive is: "Jason's Deli", "Carl's Jr.", "Dave's Hot Chicken", "Priya's Kitchen".
BUSINESS_HEADS = frozenset(
    """deli diner grill kitchen cafe bakery pizza pizzeria pub bar tavern garage salon boutique market pharmacy
    store shop restaurant steakhouse shack burgers chicken tacos bagels donuts doughnuts bistro brewery creamery
    cantina smokehouse barbecue bbq catering hardware furniture jewelers jewellers florist cleaners laundry
    daycare jr crab subs sandwiches roadhouse eatery coffee ice cream""".split()
)


def _business(text: str, tokens: list[Token], index: int) -> list[int]:
    """A capitalised possessive, then capitalised words ending in a business's head: the whole name."""
    token = tokens[index]
    end = _possessive_at(text, token)
    if not token.cap or token.upper or end < 0 or text[end : end + 1] != " ":
        return []
    members = [index]
    position = index + 1
    while position < len(tokens) and position <= index + 4:
        word = tokens[position]
        gap = text[tokens[position - 1].end : word.start]
        if not word.cap or gap != (text[token.end : end + 1] if position == index + 1 else " "):
            return []
        members.append(position)
        if word.key in BUSINESS_HEADS:
            return members
        position += 1
    return []


def _possessive_of_named_thing(text: str, tokens: list[Token], index: int) -> bool:
    """ "Duke of Edinburgh's Award", "Valentine's Day", "Queen's Scholar": a possessive before a capitalised award,
    day or scholarship names that thing, not a person's."""
    token = tokens[index]
    end = _possessive_at(text, token)
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if end < 0 or after is None or not after.cap or text[end : after.start] != " ":
        return False
    return after.key in NAMED_THINGS and not (index and tokens[index - 1].key in TITLES)
