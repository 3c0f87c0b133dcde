"""Build ``memory/redact_data/foreign.txt.gz``: the ordinary words of other languages (session 13, the blind
tester's class F8: notes in French, Spanish, German lost their ordinary words to [PERSON] in every text).

``python -m eval.redaction_round13_fp_lists`` writes one ``<language> <key>`` line per word (``*`` after the
language: a function word, used to tell which language a line is in; ``~``: a word read in lower case only).
The words come from ``wordfreq`` 3.1.1's
frequency lists (Apache-2.0 code; word frequencies CC BY-SA 4.0, Robyn Speer et al.), a dev dependency read here
only, never at run time.

A word of language L is listed when it is frequent in L (a Zipf frequency of at least ``MIN_ZIPF``, about once per
three million words) and much rarer in English (``MIN_GAP``, a hundred times, its accent-folded spelling
included). The gap is what keeps names out without a name list (whose entries include "de", "la", "con", "très"
and "segundo"): a given name is written in every language's text alike ("juan", "maria", "pierre", "hans" and
"paris" are 1 to 1.5 apart), while an ordinary word of L is rare in English ("très", "buena", "stelle",
"segundo": 2.5 and more). Function words (``*``) are frequent ones (``MIN_FUNCTION``).
"""

from __future__ import annotations

import gzip
import math
import sys
from pathlib import Path

from memory.redact_tokens import key_of

OUT = Path(__file__).resolve().parents[1] / "memory" / "redact_data" / "foreign.txt.gz"
# Languages written in Latin letters whose prose reaches notes: the six the tester wrote and their neighbours
# with wordfreq lists of the "large" kind.
LANGUAGES = ("fr", "es", "de", "pt", "it", "nl", "sv", "pl")
MIN_ZIPF = 3.0
MIN_GAP = 2.0
# A looser gap for words read only in lower case inside a line of L ("son", "mei": a given name elsewhere, but a
# line of L writes its names capitalised); tagged ``~``.
MIN_LOWER_GAP = 1.0
MIN_FUNCTION = 5.0
# A frequent word of L that English writes too, but less ("met" in Dutch): tagged ``+``, it tells a line's language
# and is read in lower case only.
MIN_DETECT_GAP = 1.5


def words(language: str) -> list[tuple[str, str]]:
    """(key, tag) for the listed words of ``language`` (see the module's docstring): tag "*" a function word,
    "+" a function word read in lower case only, "~" a word for lower case only, "" any other."""
    from wordfreq import get_frequency_dict, zipf_frequency  # dev dependency, build time only

    out = []
    for word, frequency in get_frequency_dict(language).items():
        zipf = math.log10(frequency) + 9
        if zipf < MIN_ZIPF:
            break  # the dict is ordered by frequency
        if not word.isalpha() or len(word) < 2:
            continue
        key = key_of(word)
        english = max(zipf_frequency(word, "en"), zipf_frequency(key, "en"))
        if zipf - english >= MIN_GAP:
            out.append((key, "*" if zipf >= MIN_FUNCTION else ""))
        elif zipf - english >= MIN_DETECT_GAP and zipf >= MIN_FUNCTION:
            out.append((key, "+"))
        elif zipf - english >= MIN_LOWER_GAP:
            out.append((key, "~"))
    return out


def main() -> int:
    lines = sorted({f"{language}{tag} {key}" for language in LANGUAGES for key, tag in words(language)})
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode())
    print(f"{OUT.name}: {len(lines)} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
