"""Who is the same person: normalised contact keys for duplicate detection and the suppression list.

Emails are lowercased (dots and ``+tags`` kept apart for Gmail-style addresses only); phones keep their
last ten digits. Names compare case- and accent-insensitively. The suppression list holds only salted
hashes of an erased person's keys, so it can refuse a re-import without remembering who they were.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from memory.models import Candidate

_GMAIL = ("gmail.com", "googlemail.com")


def email_key(email: str) -> str | None:
    address = email.strip().lower()
    if "@" not in address:
        return None
    local, _, domain = address.rpartition("@")
    if domain in _GMAIL:
        local = local.split("+", 1)[0].replace(".", "")
        domain = "gmail.com"
    return f"email:{local}@{domain}"


def phone_key(phone: str) -> str | None:
    digits = re.sub(r"\D", "", phone)
    return f"phone:{digits[-10:]}" if len(digits) >= 7 else None


def identity_keys(candidate: Candidate) -> list[str]:
    """Normalised contact keys of a candidate, sorted.

    >>> identity_keys(Candidate(candidate_id="c", emails=["A.Lee+jobs@GMail.com"], phones=["+1 (617) 555-0199"]))
    ['email:alee@gmail.com', 'phone:6175550199']
    """
    keys = {email_key(e) for e in candidate.emails} | {phone_key(p) for p in candidate.phones}
    return sorted(k for k in keys if k)


def name_key(name: str | None) -> str | None:
    if not name:
        return None
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z]+", folded)
    return " ".join(words) if words else None


def suppression_hash(key: str, salt: str) -> str:
    return hashlib.sha256(f"{salt}|{key}".encode()).hexdigest()
