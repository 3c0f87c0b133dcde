"""Places in a sentence that only a person fills: there a capitalised run is a name whatever its words mean.

The name lists decide by the words; some names are made of words every list calls ordinary ("Black Elk",
"Pau Casals", "Mere"). Where the sentence leaves no other reading, the whole run is the name:

- after a cue only a person takes: "asked", "thanks", "Hi", "Dear", "cc", "Interviewer:", "Per X,", and
  "with" after a meeting word ("paired with", "call with", "screen with");
- before an appositive job title: "Mere Tuhiwai, Engineering Manager", "Iron Cloud, former manager";
- before a verb of speech or judgement when every word is on a name list or on no list: "Black Elk
  confirmed", "Casals vouched";
- a run before ", <a found given name>" heading a line: "Candidate: Iron Cloud, [Doli]".

Never a place, an employer, a job word, a day or month, a pronoun, a protected phrase, or a product that is
no name ("Kafka"). Used by :func:`memory.redact_names.analyse` after the list rules.
"""

from __future__ import annotations

import itertools
import re

from memory.redact_edges import CLOSINGS
from memory.redact_layout import ROLE_WORDS
from memory.redact_lexicon import ORGS, PERSON_VERBS_AFTER, PLACES, TITLES, Lexicon
from memory.redact_objects import closing_object, reported_subject
from memory.redact_things import HEADING_WORDS
from memory.redact_tokens import MONTHS, Kind, Token, mark, near, runs, sentence_start

# A person cue right before the run: "asked Mere", "thanks Pau", "Hi Hemi", "cc Pau Casals".
STRONG_BEFORE = frozenset("asked ask told tell thanks thank hi hello hey dear cc interviewed screened met".split())
# "with" is a person cue after these: "paired with Mere", "phone screen with Pau Casals".
MEETING = frozenset(
    """paired pairing pair met meet meeting spoke speaking talked talking call calls chat chatted screen sync
    interview interviewed session lunch coffee catch-up catchup 1:1 debrief loop onsite panel round""".split()
)
# "from" is a person cue after these: "Feedback from Mere", "a note from Pau".
MESSAGES = frozenset("note notes feedback message email e-mail mail text update comments reply intro referral".split())
# Labels after which the rest of the line is a person: "Interviewer: Pau Casals".
LABELS = frozenset(
    """interviewer interviewers referee referees reference references candidate applicant recruiter
    panelist panelists panel attendees cc author reviewer reviewers owner contact hiring manager""".split()
)
# Two-word cues only a person follows: "talked to Banks", "kudos to Sterling", "heard back from Dallas".
PAIR_CUES = frozenset(
    tuple(pair.split("_"))
    for pair in """talked_to talk_to talking_to spoke_to speak_to speaking_to kudos_to thanks_to props_to credit_to
    shout-out_to shoutout_to reached_to reach_to reaching_to handed_to hand_to back_from heard_from hear_from
    hearing_from""".split()
)
# "reached out to X", "handed off to X": the particle between the verb and "to".
_PARTICLE = frozenset("out off over back".split())
# Words after a run that only a person's name takes: "Banks and I agreed", "> Dallas wrote:".
_WITH_ME = frozenset("i me".split())
_OPENING = frozenset({"per", "as"})
_STRONG_OR_OPENING = STRONG_BEFORE | _OPENING  # once, not for every run of every text
_POSSESSORS = frozenset("our my the their his her your".split())
# A person's pronouns written after their name: "(she/her)", "(they/them)", "(he/him/his)".
_PRONOUN_TAG = re.compile(r"[ \t]*\((?:she|he|they|ze|xe)/(?:her|him|them|hir|xem|they)\b", re.IGNORECASE)
# After a listed given name, verbs only a person does: "Cornell walked through the design", "Dallas thinks".
_SPEECH = frozenset(
    """said says thinks thought felt feels mentioned asked told wrote noted agreed suggested replied answered
    explained confirmed declined accepted recommended recommends vouched walked pushed""".split()
)
# "As Banks noted, ...": a person's words reported.
_AS_SAID = frozenset("noted said says mentioned suggested observed wrote put pointed argued explained warned".split())
# Nouns a person's possessive owns in hiring notes: "Dallas's scorecard", "Gift's take-home".
_OWNED = frozenset(
    """scorecard scorecards feedback notes take-home takehome answers resume résumé cv references referee
    availability candidacy portfolio interview interviews debrief pronouns notice visa background""".split()
)
APPOSITIVE = ROLE_WORDS | frozenset("former current ex previous vp svp evp principal".split())
_NEVER = HEADING_WORDS | frozenset(
    "he she him her his hers they them their we us you i me it who monday tuesday wednesday thursday friday"
    " saturday sunday today".split()
)


