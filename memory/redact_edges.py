"""What stands next to a name is decided by the word, never by the name beside it.

The rules that find a name look at its neighbours ("a run with a name in it is a person"), so a word next to
a name ("Both", "Welcome", "Referee", "if", "tmrw") was removed with some names and kept with others, and the
redacted text — what the model reads — depended on the name. This last pass takes the words that are never
part of a person's name in English text (function words, greetings and cue verbs, role labels, chat
abbreviations) out of every found name, whichever name they stood next to, so the text around ``[PERSON]``
is the same for every name. The record's own name words (``own``) are kept: the record says they are a name.

Words that are also real given names ("Per", "An", "So", "Ping", "Even") are not on this list: a name is
more often lost than a word kept if they were.
"""

from __future__ import annotations

import re

from memory.redact_lexicon import PARTICLES
from memory.redact_tokens import Analysis, Token, mark

# Closed-class words, greetings, cue verbs, role labels and chat shorthand: never a name's word here.
CONTEXT_WORDS = frozenset(
    """
    both either neither all each every any some no none the a this that these those such
    and or but if when whenever while whilst since because although though unless until whether yet
    also then still just only too very not already again maybe perhaps please
    is are was were be been being has have had having does did do shall should would could must might
    with by from to for of at on about re regarding after before during than like into onto upon
    i we you he she they it me us them my our your his her their its who whom whose what which
    welcome dear hi hello hey heya hiya howdy here thanks thank congrats congratulations
    ask tell call email remind message text
    invite invited asked told called emailed pinged messaged met meet meeting shadowed interviewed
    referee referees reviewer reviewers interviewer interviewers candidate applicant recruiter manager
    panelist owner author coordinator sourcer
    tmrw tmr tomorrow today tonight yesterday asap pls plz thx fyi eod eow btw lmk ooo wfh eta fw fwd
    abt bc thru tho rn imo imho fwiw tbh afaik iirc np ty tyvm cmiw
    afterwards afterward later meanwhile earlier overall initially finally eventually separately additionally
    however otherwise instead anyway honestly frankly unfortunately luckily apparently
    """.split()
)

# A letter's closing words: before ", <found name>" at a line's start they close the letter, no family name of a
# "Family, Given" pair (OUTSIDE14 class 19: "Signed, [PERSON]" kept the word for a listed given name and lost it
# for a mononym). "Thanks" is a context word already.
CLOSINGS = frozenset("signed regards best thanks cheers sincerely yours warmly respectfully cordially".split())

# Chat verbs and cues that are also given names or surnames ("Ping", "Chase", "Page", "Cc"): capitalised they may
# be a name; written in lower case before a name ("ping priya", "chase ama agyeman") they are the verb, whichever
# name follows. Taken with some names and not others, they made the model's text depend on the name (outside
# check, session 7: the only difference in several end-to-end swaps).
LOWER_CUES = frozenset(
    "ping pinged dm dmd dmed chase chased poke poked page paged nudge nudged bug loop sync cc bcc".split()
)


def context_word(token: Token) -> bool:
    """A word the name rules may have taken with a name that is never one: decided by the word alone."""
    if token.own or token.why == "pronoun surname":
        return False  # a surname that is also a pronoun, found after a name ("Mai [Her]"): memory.redact_joined
    if token.cap and token.why == "labelled last, first row":
        return False  # "Candidate: Do, Minh Anh": a surname that is a function word (memory.redact_order)
    if token.key in LOWER_CUES and not token.cap:
        return True
    # "Bế", "Thị", "Tô" fold to English words; written with accents they are names, never the English word.
    return token.key in CONTEXT_WORDS and not token.accented


# Gendered role nouns that the pronoun pass makes neutral (memory.redact_patterns), and the neutral words it writes
# (so a second pass keeps what the first wrote: "The Child agreed."): taken for a name by the tagger
# ("the chairwoman agreed." -> "the [PERSON] agreed.") or by a capitals rule ("The Son agreed."), they were removed
# instead of made neutral (CLAIMS, session 15). Where one stands as a role noun (role_noun) it is no name's word;
# NAMED_ROLE_NOUNS are also given names, so they are listed apart for readers, and decided the same way.
ROLE_NOUNS = frozenset(
    """
    actress boyfriend brother businessman businesswoman chairman chairmen chairwoman chairwomen dad daughter father
    female foreman forewoman gentleman gentlemen girl girlfriend husband ladies male men mom mother salesman salesmen
    saleswoman saleswomen sister spokesman spokeswoman stewardess waiter waitress wife woman women
    actor businessperson chair chairs child parent partner people person salespeople salesperson server sibling
    spokesperson spouse supervisor
    """.split()
)
NAMED_ROLE_NOUNS = frozenset("guy son man boy lady gal".split())
_ROLE_WORDS = ROLE_NOUNS | NAMED_ROLE_NOUNS
_DETERMINERS = frozenset("the a an this that these those our their his her my your its every each another".split())


