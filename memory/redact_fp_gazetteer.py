"""Public gazetteers of holidays, places and languages, and the frames in which their names are things.

Built by ``python -m eval.redaction_lists`` (sources and licences in ``memory/redact_data/SOURCES.md``): public
holidays of every country ``holidays`` knows, GeoNames cities of 15,000 people or more with countries, capitals
and US states, and languages of 100,000 speakers or more. Many such names are people's names too (Jordan,
Madison, Florence, Easter, Christmas, Eid, Tamil), so a gazetteer never decides alone (sessions 7-9: keep-rules by
frame kept people in that frame). A name is kept only

- a language of any name, a name word too, or a list of them, before a language's noun no person takes
  ("Irish and Welsh speakers", "English fluency"; not "speaking", "teaching", "fluent": "Sena tutoring the new
  hires" is a person);
- by the list, where the list holds no name word: a holiday or language of one word that no given- or
  family-name list holds ("Thaipusam", "Tigrinya"), or a phrase with a word no name list holds ("Rosh Hashanah",
  "Eid al-Adha", "Haitian Creole"), and even then never in a person's frame (a possessive, a title, a greeting, a
  person's verb after it); a language (or a list of them) only where a language stands (before "is a plus",
  after "fluent in"; never for being listed with another: "Limbu and Sherpa ran the debrief" are people); a
  holiday only after a time preposition where the clause then ends or a new one opens ("until after Thaipusam.",
  "After Thaipusam we hire"; never before a verb: "until Ramazan replies" is a person), or before what a holiday
  names;
- a place no name list holds after "covering" or after a school's word and a particle ("Universidad de
  Montevideo"); any place of the list before "and (the) surrounding counties" ("Madison and nearby towns");
- or by a shape no person has, for any place of the list, a name word included: a place between "the"/"our" and
  a facility's noun ("the Austin office", "our Valencia branch"; a person there takes a possessive, "Austin's
  office", and "the Austin debrief" is a person's: a debrief is no facility).

Session 15 (OUTSIDE13's classes 15-21, by property: what a header, a label or a heading says its values are) adds a
markdown table's column under a thing's header and a relocation line's arrow between two places
(:mod:`memory.redact_fp_columns`), the first line under an education heading, a languages label's items in any case,
hospital, site and school labels' values (:mod:`memory.redact_fp_values`), trade words where a job title stands
(:mod:`memory.redact_fp_trades`), "dropped out of <school>", "interprets <language>", and holidays after "because
of" or a journey home. Session 17 (OUTSIDE15's classes) adds liturgical seasons and academic terms
(:mod:`memory.redact_fp_terms`) and a listed firm apposed to a role in a career line
(:mod:`memory.redact_fp_apposed`).

The tables and their lookups are in :mod:`memory.redact_fp_tables`; the frames of each list in
:mod:`memory.redact_fp_holidays`, :mod:`memory.redact_fp_languages` and :mod:`memory.redact_fp_places`. This module
walks a text once and marks what they decide.
"""

from __future__ import annotations

import re

from memory.redact_fp_apposed import apposed_firm
from memory.redact_fp_career import came_from_workplace, career_field, dropped_out, moved_from, spans_years
from memory.redact_fp_columns import arrow_place, table_cell, under_education
from memory.redact_fp_days import DAY_HEADS, named_day
from memory.redact_fp_eponyms import adjectival_eponym, possessive_eponym, room_value, trade_title
from memory.redact_fp_firms import labelled_value, listed_firm, role_marked_value, unlisted_employer
from memory.redact_fp_heads import named_by_head
from memory.redact_fp_health import health_system
from memory.redact_fp_holidays import greeted_holiday
from memory.redact_fp_holidays import heading_thing as heading_thing
from memory.redact_fp_holidays import holiday_span as holiday_span
from memory.redact_fp_languages import (
    compound_language,
    hyphened_language,
    labelled_language,
    language_frame,
    language_list,
)
from memory.redact_fp_leave import absence_holiday
from memory.redact_fp_offers import OFFERS, career_line_firm, named_firm_after_verb, offer_maker, possessive_employer
from memory.redact_fp_places import (
    asked_place,
    campus,
    covered,
    facility,
    question_subject,
    said_of_place,
    school_of_place,
    surroundings,
)
from memory.redact_fp_sites import protect_heads
from memory.redact_fp_tables import alone, match, person_frame
from memory.redact_fp_tables import gazetteer as gazetteer
from memory.redact_fp_terms import SEASONS, season_term
from memory.redact_fp_tools import migrated_off, skills_item, tool_before_noun, tool_with_tools, tools_item
from memory.redact_fp_trades import ranked_trade
from memory.redact_fp_values import shouted_value
from memory.redact_tokens import Token, mark

