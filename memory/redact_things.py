"""Where a capitalised run names a thing, not a person: a place, an employer, a school, a product.

The name lists cannot tell "Paul Hastings" the law firm from a person, "Bucknell" the university from a
surname or "Hugo" the site generator from a given name; the sentence can. A run is a thing when it stands:

- after a preposition a person rarely follows: "at", "in", "on", "into", "near", "using", "via" ("worked at
  Paul Hastings", "based in Chiang Mai", "deployed on Pulumi"), unless it takes a possessive ("in Priya's
  team") or a title ("at Dr. Okafor's lab" has a title and a possessive);
- after "from", "to", "for" or "with" when the words before say what kind of thing follows: "graduated
  from", "moved ... to", "worked for", "campaign for", "built ... with", "experience with";
- as a run of words that ends in a place's head word ("Palm Springs", "Marion County", "Glen Allen" is not
  one) or a known place ("South Sudan", "Western Europe");
- as a Title Case heading, whose function words are capitalised too ("Nice To Have", "Why We Love It").

A run found as a thing is that thing everywhere else in the same text ("Worked at Paul Hastings ...; Paul
Hastings promoted the team"), except after a title. Its words are marked protected, so no later layer
(lists, model, spreading) removes them. People are named in such places too, rarely; this layer trades
those for the employers, schools and places that evidence is made of (measured in EVAL.md).
"""

from __future__ import annotations

import itertools
import re

from memory.redact_lexicon import ORGS, PAST_VERBS, PERSON_CUES_AFTER, PERSON_VERBS_AFTER, PLACES, TITLES, lexicon
from memory.redact_tokens import Kind, Token, runs, sentence_start


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A person rarely follows these: "at Bucknell", "in Cedar Rapids", "on Pulumi", "using Dagster".
THING_PREPOSITIONS = _words("at in into on onto near across throughout within inside outside using via")
# Verbs whose object is a tool, product or method, never a person: "Integrated Cortana", "deployed Netlify".
THING_VERBS = _words("""
    integrated integrate integrating implemented implement implementing deployed configured configure installed
    install used use using adopted adopt migrated upgraded administered automated benchmarked tuned optimised
    optimized refactored containerized containerised instrumented debugged patched customized customised
    ported licensed licenced procured stocked stock sold sell retailed distributed imported exported
    fine-tuned finetuned fine-tune finetune pre-trained pretrained quantized quantised distilled
""")
_JOINED = _words("joined join joining rejoined")
_RUN_OPENERS = THING_PREPOSITIONS | THING_VERBS | _JOINED
# Capitalised only because they open a sentence or a heading: "Our Kingman depot", "About Zorvex".
_STRIPPED = _RUN_OPENERS | {"about", "our", "their", "its"}
# "from" names a place or school after these: "graduated from Colgate", "moved from Kigali".
FROM_WORDS = _words("""
    graduated graduate graduating graduation degree degrees diploma bachelor bachelors master masters mba phd
    bs ba ms msc bsc ma doctorate alumnus alumna alumni alum certificate certified moved relocated relocating
    relocate move moving transferred transfer came comes hails hailing commutes commute commuting commuted flew
    drove drives flies travels travelled traveled travel migrated ported acquired spun switched switch switching
    went
""")
# "to" names a place or a product after these (within a few words): "moved the old jobs to Dagster".
TO_WORDS = _words("""
    moved move moving relocated relocate relocating migrated migrate migrating ported porting switched
    upgraded upgrade commutes commute commuting travelled traveled travel flew drove transferred shipped
    deployed deploying expanded expanding applied applying admitted accepted exported exporting uploaded
    uploading pushed pushing published publishing posted posting synced syncing streamed streaming piped
    logged saved loaded loading ingested ingesting imported importing
""")
# "for" names an employer or a brand after these: "worked for Renault", "ran the campaign for Prada".
FOR_WORDS = _words("""
    worked work works working campaign campaigns consulted consultant consulting marketing sales contractor
    contract contracted interned intern vendor supplier advertising ads brand brands engineering analyst
    developer designer built developed launched analytics merchandising media tech retail design support
    operations logistics branding content research products apps photography events partnerships
    buyer buyers merchandiser merchandisers rep reps representative ambassador counter promoter demonstrator
    wholesale distributor franchisee retailer stockist
""")
# "with" names a tool after these (within a few words): "built the pipelines with Dagster".
WITH_WORDS = _words("""
    built build builds building pipelines pipeline experience experienced familiar familiarity proficient
    proficiency expertise skilled developed develop developing implemented implementing deployed deploying
    integrated integrating automated automating written scripted orchestrated orchestrating jobs dashboards
    tooling tools knowledge programming coding tested testing monitored monitoring configured provisioned
    modelled modeled trained training served serving hands-on scheduled scheduling generated generating
    generate tests unit mocks mocked mocking rendered compiled packaged bundled styled templated powered hosted
    optimised optimized tuned regularised regularized fitted solved approximated estimated computed calculated
    containerized containerised visualized visualised benchmarked profiled linted formatted edited editing
    designed designing illustrated illustrating animated animating recorded recording mixed mastered transcribed
    transcribing translated translating summarised summarized summarising summarizing prototyped prototyping
    wireframed analysed analyzed analysing analyzing
""")
# Words before a person's name that void a thing cue in the same clause: "talked to", "wrote ... for".
PERSON_BEFORE = _words("""
    talked talk spoke speak sent send reported report introduced introduce wrote write said mentioned
    explained handed passed forwarded replied emailed reached reference references recommendation letter
    feedback thanks thank paired pairing met meet meeting screen call chat interview interviewed sync
    loop looped looping bring bringing brought rope roped pull pulled
""")
# The last word of a place's name: "Palm Springs", "Marion County", "Walnut Creek", "Round Rock".
PLACE_HEADS = _words("""
    springs oaks county city hills creek beach falls heights valley lakes island islands harbor harbour village
    square mountains township parish province district borough canyon bluffs junction gardens estates shores
    plains prairie
""")
# The first word of a place's name: "Fort Worth", "Mount Vernon", "Lake Forest", "San Ramon".
PLACE_PREFIXES = _words("fort mount mt port lake san santa st saint cape")
# US state codes that are no credential or word: not MD, PA, DC, MA ("Jane Roe, MD"), nor ME, OR, IN, HI, OK.
US_STATES = _words("""
    al ak az ar ca ct fl ga ia ks ky mi mn ms mo mt ne nv nh nj nm ny nc nd ri sc sd tn tx ut vt va wa wv wi wy
""")
# Words of direction that make a region of a place: "Western Europe", "South Sudan", "Northern Virginia".
DIRECTIONS = _words("""
    north south east west northern southern eastern western central northeast northwest southeast southwest
    upper lower greater new
""")
# Function words written capitalised only in Title Case headings, never inside a person's name.
HEADING_WORDS = _words("""
    to be and or of the for with you we our your is are a an in on at by from have has will can it this
    that not all how why what when where us my me i its their they them into about more than as do does
    if so up out get
""")
_CLAUSE = frozenset(".;:!?\n|•")


