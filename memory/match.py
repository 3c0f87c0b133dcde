"""Answering "who have we already met that fits?" for one requisition.

The requisition becomes two queries (``memory.query``); retrieval casts a net and reads every candidate in
it with exact similarities (``memory.retrieval``); here each candidate of the net is scored on the same
named features, which ``memory.ranking`` turns into an additive score with exact attributions, and the
shortlist's evidence comes from ``memory.passages``.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Concatenate, ParamSpec, TypeVar

from embed import Encoder, LexicalEncoder
from memory import evidence as E
from memory import features as F
from memory import skills
from memory.embedding_cache import EmbeddingCache
from memory.errors import InvalidInput
from memory.fit_level import FitModel, summary
from memory.models import Candidate, EvaluationSignal, MatchFilters, Requisition
from memory.passages import Passages
from memory.query import DenseQuery, keywords
from memory.ranking import LABELS, NO_DATA_LABELS, REFERENCE, explain_pool
from memory.requisition import understand
from memory.results import MatchResponse, MatchResult, SkillCoverage, Understanding
from memory.retrieval import Net, filters_where, lexical, net_width
from memory.store import Collection, VectorStore

# Skill-name vectors kept per process: a team's skill vocabulary is a few thousand names; past this the
# cache starts again rather than grow with every free-text skill a profile ever listed.
_SKILL_CACHE_MAX = 20_000
# Net members' records kept validated (``Matcher._candidate``): a 10k pool's nets reach a few thousand people;
# past this the memo starts again.
_RECORDS_KEPT = 16_384
MAX_LIMIT = 200


P = ParamSpec("P")
R = TypeVar("R")


def _clears_after_overlapping_erasures(
    method: Callable[Concatenate[Matcher, P], R],
) -> Callable[Concatenate[Matcher, P], R]:
    """Matches take no lock: one that read a person just before their erasure may fill the text caches
    after the erasure's ``forget`` emptied them. Such a match (the erasure generation moved while it ran)
    empties them again when it ends."""

    @functools.wraps(method)
    def guarded(self: Matcher, /, *args: P.args, **kwargs: P.kwargs) -> R:
        generation = self._generation
        try:
            return method(self, *args, **kwargs)
        finally:
            if self._generation != generation:
                self._clear()

    return guarded


class Matcher:
    """The read side of the memory. ``invalidate()`` after signal writes refreshes evaluator stats."""

    def __init__(self, store: VectorStore, encoder: Encoder, lexical: LexicalEncoder, *, centre: bool = True) -> None:
        self._store = store
        self._encoder = encoder
        self._lexical = lexical
        self._reference, self._fit = FitModel.shipped()
        self._stats: F.EvaluatorStats | None = None
        self._skill_cache: dict[str, list[float]] = {}
        self._records: dict[int, tuple[dict[str, Any], Candidate]] = {}  # see ``_candidate``
        # Counts erasures (``forget``): a match that saw it change while it read clears the caches again.
        self._generation = 0
        # Passages of chunks stored without their vectors (a previous version's store) are embedded at
        # match time, each once per process (bounded LRU).
        self._passage_vectors = EmbeddingCache(encoder)
        self._evidence = Passages(store, self._passage_vectors)
        self._net = Net(store)
        # ``centre=False`` only for evaluation (``Settings.centre_queries``, memory/query.py).
        self._query = DenseQuery(encoder, centre=centre)

    def invalidate(self) -> None:
        self._stats = None

    def forget(self) -> None:
        """After an erasure, merge or retention purge: drop every cache built from stored texts.

        The passage vectors, phrase sets, passage cuts and skill vectors are keyed by the texts (or a
        person's own skill strings) themselves, so a cache that outlived an erasure would keep the person's
        notes in this process's memory. Matches take no lock, so one that read the person just before the
        erasure may fill the caches again after this: ``match`` sees the generation move and clears again.
        """
        self._generation += 1
        self._clear()

    def _clear(self) -> None:
        self.invalidate()
        self._passage_vectors.clear()
        self._skill_cache.clear()
        self._records.clear()
        skills.forget_texts()
        E.forget_texts()

    def _skill_vectors(self, names: Sequence[str]) -> dict[str, list[float]]:
        """Embeddings of skill names, each computed once per process (the skill vocabulary is small)."""
        todo = [n for n in dict.fromkeys(names) if n not in self._skill_cache]
        if len(self._skill_cache) + len(todo) > _SKILL_CACHE_MAX:
            self._skill_cache.clear()  # a bound, not an LRU: refilling costs one encoder call per match
        if todo:
            for name, vector in zip(todo, self._encoder.encode(todo), strict=True):
                self._skill_cache[name] = vector.tolist()
        return {n: self._skill_cache[n] for n in names}

    def _candidate(self, record: dict[str, Any]) -> Candidate:
        """A net member's stored record as a ``Candidate``, validated once per stored dict.

        A warm match reads each member's record as the payload cache's own dict (``memory.store_cache``), the
        same object until the point is written again; validating ~250 of them was ~2% of a warm match (py-spy,
        10k pool). Kept by the dict's identity, holding the dict, so that a kept id is never another object's;
        a rewritten record is a new dict (a miss), and ``forget`` empties the memo with the other text caches.
        The ``Candidate`` is shared: the match only reads it."""
        kept = self._records.get(id(record))
        if kept is not None and kept[0] is record:
            return kept[1]
        candidate = Candidate.model_validate(record)
        if len(self._records) >= _RECORDS_KEPT:
            self._records.clear()  # a bound, not an LRU, as for the skill vectors
        self._records[id(record)] = (record, candidate)
        return candidate

    def _evaluator_stats(self) -> F.EvaluatorStats:
        if self._stats is None:
            records = self._store.scroll(Collection.signals)
            self._stats = F.EvaluatorStats.fit(EvaluationSignal.model_validate(p.payload["record"]) for p in records)
        return self._stats

    @_clears_after_overlapping_erasures
    def match(
        self,
        requisition: Requisition,
        *,
        limit: int,
        filters: MatchFilters,
        weights: Mapping[str, float],
        now: datetime,
        depth: int | None = None,
        records: dict[str, dict[str, Any]] | None = None,
    ) -> tuple[MatchResponse, list[tuple[str, float]]]:
        """The shortlist, and every candidate assessed with their score (for the decision log).

        ``records`` (when given) receives the stored record of each candidate of the net, as read for
        scoring, so that the caller does not read them again (the consent split, memory/shortlist.py).
        """
        if not 1 <= limit <= MAX_LIMIT:
            raise InvalidInput(f"limit must be between 1 and {MAX_LIMIT}", field="limit")
        started = time.perf_counter()
        resolved = dict(weights)
        read = understand(requisition)
        qvec = self._query.vector(requisition, read).tolist()
        qsparse = self._lexical.query(keywords(requisition, read))
        # BM25 is unbounded and grows with the query's length; it is divided by the best BM25 any candidate
        # in the store could reach for this query (best profile + best chunk, searched with no filter), so
        # the feature depends on the query and the store, never on ``limit``, the filters or the net.
        net, peers = self._net.cast(qvec, qsparse, filters_where(filters, now), depth or net_width(limit))
        members, top_lexical = self._net.gather(net, peers, qvec, qsparse)
        stats = self._evaluator_stats()
        must_asked = requisition.must_have_skills
        # Skills the title or ad names count as nice-to-haves when the caller named no skill at all.
        nice_asked = requisition.nice_to_have_skills or ([] if must_asked else read.skills)
        wanted = must_asked + nice_asked
        pool_skills = {s for m in members.values() for s in m.skills}
        near = skills.neighbours(wanted, pool_skills, self._skill_vectors) if wanted else {}

        rows: dict[str, dict[str, float | None]] = {}
        coverage: dict[str, SkillCoverage] = {}
        tiers: dict[str, int] = {}
        for cid, member in members.items():
            candidate = self._candidate(member.record)
            # Coverage reads what the model read: the redacted passage, so a referee named Ruby covers no
            # "Ruby" skill (issue 10); stores written before "redacted" was kept fall back to the passage.
            text = " ".join([member.record_text, *(_redacted(hit.payload) for hit in member.chunks)])
            must = skills.coverage(must_asked, member.skills, text, near)
            nice = skills.coverage(nice_asked, member.skills, text, near)
            if filters.must_have_required and must.missing:
                continue
            # Built from two validated coverages' lists of names: nothing to validate again (pydantic's
            # validation of ~250 of these a match is work whose answer is known).
            coverage[cid] = SkillCoverage.model_construct(
                matched=must.matched + nice.matched, missing=must.missing + nice.missing
            )
            tiers[cid] = len(must.matched)
            stages = [h.payload.get("stage") for h in member.chunks] + [s.stage for s in member.signals]
            dates = [_parse(h.payload.get("written_at")) for h in member.chunks]
            dates += [s.observed_at for s in member.signals]
            # None is "no data" (imputed at the reference by the ranker), never a low value.
            rows[cid] = {
                # Chunks are sorted best first: a candidate's notes count by their single best passage.
                "semantic_notes": member.chunks[0].score if member.chunks else None,
                "semantic_profile": member.profile_similarity,
                "lexical": lexical(member, top_lexical),
                "must_have_skills": _share(must.matched, must_asked),
                "nice_to_have_skills": _share(nice.matched, nice_asked),
                "evaluation": F.evaluation(member.signals, stats, now),
                "stage_depth": F.stage_depth(stages),
                "seniority_fit": F.seniority_fit(candidate, read.seniority),
                "freshness": F.freshness(candidate, dates, now),
            }

        reference = {**REFERENCE, **self._reference}
        assessed = explain_pool(rows, resolved, reference)
        chance = {e.candidate_id: self._fit.probability(e.features, e.no_data) for e in assessed}
        if must_asked and filters.must_have_tiers:
            # Must-haves first: more must-haves covered ranks higher, the score orders within a tier. A
            # candidate the fit model gives almost no chance of being of the occupation (below
            # ``TIER_FLOOR``: "sales" said in passing does not make a warehouse clerk a sales executive)
            # forms no tier; their coverage still counts through its weight. Dev set, 5-fold CV: tiers for
            # everyone cost 0.023 NDCG@10 against no tiers, tiers above the floor 0.007 (EVAL.md).
            rung = {cid: tiers[cid] if self._fit.forms_tier(chance[cid]) else 0 for cid in tiers}
            assessed.sort(key=lambda e: (-rung[e.candidate_id], -e.score, e.candidate_id))
        shown = assessed[:limit]
        passages = self._evidence.shown(
            [e.candidate_id for e in shown], {e.candidate_id: members[e.candidate_id].chunks for e in shown}, qvec
        )
        results = []
        for rank, scored in enumerate(shown, start=1):
            member = members[scored.candidate_id]
            stages = [h.payload.get("stage") for h in member.chunks] + [s.stage for s in member.signals]
            support, doubts = passages.get(scored.candidate_id, ([], []))
            probability = chance[scored.candidate_id]
            results.append(
                MatchResult(
                    candidate_id=scored.candidate_id,
                    rank=rank,
                    score=scored.score,
                    base_value=scored.base_value,
                    attributions=scored.attributions,
                    features=scored.features,
                    evidence=support,
                    concerns=doubts,
                    skills=coverage[scored.candidate_id],
                    headline=member.record.get("headline"),
                    source=member.record.get("source"),
                    role_family=member.record.get("role_family"),
                    stage_reached=F.deepest_stage(stages),
                    last_verified_at=member.record.get("last_verified_at"),
                    no_data={name: NO_DATA_LABELS[name] for name in scored.no_data},
                    must_haves_covered=tiers[scored.candidate_id] if must_asked else None,
                    fit_level=self._fit.level(probability),
                    fit_probability=probability,
                )
            )
        response = MatchResponse(
            results=results,
            considered=len(rows),
            weights=resolved,
            model=self._encoder.model_id,
            took_ms=(time.perf_counter() - started) * 1000,
            feature_labels=dict(LABELS),
            reference=reference,
            fit=summary([r.fit_level or "weak" for r in results]),
            understood=Understanding(
                title=read.title,
                title_from=read.title_from,
                seniority=read.seniority.value if read.seniority else None,
                seniority_from=read.seniority_from,
                skills=read.skills,
            ),
        )
        if records is not None:
            records.update((cid, member.record) for cid, member in members.items())
        return response, [(e.candidate_id, e.score) for e in assessed]


def _share(matched: list[str], wanted: list[str]) -> float | None:
    # No skills asked for is "no data" (the reference, attribution 0): neither a free bonus nor a penalty.
    return len(matched) / len(wanted) if wanted else None


def _parse(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _redacted(payload: Mapping[str, Any]) -> str:
    text = payload.get("redacted")
    return text if isinstance(text, str) else str(payload["text"])
