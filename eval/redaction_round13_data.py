"""Round 13's names, frames and fillers: third parties of origins not used in earlier rounds, in session 12's outside
tester's recall classes N1-N8 (words only), and the same frames filled with ordinary words.

Written by the NAMES helper in session 13 (12:25 UTC, before any rule of that session) from the tester's classes in
/tmp/coord/OUTSIDE11_FINDINGS.md (its material was never seen) and the open review items of session 12 ("[09:14]
Will: Hope was strong", "A. Singleton to onsite", "Interviewer: BO LI"). The names were written for this file from
general knowledge of naming customs; none was chosen because the redactor kept or removed it. The origin groups are
new to these rounds (Georgian, Armenian, Pashto, Uyghur, Lao, Khmer, Amazigh, Navajo, Nepali, Bengali, Ewe,
Tahitian, Cree and Ojibwe, Azerbaijani, Finnish, Mapuche, Dinka and Nuer, Tamil and Dari mononyms), plus given names
that are English words (nature and gems; trades and ranks), family names that are English words, short names and
nicknames, two-word given names, reduplicated nicknames, particle and compound family names, and a listed control.

A frame's slots: ``{g}`` given, ``{f}`` family, ``{n}`` the full name (a mononym's one word), ``{h}`` and ``{k}``
another person's given and family name (the next name but one of the same group and half), ``{i}`` / ``{j}`` the
initials of ``{g}`` / ``{h}``; lower case ``{lg}``, ``{lh}``, ``{ln}``; capitals ``{G}``, ``{F}``, ``{N}``. A mononym
skips frames that need a family name. The name words that must go are the words of the filled slots the frame's
own words do not hold (initials are not counted). Each frame carries its filler: the same frame with ordinary words
where the names stood (teams, vendors, tools, places, headings), a listed person's name where the frame needs a
person as a cue, and the words that must stay; the number of people in the filler is the number of ``[PERSON]``
placeholders it may hold.
"""

from __future__ import annotations

from eval.redaction_round13_names import GROUPS as GROUPS  # the names, in their own file

# Groups whose family names are short or English words (class N6 and the own-name frames of N5).
_SHORT_FAMILY = (
    "English-word family names",
    "Navajo",
    "Dinka and Nuer",
    "Khmer",
    "Nepali",
    "Bengali",
    "Cree and Ojibwe",
    "Tahitian",
    "two-word given names",
    "short names and nicknames",
)

Frame = tuple[str, str, str, int]  # (frame, the same frame with ordinary words, words that must stay, people in it)

