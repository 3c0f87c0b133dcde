from memory.chunking import chunk_text, split_sentences


def test_sentences_are_kept_whole_and_chunks_bounded() -> None:
    text = " ".join(f"Sentence number {i} has exactly seven words." for i in range(100))
    chunks = chunk_text(text, max_words=150)
    assert all(len(c.split()) <= 150 for c in chunks)
    assert all(c.endswith("words.") for c in chunks)
    assert " ".join(chunks) == text
    assert len(chunks) == 5  # 700 words, 21 whole sentences (147 words) per chunk


def test_an_overlong_sentence_is_cut_at_word_boundaries() -> None:
    words = [f"w{i}" for i in range(320)]
    chunks = chunk_text(" ".join(words), max_words=150)
    assert [len(c.split()) for c in chunks] == [150, 150, 20]
    assert " ".join(chunks).split() == words


def test_paragraphs_and_bullets_split_sentences() -> None:
    assert split_sentences("Intro line\n\nSecond para\n- bullet one\n- bullet two") == [
        "Intro line",
        "Second para",
        "- bullet one",
        "- bullet two",
    ]


def test_chunking_is_deterministic_and_empty_text_has_no_chunks() -> None:
    assert chunk_text("") == []
    text = "A. B. C."
    assert chunk_text(text, 20) == chunk_text(text, 20) == ["A. B. C."]
