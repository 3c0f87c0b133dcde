"""Sentence-aware chunking, because MiniLM reads only its first 256 word-pieces.

Chunks hold whole sentences up to ``max_words`` words (≈150 words ≈ 200 word-pieces); a single sentence
longer than that is cut at word boundaries. The same text always gives the same chunks.

The encoder reads chunks of the *redacted* text (so that a name's length cannot move a chunk boundary),
while a recruiter reads the *original* passage: ``passages`` maps each redacted chunk back to the
original sentences it came from.

Words are counted so that how a name was written cannot move a boundary either (issue 10, OUTSIDE14 class 22):
a placeholder run counts as one word, with what a name may leave inside or beside it ("[PERSON] do [PERSON]",
"[PERSON] [PERSON]", "[PERSON] J.", "[PERSON] Le"), so "Maria do Carmo Silva" and "James Walker" give the same
boundaries and every later chunk of a long resume stays byte-identical; an initial's full stop after a
placeholder ends no sentence. Texts with no ``[PERSON]`` or ``[CANDIDATE]`` are chunked exactly as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# An initial's full stop after a placeholder ("[PERSON] J.") ends no sentence: the initial a name left there would
# otherwise add a sentence other names do not have, and move the chunks after it.
_SENTENCE_END = re.compile(r"(?<=[.!?;])(?<!\[PERSON\] [A-Z]\.)(?<!\[CANDIDATE\] [A-Z]\.)\s+|\n\s*\n|\n(?=\s*[-*•])")
# Placeholders that stand for a person: a name of any length becomes one or more of these.
_NAMES = ("[PERSON]", "[CANDIDATE]")
# Punctuation around a word, stripped before its shape is read ("(do", "Le,").
_EDGES = "()[]{}<>,;:.!?\"'“”‘’"
# Left between two placeholders of one name: particles and short parts ("do", "van der", "binti", "'t").
# Longer lower-case words are ordinary words ("[PERSON] mentored [PERSON]") and count.
_GLUE_LOWER = 5
# Gap between two placeholders still read as one name (the longest particle run: "van de", "de la", "van 't").
_GLUE_RUN = 3
# A short capitalised part beside a run ("[PERSON] Le", "Do [PERSON]"): at most this many letters.
_EDGE_LETTERS = 3


def split_sentences(text: str) -> list[str]:
    return [part.strip() for part in cut(_SENTENCE_END, text) if part.strip()]


def cut(breaks: re.Pattern[str], text: str) -> list[str]:
    """``text`` split at the matches of ``breaks``, except a space after a lone capital initial's full stop that
    goes on with another initial or a lower-case word ("J. K. did the round", "per K. on Friday", "U.S. teams").

    Initials a person goes by that redaction left would otherwise cut a note at each dot, in the world that wrote
    them only: more, shorter chunks, and every chunk after them moved (issue 10, OUTSIDE16 end to end class 2).
    Such a full stop ends no sentence in name-free text either ("the U.S. market"); one that does ("Plan B. We")
    still cuts, as a capital follows it.

    >>> cut(_SENTENCE_END, "J. K. did the round. Plan B. We agreed. the U.S. team")
    ['J. K. did the round.', 'Plan B.', 'We agreed.', 'the U.S. team']
    """
    parts = []
    last = 0
    for match in breaks.finditer(text):
        start, end = match.span()
        if start == end or (_after_initial(text, start) and "\n" not in match.group() and _goes_on(text, end)):
            continue
        parts.append(text[last:start])
        last = end
    parts.append(text[last:])
    return parts


def _after_initial(text: str, at: int) -> bool:
    """A lone capital letter and its full stop end right before ``at`` ("J.", "K." in "J.K."; not "AWS.")."""
    return (
        at >= 2
        and text[at - 1] == "."
        and text[at - 2].isupper()
        and (at == 2 or not (text[at - 3].isalnum() or text[at - 3] in "'’-"))
    )


def _goes_on(text: str, at: int) -> bool:
    """What follows a break is a lower-case word or another initial ("K.", "K.,")."""
    head = text[at : at + 3]
    if head[:1].islower():
        return True
    return len(head) >= 2 and head[0].isupper() and head[1] == "." and (len(head) == 2 or not head[2].isalnum())


def _is_name(word: str) -> bool:
    return any(mark in word for mark in _NAMES)


def _glue(word: str) -> bool:
    """A word a name may leave between two of its placeholders: a particle, a short part or an initial."""
    core = word.strip(_EDGES)
    if core in ("t", "'t") or word in ("'t", "-"):
        return True
    return core.isalpha() and (len(core) <= _EDGE_LETTERS or (core.islower() and len(core) <= _GLUE_LOWER))


def _edge(word: str) -> bool:
    """A word a name may leave beside its run: an initial ("J.") or a short capitalised part ("Le", "Do")."""
    core = word.rstrip(_EDGES).lstrip(_EDGES)
    return core.isalpha() and core[:1].isupper() and len(core) <= _EDGE_LETTERS


def word_weights(words: list[str]) -> list[int]:
    """1 per word, except that each placeholder run (with the particles, initials and short parts a name
    leaves in and beside it) weighs 1 in all: only its first word counts.

    >>> word_weights("Led by [PERSON] do [PERSON] since 2019".split())
    [1, 1, 1, 0, 0, 1, 1]
    >>> word_weights("[PERSON] [PERSON] J. wrote".split())
    [1, 0, 0, 1]
    """
    weights = [1] * len(words)
    i = 0
    while i < len(words):
        if not _is_name(words[i]):
            i += 1
            continue
        # Short parts before the run head it ("Do [PERSON]" weighs what "[PERSON]" does). The whole stretch of
        # short capitalised words beside a run goes with it, a name's part or not ("[PERSON] Le CEO" as "[PERSON]
        # CEO"): taking one only, the next real word was absorbed when a name left nothing (review of 6f999e3).
        start = i
        while start > 0 and weights[start - 1] == 1 and _edge(words[start - 1]) and not _is_name(words[start - 1]):
            start -= 1
        end = i + 1
        while True:
            gap = end
            while gap < len(words) and gap - end < _GLUE_RUN and not _is_name(words[gap]) and _glue(words[gap]):
                gap += 1
            if gap < len(words) and _is_name(words[gap]):
                end = gap + 1
            else:
                break
        while end < len(words) and _edge(words[end]):
            end += 1
        for j in range(start + 1, end):
            weights[j] = 0
        i = end
    return weights


@dataclass(frozen=True)
class Chunk:
    """One chunk and the sentences ``[first, end)`` of the text it was packed from."""

    text: str
    first: int
    end: int


def chunk_spans(text: str, max_words: int = 150) -> list[Chunk]:
    """Greedy packing of sentences into chunks of at most ``max_words`` words (``word_weights``), with their
    sentence range.

    >>> [c.text for c in chunk_spans("One two. Three four five.", max_words=3)]
    ['One two.', 'Three four five.']
    >>> [c.text for c in chunk_spans("[PERSON] do [PERSON] led. Three four.", max_words=3)]
    ['[PERSON] do [PERSON] led.', 'Three four.']
    """
    chunks: list[Chunk] = []
    current: list[str] = []
    size = 0
    start = 0
    sentences = split_sentences(text)
    for index, sentence in enumerate(sentences):
        words = sentence.split()
        # Most sentences hold no placeholder: one substring test each, then one per word as before.
        weights = word_weights(words) if _is_name(sentence) else [1] * len(words)
        total = sum(weights)
        while total > max_words:
            if current:
                chunks.append(Chunk(" ".join(current), start, index))
                current, size = [], 0
            cut = _cut(weights, max_words)
            chunks.append(Chunk(" ".join(words[:cut]), index, index + 1))
            words, weights = words[cut:], weights[cut:]
            total = sum(weights)
        if size + total > max_words and current:
            chunks.append(Chunk(" ".join(current), start, index))
            current, size = [], 0
        if not current:
            start = index
        current.extend(words)
        size += total
    if current:
        chunks.append(Chunk(" ".join(current), start, len(sentences)))
    return chunks


def _cut(weights: list[int], max_words: int) -> int:
    """Where an overlong sentence is cut: after ``max_words`` counted words and the uncounted words that
    follow them (a placeholder run is never cut)."""
    total = 0
    for at, weight in enumerate(weights):
        if total + weight > max_words:
            return at
        total += weight
    return len(weights)


def chunk_text(text: str, max_words: int = 150) -> list[str]:
    """The chunks' texts only.

    >>> chunk_text("One two. Three four five.", max_words=3)
    ['One two.', 'Three four five.']
    """
    return [chunk.text for chunk in chunk_spans(text, max_words)]


def passages(original: str, redacted: str, max_words: int = 150) -> list[tuple[str, str]]:
    """``(redacted chunk, original passage)`` pairs: the model reads the first, a recruiter the second.

    Redaction replaces words inside sentences and never adds or removes a sentence end, so the two texts
    split into the same number of sentences and chunk ``i`` covers the same sentences of both. When they
    do not (a name such as "J. Smith" whose initial ends a sentence), the passage falls back to the
    redacted chunk: the recruiter then sees placeholders, never a wrong passage.

    >>> passages("Ana wrote Go. She led.", "[CANDIDATE] wrote Go. They led.", max_words=3)
    [('[CANDIDATE] wrote Go.', 'Ana wrote Go.'), ('They led.', 'She led.')]
    """
    chunks = chunk_spans(redacted, max_words)
    source = split_sentences(original)
    if len(source) != len(split_sentences(redacted)):
        return [(chunk.text, chunk.text) for chunk in chunks]
    return [(chunk.text, " ".join(source[chunk.first : chunk.end])) for chunk in chunks]
