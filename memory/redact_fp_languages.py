"""Languages of the gazetteer where a language stands: before a language's noun, before what a job ad says of
one, after "fluent in" or "speaks" (the rules are in :mod:`memory.redact_fp_gazetteer`'s docstring)."""

from __future__ import annotations

import re
from functools import cache

from memory.redact_fp_tables import Gazetteer, Phrases, gazetteer, match, next_member
from memory.redact_lexicon import lexicon
from memory.redact_named import possessive_at
from memory.redact_tokens import Token, sentence_start

# What follows a language's name where it names the language: "Tigrinya speakers", "Pashto fluency",
# "Tigrinya-speaking" (hyphenated only). Never what a person does or is ("Sena tutoring the new hires", "Iban
# speaking first", "Dan fluent in Go", "Limbu interpreter"): languages of any name are read before these (Sena,
# Dan, Swati, Shona are given names; review M3, session 10).
_LANGUAGE_NOUNS = frozenset(
    """speakers fluency proficiency skills literacy language translation translations version versions subtitles
    content materials classes lessons instruction""".split()
)
_HYPHENED_LANGUAGE_NOUNS = frozenset("speaking speaker speakers".split())


# Levels written before a language ("Native Georgian speaker", "Conversational Welsh.").
_LEVELS_BEFORE = frozenset(
    """native fluent conversational basic intermediate advanced elementary proficient bilingual business
    professional working limited heritage""".split()
)
# The end of a clause or of a list's item after a language: "Conversational Welsh.", "Basic Dari, fluent English".
_ITEM_END = re.compile(r"[ \t]*(?:$|[.,;:!?)\n(/|])")


def _language_noun(text: str, tokens: list[Token], end: int) -> bool:
    after = tokens[end] if end < len(tokens) else None
    if after is None or after.cap:
        return False
    gap = text[tokens[end - 1].end : after.start]
    return (gap == " " and after.key in _LANGUAGE_NOUNS) or (gap == "-" and after.key in _HYPHENED_LANGUAGE_NOUNS)


# What is said of a language in a job ad, right after its name and closing the clause: "Tigrinya is a plus.",
# "Pashto preferred;". A person there is written with more after it ("Gift preferred the late slot").
_LANGUAGE_PREDICATES = (
    "is a plus",
    "a plus",
    "preferred",
    "is preferred",
    "required",
    "is required",
    "essential",
    "is essential",
    "desirable",
    "is desirable",
    "helpful",
    "is helpful",
    "a must",
    "is a must",
)
_CLAUSE_END = frozenset(".,;:!?)\n")
# Of these a language of any name is said, never a person: "Welsh is a plus.", "Dari required." (not "preferred",
# "helpful": "Dari is preferred for the panel" may name a person).
_REQUIRED_AFTER = re.compile(
    r"[ \t]+(?:is[ \t]+)?(?:a[ \t]+(?:big[ \t]+|huge[ \t]+|strong[ \t]+)?plus|a[ \t]+must|required|essential|desirable)"
    r"[ \t]*(?:$|[.,;:!)\n])",
    re.IGNORECASE,
)
# A level said of a language after a possessive, closing the clause: "Her Georgian is conversational.", "His Welsh
# is rusty." (not "Her Welsh is rusty on SQL": a person; review NIT on 9279074).
_LEVEL_SAID = re.compile(
    r"[ \t]+(?:is|was)[ \t]+(?:very[ \t]+|quite[ \t]+|still[ \t]+)?(?:fluent|native|conversational|rusty|basic|"
    r"limited|functional|intermediate|elementary|near-native)[ \t]*(?:$|[.,;!)\n])",
    re.IGNORECASE,
)  # not "strong", "excellent", "good": said of a person too ("Her Sena is excellent."; test_redact_fp13_languages)
# Words before a language where it names the language: "fluent in Tigrinya", "speaks Pashto".
_LANGUAGE_CUES = frozenset("fluent speak speaks spoke speaking native bilingual trilingual".split())


def _predicate_after(text: str, at: int) -> bool:
    rest = text[at : at + 20]
    for words in _LANGUAGE_PREDICATES:
        if rest.startswith(" " + words):
            after = at + 1 + len(words)
            return after >= len(text) or text[after] in _CLAUSE_END
    return False


