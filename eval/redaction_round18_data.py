"""Round 18's frames and fillers: OUTSIDE16's name classes 1, 2, 3, 5, 6 and 7 (words only), each frame also filled
with things (products, tools, firms, places, departments) in the same slot.

Written by the NAMES helper in session 18 (02:50 UTC, before any rule of that session) from
/tmp/coord/OUTSIDE16_FINDINGS.md (its material was never seen). Each class holds frames written by two methods,
alternating so that the split by position separates them (session 17's round fitted its rules to frames that were
all written one way, tune 0.973 against held out 0.784):

- even positions (TUNE): frames written by hand from the tester's class in words;
- odd positions (HELD OUT): frames built from the demo notes' own sentences (``eval.redaction_cost.notes``: "Onsite
  interview for ...", "The candidate ...", "Concern: ...", "Skills discussed: ..."), the person put into the
  slot the class names, translated for the other-language class.

Slots as in round 13 (:mod:`eval.redaction_round13_data`): ``{g}`` given, ``{f}`` family, ``{n}`` full name, ``{h}``
and ``{k}`` another person's given and family name of the same group and half, ``{lg}`` lower case, ``{N}`` capitals.
"""

from __future__ import annotations

from eval.redaction_round18_names import GROUPS as GROUPS  # the names, in their own file

Frame = tuple[str, str, str, int]  # (frame, the same frame with things, words that must stay, people in it)

_HYPHENATED = ("hyphenated given names", "hyphenated and word family names")

