"""Session 18's person slots (OUTSIDE16's classes 1, 2, 5, 6 and 7, and review SHOULDs), each with the same slot
filled by things that must stay: a lone name opening a clause in another language (an auxiliary before a
participle, a given name that also names a tool), a people field's lone given name, a role's bracketed name, a
hand-off's subject at a bare line's start, a short note in French whose words are no name."""

from __future__ import annotations

import pytest

from memory.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


# People of many origins opening a clause in French, Spanish, Portuguese and German (OUTSIDE16's class 2).
FOREIGN = [
    ("Laura a trouvé le candidat très solide.", "[PERSON] a trouvé le candidat très solide."),
    ("Destiny a trouvé le candidat très solide.", "[PERSON] a trouvé le candidat très solide."),
    ("Hunter pense qu'il faut un deuxième entretien.", "[PERSON] pense qu'il faut un deuxième entretien."),
    ("Ember vai enviar a proposta amanhã.", "[PERSON] vai enviar a proposta amanhã."),
    ("Storm sagt, der Kandidat war stark im Systemdesign.", "[PERSON] sagt, der Kandidat war stark im Systemdesign."),
    ("Bo a trouvé le candidat très solide.", "[PERSON] a trouvé le candidat très solide."),
    ("Odane ha cerrado un acuerdo con el cliente.", "[PERSON] ha cerrado un acuerdo con el cliente."),
    ("Retour d'entretien : Kemar recommande l'embauche.", "Retour d'entretien: [PERSON] recommande l'embauche."),
]

# The same clauses opened by firms, tools, places and departments, and a tool's name before a copula or a passive.
THING_FOREIGN = [
    "Google a trouvé le candidat très solide.",
    "Airbus pense qu'il faut un deuxième entretien.",
    "Siemens sagt, der Kandidat war stark.",
    "Natura vai enviar a proposta amanhã.",
    "Ember est un framework JavaScript.",
    "Storm ist ein Tool für Streaming.",
    "Ruby a été utilisé pour le prototype.",
    "Kafka a remplacé RabbitMQ en production.",
    "Python a été choisi pour le backend.",
    "Marketing a validé le budget.",
    "Paris a accueilli le salon.",
]

# A people field's lone given name, and a role's bracketed name (OUTSIDE16's classes 1, 5, 6 and 7).
FIELDS = [
    ("INC-2231 reschedule onsite, assignee: Storm", "INC-2231 reschedule onsite, assignee: [PERSON]"),
    ("[REQ-88] offer letter draft - assignee: Destiny", "[REQ-88] offer letter draft - assignee: [PERSON]"),
    ("assignee: Kerry-Ann", "assignee: [PERSON]"),
    ("Shortlist: Ember; Harmony Ochoa; one more TBD.", "Shortlist: [PERSON]; [PERSON]; one more TBD."),
    ("Owner: Hope", "Owner: [PERSON]"),
    ("Hiring manager (Storm) wants a decision by Friday.", "Hiring manager ([PERSON]) wants a decision by Friday."),
    ("Team lead (Kerry-Ann) signed off.", "Team lead ([PERSON]) signed off."),
    ("The recruiter (Destiny, contract) sent it.", "The recruiter ([PERSON], contract) sent it."),
    ("reporter: Storm", "reporter: [PERSON]"),
    ("Handing the req over to Destiny while I'm out.", "Handing the req over to [PERSON] while I'm out."),
    (
        "I'll pass the candidate to Storm for the final round.",
        "I'll pass the candidate to [PERSON] for the final round.",
    ),
    ("Reassigned to Hope.", "Reassigned to [PERSON]."),
]

THING_FIELDS = [
    "INC-2231 reschedule onsite, assignee: Facilities",
    "Follow-up on the observability concern, assignee: SRE",
    "assignee: Jenkins",
    "Owner: Marketing",
    "Panel: Zoom, Teams",
    "Shortlist: Lever; Greenhouse Recruiting; one more TBD.",
    "Panel: Legal, Data Platform, hiring manager.",
    "Engineering manager (Platform) approved it.",
    "Product lead (Growth) owns the metric.",
    "Delivery lead (APAC) owns it.",
    "Scripting language (Ruby) preferred.",
    "Stream processing (Storm) experience is a plus.",
    "Host: Zoom",
    "Organizer: Talent Team",
    "Escalate to Legal if needed.",
    "Transfer to Austin next month.",
    "Passed the packet to Finance.",
    "Assigned to Platform.",
]

# A hand-off's subject at a bare line's start (review SHOULD on 2e5ff94), and the note's own words in that slot.
HANDOFFS = [
    ("Kat to send the rubric.", "[PERSON] to send the rubric."),
    ("Grace to schedule the debrief.", "[PERSON] to schedule the debrief."),
    ("Sunny to draft the offer.", "[PERSON] to draft the offer."),
]

THING_HANDOFFS = [
    "Hope to close this week.",
    "Will to send the offer.",
    "Able to start in March.",
    "Free to call after 5.",
    "Time to review the packet.",
    "Legal to send the redlines.",
]


@pytest.mark.parametrize(("text", "want"), FOREIGN + FIELDS + HANDOFFS)
def test_person_slots(redactor: Redactor, text: str, want: str) -> None:
    assert redactor.redact(text) == want


@pytest.mark.parametrize("text", THING_FOREIGN + THING_FIELDS + THING_HANDOFFS)
def test_things_in_the_same_slots_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text
