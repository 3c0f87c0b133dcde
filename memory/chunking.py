"""Sentence-aware chunking, because MiniLM reads only its first 256 word-pieces.

Chunks hold whole sentences up to ``max_words`` words (≈150 words ≈ 200 word-pieces); a single sentence
longer than that is cut at word boundaries. The same text always gives the same chunks.

The encoder reads chunks of the *redacted* text (so that a name's length cannot move a chunk boundary),
while a recruiter reads the *original* passage: ``passages`` maps each redacted chunk back to the
original sentences it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n\s*\n|\n(?=\s*[-*•])")


def split_sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(text) if part and part.strip()]


@dataclass(frozen=True)
class Chunk:
    """One chunk and the sentences ``[first, end)`` of the text it was packed from."""

    text: str
    first: int
    end: int


def chunk_spans(text: str, max_words: int = 150) -> list[Chunk]:
    """Greedy packing of sentences into chunks of at most ``max_words`` words, with their sentence range.

    >>> [c.text for c in chunk_spans("One two. Three four five.", max_words=3)]
    ['One two.', 'Three four five.']
    """
    chunks: list[Chunk] = []
    current: list[str] = []
    start = 0
    for index, sentence in enumerate(split_sentences(text)):
        words = sentence.split()
        while len(words) > max_words:
            if current:
                chunks.append(Chunk(" ".join(current), start, index))
                current = []
            chunks.append(Chunk(" ".join(words[:max_words]), index, index + 1))
            words = words[max_words:]
        if len(current) + len(words) > max_words and current:
            chunks.append(Chunk(" ".join(current), start, index))
            current = []
        if not current:
            start = index
        current.extend(words)
    if current:
        chunks.append(Chunk(" ".join(current), start, len(split_sentences(text))))
    return chunks


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
