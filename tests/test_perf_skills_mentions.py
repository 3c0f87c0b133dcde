"""Skill coverage reads a text's mentions without building every phrase of it (memory/skills.py ``_mentions``):
the same answer as membership in ``_phrases`` for every spelling of the taxonomy and every run of the text."""

from __future__ import annotations

import random
import re

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


def _coverage_by_phrases(wanted: list[str], have: set[str], text: str) -> tuple[list[str], list[str]]:
    """``coverage`` as it read every phrase of the text up front (before its mentions were read lazily)."""
    held = {skills.canonical(s) for s in have}
    held_keys = {skills._key(s) for s in held}
    phrases = skills._phrases(text) if text else frozenset()
    matched: list[str] = []
    missing: list[str] = []
    for skill in wanted:
        hit = skills.canonical(skill) in held or any(form in phrases for form in skills.spellings(skill))
        shown_by = skills.covering(skill)
        hit = hit or bool(shown_by and (shown_by & held_keys or any(form in phrases for form in shown_by)))
        (matched if hit else missing).append(skill)
    return matched, missing


def test_coverage_reads_mentions_lazily_with_the_same_answers() -> None:
    """Listed skills, spellings in the text, covering phrases listed or in the text, versioned words: each answers
    as the phrase set did, whether or not a listed skill answered first."""
    rng = random.Random(11)
    names = sorted(skills._taxonomy()[1])
    covered = [s for s in names if skills.covering(s)]
    asked_pool = [*rng.sample(names, 60), *rng.sample(covered, 60), "HTML", "Python", "machine learning", "Go"]
    found = 0
    for text in _texts():
        in_text = sorted(skills.extract(text)) if text else []
        for _ in range(6):
            wanted = rng.sample(asked_pool, 4) + in_text[:2]
            have = (
                set(rng.sample(names, 3))
                | set(in_text[2:3])
                | {rng.choice(sorted(skills.covering(rng.choice(covered))))}
            )
            got = skills.coverage(wanted, have, text)
            assert (got.matched, got.missing) == _coverage_by_phrases(wanted, have, text), (text, wanted, have)
            found += len(got.matched)
    assert found > 100  # many hits, by listed skills and by text, not only misses


def _tokens_as_stripped(text: str) -> list[str]:
    """``tokens`` as it was read before one regex did it: every run of the name characters, its trailing
    '.', '/' and '-' stripped, empty strips dropped."""
    return [w for t in re.findall(r"[\w+#./-]+", text.lower()) if (w := t.rstrip("./-"))]


def test_tokens_are_the_stripped_runs() -> None:
    """The one-regex tokens against the strip they replaced, on texts dense in the characters they treat apart
    (trailing and lone '.', '/', '-', '+', '#', digits, non-ASCII letters, upper case that lower-cases to two)."""
    rng = random.Random(17)
    alphabet = "ab.-/+#_ 9É,İ:ß\n"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(3000)]
    texts += [t for t in _texts()]
    texts += ["in Go.", "ci/cd/", "--", "./-", "c++/cuda.", ".NET", "a.-/b", "x- -y", "node.js, c#."]
    for text in texts:
        assert skills.tokens(text) == _tokens_as_stripped(text), text
    assert sum(len(skills.tokens(t)) for t in texts) > 5000  # the texts hold many tokens, not only misses


def test_mentions_read_no_tokens_for_a_phrase_whose_first_word_is_absent() -> None:
    """The substring check that skips tokenising: absent first words answer without reading the tokens, a
    present one reads them (and answers as the phrase set does)."""
    mentions = skills._Mentions("Wrote services in Go and Node.js; HTML5.")
    assert "kubernetes" not in mentions and "rust lang" not in mentions
    assert mentions._read is None
    assert "node.js" in mentions and "html" in mentions and "go and" in mentions
    assert mentions._read is not None
