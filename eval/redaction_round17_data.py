"""Round 17's frames and fillers: OUTSIDE15's classes 1-4 and 6 (words only), and the review's sign-off SHOULD, each
frame also filled with things (firms, departments, tools, codenames, places) in the same slot.

Written by the NAMES helper in session 17 (00:05 UTC, before any rule of that session) from
/tmp/coord/OUTSIDE15_FINDINGS.md (its material was never seen) and session 16's review ("Regards, Wiremu" kept).
Slots as in round 13 (:mod:`eval.redaction_round13_data`): ``{g}`` given, ``{f}`` family, ``{n}`` full name, ``{h}``
another person's given name of the same group and half, ``{lg}``/``{lh}`` lower case. Each frame carries its
filler, the words of the filler that must stay, and the people in it.
"""

from __future__ import annotations

from eval.redaction_round17_names import GROUPS as GROUPS  # the names, in their own file

Frame = tuple[str, str, str, int]  # (frame, the same frame with things, words that must stay, people in it)

_HYPHENATED = ("hyphenated given names", "hyphenated family names")

# Class -> (groups, or () for every group; own name (always False here); frames). Even positions: tune half.
CLASSES: dict[str, tuple[tuple[str, ...], bool, list[Frame]]] = {
    "1 two given names joined by & / + / and": (
        (),
        False,
        [
            (
                "{g} & {h} interviewed the candidate on Tuesday and both lean yes.",
                "Procter & Gamble interviewed the candidate on Tuesday and both teams lean yes.",
                "Procter Gamble",
                0,
            ),
            (
                "Thanks to {g} & {h} for covering the loop.",
                "Thanks to Marks & Spencer for hosting the loop.",
                "Marks Spencer",
                0,
            ),
            (
                "Debrief notes: {g} & {h} said the system design was strong.",
                "Debrief notes: Ernst & Young said the audit was clean.",
                "Ernst Young",
                0,
            ),
            (
                "Can {g} + {h} send their scorecards by Friday?",
                "Can R&D + Legal send their scorecards by Friday?",
                "Legal Friday",
                0,
            ),
            (
                "Panel moved: {g} & {h} are out next week.",
                "Panel moved: Sales & Marketing are out next week.",
                "Sales Marketing",
                0,
            ),
            (
                "We sent the offer packet to {g} & {h} this morning.",
                "We sent the sample packet to Black & Decker this morning.",
                "Black Decker",
                0,
            ),
            (
                "{g} and {h} will both join the onsite.",
                "Sales and Finance will both join the onsite.",
                "Sales Finance",
                0,
            ),
            (
                "Loop recap - {g} & {h}: strong yes on coding.",
                "Loop recap - Johnson & Johnson: strong interest in the role.",
                "Johnson",
                0,
            ),
            (
                "Met with {g} & {h} about the level.",
                "Met with Simon & Schuster about the book deal.",
                "Simon Schuster",
                0,
            ),
            (
                "ask {g} & {h} to re-run the take-home",
                "ask R&D & QA to re-run the benchmark",
                "QA",
                0,
            ),
            (
                "{g} & {h} to send feedback by EOD.",
                "Legal & Finance to send the redlines by EOD.",
                "Legal Finance",
                0,
            ),
            (
                "Hiring committee ({g} & {h}) signed off on the offer.",
                "Hiring committee (Sales & Ops) signed off on the offer.",
                "Sales Ops",
                0,
            ),
        ],
    ),
    "3 lone given name opening an action item": (
        (),
        False,
        [
            (
                "Offer approved; {g} to send the contract by Friday.",
                "Offer approved; Legal to send the contract by Friday.",
                "Legal Friday",
                0,
            ),
            ("- {g} to book the onsite room", "- Facilities to book the onsite room", "Facilities", 0),
            ("AI: {g} to chase the last reference.", "AI: Ops to chase the last invoice.", "Ops", 0),
            (
                "next steps: {lg} to ping the recruiter re comp",
                "next steps: finance to ping the recruiter re comp",
                "finance",
                0,
            ),
            ("Ref check done, {g} to draft the offer.", "Ref check done, HR to draft the offer.", "HR", 0),
            ("{g} enviará la propuesta el lunes.", "Finanzas enviará la propuesta el lunes.", "Finanzas", 0),
            (
                "{g} schickt das Angebot bis Freitag.",
                "Personalabteilung schickt das Angebot bis Freitag.",
                "Personalabteilung Freitag",
                0,
            ),
            ("{g} enverra l'offre vendredi.", "Le service RH enverra l'offre vendredi.", "RH", 0),
            (
                "{g} vai enviar a proposta até sexta.",
                "O financeiro vai enviar a proposta até sexta.",
                "financeiro",
                0,
            ),
            ("Feedback: {g} bis Freitag.", "Feedback: Finanzen bis Freitag.", "Finanzen Freitag", 0),
            ("{g} by EOD Thursday: references.", "Legal by EOD Thursday: contract.", "Legal Thursday", 0),
            (
                "TODO {g} to loop in the hiring manager",
                "TODO Recruiting to loop in the hiring manager",
                "Recruiting",
                0,
            ),
        ],
    ),
    "2 a given name alone in a person slot": (
        (),
        False,
        [
            ("{g} said the loop went well.", "Finance said the budget went through.", "Finance", 0),
            ("We interviewed {g} on Monday.", "We interviewed Okta's tech lead on Monday.", "Okta Monday", 1),
            (
                '"Really sharp on systems," said {g}.',
                '"Really sharp on systems," says the Lever scorecard.',
                "Lever",
                0,
            ),
            (
                "Panel: {g} (hiring manager), {h} (peer).",
                "Rooms: Zoom (hiring manager), Teams (peer).",
                "Zoom Teams",
                0,
            ),
            ("Loop update: {g} will take the debrief.", "Loop update: Legal will take the contract.", "Legal", 0),
            ("Spoke with {n} about relocation.", "Spoke with Human Resources about relocation.", "Human Resources", 0),
            ("Thanks {g}, see you Monday.", "Thanks Team, see you Monday.", "Team Monday", 0),
            ("Ask {g} for the rubric.", "Ask Legal for the rubric.", "Legal", 0),
            ("{g} thinks the candidate is ready for senior.", "Finance thinks the budget is ready.", "Finance", 0),
            ("Sync with {g} went long.", "Sync with Legal went long.", "Legal", 0),
        ],
    ),
    "4 nicknames and chat openers": (
        (),
        False,
        [
            ("{lg} here - running 5 late", "ops here - running 5 late", "ops", 0),
            ('She goes by "{g}" at work.', 'The project goes by "Falcon" at work.', "Falcon", 0),
            ("{lg}: can do thursday", "ops: can do thursday", "ops thursday", 0),
            ("call them {g}, everyone does", "call it Phoenix, everyone does", "Phoenix", 0),
            ("{lg} joining late, start without me", "legal joining late, start without us", "legal", 0),
            ('Prefers "{g}" over the full name.', 'Prefers "Atlas" over the full codename.', "Atlas", 0),
        ],
    ),
    "6 hyphenated names alone": (
        _HYPHENATED,
        False,
        [
            ("{g} will lead the debrief.", "Legal will lead the debrief.", "Legal", 0),
            ("Please send {f} the rubric.", "Please send Coca-Cola the rubric.", "Coca Cola", 0),
            ("Feedback from {g}: strong hire.", "Feedback from Rolls-Royce: strong interest.", "Rolls Royce", 0),
            ("Spoke to {f} about the notice period.", "Spoke to Mercedes-Benz about the fleet.", "Mercedes Benz", 0),
        ],
    ),
    "sign-offs": (
        (),
        False,
        [
            ("Thanks for your time.\nRegards, {g}", "Thanks for your time.\nRegards, Talent Team", "Talent Team", 0),
            ("See you Thursday.\nCheers, {g}", "See you Thursday.\nCheers, Recruiting", "Recruiting Thursday", 0),
        ],
    ),
}
