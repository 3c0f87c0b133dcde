"""Frame families for what OUTSIDE13 found, by property (session 15; :mod:`eval.ner_data` draws ``S15_SHARE``
of its sentences from here, each frame also filled with look-alikes ``LOOKALIKE_RATE`` of the time).

OUTSIDE13's classes in words (/tmp/coord/OUTSIDE13_FINDINGS.md; no sentence of its material or of any evaluation
is copied): English-word given names, mononyms, family-first East Asian names and two-letter names kept; names
in notes written in Spanish, German or French; and, as false redactions, holidays and languages no list holds,
foreign interjections opening a line, places in dash or pipe calendar lines and capitals relocation lines,
hospitals and firms named after people (a table cell, the object of leaving, a previous-employer label). Since
session 14 the redactor asks the tagger about every capitalised word no rule decided, so the tagger must answer
both: PERSON for the name, and not for the look-alike in the same place.

Slots beyond :mod:`eval.ner_data`'s and :mod:`eval.ner_frames_n1`'s: ``{EA}`` a family-first East Asian name,
``{ES}`` a two- or three-letter East Asian syllable alone, ``{EW}`` an English-word name, ``{EWO}`` the same kind
of word used as a word (label O: a codename, a team, a theme), ``{INTJ}`` an interjection or greeting in another
language, ``{HOSP}`` a hospital named after a person or place, ``{FIRMP}`` a firm named after a person (sometimes
the surname alone, as people write it), ``{HOLX}`` a holiday from the gazetteer, ``{LANGU}``/``{PLU}`` a language or
place in capitals.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eval.ner_lookalikes import unseen
from eval.ner_names import items

if TYPE_CHECKING:
    from eval.ner_data import Names, Piece

_CLOCK = "<<09|10|11|13|14|15|16>>:<<00|15|30|45>>"
_DAY = "<<Mon|Tue|Wed|Thu|Fri>> <<3|7|12|19|24>> <<Mar|Apr|Jun|Sep|Oct>>"
_STAGE = "<<behavioural round|system design|panel|final round|case study|coffee chat|site visit|debrief>>"

# Sign-offs and signature blocks: only a person stands here, so they are never filled with look-alikes.
SIGN_OFFS = (
    "<<--|—|Best,|Thanks,>>\n{ES}",
    "<<Kind regards|Best regards|Many thanks|Sincerely|Warm regards|Thank you>>,\n{EA}<<|\nRecruiting|\nTalent"
    " Partner>>",
    "<<Signed|Approved|Reviewed|Submitted>> by {QF}<<| on [DATE]|, hiring manager|.>>",
    "<<--|—|Best,|Cheers,>> {EA}",
    "{QF}\n<<Talent Acquisition|Recruiter|Hiring Manager|HR Business Partner>><<| · [CONTACT]|>>",
    "<<Thanks|Best|Regards|Cheers>>,\n{EW}",
)
# A name in brackets after a role, or in an aside naming who was on a call (OUTSIDE13's class 10): only a person
# stands here. The first session-15 retrain lost these (round 11's class "parentheses after a role", tune half
# 0.912 -> 0.843), so they are written out and never filled with look-alikes either.
ROLE_ASIDES = (
    "<<Our recruiter|The bar raiser|My skip-level|The sourcer|Their team lead|Her old manager|His referee|The panel"
    " chair|Our CTO|The second reviewer>> (<<{Q}|{QF}|{EA}|{QM}|{EW}|{ES}>>) <<flagged the gap|will call Friday|liked"
    " the portfolio|asked for a second round|is out this week|vouched for them>>.",
    "<<We spoke with the hiring manager|I had a call with the recruiter|Checked with their old boss|Met the VP>>"
    " (<<{Q}|{QF}|{QM}|{EW}>>) <<today|on Monday|about the level|before the offer>>.",
    "<<Debrief done|Screen went well|Call ran long|Offer discussed>> (<<{Q}|{QA}|{ES}>> on the call<<| too|>>).",
    "<<Recruiter|Coordinator|Sourcer|Interviewer|Referee|Manager>> (<<{Q}|{QF}|{ES}|{EW}>>): <<confirmed|no reply"
    "|sent the packet|booked the room>>",
    "<<spoke w/ the hm|call with the recruiter|ref from old manager>> (<<{q}>>) <<went fine|tomorrow|pending>>",
)
S15 = [
    # notes written in Spanish, German or French: a lone name after a preposition, repeated later
    "<<Hablé con|Quedé con|Entrevisté a|Llamé a>> {QA} <<ayer|el lunes|esta tarde>>; {QA} <<acepta la oferta|"
    "pide más tiempo|no contesta>>.",
    "<<La entrevista con|La llamada con|Referencias de>> {QF} <<fue muy buena|salió bien|quedan pendientes>>.",
    "<<Ich habe mit|Gespräch mit|Termin mit|Rückmeldung von>> {QA} <<gesprochen|am Dienstag|vereinbart|erhalten>>."
    "<< {QA} kommt morgen.|>>",
    "<<Laut|Nach Aussage von|Zusammen mit>> {QF} <<passt das Profil|ist die Stelle offen|fehlt noch ein Zeugnis>>.",
    "<<J'ai parlé avec|Entretien avec|Appel avec|Retour de>> {QA} <<ce matin|hier|lundi>>. {QA} <<est motivée|"
    "attend une offre|préfère le télétravail>>.",
    "<<Selon|D'après|Avec>> {QF}, <<le poste est pourvu|la candidature avance|le dossier est complet>>.",
    "<<Muito obrigado,|Falei com|Conversei com>> {QA} <<hoje|ontem>>.",
    # family-first East Asian names and short syllables in plain prose, lists and headers
    "{EA} <<joined the call|passed the screen|sent the signed offer|is on the panel|declined>>.",
    "<<Spoke to|Met|Interviewed|Thanked|Pinged>> {EA} <<today|this morning|about the role|>>.",
    "<<Candidate|Name|Applicant|Referee>>: {EA}<<| (referral)|, Shenzhen| — data team>>",
    "{ES} <<and|&>> {ES} <<ran the loop|are both on leave|will decide Friday>>.",
    "<<Panel|Interviewers|Loop>>: {EA}, {ES}, {QA}",
    "<<Ask|Ping|cc>> {ES} <<about the offer|re: references|before the debrief>>.",
    "{ES} (<<HR|recruiter|hiring manager|panel>>): <<yes|no hire|lean yes|pending>>",
    *SIGN_OFFS,
    *ROLE_ASIDES,
    # English-word names as names, and the same kind of word as a word
    "{EW} <<will send the deck|is leading the screen|confirmed the slot|rates them a hire>>.",
    "<<Thanks|Kudos|Shout-out>> to {EW} <<for covering|for the notes|>>!",
    "<<Per|Ask|Loop in|cc>> {EW} <<on the offer|before Friday|re: comp>>.",
    "<<Project|Team|Theme:|Codename|Workstream|Pod>> {EWO} <<kicks off Monday|is hiring two engineers|"
    "needs a designer|ships in May>>.",
    "<<Release|Sprint|Track|Initiative>> {EWO}: <<scope frozen|on track|two roles open>>.",
    # mononyms
    "{QM} <<did the take-home review|was the bar raiser|has not replied|starts Monday>>.",
    "<<Referee|Reference|Interviewer|Owner>>: {QM}<<| (former manager)|, Jakarta>>",
    # holidays and languages no list holds, as objects of travel, cause and time prepositions
    "<<HR approved leave for|Out for|Office closed for|Back after|Travelling home for|No interviews during>>"
    " {HOLX}<<.| next week.|, back on Monday.>>",
    "<<The onsite moves because of|Offer delayed until after|Start date after|Team lunch before>> {HOLX}.",
    "<<Speaks|Fluent in|Native|Interprets|Can interview in|Interpreting from>> {LANG}<< and {LANG}|, some {LANG}|>>.",
    "<<LANGUAGES|SKILLS|SPOKEN>>: {LANGU}, {LANGU}<<, {LANGU}|>>",
    # interjections and greetings in other languages opening a line
    "{INTJ}, <<the panel is done|offer is out|we're hiring again|all scorecards are in|see you at the onsite>>.",
    "{INTJ}! <<Great call today|Thanks for the notes|Loop confirmed|Signed and sent>>.",
    "{INTJ} <<team|all|everyone|folks>>, <<quick update|the loop moved|new req open>>.",
    # places in dash and pipe calendar lines, capitals relocation lines
    "<<Onsite|Interview|Visit|Panel|Travel>> — {PL} — " + _STAGE,
    _DAY + " | {PL} | " + _STAGE + "<< | " + _CLOCK + "|>>",
    _CLOCK + " - " + _STAGE + " - {PL}<< office| hub|>>",
    "<<RELOCATING|RELOCATION|MOVE|TRANSFER>>: {PLU} → {PLU}",
    "{PLU} -> {PLU} <<(relocation)|by June|, visa pending|>>",
    # hospitals and firms named after people
    "<<Previously at|Came from|Left|Moved from|Worked at>> {HOSP} <<in 2021|after three years|as a nurse lead|>>.",
    "<<Site|Location|Placement|Rotation>>: {HOSP}",
    "<<PREVIOUS EMPLOYER|EMPLOYER|HOSPITAL>>: {HOSP}",
    "| {FIRMP} | <<Backend|Finance|Sales|Ops>> | <<2019-2022|2021-2024|3 yrs>> |",
    "<<She|He|They>> left {FIRMP} <<last spring|in 2023|for a startup|after the merger>>.",
    "<<Employer|Current company|Previous firm>>: {FIRMP}<<| (acquired)|>>",
]

# Interjections and greetings in other languages that open a note; look-alikes a capitalised-word rule cannot
# decide. Every phrase an evaluation or test file (or the reviewer's published repros, --also-exclude) holds is
# dropped at run time.
_INTERJECTIONS = items(
    "Hola|Ciao|Salut|Servus|Moin|Hallo|Hej|Hei|Tere|Labas|Sveiki|Ahoj|Cześć|Szia|Bok|Zdravo|Merhaba|Selam|Shalom|"
    "Habari|Jambo|Sawubona|Molweni|Dumela|Aloha|Kia ora|Talofa|Mabuhay|Kumusta|Namaskar|Vanakkam|Sat sri akal|"
    "Salaam|Marhaba|Yalla|Khalas|Inshallah|Mashallah|Sugoi|Yatta|Otsukare|Jiayou|Aiyo|Daebak|Hwaiting|Vamos|Ándale|"
    "Órale|Venga|Vale|Bravo|Allez|Voilà|Bon|Enfin|Alors|Genau|Na ja|Also|Prost|Skål|Proost|Salud|Saúde|Oba|Eita|"
    "Opa|Tak|Takk|Dziękuję|Spasibo|Dobro|Hajde|Ayo|Ndeewo|Oya|Chale|Eish|Lekker|Howzit|Haide|Sláinte|Dia duit"
)
_HOSPITAL_FORMS = items(
    "{S} Memorial Hospital|St. {G}'s Hospital|{S} Children's Hospital|{S} Medical Center|{S} Clinic|"
    "{S} General|Mount {S} Hospital|{G} {S} Hospital|{PL} General Hospital|{S} Infirmary|{S} Health|"
    "{S}-{S} Medical Center|{S} Cancer Center|{S} Rehabilitation Hospital"
)
_FIRM_FORMS = items("{S}|{S} & {S}|{S} & Partners|{S} {S} LLP|{S} & Co|{S} Brothers|{S} and Sons|{S} Group")
_SLOT = re.compile(r"\{(Q[A-Z]?|q|EA|ES|EW)\}")


def frame_with_lookalikes(frame: str) -> str:
    """The frame with every name slot turned into a look-alike slot (:func:`eval.ner_frames_n1.lookalike`); a
    sign-off or a role's bracketed name stays as it is: only a person stands there (:data:`ROLE_ASIDES`)."""
    if frame in SIGN_OFFS or frame in ROLE_ASIDES:
        return frame
    return _SLOT.sub(lambda m: "{lk}" if m.group(1) == "q" else "{LK}", frame)


