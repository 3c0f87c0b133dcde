"""Does what redaction removes around a name depend on the name? Frames × names the rules were not written against.

A *frame* is a sentence with name slots, written for this check (not the evaluation sets' templates): chat
lines, record lines, handles, lists of people, labels, lower-case notes. The names come from Faker's
romanised locales (Nigerian, Ghanaian, Kenyan, Zulu, Indian, Pakistani, Bangladeshi, Vietnamese, Indonesian,
Filipino, Turkish, Polish, Hungarian, Mexican, Brazilian, Japanese and Chinese romanised, US, ...), lists the
redactor's name lists were never built from. For every frame, every name must give the *same* redacted text
(``redact(frame(n1)) == redact(frame(n2))``) and a second pass must change nothing. ``python -m
eval.redaction_invariance`` prints the share of frames × names that agree with the frame's usual output, by
locale, and the disagreements.

Precondition, stated rather than hidden: a name part that is an ordinary English word ("Hope", "Will",
"Rose", "Guy") cannot be told from the word it also is by the text alone; such names are left out of the
property (:func:`plain`) and measured by the recall evaluations instead.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Slots: {F} given, {L} family, {f} {l} their lower case, {G} {H} a second person's given and family name.
FRAMES: tuple[str, ...] = (
    "Both {F} and {G} flagged the gap in the test plan.",
    "Welcome {F} {L} (pronouns: they/them) to the data team!",
    "Referee {F} {L} says the migration work was solid.",
    "Referee {L} says the work was solid.",
    "follow up with {f} if it is late",
    "follow up with {f} {l} if the scorecard is late",
    "w/ {f} {l} tmrw re the offer",
    "sync w/ {f} tmrw",
    "Candidate record: {L}, {F}",
    "Candidate record: {L}, {F} | backend | onsite done",
    "Interviewer: {L}, {F} | panel 2 | strong hire",
    "@{f}.{l} can you review the take-home?",
    "cc @{f}.{l} on the offer thread",
    "Reviewer for this one: {f}.{l}",
    "Owner: {f}.{l} (backup: {g}.{h})",
    "{F} and {G} ran the system design panel.",
    "{F} {L} and {G} {H} ran the system design panel.",
    "The panel was {F}, {G} and me.",
    "After the call ended, {L} sent the scorecard.",
    "When the offer came through, {L} accepted within a day.",
    "Feedback from {F}-{G}: strong on SQL, weak on testing.",
    "According to {L}-{H}, the design review went fine.",
    "Thanks {F}! The notes are in the shared folder.",
    "Ask {F} about the relocation budget.",
    "Ping {F} {L} before Friday about the references.",
    "Spoke to {F} {L} today; references are positive.",
    "{F} {L}'s take-home was the cleanest this quarter.",
    "I think {F} would be a great fit for the platform team.",
    "Per {L}, the candidate prefers a hybrid role.",
    "Hiring manager {F} {L} wants a second technical round.",
    "Dear {F}, thanks for your time yesterday.",
    "Best,\n{F} {L}\nTalent Partner",
    "{F} {L}\nSenior Data Engineer | Python, SQL, Airflow",
    "Notes by {F} {L}, 12 March: solid fundamentals.",
    "met {f} {l} at the meetup, strong in kafka",
    "{f} {l} has five years of go experience",
    "Spoke with Dr. {L} about the research role.",
    "{F} joined in 2019 and led the billing rewrite.",
    "Not sure {F} is ready; {L} thinks so.",
    "Shadowed {F} {L} during two customer calls.",
    "Re: {F} {L} - updated availability",
    "Summary ({F} {L}): strong hire, needs visa support.",
    "{F} mentioned that {G} {H} referred them.",
    "Call with {F} moved to Thursday.",
    # A second set, written after the first was passing (Faker seed 53 read while fixing what it showed).
    "Quick update: {F} {L} signed the offer this morning.",
    "Could you loop in {F} before the debrief?",
    "Heads up, {L} is out until Monday.",
    "Notes from today's onsite with {F} {L}:",
    "Strong systems answers from {F}; {G} was less sure.",
    "Congrats to {F} {L} on the promotion!",
    "Either {F} or {G} can run the coding round.",
    "Rejected by {L} after the final round.",
    "Scheduling: {f} {l} prefers mornings",
    "hey {f}, can you send the rubric?",
    "thx {f}!",
    "Shortlist: {L}, {F}; {H}, {G}",
    "Reference: {F} {L} (former manager at Acme)",
    "{L} recommended a strong hire.",
    "We hired {F} {L} in March.",
    "If {F} accepts, {G} will onboard them.",
    "Interviewed by {F} {L} and {G} {H}.",
    "Moving forward with {F}.",
    "{F}, {G} and {L} all voted to advance.",
    "Sent the packet to {f}.{l}@acme.com and {g}.{h}.",
    "DM'd @{f}{l} about it",
    "Per our chat, {F} will own the migration.",
    "Welcome {F}! Excited to have you on the team.",
    "Can {F} start before June?",
    "Spoke w/ {f} today abt comp",
)

# Faker locales whose names are written in Latin letters (or that offer a romanised name); a spread of origins.
LOCALES: tuple[str, ...] = (
    "en_US",
    "en_GB",
    "en_IN",
    "en_PK",
    "en_BD",
    "en_NG",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "tw_GH",
    "en_KE",
    "sw",
    "zu_ZA",
    "vi_VN",
    "id_ID",
    "fil_PH",
    "tr_TR",
    "pl_PL",
    "hu_HU",
    "es_MX",
    "pt_BR",
    "fr_FR",
    "de_DE",
    "uz_UZ",
    "ja_JP",
    "zh_CN",
)


@dataclass(frozen=True)
class Person:
    locale: str
    given: str
    family: str


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def people(count: int, seed: int = 11, locales: Sequence[str] = LOCALES) -> list[Person]:
    """``count`` people, round-robin over ``locales``, one-word given and family names (Faker, seeded)."""
    from faker import Faker

    fakers: dict[str, Faker] = {}  # built on first use: a Faker locale takes ~40 ms to load
    out: list[Person] = []
    seen: set[tuple[str, str]] = set()
    attempts = 0
    while len(out) < count and attempts < count * 40:
        locale = locales[attempts % len(locales)]
        attempts += 1
        fake = fakers.get(locale)
        if fake is None:
            fake = fakers[locale] = Faker(locale)
            fake.seed_instance(seed)
        if locale in ("ja_JP", "zh_CN"):
            given, family = fake.first_romanized_name(), fake.last_romanized_name()
        else:
            given, family = fake.first_name(), fake.last_name()
        given, family = given.strip(), family.strip()
        # One word each: a frame's slots are single words (double-barrelled names have frames of their own).
        if not re.fullmatch(r"[^\W\d_]+", given) or not re.fullmatch(r"[^\W\d_]+", family):
            continue
        if not _fold(given + family).isascii() or (given, family) in seen:
            continue
        seen.add((given, family))
        out.append(Person(locale, given.capitalize(), family.capitalize()))
    return out


def plain(person: Person, words: Callable[[str], bool]) -> bool:
    """Neither name part is an ordinary English word (``words``): the property's precondition."""
    return not words(person.given.lower()) and not words(person.family.lower())


