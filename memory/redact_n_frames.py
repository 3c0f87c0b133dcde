"""Names found by the frame of a short note, whatever origin or word the name is (session 10, issue 10).

Session 9's outside check kept names of every origin in frames no rule read as a person's place. Each frame
here is decided by its shape, never by which name fills it, and the name's words must still be ones a name
could be (a listed name, a word no list knows, a hyphenated pair of such words), never an employer, a
product no common word shares, a place no name list holds, a team, a role or a day:

- **the subject of a yes/no question**: "Did Siosaia confirm?", "Is Nyambura still interviewing?" (an
  auxiliary opening the sentence, the run, a lower-case word, and the sentence ending in "?");
- **the receiver after "to"** closing the clause, with a verb of handing over earlier in it: "I passed the
  scorecard on to Wiremu.", "Can you give the laptop to Kodjo?", "Handed the file over to Fatima-Zahra.";
  after the verbs only a person receives by (hand, pass, give, reassign), a given name that is also a month or a
  place too ("Handed the file over to June."); after "send", "forward", "go back" never a place ("Sent the
  samples to Denver"); and **the sender after "from"** closing a clause about a message ("Two references, one
  from Ngata.", "Heard nothing back from Ofori-Atta.");
- **a name before a job title in apposition**: "Losaline, Senior Analyst, ran the panel.", "Interviewer:
  Sukarni, Recruiter" (the title is kept, :mod:`memory.redact_things`);
- **a chat label** opening a line before a colon, what follows written in lower case or the line stamped with a
  time: "tupac: ok for thursday", "[10:42] Siosaia: running late" (a dictionary word or note shorthand, "note:",
  "todo:", is none, nor a word with an English ending, "Scriptwriting:"; a given name that is also a word,
  "clever: ok", only so, and a month only on a stamped line; a capitalised rest is a heading's: "Courage: Doing");
- **who a note waits on**: "Waiting on Soukaina for the scorecard." (a place or tool slot's protection does not
  keep a word no list knows there);
- **a hyphenated pair opening a clause** before a verb only people do or listed with "I": "Gan-Ochir prefers the
  late slot", "Fatima-Zahra and I agreed";
- **a surname that is a pronoun repeated as a subject**: "Reviewer: Pa Nhia Her. Her was thorough." — "Her"
  before a verb, with a person named Her in the text, is the surname (no pronoun is a verb's subject as "her").

Used by :func:`memory.redact_names.analyse` after the other rules; hyphenated pairs protected as eponym pairs
("Newton-Raphson") are read here too, in these frames only.
"""

from __future__ import annotations

import re

from memory.redact_chat import NOT_PEOPLE
from memory.redact_cues import LABELS
from memory.redact_edges import CONTEXT_WORDS
from memory.redact_layout import ROLE_WORDS
from memory.redact_lexicon import ORGS, PLACES, TITLES, Lexicon
from memory.redact_lower import toolish
from memory.redact_n_heading import WORD_ENDINGS, shouted_heading
from memory.redact_n_pairs import people_joined
from memory.redact_n_second import second_person
from memory.redact_n_speakers import speakers
from memory.redact_subjects import BASE, PEOPLES_VERBS, may_be_name
from memory.redact_things import HEADING_WORDS
from memory.redact_tokens import MONTHS, Kind, Token, mark, sentence_start