def language_frame(text: str, tokens: list[Token], start: int, end: int, unnamed: bool) -> bool:
    """A language (or a list of languages, ``start:end``) where a language stands: before a language's noun, as
    the direct object of "speaks" or after "fluent in", in a line labelled "Languages:", before a level in
    parentheses ("(native)") (languages of any name in these four); or, when no member is a name word, before
    what a job ad says of one or after "fluent", "native". A list is framed as a whole, never by its members
    alone: "Limbu and Sherpa ran the debrief" are people (surnames that are language names; review M2, session
    10)."""
    if _language_noun(text, tokens, end) or _languages_line(text, tokens[start].start):
        return True
    if _spoken(text, tokens, start) and _spoken_after(text, tokens[end - 1].end):
        return True
    if _interpreted(text, tokens, start) and _INTERPRETED_AFTER.match(text, tokens[end - 1].end):
        return True
    if _learnt(text, tokens, start) and _LEARNT_AFTER.match(text, tokens[end - 1].end):
        return True
    if _level_after(text, tokens[end - 1].end):
        return True
    before = tokens[start - 1] if start else None
    if before is not None and before.key in _LEVELS_BEFORE and text[before.end : tokens[start].start] == " ":
        # "Native Georgian speaker.", "Conversational Welsh.", "Basic Dari, fluent English": a level before a
        # language of any name, where the clause or the list item ends or a speaker follows; no person is written
        # after a level ("Native Priya" is no phrase).
        after = tokens[end] if end < len(tokens) else None
        speaker = after is not None and after.key in ("speaker", "speakers")
        speaker = speaker and after is not None and text[tokens[end - 1].end : after.start] == " "
        if speaker or _ITEM_END.match(text, tokens[end - 1].end):
            return True
    possessed = before is not None and before.key in _POSSESSIVES and text[before.end : tokens[start].start] == " "
    if possessed and (unnamed or _LEVEL_SAID.match(text, tokens[end - 1].end)):
        # not a language any name list holds: "Her Sena is ..." may be a nickname; a language of any name when a
        # level is said of it ("Her Georgian is conversational.", "His Welsh is rusty"): a person is not "rusty" after
        # "her" (session 14)
        return True
    if _REQUIRED_AFTER.match(text, tokens[end - 1].end):
        return True  # "Welsh is a plus.", "Dari required;": what a job ad says of a language, of any name
    cue = before is not None and not before.cap and before.key in _LANGUAGE_CUES
    return unnamed and (cue or _predicate_after(text, tokens[end - 1].end))


def language_list(text: str, tokens: list[Token], start: int, end: int, table: Gazetteer) -> tuple[int, bool]:
    """The end of the list of languages opening with ``tokens[start:end]`` ("English, Amharic or Tigrinya"), and
    whether no member is a name word; (0, False) for a later member of a list (decided with its first)."""
    before = tokens[start - 1] if start else None
    if before is not None and (before.key in ("and", "or") or text[before.end : tokens[start].start].strip() == ","):
        return 0, False
    unnamed = match(table.languages, text, tokens, start) == end - start
    while (member := next_member(text, tokens, end, table.all_languages)) is not None and member[1]:
        following, length = member
        unnamed = unnamed and match(table.languages, text, tokens, following) == length
        end = following + length
    return end, unnamed


# Verbs whose direct object is a language and never a person ("Speaks Tigrinya and English fluently"; a person is
# spoken *to* or *with*), and adjectives before "in" whose object is one ("fluent in English and Tigrinya").
SPEAK_VERBS = frozenset("speak speaks spoke speaking".split())
_FLUENT = frozenset("fluent proficient bilingual trilingual multilingual conversant conversational literate".split())
# What is done in a language, before "in" ("Conducted the interview in Plains Cree", "taught in Zulu"): no person
# is the object of "in" after them (a possessive is read apart: "the interview in Priya's room").
_DONE_IN_A_LANGUAGE = frozenset(
    """interview interviews interviewed interviewing screen screened screening taught teach teaches teaching
    lectures lectured presented presents wrote writes written translated conducted classes courses sessions""".split()
)
# A possessive before a language no name list holds ("Her Khmer is excellent", "their Quebec French").
_POSSESSIVES = frozenset("her his their your our my".split())


def _spoken(text: str, tokens: list[Token], start: int) -> bool:
    """Right after "speaks" (lower case, or capitalised opening a sentence) or after "fluent in"."""
    before = tokens[start - 1] if start else None
    if before is None or text[before.end : tokens[start].start] != " ":
        return False
    if before.key in SPEAK_VERBS:
        return not before.cap or sentence_start(text, before)
    if before.key != "in" or before.cap or start < 2:
        return False
    activity = tokens[start - 2].key in _FLUENT or tokens[start - 2].key in _DONE_IN_A_LANGUAGE
    return activity and text[tokens[start - 2].end : before.start] == " "


# A line whose label names languages: "Languages: English, Tigrinya", "Spoken languages - Pashto (native)",
# "• Language skills: Dari". No person is listed under such a label.
_LANGUAGES_LABEL = re.compile(
    r"[ \t•*·-]*(?:[A-Za-z]+ ){0,2}languages?(?: spoken| known| skills)?[ \t]*[:|–—-]", re.IGNORECASE
)