def fill(frame: str, one: Person, other: Person) -> str:
    return frame.format(
        F=one.given,
        L=one.family,
        f=one.given.lower(),
        l=one.family.lower(),
        G=other.given,
        H=other.family,
        g=other.given.lower(),
        h=other.family.lower(),
    )


Batch = Callable[[Sequence[str]], list[str]]


@dataclass
class Outcome:
    frame: str
    usual: str
    disagree: list[tuple[Person, str]]
    unstable: list[tuple[str, str]]  # (once, twice) where a second pass changed the text


def check(redact: Batch, frames: Sequence[str], persons: Sequence[Person]) -> list[Outcome]:
    """For each frame: the most common redacted text, the names that give another one, and second-pass changes."""
    outcomes = []
    pairs = [(p, persons[(i + 1) % len(persons)]) for i, p in enumerate(persons)]
    for frame in frames:
        texts = [fill(frame, one, other) for one, other in pairs]
        once = redact(texts)
        twice = redact(once)
        usual = Counter(once).most_common(1)[0][0]
        disagree = [(p, o) for (p, _), o in zip(pairs, once, strict=True) if o != usual]
        unstable = [(a, b) for a, b in zip(once, twice, strict=True) if a != b]
        outcomes.append(Outcome(frame, usual, disagree, unstable))
    return outcomes


