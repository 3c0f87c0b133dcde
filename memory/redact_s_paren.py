"""A name in brackets right after the role it fills: "the hiring manager (Rich)", "our recruiter (Tendai)".

The bracket holds who fills the role, so the word is a person whatever it also means; a name of words ("Rich",
"Summer", "Sterling") stayed there while a name of a list went (issue 10, OUTSIDE16 end to end class 3 and token
class 4: colleague names in parentheses). The false side is what else such a bracket holds: a qualifier ("the
hiring manager (Interim)", "the engineer (Backend)"), a place ("(London)"), a team or tool ("(SRE)", "(Greenhouse)"):
a word of no given-name list, an acronym, a product, employer or place word is never taken.
"""

from __future__ import annotations

from memory.redact_lexicon import ORGS, PLACES, Lexicon
from memory.redact_tokens import Kind, Token, mark

# Role nouns a person's name is bracketed after.
_ROLES = frozenset(
    """manager lead recruiter interviewer engineer colleague referee panelist panellist director coordinator sourcer
    partner mentor buddy contact owner reviewer peer teammate shadow hm pm em sponsor approver scientist analyst
    designer architect head ceo cto vp founder""".split()
)
# Words of a name in the bracket: one, or a given and a family name.
_MOST = 2


def bracketed_names(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark the one or two capitalised words alone in brackets right after a role noun."""
    for index in range(len(tokens) - 1):
        role = tokens[index]
        if role.key not in _ROLES or text[role.end : role.end + 2] != " (":
            continue
        close = text.find(")", role.end + 2)
        if close < 0 or "\n" in text[role.end : close]:
            continue
        inside = [t for t in tokens[index + 1 : index + 2 + _MOST] if t.end <= close]
        if not inside or len(inside) > _MOST or text[inside[0].start - 1] != "(" or inside[-1].end != close:
            continue
        if " ".join(text[t.start : t.end] for t in inside) != text[inside[0].start : close]:
            continue  # "(Rich, remote)", "(HM - Stripe)": something else in the bracket
        # The first word a given name, or a word no list or dictionary knows ("(Greenhouse)" is a family name too).
        first = inside[0]
        unknown = first.kind is not Kind.WORD and first.key not in lex.english and first.key not in lex.family
        if not all(_name_word(t, lex) for t in inside) or not (first.key in lex.given or unknown):
            continue
        for t in inside:
            if not t.person:
                mark(t, "a name in brackets after its role")


def _name_word(token: Token, lex: Lexicon) -> bool:
    if not token.cap or token.upper or token.protected or len(token.key) < 2:
        return False
    key = token.key
    if key in PLACES:
        return key in lex.given and key not in lex.common  # "(Florence)"; not "(London)", "(Remote)"
    if key in lex.tech or key in ORGS or key in lex.acronyms:
        return key in lex.given or key in lex.family  # "Field", "Chase": a listed name a list of things also holds
    return key in lex.given or key in lex.family or (token.kind is not Kind.WORD and key not in lex.english)
