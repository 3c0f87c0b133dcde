"""Round 13's false-redaction frames (eval/redaction_round13_fp_data.py) and the rules of session 13 (FP helper).

Each keep-rule is tested both ways: the thing stays, and people written in the same place still go."""

from __future__ import annotations

import re

import pytest

from eval.redaction_round13_fp_data import FRAMES, TERMS, negatives, positives
from eval.redaction_round13_fp_notes import NOTES, notes
from memory.redact import Redactor
from memory.redact_fp_foreign import foreign_lines
from memory.redact_patterns import neutral


def test_round13_halves_share_no_frame_no_term_and_no_note() -> None:
    """The held-out half is new twice: other frames and notes, filled with other terms; every frame with people."""
    for kind, (tune_terms, held_terms) in TERMS.items():
        assert not set(tune_terms) & set(held_terms), kind
    assert not {i[1] for i in negatives(False)} & {i[1] for i in negatives(True)}
    assert not set(notes(False)) & set(notes(True)) and len(notes(False)) + len(notes(True)) == len(NOTES)
    for hold in (False, True):
        assert {i[0] for i in positives(hold)} == {i[0] for i in negatives(hold)}
    assert all("{X}" in f.for_people() for f in FRAMES)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    "text",
    [
        # F8: notes in other languages keep their ordinary words (the name in them goes: next test)
        "Entretien avec [P] ce matin. Très bonne communication, solide en Python et en SQL.",
        "Compte rendu: [P] a présenté son parcours dans un grand cabinet. Points forts: rigueur, esprit d'équipe.",
        "Resumen: [P] trabajó cinco años en logística. Fortalezas: organización, liderazgo.",
        "Zusammenfassung: [P] hat drei Jahre im Vertrieb gearbeitet. Stärken: Zuverlässigkeit, Teamarbeit. "
        "Schwächen: wenig Führungserfahrung.",
        "Resumo: [P] trabalhou quatro anos em atendimento. Pontos fortes: paciência, organização.",
        "Sintesi: [P] ha lavorato tre anni nel marketing. Punti di forza: creatività, precisione.",
        "Telefoongesprek met [P]. Beschikbaar per maart, salariswens redelijk.",
        "Gespräch mit [P] heute Vormittag. Laut [P] ist die Kündigungsfrist kurz.",
    ],
)
@pytest.mark.parametrize("person", ["Zhang Wei", "Tesfaye Bekele", "Hunter Mason", "Joao Pereira", "Beatriz Souza"])
def test_prose_in_another_language_keeps_its_words_and_loses_its_people(
    redactor: Redactor, text: str, person: str
) -> None:
    """Every word L writes in lower case stays (a sentence's first word may go: only L's function words no name
    list holds are kept there, review M1), and the person goes."""
    out = redactor.redact(text.replace("[P]", person))
    assert all(word not in out for word in person.split())
    for word in text.replace("[P]", " ").split():
        word = word.strip(",.:;")
        if word.islower() or word in ("Python", "SQL", "Zuverlässigkeit", "Teamarbeit", "Vertrieb"):
            assert re.search(rf"(?<!\w){re.escape(word)}(?!\w)", out), (word, out)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a given name alone after the full name, where the language's word list holds it (João is one of
        # Portuguese's most frequent words): a name's word seen with a word the language lacks is a name's
        ("Entrevista com Joao Pereira hoje. Joao trabalhou quatro anos em atendimento.", "Joao"),
        ("Llamada con Blanca Rojas. Blanca tiene disponibilidad inmediata.", "Blanca"),
        ("Gespräch mit Anke Fuchs. Fuchs hat drei Jahre im Vertrieb gearbeitet.", "Fuchs"),
        # English lines with names of particles are no other language ("dos", "de" are a name's here)
        ("talked with joão dos santos about relocation", "santos"),
        ("Owner: Bas de Boer\nStatus: waiting on references", "Bas"),
        # a title of the language before a name
        ("Entretien avec Madame Dupont demain. Très bonne impression.", "Dupont"),
    ],
)
def test_people_in_and_beside_other_languages_still_go(redactor: Redactor, text: str, gone: str) -> None:
    assert gone not in redactor.redact(text)


def test_gendered_words_of_english_only() -> None:
    """French "son" (his/her) and German "man" (one) are no English "son" and "man"; English lines still are."""
    french = "Elle a présenté son parcours dans un grand cabinet et son équipe."
    assert neutral(french) == french
    german = "Man sollte mit ihr sprechen, weil man die Stelle schnell besetzen will."
    assert neutral(german) == german
    assert neutral(french + "\nHer son is five.") == french + "\nTheir child is five."
    assert foreign_lines("She told her chairman.") == []


@pytest.mark.parametrize(
    "text",
    [
        # review M1 on 11775a4: a given name opening a sentence (or after a preposition) in a note of its own
        # language is a name, whatever the language's word list says
        "Luz conoce bien las bases de datos y trabaja en equipo.",
        "Paz conoce bien las bases de datos y trabaja en equipo.",
        "Felice ha una buona conoscenza degli strumenti.",
        "Conceição fez a entrevista e gostou muito.",
        "João fez a entrevista e gostou muito.",
        "Afonso fez a entrevista e gostou muito.",
        "Laut Jörg ist sie bereit.",
        "Selon Aurélien, elle est prête.",
        "Femke de Boer heeft sterke kennis van databases.",
    ],
)
def test_a_name_opening_a_sentence_of_its_language_goes(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text)
    names = ("Luz", "Paz", "Felice", "Conceição", "João", "Afonso", "Jörg", "Aurélien", "Femke", "Boer")
    assert "[PERSON]" in out and all(name not in out for name in names)