_QUESTION_AUX = frozenset("did does do has have had is was are were will would can could should shall".split())
# After the subject of a question a person is asked about, never an article or a preposition ("Is April a good
# month?", "Will Monday work for you?").
_NOT_AFTER_SUBJECT = frozenset("a an the in on at for to of by with from as".split())
# After a question's subject, what is asked only about a person ("Is June still interviewing?").
_ASKED_ABOUT = frozenset("still already happy ok okay available free interested around confirm confirmed".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Verbs of handing something over whose "to" takes the receiver; the first set only a person receives by.
_HANDING = frozenset(
    """hand hands handed handing pass passes passed passing give gives gave giving given reassign reassigned
    reassigning assign assigned delegate delegated introduce introduced""".split()
)
_SENDING = frozenset(
    """send sends sent sending forward forwards forwarded forwarding return returned returning go goes went
    email emailed mail mailed""".split()
)
# Words of a clause whose "from" names a sender: "Two references, one from Ngata.", "Heard nothing back from X."
_FROM_HEADS = frozenset(
    """heard hear hears came come comes reply replies replied response referral referrals reference references
    intro introduction note notes feedback message messages email emails call calls text texts update updates
    input sign-off signoff approval nod pushback questions question request requests one another word""".split()
)
_WAITING = frozenset("waiting wait waits waited".split())
_AWAITED_NEXT = frozenset("for to before after on re about today tomorrow".split())
# What may follow the receiver inside the clause ("over to Kodjo when you can", "to Wiremu before Friday").
_AFTER_RECEIVER = frozenset("when once before after today tomorrow tonight asap please too as".split())
# Job titles' words in an apposition: "Senior Analyst", "Head of Data", "VP Sales", "Talent Partner".
_TITLE_WORDS = ROLE_WORDS | frozenset(
    """analyst engineer manager recruiter designer partner lead director head vp svp evp officer scientist
    consultant specialist coordinator associate architect developer administrator counsel advisor adviser
    executive principal staff senior junior sourcer researcher editor writer accountant nurse teacher
    professor lecturer""".split()
)
_LINE_START = re.compile(
    r"^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[ap]m)?\][ \t]*|\d{1,2}:\d{2}[ \t]+)?(?:[-*•][ \t]+)?", re.M
)
_STAMP = re.compile(r"^[ \t]*(?:\[\d{1,2}:\d{2}|\d{1,2}:\d{2}[ \t])")
# Chat and note shorthand that opens a line before a colon: never a speaker ("todo:", "tldr:", "nb:").
_SHORTHAND = frozenset(
    """todo todos tldr wip nb ps pps tbd eta ack nit nits fyi lgtm imo imho fwiw pto ooo wfh rsvp faq re fw fwd
    cc bcc edit update updates note notes status summary recap plan pros cons pro con ask asks blocker blockers
    action actions decision outcome verdict next result results q a qa ref refs subject comp loc exp int ext tc
    sal req dept doj edu cert auth rto ote rsu gc tz sys algo vibe lol""".split()
)
# The last two lines: recruiting notes' field abbreviations ("comp: remote", "loc: EU", "rsu: 4 year vest"), each
# taken for a speaker by the label rule (review M4, session 10; the reviewer's list). "loc", "tc", "sal" and "edu"
# are also listed names: as a note line's label they are the field far more often. A rule by length alone (any
# unlisted label of <= 4 letters is a field) was tried and not kept: it kept lower-case labels of unlisted short
# surnames ("meru:", "teso:", "lisu:").
# Endings of English words no dictionary here lists ("Scriptwriting:", "Onboarding:"): no speaker's name.
_VERBISH = frozenset(
    """was is has had will would can could should asked said says recommends recommended thinks thought wants
    wanted prefers preferred agreed noted sent ran led joined signed flagged liked felt suggested""".split()
)


def frames(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark names in the frames of the module's docstring."""
    for index, token in enumerate(tokens):
        if token.cap and token.key in _QUESTION_AUX and sentence_start(text, token):
            _question(text, tokens, index, lex)
        elif token.key in ("to", "from") and not token.cap:
            _receiver(text, tokens, index, lex)
        elif token.key in ("on", "for") and index and tokens[index - 1].key in _WAITING:
            _awaited(text, tokens, index, lex)
        elif token.protected and token.cap and hyphen_pair(token, text, lex):
            _hyphen_subject(text, tokens, index, lex)
    _appositions(text, tokens, lex)
    _chat_labels(text, tokens, lex)
    shouted_heading(text, tokens, lex)
    _pronoun_surnames(text, tokens)
    speakers(text, tokens, lex)  # "Ketevan (10:42):", "<Ketevan>", 'Ketevan: "...', "[CONTACT] Grace"
    # "Tamar <> Ketevan sync", "Culture round (Nino & Tamar)", "[Tamar] <> Ketevan", "[tamar] + ketevan doing"
    people_joined(text, tokens, lex)
    second_person(text, tokens, lex)  # "Met [Brook Halvorsen] ... Sage will take over"


def hyphen_pair(token: Token, text: str, lex: Lexicon) -> bool:
    """A capitalised pair joined by a hyphen whose parts are names or words no list knows ("Fatima-Zahra",
    "Gan-Ochir", "Ofori-Atta"), no ordinary word ("Check-In", "Wi-Fi") and no product."""
    word = text[token.start : token.end]
    parts = token.key.split("-")
    if len(parts) != 2 or not word[:1].isupper() or word.isupper() or token.key in lex.tech:
        return False
    return all(
        len(p) > 1 and (p in lex.given or p in lex.family or (p not in lex.common and p not in lex.english))
        for p in parts
    )


def _name_words(
    text: str, tokens: list[Token], first: int, lex: Lexicon, limit: int = 3, upper: bool = False
) -> list[int]:
    """The capitalised run from ``first`` (a hyphenated pair counts as one word), at most ``limit`` words."""
    out: list[int] = []
    index = first
    while index < len(tokens) and len(out) < limit:
        token = tokens[index]
        if not token.cap or (token.upper and not upper):
            break
        if out and text[tokens[out[-1]].end : token.start] != " ":
            break
        out.append(index)
        index += 1
    return out


def _may_be(
    text: str, tokens: list[Token], run: list[int], lex: Lexicon, loose: bool = False, slot: bool = False
) -> bool:
    """Every word may be a name's, one is a name's by the lists or no list knows it. ``loose``: a given name
    that is also a month or a place will do (a frame only a person fills). ``slot``: a word a place or tool slot
    protected ("Waiting on Soukaina": "on") counts when no common word, place, employer or product is spelled so."""
    if not run:
        return False
    words = [tokens[i] for i in run]
    alone = len(words) == 1
    for w in words:
        if w.person:
            continue
        if w.protected:
            plain = w.key not in lex.common and w.key not in PLACES and w.key not in ORGS and w.key not in lex.tech
            if not hyphen_pair(w, text, lex) and not (slot and plain and "-" not in w.key):
                return False
            continue
        if loose and w.key in lex.given and w.key not in ORGS and w.key not in lex.tech and w.key not in _DAYS:
            continue
        if not may_be_name(w, lex, alone) or w.key in MONTHS or w.key in TITLES:
            return False
    if any(w.person or w.protected or w.accented for w in words):
        return True
    listed = [w.key in lex.given or w.key in lex.family for w in words]
    strange = [w.kind is Kind.UNKNOWN and w.key not in lex.common for w in words]
    if alone:
        w = words[0]
        # One word alone: a given name, or a name or word no common word is ("Legal", "Finance" are teams).
        return w.key in lex.given or ((listed[0] or strange[0]) and w.key not in lex.common)
    return any(listed) or any(strange)


def _mark(tokens: list[Token], run: list[int], why: str) -> None:
    for i in run:
        if not tokens[i].person:
            tokens[i].protected = False
            mark(tokens[i], why)


def _question(text: str, tokens: list[Token], index: int, lex: Lexicon) -> None:
    run = _name_words(text, tokens, index + 1, lex)
    if not run:
        return
    last = run[-1]
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is None or after.cap or text[tokens[last].end : after.start] != " ":
        return
    if after.key in _NOT_AFTER_SUBJECT:
        return
    end = re.search(r"[.!?\n]", text[tokens[last].end :])
    if end is None or end.group() != "?":
        return
    person = after.key in BASE or after.key in _ASKED_ABOUT
    if any(tokens[i].key in MONTHS for i in run) and not person:
        return  # "Will August work?" is a month; "Did June confirm?" is a person
    if _may_be(text, tokens, run, lex, loose=person):
        _mark(tokens, run, "subject of a yes/no question")


def _awaited(text: str, tokens: list[Token], index: int, lex: Lexicon) -> None:
    """ "Waiting on Soukaina for the scorecard.": who a note waits on, before what is awaited or the clause's end."""
    run = _name_words(text, tokens, index + 1, lex, limit=2)
    if not run or text[tokens[index].end : tokens[run[0]].start] != " ":
        return
    last = run[-1]
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    tail = text[tokens[last].end : tokens[last].end + 1]
    closes = after is None or tail in (".", "!", "?", ";", ",", ")", "\n", "")
    if not closes and not (after is not None and not after.cap and after.key in _AWAITED_NEXT and tail == " "):
        return
    if any(tokens[i].key in PLACES and tokens[i].key not in lex.given for i in run):
        return
    if _may_be(text, tokens, run, lex, slot=True):
        _mark(tokens, run, "who a note waits on")


def _hyphen_subject(text: str, tokens: list[Token], index: int, lex: Lexicon) -> None:
    """ "Gan-Ochir prefers the late slot", "Fatima-Zahra and I agreed": a hyphenated pair of name words opening a
    clause before a verb only people do, or listed with "I"."""
    if not (sentence_start(text, tokens[index]) or text[max(0, tokens[index].start - 2) : tokens[index].start] == "; "):
        return
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or (after.cap and after.key != "i") or text[tokens[index].end : after.start] != " ":
        return
    nxt = tokens[index + 2] if index + 2 < len(tokens) else None
    listed = after.key == "and" and nxt is not None and nxt.key in ("i", "me") and nxt.cap == (nxt.key == "i")
    if after.key in PEOPLES_VERBS or listed:
        _mark(tokens, [index], "hyphenated name as a subject")


def _receiver(text: str, tokens: list[Token], index: int, lex: Lexicon) -> None:
    sender = tokens[index].key == "from"
    run = _name_words(text, tokens, index + 1, lex, limit=2)
    if not run or text[tokens[index].end : tokens[run[0]].start] != " ":
        return
    last = run[-1]
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    tail = text[tokens[last].end : tokens[last].end + 1]
    closes = after is None or tail in (".", "!", "?", ";", ")", "\n", "")
    if not closes and not (after is not None and not after.cap and after.key in _AFTER_RECEIVER and tail in (" ", ",")):
        return
    # The clause's verb: back from "to" to the clause's start, at most eight words.
    verb = ""
    at = index - 1
    while at >= 0 and index - at <= 8:
        token = tokens[at]
        if re.search(r"[.!?;,:\n]", text[token.end : tokens[at + 1].start]):
            break
        if sender and token.key in _FROM_HEADS:
            verb = "sending"
            break
        if not sender and token.key in _HANDING:
            verb = "handing"
            break
        if not sender and token.key in _SENDING:
            verb = "sending"
            break
        if sentence_start(text, token):
            break
        at -= 1
    if not verb:
        return
    if any(tokens[i].key in PLACES and (verb == "sending" or tokens[i].key not in lex.given) for i in run):
        return  # "Sent the samples to Savannah" is the city; "Handed the file over to Savannah" a person
    if _may_be(text, tokens, run, lex, loose=verb == "handing", slot=True):
        _mark(tokens, run, "receiver after a verb of handing over")


def _appositions(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """ "Losaline, Senior Analyst, ran the panel", "Interviewer: Sukarni, Recruiter"."""
    for index, token in enumerate(tokens):
        if not token.cap or token.person:
            continue
        run = _name_words(text, tokens, index, lex, limit=2)
        if not run or (index and tokens[index - 1].cap and joined_space(text, tokens[index - 1], token)):
            continue
        last = run[-1]
        if text[tokens[last].end : tokens[last].end + 2] != ", ":
            continue
        title = _name_words(text, tokens, last + 1, lex, limit=4, upper=True)
        # "Head of Data": a lower-case "of" inside the title.
        while title and title[-1] + 2 < len(tokens) and tokens[title[-1] + 1].key in ("of", "for", "&"):
            more = _name_words(text, tokens, title[-1] + 2, lex, limit=2, upper=True)
            if not more:
                break
            title = title + more
        if not title or not any(tokens[i].key in _TITLE_WORDS for i in title):
            continue
        if any(tokens[i].key in _TITLE_WORDS for i in run):
            continue
        before = text[max(0, token.start - 6) : token.start]
        opening = sentence_start(text, token) or re.search(r"(?:\bfrom|\bby)[ \t]$", before) is not None
        if not opening:
            continue
        after_title = text[tokens[title[-1]].end : tokens[title[-1]].end + 3]
        labelled = re.search(r":[ \t]*$", before) is not None or re.search(r"(?:from|by)[ \t]$", before) is not None
        # A title then a clause's verb (", ran the panel", " joined late"), or a labelled line's end.
        verb_after = re.match(r",? [a-z]", after_title) is not None
        if not (verb_after or (labelled and re.match(r"[.\n]|$", after_title))):
            continue
        if _may_be(text, tokens, run, lex, loose=verb_after):
            _mark(tokens, run, "name before a job title")


def joined_space(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start] == " "


def _chat_labels(text: str, tokens: list[Token], lex: Lexicon) -> None:
    by_start = {t.start: i for i, t in enumerate(tokens)}
    labelled = []
    for line in _LINE_START.finditer(text):
        first = by_start.get(line.end())
        if first is None:
            continue
        count = 1
        if first + 1 < len(tokens) and text[tokens[first].end : tokens[first + 1].start] == " ":
            count = 2
        for size in range(count, 0, -1):
            last = first + size - 1
            if text[tokens[last].end : tokens[last].end + 2] in (": ", ":\t"):
                labelled.append((first, last, _STAMP.match(text, line.start()) is not None))
                break
    for first, last, stamped in labelled:
        run = list(range(first, last + 1))
        words = [tokens[i] for i in run]
        # On a time-stamped line a given name that is also a heading's, an employer's or a tool's word ("[09:14]
        # Will: ...", "[09:15] Chase: yes.", "[10:02] Ruby: on it") is the speaker: a stamp says chat.
        named = stamped and all(w.key in lex.given for w in words)
        if any(
            w.key in LABELS
            or w.key in ROLE_WORDS
            or (w.key in HEADING_WORDS and not named)
            or (w.key in CONTEXT_WORDS and not named)
            for w in words
        ):
            continue
        if any(
            w.key in _SHORTHAND
            or w.key in NOT_PEOPLE
            or (w.key in lex.tech and not named)
            or (w.key in ORGS and not named)
            for w in words
        ):
            continue
        if any(w.upper or (w.protected and not hyphen_pair(w, text, lex)) for w in words):
            continue
        if any(w.key in PLACES and w.key not in lex.given for w in words):
            continue
        strange = [
            w.kind is Kind.UNKNOWN
            and w.key not in lex.english
            and w.key not in lex.common
            and not toolish(w.key)
            and not w.key.endswith(WORD_ENDINGS)
            for w in words
        ]
        rare = [((w.key in lex.given or w.key in lex.family) and w.key not in lex.common) or w.protected for w in words]
        word_given = [w.key in lex.given and w.key not in _SHORTHAND for w in words]
        # A given name that is also a word ("sage:", "clever:") speaks when the line reads as chat (its words after
        # the colon in lower case, a timestamp, other labelled lines); a month only with a timestamp or among
        # other labelled lines ("June: shipped v2" is a timeline's).
        # What a speaker says is written in lower case in chat ("tupac: ok for thursday"), or the line has a
        # timestamp; a capitalised rest is a heading's ("Courage: Doing what's right", "Webserver: Jenkins").
        rest = text[tokens[last].end + 1 :].lstrip(" \t")[:1]
        if not (stamped or rest.islower()):
            continue
        month = any(w.key in MONTHS for w in words)
        # On a time-stamped line, also a word only a large dictionary knows, no common word ("[14:02] doli: ok",
        # "[09:14] Pasang: on it"): a stamp says chat, and a speaker's label is a name.
        obscure = [
            stamped and w.kind is Kind.UNKNOWN and w.key not in lex.common and not toolish(w.key) and len(w.key) > 2
            for w in words
        ]
        if len(words) == 1:
            ok = strange[0] or rare[0] or obscure[0] or (word_given[0] and (stamped or not month))
        else:
            ok = (strange[0] or rare[0] or word_given[0]) and any(strange) | any(rare)
        if ok:
            _mark(tokens, run, "chat label")


def _pronoun_surnames(text: str, tokens: list[Token]) -> None:
    """ "Reviewer: Pa Nhia Her. Her was thorough.": a capitalised "Her" before a verb, when a person named Her
    stands in the same text."""
    if not any(t.person and t.key == "her" and t.cap for t in tokens):
        return
    for index, token in enumerate(tokens):
        if token.person or token.key != "her" or not token.cap:
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and not after.cap and after.key in _VERBISH and text[token.end : after.start] == " ":
            mark(token, "pronoun surname")  # the why memory.redact_edges.context_word keeps
