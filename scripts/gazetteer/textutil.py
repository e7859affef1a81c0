"""Small text helpers shared by build.py (no third-party imports)."""

import re
import unicodedata

# Letters that Unicode does not decompose into base letter + combining mark.
_SPECIAL = {
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
    "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ŋ": "ng", "Ŋ": "Ng",
    "ǁ": "", "ʻ": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "ʹ": "'",
    "‘": "'", "’": "'", "`": "'", "´": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-",
    "\u00a0": " ",
}

# Typographic apostrophes / transliteration marks (soft sign, ayn, hamza).
# The plain ASCII apostrophe is deliberately absent: "Côte d'Ivoire" keeps it.
_APOSTROPHES = "’ʼʹʻʿʾ‘´"


def clean(s):
    """Strip tabs/newlines/control chars and collapse whitespace."""
    if s is None:
        return ""
    s = "".join(" " if (unicodedata.category(ch).startswith("C") or ch in "\t\r\n") else ch
                for ch in str(s))
    return re.sub(r"\s+", " ", s).strip()


def ascii_fold(s):
    """Best-effort ASCII transliteration of a Latin-script name.

    Returns None when the result would still contain non-ASCII characters
    (e.g. a non-Latin script), so callers can skip it.
    """
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.combining(ch):
            continue
        out.append(_SPECIAL.get(ch, ch))
    r = clean("".join(out))
    return r if r.isascii() and r else None


def drop_apostrophes(s):
    """'Ryazan’' -> 'Ryazan', 'Xi’an' -> 'Xian' (soft-sign / ayn marks).

    Returns None when s has no such marks."""
    if not any(ch in _APOSTROPHES for ch in s):
        return None
    r = clean("".join(ch for ch in s if ch not in _APOSTROPHES))
    return r or None


def saint_variants(s):
    """'Saint Petersburg' <-> 'St. Petersburg' / 'St Petersburg'."""
    out = []
    m = re.match(r"^(Saint|St\.?|Sankt) (.+)$", s)
    if m:
        rest = m.group(2)
        prefixes = ("St.", "St") if m.group(1) == "Sankt" else ("Saint", "St.", "St")
        for p in prefixes:
            out.append(f"{p} {rest}")
    return out
