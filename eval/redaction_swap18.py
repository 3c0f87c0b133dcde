"""Session 18's swap check: notes and resumes in OUTSIDE16's end-to-end shapes, with names of many origins.

Same path as :mod:`eval.redaction_swap17` (records written through :class:`memory.Memory` with no ``name`` field,
every text handed to the encoder compared with the reference world's, Bloomberg 2024's white men), on material
written for session 18 in my own words, none of it the blind tester's: a colleague's lone given name opening a
sentence before a modifier and a reported verb ("{iF} from my time at Stripe says"), initials a colleague is
called by ("J. K. did the design round", "per J.K."), referees after "Reference", colleagues in parentheses and
as speakers (after an "Interviewer:" line, after a chat time stamp), a referee list of full names, a resume
whose name heads its category headline, and long notes whose chunk lists must not move. A world passes when
every encoder call got byte-identical texts (so the stored chunk lists are identical too).

``python -m eval.redaction_swap18`` prints one line per world and the totals.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from eval.redaction_swap17 import check, material

# A paragraph of name-free text that makes a note long enough for several chunks (150 words each): a boundary
# moved by a name would change every chunk after it.
_FILLER = (
    "The exercise covered partitioning, idempotent consumers, back-pressure and replay after a bad deploy. "
    "The candidate sketched the topology first, then walked through failure cases one by one, and asked "
    "which guarantees the downstream ledger needed before choosing at-least-once delivery with deduplication. "
    "Trade-offs were explained plainly; the estimate for storage was within a factor of two. "
)

RESUMES_S18: tuple[str, ...] = (
    "{cU} ACCOUNTANT\nSummary\nChartered accountant with nine years in audit and group reporting; IFRS 16 "
    "and 17 transitions for two insurers.\nExperience\nSenior Accountant, Old Mutual (2019-2025)\n- Closed the "
    "books in five days instead of nine.\n- Led the move from spreadsheets to a consolidation tool.\nAuditor, "
    "KPMG (2015-2019)\nEducation\nB.Com. Accounting, University of Cape Town\nReferences\nReference: {rN}, "
    "Finance Director, Old Mutual\nReference: {kN}, Audit Partner, KPMG",
    "{cN}\nBACKEND ENGINEER\n\nEXPERIENCE\nBackend Engineer, Nubank (2020-2025). Go and Kafka services for "
    "card authorisation; p99 from 300 ms to 80 ms. " + _FILLER + "\nEngineer, Stone (2017-2020). Payments "
    "reconciliation in Python.\n\nREFEREES\n{rN} (Engineering Manager, Nubank); {kN} (Staff Engineer, Stone)",
)

NOTES_S18: tuple[str, ...] = (
    "Debrief for {cN}. {iF} from my time at Stripe says {he} is the strongest SQL candidate this quarter. "
    + _FILLER
    + "{kF} from the 2019 cohort said the design round was calm and well paced. Hire.",
    "Onsite debrief. {iJ} did the system design round and {iJ} was impressed by the trade-offs. "
    + _FILLER
    + "{kD} ran the SQL pair; per {kD}, window functions were shaky. {rG} said the take-home was clean. "
    + _FILLER
    + "Next: offer call with {iJ} on Friday.",
    "Interviewer: Tell me about your on-call work.\n{cF}: I ran the rotation for two years.\n{iF}: And the "
    "incident count?\n{cF}: Down by half after the runbooks.\nPanel ({iF}, {kF}) agreed to move forward.",
    "[09:14] {kF}: can we move {cF} to thursday?\n[09:15] {iF}: yes, 2pm works\n[09:16] {kF}: booked, "
    "thanks {iF}\n- {rF}, from {his} Accenture years, mentioned the migration work.",
    "Reference checks for {cN}\nReference {rN} to be called Friday.\nReferees: {rN}, {kN}.\n"
    "{kF} at Shopify thinks {he} is ready for a lead role. " + _FILLER,
    "Loop notes\n- {iF} from the platform team vouched for the Kafka work.\n- {kJ}: strong on testing.\n"
    "- {rF} (hiring manager) wants a second design round.\n" + _FILLER + _FILLER,
)


def main(argv: Sequence[str] | None = None) -> int:
    return check("eval.redaction_swap18", __doc__ or "", material(RESUMES_S18, NOTES_S18), argv)


if __name__ == "__main__":
    sys.exit(main())
