"""Answering "who have we already met that fits?" for one requisition.

Retrieval casts a net (dense and BM25 over note chunks and profiles); then every candidate in the net is
scored on the same named features from exact similarities, computed inside the store by filtered exact
searches restricted to the net, so no vector is copied into Python. ``memory.ranking`` turns the
features into an additive score with exact attributions.
"""

from __future__ import annotations

import functools
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Concatenate, ParamSpec, TypeVar

from embed import Encoder, LexicalEncoder, SparseVec
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
from memory.store import Collection, Hit, VectorStore, Where, point_id

# Net searches return ids only: copying whole payloads is most of a search's cost on the Python side.
_ID = ("candidate_id",)
# Skill-name vectors kept per process: a team's skill vocabulary is a few thousand names; past this the
# cache starts again rather than grow with every free-text skill a profile ever listed.
_SKILL_CACHE_MAX = 20_000
# What the match reads of a note chunk (features, skills, evidence; ``passage_vectors`` tells the evidence
# whether its passages' vectors are stored). A chunk also carries its redacted text, the text's hash and its
# owner's ten filter fields, which are not copied into Python.
_CHUNK_FIELDS = (
    "candidate_id",
    "note_id",
    "chunk_index",
    "text",
    "skills",
    "author",
    "stage",
    "written_at",
    "passage_vectors",
)
MAX_LIMIT = 200
# The net casts wider than the shortlist so that the ranker, not retrieval, decides the order: at least
# NET_FLOOR candidates, or NET_PER_SLOT per requested slot for long shortlists.
NET_FLOOR = 50
NET_PER_SLOT = 5
# Note chunks are searched this many times wider than profiles: a candidate has several chunks, and a
# few well-documented candidates' chunks would otherwise fill the chunk search and crowd out the rest.
CHUNKS_PER_PROFILE = 2


def net_width(limit: int) -> int:
    """How many candidates per search retrieval gathers for a shortlist of ``limit``.

    >>> net_width(10), net_width(20)
    (50, 100)
    """
    return max(NET_FLOOR, NET_PER_SLOT * limit)


def filters_where(filters: MatchFilters, now: datetime) -> Where:
    """The store condition for a shortlist's filters; valid consent means granted and unexpired."""
    any_of: dict[str, list[str]] = {}
    at_least: dict[str, int] = {}
    if filters.consent_required:
        any_of["consent_status"] = ["granted"]
        # ``consent_until`` is stored in whole unix seconds and ``at_least`` is ≥: "expires after now"
        # is therefore ≥ now + 1. Open-ended consent is stored as a far-future timestamp, so it passes.
        at_least["consent_until"] = int(now.timestamp()) + 1
    if filters.sources:
        any_of["source"] = [s.value for s in filters.sources]
    if filters.role_families:
        any_of["role_family"] = list(filters.role_families)
    if filters.locations:
        # Locations are stored lowercased (keyword indexes match exactly), so the filter is lowercased too.
        any_of["location"] = [loc.lower() for loc in filters.locations]
    if filters.seniorities:
        any_of["seniority"] = [s.value for s in filters.seniorities]
    if filters.intents:
        any_of["intent"] = [i.value for i in filters.intents]
    # Flags are the strings "yes"/"no", not booleans: Qdrant Edge 0.9.0 never matches a boolean filter.
    if filters.silver_medalists_only:
        any_of["silver"] = ["yes"]
    if not filters.include_retired:
        any_of["retired"] = ["no"]
    return Where(any_of=any_of, at_least=at_least)


