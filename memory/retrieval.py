"""The net a match casts, and what the store holds about each candidate in it.

Retrieval casts a net (dense and BM25 over note chunks and profiles, at most ``net_width`` candidates per
search); then every candidate in the net is read with exact similarities, computed inside the store by
filtered exact searches restricted to the net, so no vector is copied into Python (``Net.gather``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from embed import SparseVec
from memory.lexical_terms import full, near_top, per_term, summed
from memory.models import EvaluationSignal, MatchFilters
from memory.store import Collection, Hit, Search, VectorStore, Where, point_id
from memory.store_cache import CHUNK_FIELDS, PROFILE_FIELDS

# Net searches return ids only: copying whole payloads is most of a search's cost on the Python side.
_ID = ("candidate_id",)
# What the match reads of a note chunk (features, skills, evidence; ``passage_vectors`` tells the evidence
# whether its passages' vectors are stored). A chunk also carries its redacted text, the text's hash and its
# owner's ten filter fields, which are not copied into Python. The embedded store serves these fields from
# its payload cache (``memory.store_cache``), the engine returning only ids and scores.
_CHUNK_FIELDS = CHUNK_FIELDS
# The net casts wider than the shortlist so that the ranker, not retrieval, decides the order: at least
# NET_FLOOR candidates, or NET_PER_SLOT per requested slot for long shortlists.
NET_FLOOR = 50
NET_PER_SLOT = 5
# Note chunks are searched this many times wider than profiles: a candidate has several chunks, and a
# few well-documented candidates' chunks would otherwise fill the chunk search and crowd out the rest.
CHUNKS_PER_PROFILE = 2
# Note chunks a net member is expected to have at most: the limit of the exact search that scores every chunk
# of the net (``Net._every_chunk``; a net past it is counted first). The bench pools hold 5 a person.
CHUNKS_PER_MEMBER = 20
# No condition: the lexical ceilings search the whole store (one object, so its engine filter is built once).
_EVERYONE = Where()
# The ceiling searches' hits: the best by the engine's own BM25, whose candidates (those near the first,
# ``lexical_terms.near_top``) ``Net.gather`` scores exactly. More than one, so that a near tie is seen; asked
# again wider when every hit is near the first (copies of one note, say).
CEILING_PEERS = 4
# The best BM25 (profile, note chunk) any candidate in the store reaches for a query (``Net.gather``).
Ceilings = tuple[float, float]


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
        # One condition: ``consent_until`` is 0 for every consent not granted (``records.consent_until``), so
        # "granted" needs no condition of its own on ``consent_status`` (the same points pass). Each condition is
        # checked at every point the graph walk visits: the cast's dense chunk search at 100k took 34.4 ms of
        # CPU with the three default conditions, ~31.3 with two, 25.8 with none (scratch
        # ``/tmp/PERF/s18/filtcost.py``, medians of 120, nice 10). ``consent_until`` is stored in whole unix
        # seconds and ``at_least`` is ≥: "expires after now" is therefore ≥ now + 1. Open-ended consent is
        # stored as a far-future timestamp, so it passes.
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
class Member:
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


@dataclass(frozen=True)
class Peers:
    """The candidates whose profile (``profiles``) or one of whose note chunks (``chunks``) may hold the best
    BM25 of the whole store for the query: the ceiling searches' hits near their first by the engine's own
    score (``lexical_terms.near_top``). ``Net.gather`` scores them exactly with the net, for the ceilings."""

    profiles: tuple[str, ...] = ()
    chunks: tuple[str, ...] = ()


class Net:
    """Retrieval and the exact reads of one match, over ``store``."""

    def __init__(self, store: VectorStore) -> None:
        self._store = store

    def cast(self, qvec: list[float], qsparse: SparseVec, where: Where, wide: int) -> tuple[list[str], Peers]:
        """The net: candidates near the query by note chunks or profile, densely or by keywords; and the
        candidates who may hold the lexical ceilings (the best BM25 any profile and any note chunk in the store
        reaches for this query), which ``gather`` computes exactly.

        Each collection's three searches go to the store as one batch (``VectorStore.search_many``: one pass
        over the shard's segments on the embedded store); their hits are those of three searches.
        """
        net: set[str] = set()
        peers = []
        for collection, size in ((Collection.candidates, wide), (Collection.chunks, CHUNKS_PER_PROFILE * wide)):
            dense, sparse, ceiling = self._store.search_many(
                collection,
                [
                    Search(qvec, size, where, fields=_ID),
                    Search(qsparse, size, where, fields=_ID),
                    Search(qsparse, CEILING_PEERS, _EVERYONE, fields=_ID),  # with no filter: every point of the store
                ],
            )
            net.update(hit.payload["candidate_id"] for hit in dense)
            net.update(hit.payload["candidate_id"] for hit in sparse)
            limit = CEILING_PEERS
            while len(ceiling) == limit and len(near_top(ceiling)) == limit:  # a tie as wide as the search: wider
                limit *= 8
                ceiling = self._store.search_sparse(collection, qsparse, limit, _EVERYONE, fields=_ID)
            peers.append(tuple(sorted({hit.payload["candidate_id"] for hit in near_top(ceiling)})))
        # Sorted, so that the exact searches below see the same net in the same order on every run.
        return sorted(net), Peers(peers[0], peers[1])

    def gather(
        self, net: list[str], peers: Peers, qvec: list[float], qsparse: SparseVec
    ) -> tuple[dict[str, Member], Ceilings]:
        """Exact similarities and records for every candidate of the net; and the lexical ceilings.

        BM25 is searched two query terms at a time and summed here (``memory.lexical_terms``: the engine's own
        sum of a longer query differs between stores holding the same points), over the net and the ceilings'
        ``peers``: the ceilings are the best of those sums, each the exact BM25 of a point of the store.
        """
        if not net:
            return {}, (0.0, 0.0)
        # Every search below is restricted to the net by id, and exact (no HNSW): on a few hundred
        # candidates a filtered brute-force scan is fast and, unlike the index, never misses one.
        in_net = Where(any_of={"candidate_id": net})
        lexical_profiles = _with(net, in_net, peers.profiles)
        members: dict[str, Member] = {}
        # The profiles' exact similarities and their BM25, one batch (``VectorStore.search_many``). The BM25
        # searches ask for every cached field: the payload cache then hands over its own dicts (no copy).
        profiles, *profiles_bm25 = self._store.search_many(
            Collection.candidates,
            [
                Search(qvec, len(net), in_net, exact=True, fields=PROFILE_FIELDS),
                *per_term(qsparse, lexical_profiles[0], lexical_profiles[1], PROFILE_FIELDS),
            ],
        )
        for hit in profiles:
            cid = hit.payload["candidate_id"]
            payload = hit.payload
            members[cid] = Member(payload["record"], set(payload["skills"]), payload["profile_text"], hit.score)
        missing = [point_id(Collection.candidates, cid) for cid in net if cid not in members]
        for point in self._store.retrieve(Collection.candidates, missing):  # profiles with no text, no vector
            payload = point.payload
            members[payload["candidate_id"]] = Member(
                payload["record"], set(payload["skills"]), payload["profile_text"]
            )
        hits, chunks_bm25 = self._every_chunk(qvec, qsparse, in_net, len(net), _with(net, in_net, peers.chunks))
        # Best first, ties by point id: evidence order and the semantic_notes feature are then stable.
        for hit in _by_score_then_id(hits):
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
        on_profiles = summed(profiles_bm25, _person)
        for cid, on_profile in on_profiles.items():
            if (member := members.get(cid)) is not None:
                member.lexical_profile = on_profile
        in_chunks = summed(chunks_bm25, _chunk)
        for (cid, _, _), in_notes in in_chunks.items():
            if (member := members.get(cid)) is not None:
                member.lexical_notes = max(member.lexical_notes, in_notes)
        return members, (max(on_profiles.values(), default=0.0), max(in_chunks.values(), default=0.0))

    def _every_chunk(
        self, qvec: list[float], qsparse: SparseVec, in_net: Where, people: int, lexical: tuple[int, Where]
    ) -> tuple[list[Hit], list[list[Hit]]]:
        """Every note chunk of the net scored once, exact (dense), and by BM25 every chunk of the net and of
        the ceiling's peers (``lexical``: how many people, and the condition) that shares a term with the query.

        A search returns at most its limit, so it used to be asked for exactly the count of the net's chunks:
        that count was a store call of its own (~0.9 ms of CPU a warm match on the 10k pool, ``count``). A
        limit of ``CHUNKS_PER_MEMBER`` a person returns the same hits whenever the net has fewer chunks than
        that, which a dense result shorter than the limit proves (capture writes every chunk with its dense
        vector, so the search sees every chunk the count counts; the BM25 search finds at most those); only a
        net that reaches it is counted and searched again. The exact search's CPU did not move with its limit
        between the count and 20 a person (10k pool, 32 nets, scratch ``/tmp/PERF/s10/limit_exp.py``). The
        BM25 searches, which also read the peers' chunks, are asked again when one of them reaches its limit.
        """
        bound, in_lexical = CHUNKS_PER_MEMBER * people, lexical[1]
        lexical_bound = CHUNKS_PER_MEMBER * lexical[0]
        dense, bm25 = self._chunks(qvec, qsparse, in_net, bound, in_lexical, lexical_bound)
        if len(dense) < bound and not full(bm25, lexical_bound):
            return dense, bm25
        count = self._store.count(Collection.chunks, in_net)
        lexical_count = count if in_lexical is in_net else self._store.count(Collection.chunks, in_lexical)
        if not lexical_count:  # everyone's chunks erased between the two reads
            return [], []
        return self._chunks(qvec, qsparse, in_net, max(count, 1), in_lexical, lexical_count)

    def _chunks(
        self, qvec: list[float], qsparse: SparseVec, in_net: Where, limit: int, in_lexical: Where, lexical_limit: int
    ) -> tuple[list[Hit], list[list[Hit]]]:
        dense, *bm25 = self._store.search_many(
            Collection.chunks,
            [
                Search(qvec, limit, in_net, exact=True, fields=_CHUNK_FIELDS),
                *per_term(qsparse, lexical_limit, in_lexical, _CHUNK_FIELDS),
            ],
        )
        return dense, bm25


def _with(net: list[str], in_net: Where, peers: tuple[str, ...]) -> tuple[int, Where]:
    """How many people, and the condition, that a BM25 read of the net and the ceiling's ``peers`` covers:
    the net's own condition object when every peer is in it (its engine filter is then built once)."""
    if set(peers) <= set(net):
        return len(net), in_net
    everyone = sorted({*net, *peers})
    return len(everyone), Where(any_of={"candidate_id": everyone})


def _person(hit: Hit) -> str:
    return str(hit.payload["candidate_id"])


def _chunk(hit: Hit) -> tuple[str, str, int]:
    payload = hit.payload
    return payload["candidate_id"], payload["note_id"], payload["chunk_index"]


def lexical(member: Member, ceilings: tuple[float, float]) -> float:
    """BM25 over the best reachable; someone with no notes is measured against the profile ceiling alone,
    so that missing notes do not halve their keyword match."""
    ceiling = ceilings[0] + ceilings[1] if member.chunks else ceilings[0]
    return min(1.0, (member.lexical_profile + member.lexical_notes) / ceiling) if ceiling > 0 else 0.0


def _by_score_then_id(hits: list[Hit]) -> list[Hit]:
    """Sorted by score (best first), equal scores by point id; ids are read only for the ties (a hit's id
    costs more than its search, ``memory.store.Hit``)."""
    ordered = sorted(hits, key=lambda h: -h.score)
    start = 0
    for end in range(1, len(ordered) + 1):
        if end == len(ordered) or ordered[end].score != ordered[start].score:
            if end - start > 1:
                ordered[start:end] = sorted(ordered[start:end], key=lambda h: h.id)
            start = end
    return ordered
