"""Round 13's false-redaction frames (eval/redaction_round13_fp_data.py) and the rules of session 13 (FP helper).

Each keep-rule is tested both ways: the thing stays, and people written in the same place still go."""

from __future__ import annotations

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
    out = redactor.redact(text.replace("[P]", person))
    assert out == text.replace("[P]", "[PERSON]")


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
