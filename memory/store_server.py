"""The server deployment: a Qdrant server or cluster reached through ``qdrant-client``.

Same collections (prefixed), same payload indexes, same verbs as the embedded store. Tests run it
against qdrant-client's local mode, which speaks the same client API, in the shared contract suite.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from qdrant_client import QdrantClient
from qdrant_client import models as qm

from embed.sparse import SparseVec
from memory.errors import BackendUnavailable
from memory.store import (
    DENSE,
    INTEGER_INDEXES,
    KEYWORD_INDEXES,
    SPARSE,
    Collection,
    Hit,
    IndexTuning,
    Payload,
    Search,
    StoredPoint,
    Where,
)

_SCROLL_PAGE = 1_000


def _filter(where: Where | None) -> qm.Filter | None:
    if where is None or not (where.any_of or where.at_least or where.below):
        return None
    must: list[qm.Condition] = [
        qm.FieldCondition(key=name, match=qm.MatchAny(any=list(values))) for name, values in where.any_of.items()
    ]
    must += [qm.FieldCondition(key=name, range=qm.Range(gte=value)) for name, value in where.at_least.items()]
    must += [qm.FieldCondition(key=name, range=qm.Range(lt=value)) for name, value in where.below.items()]
    return qm.Filter(must=must)


def _point(record: qm.Record | qm.ScoredPoint) -> StoredPoint:
    vectors = record.vector if isinstance(record.vector, dict) else {}
    dense = vectors.get(DENSE)
    sparse = vectors.get(SPARSE)
    return StoredPoint(
        id=str(record.id),
        payload=dict(record.payload or {}),
        dense=list(dense) if isinstance(dense, list) else None,  # type: ignore[arg-type]
        sparse=SparseVec(tuple(sparse.indices), tuple(sparse.values)) if isinstance(sparse, qm.SparseVector) else None,
    )


LOCAL = ":memory:"  # qdrant-client's name for its in-process, in-memory local mode


class ServerStore:
    """Collections ``{prefix}_{name}`` on a Qdrant server.

    >>> store = ServerStore(QdrantClient(url="http://qdrant:6333"), prefix="talentrecall")  # doctest: +SKIP
    """

    @classmethod
    def connect(cls, url: str, api_key: str | None, prefix: str, tuning: IndexTuning | None = None) -> ServerStore:
        """A store on the Qdrant server at ``url`` (the client is built here, not in the memory).

        ``:memory:`` is qdrant-client's local mode: the same client API served by a pure-Python engine in
        this process and forgotten at close. The fast test suite runs every ``Memory`` test on it (no
        disk, ~40x cheaper per test than an Edge store); it is not a deployment (a filtered search
        takes over a second at 100k points).
        """
        if url == LOCAL:
            return cls(QdrantClient(location=LOCAL), prefix, tuning)
        return cls(QdrantClient(url=url, api_key=api_key), prefix, tuning)

    def __init__(self, client: QdrantClient, prefix: str = "talentrecall", tuning: IndexTuning | None = None) -> None:
        self._client = client
        self._prefix = prefix
        self._local = client.init_options.get("location") == LOCAL
        self.tuning = tuning or IndexTuning()
        # The same index settings as the embedded store (memory.store.IndexTuning); the server builds and
        # merges segments itself, so only the graph, the quantisation and the search beam are ours to set.
        quantization = qm.QuantizationSearchParams(rescore=True, oversampling=self.tuning.oversampling)
        self._params = qm.SearchParams(hnsw_ef=self.tuning.ef, quantization=quantization if self.tuning.int8 else None)
        try:
            self._create(Collection.meta, dim=None)
        except Exception as exc:
            raise BackendUnavailable(f"cannot reach the Qdrant server: {exc}") from exc

    def _name(self, collection: Collection) -> str:
        return f"{self._prefix}_{collection.value}"

    def _create(self, collection: Collection, dim: int | None) -> None:
        name = self._name(collection)
        if not self._client.collection_exists(name):
            t = self.tuning
            int8 = qm.ScalarQuantization(
                scalar=qm.ScalarQuantizationConfig(type=qm.ScalarType.INT8, quantile=0.99, always_ram=True)
            )
            dense = qm.VectorParams(
                size=dim or 1,
                distance=qm.Distance.COSINE,
                on_disk=t.on_disk,
                # m=0: no graph (collections only read by exact searches, see ``searched_by_graph``).
                hnsw_config=qm.HnswConfigDiff(
                    m=t.m if collection.searched_by_graph else 0, ef_construct=t.ef_construct
                ),
                quantization_config=int8 if t.int8 and collection.searched_by_graph else None,
            )
            self._client.create_collection(
                name,
                vectors_config={DENSE: dense} if dim else {},
                sparse_vectors_config={SPARSE: qm.SparseVectorParams(modifier=qm.Modifier.IDF)},
            )
        if self._local:
            return  # local mode has no payload indexes (it warns that they have no effect)
        for field in KEYWORD_INDEXES.get(collection, ()):
            self._client.create_payload_index(name, field, qm.PayloadSchemaType.KEYWORD)
        for field in INTEGER_INDEXES.get(collection, ()):
            self._client.create_payload_index(name, field, qm.PayloadSchemaType.INTEGER)

    def ensure(self, dim: int) -> None:
        for collection in Collection:
            self._create(collection, dim if collection.has_vectors else None)

    def upsert(self, collection: Collection, points: Sequence[StoredPoint]) -> None:
        if not points:
            return
        built = []
        for p in points:
            vectors: dict[str, Any] = {}
            if p.dense is not None:
                vectors[DENSE] = list(p.dense)
            if p.sparse:
                vectors[SPARSE] = qm.SparseVector(indices=list(p.sparse.indices), values=list(p.sparse.values))
            built.append(qm.PointStruct(id=p.id, vector=vectors, payload=p.payload))
        self._client.upsert(self._name(collection), built, wait=True)

    def delete(self, collection: Collection, ids: Sequence[str]) -> None:
        if ids:
            self._client.delete(self._name(collection), qm.PointIdsList(points=list(ids)), wait=True)

    def delete_where(self, collection: Collection, where: Where) -> None:
        flt = _filter(where)
        if flt is None:
            raise ValueError("refusing to delete without a condition")
        self._client.delete(self._name(collection), qm.FilterSelector(filter=flt), wait=True)

    def set_payload_where(self, collection: Collection, where: Where, payload: Payload) -> None:
        flt = _filter(where)
        if flt is None:
            raise ValueError("refusing to set payload without a condition")
        self._client.set_payload(self._name(collection), payload, points=flt, wait=True)

    def retrieve(self, collection: Collection, ids: Sequence[str], *, with_vectors: bool = False) -> list[StoredPoint]:
        if not ids:
            return []
        records = self._client.retrieve(self._name(collection), list(ids), with_payload=True, with_vectors=with_vectors)
        return [_point(r) for r in records]

    def scroll(
        self, collection: Collection, where: Where | None = None, *, with_vectors: bool = False
    ) -> Iterator[StoredPoint]:
        offset: Any = None
        while True:
            records, offset = self._client.scroll(
                self._name(collection),
                scroll_filter=_filter(where),
                limit=_SCROLL_PAGE,
                offset=offset,
                with_payload=True,
                with_vectors=with_vectors,
            )
            yield from (_point(r) for r in records)
            if offset is None:
                return

    def count(self, collection: Collection, where: Where | None = None) -> int:
        return self._client.count(self._name(collection), count_filter=_filter(where), exact=True).count

    def search_dense(
        self,
        collection: Collection,
        vector: Sequence[float],
        limit: int,
        where: Where | None = None,
        *,
        exact: bool = False,
        fields: Sequence[str] | None = None,
    ) -> list[Hit]:
        found = self._client.query_points(
            self._name(collection),
            query=list(vector),
            using=DENSE,
            limit=limit,
            query_filter=_filter(where),
            # local mode is always exact, and warns that search_params are ignored
            search_params=None if self._local else (qm.SearchParams(exact=True) if exact else self._params),
            with_payload=list(fields) if fields is not None else True,
        ).points
        return [_hit(h) for h in found]

    def search_sparse(
        self,
        collection: Collection,
        vector: SparseVec,
        limit: int,
        where: Where | None = None,
        *,
        fields: Sequence[str] | None = None,
    ) -> list[Hit]:
        if not vector:
            return []
        query = qm.SparseVector(indices=list(vector.indices), values=list(vector.values))
        found = self._client.query_points(
            self._name(collection),
            query=query,
            using=SPARSE,
            limit=limit,
            query_filter=_filter(where),
            with_payload=list(fields) if fields is not None else True,
        ).points
        return [_hit(h) for h in found]

    def search_many(self, collection: Collection, searches: Sequence[Search]) -> list[list[Hit]]:
        """One by one: a server's own batching was not measured here (no server runs on this machine)."""
        return [
            self.search_sparse(collection, s.vector, s.limit, s.where, fields=s.fields)
            if isinstance(s.vector, SparseVec)
            else self.search_dense(collection, s.vector, s.limit, s.where, exact=s.exact, fields=s.fields)
            for s in searches
        ]

    def optimize(self) -> None:
        """A server optimises in the background."""

    def purge_deleted(self, collections: Sequence[Collection]) -> None:
        """A no-op: the Qdrant server's WAL and vacuum are the operator's.

        The client API offers no way to rewrite a segment or truncate the WAL, so deleted points stay on
        the server's disk until its own vacuum (``optimizers_config.deleted_threshold``, default 20 % of a
        segment) and WAL retention (``wal_capacity_mb`` × ``wal_segments_ahead``) remove them. The
        "gone from disk" guarantee holds for the embedded store only; a server deployment must get it
        from its operator (e.g. ``deleted_threshold: 0``, ``vacuum_min_vector_number: 1``, small WAL
        segments, encrypted volumes).
        """

    def close(self) -> None:
        self._client.close()


def _hit(found: Any) -> Hit:
    # The id is read only if asked for (``Hit``): the binding builds a UUID object for it.
    return Hit(None, float(found.score), dict(found.payload or {}), lambda: str(found.id))