# Recall class -> (the groups its frames are read with, or () for every group; whether the name is the record's own;
# frames with their fillers). Even frame positions are the tune half. N1-N8 are the tester's class names.
CLASSES: dict[str, tuple[tuple[str, ...], bool, list[Frame]]] = {
    "N1 lone given name after a person named": (
        (),
        False,
        [
            (
                "Met {n} on Tuesday. {h} will take over the debrief.",
                "Met Sarah Brown on Tuesday. Legal will take over the debrief.",
                "Legal",
                1,
            ),
            (
                "Spoke to {n} about the level; {h} wants a second call.",
                "Spoke to David Smith about the level; Procurement wants a second call.",
                "Procurement",
                1,
            ),
            (
                "{n} ran the screen. I thanked {h} for the notes.",
                "Michael Johnson ran the screen. I thanked Finance for the notes.",
                "Finance",
                1,
            ),
            ('"Strong systems thinking," said {g}.', '"Strong systems thinking," said Gartner.', "Gartner", 0),
            ('{g}: "I would hire them tomorrow."', 'Recruiting: "I would hire them tomorrow."', "Recruiting", 0),
            (
                "Reference call with {n} went well, and {h} confirmed the dates.",
                "Reference call with Maria Garcia went well, and Payroll confirmed the dates.",
                "Payroll",
                1,
            ),
            (
                '"We should move fast," {g} wrote in the debrief.',
                '"We should move fast," Legal wrote in the debrief.',
                "Legal",
                0,
            ),
            (
                "Debrief with {n}. Afterwards {h} messaged me about the offer.",
                "Debrief with James Wilson. Afterwards Workday messaged me about the offer.",
                "Workday",
                1,
            ),
            (
                "{n} and I reviewed the take-home. {h} disagreed with the score.",
                "Wei Zhang and I reviewed the take-home. Security disagreed with the score.",
                "Security",
                1,
            ),
            (
                "Lunch with {n}; I asked {h} about the relocation budget.",
                "Lunch with Ahmed Hassan; I asked Facilities about the relocation budget.",
                "Facilities",
                1,
            ),
            (
                '{g} said: "solid on SQL, weak on statistics."',
                'Glassdoor said: "solid on SQL, weak on statistics."',
                "Glassdoor",
                0,
            ),
            (
                "Handover from {n}: {h} takes over the scheduling from Monday.",
                "Handover from Anna Nowak: Greenhouse takes over the scheduling from Monday.",
                "Greenhouse",
                1,
            ),
            (
                "Called {n} for a reference and then emailed {h} the packet.",
                "Called Sarah Brown for a reference and then emailed Legal the packet.",
                "Legal",
                1,
            ),
            (
                "{n} interviewed the candidate first. {h} was more positive than expected.",
                "David Smith interviewed the candidate first. Marketing was more positive than expected.",
                "Marketing",
                1,
            ),
        ],
    ),
    "N2 lower-case names in lower-case notes": (
        (),
        False,
        [
            (
                "panel with {lg} and {lh}: both lean hire",
                "panel with legal and finance: both lean hire",
                "legal finance",
                0,
            ),
            ("{lg} said the loop went fine", "payroll said the loop went fine", "payroll", 0),
            (
                "talked to {lg} re the offer, {lh} to follow up",
                "talked to legal re the offer, recruiting to follow up",
                "legal recruiting",
                0,
            ),
            ("synced w {lg} today, keen on the role", "synced w infra today, keen on the role", "infra", 0),
            ("{lg} + {lh} doing the onsite", "design + data doing the onsite", "design data", 0),
            ("thx {lg}!", "thx all!", "all", 0),
            ("waiting on {lg} for feedback", "waiting on security for feedback", "security", 0),
            ("{ln} is out till monday", "marketing is out till monday", "marketing", 0),
            ("dm'd {lg} about the start date", "dm'd payroll about the start date", "payroll", 0),
            ("{lg} wants to push the screen to thursday", "finance wants to push the screen to thursday", "finance", 0),
        ],
    ),
    "N3 meeting-title pairs": (
        (),
        False,
        [
            ("Invite: {g} <> {h} sync", "Invite: Design <> Platform sync", "Design Platform", 0),
            ("{g} / {h} 1:1 (weekly)", "Sales / Marketing 1:1 (weekly)", "Sales Marketing", 0),
            ("{g} x {h} - intro call", "Acme x Globex - intro call", "Acme Globex", 0),
            ("Calendar: {g} + {h} debrief, 3pm", "Calendar: Infra + Data debrief, 3pm", "Infra Data", 0),
            ("{g} <> {h}: offer review", "Legal <> Finance: offer review", "Legal Finance", 0),
            ("1:1 {g} / {h}", "1:1 Product / Design", "Product Design", 0),
            ("Coffee chat: {g} x {h}", "Coffee chat: Eng x Product", "Eng Product", 0),
            ("{g}/{h} hiring sync", "Frontend/Backend hiring sync", "Frontend Backend", 0),
        ],
    ),
    "N4 capitals family name first": (
        (),
        False,
        [
            ("CANDIDATE: {F}, {g}", "LOCATION: LISBON, Portugal", "LISBON Portugal", 0),
            ("REFEREE: {F}, {G}", "OFFICE: SAN DIEGO, CA", "SAN DIEGO", 0),
            ("INTERVIEWER: {F}, {g} (PLATFORM)", "TEAM: DATA PLATFORM, Berlin (PLATFORM)", "DATA PLATFORM Berlin", 0),
            ("{F}, {G} - PHONE SCREEN", "BACKEND, SENIOR - PHONE SCREEN", "BACKEND SENIOR", 0),
            ("== {F}, {g} ==", "== ROUND TWO, onsite ==", "ROUND TWO onsite", 0),
            ("PANEL NOTES: {F}, {g}", "PANEL NOTES: SYSTEM DESIGN, Tuesday", "SYSTEM DESIGN Tuesday", 0),
            ("{N}\nSENIOR DATA ENGINEER", "QUALITY ASSURANCE\nSENIOR DATA ENGINEER", "QUALITY ASSURANCE", 0),
            ("Interviewer: {G} {F}", "Interviewer: HR TEAM", "HR TEAM", 0),
        ],
    ),
    "N5 initial and family name": (
        (),
        False,
        [
            ("Referees: {i}. {f} and {j}. {k}", "Referees: J.P. Morgan and U.S. Bank", "Morgan Bank", 0),
            (
                "References:\n- {i}. {f}, former manager\n- {j}. {k}, team lead",
                "References:\n- U.S. Bank, former employer\n- Acme Corp, client",
                "Bank Acme",
                0,
            ),
            ("{i}. {f} to onsite", "Phase B. Move to onsite", "Phase Move", 0),
            ("Reference check with {i}. {f} done.", "Reference check with J.P. Morgan done.", "Morgan", 0),
            ("- {i}. {f}: hire", "- B. Technical: hire", "Technical", 0),
            ("cc {i}. {f}, {j}. {k}", "cc J. Crew and U.S. Bank", "Crew Bank", 0),
            ("Panel: {i}. {f} (chair)", "Panel: Section A. Technical (chair)", "Section Technical", 0),
            ("Feedback by {i}. {f} attached.", "Feedback by J.P. Morgan attached.", "Morgan", 0),
        ],
    ),
    "N5 own initial and family name": (
        _SHORT_FAMILY,
        True,
        [
            ("{i}. {f}\nData Analyst", "", "", 0),
            ("Prepared by {i}. {f}, March 2024", "", "", 0),
            ("Signed: {i}. {f}", "", "", 0),
            ("{f}, {i}. - Curriculum Vitae", "", "", 0),
            ("Contact {i}. {f} for references.", "", "", 0),
            ("{I}. {F}\nPROJECT MANAGER", "", "", 0),
        ],
    ),
    "N6 short or English-word family names alone": (
        _SHORT_FAMILY,
        False,
        [
            (
                "Referee {n}: {f} confirmed the dates and the title.",
                "Referee Sarah Brown: Legal confirmed the dates and the title.",
                "Legal",
                1,
            ),
            ("{f}'s feedback was positive.", "Glassdoor's feedback was positive.", "Glassdoor", 0),
            (
                "Interviewer {n}. {f} asked about the migration.",
                "Interviewer James Wilson. Security asked about the migration.",
                "Security",
                1,
            ),
            (
                "{f} said the candidate was the strongest this quarter.",
                "Finance said the candidate was the strongest this quarter.",
                "Finance",
                0,
            ),
            ("Spoke to {n}. {f}'s view: hire.", "Spoke to Maria Garcia. Legal's view: hire.", "Legal", 1),
            (
                "Reference from {n}; {f} would rehire them.",
                "Reference from David Smith; Deloitte would rehire them.",
                "Deloitte",
                1,
            ),
            (
                "{g} {f} joined late, so {f} missed the intro.",
                "Michael Johnson joined late, so Marketing missed the intro.",
                "Marketing",
                1,
            ),
            ("Notes from {f}: strong on testing.", "Notes from Security: strong on testing.", "Security", 0),
        ],
    ),
    "N7 chat speakers and mentions": (
        (),
        False,
        [
            (
                "[09:14] {g}: sounds good, I'll book the room",
                "[09:14] Recruiting: sounds good, I'll book the room",
                "Recruiting",
                0,
            ),
            ("[16:40] {g}: {h} was strong", "[16:40] Update: Python was strong", "Update Python", 0),
            ("@{g} can you send the rubric?", "@channel can you send the rubric?", "channel", 0),
            ("thanks @{g} for covering the screen", "thanks @here for covering the screen", "here", 0),
            ("{g} (10:42): running five minutes late", "Zoom (10:42): running five minutes late", "Zoom", 0),
            (
                "[11:05] {g} {f}: moving the debrief to 3",
                "[11:05] Google Calendar: moving the debrief to 3",
                "Google Calendar",
                0,
            ),
            ("<{g}> can someone grab the scorecard", "<Slackbot> can someone grab the scorecard", "Slackbot", 0),
            ("@{g} @{h} please add your notes", "@design @platform please add your notes", "design platform", 0),
            ("[14:02] {lg}: candidate declined", "[14:02] bot: candidate declined", "bot", 0),
            ("{g} joined the channel", "Jira joined the channel", "Jira", 0),
        ],
    ),
    "N8 parenthesised interviewer lists": (
        (),
        False,
        [
            ("Onsite ({g}, {h}): strong hire", "Onsite (Berlin, Lisbon): strong hire", "Berlin Lisbon", 0),
            ("Final round ({g}): hire", "Final round (Infra): hire", "Infra", 0),
            ("Phone screen ({n}) - advance", "Phone screen (Zoom) - advance", "Zoom", 0),
            ("Tech screen ({g}, {h}) went well.", "Tech screen (Python, Go) went well.", "Python Go", 0),
            ("Debrief ({g} / {h}): lean hire", "Debrief (Platform / Data): lean hire", "Platform Data", 0),
            ("System design ({g}): needs work", "System design (Caching): needs work", "Caching", 0),
            ("Culture round ({g} & {h}) - positive", "Culture round (Remote & Onsite) - positive", "Remote Onsite", 0),
            ("Take-home review ({g}): solid", "Take-home review (Backend): solid", "Backend", 0),
        ],
    ),
}
