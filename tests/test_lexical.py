"""The pure-Python BM25 encoder gives Qdrant's own vectors, so stored sparse vectors stay valid."""

from __future__ import annotations

import pytest
from qdrant_edge import Bm25

from embed.lexical import LexicalEncoder, murmur3_32, term_ids

TEXTS = [
    "Senior Kubernetes operator engineer; ran Go-lang services on GKE, k8s 1.29, C++ and node.js.",
    "The candidate's archaeologists' and anthropologists' notes: running, runners, ran. Universities!",
    "Café naïve résumé, Zürich → São Paulo; Привет мир; ΟΔΥΣΣΕΥΣ; 北京大学; हिन्दी नमस्ते; x² ½ Ⅻ ①",
    "under_score snake_case CamelCase HTTP2 gRPC e-mail don't won't isn't it's",
    "a the and of to in",
    "",
    " ".join(["repeat"] * 40 + ["once"]),
]


@pytest.mark.parametrize("text", TEXTS)
def test_document_and_query_vectors_equal_qdrants(text: str) -> None:
    ours, theirs = LexicalEncoder(), Bm25()
    doc, expected_doc = ours.document(text), theirs.embed_document(text)
    assert (list(doc.indices), list(doc.values)) == (list(expected_doc.indices), list(expected_doc.values))
    query, expected_query = ours.query(text), theirs.embed_query(text)
    assert (list(query.indices), list(query.values)) == (list(expected_query.indices), list(expected_query.values))


def test_terms_are_stemmed_and_stop_words_dropped() -> None:
    assert term_ids("The runners") == term_ids("runner")
    assert term_ids("they were with them") == []
    assert not LexicalEncoder().document("of the")


def test_murmur3_reference_values() -> None:
    # Published MurmurHash3_x86_32 test vectors.
    assert murmur3_32(b"") == 0
    assert murmur3_32(b"", seed=1) == 0x514E28B7
    assert murmur3_32(b"hello") == 0x248BFA47
    assert murmur3_32(b"The quick brown fox jumps over the lazy dog") == 0x2E4FF723