def role_noun(text: str, tokens: list[Token], index: int) -> bool:
    """A gendered role noun standing as one ("the man", "The Chairwoman agreed", "board chairwoman"), never a name.

    Capitalised, only after a determiner or possessive: right after a given name, as a label's value or alone it
    may be the family name (Julia Child, Marc Parent, George Foreman: review M2). In lower case, not right after a
    found name ("julia child") nor as a chat speaker ("son: agreed"), where it may be the name itself."""
    token = tokens[index]
    if token.own or token.accented or token.key not in _ROLE_WORDS:
        return False
    before = tokens[index - 1] if index > 0 else None
    adjacent = before is not None and text[before.end : token.start] == " "
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.person and text[token.end : after.start] == " ":
        # A title in a name ("Sister Mary Okafor", "Father Tom") or a given name before its family name in any
        # case ("guy bell is to send", "Guy Bell"): removed with the name, so the text is the same for every name.
        return False
    if token.cap:
        return before is not None and adjacent and before.key in _DETERMINERS and not before.person
    if before is not None and before.person and adjacent:
        return False
    return text[token.end : token.end + 1] != ":"


# What a name that is a sentence's subject does next: "and ping hawk is to send ..." — there "ping" is the given
# name Ping, not the verb (whose object would be followed by "about", "re", "to", ...).
# Why a name was found when a field's header, label or a sign-off line decided it (memory.redact_n_columns,
# memory.redact_n_labels, memory.redact_n_signoff), or a shape no function word has: a name in capitals of two or
# three name words in a person's frame ("LEE DO HYUN will join", "TRAN THI MY sent": memory.redact_n_caps) and a
# function-word given name right after a person's preposition ("with Will about": memory.redact_n_beside); also a
# transcript's speaker column (memory.redact_s_speakers) and a capitals line's subject or object and a short family
# name closing a capitals name (memory.redact_s_shout, memory.redact_layout: "a name in capitals"). Its function
# words ("Do", "An", "Le", "Ty", "My", "Will") are name words.
FIELD_DECIDED = frozenset(
    {
        "a person's column",
        "a person's label",
        "dash sign-off",
        "a name in capitals",
        "function-word given name after a person's preposition",
        "a speaker's label",
    }
)
_SUBJECT_NEXT = frozenset("is was has had will would can could should wants needs said says thinks".split())


# Letters of a function word that is also a one-syllable family name ("Do", "To", "An", "Ha"): closing a found
# given name mid-sentence, the word is the family name.
_SHORT_FAMILY = 2
_PRONOUNS = frozenset("he she him her his we us me it i".split())


def settle(analysis: Analysis) -> None:
    """Take context words out of every found name (see the module's docstring)."""
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        if token.person and role_noun(analysis.text, tokens, index):
            token.person = False
            token.why = ""
            continue
        if not token.person or not context_word(token):
            continue
        if token.why in FIELD_DECIDED:
            continue  # "Applicant: TY LE", "APPLICANT NAME: DO VAN AN": the field says the words are a name
        if token.key in LOWER_CUES and token.key not in CONTEXT_WORDS and _subject(tokens, index):
            continue
        if _closing_surname(analysis.text, tokens, index):
            continue
        if _particle_between(analysis.text, tokens, index):
            continue
        token.person = False
        token.why = ""
    for index, token in enumerate(tokens):
        if not token.person and _opening_surname(analysis.text, tokens, index):
            mark(token, "opening surname")


def _opening_surname(text: str, tokens: list[Token], index: int) -> bool:
    """ "Feedback from Do Van Tuan", "met To Thi Lan": a capitalised function word as short as these family names
    are, opening two found capitalised name words, is the family name of a family-first name; mid-sentence the
    word itself would be written in lower case (OUTSIDE14 class 21: "Do [PERSON]" where other names leave
    "[PERSON]")."""
    token = tokens[index]
    if not token.cap or token.upper or len(token.key) > _SHORT_FAMILY or token.key not in CONTEXT_WORDS:
        return False
    if index + 2 >= len(tokens):
        return False
    names = tokens[index + 1 : index + 3]
    previous = tokens[index - 1] if index else None
    # Not inside a run of capitalised words ("Welcome To Van Dam"), nor after a found name ("[PERSON] Do [PERSON]"
    # is two people's: "Sam Do Van Tuan" reads as a list). At a sentence's or line's start it opens the name too
    # ("Do Van Tuan is strong"): the question "Do Van Tuan ...?" loses its "Do" for every name alike.
    if previous is not None and text[previous.end : token.start] == " " and (previous.cap or previous.person):
        return False
    spaced = text[token.end : names[0].start] == " " and text[names[0].end : names[1].start] == " "
    return spaced and all(t.person and t.cap and not t.upper for t in names)