def things(text: str, tokens: list[Token], shouted: frozenset[int] = frozenset()) -> frozenset[str]:
    """Mark runs that name a thing as protected (and every repeat of them); return their words' keys."""
    found: set[tuple[str, ...]] = set()
    # "In Cedar Rapids ...", "Integrated Cortana ...": the preposition or verb opening a sentence is no part of
    # the run.
    all_runs = [
        run[1:] if len(run) > 1 and tokens[run[0]].key in _STRIPPED and tokens[run[0]].cap else run
        for run in runs(text, tokens)
    ]
    for run in all_runs:
        words = [tokens[i] for i in run]
        if _heading(words) or _placeish(text, tokens, run) or _thing_position(text, tokens, run):
            found.add(tuple(w.key for w in words if w.cap))
    _shared_head(text, tokens, all_runs, found)
    _coordinated(text, tokens, all_runs, found)
    # "at Ruth's Chris Steak House", "at Carl's Jr.": a kept name's possessive goes on with the rest of the name.
    for left, right in itertools.pairwise(all_runs):
        if tuple(tokens[i].key for i in left if tokens[i].cap) in found and text[
            tokens[left[-1]].end : tokens[right[0]].start
        ] in ("'s ", "’s "):
            found.add(tuple(tokens[i].key for i in right if tokens[i].cap))
    # A qualifying name ("Nyquist rate") is kept with its repeats, but lists nothing else as a thing.
    # Not in a line written in capitals: there "HOTAH STANDING ELK" re-cased reads "Hotah standing elk".
    found |= {
        (tokens[run[0]].key,)
        for run in all_runs
        if _qualifies(text, tokens, run) and _line_start(text, tokens[run[0]].start) not in shouted
    }
    keys: set[str] = set()
    for run in all_runs:
        words = [tokens[i] for i in run]
        if tuple(w.key for w in words if w.cap) not in found or _titled(text, tokens, run[0]):
            continue
        for w in words:
            w.protected = True
            keys.add(w.key)
    return frozenset(keys)


