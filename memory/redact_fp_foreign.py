"""Prose in another language: its ordinary words are words, not names (session 12's blind tester, class F8).

Notes in French, Spanish or German lost their ordinary words to [PERSON] in every text: the name rules and the
English person tagger read a word no English list knows ("comunicazione", "Stärken", "Avis") as a name. A line is
in language L when L's function words (its most frequent words, rare in English: "avec", "und", "con", "het")
make a good share of it; in such a line a word of L's vocabulary is kept (``memory/redact_data/foreign.txt.gz``,
built from wordfreq's lists by ``python -m eval.redaction_round13_fp_lists``; a word frequent in L and a hundred
times rarer in English, so given names, which every language's text writes alike, are not in it).

Names in those lines still go, by shape:

- a capitalised word is kept only where L writes it so and no name list holds it (by its folded key too:
  "Jörg", "Conceição"; review M1): German nouns anywhere (a family name of the lists only after an article: "die
  Stelle"), elsewhere only a sentence's first word ("Entretien", "Beschikbaar"); a
  sentence's first name ("Luz conoce ...", "João fez ...") and a name after a preposition ("Selon Aurélien")
  are left to the name rules, with the preposition;
- a run of capitalised words with a word L's vocabulary lacks ("Zhang Wei", "Joao Pereira") is a name's, and
  its words are a name's wherever else they stand ("Joao trabalhou ...");
- never after a title of L or of English ("Herr", "Señora", "Dr.").
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from memory.redact_lexicon import NAME_PREFIXES, PARTICLES, TITLES, lexicon
from memory.redact_tokens import Token, key_of, sentence_start

# Titles of the languages read, before a name ("Herr Tesfaye", "Sra. Rojas", "Mevrouw Dahl").
_TITLES = TITLES | frozenset(
    """herr frau monsieur madame mademoiselle mme mlle mr señor senor señora senora señorita senorita sr sra srta
    don dona doña senhor senhora signor signora sig dott dottoressa dottor meneer mevrouw dhr mevr heer pani pan
    fru herra""".split()
)
# English function words: a line holding more of them than of L's is English ("Met with Luis de la Cruz").
_ENGLISH = frozenset(
    """the and to of is was with for that this on at by from are be has have had will it as an not but or we she
    he they her his their our you about can would should if so up out just also very into after before when what
    who which there were been did does my me i your""".split()
)
# Words of names as well as of L's prose ("dos", "van", "de la"): no evidence of a line's language.
_PARTICLES = PARTICLES | NAME_PREFIXES
# Languages that capitalise their nouns: there a capitalised word inside a sentence is an ordinary word too.
_NOUNS_CAPITALISED = frozenset({"de"})
# Languages that write compounds as one word ("Führungserfahrung", "salariswens"): a long word is L's when its
# tail is ("erfahrung", "wens") and its head is, with a linking letter or two ("führung-s").
_COMPOUNDING = frozenset({"de", "nl", "sv"})
_LINKS = ("", "s", "es", "en", "n", "e", "er")


@dataclass(frozen=True)
class Foreign:
    function: dict[str, frozenset[str]]  # language -> its function words
    vocabulary: dict[str, frozenset[str]]  # language -> its ordinary words (function words included)
    lower: dict[str, frozenset[str]]  # language -> words of it read in lower case only ("son", "mei")
    detect: dict[str, frozenset[str]]  # language -> the function words that tell a line's language ("met" too)
    any_function: frozenset[str]  # every language's function words, for the cheap first test


@cache
def foreign() -> Foreign:
    """The shipped lists, read once per process (about 200,000 words of eight languages)."""
    data = resources.files("memory").joinpath("redact_data", "foreign.txt.gz").read_bytes()
    function: dict[str, set[str]] = {}
    vocabulary: dict[str, set[str]] = {}
    lower: dict[str, set[str]] = {}
    detect: dict[str, set[str]] = {}
    for line in gzip.decompress(data).decode().splitlines():
        tag, _, key = line.partition(" ")
        language = tag.rstrip("*~+")
        if "*" in tag or "+" in tag:
            detect.setdefault(language, set()).add(key)
        if "~" in tag or "+" in tag:
            lower.setdefault(language, set()).add(key)
            continue
        vocabulary.setdefault(language, set()).add(key)
        if "*" in tag:
            function.setdefault(language, set()).add(key)
    return Foreign(
        {k: frozenset(v) for k, v in function.items()},
        {k: frozenset(v) for k, v in vocabulary.items()},
        {k: frozenset(v) for k, v in lower.items()},
        {k: frozenset(v) for k, v in detect.items()},
        frozenset().union(*detect.values()),
    )


_WORD = re.compile(r"[^\W\d_]+")
# Punctuation read as a space by the cheap test of whether a text holds a function word at all ("maart,").
_PUNCTUATION_MARKS = ",.;:!?()[]\"'’/"
# At least this many function words of L in a line (or the whole text), and this share of its words.
MIN_FUNCTION_WORDS = 2
MIN_SHARE = 0.15


def _language(keys: list[str], table: Foreign) -> str | None:
    """The language whose function words make up the lower-case words ``keys`` of a line, if one does."""
    if not keys:
        return None
    english = sum(k in _ENGLISH for k in keys)
    best, hits = None, 0
    for language, words in table.detect.items():
        # not a name's particle: "talked with joão dos santos" is English with a name in lower case
        found = [k for k in keys if k in words and k not in _PARTICLES]
        if len(found) > hits and len(set(found)) >= MIN_FUNCTION_WORDS:
            best, hits = language, len(found)
    if best is None or hits < MIN_FUNCTION_WORDS or hits < MIN_SHARE * len(keys) or english >= hits:
        return None
    return best


def _compound(key: str, vocabulary: frozenset[str]) -> bool:
    """A long word made of two of L's words, with a linking letter or two between ("fachgesprach",
    "gehaltsvorstellung", "opzegtermijn")."""
    if len(key) < 9:
        return False
    for cut in range(3, len(key) - 3):
        tail = key[cut:]
        if len(tail) >= 4 and tail in vocabulary:
            head = key[:cut]
            if any(head.endswith(link) and head[: len(head) - len(link)] in vocabulary for link in _LINKS):
                return True
    return False


# Articles and pronouns elided before a vowel: "d'équipe", "l'entretien", "dell'azienda", "qu'elle".
_ELISIONS = frozenset("d l j m n s t c qu jusqu lorsqu puisqu dell all nell sull dall dall un quell po".split())


def _elided(text: str, token: Token) -> str:
    """The key of the word after an elided article ("équipe" for "d'équipe"), or "" when there is none."""
    written = text[token.start : token.end]
    for mark in ("'", "’"):
        head, found, tail = written.partition(mark)
        if found and head.lower() in _ELISIONS and tail:
            return key_of(tail)
    return ""


def _spans(text: str, table: Foreign) -> list[tuple[int, int, str]]:
    """(start, end, language) of the lines in another language: each line by its own words, and, when the whole
    text is in L, every line of it that is not English by its own words."""
    lines = []
    at = 0
    for line in text.split("\n"):
        # lower-case words only: a name is capitalised, and may be one of L's words ("Bas de Boer": French "bas")
        lines.append((at, at + len(line), [key_of(w) for w in _WORD.findall(line) if w.islower()]))
        at += len(line) + 1
    whole = _language([k for _, _, keys in lines for k in keys], table)
    out = []
    for start, end, keys in lines:
        language = _language(keys, table)
        if language is None and whole is not None and not any(k in _ENGLISH for k in keys):
            language = whole
        if language is not None:
            out.append((start, end, language))
    return out


def _may_be_foreign(text: str, table: Foreign) -> bool:
    """Two function words of other languages at least, as written ("dans", "und"; an English note's "rapport" is
    one): the cheap test before any line is read (a split, no regex: redaction's cost budget)."""
    spaced = text
    for mark in _PUNCTUATION_MARKS:  # str.replace, not str.translate: translate reads non-ASCII text char by char
        spaced = spaced.replace(mark, " ")
    words = set(spaced.split())
    if not text.isascii():
        # Each distinct word read once, not each occurrence (redaction's cost budget, session 18).
        odd = [w for w in words if not w.isascii()]
        words.difference_update(odd)
        words.update(key_of(w) for w in odd)  # "très": "tres"
    return len(table.any_function.intersection(words)) >= MIN_FUNCTION_WORDS


def foreign_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of ``text`` in another language, for the gendered-word rewrite: French "son
    parcours", Spanish "son buenos", German "man sollte" are no English "son" or "man"."""
    table = foreign()
    if not _may_be_foreign(text, table):
        return []  # most texts are English
    return [(start, end) for start, end, _ in _spans(text, table)]


def _runs(text: str, tokens: list[Token], inside: list[int]) -> list[list[int]]:
    """The capitalised runs among ``inside`` (words joined by a space or a hyphen), each a list of indices."""
    runs: list[list[int]] = []
    for i in inside:
        token = tokens[i]
        if not token.cap or token.upper:
            continue
        if runs and runs[-1][-1] == i - 1 and text[tokens[i - 1].end : token.start] in (" ", "-"):
            runs[-1].append(i)
        elif (
            runs
            and runs[-1][-1] == i - 2
            and tokens[i - 1].key in _PARTICLES
            and text[tokens[i - 2].end : token.start] == f" {text[tokens[i - 1].start : tokens[i - 1].end]} "
        ):
            runs[-1] += [i - 1, i]  # "Femke de Boer": one name across its particle
        else:
            runs.append([i])
    return runs


def protect_foreign_prose(text: str, tokens: list[Token]) -> None:
    """Mark protected the ordinary words of the lines in another language (see the module's docstring)."""
    table = foreign()
    if not _may_be_foreign(text, table):
        return  # most notes are English
    spans = _spans(text, table)
    if not spans:
        return
    lex = lexicon()
    read = []
    for start, end, language in spans:
        inside = [i for i, t in enumerate(tokens) if start <= t.start < end]
        read.append((language, inside, _runs(text, tokens, inside)))

    def known(token: Token, language: str) -> bool:
        vocabulary = table.vocabulary[language]
        key = _elided(text, token) or token.key
        return key in vocabulary or (language in _COMPOUNDING and _compound(key, vocabulary))

    # The words of a run that holds a word L lacks are a name's, wherever else they stand: "Entrevista com Joao
    # Pereira hoje. Joao trabalhou ..." (João is one of Portuguese's most frequent words).
    named = {
        tokens[i].key
        for language, _, runs in read
        for run in runs
        if not all(known(tokens[j], language) for j in run)
        for i in run
    }
    for language, inside, runs in read:
        lower = table.lower.get(language, frozenset())
        # A line of L written with capitals (a sentence's first word, a name) writes its names capitalised: every
        # lower-case word in it is an ordinary word ("Eine grünere und sicherere Mobilität"); in a line all in
        # lower case (a chat) only the lists decide.
        cased = bool(runs)
        for i in inside:
            token = tokens[i]
            if token.cap or token.protected:
                continue
            # a lower-case word of L (a looser list: a line of L writes its names capitalised), an English one
            # ("un grand cabinet", "ervaring met software"), or a long one no name list holds ("escalabilidad")
            long_word = len(token.key) >= 9 and token.key not in lex.given and token.key not in lex.family
            if known(token, language) or token.key in lower or token.key in lex.common or long_word or cased:
                token.protected = True
        for run in runs:
            words = [tokens[i] for i in run]
            first = words[0]
            before = tokens[run[0] - 1] if run[0] else None
            if (before is not None and before.key in _TITLES) or any(t.key in named for t in words):
                continue  # "Herr Tesfaye", "Sra. Rojas"; a name's word seen in a run with a word L lacks
            if any(_given(text, t) for t in words):
                continue  # "Luz conoce ...", "Laut Jörg ist ...": a given name of the lists (review M1)
            if language in _NOUNS_CAPITALISED:
                # German writes its nouns capitalised anywhere: a run of its words only ("Nächster Schritt"); a
                # family name of the lists only after an article ("die Stelle", "nächste Runde"; not "mit Koch")
                if all(known(t, language) and (not _family(text, t) or _after_article(tokens, t)) for t in words):
                    for t in words:
                        t.protected = True
            elif (
                len(words) == 1 and sentence_start(text, first) and known(first, language) and not _family(text, first)
            ):
                # Elsewhere a capitalised word inside a sentence is a proper noun; a sentence's first word is
                # kept when L writes it in lower case inside sentences and no name list holds it ("Entretien",
                # "Beschikbaar"; not "Luz", "Paz", "João": review M1). A word before a name goes with it
                # ("Selon Aurélien": a run of two).
                first.protected = True


def _folded(text: str, token: Token) -> str:
    return key_of(text[token.start : token.end])


def _given(text: str, token: Token) -> bool:
    """A given name of the lists, by its key and by its folded spelling ("Jörg", "Conceição")."""
    given = lexicon().given
    return token.key in given or _folded(text, token) in given


def _family(text: str, token: Token) -> bool:
    family = lexicon().family
    return token.key in family or _folded(text, token) in family or _given(text, token)


# German articles and contracted prepositions before a noun: "die Stelle", "im Rahmen", "zur Runde".
_ARTICLES = frozenset(
    """der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins ans jede jeder jedes
    diese dieser dieses keine keinen unsere unser ihre ihr seine sein nächste nachste nächsten nachsten""".split()
)


def _after_article(tokens: list[Token], token: Token) -> bool:
    at = tokens.index(token)
    return at > 0 and not tokens[at - 1].cap and tokens[at - 1].key in _ARTICLES
