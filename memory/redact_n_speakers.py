"""Who speaks in a chat log or a quote, and the rest of a name after an @-mention (session 12's outside check,
classes N1 and N7).

Kept for origins no list holds, and for given names that are also words or tools' names:

- **a chat log's speaker before a time**: "Ketevan (10:42): running late" — a line's first one to three words, a
  time in parentheses, a colon;
- **an IRC-style speaker**: "<Ketevan> can someone grab the scorecard";
- **a quote's speaker**: a line's first words, a colon and an opening quote ('Ketevan: "I would hire them"'), or
  after a closing quote, a reporting verb and the name ('"...," said Ketevan.', '"...," Ketevan wrote');
- **the second word of a two-word given name after an @-mention**: the handle "@Mary" is a contact, "Grace" the
  rest of the name ("[CONTACT] Grace can you send the rubric?").

The place decides that a person speaks; the word decides, by a property of the word, never of its origin: a
capitalised word a given-name list holds or no list or dictionary knows (:func:`memory.redact_n_nameish.nameish`),
never a product's shape ("Slackbot"), a month or a day; in lower case, a word no list or dictionary knows or a
listed name no common word shares. Teams, bots and vendors in the same places ("<Slackbot> ...", "Zoom (10:42):
...", 'Recruiting: "..."') are ordinary, listed or product-shaped words and stay (``eval.redaction_round13``'s
fillers). Used by :func:`memory.redact_n_frames.frames` before the model.
"""

from __future__ import annotations

import re

from memory.redact_lexicon import Lexicon
from memory.redact_n_pairs import word_ok
from memory.redact_tokens import Token, mark

# A line's start (after a bullet), the speaker's words, then a time in parentheses and a colon.
_TIMED = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?((?:[^\W\d_][\w'’-]*)(?: [^\W\d_][\w'’-]*){0,2})[ \t]*"
    r"\((?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?)\)[ \t]*:",
    re.MULTILINE,
)
# "<Ketevan> can someone ...": an IRC-style speaker opening a line.
_IRC = re.compile(r"^[ \t]*(?:\[[\d:. apmAPM]+\][ \t]*)?<((?:[^\W\d_][\w'’.-]*)(?: [^\W\d_][\w'’-]*){0,2})>[ \t]", re.M)
# 'Ketevan: "I would hire them"': a line's first words, a colon, an opening quote.
_QUOTED = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?((?:[^\W\d_][\w'’-]*)(?: [^\W\d_][\w'’-]*){0,2}):[ \t]+[\"“]", re.M)
_REPORTING = r"(?:said|says|wrote|writes|added|adds|noted|notes|asked|asks|replied|replies|commented|explained)"
# '"...," said Ketevan.' and '"...," Ketevan wrote': after a closing quote.
_SAID_NAME = re.compile(
    rf"[,.!?][\"”][ \t]+{_REPORTING}[ \t]+((?:[^\W\d_][\w'’-]*)(?: [^\W\d_][\w'’-]*){{0,2}})(?=[ \t]*(?:[.,;!?]|$))",
    re.M,
)
_NAME_SAID = re.compile(
    rf"[,.!?][\"”][ \t]+((?:[^\W\d_][\w'’-]*)(?: [^\W\d_][\w'’-]*){{0,2}})[ \t]+{_REPORTING}\b", re.M
)
# The rest of a name after an @-mention the contact layer replaced ("[CONTACT] Grace can you ...").
_AFTER_MENTION = re.compile(r"\[CONTACT\] ([^\W\d_][\w'’-]*)(?=[ \t]+[a-z]|[ \t]*[,.!?:;]|[ \t]*$)", re.M)


def speakers(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark the speakers and name rests of the module's docstring."""
    if not any(c in text for c in '(<"“[:'):
        return
    by_start = {t.start: i for i, t in enumerate(tokens)}
    for pattern, why, bots in (
        (_TIMED, "a chat speaker before a time", True),  # bots speak in chat logs: "Jenkins (10:42): failed"
        (_IRC, "a chat speaker in angle brackets", True),
        (_QUOTED, "a quote's speaker", False),
        (_SAID_NAME, "a quote's speaker", False),
        (_NAME_SAID, "a quote's speaker", False),
        (_AFTER_MENTION, "the rest of a name after a mention", False),
    ):
        for match in pattern.finditer(text):
            first = by_start.get(match.start(1))
            if first is None:
                continue
            run = [first]
            while tokens[run[-1]].end < match.end(1) and run[-1] + 1 < len(tokens):
                run.append(run[-1] + 1)
            words = [tokens[i] for i in run]
            if tokens[run[-1]].end != match.end(1):
                continue  # the span is not whole tokens
            if len({w.cap for w in words}) > 1:
                continue  # one case: "Ketevan said" is not a name of two words
            if all(w.person or word_ok(text, w, lex, bots) for w in words) and not all(w.person for w in words):
                for w in words:
                    if not w.person:
                        mark(w, why)