_YEAR = re.compile(r"(?:19|20)\d\d")


def protect_listed_things(text: str, tokens: list[Token], shouted: frozenset[int] = frozenset()) -> None:
    """Mark protected the languages and places the gazetteers decide (see the module's docstring), where they
    stand: no repeat elsewhere in the text is protected by it."""
    table = gazetteer()
    # a career entry needs a span of years: most notes have none, and a per-word search of their lines was the
    # rule's whole cost (cProfile of the battery's notes, session 13)
    careers = spans_years(text)
    # What session 14's rules need, read once per text so that most words skip them (redaction's cost budget):
    # a possessive (eponyms, possessive firms), a label's colon (tools, skills, holidays), a year (career lines), an
    # offer, a day's head (named days).
    possessive = "'" in text or "’" in text
    labelled = ":" in text
    year = _YEAR.search(text) is not None
    keys = {t.key for t in tokens}
    offered = not keys.isdisjoint(OFFERS)
    days = not keys.isdisjoint(DAY_HEADS)
    seasonal = not keys.isdisjoint(SEASONS)  # a season's word (session 17): most texts have none
    # A markdown table's row, an arrow: read only in a text that has one (session 15).
    tabled = "|" in text and "---" in text  # a markdown table has a separator row
    arrowed = "->" in text or "→" in text or "=>" in text
    educated = "education" in keys or "schooling" in keys or "academic" in keys
    lowered = text.lower()
    spoken = labelled and "language" in lowered  # a languages label, any case
    # Runs named by a head noun in any case, feast days, a school after "degree from" (session 18): read first, so
    # the walk below skips what they keep.
    protect_heads(text, tokens, keys, shouted)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.upper and not token.protected:
            # A capitals line's value under a place's or an employer's label ("LOCATION: JACKSON", "EMPLOYER:
            # RAYMOND JAMES"): the label decides there as in Title case; no other rule reads capitals.
            end = labelled_value(text, tokens, index, table) or (year and career_line_firm(text, tokens, index, table))
            end = end or (labelled and skills_item(text, tokens, index))  # "SKILLS: KAFKA, JENKINS"
            end = end or greeted_holiday(text, tokens, index)  # "HOLIDAY: CHRISTMAS DAY"
            end = end or ranked_trade(text, tokens, index)  # "SENIOR DRAPER (2019-2022)"
            end = end or (spoken and labelled_language(text, tokens, index))  # "LANGUAGES: CEBUANO, ENGLISH"
            end = end or (educated and under_education(text, tokens, index))  # "EDUCATION\nATENEO DE MANILA"
            end = end or (tabled and table_cell(text, tokens, index))  # "| RAYMOND JAMES |" under "| Company |"
            end = end or (arrowed and arrow_place(text, tokens, index, table))  # "JACKSON -> DENVER"
            for t in tokens[index:end]:
                t.protected = True
            index = max(end, index + 1)
            continue
        if shouted and labelled and not token.protected and text.rfind("\n", 0, token.start) + 1 in shouted:
            # "PREVIOUS EMPLOYER: CHRISTIANA CARE" re-cased "previous employer: Christiana care": read by keys
            end = shouted_value(text, tokens, index)
            for t in tokens[index:end]:
                t.protected = True
            if end:
                index = end
                continue
        if not token.cap and shouted and not token.protected:
            # A capitals line re-cased to lower case where its words are ordinary ("MOODY'S | SENIOR ANALYST |
            # 2019" reads "moody's | senior analyst | 2019"): its opening firm is read as in Title case.
            line_start = text.rfind("\n", 0, token.start) + 1
            end = career_line_firm(text, tokens, index, table, cased=False) if year and line_start in shouted else 0
            for t in tokens[index:end]:
                t.protected = True
            index = max(end, index + 1)
            continue
        if not token.cap or token.protected:
            index += 1
            continue
        end = hyphened_language(text, tokens, index, table.all_languages)
        end = end or labelled_value(text, tokens, index, table) or listed_firm(text, tokens, index, table.companies)
        end = end or (tabled and table_cell(text, tokens, index))  # "| Raymond James |" under "| Company |"
        end = end or (arrowed and arrow_place(text, tokens, index, table))  # "Relocation: Jackson -> Denver"
        end = end or named_firm_after_verb(text, tokens, index, table)
        end = end or unlisted_employer(text, tokens, index)
        end = end or (offered and offer_maker(text, tokens, index, table))
        end = end or (possessive and possessive_employer(text, tokens, index))
        end = end or (year and career_line_firm(text, tokens, index, table))
        end = end or tool_with_tools(text, tokens, index) or health_system(text, tokens, index)
        end = end or (year and apposed_firm(text, tokens, index, table.all_companies))  # "Mentor, Eli Lilly (2019)"
        end = end or named_by_head(text, tokens, index)  # "Lehman Brothers", "Great Ormond Street" (session 16)
        end = end or (labelled and (tools_item(text, tokens, index) or skills_item(text, tokens, index)))
        end = end or tool_before_noun(text, tokens, index) or migrated_off(text, tokens, index)
        end = (
            end
            or (career_field(text, tokens, index, table) if careers else 0)
            or moved_from(text, tokens, index, table)
            or dropped_out(text, tokens, index)
            or came_from_workplace(text, tokens, index)
        )
        end = end or adjectival_eponym(text, tokens, index) or trade_title(text, tokens, index)
        end = end or ranked_trade(text, tokens, index)  # "Senior Draper", "Tanner (journeyman)"
        end = end or (spoken and labelled_language(text, tokens, index))  # "Languages: Cebuano, Tok Pisin"
        end = end or (educated and under_education(text, tokens, index))  # "Education\nAteneo de Manila"
        end = end or room_value(text, tokens, index) or (possessive and possessive_eponym(text, tokens, index))
        end = end or (days and named_day(text, tokens, index)) or greeted_holiday(text, tokens, index)
        end = end or absence_holiday(text, tokens, index)  # "Out of office for Diwali until Tuesday" (session 16)
        # "Back from Lent retreat", "Hilary term" (session 17)
        end = end or (seasonal and season_term(text, tokens, index))
        length = 0 if end else match(table.all_languages, text, tokens, index)
        length = length or (0 if end else compound_language(text, tokens, index, table.all_languages))
        if length and alone(text, tokens, index, index + length):
            last, unnamed = language_list(text, tokens, index, index + length, table)
            framed = last and language_frame(text, tokens, index, last, unnamed)
            if framed and not person_frame(text, tokens, index, last):
                end = last
        length = 0 if end else match(table.places, text, tokens, index)
        if length and alone(text, tokens, index, index + length):
            end = facility(text, tokens, index, index + length, table.places)
        opened = length and not end and question_subject(text, tokens, index, index + length)
        if length and not end and (alone(text, tokens, index, index + length) or opened):
            # "Is Tyler too far?", "work from Tyler": what only a place is (no person frame then, by construction)
            end = index + length if said_of_place(text, tokens, index, index + length) else 0
        end = end or school_of_place(text, tokens, index, table.unnamed_places) or campus(text, tokens, index)
        length = 0 if end else match(table.unnamed_places, text, tokens, index)
        kept = length and alone(text, tokens, index, index + length) and covered(text, tokens, index, index + length)
        # The modal opening the question is capitalised before the place ("Would Kigali work"): read apart.
        kept = kept or (length and asked_place(text, tokens, index, index + length))
        if kept and not person_frame(text, tokens, index, index + length):
            end = index + length
        # A holiday of two words or more, one of them no name list holds ("Rosh Hashanah", "Eid al-Fitr"), is a
        # holiday wherever it stands alone outside a person's frame (session 18, OUTSIDE16: a holiday opening a
        # line before " - office closed" or "off"); one word ("Easter", "Eid") still needs a frame.
        length = 0 if end else match(table.holidays, text, tokens, index)
        if length >= 2 and alone(text, tokens, index, index + length):
            end = 0 if person_frame(text, tokens, index, index + length) else index + length
        length = 0 if end else match(table.places, text, tokens, index)
        surrounded = (
            length and alone(text, tokens, index, index + length) and surroundings(text, tokens, index + length)
        )
        if surrounded and not person_frame(text, tokens, index, index + length):
            end = index + length
        for t in tokens[index:end]:
            t.protected = True
        if not end:
            for t in tokens[index : role_marked_value(text, tokens, index)]:
                mark(t, "a label's value with a person's role after it")  # "Employer: Wisly (owner)"
        index = max(end, index + 1)
