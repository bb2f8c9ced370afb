"""Walking a regex's source text piece by piece, for rewrites that must not touch escapes or classes.

``german.swiss_regex`` (an "ß" also matches "ss") and ``lexicon._caret_as_text_start`` (a ``^`` read as
``\\A``) both rewrite single characters of a pattern outside character classes.
"""

from __future__ import annotations

from collections.abc import Iterator


def regex_pieces(pattern: str) -> Iterator[tuple[int, str, bool]]:
    """``(index, piece, outside_class)`` for each piece of ``pattern``: an escape (backslash and the next
    character), the opening of a character class with a leading ``]`` member ("[]...]", "[^]...]") as
    one piece, or a single character. ``outside_class`` is False for every piece of a class, its
    brackets included, so a rewrite of outside pieces leaves classes as they are."""
    index, in_class = 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            yield index, pattern[index : index + 2], not in_class
            index += 2
            continue
        if in_class:
            in_class = char != "]"
            yield index, char, False
        elif char == "[":
            in_class = True
            # "[]...]" and "[^]...]": a "]" right after the opening is a member, not the end.
            end = index + 1 + (pattern.startswith("^", index + 1))
            if pattern.startswith("]", end):
                yield index, pattern[index : end + 1], False
                index = end + 1
                continue
            yield index, char, False
        else:
            yield index, char, True
        index += 1