# Faker people drawn for EVAL.md's figure and the command's default alike (254 remain at seed 41 once name
# parts that are common English words are left out).
PEOPLE = 300


def score(outcomes: Sequence[Outcome], persons: Sequence[Person]) -> tuple[int, int, dict[str, list[int]], int]:
    """Frame × name pairs that agree, all pairs, [agree, all] per locale, and texts a second pass changed."""
    by_locale: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for outcome in outcomes:
        bad = {id(p) for p, _ in outcome.disagree}
        for p in persons:
            by_locale[p.locale][0] += id(p) not in bad
            by_locale[p.locale][1] += 1
    agree = sum(len(persons) - len(o.disagree) for o in outcomes)
    unstable = sum(len(o.unstable) for o in outcomes)
    return agree, len(persons) * len(outcomes), dict(by_locale), unstable


def table(redact: Batch, count: int = PEOPLE, seed: int = 41) -> list[str]:
    """EVAL.md's lines: agreement over every frame × Faker person, the lowest locale, second-pass changes."""
    from memory.redact_lexicon import lexicon

    lex = lexicon()
    persons = [p for p in people(count, seed) if plain(p, lambda w: w in lex.common)]
    outcomes = check(redact, FRAMES, persons)
    agree, total, by_locale, unstable = score(outcomes, persons)
    lowest = min(by_locale.items(), key=lambda kv: kv[1][0] / kv[1][1])
    return [
        f"Invariance (`python -m eval.redaction_invariance --seed {seed}`): {len(FRAMES)} sentence frames written for "
        f"this check × {len(persons)} names from Faker's locales of {len(LOCALES)} origins (seed {seed}, not read "
        "while writing the rules, but 294 of its name words are in the person tagger's training pool: see Person "
        "tagger; name parts that are common English words left out). A frame × name agrees "
        "when its redacted text equals the frame's usual one:",
        "",
        "| frames × names | agree | lowest locale | changed by a second pass |",
        "|---|---|---|---|",
        f"| {total} | {agree} ({agree / total:.4f}) | {lowest[0]} {lowest[1][0]}/{lowest[1][1]} | {unstable} |",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from memory.redact import Redactor
    from memory.redact_lexicon import lexicon

    parser = argparse.ArgumentParser(prog="python -m eval.redaction_invariance", description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=PEOPLE)
    parser.add_argument("--seed", type=int, default=41)
    parser.add_argument("--no-model", action="store_true", help="lists and rules only (no NER)")
    args = parser.parse_args(argv)
    redactor = Redactor(layers={"identity", "lists"}) if args.no_model else Redactor()
    lex = lexicon()
    persons = [p for p in people(args.people, args.seed) if plain(p, lambda w: w in lex.common)]

    def batch(texts: Sequence[str]) -> list[str]:
        return redactor.redact_many(list(texts), [None] * len(texts))

    outcomes = check(batch, FRAMES, persons)
    agree, total, by_locale, unstable = score(outcomes, persons)
    print(
        f"{len(persons)} people × {len(outcomes)} frames: {agree}/{total} agree ({agree / total:.4f}); "
        f"{unstable} texts changed on a second pass"
    )
    print("by locale: " + ", ".join(f"{k} {a}/{n}" for k, (a, n) in sorted(by_locale.items())))
    for outcome in outcomes:
        if outcome.disagree or outcome.unstable:
            print(f"\n{outcome.frame!r}: usual {outcome.usual!r}; {len(outcome.disagree)} disagree")
            for person, out in outcome.disagree[:6]:
                print(f"    {person.locale} {person.given} {person.family}: {out!r}")
            for a, b in outcome.unstable[:3]:
                print(f"    unstable {a!r} -> {b!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
