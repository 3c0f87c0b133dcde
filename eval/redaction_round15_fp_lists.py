"""Build ``memory/redact_data/trades.txt.gz``: the head words of job titles ("draper", "tanner", "cooper",
"sheriff", "porter"), which are surnames too (session 15, OUTSIDE13's class 20: trade and title words at a line's
start before a bracket, quoted as a title, or after a seniority word lost to [PERSON]).

``python -m eval.redaction_round15_fp_lists`` writes one word a line. A head word is the last word of a job title
of O*NET 29.2 (``occupation_data.txt``'s titles, split at commas and "and"/"or", and ``alternate_titles.txt.gz``'s
alternate and short titles, a bracket's words dropped: "Draper (Textile)" -> "draper"), lower case, letters only,
three letters or more, and a dictionary word (``lexicon().english``: a title's head that no dictionary holds is an
acronym or a brand). A handful of historic trades and offices that O*NET does not write (``_HISTORIC``) are
added. The source is read from ``../shared/data/onet_29_2`` at build time only (O*NET 29.2 Database by the U.S.
Department of Labor, Employment and Training Administration, CC BY 4.0; attribution in ``SOURCES.md``).
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from pathlib import Path

from memory.redact_lexicon import lexicon

ROOT = Path(__file__).resolve().parents[1]
ONET = ROOT.parent / "shared" / "data" / "onet_29_2"
OUT = ROOT / "memory" / "redact_data" / "trades.txt.gz"
# Trades and offices of English surnames that modern job titles no longer write.
_HISTORIC = frozenset(
    """knight fowler thatcher mercer chandler fletcher bowyer cartwright wheelwright sawyer glover tucker fuller
    dyer tyler wainwright sexton reeve squire abbot vicar deacon yeoman bailiff chamberlain""".split()
)
# Heads of titles that name a place or a rank of performer, no trade ("Riverboat ... River", "Rising Star"): given
# names too.
_NOT_TRADES = frozenset("river star".split())
_WORD = re.compile(r"[A-Za-z]+")
_AGENT_ENDINGS = ("er", "or", "ist", "man", "herd", "smith", "wright", "ian")


def _head(title: str) -> str | None:
    words = _WORD.findall(re.sub(r"\(.*?\)", " ", title))
    return words[-1].lower() if words else None


def trades() -> list[str]:
    """The head words, sorted."""
    titles: list[str] = []
    with (ONET / "occupation_data.txt").open(encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            titles += re.split(r",| and | or ", line.split("\t")[1])
    with gzip.open(ONET / "alternate_titles.txt.gz", "rt", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            columns = line.rstrip("\n").split("\t")
            titles += [columns[1]] + ([columns[2]] if columns[2] != "n/a" else [])
    english = lexicon().english
    counts = Counter(head for title in titles if (head := _head(title)) and len(head) > 2 and head in english)
    # The head of one title only must read as a trade (an agent's ending: "slater", "shepherd"): "Log River",
    # "Rising Star" name no trade, and River, Star are given names.
    heads = {head for head, n in counts.items() if n > 1 or head.endswith(_AGENT_ENDINGS)}
    return sorted((heads - _NOT_TRADES) | _HISTORIC)


def main() -> None:
    words = trades()
    OUT.write_bytes(gzip.compress(("\n".join(words) + "\n").encode(), mtime=0))
    print(f"{OUT.relative_to(ROOT)}: {len(words)} words")


if __name__ == "__main__":
    main()