def _heading(words: list[Token]) -> bool:
    """ "Nice To Have", "Why We Love Working Here": a capitalised function word inside a run of two or more
    words (a name's particles, "de", "van", "bin", are lower-case or listed apart; "Tô" keeps its accent)."""
    if len(words) < 2:
        return False
    inner = [w for w in words[1:] if w.cap and not w.upper]
    return any(w.key in HEADING_WORDS and not w.accented for w in inner)


def _placeish(text: str, tokens: list[Token], run: list[int]) -> bool:
    """A run of two or more words that ends in a place's head word or a known place, or a region of one; any
    run before ", <US state code>" ("Reston, VA")."""
    after = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
    if after is not None and after.upper and after.key in US_STATES and text[tokens[run[-1]].end : after.start] == ", ":
        return not text[after.end : after.end + 1].isalpha()
    if after is not None and after.cap and (after.key in PLACES or after.protected) and not after.accented:
        # "from Victoria, British Columbia", "Juba, South Sudan"; not a "Last, First:" heading ("Zavala, Carolina:")
        # ... nor a record line's "Label: Oliveira, Helena | backend" (spaces skipped before the bar).
        rest = text[after.end : after.end + 3].lstrip(" \t")[:1]
        heading = sentence_start(text, tokens[run[0]]) and rest in (":", "\n", "", "|", ";")
        if text[tokens[run[-1]].end : after.start] == ", " and not heading:
            return True
    words = [tokens[i] for i in run if tokens[i].cap]
    if len(words) < 2 or words[0].key in TITLES:
        return False
    last = words[-1].key
    if last in PLACE_HEADS or (len(words) == 2 and words[0].key in PLACE_PREFIXES and not words[0].upper):
        return True
    return last in PLACES and all(w.key in DIRECTIONS for w in words[:-1])


def _titled(text: str, tokens: list[Token], first: int) -> bool:
    before = tokens[first - 1] if first else None
    return before is not None and before.key in TITLES and before.cap and before.end >= tokens[first].start - 3


def _clause_before(text: str, tokens: list[Token], first: int, reach: int = 5) -> list[str]:
    """Keys of up to ``reach`` words before ``first`` in the same clause, nearest first."""
    out: list[str] = []
    index = first - 1
    while index >= 0 and len(out) < reach:
        gap = text[tokens[index].end : tokens[index + 1].start]
        abbreviation = len(tokens[index].key) == 1 and gap.strip() == "."  # "B.A. from Bates"
        if any(c in _CLAUSE for c in gap) and not abbreviation:
            break
        out.append(tokens[index].key)
        index -= 1
    return out


