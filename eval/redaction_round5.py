"""Round 5 of the redaction evaluation: names made of words, and look-alike negatives, with a held-out half.

Written from scratch in session 5, after an outside tester found that names whose words are English words
or places (noun-word surnames, virtue names, given names that are cities) leak, and that eponyms, brands,
places, schools and gendered words inside proper nouns were falsely removed. Nothing here is copied from
that tester's set or from earlier rounds; names were written from general knowledge of naming customs.

Every list is split in two by position: even positions are the TUNE half (read while working), odd
positions and the groups marked ``held out`` are the HOLD half (scored only in aggregate, never read while
changing the redactor). ``python -m eval.redaction_round5`` prints recall per group and false redactions
for each half; ``-v`` prints the tune half's misses only.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence

Batch = Callable[[Sequence[str]], list[str]]

# Full names "Given Family" per group (family names may have several words).
GROUPS: dict[str, list[str]] = {
    "Lakota/Plains noun-word surnames": [
        "Hotah Standing Elk",
        "Kimi Little Hawk",
        "Chaska Brave Bull",
        "Tala Plenty Wolf",
        "Ohitika Old Coyote",
        "Aiyana Two Eagles",
        "Wakiza Charging Thunder",
        "Nita White Plume",
        "Dyami Swift Hawk",
        "Huyana Hollow Horn",
    ],
    "Native American, word given names": [
        "Autumn Begay",
        "Hunter Tsosie",
        "Dakota Runs Above",
        "Cheyenne Goes Ahead",
        "River Long Soldier",
        "Sage Chasing Hawk",
        "Storm Walking Eagle",
        "Skye Thunder Hawk",
        "Cody Eagle Heart",
        "Rain Iron Shell",
    ],
    "Southern African virtue names": [
        "Blessing Moyo",
        "Memory Banda",
        "Gift Phiri",
        "Precious Ncube",
        "Innocent Sibanda",
        "Patience Mwale",
        "Learnmore Chikwanha",
        "Loveness Mbewe",
        "Lucky Tembo",
        "Comfort Chirwa",
    ],
    "Nigerian word names": [
        "Goodluck Eze",
        "Favour Nwosu",
        "Godswill Okon",
        "Peace Obi",
        "Sunday Adeyemi",
        "Faith Ibekwe",
        "Prosper Akpan",
        "Mercy Effiong",
        "Wisdom Etim",
        "Charity Udoh",
    ],
    "place/word given + word surname (US)": [
        "Dallas Banks",
        "Sydney Little",
        "Austin Church",
        "Brooklyn Fields",
        "Sterling Battle",
        "Paris Freeman",
        "Denver Moody",
        "Memphis Strong",
        "Cleveland Sharp",
        "Raleigh Peoples",
    ],
    "Indian pet-name given names": [
        "Lucky Singh",
        "Pinky Gupta",
        "Happy Sidhu",
        "Sweety Jain",
        "Bunty Arora",
        "Honey Kapoor",
        "Baby Mathew",
        "Dolly Nair",
        "Sunny Grewal",
        "Jewel Thomas",
    ],
    "Chinese/Korean short names": [
        "Wing Chan",
        "Mei Ho",
        "Kit Long",
        "Ting Song",
        "Man Ho",
        "Hope Tan",
        "Bo Wang",
        "Min Moon",
        "Ping Tse",
        "Ha Yu",
    ],
    "Spanish/Portuguese word names": [
        "Angel Franco",
        "Rosario Bravo",
        "Jesus Campos",
        "Consuelo Blanco",
        "Salvador Leal",
        "Amparo Prieto",
        "Cruz Pastor",
        "Milagros Nieves",
        "Domingo Serrano",
        "Luz Rosales",
    ],
    "Turkish, German, Dutch word names": [
        "Can Yildiz",
        "Deniz Ak",
        "Umut Tas",
        "Nur Gul",
        "Kurt Wolf",
        "Anke Fuchs",
        "Jens Bauer",
        "Heike Vogel",
        "Bas de Boer",
        "Sterre Visser",
    ],
    "Anglo control": [
        "Ryan Caldwell",
        "Megan Hollis",
        "Tyler Brandt",
        "Lauren Pruitt",
        "Kyle Ashworth",
        "Brittany Sayer",
        "Dustin Merrill",
        "Kelsey Dunmore",
        "Garrett Lyle",
        "Courtney Whitlock",
    ],
    # Whole groups held out: never read while working.
    "Cherokee/Seminole/Creek (held out)": [
        "Wade Catcher",
        "Kayla Raincrow",
        "Travis Swimmer",
        "Shawna Bowlegs",
        "Aaron Tiger",
        "Lena Fourkiller",
        "Dustin Squirrel",
        "Crystal Bird",
        "Marcus Deer",
        "Jolene Grass",
    ],
    "Ghanaian word names (held out)": [
        "Bright Osei",
        "Gifty Asante",
        "Prince Owusu",
        "Princess Adjei",
        "Ransford Quaye",
        "Believe Agyeman",
        "Kwesi Mensah",
        "Ama Sarpong",
        "Emmanuel Boakye",
        "Yaa Peprah",
    ],
    "Karen (held out)": [
        "Eh Ler Htoo",
        "Naw Say Paw",
        "Saw Kaw Moo",
        "Hser Nay Moo",
        "Ku Paw",
        "Law Eh Soe",
        "Saw Ler Wah",
        "Naw Htoo Paw",
        "Pah Kler",
        "Mu Naw",
    ],
    "Hawaiian and Maori (held out)": [
        "Keoni Kai",
        "Leilani Kala",
        "Kainoa Lum",
        "Malia Hoku",
        "Hemi Tawhai",
        "Aroha Rua",
        "Tama Rewi",
        "Huia Kawa",
        "Nalu Akana",
        "Moana Pai",
    ],
}
HELD_OUT_GROUPS = frozenset(g for g in GROUPS if g.endswith("(held out)"))

# {full} {given} {family} as written, {lfull}/{lgiven}/{lfamily} lower case, {FULL} upper case.
CONTEXTS: dict[str, str] = {
    "loop_then_given": "Ran the onsite loop with {full}; {given} pushed hard on caching.",
    "role_apposition": "{full}, our hiring manager, asked for a second technical round.",
    "owner_label": "Owner: {full}\nStatus: waiting on references",
    "heard_from": "Heard back from {given} today: the offer was accepted.",
    "kudos": "Kudos to {given} for running the panel so smoothly.",
    "as_noted": "As {family} noted, the candidate's test coverage is thin.",
    "talked_to_family": "Talked to {family} about the start date this morning.",
    "family_thinks": "Debrief done. {family} thinks the candidate is ready to lead.",
    "panel_list": "Interview panel: {full}, Priya Raman, Tom Okafor.",
    "lower_ping": "ping {lgiven} about moving the call to 3pm",
    "caps_heading": "{FULL} - FINAL ROUND FEEDBACK",
    "quoted_reply": "> {given} wrote:\n> looks good to me, ship the offer",
    "possessive_given": "{given}'s scorecard is in the shared folder.",
    "shared_with": "Shared the take-home with {given} and Priya before Friday.",
    "family_and_i": "{family} and I agreed on a hire after the debrief.",
    "reference_line": "Reference: {full}, former team lead at a logistics startup.",
    # Contexts held out (HOLD half only).
    "great_chat (held out)": "Great chat with {given} yesterday; sending the recap tonight.",
    "signed_by (held out)": "Scorecard submitted by {full} at 5:40pm.",
    "family_says (held out)": "{family} says the system design round went well.",
    "lower_full (held out)": "reminder: {lfull} needs a laptop before day one",
}

# (kind, sentence with the thing written in it, the words that must survive). Written here.
NEGATIVES: list[tuple[str, str, str]] = [
    ("brand", "Merchandising lead for Tory Burch and Steve Madden accessories.", "Tory Burch Steve Madden"),
    ("brand", "Supply chain analyst at Harley-Davidson, then Sherwin-Williams.", "Harley Davidson Sherwin Williams"),
    ("brand", "Category manager for Ben & Jerry's in the Northeast.", "Ben Jerry"),
    ("brand", "Shift supervisor at Trader Joe's for two years.", "Trader Joe"),
    ("brand", "Wealth advisor at Edward Jones, later Raymond James.", "Edward Jones Raymond James"),
    ("brand", "Retail associate at Kohl's and Dillard's during college.", "Kohl Dillard"),
    ("brand", "Ran promotions for Papa John's franchisees.", "Papa John"),
    ("brand", "Analyst at Charles Schwab in the retirement group.", "Charles Schwab"),
    ("brand", "Marketing for Louis Vuitton and Estée Lauder counters.", "Louis Vuitton Estée Lauder"),
    ("brand", "Operations at Booz Allen Hamilton on federal contracts.", "Booz Allen Hamilton"),
    ("brand", "Drove Marks & Spencer's online grocery launch.", "Marks Spencer"),
    ("brand", "Data engineer at Fannie Mae, formerly at Freddie Mac.", "Fannie Mae Freddie Mac"),
    ("place", "Regional manager covering Fresno, Visalia and Bakersfield.", "Fresno Visalia Bakersfield"),
    ("place", "Opened two clinics in Tacoma and Spokane.", "Tacoma Spokane"),
    ("place", "Field engineer based out of Lubbock, Texas.", "Lubbock"),
    ("place", "Relocated from Eugene to Salem last year.", "Eugene Salem"),
    ("place", "Managed the Laredo distribution center.", "Laredo"),
    ("place", "Volunteered on a reef survey off Sumatra and Cebu.", "Sumatra Cebu"),
    ("place", "Studied in Madurai before moving to Mysore.", "Madurai Mysore"),
    ("place", "Supplier audits in Kumasi and Tamale.", "Kumasi Tamale"),
    ("place", "Grew the Mombasa office from 3 to 40 people.", "Mombasa"),
    ("place", "Logistics across Bulawayo, Mutare and Lusaka.", "Bulawayo Mutare Lusaka"),
    ("place", "Two years teaching English in Chiang Rai.", "Chiang Rai"),
    ("place", "Site lead for the Palmerston North plant.", "Palmerston North"),
    ("school", "B.A. from Bates, M.S. from Tulane.", "Bates Tulane"),
    ("school", "Transferred from Haverford to Swarthmore.", "Haverford Swarthmore"),
    ("school", "Graduated from Spelman with honors in chemistry.", "Spelman"),
    ("school", "Alumni mentor at Grinnell and Macalester.", "Grinnell Macalester"),
    ("school", "Studied economics at Bucknell, then an MBA at Fordham.", "Bucknell Fordham"),
    ("school", "Research assistant at Gonzaga's biology lab.", "Gonzaga"),
    ("school", "Nurse at Cedars-Sinai, then Dana-Farber.", "Cedars Sinai Dana Farber"),
    ("school", "Residency at St. Luke's and St. Mary's.", "Luke Mary"),
    ("product", "Built voice skills for Cortana and Bixby.", "Cortana Bixby"),
    ("product", "Static sites with Jekyll; component tests with Jasmine and Karma.", "Jekyll Jasmine Karma"),
    ("product", "UI tests with Espresso and Robolectric.", "Espresso Robolectric"),
    ("product", "CI pipelines on Jenkins and Travis.", "Jenkins Travis"),
    ("product", "Provisioned servers with Ansible and Vagrant.", "Ansible Vagrant"),
    ("product", "Pipelines orchestrated with Dagster and Prefect.", "Dagster Prefect"),
    ("product", "Error tracking with Sentry and Rollbar.", "Sentry Rollbar"),
    ("product", "Payments integrated with Stripe and Plaid.", "Stripe Plaid"),
    ("product", "Question answering with Watson and Jarvis prototypes.", "Watson Jarvis"),
    ("product", "Deployed to Heroku, later Vercel.", "Heroku Vercel"),
    ("eponym", "Implemented Runge-Kutta and Gauss-Seidel solvers.", "Runge Kutta Gauss Seidel"),
    ("eponym", "Used Levenshtein distance and Hamming distance for matching.", "Levenshtein Hamming"),
    ("eponym", "Survival curves with Kaplan-Meier and Cox regression.", "Kaplan Meier Cox"),
    ("eponym", "Applied a Bonferroni correction and Tukey's HSD.", "Bonferroni Tukey"),
    ("eponym", "Ran Fisher's exact test and Welch's t-test.", "Fisher Welch"),
    ("eponym", "Computed Shapley values and a Gini coefficient.", "Shapley Gini"),
    ("eponym", "Clinical trials in Crohn's disease and Hodgkin's lymphoma.", "Crohn Hodgkin"),
    ("eponym", "Patients with Huntington's and Graves' disease.", "Huntington Graves"),
    ("eponym", "Explained Amdahl's law and Conway's law to the team.", "Amdahl Conway"),
    ("eponym", "Derived it from Kirchhoff's laws and Ohm's law.", "Kirchhoff Ohm"),
    ("eponym", "Implemented Dijkstra's algorithm and Bellman-Ford.", "Dijkstra Bellman Ford"),
    ("eponym", "Cholesky decomposition and Gram-Schmidt orthogonalisation.", "Cholesky Gram Schmidt"),
    ("eponym", "Topic models with Dirichlet priors and Gibbs sampling.", "Dirichlet Gibbs"),
    ("eponym", "Priced options with Black-Scholes and reported the Sharpe ratio.", "Black Scholes Sharpe"),
    ("eponym", "Designed surveys on a Likert scale; used Bloom's taxonomy.", "Likert Bloom"),
    ("eponym", "Ran Southern blots and Gram stains in the lab.", "Southern Gram"),
    ("gendered proper noun", "Troop leader with the Girl Scouts for five years.", "Girl Scouts"),
    ("gendered proper noun", "Mentor at the Boys & Girls Club of Metro Atlanta.", "Boys Girls Club"),
    ("gendered proper noun", "Studied at King's College London, then Queen's University.", "King Queen"),
    ("gendered proper noun", "Data analyst at Mother Jones magazine.", "Mother Jones"),
    ("gendered proper noun", "Cruise operations at Princess Cruises.", "Princess Cruises"),
    ("gendered proper noun", "Quant at Man Group in London.", "Man Group"),
    ("gendered proper noun", "Volunteer for the Sons of Norway lodge.", "Sons Norway"),
    ("gendered proper noun", "Caseworker in Prince George's County.", "Prince George"),
    ("schedule", "Onsite Tue 10:30, debrief Fri 16:00.", "Tue Fri"),
    ("schedule", "Phone screen Wed 9am; panel Mon 2pm.", "Wed Mon"),
    ("schedule", "Available Sat 11:00 or Sun 15:30.", "Sat Sun"),
    ("schedule", "Start date: Mon 3 March.", "Mon March"),
    ("employer", "Referee works at Initech as a staff engineer.", "Initech"),
    ("employer", "Previously at Vandelay Industries and Pied Piper.", "Vandelay Pied Piper"),
    ("employer", "Consultant at Acme Corp, then Globex.", "Acme Globex"),
    ("employer", "Contractor for Umbrella Health on the claims system.", "Umbrella Health"),
]


# A second held-out part, written at 12:50 UTC before the last changes and scored only at the end: other names
# (made of words or places, and controls), other contexts, other look-alike negatives.
FINAL_GROUPS: dict[str, list[str]] = {
    "Plains/Plateau noun-word surnames": [
        "Ahiga Bull Bear",
        "Takoda Lone Elk",
        "Onawa Red Cloud",
        "Mika Ten Fingers",
        "Enapay Bird Horse",
        "Kaya Good Shield",
    ],
    "English word given names": [
        "Hunter Sparrow",
        "Ivy Marsh",
        "Chance Holiday",
        "Destiny Wells",
        "Major Pennington",
        "Harmony Rhodes",
    ],
    "US place given names": [
        "Houston Greer",
        "Savannah Pike",
        "Tyler Shreveport",
        "Georgia Bledsoe",
        "Camden Tate",
        "Aspen Crowe",
    ],
    "Zambian/Malawian word names": [
        "Given Mumba",
        "Trust Chilufya",
        "Brilliant Lungu",
        "Mercy Kaunda",
        "Chosen Mwanza",
        "Beauty Tembo",
    ],
    "Sri Lankan/Tamil": [
        "Nimal Perera",
        "Kumari Silva",
        "Tharindu Fernando",
        "Dilrukshi Mendis",
        "Kasun Rajapaksa",
        "Nishani Dias",
    ],
    "Hausa/Kanuri": [
        "Bala Musa",
        "Hauwa Sani",
        "Garba Lawan",
        "Zainab Bukar",
        "Kabiru Gambo",
        "Binta Yerima",
    ],
    "Filipino word names": [
        "Honey Dizon",
        "Precious Santos",
        "Jay Mercado",
        "Lovely Ramos",
        "Boy Manalo",
        "Joy Villanueva",
    ],
    "Vietnamese short words": [
        "Ngoc Long",
        "Hoa Tan",
        "Dung Vo",
        "Bich Do",
        "Phuc Ha",
        "Linh Mai",
    ],
}
FINAL_CONTEXTS: dict[str, str] = {
    "take_home_by": "The take-home was reviewed by {full} on Monday.",
    "sync_with": "Quick sync with {given} before the offer call.",
    "surname_wants": "Offer call done; {family} wants to start in June.",
    "given_confirmed": "{given} confirmed the panel for Thursday.",
    "lower_given_has": "Spoke to {lgiven} this afternoon; {lgiven} has two offers.",
    "header_line": "Candidate: {full}",
    "caps_sentence": "SCREEN WITH {FULL} MOVED TO NEXT WEEK.",
    "thanks_full": "Thanks {full} for the quick turnaround!",
    "cc_line": "cc: {full}, Priya Raman",
    "possessive_full": "{full}'s references checked out.",
}
FINAL_NEGATIVES: list[tuple[str, str, str]] = [
    ("brand", "Merchandiser for Kenneth Cole and Vera Bradley.", "Kenneth Cole Vera Bradley"),
    ("brand", "Supervisor at Chick-fil-A and Dairy Queen.", "Chick Dairy Queen"),
    ("brand", "Analyst at Morgan Stanley, then Goldman Sachs.", "Morgan Stanley Goldman Sachs"),
    ("brand", "Buyer for Ralph Lauren and Tommy Bahama.", "Ralph Lauren Tommy Bahama"),
    ("place", "Operations across Fresno and Merced.", "Fresno Merced"),
    ("place", "Field work in Kisumu and Eldoret.", "Kisumu Eldoret"),
    ("place", "Teaching post in Jaffna, then Kandy.", "Jaffna Kandy"),
    ("place", "Regional office in Shreveport.", "Shreveport"),
    ("school", "MBA from Vanderbilt; B.S. from Clemson.", "Vanderbilt Clemson"),
    ("school", "Exchange term at Wellesley and Smith.", "Wellesley Smith"),
    ("school", "Rotations at Johns Hopkins and Mount Sinai.", "Johns Hopkins Mount Sinai"),
    ("product", "Dashboards in Looker and Grafana.", "Looker Grafana"),
    ("product", "Search built on Solr, later Elasticsearch.", "Solr Elasticsearch"),
    ("product", "Mobile tests with Appium and Detox.", "Appium Detox"),
    ("product", "Chatbot prototypes on Alexa and Cortana.", "Alexa Cortana"),
    ("eponym", "Applied the Heimlich maneuver during first-aid training.", "Heimlich"),
    ("eponym", "Modelled arrivals with a Poisson process and Little's law.", "Poisson Little"),
    ("eponym", "Used Kruskal-Wallis and Mann-Whitney tests.", "Kruskal Wallis Mann Whitney"),
    ("eponym", "Screened for Tourette's and Asperger's in the clinic.", "Tourette Asperger"),
    ("eponym", "Computed Pearson correlation and Cohen's kappa.", "Pearson Cohen"),
    ("eponym", "Huffman coding and Bloom filters in the storage layer.", "Huffman Bloom"),
    ("gendered proper noun", "Coached for the Little League and the Boys Club.", "Little League Boys Club"),
    ("gendered proper noun", "Intern at Mother Teresa Hospital.", "Mother Teresa"),
    ("gendered proper noun", "Lifeguard at Father Ryan High School.", "Father Ryan"),
    ("schedule", "Debrief Thu 4pm, offer call Fri 10am.", "Thu Fri"),
    ("schedule", "Panel moved to Tues 11:30.", "Tues"),
    ("employer", "Software engineer at Zyntrix, then at Quorvo Labs.", "Zyntrix Quorvo"),
    ("employer", "Analyst for Halvern Group and Brightline.", "Halvern Brightline"),
]


def _values(full: str) -> dict[str, str]:
    given, _, family = full.partition(" ")
    return {
        "full": full,
        "given": given,
        "family": family,
        "lfull": full.lower(),
        "lgiven": given.lower(),
        "lfamily": family.lower(),
        "FULL": full.upper(),
    }


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def held(group: str, index: int, context: str = "") -> bool:
    """The HOLD half: odd positions, held-out groups and held-out contexts."""
    return index % 2 == 1 or group.endswith("(held out)") or context.endswith("(held out)")


def cases() -> list[tuple[bool, str, str, str, list[str]]]:
    """(held out, group, context, text, name words that must be gone)."""
    out = []
    for group, names in GROUPS.items():
        for index, full in enumerate(names):
            values = _values(full)
            words = {w.lower() for w in _words(full)}
            for context, template in CONTEXTS.items():
                text = template.format(**values)
                static = {w.lower() for w in _words(re.sub(r"\{\w+\}", " ", template))}
                found = [w for w in _words(text) if w.lower() in words - static]
                out.append((held(group, index, context), group, context, text, found))
    return out


def _gone(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is None


def recall(redact: Batch, hold: bool) -> tuple[dict[str, list[int]], dict[str, list[int]], list[str]]:
    """[removed, total] name words per group and per context in one half, and the misses."""
    items = [c for c in cases() if c[0] == hold]
    outputs = redact([c[3] for c in items])
    by_group: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_context: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for (_, group, context, text, words), output in zip(items, outputs, strict=True):
        for word in words:
            gone = _gone(word, output)
            for tally in (by_group[group], by_context[context]):
                tally[0] += gone
                tally[1] += 1
            if not gone:
                misses.append(f"{text!r} -> {output!r}")
    return dict(by_group), dict(by_context), misses


def false_redactions(redact: Batch, hold: bool) -> tuple[dict[str, list[int]], list[str]]:
    """[falsely redacted, total] negatives per kind in one half: a word lost or changed, or a placeholder."""
    items = [n for i, n in enumerate(NEGATIVES) if (i % 2 == 1) == hold]
    outputs = redact([text for _, text, _ in items])
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    bad = []
    for (kind, text, words), output in zip(items, outputs, strict=True):
        lost = "[PERSON]" in output or any(_gone(w, output) for w in words.split())
        by_kind[kind][0] += lost
        by_kind[kind][1] += 1
        if lost:
            bad.append(f"{text!r} -> {output!r}")
    return dict(by_kind), bad


def final_check(redact: Batch) -> tuple[dict[str, list[int]], dict[str, list[int]], list[int]]:
    """The second held-out part: [removed, total] per group and per context, and [false, total] negatives."""
    items = []
    for group, names in FINAL_GROUPS.items():
        for full in names:
            values = _values(full)
            words = {w.lower() for w in _words(full)}
            for context, template in FINAL_CONTEXTS.items():
                text = template.format(**values)
                static = {w.lower() for w in _words(re.sub(r"\{\w+\}", " ", template))}
                items.append((group, context, text, [w for w in _words(text) if w.lower() in words - static]))
    outputs = redact([i[2] for i in items])
    by_group: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_context: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (group, context, _, found), output in zip(items, outputs, strict=True):
        for word in found:
            for tally in (by_group[group], by_context[context]):
                tally[0] += _gone(word, output)
                tally[1] += 1
    outputs = redact([text for _, text, _ in FINAL_NEGATIVES])
    wrong = [0, len(FINAL_NEGATIVES)]
    for (_, _, kept), output in zip(FINAL_NEGATIVES, outputs, strict=True):
        wrong[0] += "[PERSON]" in output or any(_gone(w, output) for w in kept.split())
    return dict(by_group), dict(by_context), wrong


def rate(tally: Sequence[int]) -> float:
    return tally[0] / tally[1] if tally[1] else float("nan")


def _total(tallies: dict[str, list[int]]) -> list[int]:
    return [sum(t[0] for t in tallies.values()), sum(t[1] for t in tallies.values())]


def main(argv: Sequence[str] | None = None) -> int:
    from memory.redact import Redactor

    args = sys.argv[1:] if argv is None else list(argv)
    redactor = Redactor()

    def batch(texts: Sequence[str]) -> list[str]:
        return redactor.redact_many(list(texts), [None] * len(texts))

    for hold in (False, True):
        half = "HOLD" if hold else "TUNE"
        by_group, by_context, misses = recall(batch, hold)
        total = _total(by_group)
        print(f"{half}: recall {rate(total):.3f} ({total[0]}/{total[1]})")
        for key, tally in sorted({**by_group, **by_context}.items(), key=lambda kv: rate(kv[1])):
            print(f"  {key:45} {rate(tally):.3f}")
        by_kind, bad = false_redactions(batch, hold)
        wrong = _total(by_kind)
        print(f"{half}: false redactions {wrong[0]}/{wrong[1]} ({rate(wrong):.1%})")
        for kind, tally in by_kind.items():
            print(f"  {kind:45} {tally[0]}/{tally[1]}")
        if "-v" in args and not hold:
            print("\n".join(["-- misses (tune)", *misses, "-- false redactions (tune)", *bad]))
    if "--final" in args:
        by_group, by_context, wrong = final_check(batch)
        total = _total(by_group)
        print(f"FINAL (held out): recall {rate(total):.3f} ({total[0]}/{total[1]})")
        for key, tally in sorted({**by_group, **by_context}.items(), key=lambda kv: rate(kv[1])):
            print(f"  {key:45} {rate(tally):.3f}")
        print(f"FINAL (held out): false redactions {wrong[0]}/{wrong[1]} ({rate(wrong):.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
