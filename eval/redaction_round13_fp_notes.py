"""Round 13's notes in other languages (the blind tester's class F8): interview notes in French, Spanish, German,
Portuguese, Italian and Dutch, written by the FP helper of session 13 before any rule of that session.

Each note names a person (``{P}``, a full name) and some name them again by the given name alone (``{G}``). Every
other word is an ordinary word of the note's language (German capitalises its nouns; every language capitalises
the first word of a sentence and the word after a colon here and there), and none of them may be lost; the
person's words must all go. Four notes per language: the first two TUNE, the last two HOLD.
"""

from __future__ import annotations

# (language, note); within a language the first two notes are the tune half, the last two the held-out half.
NOTES: tuple[tuple[str, str], ...] = (
    (
        "french",
        "Entretien avec {P} ce matin. Très bonne communication, solide en Python et en SQL. Elle connaît bien la "
        "gestion de projet. Prochaine étape : entretien technique jeudi.",
    ),
    (
        "french",
        "Compte rendu : {P} a présenté son parcours dans un grand cabinet. Points forts : rigueur, esprit "
        "d'équipe. Points faibles : peu d'expérience en management. Avis favorable, {G} peut passer au second tour.",
    ),
    (
        "french",
        "Appel de préqualification avec {P}. Disponible dans un mois, prétentions salariales raisonnables. Motivée "
        "par le poste et la mission. Relancer lundi.",
    ),
    (
        "french",
        "Synthèse du jury : {P} maîtrise les statistiques. Quelques hésitations sur la conception. Selon {G}, le "
        "délai de préavis est court. Recommandation : deuxième tour avec l'équipe produit.",
    ),
    (
        "spanish",
        "Entrevista con {P} hoy. Buena comunicación y experiencia sólida en ventas. Necesita mejorar en "
        "negociación. Siguiente paso: reunión con la directora.",
    ),
    (
        "spanish",
        "Resumen: {P} trabajó cinco años en logística. Fortalezas: organización, liderazgo. Debilidades: poco "
        "inglés. Recomiendo avanzar; {G} puede empezar en marzo.",
    ),
    (
        "spanish",
        "Llamada inicial con {P}. Disponibilidad inmediata, expectativas salariales altas. Muy motivada. Enviar "
        "la prueba técnica mañana.",
    ),
    (
        "spanish",
        "Opinión del panel: {P} explicó bien su proyecto. Dudas sobre escalabilidad. Según {G}, el equipo actual "
        "es pequeño. Propuesta: segunda entrevista el martes.",
    ),
    (
        "german",
        "Gespräch mit {P} heute Vormittag. Sehr gute Kommunikation, solide Kenntnisse in Java und Datenbanken. "
        "Nächster Schritt: Fachgespräch am Donnerstag.",
    ),
    (
        "german",
        "Zusammenfassung: {P} hat drei Jahre im Vertrieb gearbeitet. Stärken: Zuverlässigkeit, Teamarbeit. "
        "Schwächen: wenig Führungserfahrung. Empfehlung: {G} kommt in die nächste Runde.",
    ),
    (
        "german",
        "Telefonat mit {P}. Verfügbar ab Januar, Gehaltsvorstellung im Rahmen. Hohe Motivation für die Stelle. "
        "Unterlagen bis Freitag nachreichen.",
    ),
    (
        "german",
        "Einschätzung der Runde: {P} erklärte die Architektur klar. Bedenken bei Skalierung und Tests. Laut {G} "
        "ist die Kündigungsfrist kurz. Vorschlag: zweites Gespräch mit dem Team.",
    ),
    (
        "portuguese",
        "Entrevista com {P} hoje. Boa comunicação e experiência sólida em finanças. Precisa melhorar em "
        "apresentações. Próximo passo: conversa com a gerente.",
    ),
    (
        "portuguese",
        "Resumo: {P} trabalhou quatro anos em atendimento. Pontos fortes: paciência, organização. Pontos fracos: "
        "pouca experiência técnica. Recomendo seguir; {G} pode começar em abril.",
    ),
    (
        "portuguese",
        "Ligação inicial com {P}. Disponível em duas semanas, pretensão salarial adequada. Muito motivado. Enviar "
        "o teste amanhã.",
    ),
    (
        "portuguese",
        "Parecer da banca: {P} explicou bem o projeto. Dúvidas sobre testes automatizados. Segundo {G}, a equipe "
        "atual é pequena. Sugestão: segunda entrevista na quarta.",
    ),
    (
        "italian",
        "Colloquio con {P} stamattina. Ottima comunicazione, buone competenze in contabilità. Da migliorare: "
        "inglese tecnico. Prossimo passo: incontro con il responsabile.",
    ),
    (
        "italian",
        "Sintesi: {P} ha lavorato tre anni nel marketing. Punti di forza: creatività, precisione. Punti deboli: "
        "poca esperienza di gestione. Parere positivo, {G} passa al secondo colloquio.",
    ),
    (
        "italian",
        "Telefonata con {P}. Disponibile da febbraio, richiesta economica in linea. Molto motivata. Inviare il "
        "caso pratico domani.",
    ),
    (
        "italian",
        "Valutazione della commissione: {P} ha spiegato bene il progetto. Dubbi sulla sicurezza. Secondo {G}, il "
        "preavviso è breve. Proposta: secondo colloquio giovedì.",
    ),
    (
        "dutch",
        "Gesprek met {P} vanochtend. Goede communicatie, sterke kennis van Excel en rapportages. Verbeterpunt: "
        "presenteren. Volgende stap: gesprek met de manager.",
    ),
    (
        "dutch",
        "Samenvatting: {P} werkte vier jaar in de zorg. Sterke punten: empathie, planning. Zwakke punten: weinig "
        "ervaring met software. Advies: doorgaan, {G} kan in mei beginnen.",
    ),
    (
        "dutch",
        "Telefoongesprek met {P}. Beschikbaar per maart, salariswens redelijk. Zeer gemotiveerd. Opdracht morgen "
        "versturen.",
    ),
    (
        "dutch",
        "Oordeel van het panel: {P} legde de architectuur duidelijk uit. Twijfels over testen. Volgens {G} is de "
        "opzegtermijn kort. Voorstel: tweede ronde met het team.",
    ),
)


def notes(hold: bool) -> list[tuple[str, str]]:
    """The half's notes: positions 0-1 of each language TUNE, 2-3 HOLD."""
    seen: dict[str, int] = {}
    out = []
    for language, note in NOTES:
        position = seen.get(language, 0)
        seen[language] = position + 1
        if (position >= 2) == hold:
            out.append((language, note))
    return out


def note_words(note: str) -> str:
    """The words of a note that must stay: every word of two letters or more but the person's slots."""
    words = note.replace("{P}", " ").replace("{G}", " ")
    kept = []
    for raw in words.split():
        word = raw.strip(",.;:!?()'’")
        word = word.split("'")[-1].split("’")[-1]  # "d'équipe" -> "équipe", "l'équipe" -> "équipe"
        if len(word) >= 2 and word.isalpha():
            kept.append(word)
    return " ".join(kept)
