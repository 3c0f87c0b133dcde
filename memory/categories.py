"""Which self-reported category values may outlive an erasure.

Categories are free text (a person describes themselves as they wish), and a rare value can identify its
holder as surely as a name. When an erased person's assessments are folded into the anonymous rows that
keep past audits stable (memory/decisions.py), a value survives only if it is one of the standard
categories the audit tables are built from (EEO-1 / LL144 race and ethnicity categories, sex, ten-year
age bands) or a common short form of one; any other value becomes ``other``. So the tables of a past
period stay identical for everyone who reported a standard category, and an erased person's unusual
self-description leaves no byte behind.
"""

from __future__ import annotations

import re

from memory.models import Protected

OTHER = "other"

# Compared after case-folding and collapsing whitespace. EEO-1 race/ethnicity categories (the ones the
# NYC DCWP rules name), the 2024 OMB additions (Middle Eastern or North African) and their short forms.
_RACES = {
    "hispanic or latino",
    "hispanic",
    "latino",
    "latina",
    "latinx",
    "latine",
    "white",
    "black or african american",
    "black",
    "african american",
    "native hawaiian or other pacific islander",
    "native hawaiian or pacific islander",
    "pacific islander",
    "asian",
    "american indian or alaska native",
    "native american",
    "two or more races",
    "multiracial",
    "middle eastern or north african",
    "mena",
    "other",
    "unknown",
    "prefer not to say",
}
_SEXES = {"f", "m", "female", "male", "woman", "man", "x", "non-binary", "nonbinary", "other", "unknown"}
# Age bands as the audits read them: "40-49", "60+", "under 40", "40 and over".
_AGE = re.compile(r"\d{1,2}\s*[-–]\s*\d{1,2}|\d{1,2}\s*\+|under \d{1,2}|\d{1,2} and (over|older)|unknown")


def _norm(value: str) -> str:
    return " ".join(value.casefold().split())


def non_identifying(categories: Protected) -> Protected:
    """The categories with every non-standard value replaced by ``other`` (unset values stay unset)."""

    def keep(value: str | None, allowed: set[str] | None) -> str | None:
        if value is None:
            return None
        norm = _norm(value)
        standard = _AGE.fullmatch(norm) is not None if allowed is None else norm in allowed
        return value if standard else OTHER

    return Protected(
        sex=keep(categories.sex, _SEXES),
        race_ethnicity=keep(categories.race_ethnicity, _RACES),
        age_band=keep(categories.age_band, None),
    )