def interjections() -> list[str]:
    return unseen(_INTERJECTIONS)


def s15_slot(slot: str, names: Names) -> list[Piece] | None:
    """The pieces of a session-15 slot, or None when ``slot`` is not one."""
    from eval.ner_data import Piece

    rng = names.rng
    if slot in ("EA", "ES") and names.east:
        pool = names.pools[rng.choice(names.east)]
        if slot == "ES" and names.short_east:
            return [Piece(rng.choice(names.short_east), "PERSON")]
        given, family = rng.choice(pool.given), rng.choice(pool.family)
        return [Piece(f"{family} {given}" if rng.random() < 0.75 else f"{family}", "PERSON")]
    if slot in ("EA", "ES"):
        return names.person()
    if slot in ("EW", "EWO"):
        word_pool = names.pools.get("word-like") or names.pools.get("english-word")
        words = (word_pool.given + word_pool.family) if word_pool else names.words
        return [Piece(rng.choice(words), "PERSON" if slot == "EW" else "O")]
    if slot == "INTJ":
        return [Piece(rng.choice(interjections()), "O")]
    if slot == "HOSP":
        form = rng.choice(_HOSPITAL_FORMS)
        return [Piece(form.format(S=rng.choice(names.surnames), G=rng.choice(names.given), PL=names.place()), "ORG")]
    if slot == "FIRMP":
        form = rng.choice(_FIRM_FORMS)
        return [Piece(form.format(S=rng.choice(names.surnames)), "ORG")]
    if slot == "HOLX":
        return names.other("holiday")
    if slot == "LANGU" and names.languages:
        return [Piece(rng.choice(names.languages).upper(), "LANGUAGE")]
    if slot == "PLU":
        return [Piece(names.place().upper(), "GPE")]
    return None