def _languages_line(text: str, at: int) -> bool:
    """``at`` is inside the value of a languages label opening its line: up to the next field (";", "|", a tab,
    "owner:"), not the rest of a line of fields ("Language: EN; owner: Dan": Dan is a person; review M1)."""
    line_start = text.rfind("\n", 0, at) + 1
    label = _LANGUAGES_LABEL.match(text, line_start)
    if label is None or label.end() > at:
        return False
    return _NEXT_FIELD.search(text, label.end(), at) is None


# Where a label's value ends within its line: another field's separator or label ("; owner:", "| Dan").
_NEXT_FIELD = re.compile(r"[;|\t]|\b[A-Za-z][\w ]{0,20}:")


# What may follow a language after "speaks"/"spoke": the clause's end, a manner, a list, a level, "at home",
# "with" ("Spoke Shona with the client team": a person would be "spoke with X");
# "Spoke Irish through the offer", "spoke Dan down" are people (a phrasal verb's object; review M3).
_SPOKEN_AFTER = re.compile(
    r"[ \t]*(?:$|[.,;:!?)\n(]|(?:fluently|natively|well|conversationally|daily|fluent|and|or|with|at home|at work)\b)"
)


def _spoken_after(text: str, at: int) -> bool:
    return _SPOKEN_AFTER.match(text, at) is not None


# Verbs whose object is a language, never a person: one interprets a language (or a person's words: "interpreted
# Priya's notes", a possessive, read as no language) for, at or into something (OUTSIDE13 class 19, session 15).
_INTERPRET_VERBS = frozenset("interpret interprets interpreted interpreting".split())
# Session 16 (OUTSIDE14's class 15): one learns or studies a language, and a person only from or with someone
# ("learning Quechua for a year", "started learning Dari last year"; "learning from Priya"). What follows it: what
# follows an interpreted language, or a time ("since 2020", "last year", "before the move").
_LEARN_VERBS = frozenset("learning learn learns learned learnt studying studies".split())
_LEARNT_AFTER = re.compile(
    r"[ \t]*(?:$|[.,;:!?)\n(]|(?:and|or|for|at|into|to|in|on|during|with|since|before|after|last|this|next|every"
    r"|daily|online|while|now|too|as|so|but)\b)"
)
_INTERPRETED_AFTER = re.compile(r"[ \t]*(?:$|[.,;:!?)\n(]|(?:and|or|for|at|into|to|in|on|during|with)\b)")


def _learnt(text: str, tokens: list[Token], start: int) -> bool:
    """Right after "learning" (lower case, or capitalised opening a sentence)."""
    before = tokens[start - 1] if start else None
    if before is None or before.key not in _LEARN_VERBS or text[before.end : tokens[start].start] != " ":
        return False
    return not before.cap or sentence_start(text, before)


def _interpreted(text: str, tokens: list[Token], start: int) -> bool:
    """Right after "interprets" (lower case, or capitalised opening a sentence)."""
    before = tokens[start - 1] if start else None
    if before is None or before.key not in _INTERPRET_VERBS or text[before.end : tokens[start].start] != " ":
        return False
    return not before.cap or sentence_start(text, before)


# A level written after a language: "Tigrinya (native)", "English (fluent, C1)", "Pashto - conversational". Every
# word of it must be a level's word: "Priya (hiring manager)", "Tunde - Recruiter" are people.
_LEVEL_WORDS = frozenset(
    """native fluent fluency conversational basic intermediate advanced professional working business limited
    elementary beginner beginning proficient proficiency full bilingual mother tongue heritage
    reading writing written spoken oral read write speaking speaker level a1 a2 b1 b2 c1 c2 ilr and or in
    language""".split()
)
_LEVEL = re.compile(r" ?[(\[]([^()\[\]\n]{1,40})[)\]]| [-–—:] ([A-Za-z][A-Za-z ]{1,30})")


def _level_after(text: str, at: int) -> bool:
    level = _LEVEL.match(text, at)
    if level is None:
        return False
    words = re.findall(r"[a-z0-9]+", (level.group(1) or level.group(2)).lower())
    # "first"/"second" only with "language": "(first language)" is a level, "Dan (first)" a panel's order (M2).
    ordinal = "language" in words
    return bool(words) and all(w in _LEVEL_WORDS or (ordinal and w in ("first", "second")) for w in words)


# What a language's name is joined to by a hyphen where it names speakers: "Tigrinya-speaking families",
# "Haitian Creole-speaking", "German-language media". The tokenizer keeps such a word whole.
_HYPHEN_TAILS = frozenset("speaking speaker speakers language".split())