# Class -> (groups, or () for every group; own name (always False here); frames). Even: hand-written (tune);
# odd: built from the demo notes' sentences (held out).
CLASSES: dict[str, tuple[tuple[str, ...], bool, list[Frame]]] = {
    "1 a given name alone in a person's slot, full names in record lines": (
        (),
        False,
        [
            ("- {g} pushed for a second coding round.", "- Legal pushed for a second coding round.", "Legal", 0),
            (
                "Onsite interview for Platform Engineer. {g} explained trade-offs between consistency and latency.",
                "Onsite interview for Platform Engineer. Datadog showed trade-offs between consistency and latency.",
                "Datadog",
                0,
            ),
            (
                "Waiting on {g}'s scorecard before we decide.",
                "Waiting on Greenhouse's scorecard sync before we decide.",
                "Greenhouse",
                0,
            ),
            (
                "Concern: {g}'s notes say SQL window functions were shaky.",
                "Concern: Tableau's exports say SQL window functions were shaky.",
                "Tableau SQL",
                0,
            ),
            (
                "Hiring manager ({g}) wants a decision by Friday.",
                "Hiring system (Workday) wants a decision by Friday.",
                "Workday Friday",
                0,
            ),
            (
                "Skills discussed with {g} (panel lead): Prometheus, Terraform, Ansible.",
                "Skills discussed with Atlassian (vendor): Prometheus, Terraform, Ansible.",
                "Atlassian Prometheus Terraform Ansible",
                0,
            ),
            ("per {g}, comp band is fine", "per Slack, comp band is fine", "Slack", 0),
            (
                "Screen interview for UI Engineer - scorecard by {n}.",
                "Screen interview for UI Engineer - scorecard by Lever Hire.",
                "Lever Hire",
                0,
            ),
            (
                "TICKET-4471 | Schedule onsite | assignee: {n}",
                "TICKET-4471 | Schedule onsite | assignee: Platform Team",
                "Platform Team",
                0,
            ),
            ("FINAL INTERVIEW FOR DATA ANALYST - {N}", "FINAL INTERVIEW FOR DATA ANALYST - NEW YORK", "NEW YORK", 0),
            (
                "Calendar: Debrief with {n} (30 min)",
                "Calendar: Debrief with Data Platform (30 min)",
                "Data Platform",
                0,
            ),
            (
                "Technical interview for Go Engineer, interviewer {n}: wrote idiomatic Go with table-driven tests.",
                "Technical interview for Go Engineer, room Blue Ridge: wrote idiomatic Go with table-driven tests.",
                "Blue Ridge",
                0,
            ),
            ("SCORECARD - {N}", "SCORECARD - PLATFORM ENGINEER", "PLATFORM ENGINEER", 0),
            (
                "Offer interview for Account Executive. {n} to be called as a reference on Thursday.",
                "Offer interview for Account Executive. Checkr to be called for a background check on Thursday.",
                "Checkr Thursday",
                0,
            ),
        ],
    ),
    "2 a given name alone as the subject of another language's sentence": (
        (),
        False,
        [
            (
                "{g} a trouvé le candidat très solide en conception.",
                "Google a trouvé le candidat très solide en conception.",
                "Google",
                0,
            ),
            (
                "Entretien technique pour Ingénieur Plateforme. {g} a expliqué les compromis entre cohérence "
                "et latence.",
                "Entretien technique pour Ingénieur Plateforme. Datadog a expliqué les compromis entre cohérence "
                "et latence.",
                "Datadog",
                0,
            ),
            (
                "{g} pense qu'il faut un deuxième entretien.",
                "Airbus pense qu'il faut un deuxième entretien.",
                "Airbus",
                0,
            ),
            (
                "{g} a mené des revues d'incident qui ont changé la gestion des astreintes.",
                "Renault a mené des revues d'incident qui ont changé la gestion des astreintes.",
                "Renault",
                0,
            ),
            (
                "Retour d'entretien : {g} recommande l'embauche.",
                "Retour d'entretien : Capgemini recommande l'embauche.",
                "Capgemini",
                0,
            ),
            (
                "Inquiétude : {g} trouve que les fonctions de fenêtre SQL étaient fragiles.",
                "Inquiétude : Michelin trouve que les fonctions de fenêtre SQL étaient fragiles.",
                "Michelin SQL",
                0,
            ),
            (
                "{g} sagt, der Kandidat war stark im Systemdesign.",
                "Siemens sagt, der Kandidat war stark im Systemdesign.",
                "Siemens",
                0,
            ),
            (
                "{g} ha cerrado un acuerdo empresarial con un ciclo de compras largo.",
                "Telefónica ha cerrado un acuerdo empresarial con un ciclo de compras largo.",
                "Telefónica",
                0,
            ),
            ("{g} vai enviar a proposta amanhã.", "Natura vai enviar a proposta amanhã.", "Natura", 0),
            (
                "{g} hat eine Checkout-Seite in React neu gebaut und die Ladezeit halbiert.",
                "Zalando hat eine Checkout-Seite in React neu gebaut und die Ladezeit halbiert.",
                "Zalando React",
                0,
            ),
        ],
    ),
    "3 a given name as the object of a lower-case request": (
        (),
        False,
        [
            ("can you ping {lg} about the loop", "can you ping legal about the loop", "legal", 0),
            (
                "ask {g} to check the kafka pipeline notes",
                "ask Datadog support to check the kafka pipeline notes",
                "Datadog",
                0,
            ),
            ("pls loop in {g} for the debrief", "pls loop in Finance for the debrief", "Finance", 0),
            (
                "pls send {lg} the notes on the sharded postgres schema",
                "pls send infra the notes on the sharded postgres schema",
                "infra",
                0,
            ),
            ("need to sync w {g} before the offer", "need to sync w Payroll before the offer", "Payroll", 0),
            (
                "can you get {g} to review the react take-home",
                "can you get QA to review the react take-home",
                "QA",
                0,
            ),
            ("remind {lg} to submit feedback", "remind recruiting to submit feedback", "recruiting", 0),
            (
                "loop {g} in on the incident review writeup",
                "loop SRE in on the incident review writeup",
                "SRE",
                0,
            ),
            (
                "could someone forward the packet to {g}",
                "could someone forward the packet to Procurement",
                "Procurement",
                0,
            ),
            (
                "forward {lg} the survival model deck",
                "forward analytics the survival model deck",
                "analytics",
                0,
            ),
        ],
    ),
    "5 hyphenated names alone": (
        _HYPHENATED,
        False,
        [
            ("Debrief moved (with {g}).", "Debrief moved (with Coca-Cola).", "Coca Cola", 0),
            (
                "Screen interview for UX Researcher (interviewer: {g}).",
                "Screen interview for UX Researcher (venue: Saint-Gobain).",
                "Saint Gobain",
                0,
            ),
            (
                "{f} said the take-home was the strongest this quarter.",
                "Rolls-Royce said the take-home was the strongest this quarter.",
                "Rolls Royce",
                0,
            ),
            (
                "{f} noted the candidate ran structured interviews with consistent rubrics.",
                "Hewlett-Packard noted the candidate ran structured interviews with consistent rubrics.",
                "Hewlett Packard",
                0,
            ),
            (
                "{n} ran the screen. {g} flagged the gap in SQL.",
                "Mercedes-Benz ran the event. Wi-Fi flagged the gap in coverage.",
                "Mercedes Benz Wi Fi",
                0,
            ),
            (
                "They also closed a seven-figure deal with {g}'s team.",
                "They also closed a seven-figure deal with Coca-Cola's team.",
                "Coca Cola",
                0,
            ),
            ("Assignee: {g}", "Assignee: Paris-Saclay", "Paris Saclay", 0),
            (
                "Concern: {f} thought SQL window functions were shaky.",
                "Concern: Baden-Württemberg thought SQL window functions were shaky.",
                "Baden Württemberg",
                0,
            ),
        ],
    ),
    "6 a list of people opening with a lone given name": (
        (),
        False,
        [
            (
                "Panel: {g}, {h} {k}, hiring manager.",
                "Panel: Legal, Data Platform, hiring manager.",
                "Legal Data Platform",
                0,
            ),
            (
                "Onsite interview for Platform Engineer. Panel: {g}, {h} {k}.",
                "Onsite interview for Platform Engineer. Stack: Kafka, Terraform Cloud.",
                "Kafka Terraform Cloud",
                0,
            ),
            (
                "Shortlist: {g}; {h} {k}; one more TBD.",
                "Shortlist: Lever; Greenhouse Recruiting; one more TBD.",
                "Lever Greenhouse Recruiting",
                0,
            ),
            (
                "Skills discussed: Python, Kafka. Shortlist: {g}, {h} {k}.",
                "Skills discussed: Python, Kafka. Shortlist: Stripe, Square Capital.",
                "Stripe Square Capital",
                0,
            ),
            ("Interviewers - {g}, {h} {k}", "Interviewers - Sales, Customer Success", "Sales Customer Success", 0),
            (
                "Final interview for Charge Nurse. Panel - {g}, {h} {k}, charge nurse lead.",
                "Final interview for Charge Nurse. Units - ICU, Night Shift, charge nurse lead.",
                "ICU Night Shift",
                0,
            ),
            (
                "Attendees: {g} / {h} {k} / recruiter",
                "Attendees: Ops / Talent Acquisition / recruiter",
                "Ops Talent Acquisition",
                0,
            ),
            (
                "Offer interview for DevOps Engineer; interviewers: {g}, {h} {k}.",
                "Offer interview for DevOps Engineer; teams: Platform, Site Reliability.",
                "Platform Site Reliability",
                0,
            ),
        ],
    ),
    "7 a given name no list holds after assignee: or a handover's to": (
        (),
        False,
        [
            (
                "INC-2231 reschedule onsite, assignee: {g}",
                "INC-2231 reschedule onsite, assignee: Facilities",
                "Facilities",
                0,
            ),
            (
                "Screen interview for Data Analyst -> handed to {g}.",
                "Screen interview for Data Analyst -> handed to Analytics.",
                "Analytics",
                0,
            ),
            (
                "Handing the req over to {g} while I'm out.",
                "Handing the req over to Recruiting Ops while I'm out.",
                "Recruiting Ops",
                0,
            ),
            (
                "Follow-up on the observability concern, assignee: {g}",
                "Follow-up on the observability concern, assignee: SRE",
                "SRE",
                0,
            ),
            (
                "[REQ-88] offer letter draft - assignee: {g}",
                "[REQ-88] offer letter draft - assignee: Legal",
                "Legal",
                0,
            ),
            (
                "Offer interview for Account Executive, handover to {g} on Monday.",
                "Offer interview for Account Executive, handover to Sales Ops on Monday.",
                "Sales Ops Monday",
                0,
            ),
            (
                "I'll pass the candidate to {g} for the final round.",
                "I'll pass the candidate to Engineering for the final round.",
                "Engineering",
                0,
            ),
            (
                "Concern: forecasting discipline was weak; passing to {g} to probe.",
                "Concern: forecasting discipline was weak; passing to Finance to probe.",
                "Finance",
                0,
            ),
        ],
    ),
}
