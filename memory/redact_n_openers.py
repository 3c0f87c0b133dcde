"""A verb opening a sentence before a name is no word of the name: "Advance Sipho to the onsite."

Issue 10's swap property: the model text of a sentence must not depend on whose name is in it. Before this
rule, a request opening with a verb ("Advance", "Move", "Schedule", "Fast-track") was swallowed into the
placeholder when the name after it was a listed one ("[PERSON] to the onsite.": the run "Advance Emily Walsh"
was a run with a name, or the verb was joined to a sure name word) and kept when it was not ("Advance [PERSON]"
or nothing found), so the same request read differently by origin (session 10's outside check, class 14).

The verb is protected before any rule decides the run, so every later layer (runs, joining, spreading, the
model's spans) sees the name alone. What counts as such a verb is a property of the word and its place, never of
the name after it:

- it opens a sentence in prose (the start of a line, after a bullet, or after ". ", "! ", "? "), not a table
  cell or a label's value, where family-first records stand ("| Hill Sipho |");
- it is a verb of a request about a person ("Advance", "Move", "Fast-track"; also verbs that are family names,
  "Hire", "Book", "Rank"), not one that is also a common given name ("Mark", "Chase", "Will", "Grant": those
  open names as often as requests, and stay to the other rules), nor a cue other rules read ("Thanks", "Ask");
- a capitalised word follows it after one space, and what follows that capitalised run is no verb of a subject
  ("Spotted Elk said", "Many Horses joined": there the opening word is the name's own).
"""

from __future__ import annotations

import re

from memory.redact_edges import CONTEXT_WORDS
from memory.redact_lexicon import (
    DETERMINERS,
    MINOR_PLACES,
    ORGS,
    PARTICLES,
    PAST_VERBS,
    PERSON_CUES_AFTER,
    PERSON_CUES_BEFORE,
    PERSON_VERBS_AFTER,
    PERSON_VERBS_BEFORE,
    PLACES,
    Lexicon,
    lexicon,
)
from memory.redact_n_nameish import initials, nameish
from memory.redact_n_slot_cues import OBJECT_NEXT
from memory.redact_products import camel, productish
from memory.redact_tokens import Kind, Token, mark

# Verbs of a request about a person in recruiting notes, in their base form. A list, not "any common word": a
# sentence-opening adjective or noun before a name is as often the name's own first word ("Mere Ngata.",
# "Spotted Eagle", "Good Voice"), and without a part-of-speech tagger only a verb list says which words are
# verbs. Not the verbs that are also common given names ("Mark", "Chase", "Will", "Grant", "Bill"): those open
# names as often as requests and stay to the other rules.
REQUEST_VERBS = frozenset(
    """advance move schedule reschedule reinvite decline reject hire rehire shortlist book rebook send forward
    loop ping add pass push promote rank flag pair nudge follow give take escalate assign reassign update
    contact notify approve onboard interview screen rescreen offer bring keep put get let pay phone
    congratulate introduce connect include exclude remove drop hold prioritise prioritize progress
    consider reconsider engage reengage brief debrief prep prepare coach sync tag nominate recommend refer
    submit share show walk bump slot block transfer route assess evaluate review test grade score rate verify
    vet clear sponsor relocate release extend counter close source nurture reach prompt check confirm ship
    fast-track re-engage re-interview follow-up""".split()
)
# Words that open a sentence before a name but are no request's verb: auxiliaries of a question ("Did Siosaia
# confirm?", decided by the question rule), prepositions, conjunctions and determiners ("After Sipho left"); and
# the cues other rules read with the name ("Thanks", "Kudos", "Ask", "Met", "Per"), left to them.
_NOT_VERBS = (
    frozenset(
        """did do does was were is are am be been has have had can could will would shall should may might must
        as if when while after before since until unless though although because so then than and or but nor
        for with without within from to by at in on of off over under about above below between into onto upon
        per via like unlike near across around through during despite including except plus both either
        neither each every all any some no not only even also just still yet here there kudos props shoutout
        cheers""".split()
    )
    | CONTEXT_WORDS  # never a name's word whatever follows: decided by the word alone (memory.redact_edges)
    | DETERMINERS
    | PERSON_CUES_BEFORE
    | PERSON_VERBS_BEFORE
)
# What a subject does next: after such a word the opening word is the first word of a name, not a verb.
_SUBJECT_NEXT = (
    PERSON_VERBS_AFTER
    | PERSON_CUES_AFTER
    | PAST_VERBS
    | frozenset("is was are were has had have will would can could should may might must does did and or".split())
)
_PLACEHOLDERS = ("[PERSON]", "[CANDIDATE]")
# The start of a sentence in prose: the line's start (after a bullet or a number) or a sentence's end.
_PROSE_START = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*$|[.!?][\"')\]]?[ \t]+$")


