"""Frame families for class N1 — a lone name with no cue — and the same frames filled with look-alikes
(session 14; :mod:`eval.ner_data` draws ``N1_SHARE`` of its sentences from here).

OUTSIDE12's findings name the shapes (in words only; no sentence of the tester's material or of any evaluation
is copied): a given name alone in a comma/"and" list after a lead-in, panels with roles in brackets, quoted
thread lines, "(X): status", "X to <verb>", "X from our team", "lost X to", "X rates ... a strong yes", chat
speaker labels with clock times, headings with a lead-in, signatures, calendar titles, CSV/ATS rows and
lower-case chat. The redactor now asks the tagger about every unknown capitalised word there (NAMES, session
14), so the tagger must say PERSON for the name and must not for the ordinary word in the same place: every
frame is also filled, ``LOOKALIKE_RATE`` of the time, with look-alikes in every name slot (a capitalised word at
a sentence start, tools, firms, places, holidays, languages, headings, project codenames, acronyms, foreign
words), so the slot alone never makes a person.

Slots: ``{Q}`` a lone given name (the origins of :mod:`eval.ner_origins_more` most often), ``{QF}`` a full name,
``{QE}`` a name that is an English word, ``{QS}`` a two-letter name, ``{QM}`` a mononym, ``{QA}`` any of those,
``{q}`` a lower-case given name. In look-alike mode ``{Q*}`` become ``{LK}`` and ``{q}`` ``{lk}``. Every sixth
frame is dev only (:func:`eval.ner_data._chosen`).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

# Share of N1 sentences whose name slots all hold look-alikes instead.
LOOKALIKE_RATE = 0.4
_LEAD = "<<Reminder for|Invites out to|Looping in|Heads up to|Shout-out to|Thanks to|Interviewers today:|cc|FYI>>"
_STATUS = "<<pending|declined|confirmed|out sick|on leave|no show|rescheduled|done|waiting on feedback|accepted>>"
_ROLE = "<<hiring manager|bar raiser|tech|HR|notes|shadow|lead|recruiter|chair|observer>>"
_CLOCK = "<<08|09|10|11|13|14|15|16|17>>:<<02|05|14|22|30|41|47|58>>"
_SAY = "<<can we move the onsite?|offer approved|I'd pass|strong yes from me|sent the packet|+1|on it|joining late>>"
# Sign-offs: only a person signs a note, so these frames are never filled with look-alikes (session 15). The
# session-14 retrain filled them 40% of the time with acronyms, tools and places, and lost round 5's held-out
# sign-off context for short Chinese/Korean names (that group 0.960 -> 0.937; per-context miss counts, aggregates).
SIGN_OFFS = ("<<Best|Cheers|Thanks|Warmly|Regards|Thx>>,\n{QA}", "— {QA}<<| (recruiting)| | via mobile>>")

N1 = [
    # a comma/"and" list after a lead-in
    _LEAD + " {QA}, {QA} and {QA}<<:|.| -| —>> <<the debrief moved to 3pm|please submit scorecards|thanks for"
    " covering|room 4B|see the doc>>",
    _LEAD + " {QA} and {QA}<<.|:| re the loop.>>",
    "<<Today's panel|On the loop|Attending|Out this week|Covering>>: {QA}, {QA}<<, {QA}| and {QA}|>>",
    "{QA}, {QA} and {QA} <<will cover|are on|own|split>> the <<onsite|screen|debrief|take-home review>>.",
    # panels with roles in brackets
    "Panel: {QA} (" + _ROLE + "), {QA} (" + _ROLE + ")<<, {QA} (" + _ROLE + ")|>>",
    "- {QA} (" + _ROLE + ")\n- {QA} (" + _ROLE + ")",
    # quoted thread lines
    "> {QA}: " + _SAY,
    "<<On|>> <<Tue|Mon|Fri|Wed>>, {QA} wrote:\n> " + _SAY,
    # "(X): status"
    "({QA}): " + _STATUS,
    "- <<Screen|Onsite|Offer|References|Debrief>> ({QA}): " + _STATUS,
    # "X to <verb>": action items
    "{QA} to <<send the offer|book the room|chase references|draft the ad|follow up|sync with legal|own the"
    " rubric>><<.| by Friday.| tomorrow.|>>",
    "Action items:\n- {QA} to <<schedule|confirm|draft>> <<the onsite|next steps|the offer>>",
    # "X from our team", "lost X to", "X rates ... a strong yes"
    "{QA} from our <<team|recruiting team|data team|side|office>> <<will join|reached out|is on it|sends regards>>.",
    "<<We|We've|Sadly we|Looks like we>> lost {QA} to <<a competitor|a counter-offer|another offer|relocation>>.",
    "{QA} rates <<her|him|them|the candidate>> <<a strong yes|a lean no|a 3 of 4|a hire|a strong no>>.",
    # chat speaker labels with clock times
    "[" + _CLOCK + "] {QA}: " + _SAY,
    "{QA} " + _CLOCK + "<< AM| PM|>>\n" + _SAY,
    "{QA} — " + _CLOCK + "\n" + _SAY,
    # headings with a lead-in
    "<<## |# |>><<Notes on|Debrief:|Feedback for|Interview notes:|1:1 with|Call with|Prep for|Recap -|Scorecard:>>"
    " {QF}",
    "**<<Notes on|Debrief:|Feedback for|Call with>> {QF}**",
    "<<notes on|call w/|prep:|recap>> {QF}",
    # signatures
    *SIGN_OFFS,
    # calendar titles
    "<<Sync|1:1|Intro|Coffee|Catch-up|Debrief|Onsite prep>>: {QA} / {QA}",
    "{QA} <> {QA} <<intro|sync|chat|1:1>>",
    "{QA} x {QA} - <<weekly|biweekly|intro|hold>>",
    # CSV and ATS rows
    "<<1042|2291|17|3308>>,{QA},<<Backend|Data|Sales|Design>>,<<Onsite|Offer|Screen|Rejected>>,<<2025-03-04|[DATE]>>",
    "{QF};<<referral|linkedin|agency|career site>>;<<stage 2|stage 3|hired>>",
    "<<Candidate|Owner|Referrer|Interviewer>>,{QF},<<Referral|LinkedIn|Agency>>",
    # subjects and objects in plain prose
    "{QA} <<confirmed|declined|asked about pay|is out until Monday|starts in May|passed the screen>>.",
    "<<Spoke to|Pinged|Called|Met|Thanked>> {QA} <<today|this morning|about the loop|>>.",
    "<<Did|Has|Can>> {QA} <<reply|sign|confirm|send it>>?",
    # lower-case chat
    "{q} knows <<the stack|sql|the team|the hiring manager|everyone there>>",
    "<<ask|ping|cc>> {q} <<about|re>> <<the loop|friday|the offer>>",
    "{q} is out <<today|friday|till monday>>",
    "<<lol|ok so|fyi|btw>> {q} <<just said yes|says no|wants the late slot|already left>>",
    "did {q} <<reply|sign|confirm>><<?| yet?>>",
    "{q}: <<ok|on it|done|sure|will do>>",
    # a note in Spanish
    "<<Hablé con|Llamé a|Entrevisté a|Escribí a>> {QA} <<ayer|hoy|esta mañana>><<.| sobre la oferta.>>",
]

# Ordinary foreign words that open a note or stand where a name does.
FOREIGN = (
    "Gracias Reunión Oferta Entrevista Bueno Listo Mañana Merci Entretien Rendez-vous Salut Bewerbung Termin "
    "Danke Absage Obrigado Reunião Proposta Grazie Colloquio Tijdens Afspraak Tack Möte Kiitos Haastattelu"
).split()
ACRONYMS = "QBR OKR ATS SRE KPI HRBP RFP SOW PTO OOO SLA TA HR ENG PM EMEA APAC LATAM NPS CSAT SDR BDR".split()
CODENAME = ("Project", "Operation", "Initiative", "Workstream")
_SLOT = re.compile(r"\{(Q[A-Z]?|q)\}")


def frame_with_lookalikes(frame: str) -> str:
    """The frame with every name slot turned into a look-alike slot; a sign-off (``SIGN_OFFS``) stays as it is."""
    if frame in SIGN_OFFS:
        return frame
    return _SLOT.sub(lambda m: "{lk}" if m.group(1) == "q" else "{LK}", frame)


def lookalike(rng: random.Random, draws: dict[str, Callable[[], tuple[str, str]]]) -> tuple[str, str]:
    """One look-alike ``(text, label)``: ``draws`` supplies the pools :mod:`eval.ner_data` holds (word,
    tool, firm, place, holiday, language, heading); foreign words, acronyms and codenames are drawn here."""
    kind = rng.choice([*draws, "foreign", "acronym", "codename"])
    if kind == "foreign":
        return rng.choice(FOREIGN), "O"
    if kind == "acronym":
        return rng.choice(ACRONYMS), "O"
    if kind == "codename":
        word = draws["word"]()[0]
        return (f"{rng.choice(CODENAME)} {word}" if rng.random() < 0.5 else word), "O"
    return draws[kind]()
