"""The embedded deployment: Qdrant Edge, the Qdrant engine in-process, one shard per collection.

Each collection is a shard directory under the data directory. Edge locks every shard to one process,
so one server worker owns the store; more workers or hosts mean the server deployment.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import qdrant_edge as qe

from embed.lexical import SparseVec
from memory.errors import BackendUnavailable
from memory.store import (
    DENSE,
    INTEGER_INDEXES,
    KEYWORD_INDEXES,
    SPARSE,
    Collection,
    Hit,
    Payload,
    StoredPoint,
    Where,
)

_SCROLL_PAGE = 1_000


def _filter(where: Where | None) -> qe.Filter | None:
    if where is None or not (where.any_of or where.at_least):
        return None
    must: list[Any] = [
        qe.FieldCondition(name, match=qe.MatchAny(list(values))) for name, values in where.any_of.items()
    ]
    must += [qe.FieldCondition(name, range=qe.RangeFloat(gte=value)) for name, value in where.at_least.items()]
    return qe.Filter(must=must)


def _sparse(vec: SparseVec) -> qe.SparseVector:
    return qe.SparseVector(list(vec.indices), list(vec.values))


def _point(record: Any) -> StoredPoint:
    vectors = record.vector or {}
    sparse = vectors.get(SPARSE)
    return StoredPoint(
        id=str(record.id),
        payload=dict(record.payload or {}),
        dense=vectors.get(DENSE),
        sparse=SparseVec(tuple(sparse.indices), tuple(sparse.values)) if sparse is not None else None,
    )


class EdgeStore:
    """Qdrant Edge shards under ``data_dir``.

    >>> store = EdgeStore(Path("/tmp/tr-doc"))   # doctest: +SKIP
    >>> store.ensure(384)                        # doctest: +SKIP
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._shards: dict[Collection, qe.EdgeShard] = {}
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackendUnavailable(f"cannot create the data directory {data_dir}: {exc}") from exc
        self._open(Collection.meta, dim=None)

    def _open(self, collection: Collection, dim: int | None) -> None:
        path = self.data_dir / collection.value
        sparse = {SPARSE: qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)}
        config = qe.EdgeConfig(
            vectors={DENSE: qe.EdgeVectorParams(size=dim, distance=qe.Distance.Cosine)} if dim else None,
            sparse_vectors=sparse,
        )
        try:
            if (path / "segments").is_dir():
                shard = qe.EdgeShard.load(str(path))
            else:
                shard = qe.EdgeShard.create(str(path), config)
        except Exception as exc:  # Edge raises bare Exception for locks and corruption alike
            reason = "it is in use by another process" if "WouldBlock" in str(exc) else str(exc)
            raise BackendUnavailable(
                f"cannot open the store in {self.data_dir} ({collection.value}): {reason}. "
                "The embedded store allows one process; stop the other one or use a Qdrant server."
            ) from exc
        self._shards[collection] = shard
        existing = shard.info().payload_schema
        for name in KEYWORD_INDEXES.get(collection, ()):
            if name not in existing:
                shard.update(qe.UpdateOperation.create_field_index(name, qe.PayloadSchemaType.Keyword))
        for name in INTEGER_INDEXES.get(collection, ()):
            if name not in existing:
                shard.update(qe.UpdateOperation.create_field_index(name, qe.PayloadSchemaType.Integer))

    def _shard(self, collection: Collection) -> qe.EdgeShard:
        try:
            return self._shards[collection]
        except KeyError:
            raise BackendUnavailable(f"collection {collection.value} is not open; call ensure() first") from None

    def ensure(self, dim: int) -> None:
        for collection in Collection:
            if collection not in self._shards:
                self._open(collection, dim if collection.has_vectors else None)

    def upsert(self, collection: Collection, points: Sequence[StoredPoint]) -> None:
        if not points:
            return
        built = []
        for p in points:
            vectors: dict[str, Any] = {}
            if p.dense is not None:
                vectors[DENSE] = list(p.dense)
            if p.sparse:
                vectors[SPARSE] = _sparse(p.sparse)
            built.append(qe.Point(p.id, vectors, p.payload))
        self._shard(collection).update(qe.UpdateOperation.upsert_points(built))

    def delete(self, collection: Collection, ids: Sequence[str]) -> None:
        if ids:
            self._shard(collection).update(qe.UpdateOperation.delete_points(list(ids)))

    def delete_where(self, collection: Collection, where: Where) -> None:
        flt = _filter(where)
        if flt is None:
            raise ValueError("refusing to delete without a condition")
        self._shard(collection).update(qe.UpdateOperation.delete_points_by_filter(flt))

    def set_payload_where(self, collection: Collection, where: Where, payload: Payload) -> None:
        flt = _filter(where)
        if flt is None:
            raise ValueError("refusing to set payload without a condition")
        self._shard(collection).update(qe.UpdateOperation.set_payload_by_filter(flt, payload))

    def retrieve(self, collection: Collection, ids: Sequence[str], *, with_vectors: bool = False) -> list[StoredPoint]:
        if not ids:
            return []
        records = self._shard(collection).retrieve(list(ids), with_payload=True, with_vector=with_vectors)
        return [_point(r) for r in records]

    def scroll(
        self, collection: Collection, where: Where | None = None, *, with_vectors: bool = False
    ) -> Iterator[StoredPoint]:
        shard = self._shard(collection)
        offset = None
        while True:
            records, offset = shard.scroll(
                qe.ScrollRequest(
                    offset=offset,
                    limit=_SCROLL_PAGE,
                    filter=_filter(where),
                    with_payload=True,
                    with_vector=with_vectors,
                )
            )
            yield from (_point(r) for r in records)
            if offset is None:
                return

    def count(self, collection: Collection, where: Where | None = None) -> int:
        return int(self._shard(collection).count(qe.CountRequest(exact=True, filter=_filter(where))))

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
        request = qe.QueryRequest(
            limit=limit,
            query=qe.Query.Nearest(list(vector), using=DENSE),
            filter=_filter(where),
            with_payload=list(fields) if fields is not None else True,
            params=qe.SearchParams(exact=True) if exact else None,
        )
        return [Hit(str(h.id), float(h.score), dict(h.payload or {})) for h in self._shard(collection).query(request)]

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
        request = qe.QueryRequest(
            limit=limit,
            query=qe.Query.Nearest(_sparse(vector), using=SPARSE),
            filter=_filter(where),
            with_payload=list(fields) if fields is not None else True,
        )
        return [Hit(str(h.id), float(h.score), dict(h.payload or {})) for h in self._shard(collection).query(request)]

    def optimize(self) -> None:
        for shard in self._shards.values():
            shard.optimize()

    def close(self) -> None:
        for shard in self._shards.values():
            shard.flush()
            shard.close()
        self._shards.clear()