def _thing_position(text: str, tokens: list[Token], run: list[int]) -> bool:
    first, last = run[0], run[-1]
    before = _clause_before(text, tokens, first)
    # "Integrated Cortana ...", "At Acme, we ...": a verb or preposition opening the sentence is capitalised.
    opening = THING_VERBS | _JOINED | THING_PREPOSITIONS | {"our", "their", "its"}
    opening_verb = bool(before) and before[0] in opening and sentence_start(text, tokens[first - 1])
    if _firm_marks(text, tokens, run):
        return True
    if not before or (tokens[first - 1].cap and not opening_verb):
        return False  # "Integrated Cortana ...": a verb opening the sentence is capitalised
    gap = text[tokens[first - 1].end : tokens[first].start]
    if gap.strip(" \t"):
        return False
    possessive = text[tokens[last].end : tokens[last].end + 2] in ("'s", "’s")
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    listed = following is not None and following.key in ("and", "or")  # "at Wendy's and Arby's"
    cue, earlier = before[0], before[1:]
    if possessive and _lower_after(text, tokens, last) and not listed:
        # "at Zaxby's for three years", "at Denny's in Ohio": a possessive with no noun after it is a shop
        # or a restaurant; "in Priya's team", "at Segun's desk" are a person's.
        bare = following is not None and following.key in _NOT_NOUNS and following.key not in ("first", "last")
        branch = following is not None and following.key in _BRANCHES  # "at Denny's corporate office"
        return cue == "at" and (bare or branch)
    if cue in ("the", "a", "an") and _lower_after(text, tokens, last):
        # "the Heimlich maneuver", "a Bunsen burner": a name that qualifies a thing; not "the Okafor family"
        return following is not None and following.key not in PERSON_NOUNS
    if any(w in PERSON_BEFORE for w in earlier):
        return False  # "talked to", "wrote a reference for"
    if cue in THING_PREPOSITIONS or cue in THING_VERBS:
        return True
    if cue in _JOINED and text[tokens[last].end :].lstrip().startswith(("as a ", "as an ")):
        # "Joined Baker McKenzie as a paralegal": an employer; "joined Ngozi Okafor as a mentor": a given name
        # no ordinary word shares opens a person.
        lex = lexicon()
        opener = tokens[first].key
        return len(run) > 1 and (opener not in lex.given or opener in lex.ordinary)
    if cue == "from":
        letters = "".join(reversed(list(itertools.takewhile(lambda k: len(k) == 1, earlier))))
        # "B.A. from Bates", and a degree a few words back: "Licenciatura in economics from ..."
        return bool(earlier) and (
            earlier[0] in FROM_WORDS or letters in FROM_WORDS or any(w in DEGREE_WORDS for w in earlier[:4])
        )
    if cue == "to":
        return any(w in TO_WORDS for w in earlier)
    if cue == "for":
        hits = {w for w in earlier[:3] if w in FOR_WORDS}
        if hits and hits <= _WORK_VERBS and _full_name(tokens, run):
            return _noun_after(text, tokens, last)  # "worked for Tunde Okafor": a person; "for Kenneth Cole footwear"
        return bool(hits) or _noun_after(text, tokens, last)
    if cue == "with":
        return any(w in WITH_WORDS for w in earlier[:4]) or _instrument(earlier)
    if cue == "by":
        return bool(earlier) and earlier[0] in _MACHINE_PARTICIPLES  # "generated by Otter", "powered by Algolia"
    if cue in _FACILITY_OWNERS and _facility_after(text, tokens, last):
        return True  # "Our Kingman depot", "the Everett plant"
    if cue in _THING_NOUNS or (cue == "assistant" and earlier and earlier[0] in _ASSISTANT_KINDS):
        return True  # "the chatbot Ada", "our AI assistant Jasper"
    if cue == "between":
        return any(w in TRAVEL_WORDS for w in earlier[:3])  # "Commuted between Odessa and Midland"
    return False


# What only a firm or a product is: "Acme is an equal opportunity employer", "Always®", and "About Acme" heading
# a section of a job ad.
_EEO = ("is an equal opportunity", "is an equal employment", "is proud to be an equal")


# "Ada, the support bot", "Jasper, an AI writing tool": an apposition that says what kind of thing the run is.
_THING_NOUNS = _words("""
    bot chatbot tool app platform library framework model software plugin extension engine database api sdk
    language editor ide crm ats llm assistant-bot product service
""")
_APPOSITION = re.compile(r",\s+(?:the|a|an|our|their)\s+((?:[\w-]+\s+){0,3})([\w-]+)(?=\s*(?:[.,;:)!?]|$))")


def _firm_marks(text: str, tokens: list[Token], run: list[int]) -> bool:
    first, last = tokens[run[0]], tokens[run[-1]]
    after = text[last.end : last.end + 40].lower()
    if after[:1] in ("®", "™") or after.lstrip().startswith(_EEO):
        return True
    apposition = _APPOSITION.match(text, last.end)
    if apposition is not None:
        noun, before = apposition.group(2).lower(), apposition.group(1).lower().split()
        if noun in _THING_NOUNS or (noun == "assistant" and before and before[-1] in _ASSISTANT_KINDS):
            return True  # "Ada, the support bot", "Jasper, our AI assistant"
    line_start = text.rfind("\n", 0, first.start) + 1
    opening = text[line_start : first.start].strip(" \t*#•-").lower()  # "About" is no part of the run (above)
    line_end = text.find("\n", last.end)
    if opening != "about" or text[last.end : len(text) if line_end < 0 else line_end].strip(" \t:"):
        return False
    # "About Zorvex", "About Tech Mahindra"; not a profile's "About Priya Raman" or "About Priya".
    lex = lexicon()
    return not _full_name(tokens, run) and not (first.key in lex.given and first.key not in lex.common)


