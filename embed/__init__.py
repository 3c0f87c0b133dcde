"""Text encoders: the dense sentence model and the lexical (BM25) sparse encoder."""

from embed.encoder import Encoder, HashingEncoder, SentenceEncoder, load_encoder
from embed.lexical import LexicalEncoder
from embed.sparse import SparseVec

__all__ = ["Encoder", "HashingEncoder", "LexicalEncoder", "SentenceEncoder", "SparseVec", "load_encoder"]
