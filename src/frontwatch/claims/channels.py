"""The side a messenger channel writes for, read once from all its posts in one export.

A channel post such as "Our drones hit the enemy's dugout near A" carries no sign of its writer's
side, while other posts of the same channel do: a side's slurs for the other ("орки", "укропы"), the
words only one side's channels use for the other ("окупанти", "der Gegner" is not one), a salute
("Слава Україні!"), a flag or "Z" in the channel's name. ``mark_channel_sides`` reads that evidence
(the same the extractor reads in a single post: ``speakers.writer_sides``, the registry's ``flag_side``,
``speakers._name_side``) over every post of each channel of a file, and when the whole channel points
to one side only, records it in each post's ``meta["channel_side"]``. ``extract._build_context`` uses
it for a post that shows no side of its own, so its "our" / "we" / "the enemy" resolve; a post that
shows a side keeps it, and a channel whose posts disagree gets nothing.

The pipeline calls it for every file it reads (``pipeline.ingest_into``; the evaluator likewise), so the
side is stored with the report in its JSON ``meta`` (no schema change; a database ingested before
simply has no ``channel_side``).
"""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.claims.lexicon import load_lexicon
from frontwatch.claims.sources import load_registry
from frontwatch.claims.speakers import _name_side, writer_sides
from frontwatch.model import Report

#: Formats whose files hold the posts of whole channels (one author per channel).
CHANNEL_FORMATS = frozenset({"telegram"})
#: The meta key the channel's side is recorded under.
CHANNEL_SIDE_KEY = "channel_side"


def _channel_key(report: Report) -> tuple[str, str] | None:
    chat = report.meta.get("chat_id")
    if chat is not None:
        return ("chat", str(chat))
    name = report.meta.get("chat_name") or report.meta.get("from")
    return ("name", str(name)) if name else None


def _post_sides(report: Report) -> set[str] | None:
    """The sides one post's own words show; None when its language has no claims data."""
    lexicon = load_lexicon(report.lang) if report.lang else None
    if lexicon is None:
        return None
    text = report.clean_text
    return writer_sides(lexicon, text, lexicon.tokenize(text), channel_post=True)


def _title_sides(name: str, langs: set[str]) -> set[str]:
    """The sides a channel's display name shows: a flag, a country code, "Z", a side's name."""
    found: set[str] = set()
    flag = load_registry().flag_side(name)
    if flag is not None:
        found.add(flag)
    for lang in sorted(langs):
        lexicon = load_lexicon(lang)
        side = _name_side(lexicon, name) if lexicon is not None else None
        if side is not None:
            found.add(side)
    return found


def channel_side(reports: Sequence[Report]) -> str | None:
    """The one side all posts of one channel (and its name) show, or None (no sign, or signs of both).

    Only a channel with one author counts: a group chat whose messages come from several people
    (their ``from`` differs) has no side of its own.
    """
    authors = {str(r.meta["from"]) for r in reports if r.meta.get("from") is not None}
    if len(authors) > 1:
        return None
    found: set[str] = set()
    langs: set[str] = set()
    for report in reports:
        sides = _post_sides(report)
        if sides is None:
            continue
        langs.add(str(report.lang))
        found |= sides
        if len(found) > 1:
            return None
    names = {str(r.meta.get("chat_name") or r.meta.get("from") or "") for r in reports} - {""}
    for name in names:
        found |= _title_sides(name, langs)
    return found.pop() if len(found) == 1 else None


def mark_channel_sides(reports: Sequence[Report]) -> None:
    """Record in ``meta["channel_side"]`` of every channel post of ``reports`` its channel's side, when
    its channel's posts show one side only (``channel_side``)."""
    channels: dict[tuple[str, str], list[Report]] = {}
    for report in reports:
        if report.format not in CHANNEL_FORMATS:
            continue
        key = _channel_key(report)
        if key is not None:
            channels.setdefault(key, []).append(report)
    for posts in channels.values():
        side = channel_side(posts)
        if side is not None:
            for report in posts:
                report.meta[CHANNEL_SIDE_KEY] = side