# What a chain's possessive names that a person's never does: "at Denny's corporate office", "at Dillard's
# clearance center" (not "at Priya's desk", "at Segun's startup").
_BRANCHES = _words("""
    flagship store stores outlet outlets location locations headquarters hq corporate regional distribution
    warehouse franchise franchises restaurant restaurants branch branches counter counters plant factory
    clearance drive-thru drive-through ecommerce e-commerce online supply retail pharmacy bakery deli stockroom
""")
# A passive's agent that only a machine is: "transcripts generated by Otter", "search powered by Algolia".
_MACHINE_PARTICIPLES = _words("""
    powered generated auto-generated autogenerated transcribed parsed indexed detected rendered crawled scraped
    orchestrated automated summarised summarized autocompleted
""")
# "an AI assistant Jasper": the kinds of assistant that are software, never a person's job.
_ASSISTANT_KINDS = _words("ai virtual voice coding writing digital chat smart research")
# A facility named by its place: "our Kingman depot", "the Everett plant", "their Tulsa office".
_FACILITY_OWNERS = _words("our their the its")
_FACILITIES = _words("""
    depot depots plant plants warehouse warehouses branch branches site sites campus hub facility facilities
    office offices store stores location locations region market markets factory factories mill refinery
    terminal yard distribution
""")


def _facility_after(text: str, tokens: list[Token], last: int) -> bool:
    return _lower_after(text, tokens, last) and tokens[last + 1].key in _FACILITIES


# "worked for" names an employer, unless a person's full name follows (a name-like word, then another word).
_WORK_VERBS = _words("worked work works working interned intern contracted contract consulted")


def _full_name(tokens: list[Token], run: list[int]) -> bool:
    lex = lexicon()
    words = [tokens[i] for i in run if tokens[i].cap]
    first = words[0].key
    # A given name, or a word no dictionary holds ("Tunde"); not an organisation's word ("Booz Allen" is kept).
    return len(words) >= 2 and first not in lex.common and first not in ORGS and first not in lex.tech


# A participle right before "with" names its instrument: "exported with Audacity", "drafted with Jasper", "notes
# generated with Otter". Not the verbs that take a person along ("met with", "checked with", "paired with").
_PARTICIPLES = _words("built made written drawn done run shot taken kept sent")
_WITH_PEOPLE = _words("""
    met paired partnered collaborated worked spoke talked chatted synced connected teamed consulted checked
    confirmed discussed shared agreed disagreed argued clashed sided followed caught signed interviewed shadowed
    volunteered trained studied coordinated liaised negotiated engaged interacted networked communicated
    corresponded competed played lived stayed dined lunched joined married raised grew co-authored co-wrote
    co-led co-founded cofounded co-taught co-presented presented debated brainstormed strategized aligned
    reviewed mentored tutored coached visited travelled traveled volunteered familiarized acquainted impressed
    pleased satisfied frustrated disappointed annoyed concerned bonded clicked matched connected credited tied
    finished started closed ended opened filled scheduled booked rescheduled followed-up
""")


def _instrument(earlier: list[str]) -> bool:
    if not earlier:
        return False
    verb = earlier[0]
    participle = verb in _PARTICIPLES or (verb.endswith("ed") and len(verb) > 4)
    return participle and verb not in _WITH_PEOPLE and verb not in PERSON_BEFORE


# What a brand or a product line names after its name: "for Calvin Klein outlets", "for Kenneth Cole footwear".
def _noun_after(text: str, tokens: list[Token], last: int) -> bool:
    """The run is followed, in the same clause, by a lower-case ordinary noun that it qualifies (no verb, no
    word notes put after a person's name: "for Priya Raman yesterday", "for Tunde Okafor's team")."""
    if text[tokens[last].end : tokens[last].end + 2] in ("'s", "’s") or not _lower_after(text, tokens, last):
        return False
    key = tokens[last + 1].key
    if key in PERSON_NOUNS or key in _NOT_NOUNS or key in PERSON_VERBS_AFTER or key in PERSON_CUES_AFTER:
        return False
    if key in PAST_VERBS or key in _VERBS_S or key.endswith(("ed", "ly", "ing")) or len(key) < 4:
        return False
    return key in lexicon().ordinary


