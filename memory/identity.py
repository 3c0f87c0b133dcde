"""Who is the same person: normalised contact keys for duplicate detection and the suppression list.

Emails are lowercased (dots and ``+tags`` dropped for Gmail-style addresses only); a phone gives two keys,
its E.164 form (``phonenumbers``) and its last ten digits, so that one written with or without its country
code still matches. Names compare case- and accent-insensitively. The suppression list holds only salted
hashes of an erased person's keys, so it can refuse a re-import without remembering who they were.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import phonenumbers

from memory.models import Candidate

_GMAIL = ("gmail.com", "googlemail.com")
# A number written without a country code is read as a US number (the demo's and most ATS exports' default).
_DEFAULT_REGION = "US"


def email_key(email: str) -> str | None:
    """The mailbox an address reaches: lower case, without a ``+tag`` (most providers deliver those to the
    same mailbox), and for Gmail without dots.

    >>> email_key("A.Lee+jobs@GMail.com"), email_key("Ana.Diaz+x@Example.org")
    ('email:alee@gmail.com', 'email:ana.diaz@example.org')
    """
    address = email.strip().lower()
    if "@" not in address:
        return None
    local, _, domain = address.rpartition("@")
    local = local.split("+", 1)[0]
    if domain in _GMAIL:
        local = local.replace(".", "")
        domain = "gmail.com"
    return f"email:{local}@{domain}"


def phone_key(phone: str) -> str | None:
    """The last ten digits: the same number written with or without its country or trunk prefix."""
    digits = re.sub(r"\D", "", phone)
    return f"phone:{digits[-10:]}" if len(digits) >= 7 else None


def phone_e164(phone: str) -> str | None:
    """The number in E.164 (``phonenumbers``), read as US when it carries no country code; None if invalid.

    >>> phone_e164("0044 20 7946 0958"), phone_e164("(415) 555-0142")
    ('phone:+442079460958', 'phone:+14155550142')
    """
    text = phone.strip()
    if text.startswith("00"):  # the international call prefix most of the world dials instead of "+"
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else _DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return "phone:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def identity_keys(candidate: Candidate) -> list[str]:
    """Normalised contact keys of a candidate, sorted.

    >>> identity_keys(Candidate(candidate_id="c", emails=["A.Lee+jobs@GMail.com"], phones=["+1 (617) 555-0199"]))
    ['email:alee@gmail.com', 'phone:+16175550199', 'phone:6175550199']
    """
    keys = {email_key(e) for e in candidate.emails} | {phone_key(p) for p in candidate.phones}
    keys |= {phone_e164(p) for p in candidate.phones}
    return sorted(k for k in keys if k)


def _folded_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.findall(r"[a-z]+", folded)


def name_key(name: str | None) -> str | None:
    """The name's words, case- and accent-free, in sorted order: "Díaz, Ana" and "ana diaz" are one key.

    >>> name_key("Díaz, Ana") == name_key("ana  DIAZ")
    True
    """
    words = _folded_words(name or "")
    return " ".join(sorted(words)) if words else None


def place_key(location: str | None) -> str:
    """The place's first part (the city), case- and accent-free: "Quimperlé Harbor, CA" → "quimperle harbor"."""
    return " ".join(_folded_words((location or "").split(",", 1)[0]))


def suppression_hash(key: str, salt: str) -> str:
    return hashlib.sha256(f"{salt}|{key}".encode()).hexdigest()
