"""Skill coverage reads a text's mentions without building every phrase of it (memory/skills.py ``_mentions``):
the same answer as membership in ``_phrases`` for every spelling of the taxonomy and every run of the text."""

from __future__ import annotations

import random

from memory import skills
from memory.demo import demo_records


def _texts() -> list[str]:
    out = []
    for record in demo_records(n=40, seed=3):
        out += [str(record.get(k)) for k in ("text", "summary", "headline") if record.get(k)]
    versioned = "python3 v2 k8s s3 ec2 html5 es2015 c99 vue3.2 2fa c#10 node18.x log4j2 iso27001"
    return [*out, "Shipped HTML5, CSS3 and Node.js; C++/CUDA, .NET 8, ci/cd.", versioned, "", "go", "a b c d e f g h"]


def test_mentions_answer_as_the_phrase_set_does() -> None:
    index = skills._taxonomy()[0]
    spellings = list(index)
    rng = random.Random(5)
    checked = 0
    for text in _texts():
        words = skills.tokens(text)
        runs = [" ".join(words[i : i + n]) for i in range(len(words)) for n in range(1, 9) if i + n <= len(words)]
        bare = [m.group(1) for word in words if (m := skills._VERSIONED.match(word))]
        asked = [*rng.sample(spellings, 300), *runs, *bare, *(r.upper() for r in runs[:5]), "", " go", "go  go", "html"]
        phrases, mentions = skills._phrases(text), skills._mentions(text)
        assert [p in phrases for p in asked] == [p in mentions for p in asked], text
        checked += sum(p in phrases for p in asked)
    assert checked > 500  # the comparison saw many present phrases, not only absent ones


def test_coverage_is_cleared_with_the_other_text_caches() -> None:
    skills.coverage(["Go"], set(), "wrote idiomatic Go")
    assert skills._mentions.cache_info().currsize
    skills.forget_texts()
    assert skills._mentions.cache_info().currsize == 0
