"""Sentence-aware chunking, because MiniLM reads only its first 256 word-pieces.

Chunks hold whole sentences up to ``max_words`` words (≈150 words ≈ 200 word-pieces); a single sentence
longer than that is cut at word boundaries. The same text always gives the same chunks.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n\s*\n|\n(?=\s*[-*•])")


def split_sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(text) if part and part.strip()]


def chunk_text(text: str, max_words: int = 150) -> list[str]:
    """Greedy packing of sentences into chunks of at most ``max_words`` words.

    >>> chunk_text("One two. Three four five.", max_words=3)
    ['One two.', 'Three four five.']
    """
    chunks: list[str] = []
    current: list[str] = []
    count = 0
    for sentence in split_sentences(text):
        words = sentence.split()
        while len(words) > max_words:
            if current:
                chunks.append(" ".join(current))
                current, count = [], 0
            chunks.append(" ".join(words[:max_words]))
            words = words[max_words:]
        if count + len(words) > max_words and current:
            chunks.append(" ".join(current))
            current, count = [], 0
        current.extend(words)
        count += len(words)
    if current:
        chunks.append(" ".join(current))
    return chunks