def _particle_between(text: str, tokens: list[Token], index: int) -> bool:
    """A lower-case particle inside a found name, with found name words on both sides ("Maria do Carmo Silva",
    "Referee: Luiz do Amaral"), one space apart: the name's own word, not the verb "do". Taken out, it stood
    alone between two placeholders ("[PERSON] do [PERSON]") where other names leave one (OUTSIDE14 class 21)."""
    shouted = tokens[index].upper  # "JOÃO DO NASCIMENTO": in a line of capitals, the particle is too
    if not _particle(tokens[index], shouted):
        return False
    for step in (-1, 1):
        at = index
        while True:
            nxt = at + step
            if not 0 <= nxt < len(tokens):
                return False
            left, right = (tokens[nxt], tokens[at]) if step < 0 else (tokens[at], tokens[nxt])
            if text[left.end : right.start] != " ":
                return False
            at = nxt
            if not _particle(tokens[at], shouted):
                break
        if not tokens[at].person or context_word(tokens[at]) or (shouted and not tokens[at].upper):
            return False
    return True


def _particle(token: Token, shouted: bool) -> bool:
    return token.key in PARTICLES and (token.upper if shouted else not token.cap)


def _subject(tokens: list[Token], index: int) -> bool:
    """The found name after ``index`` (lower case, as it is) is followed by a subject's verb."""
    end = index + 1
    while end < len(tokens) and tokens[end].person and not tokens[end].cap:
        end += 1
    return end > index + 1 and end < len(tokens) and tokens[end].key in _SUBJECT_NEXT


def _closing_surname(text: str, tokens: list[Token], index: int) -> bool:
    """ "We met Minh Anh Do on Monday": a capitalised function word closing a found name mid-sentence (after two
    found capitalised name words, before a lower-case word or a stop) is a family name (Vietnamese Do); the
    word itself would be written in lower case there."""
    token = tokens[index]
    if not token.cap or index < 1:
        return False
    if token.upper:
        return _closing_capitals(text, tokens, index)
    # Two found name words before it, as the rule that took it found it ("Minh Anh Do"); or one, when the word is
    # as short as these family names are ("Tuan Do", "Lan To": OUTSIDE14 class 21, "[PERSON] Do" for some origins).
    two = token.why == "rest of a name" and index >= 2
    # A pronoun there ("Mai He", "Tou Her") is left to memory.redact_joined's pronoun surnames, which also take
    # the surname alone further on ("ask [He] about it").
    if not two and (len(token.key) > _SHORT_FAMILY or token.key in _PRONOUNS):
        return False
    before = tokens[index - 2 : index] if two else tokens[index - 1 : index]
    if not all(t.person and t.cap and not t.upper for t in before):
        return False
    if any(text[a.end : b.start] != " " for a, b in zip([*before], [*before[1:], token], strict=True)):
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    # A line's end closes the name too ("Interviewer: Tuan Do" above the note's text).
    # So does a spaced dash, a bar or a parenthesis ("REFERENCES\nTuan Do - Engineering Manager").
    return after is None or not after.cap or text[token.end : token.end + 1] in ".,;:!?\n" or _dash_after(text, token)


def _dash_after(text: str, token: Token) -> bool:
    """A spaced dash or bar, or an opening parenthesis, right after the word: the name's part of the line ends."""
    return re.match(r"[ \t]+(?:[-–—|][ \t]|\()", text[token.end : token.end + 4]) is not None


# What closes a name's part of a line in capitals: the line's end, a spaced dash or bar, a comma, a colon, a
# parenthesis ("TUAN DO - BACKEND LEAD", "NOTES FROM TUAN DO", "TUAN DO, HEAD OF DATA"); not "?" ("WHAT DID TUAN DO?").
_CAPS_PART_END = re.compile(r"[ \t]*(?:$|\n|[,:;(|]|[-–—][ \t])")


def _closing_capitals(text: str, tokens: list[Token], index: int) -> bool:
    """ "TUAN DO - BACKEND LEAD", "CANDIDATE: THANH TO": in capitals a function word as short as these family names
    are, right after a found given name in capitals and closing the name's part of the line, is the family name
    (OUTSIDE15 class 8: "[PERSON] DO" in all-caps header lines, taken only by a second pass when a label stood
    before it); before more words ("TUAN DO THE REVIEW") it stays the word."""
    token = tokens[index]
    before = tokens[index - 1]
    if len(token.key) > _SHORT_FAMILY or token.key in _PRONOUNS:
        return False
    if (
        not (before.person and before.upper and len(before.key) > _SHORT_FAMILY)
        or text[before.end : token.start] != " "
    ):
        return False
    return _CAPS_PART_END.match(text, token.end) is not None
