"""Redaction before anything is embedded or indexed: who a person is must not move their score.

Layers, in order (each measured by ``python -m eval.redaction``):

1. the record's identity (:class:`Identity`): name parts in any case and order, initials, nicknames,
   email local parts, phone numbers, profile URLs and handles, removed deterministically as ``[CANDIDATE]``;
2. contact details, links, photos, addresses, birth dates, ages and graduation years (typed placeholders);
3. name lists of many origins (US SSA given names, Census surnames, hand-written names of other origins),
   gated by context so that "Austin" the city, "Grant writing" and "Chase Bank" survive;
4. a person tagger (spaCy's English ner, fine-tuned: :mod:`memory.redact_ner`) for the names the lists miss,
   run only on short windows (a sentence) around the words it is asked about: every capitalised word that could
   be a name and that no rule decided (:mod:`memory.redact_n_ask`), and lower-case words that are no ordinary
   word where a person's cue stands;
5. affinity groups named by sex, race, religion or orientation, and gendered pronouns and terms.

Places, employers, schools and skills are kept on purpose, including those that hint at a group (an
HBCU, a women's college): they are evidence of qualification, and removing some of them would itself
require guessing a person's group. The original text stays on the record for display; only the redacted
text reaches the encoder, the lexical index and the skill reader.

Redaction is deterministic, and idempotent by its last step: a text whose output holds a word beside a placeholder
that a second pass could take is read again until nothing beside a placeholder changes (at most three readings).
That is what a second pass changed in round 13's texts (14 -> 1 of 7,560, session 14); it is no proof that
``redact(redact(t)) == redact(t)`` for every text (OUTSIDE12's harness: 48 of 29,170 texts still change at 3c510fa).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from memory import heap
from memory.redact_edges import CONTEXT_WORDS, settle
from memory.redact_identity import Identity
from memory.redact_layout import caps_names, caps_rest, recase
from memory.redact_lexicon import PERSON_CUES_BEFORE, PERSON_VERBS_AFTER, PLACES, lexicon
from memory.redact_lower import TALKED, chat_subject
from memory.redact_n_ask import capital_candidates, word_name_candidates
from memory.redact_n_dotted import dotted_names
from memory.redact_n_lower import grow
from memory.redact_names import analyse
from memory.redact_ner import PersonFinder, SpacyPersons
from memory.redact_patterns import AFFINITY_GROUP, AGE, CANDIDATE, CONTACT, DATE, PERSON, affinity, contacts, neutral
from memory.redact_render import person_regions, render, render_with_offsets, shifted_token
from memory.redact_s_calls import call_initials, own_initials
from memory.redact_s_caps import family_first
from memory.redact_s_initials import (
    family_after_initials,
    initials_before_names,
    labelled_initials,
    lower_initials,
    words_before_initials,
)
from memory.redact_s_own import head, own_name, own_words_where_a_person_stands, unfound_name
from memory.redact_s_paren import bracketed_names
from memory.redact_s_refs import referees
from memory.redact_s_reported import reported_subjects
from memory.redact_s_speakers import speaker_column
from memory.redact_spread import Found, apply_persons, found_names, propagate, windows
from memory.redact_tokens import Analysis, Kind, Token, key_of

__all__ = [
    "AFFINITY_GROUP",
    "AGE",
    "CANDIDATE",
    "CONTACT",
    "DATE",
    "PERSON",
    "Identity",
    "Redactor",
    "redact",
]

LAYERS = frozenset({"identity", "lists", "ner"})


class Redactor:
    """Removes identity from texts; build once (it loads the NER model), then call as often as needed.

    >>> redactor = Redactor()
    >>> redactor.redact("Priya Raghunathan's referee, Chidubem Okonkwo, praised her Grant writing in Austin.")
    "[PERSON]'s referee, [PERSON], praised their Grant writing in Austin."
    >>> redactor.redact("priya led the Kafka work.", Identity.of(names=["Priya Raghunathan"]))
    '[CANDIDATE] led the Kafka work.'
    """

    def __init__(self, finder: PersonFinder | None = None, layers: Iterable[str] = LAYERS) -> None:
        self.layers = frozenset(layers)
        unknown = self.layers - LAYERS
        if unknown:
            raise ValueError(f"unknown redaction layers: {sorted(unknown)}")
        self._finder = finder if finder is not None or "ner" not in self.layers else SpacyPersons()

    def redact(self, text: str, identity: Identity | None = None) -> str:
        """One text with identity removed and gendered words neutral."""
        return self.redact_many([text], [identity])[0]

    def redact_many(
        self,
        texts: Sequence[str],
        identities: Sequence[Identity | None],
        context: Sequence[int | None] | None = None,
    ) -> list[str]:
        """Many texts at once; the NER model sees all their uncertain windows in one batch.

        ``context[i]``, when given, is the index of another text of the call about the same person (their
        profile, for a note): the names found there are names here too, so a note's "Gift" or "ndlovu" alone goes
        when the profile says "Gift Ndlovu". A context text must have no context itself."""
        if len(texts) != len(identities) or (context is not None and len(context) != len(texts)):
            raise ValueError("redact_many needs one identity (or None) per text, and one context (or None)")
        sources = list(context) if context is not None else [None] * len(texts)
        if any(j is not None and (not 0 <= j < len(texts) or sources[j] is not None) for j in sources):
            raise ValueError("a context must be another text of the call, with no context of its own")
        analyses = [self._analyse(text, identity) for text, identity in zip(texts, identities, strict=True)]
        # The tagger's answers by window, kept for this call only (an erasure must leave no copy): the second reading
        # re-sends mostly windows the first sent (115 of 138 on the dev resumes), each answered by itself (cost).
        read: dict[str, list[tuple[int, int]]] = {}
        if self._finder is not None:
            self._model_pass(analyses, read)
        outs = [""] * len(analyses)
        for i, analysis in enumerate(analyses):
            if sources[i] is None:
                outs[i] = self._finish(analysis)
        for i, analysis in enumerate(analyses):
            j = sources[i]
            if j is not None:
                outs[i] = self._finish(analysis, found_names(analyses[j]))
        # What a second pass would still take: a rare word left beside a placeholder ("talked to [PERSON] chirwa",
        # "Thandeka [PERSON]", "[PERSON], Wirat and Sokha": the given name found by the model, the surname or the
        # next person of a list by no rule until the first was gone). Re-read by the rules and the model, only what
        # stands beside a placeholder kept, the placeholders of one name merged, until nothing beside one changes
        # (at most _ROUNDS readings), so redaction is idempotent and "fortune chirwa" reads as "tunde bakare" does.
        # Only such texts are read again (cost).
        again = [i for i, out in enumerate(outs) if _beside_placeholder(out)]
        for _ in range(_ROUNDS):
            if not again:
                break
            second = [self._analyse(outs[i], identities[i]) for i in again]
            if self._finder is not None:
                self._model_pass(second, read)
            changed = []
            for i, analysis in zip(again, second, strict=True):
                _finish_beside(analysis)
                out = _MERGED.sub(
                    lambda m: m.group(1), neutral(render(analysis.shown or analysis.text, analysis.tokens))
                )
                if out != outs[i]:
                    outs[i] = out
                    changed.append(i)
            again = [i for i in changed if _beside_placeholder(outs[i])]
        for i, identity in enumerate(identities):
            if identity is not None and identity.inferred and CANDIDATE in outs[i]:
                # An identity read from the resume (memory.redact_s_own) names the person [PERSON], as before it.
                outs[i] = _MERGED.sub(lambda m: m.group(1), outs[i].replace(CANDIDATE, PERSON))
        # The lists and the tagger are loaded by the end of the first call of the process: frozen then, the
        # collector's full passes stop walking every entry of them (memory/heap.py; the dev resumes' call spent
        # 0.44 s of its ~6.6 s CPU in the collector, 0.08 s after).
        heap.settle("redaction loaded")
        return outs

    @staticmethod
    def _finish(analysis: Analysis, shared: Found | None = None) -> str:
        caps_rest(analysis.shown or analysis.text, analysis.tokens, lexicon())
        speaker_column(analysis.text, analysis.tokens, lexicon())  # after the model, which found one speaker
        grow(analysis.text, analysis.tokens, lexicon())  # "met [april] lane at": the tagger found the given name
        settle(analysis)  # before spreading, so a context word taken with a name is not spread either
        referees(analysis.text, analysis.tokens, lexicon())  # "REFERENCES\nJODY KOCH, Head of ...": by layout
        # "VAN DER BERG, Pieter": after the model, whose found given name closes the shape; before propagate.
        family_first(analysis.text, analysis.shown or analysis.text, analysis.tokens, lexicon())
        dotted_names(analysis.text, analysis.tokens, lexicon())  # "Abd. Rahman": before propagate, which spreads it
        call_initials(analysis.text, analysis.tokens)  # "J.K. said", "with K.": after the model, which reads letters
        lower_initials(analysis.text, analysis.tokens, lexicon())  # "per j. okafor": before propagate, which spreads it
        propagate(analysis, shared)
        settle(analysis)
        # After settle, which takes "a" and "i" out of names as words: here they are initials ("A. [Erickson]").
        initials_before_names(analysis.shown or analysis.text, analysis.tokens)  # as written: "J. [OKAFOR]"
        # Again after settle, which takes a capitals function word out of a re-cased line's name ("DO, Ky").
        family_first(analysis.text, analysis.shown or analysis.text, analysis.tokens, lexicon())
        words_before_initials(analysis.text, analysis.tokens)
        labelled_initials(analysis.text, analysis.tokens)
        family_after_initials(analysis.text, analysis.tokens)
        return neutral(render(analysis.shown or analysis.text, analysis.tokens))

    def own_names(self, texts: Sequence[str]) -> list[str | None]:
        """The name each resume's head gives its person (:mod:`memory.redact_s_own`), for a record with none:
        the head alone is read (its first lines), with the model, as any text is."""
        heads = [head(text) for text in texts]
        analyses = [self._analyse(piece, None) for piece in heads]
        if self._finder is not None:
            self._model_pass(analyses)
        out: list[str | None] = []
        for piece, analysis in zip(heads, analyses, strict=True):
            self._finish(analysis)
            regions = [(start, end) for start, end, _ in person_regions(analysis.text, analysis.tokens)]
            # The regions are offsets in the cleaned text (contacts replaced), not in the head as written.
            out.append(own_name(analysis.shown or analysis.text, regions) or unfound_name(piece, lexicon()))
        return out

    def _analyse(self, text: str, identity: Identity | None) -> Analysis:
        use_identity = identity is not None and "identity" in self.layers
        literals = identity.literals() if use_identity and identity else ()
        tails = identity.phone_tails() if use_identity and identity else frozenset()
        own = identity.keys() if use_identity and identity else frozenset()
        cleaned = affinity(contacts(text, literals, tails))
        recased = recase(cleaned, lexicon())
        shouted: set[int] = set()
        if recased != cleaned:
            at = 0
            for before, after in zip(cleaned.split("\n"), recased.split("\n"), strict=True):
                if before != after:
                    shouted.add(at)
                at += len(before) + 1
        analysis = analyse(recased, own, shouted=frozenset(shouted))
        if use_identity and identity is not None and identity.inferred:
            own_words_where_a_person_stands(analysis.text, analysis.tokens, lexicon())
        if recased != cleaned:
            analysis.shown = cleaned
        caps_names(cleaned, analysis.tokens, lexicon())
        if use_identity and identity is not None:
            own_initials(analysis.text, analysis.tokens, identity.initials())  # "H.F. here": the candidate's own
        # "Hope from the 2019 cohort said": before the model, which then reads "[PERSON] from ..." in every world.
        reported_subjects(analysis.text, analysis.tokens, lexicon())
        bracketed_names(analysis.text, analysis.tokens, lexicon())  # "the hiring manager (Rich)": before the model too
        if "lists" not in self.layers:
            # Measuring the model alone: every capitalised word is left to it.
            for token in analysis.tokens:
                token.person = token.person and token.own
            analysis.uncertain = [i for i, t in enumerate(analysis.tokens) if t.cap and not t.person]
        settle(analysis)  # the model reads "Both [PERSON]", never "[PERSON]" for "Both Ngozi"
        return analysis

    def _model_pass(self, analyses: list[Analysis], read: dict[str, list[tuple[int, int]]] | None = None) -> None:
        assert self._finder is not None
        read = {} if read is None else read  # windows already answered in this call: not asked again
        # The model reads the text with the names already found replaced, so what it decides about one word
        # does not depend on which name stood next to it. Identical windows are read once.
        jobs: list[tuple[Analysis, list[tuple[int, int]], str]] = []
        pieces: dict[str, int] = {}
        for analysis in analyses:
            asked = set(analysis.uncertain) | set(_lower_candidates(analysis)) | set(capital_candidates(analysis))
            asked |= set(word_name_candidates(analysis, asked))
            analysis.uncertain = sorted(asked)
            if not analysis.uncertain:
                continue
            rendered, moved = render_with_offsets(analysis.text, analysis.tokens)
            kept = sorted(moved.items(), key=lambda item: item[1])
            shifted = Analysis(rendered, [shifted_token(analysis.tokens[i], at) for i, at in kept])
            position = {index: n for n, (index, _) in enumerate(kept)}
            shifted.uncertain = [position[i] for i in analysis.uncertain if i in position]
            for start, end in windows(shifted):
                piece = rendered[start:end]
                pieces.setdefault(piece, len(pieces))
                jobs.append((analysis, [(i, at - start) for i, at in kept if start <= at < end], piece))
        if not jobs:
            return
        new = [piece for piece in pieces if piece not in read]
        if new:
            read.update(zip(new, self._finder.persons(new), strict=True))
        for analysis, offsets, piece in jobs:
            spans = []
            for a, b in read[piece]:
                inside = [analysis.tokens[i] for i, at in offsets if a <= at < b]
                if inside:
                    spans.append((inside[0].start, inside[-1].end))
            apply_persons(analysis, spans)


# A word right beside a placeholder, or next to it in a list; and two placeholders of one name (a region the first
# pass would have made one: only spaces or a hyphen between them).
# The longer separators first: "[PERSON] and Wirat" is "and " then "Wirat". A bare comma, semicolon, bar or tab
# separates a row's fields ("2025-01-07,[PERSON],Thandeka,technical").
_NEXT_TO = r"(?:, | and | & |[ ,;|\t-])"
_BESIDE = re.compile(
    rf"\[(?:PERSON|CANDIDATE)\]{_NEXT_TO}(?=([A-Za-z][\w'’-]*))|\b([A-Za-z][\w'’-]*)(?={_NEXT_TO}\[(?:PERSON|CANDIDATE)\])"
)  # lookaheads: "to [PERSON] chirwa" is two matches, not one that eats the placeholder
# Readings after the first: each takes at most the next word outwards from a placeholder in a list or a name.
_ROUNDS = 3
_MERGED = re.compile(r"(\[PERSON\]|\[CANDIDATE\])(?:(?:[ \t]{1,3}|-)\1)+")


def _finish_beside(analysis: Analysis) -> None:
    """The second reading keeps only what stands beside a placeholder, word by word outwards ("[PERSON] chirwa",
    "[PERSON] thant oo"): the rest of a long text is not read a second time with other eyes (a resume's
    "Kisan Arts" taken by the tagger once the text around it changed)."""
    Redactor._finish(analysis)
    # The text as written: a line in capitals is re-cased in ``analysis.text``, its "[PERSON]" too (same offsets).
    text, tokens = analysis.shown or analysis.text, analysis.tokens
    keep = [
        t.person
        and (
            # 16 characters: the longest placeholder ("[CANDIDATE]", 11) and the longest separator (" and ", 5).
            _PLACEHOLDER_BEFORE.search(text[max(0, t.start - 16) : t.start]) is not None
            or _PLACEHOLDER_AFTER.match(text, t.end) is not None
        )
        for t in tokens
    ]
    for _ in range(2):  # outwards from the placeholder, both ways
        for index in range(len(tokens) - 1):
            left, right = tokens[index], tokens[index + 1]
            if (
                text[left.end : right.start] in (" ", "-")
                and left.person
                and right.person
                and (keep[index] or keep[index + 1])
            ):
                keep[index] = keep[index + 1] = True
    for index, token in enumerate(tokens):
        if token.person and not keep[index] and not token.own:
            token.person = False


_PLACEHOLDER_BEFORE = re.compile(rf"\[(?:PERSON|CANDIDATE)\]{_NEXT_TO}$")
_PLACEHOLDER_AFTER = re.compile(rf"{_NEXT_TO}\[(?:PERSON|CANDIDATE)\]")


def _beside_placeholder(text: str) -> bool:
    """A word beside a placeholder that a second pass could take: no common word ("chirwa", "Thandeka", not
    "sent", "Senior")."""
    lex = lexicon()
    for match in _BESIDE.finditer(text):
        written = match.group(1) or match.group(2)
        word = key_of(written)
        if len(word) < 2 or word in CONTEXT_WORDS:
            continue
        listed = (word in lex.family or word in lex.given) and word not in lex.common and word not in lex.ordinary
        if written[0].isupper():
            # "Thandeka [PERSON]", "[PERSON], Wirat", "OBUL, [PERSON]": a capitalised word no dictionary, product or
            # place list holds.
            if word not in lex.common and word not in lex.tech and word not in PLACES:
                return True
            if word in lex.given and match.group(2) is not None and text[match.end()] == " ":
                return True  # "Hope [PERSON]": a given name that is also a word, before the family name's placeholder
            continue
        if word not in lex.english or listed:
            # "[PERSON] chirwa", "[PERSON] thant"; not "[PERSON] led", "[PERSON] will", "[PERSON] flagged" (a
            # verb after a name: most such texts, and the cost of reading them again, 14% of the words)
            return True
    return False


def _lower_candidates(analysis: Analysis) -> list[int]:
    """Lower-case words the rules left undecided that are no ordinary word (a listed name that is also a rare
    word, or a word no list knows): the fine-tuned model decides them in their window ("spoke to nnamani, who").
    Measured in EVAL.md, "Person tagger": the model was trained on lower-case names in such places, the
    stock one was not. Context words ("both", "thanks") are never names (:mod:`memory.redact_edges`)."""
    return [
        i
        for i, t in enumerate(analysis.tokens)
        if not t.cap
        and len(t.key) > 2
        and t.kind is not Kind.WORD
        and not (t.person or t.protected or t.own)
        and t.key not in analysis.places
        and t.key not in CONTEXT_WORDS
        # Only a listed name that is no common word goes to the model as it stands; any other lower-case word
        # (a common word, a listed name that is also a word, a word no list knows) only where a person stands.
        # Unknown and common words sent bare, the model called "lag", "money", "journey", "infra", "tbd", a
        # "Recommendation: lean hire." and "per sprint" persons (outside check and review, session 6), while
        # "talked to hope", "thanks priya", "spoke to nnamani" are names.
        and ((t.kind is Kind.NAME and t.key not in lexicon().common) or _cued_lower(analysis.text, analysis.tokens, i))
        and not _inflected(t.key)
    ]


# Person cues too weak for a lower-case word: "with ops", "per sprint", "by email", "from infra" name no one.
_WEAK_CUES = frozenset("with by from per meet meeting reference referred candidate".split())


def _cued_lower(text: str, tokens: list[Token], index: int) -> bool:
    """A person cue right before ("with", "thanks", "talked to", "cc") or a person's verb right after ("said",
    "mentioned"), or another lower-case name word beside it."""
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if before is not None and not before.cap:
        if (before.key in PERSON_CUES_BEFORE and before.key not in _WEAK_CUES) or before.person:
            return True
        if before.key == "to" and index > 1 and tokens[index - 2].key in TALKED:
            return True
    if after is not None and not after.cap and (after.key in PERSON_VERBS_AFTER or after.person):
        return True
    if chat_subject(text, tokens, index, lexicon(), decide=False):
        return True  # "ok so tendai is out": the subject of a chat line, for the tagger to decide
    # Beside a lower-case word that is a name no common word shares: "hope mensah", "kenya rivers" (a two-word name).
    lex = lexicon()
    return any(
        other is not None
        and not other.cap
        and other.kind is not Kind.WORD
        and other.key not in lex.common
        and len(other.key) > 2
        and text[min(other.end, tokens[index].end) : max(other.start, tokens[index].start)] == " "
        for other in (before, after)
    )


def _inflected(key: str) -> bool:
    """An ordinary word with an ending no list spells out: "nonprofits", "onboarded", "dockerized"."""
    lex = lexicon()
    for ending in ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "ized", "ised"):
        stem = key[: -len(ending)]
        if key.endswith(ending) and len(stem) > 2 and (stem in lex.english or stem in lex.ordinary):
            return True
    for ending in ("ier", "iest", "ily", "ies", "ied"):  # "healthier", "happily", "replied"
        stem = key[: -len(ending)] + "y"
        if key.endswith(ending) and len(stem) > 2 and (stem in lex.english or stem in lex.ordinary):
            return True
    return False


_DEFAULT: Redactor | None = None


def redact(text: str, own_names: Iterable[str] = ()) -> str:
    """The text with identity removed and gendered words neutral (a shared :class:`Redactor`).

    >>> redact("Lakisha Washington (lakisha@example.com) said she led her team.", ["Lakisha Washington"])
    '[CANDIDATE] ([CONTACT]) said they led their team.'
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Redactor()
    names = list(own_names)
    return _DEFAULT.redact(text, Identity.of(names=names) if names else None)
