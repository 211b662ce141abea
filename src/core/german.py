"""German text analysis for full-text search: words, Snowball stems, compound parts, query words.

Words are stemmed in Python (Snowball, German) and German compounds are split into known parts, so every
database sees identical tokens: "Anmeldungen" and "Anmeldung" share the stem "anmeld", and "Hundesteuer" is
analysed as "hundesteu hund steu". Used by the register's search and the catalogue search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import snowballstemmer

from core.german_lexicon import COMPOUND_PARTS

MAX_QUERY_WORDS = 12
MIN_PART_LENGTH = 3
_WORD = re.compile(r"[0-9]+|[^\W\d_]+", re.UNICODE)
_LINKING = ("", "s", "es", "n", "en", "e", "er")


@cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("german")


@cache
def stem(word: str) -> str:
    """The Snowball stem of one word, ASCII-folded (ä→a, ß→ss) the way the stemmer does."""
    lowered = word.lower()
    stemmed: str = _stemmer().stemWord(lowered)
    return stemmed.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss")


@cache
def compound_parts(word: str) -> tuple[str, ...]:
    """Split a German compound into known parts ("hundesteuer" → ("hund", "steuer")); () if none found."""
    lowered = word.lower()
    if len(lowered) < 2 * MIN_PART_LENGTH:
        return ()
    best = _split(lowered)
    return tuple(best) if best and len(best) > 1 else ()


@cache
def _split(rest: str) -> list[str] | None:
    """Longest-first split of ``rest`` into lexicon words, allowing linking letters between them."""
    if rest in COMPOUND_PARTS:
        return [rest]
    for end in range(len(rest) - MIN_PART_LENGTH, MIN_PART_LENGTH - 1, -1):
        head = rest[:end]
        if head not in COMPOUND_PARTS:
            continue
        for link in _LINKING:
            if not rest[end:].startswith(link):
                continue
            tail = _split(rest[end + len(link) :]) if len(rest) - end - len(link) >= MIN_PART_LENGTH else None
            if tail:
                return [head, *tail]
    return None


def words(text: str) -> list[str]:
    """The words and numbers of a text."""
    return _WORD.findall(text or "")


def analyse(text: str) -> list[str]:
    """Index tokens of a text: each word's stem, followed by the stems of its compound parts."""
    tokens: list[str] = []
    for word in words(text):
        if word.isdigit():
            tokens.append(word)
            continue
        tokens.append(stem(word))
        tokens.extend(stem(part) for part in compound_parts(word))
    return tokens


@dataclass(frozen=True)
class QueryWord:
    """One word of a search query: its stem (matched as a prefix) and its compound's leading parts."""

    stem: str
    parts: tuple[str, ...]


def parse_query(query: str) -> list[QueryWord]:
    """Turn what the user typed into query words (at most MAX_QUERY_WORDS)."""
    parsed: list[QueryWord] = []
    for word in words(query)[:MAX_QUERY_WORDS]:
        if word.isdigit():
            parsed.append(QueryWord(stem=word, parts=()))
            continue
        parts = compound_parts(word)
        # The last part of a German compound is its generic head ("-steuer", "-antrag"): only the
        # leading parts carry the subject, so only they widen the match.
        leading = tuple(dict.fromkeys(stem(p) for p in parts[:-1])) if parts else ()
        parsed.append(QueryWord(stem=stem(word), parts=leading))
    return [w for w in parsed if w.stem]