@dataclass
class _Member:
    """What the store holds about one candidate of the net, with its similarities to the query."""

    record: dict[str, Any]
    skills: set[str]
    record_text: str
    # None: the profile has no text, hence no vector ("no data", not a similarity of 0).
    profile_similarity: float | None = None
    lexical_profile: float = 0.0
    lexical_notes: float = 0.0
    chunks: list[Hit] = field(default_factory=list)
    signals: list[EvaluationSignal] = field(default_factory=list)


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
        # Counts erasures (``forget``): a match that saw it change while it read clears the caches again.
        self._generation = 0
        # Passages of chunks stored without their vectors (a previous version's store) are embedded at
        # match time, each once per process (bounded LRU).
        self._passage_vectors = EmbeddingCache(encoder)
        self._evidence = Passages(store, self._passage_vectors)
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
        net = self._retrieve(qvec, qsparse, filters_where(filters, now), depth or net_width(limit))
        members = self._gather(net, qvec, qsparse)
        stats = self._evaluator_stats()
        # BM25 is unbounded and grows with the query's length; it is divided by the best BM25 any candidate
        # in the store could reach for this query (best profile + best chunk, searched with no filter), so
        # the feature depends on the query and the store, never on ``limit``, the filters or the net.
        top_lexical = self._lexical_ceilings(qsparse)
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
            candidate = Candidate.model_validate(member.record)
            text = " ".join([member.record_text, *(hit.payload["text"] for hit in member.chunks)])
            must = skills.coverage(must_asked, member.skills, text, near)
            nice = skills.coverage(nice_asked, member.skills, text, near)
            if filters.must_have_required and must.missing:
                continue
            coverage[cid] = SkillCoverage(matched=must.matched + nice.matched, missing=must.missing + nice.missing)
            tiers[cid] = len(must.matched)
            stages = [h.payload.get("stage") for h in member.chunks] + [s.stage for s in member.signals]
            dates = [_parse(h.payload.get("written_at")) for h in member.chunks]
            dates += [s.observed_at for s in member.signals]
            # None is "no data" (imputed at the reference by the ranker), never a low value.
            rows[cid] = {
                # Chunks are sorted best first: a candidate's notes count by their single best passage.
                "semantic_notes": member.chunks[0].score if member.chunks else None,
                "semantic_profile": member.profile_similarity,
                "lexical": _lexical(member, top_lexical),
                "must_have_skills": _share(must.matched, must_asked),
                "nice_to_have_skills": _share(nice.matched, nice_asked),
                "evaluation": F.evaluation(member.signals, stats, now),
                "stage_depth": F.stage_depth(stages),
                "seniority_fit": F.seniority_fit(candidate, read.seniority),
                "freshness": F.freshness(candidate, dates, now),
            }

        reference = {**REFERENCE, **self._reference}
        assessed = explain_pool(rows, resolved, reference)
        if must_asked and filters.must_have_tiers:
            # Must-haves first: more must-haves covered always ranks higher; the score orders within a tier.
            assessed.sort(key=lambda e: (-tiers[e.candidate_id], -e.score, e.candidate_id))
        shown = assessed[:limit]
        passages = self._evidence.shown(
            [e.candidate_id for e in shown], {e.candidate_id: members[e.candidate_id].chunks for e in shown}, qvec
        )
        results = []
        for rank, scored in enumerate(shown, start=1):
            member = members[scored.candidate_id]
            stages = [h.payload.get("stage") for h in member.chunks] + [s.stage for s in member.signals]
            support, doubts = passages.get(scored.candidate_id, ([], []))
            probability = self._fit.probability(scored.features, scored.no_data)
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

    def _retrieve(self, qvec: list[float], qsparse: SparseVec, where: Where, wide: int) -> list[str]:
        """The net: candidates near the query by note chunks or profile, densely or by keywords."""
        net: set[str] = set()
        for collection, size in ((Collection.chunks, CHUNKS_PER_PROFILE * wide), (Collection.candidates, wide)):
            for hit in self._store.search_dense(collection, qvec, size, where, fields=_ID):
                net.add(hit.payload["candidate_id"])
            for hit in self._store.search_sparse(collection, qsparse, size, where, fields=_ID):
                net.add(hit.payload["candidate_id"])
        # Sorted, so that the exact searches below see the same net in the same order on every run.
        return sorted(net)

    def _gather(self, net: list[str], qvec: list[float], qsparse: SparseVec) -> dict[str, _Member]:
        """Exact similarities and records for every candidate of the net."""
        if not net:
            return {}
        # Every search below is restricted to the net by id, and exact (no HNSW): on a few hundred
        # candidates a filtered brute-force scan is fast and, unlike the index, never misses one.
        in_net = Where(any_of={"candidate_id": net})
        members: dict[str, _Member] = {}
        profiles = self._store.search_dense(
            Collection.candidates,
            qvec,
            len(net),
            in_net,
            exact=True,
            fields=("candidate_id", "record", "skills", "profile_text"),
        )
        for hit in profiles:
            cid = hit.payload["candidate_id"]
            payload = hit.payload
            members[cid] = _Member(payload["record"], set(payload["skills"]), payload["profile_text"], hit.score)
        missing = [point_id(Collection.candidates, cid) for cid in net if cid not in members]
        for point in self._store.retrieve(Collection.candidates, missing):  # profiles with no text, no vector
            payload = point.payload
            members[payload["candidate_id"]] = _Member(
                payload["record"], set(payload["skills"]), payload["profile_text"]
            )
        chunk_count = self._store.count(Collection.chunks, in_net)
        if chunk_count:
            # Asking for exactly as many hits as the net has chunks scores every chunk once.
            hits = self._store.search_dense(
                Collection.chunks, qvec, chunk_count, in_net, exact=True, fields=_CHUNK_FIELDS
            )
            # Best first, ties by point id: evidence order and the semantic_notes feature are then stable.
            for hit in sorted(hits, key=lambda h: (-h.score, h.id)):
                # A match reads without the write lock: someone erased between two of these reads has
                # notes or signals left whose profile is gone. They are skipped (and dropped at the end,
                # memory/shortlist.py), never a KeyError.
                member = members.get(hit.payload["candidate_id"])
                if member is not None:
                    member.chunks.append(hit)
                    member.skills.update(hit.payload.get("skills", []))
        for point in self._store.scroll(Collection.signals, in_net):
            if (member := members.get(point.payload["candidate_id"])) is not None:
                member.signals.append(EvaluationSignal.model_validate(point.payload["record"]))
        for cid, (on_profile, in_notes) in self._lexical_scores(qsparse, in_net, len(net), chunk_count).items():
            if cid in members:
                members[cid].lexical_profile, members[cid].lexical_notes = on_profile, in_notes
        return members

    def _lexical_ceilings(self, qsparse: SparseVec) -> tuple[float, float]:
        """The best BM25 any profile and any note chunk in the store reaches for this query."""
        everyone = Where()
        best = [
            max(
                (hit.score for hit in self._store.search_sparse(collection, qsparse, 1, everyone, fields=_ID)),
                default=0.0,
            )
            for collection in (Collection.candidates, Collection.chunks)
        ]
        return best[0], best[1]

    def _lexical_scores(
        self, qsparse: SparseVec, in_net: Where, size: int, chunks: int
    ) -> dict[str, tuple[float, float]]:
        """BM25 of each candidate of the net: (profile score, its best note chunk's score)."""
        profile: dict[str, float] = defaultdict(float)
        for hit in self._store.search_sparse(Collection.candidates, qsparse, size, in_net, fields=_ID):
            profile[hit.payload["candidate_id"]] += hit.score
        best: dict[str, float] = defaultdict(float)
        # A search's limit must be positive, even when the net has no note chunk at all.
        for hit in self._store.search_sparse(Collection.chunks, qsparse, max(chunks, 1), in_net, fields=_ID):
            cid = hit.payload["candidate_id"]
            best[cid] = max(best[cid], hit.score)
        return {cid: (profile[cid], best[cid]) for cid in set(profile) | set(best)}


def _share(matched: list[str], wanted: list[str]) -> float | None:
    # No skills asked for is "no data" (the reference, attribution 0): neither a free bonus nor a penalty.
    return len(matched) / len(wanted) if wanted else None


def _lexical(member: _Member, ceilings: tuple[float, float]) -> float:
    """BM25 over the best reachable; someone with no notes is measured against the profile ceiling alone,
    so that missing notes do not halve their keyword match."""
    ceiling = ceilings[0] + ceilings[1] if member.chunks else ceilings[0]
    return min(1.0, (member.lexical_profile + member.lexical_notes) / ceiling) if ceiling > 0 else 0.0


def _parse(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None