def _verb_word(token: Token) -> bool:
    """A request's verb (``REQUEST_VERBS``) that no other rule reads as a cue (``_NOT_VERBS``)."""
    return token.key in REQUEST_VERBS and token.key not in _NOT_VERBS


def protect_openers(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Protect a sentence-opening verb right before a capitalised word (see the module's docstring)."""
    for index in range(len(tokens) - 1):
        token = tokens[index]
        if not token.cap or token.upper or token.own or token.protected or token.person:
            continue
        if _adverb(token, lex) and _PROSE_START.search(text[text.rfind("\n", 0, token.start) + 1 : token.start]):
            after = tokens[index + 1]
            if after.cap and text[token.end : after.start] == " ":
                token.protected = True  # "Sadly [Tamati Ngata] seemed keen": the adverb is no word of the name
            continue
        if not _verb_word(token):
            continue
        if _PROSE_START.search(text[text.rfind("\n", 0, token.start) + 1 : token.start]) is None:
            continue
        stop = _object_end(text, tokens, index)
        if stop is not None and _request(text, tokens, stop):
            token.protected = True


def _adverb(token: Token, lex: Lexicon) -> bool:
    """An adverb in -ly opening a sentence ("Sadly", "Honestly", "Frankly"), never a name list's word ("Emily",
    "Kelly", "Beverly" open names): taken with the name after it, the model text read "[PERSON] seemed keen" for
    one name and "Sadly [PERSON] seemed keen" for another (FP's round 12 tune, a word beside a name)."""
    key = token.key
    return (
        key.endswith("ly")
        and len(key) > 4
        and key in lex.english
        and key not in lex.given
        and key not in lex.family
        and (key[:-2] in lex.english or key[:-3] + "y" in lex.english)  # "sad"+"ly", "happ(y)"+"ily"
    )


def _object_end(text: str, tokens: list[Token], index: int) -> int | None:
    """Where the capitalised run after the verb at ``index`` ends (a placeholder of an earlier pass is such a run,
    so that a second pass decides as the first did: "Ping [PERSON] before Friday")."""
    after = tokens[index + 1]
    for placeholder in _PLACEHOLDERS:
        if text.startswith(placeholder, tokens[index].end + 1) and text[tokens[index].end] == " ":
            return tokens[index].end + 1 + len(placeholder)
    if (
        text[tokens[index].end : after.start] != " "
        or not after.cap
        or (after.upper and not initials(after, lexicon()))
    ):
        return None
    end = index + 1
    while end + 1 < len(tokens) and text[tokens[end].end : tokens[end + 1].start] == " ":
        nxt = tokens[end + 1]
        if nxt.cap:
            end += 1
            continue
        # Particles inside the name ("João dos Santos"), when a capitalised word follows them.
        ahead = end + 1
        while ahead < len(tokens) and tokens[ahead].key in PARTICLES and not tokens[ahead].cap:
            ahead += 1
        if ahead == end + 1 or ahead >= len(tokens) or not tokens[ahead].cap:
            break
        end = ahead
    return tokens[end].end


def _request(text: str, tokens: list[Token], stop: int) -> bool:
    """The capitalised run ending at ``stop`` is followed as an object is in prose: by a lower-case word that is no
    subject's verb ("to", "for", "about", "please"), or by the end of a sentence or a comma before a lower-case
    word. Not by a cell's or a line's end ("Spotted Eagle | Wanbli |", "Regards,\nMere Parata\nTalent Partner"),
    where the run is a name, nor by a verb or "and" ("Spotted Elk said", "Many Horses leads", "Boma Nazari and
    Ana Lima ran the panel")."""
    rest = text[stop : stop + 2]
    if rest[:1] in (".", "!", "?"):
        return rest[1:2] in ("", " ", "\n")
    nxt = next((t for t in tokens if t.start >= stop), None)
    if nxt is None or nxt.cap:
        return False
    gap = text[stop : nxt.start]
    if gap not in (" ", ", "):
        return False
    return not (gap == " " and (nxt.key in _SUBJECT_NEXT or nxt.key.endswith(("ed", "s"))))


def opener_objects(text: str, tokens: list[Token], lex: Lexicon, uncertain: list[int]) -> None:
    """The capitalised run after a protected opening verb is the request's object: a person ("Move Bakhyt to the
    final round") as often as a thing ("Schedule Zoom for"). Places, products and listed names were decided
    before this. A word no list, dictionary or product list knows is a name there, as it is capitalised
    mid-sentence (:func:`memory.redact_positions.strange_mid_sentence`): "Reject Nurlan politely", "Hire Hery."
    (before the verb was protected, the verb and the name went together as one run). A listed name that is no
    common word goes to the model. Common words stay ("Privacy Notice for California Candidates": a heading in
    title case)."""
    for index in range(len(tokens) - 1):
        token = tokens[index]
        if not token.protected or not token.cap or not _verb_word(token):
            continue
        if _PROSE_START.search(text[text.rfind("\n", 0, token.start) + 1 : token.start]) is None:
            continue
        end = index + 1
        while end < len(tokens) and end - index <= 4:
            word = tokens[end]
            if (
                not word.cap
                or (word.upper and not initials(word, lex))
                or text[tokens[end - 1].end : word.start] != " "
            ):
                break
            if not word.person and _object(text, tokens, end, lex):
                # A given name, also one that is a word or an employer's ("Ping Chase about"), or a word no name
                # list and no everyday-word list holds ("Ping Wisly about": only a large dictionary lists it).
                mark(word, "object of a request verb")
            elif not (word.person or word.protected or word.kind is Kind.WORD or word.key in lex.common):
                if _unknown(text, word, lex):
                    mark(word, "object of a request verb")
                elif end not in uncertain:
                    uncertain.append(end)
            end += 1


def _object(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """The request's object is a name: a word no everyday list holds (``_rare``), or a given name (also one that is
    a word or an employer's: "Remind Summer about", "Ping Chase about") closing the object before a word that goes
    on with the request ("about", "the", "for": :data:`memory.redact_n_slot_cues.OBJECT_NEXT`) or a sentence's end,
    never before a noun it qualifies ("Prepare Bar chart")."""
    word = tokens[index]
    if _rare(word, lex):
        return True
    if not nameish(text, word, lex, strong=True, employer=True):
        return False
    if word.kind is Kind.UNKNOWN or word.key not in lex.common:
        return True
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or text[word.end : after.start] != " ":
        return re.match(r"[.!?,;:]", text[word.end : word.end + 1]) is not None
    return not after.cap and after.key in OBJECT_NEXT


def _rare(word: Token, lex: Lexicon) -> bool:
    """A word in no name list, no everyday-word list and no product list (a large dictionary may hold it)."""
    key = word.key
    return (
        word.kind is Kind.UNKNOWN
        and len(key) > 2
        and key not in lex.ordinary
        and key not in lex.tech
        and key not in PLACES
        and key not in ORGS
        and key not in MINOR_PLACES
    )


def _unknown(text: str, word: Token, lex: Lexicon) -> bool:
    """No name list, dictionary, product list or place list knows the word."""
    key = word.key
    if word.kind is not Kind.UNKNOWN or key in lex.english or key in lex.tech or len(key) < 3:
        return False
    if key in PLACES or key in ORGS or key in MINOR_PLACES:
        return False
    return not (camel(text, word) or productish(key, lex))