def hyphened_language(text: str, tokens: list[Token], index: int, table: Phrases) -> int:
    """The end of "<language>-speaking" opening at ``index`` (a language of any name; no person is written so),
    0 if none: the language's other words, if any, are joined by spaces to the hyphened one."""
    first = tokens[index]
    if not first.cap:
        return 0
    for last in range(index, min(index + 3, len(tokens))):
        head, dash, tail = tokens[last].key.rpartition("-")
        if dash and tail in _HYPHEN_TAILS:
            keys = (*(t.key for t in tokens[index:last]), head)
            spaced = all(text[tokens[i].end : tokens[i + 1].start] == " " for i in range(index, last))
            return last + 1 if spaced and keys in table.get(keys[0], ()) else 0
        if last > index and text[tokens[last - 1].end : tokens[last].start] != " ":
            return 0
    return 0


# The first word of a language's name in Malay and Indonesian ("Bahasa Indonesia", "Bahasa Melayu"), and the words
# of a sign language's name ("American Sign Language", "British Sign Language").
_BAHASA = "bahasa"
_SIGN = ("sign", "language")


def compound_language(text: str, tokens: list[Token], index: int, table: Phrases) -> int:
    """The length of a language named by a listed language after a variety's words ("Brazilian Portuguese",
    "Mandarin Chinese", "Egyptian Arabic", "Latin American Spanish", "Swiss German"), a sign language ("American
    Sign Language") or "Bahasa <X>", written as one capitalised run; 0 if none. A variety's word is a dictionary
    word no given-name list holds, a place, or another language ("Priya English", "Hunter French" are people:
    Priya and Hunter are given names). The frames a language needs are read after, as for any listed language."""
    lex = lexicon()
    places = gazetteer_places()
    at = index
    while at < len(tokens) and at - index < 4:
        token = tokens[at]
        if not token.cap or (at > index and text[tokens[at - 1].end : token.start] != " "):
            return 0
        if at == index and token.key == _BAHASA:
            following = tokens[at + 1] if at + 1 < len(tokens) else None
            spaced = following is not None and following.cap and text[token.end : following.start] == " "
            return 2 if spaced else 0
        if at > index:
            length = match(table, text, tokens, at)
            if length:
                return at + length - index
            keys = tuple(t.key for t in tokens[at : at + 2])
            if keys == _SIGN and at + 1 < len(tokens) and text[token.end : tokens[at + 1].start] == " ":
                return at + 2 - index
        variety = token.key not in lex.given and (
            token.key in lex.english or token.key in places or _demonym(token.key)
        )
        if not variety and not match(table, text, tokens, at):
            return 0
        at += 1
    return 0


@cache
def gazetteer_places() -> frozenset[str]:
    """One-word places of the gazetteer ("Brazil", "Texas"), read once."""
    return frozenset(first for first, phrases in gazetteer().places.items() if (first,) in phrases)


# The endings of a people's or region's adjective: "Brazilian", "Egyptian", "Haitian", "Levantine", "Scottish",
# "Congolese". Its first letters are a place's ("Brazil", "Egypt", "Haiti", "Scotland", "Congo").
_DEMONYM_ENDINGS = ("ian", "an", "ese", "ish", "ine", "ic", "i")


def _demonym(key: str) -> bool:
    return any(key.endswith(e) and len(key) - len(e) >= 4 for e in _DEMONYM_ENDINGS) and key[:4] in _place_stems()


@cache
def _place_stems() -> frozenset[str]:
    return frozenset(place[:4] for place in gazetteer_places() if len(place) >= 4)


# What opens an item of a languages label's value: the label's colon, a list's comma, a separator.
_ITEM_OPENING = re.compile(r"(?:[:,;|/–—-]|\band|\bor)[ \t]*$")


def labelled_language(text: str, tokens: list[Token], index: int) -> int:
    """The end of an item of a languages label's value opening at ``index``, in any case and whatever its words
    ("LANGUAGES: HILIGAYNON, ENGLISH", "Languages: Cebuano, Tok Pisin"): no person is listed under the label, and
    another field on the line ("; owner: Dan") ends its value (0 if not; OUTSIDE13 class 19, session 15)."""
    token = tokens[index]
    if not _languages_line(text, token.start):
        return 0
    line_start = text.rfind("\n", 0, token.start) + 1
    if not _ITEM_OPENING.search(text[line_start : token.start]):
        return 0
    end = index + 1
    while end < len(tokens) and tokens[end].cap and text[tokens[end - 1].end : tokens[end].start] in (" ", "-"):
        end += 1
    return end if possessive_at(text, tokens[end - 1]) < 0 else 0
