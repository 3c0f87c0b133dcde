"""Things whose shape says they are no person: shops, schools in other languages, awards, capitals headings.

Read by :func:`memory.redact_shapes.protect_shapes` before any rule looks for names:

- a possessive before a business's head ("Jason's Deli", "Carl's Jr.") or a capitalised award or day ("Duke of
  Edinburgh's Award", "Valentine's Day");
- two or more possessives listed with no noun after the last ("Caseload: Addison's and Cushing's.");
- a run opening with a school's word in another language ("Universidad de los Andes", "Lycée Pierre de Fermat");
- in a line written in capitals: a hyphenated compound of common words opening it ("CROSS-FUNCTIONAL PROJECT
  LEAD"), a possessive or a hyphenated word alone before a dash ("DILLARD'S - SALES", "HY-VEE - PHARMACY").
"""

from __future__ import annotations

import re

from memory.redact_lexicon import NAMED_THINGS, TITLES, Lexicon
from memory.redact_tokens import Token

_POSSESSIVE = re.compile(r"['’]s?(?![\w])")


def possessive_at(text: str, token: Token) -> int:
    """Where the word after a possessive starts, or -1: "Crohn's disease", "Graves' disease"."""
    match = _POSSESSIVE.match(text, token.end)
    if match is None or text[token.end : token.end + 1] not in ("'", "’"):
        return -1
    if match.group(0) in ("'", "’") and not text[token.start : token.end].endswith("s"):
        return -1  # a closing quote, not "Graves'"
    return match.end()


def bare_possessives(text: str, tokens: list[Token], index: int) -> list[int]:
    """Two or more possessives listed from ``index`` with no noun after the last: "Caseload: Addison's and
    Cushing's.", "for Sjogren's and Raynaud's". Eponymous conditions (or shops) named by their possessive alone;
    a person's possessive takes a noun ("Priya's and Tunde's feedback"). Their indexes, or none."""
    chain: list[int] = []
    position = index
    while position < len(tokens):
        token = tokens[position]
        end = possessive_at(text, token)
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


def shouted_compound(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
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


def shouted_shop(text: str, token: Token) -> bool:
    """ "DILLARD'S - VISUAL MERCHANDISER": a possessive in capitals before a dash and a role is a shop; a person
    heading a line is written without one ("NGOZI ADEYEMI - SENIOR ANALYST")."""
    word = text[token.start : token.end]
    if not word.isupper() or text[token.end : token.end + 2] not in ("'S", "’S"):
        return False
    rest = text[token.end + 2 : token.end + 6]
    return rest.startswith((" - ", " – ", " — ", " | "))


def shouted_joined_brand(text: str, token: Token) -> bool:
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


def institution(text: str, tokens: list[Token], index: int) -> list[int]:
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


def business(text: str, tokens: list[Token], index: int) -> list[int]:
    """A capitalised possessive, then capitalised words ending in a business's head: the whole name."""
    token = tokens[index]
    end = possessive_at(text, token)
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


def possessive_of_named_thing(text: str, tokens: list[Token], index: int) -> bool:
    """ "Duke of Edinburgh's Award", "Valentine's Day", "Queen's Scholar": a possessive before a capitalised award,
    day or scholarship names that thing, not a person's."""
    token = tokens[index]
    end = possessive_at(text, token)
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if end < 0 or after is None or not after.cap or text[end : after.start] != " ":
        return False
    return after.key in NAMED_THINGS and not (index and tokens[index - 1].key in TITLES)