def strong_cues(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark runs in a place only a person fills (see the module's docstring)."""
    for run in runs(text, tokens):
        if len(run) > 1 and sentence_start(text, tokens[run[0]]) and tokens[run[0]].key in _STRONG_OR_OPENING:
            run = run[1:]  # "Per Black Elk,", "Thanks Pau": the cue opens the sentence
        words = [tokens[i] for i in run if tokens[i].cap]
        if not 1 <= len(words) <= 4 or all(w.person for w in words):
            continue
        if all(_may_name(w, lex, place=True) for w in words) and _only_a_person(text, tokens, run, lex):
            for w in words:
                if w.key not in TITLES:
                    mark(w, "only a person's place")
            continue
        if not all(_may_name(w, lex) for w in words):
            continue
        if (
            _cued(text, tokens, run)
            or _appositive(text, tokens, run)
            or _speaks(text, tokens, run, lex)
            or _after_semicolon(text, tokens, run, lex)
            or closing_object(text, tokens, run, lex)
            or reported_subject(text, tokens, run, lex)
        ):
            for w in words:
                if w.key not in TITLES:
                    mark(w, "a person's place")
    _before_given(text, tokens, lex)
    handles(text, tokens, lex)
    _listed_then_verb(text, tokens, lex)


_LIST_VERBS = frozenset("all both each will would can could should must agreed".split())


def _listed_then_verb(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """ "Ronke, Somadina and Ogulana all voted to advance": single capitalised words listed together and then a
    verb are people when each is a name no word shares or a word no list knows (not a product, place or
    employer), or was already found."""
    index = 0
    while index < len(tokens):
        members = [index]
        while True:
            here = tokens[members[-1]]
            nxt = members[-1] + 1
            if nxt < len(tokens) and tokens[nxt].key in ("and", "or") and not tokens[nxt].cap:
                gap = text[here.end : tokens[nxt].start]
                if gap.strip(" ,") == "" and nxt + 1 < len(tokens) and tokens[nxt + 1].cap:
                    members.append(nxt + 1)
                    continue
            if nxt < len(tokens) and tokens[nxt].cap and text[here.end : tokens[nxt].start] == ", ":
                members.append(nxt)
                continue
            break
        index = members[-1] + 1
        if len(members) < 2:
            continue  # one word listed with none: the test below, before building its list
        words = [tokens[m] for m in members]
        if len(words) < 2 or any(w.protected for w in words):
            continue
        verb = tokens[members[-1] + 1] if members[-1] + 1 < len(tokens) else None
        if verb is None or verb.cap or text[words[-1].end : verb.start] != " ":
            continue
        if not (verb.key in _LIST_VERBS or verb.key in PERSON_VERBS_AFTER or verb.key.endswith("ed")):
            continue
        if all(w.person or _listed_name(w, lex) for w in words):
            for w in words:
                if not w.person:
                    mark(w, "listed with people, then a verb")


def _listed_name(token: Token, lex: Lexicon) -> bool:
    if token.upper or token.key in lex.tech or token.key in PLACES or token.key in ORGS:
        return False
    return token.kind in (Kind.NAME, Kind.UNKNOWN) and (token.key not in lex.common or token.accented)


def _may_name(token: Token, lex: Lexicon, place: bool = False) -> bool:
    """A word that may be part of a name here; with ``place``, also a place or employer that is a listed name
    ("Dallas", "Austin", "Cornell"), for the places only a person fills."""
    if token.protected or token.upper or token.key in MONTHS or token.key in APPOSITIVE:
        return False
    if token.key in _NEVER and not token.accented:
        return False
    listed = token.key in lex.given or token.key in lex.family
    if token.key in PLACES or token.key in ORGS:
        return place and listed
    return listed or token.key not in lex.tech


def _only_a_person(text: str, tokens: list[Token], run: list[int], lex: Lexicon) -> bool:
    """Where no place, employer or product stands: "talked to Banks", "kudos to Sterling", "Interviewer:
    Dallas", "asked Austin", "Church and I agreed", "> Denver wrote:", "Dallas's scorecard"."""
    first, last = run[0], run[-1]
    before = tokens[first - 1] if first else None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if before is not None:
        gap = text[before.end : tokens[first].start]
        if before.key in LABELS and gap.strip() == ":":
            return True
        if near(text, before, tokens[first]) and "," not in gap:
            if before.key in STRONG_BEFORE - {"met"}:
                return True
            according = before.key == "to" and first > 1 and tokens[first - 2].key == "according"
            if according and text[tokens[last].end : tokens[last].end + 1] == "," and _named(tokens, run, lex):
                return True  # "According to Spotted Eagle, the rollout went smoothly"
            earlier = [t.key for t in tokens[max(0, first - 3) : first - 1]]
            if earlier and (earlier[-1], before.key) in PAIR_CUES:
                return True
            if len(earlier) == 2 and earlier[-1] in _PARTICLE and (earlier[0], before.key) in PAIR_CUES:
                return True
        previous = tokens[first - 2] if first > 1 else None
        message = previous is not None and previous.key in MESSAGES
        if before.key == "from" and message and near(text, before, tokens[first]):
            return True  # "Note from Dallas:"
        ends = text[tokens[last].end : tokens[last].end + 1] in (".", "\n", "")
        if before.key in MEETING and gap in (", ", ": ") and ends:
            return True  # "Phone screen, Cornell Rivers."
    if _PRONOUN_TAG.match(text, tokens[last].end):
        return True  # "Storm Walking Eagle (they/them) joins the panel"
    if after is None:
        return False
    tail = text[tokens[last].end : after.start]
    if tail == " " and after.key in _SPEECH and all(tokens[i].key in lex.given for i in run if tokens[i].cap):
        return True  # "Cornell walked through", "Dallas thinks"
    following = tokens[last + 2] if last + 2 < len(tokens) else None
    if after.key == "and" and tail == " " and following is not None and following.key in _WITH_ME:
        return following.end == following.start + 1 or following.key == "me"  # "Church and I agreed"
    as_said = before is not None and before.key == "as" and near(text, before, tokens[first])
    if as_said and tail == " " and after.key in _AS_SAID:
        return True  # "As Banks noted, ..."
    if after.key == "wrote" and tail == " " and text[after.end : after.end + 1] == ":":
        return True  # "> Denver wrote:"
    return tail in ("'s ", "’s ", "' ") and after.key in _OWNED and len(run) == 1


def _cued(text: str, tokens: list[Token], run: list[int]) -> bool:
    first = run[0]
    before = tokens[first - 1] if first else None
    if before is None:
        return False
    gap = text[before.end : tokens[first].start]
    if before.key in LABELS and gap.strip() == ":":
        return True
    if not near(text, before, tokens[first]) or "," in gap:
        return False
    if before.key in STRONG_BEFORE:
        return True
    if before.key == "per" and text[tokens[run[-1]].end : tokens[run[-1]].end + 1] == ",":
        return True  # "Per Black Elk, the candidate ..."
    earlier = tokens[first - 2] if first > 1 else None
    if before.key == "from" and earlier is not None and earlier.key in MESSAGES:
        return True  # "Feedback from Mere:", "a note from Pau"
    return before.key == "with" and earlier is not None and earlier.key in MEETING


def _named(tokens: list[Token], run: list[int], lex: Lexicon) -> bool:
    """One to three capitalised words, one of them a listed name or a word no list or dictionary knows."""
    words = [tokens[i] for i in run if tokens[i].cap]
    return 1 <= len(words) <= 3 and any(
        w.key in lex.given
        or w.key in lex.family
        or (w.kind is Kind.UNKNOWN and (w.key not in lex.common or w.accented))
        for w in words
    )


def _appositive(text: str, tokens: list[Token], run: list[int]) -> bool:
    """ "Mere Tuhiwai, Engineering Manager": a job title right after the run and a comma."""
    last = run[-1]
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is None or text[tokens[last].end : after.start] != ", " or len(run) < 2:
        return False
    if after.key in _POSSESSORS:  # "Sterling Battle, our hiring manager, asked ..."
        return any(t.key in APPOSITIVE for t in tokens[last + 2 : last + 4])
    return after.key in APPOSITIVE


def _speaks(text: str, tokens: list[Token], run: list[int], lex: Lexicon) -> bool:
    """ "Black Elk confirmed", "Casals vouched": every word a listed name (or on no list), then such a verb;
    "Charging Thunder thinks": two or three words, one of them a listed name, before a verb of speech."""
    last = run[-1]
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is None or after.cap or after.key not in PERSON_VERBS_AFTER or not near(text, tokens[last], after):
        return False
    if text[after.end : after.end + 1] == ":":
        return False  # "Offer accepted: <name>": a verb closing a label
    words = [tokens[i] for i in run if tokens[i].cap]
    listed = [w.key in lex.given or w.key in lex.family for w in words]
    if 2 <= len(words) <= 3 and after.key in _SPEECH and any(listed):
        return not any((w.key in lex.tech and not n) or w.key in ROLE_WORDS for w, n in zip(words, listed, strict=True))
    return all(
        is_listed or (w.kind is Kind.UNKNOWN and (w.key not in lex.common or w.accented))
        for w, is_listed in zip(words, listed, strict=True)
    )


def _after_semicolon(text: str, tokens: list[Token], run: list[int], lex: Lexicon) -> bool:
    """ "...; Outlaw starts the contract": after a semicolon a capitalised word is a proper noun; one or two
    listed (or unknown) name words before a verb there are a person."""
    first, last = run[0], run[-1]
    if len(run) > 2 or not first or text[tokens[first - 1].end : tokens[first].start] not in (";", "; "):
        return False
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is None or after.cap or not near(text, tokens[last], after):
        return False
    verb = after.key in PERSON_VERBS_AFTER or (
        after.key in lex.english
        and (after.key.endswith("ed") or (after.key.endswith("s") and after.key[-2:-1] not in ("s", "")))
    )
    words = [tokens[i] for i in run]
    named = all(
        w.key in lex.given
        or w.key in lex.family
        or (w.kind is Kind.UNKNOWN and (w.key not in lex.common or w.accented))
        for w in words
    )
    return verb and named and not any(w.key in lex.tech and w.key not in lex.family for w in words)


# What follows a dot in file and host names: "config.yaml", "index.html", "foo.io".
_EXTENSIONS = frozenset(
    """yaml yml json toml ini cfg conf txt md rst csv tsv xml html htm css scss js mjs ts tsx jsx py pyc ipynb java
    kt go rs rb php cs cpp hpp sql sh bash zsh bat exe dll dylib jar war log lock env pdf doc docx xls xlsx ppt
    pptx png jpg jpeg gif svg zip gz tar tgz bz2 com org net edu gov dev app
    ora ini cfg conf xml yml toml properties tf sqlite db bak tmp""".split()
)


def handles(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """ "loop in brandon.caldwell": a lower-case "given.family" handle is a person's, when the first part is a
    given name no ordinary word shares (or a word no dictionary knows) and the second a family name or a word no
    dictionary knows; not code ("os.path.join(") or a file name."""
    for left, right in itertools.pairwise(tokens):
        if left.cap or right.cap or text[left.end : right.start] != "." or left.protected or right.protected:
            continue
        code = text[right.end : right.end + 1] == "(" or re.match(r"\.\w", text[right.end : right.end + 2])
        if code or text[left.start - 1 : left.start] in (".", "/"):
            continue  # code ("os.path.join(", "np.array(") and file names
        both = _handle_part(left, lex, strong=False) and _handle_part(right, lex, strong=False)
        if both and (_handle_part(left, lex, strong=True) or _handle_part(right, lex, strong=True)):
            mark(left, "handle")
            mark(right, "handle")


def _handle_part(token: Token, lex: Lexicon, strong: bool) -> bool:
    """A part of a "given.family" handle. ``strong``: a name no ordinary word shares, a word no dictionary knows,
    or one written with accents ("john.lê", "qiang.su", "wadi.hartati"); otherwise any word that is no common
    English word, product or file extension ("wadi" is a dictionary word, not a common one)."""
    key = token.key
    if key in lex.tech or key in _EXTENSIONS or len(key) < 2 or (len(key) == 2 and not strong and key in lex.common):
        return False
    if strong:
        listed = (key in lex.given or key in lex.family) and key not in lex.ordinary
        return listed or token.accented or (token.kind is Kind.UNKNOWN and key not in lex.english and len(key) > 2)
    return key not in lex.common or token.accented or key in lex.given or key in lex.family


def _before_given(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """ "Candidate: Iron Cloud, [Doli]": the run before ", <found given name>" that ends a heading line."""
    for run in runs(text, tokens):
        last = run[-1]
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        if after is None or not after.person or text[tokens[last].end : after.start] != ", ":
            continue
        if not sentence_start(text, tokens[run[0]]) or text[after.end : after.end + 1] not in ("", "\n", ":"):
            continue
        words = [tokens[i] for i in run if tokens[i].cap]
        if any(w.key in CLOSINGS for w in words):
            continue  # "Signed, [Sukarni]", "Regards, [Mulyadi]": a letter's closing, then its writer's mononym
        if 1 <= len(words) <= 3 and all(_may_name(w, lex) for w in words):
            for w in words:
                mark(w, "a person's place")