# Degrees a school follows a few words on: "Licenciatura in economics from ...", "degree in law from ...".
DEGREE_WORDS = _words("""
    degree degrees diploma bachelor bachelors master masters mba phd doctorate licenciatura licence licentiate
    graduated graduate graduating graduation certificate
""")
# "between" names places after these: "commuted between Odessa and Midland", "flew between Everett and Wichita".
TRAVEL_WORDS = _words("""
    commute commutes commuted commuting drove drive drives driving flew fly flies flying travel travels travelled
    traveled travelling traveling shuttled shuttle shuttles route routes relocated moved
""")


def _lower_after(text: str, tokens: list[Token], last: int) -> bool:
    """The run (with its "'s") is followed by a lower-case word in the same clause."""
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is None or after.cap:
        return False
    gap = text[tokens[last].end : after.start]
    return not any(c in _CLAUSE or c == "," for c in gap)


_LIST_GAPS = frozenset(
    {
        ",",
        "and",
        "or",
        "&",
        ", and",
        ", or",
        ", then",
        "then",
        "/",
        "and then",
        ", later",
        "later",
        ", now",
        "and later",
    }
)
# Verbs in -s a person's name stands before ("in Lagos and Amadou leads ..."): no plural noun ends a list there.
_VERBS_S = _words("leads joins owns runs manages works says thinks wants knows starts likes builds ships writes")
_LIST_END = frozenset("and or in at for on as since until during then".split())


def _coordinated(text: str, tokens: list[Token], all_runs: list[list[int]], found: set[tuple[str, ...]]) -> None:
    """A run listed with a thing is a thing of the same kind: "at Emory, then Tufts", "in Presto and Trino",
    "Wake Forest and Lehigh". Only where the list ends there (not "in Lagos and Amadou joined")."""
    # Known places after a preposition count too: "for Fresno and Merced", "in Austin and later Tyler" (not "Met
    # Austin and Priya at lunch", nor a "Washington, Lakisha:" heading).
    thing = [
        tuple(w.key for w in (tokens[i] for i in run) if w.cap) in found
        or all(tokens[i].protected for i in run)
        or (all(tokens[i].key in PLACES for i in run) and run[0] > 0 and tokens[run[0] - 1].key in _PLACE_BEFORE)
        for run in all_runs
    ]
    changed = True
    while changed:
        changed = False
        for n, run in enumerate(all_runs):
            if thing[n]:
                continue
            if _after_protected(text, tokens, run[0]) and _list_ends(text, tokens, run):
                thing[n] = changed = True  # "Wake Forest and Lehigh": after a kept phrase
                found.add(tuple(w.key for w in (tokens[i] for i in run) if w.cap))
                continue
            for m in (n - 1, n + 1):
                if not 0 <= m < len(all_runs) or not thing[m]:
                    continue
                left, right = (all_runs[m], run) if m < n else (run, all_runs[m])
                gap = " ".join(text[tokens[left[-1]].end : tokens[right[0]].start].split())
                gap = gap[2:].lstrip() if gap[:2] in ("'s", "’s") else gap  # "Wendy's and Arby's"
                # "from Harvest to Toggl": what a thing was switched for is a thing of its kind.
                switched = gap == "to" and m < n and left[0] > 0 and tokens[left[0] - 1].key == "from"
                if (gap not in _LIST_GAPS and not switched) or not _list_ends(text, tokens, run):
                    continue
                thing[n] = changed = True
                found.add(tuple(w.key for w in (tokens[i] for i in run) if w.cap))
                break


def _shared_head(text: str, tokens: list[Token], all_runs: list[list[int]], found: set[tuple[str, ...]]) -> None:
    """Two or more runs listed before one plural noun they share are things of one kind: "Gemma, Mistral and Phi
    models", "between Norman and Tulsa sites", "Dolly, Vicuna and Alpaca checkpoints". After a list of people a
    verb follows, and a plural verb takes no -s ("Ana and Ben agree"); nouns notes put after people ("Ana and
    Ben interviews") are left out."""
    chain: list[list[int]] = []
    for run in all_runs:
        if chain:
            left = chain[-1]
            gap = " ".join(text[tokens[left[-1]].end : tokens[run[0]].start].split())
            if gap not in _LIST_GAPS or gap in ("/", "then", ", then", "later", ", later", ", now", "and then"):
                chain = []
        chain.append(run)
        if len(chain) < 2 or not _plural_head(text, tokens, run[-1]):
            continue
        for member in chain:
            found.add(tuple(w.key for w in (tokens[i] for i in member) if w.cap))


def _plural_head(text: str, tokens: list[Token], last: int) -> bool:
    if not _lower_after(text, tokens, last) or text[tokens[last].end : tokens[last + 1].start] != " ":
        return False
    key = tokens[last + 1].key
    if not key.endswith("s") or key.endswith("ss") or len(key) < 4:
        return False
    if key in PERSON_NOUNS or key in _NOT_NOUNS or key in _VERBS_S or key in PERSON_CUES_AFTER:
        return False
    return key in lexicon().ordinary or key[:-1] in lexicon().ordinary


_PLACE_BEFORE = frozenset("in for from to between near across around at within throughout".split())


def _list_ends(text: str, tokens: list[Token], run: list[int]) -> bool:
    last = run[-1]
    end = tokens[last].end
    if text[end : end + 2] in ("'s", "’s"):
        end += 2  # "at Wendy's and Arby's."
    rest = text[end : end + 2]
    if not rest.strip() or rest[:1] in ".,;:)!?\n":
        return True
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is None or after.cap or text[tokens[last].end : after.start] != " ":
        return False
    if after.key in _LIST_END:
        return True
    # A noun the listed things share: "Tory Burch and Steve Madden accessories", "Watson and Jarvis prototypes".
    key = after.key
    verbish = key.endswith("ed") or key in _VERBS_S or key in PERSON_VERBS_AFTER or key in PERSON_CUES_AFTER
    return key in lexicon().ordinary and not verbish and key not in PERSON_NOUNS and key not in _NOT_NOUNS


def _after_protected(text: str, tokens: list[Token], first: int) -> bool:
    """Listed right after a kept phrase or organisation ("Wake Forest and Lehigh", "Acme Labs, Tufts")."""
    index = first - 1
    if index >= 0 and tokens[index].key in ("and", "or", "then", "later", "now") and not tokens[index].cap:
        index -= 1
    if index < 0 or not tokens[index].protected or not tokens[index].cap:
        return False
    gap = " ".join(text[tokens[index].end : tokens[first].start].split())
    return gap in _LIST_GAPS


# Nouns a person's name stands before in notes ("Hemi interview went well"): never read as a named thing.
PERSON_NOUNS = _words("""
    interview interviews onsite screen call calls feedback notes note debrief offer reference references resume
    cv profile application panel loop sample availability team packet scorecard rating score start review
    take-home homework assignment presentation background salary contract family household
""")
_NOT_NOUNS = _words("""
    has had is was will would can could should may might must did does do shall and or but to for on at in with
    from by as of who that which then also just still never always really clearly quickly today yesterday
    tomorrow last next this every each first second later earlier again once twice soon now here there both
    all either neither some many most few several about over after before into regarding since until around
    through across via without within against like than while during because
""")
_PERSON_CUES = _words("""
    with thanks thank asked told met cc hi hello hey dear per by interviewed screened hired shadowed mentored
    coached thanked introduced referred supervised briefed welcomed onboarded called phoned emailed pinged
    contacted messaged invited paired
""")


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _qualifies(text: str, tokens: list[Token], run: list[int]) -> bool:
    """ "Nyquist rate", "Jaccard similarity", "Geiger counter", "Western blot": one capitalised word right before
    an ordinary noun of work texts qualifies that noun; a person's name stands before a verb, not a noun.
    Not after a person cue, not before a verb (-ed, -s, a listed one) or a word notes use with names."""
    if len(run) != 1:
        return False
    index = run[0]
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if token.upper or after is None or after.cap or text[token.end : after.start] != " ":
        return False
    if token.key in lexicon().given:
        return False  # a given name before a noun is still a person ("Priya team lead")
    if index and tokens[index - 1].key in _PERSON_CUES:
        return False
    # "Dana Kim and Loveness split the calls": listed after a name, a one-word run is a second person.
    if index >= 2 and tokens[index - 1].key in ("and", "or") and not tokens[index - 1].cap:
        left = tokens[index - 2]
        if left.cap and left.kind in (Kind.NAME, Kind.UNKNOWN) and not left.protected:
            return False
    key = after.key
    if key in PERSON_NOUNS or key in _NOT_NOUNS or key in PERSON_VERBS_AFTER or key in PERSON_CUES_AFTER:
        return False
    if key in PAST_VERBS:
        return False  # "Kosoko sent the scorecard": a subject before its verb
    if key.endswith(("ed", "s")) or len(key) < 3:
        return False
    return key in lexicon().ordinary
