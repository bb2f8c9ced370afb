"""Reading a file's bytes safely and turning them into text.

Order of trust: a BOM, then strict UTF-8, then a legacy single-byte encoding that
charset-normalizer finds credible (cp1251 and koi8 are still common in Ukrainian and
Russian archives). Anything else is refused with a reason rather than decoded into
mojibake that would poison place names downstream.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from frontwatch.ingest.errors import IngestFailure

#: Legacy encodings worth trying for de/en/uk/ru material. Kept short on purpose: the
#: longer the list, the more likely random bytes decode "credibly" into something.
LEGACY_ENCODINGS: tuple[str, ...] = (
    "cp1251",
    "koi8_u",
    "koi8_r",
    "cp866",
    "mac_cyrillic",
    "iso8859_5",
    "cp1252",
    "iso8859_15",
)

#: Above this share of chaos (charset-normalizer's mess measure) a decoding is not credible.
MAX_LEGACY_CHAOS = 0.2

#: Bytes that do not occur in text (tab, newlines, form feed and ESC excluded).
_CONTROL_BYTES = frozenset([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
#: Share of control bytes / characters above which a file is treated as binary.
MAX_CONTROL_SHARE = 0.05
_SNIFF_BYTES = 8192


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; size is checked before reading and again while reading."""
    try:
        if path.is_dir():
            raise IngestFailure(path, "is a directory, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestFailure(path, f"too large: {size} bytes, limit is {max_bytes} bytes")
        with path.open("rb") as handle:
            # Read one byte past the limit so a file that grew after stat() is caught too.
            data = handle.read(max_bytes + 1)
    except IngestFailure:
        raise
    except OSError as error:
        raise IngestFailure(path, f"cannot read file: {error.strerror or error}") from error
    if len(data) > max_bytes:
        raise IngestFailure(path, f"too large: more than {max_bytes} bytes")
    return data


#: The same control bytes, for bytes.translate (which deletes them: the length drop is the count).
_CONTROL_BYTES_TABLE = bytes(sorted(_CONTROL_BYTES))
#: Control characters in decoded text: the control bytes and the C1 controls U+0080-U+009F.
_CONTROL_CHAR_RE = re.compile(
    "[" + "".join(re.escape(chr(byte)) for byte in sorted(_CONTROL_BYTES)) + "\u0080-\u009f]"
)


def _control_share(sample: bytes | str) -> float:
    # Counted in C (translate / findall), not per character in Python: this runs on every file.
    if not sample:
        return 0.0
    if isinstance(sample, bytes):
        count = len(sample) - len(sample.translate(None, _CONTROL_BYTES_TABLE))
    else:
        count = len(_CONTROL_CHAR_RE.findall(sample))
    return count / len(sample)


def _has_bom(data: bytes) -> bool:
    return data.startswith(
        (codecs.BOM_UTF8, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    )


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first few kilobytes (BOM-marked UTF-16/32 excepted)."""
    if _has_bom(data):
        return False
    sample = data[:_SNIFF_BYTES]
    return b"\x00" in sample or _control_share(sample) > MAX_CONTROL_SHARE


def _decode_bom(data: bytes, path: Path) -> tuple[str, str] | None:
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise IngestFailure(
                    path,
                    f"starts with a {encoding} byte order mark but is not valid {encoding}: {error.reason}",
                ) from error
    return None


_LETTER_RUN = re.compile(r"[^\W\d_]+")
_DECLARED_ENCODING = re.compile(
    rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{2,40})["']"""
    rb"""|<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9._:-]{2,40})""",
    re.IGNORECASE,
)


def _mixed_script_share(text: str) -> float:
    """Share of letter runs that mix Latin and Cyrillic letters: the signature of mojibake."""
    runs = [run for run in _LETTER_RUN.findall(text) if any(ord(char) > 0x7F for char in run)]
    if not runs:
        return 0.0
    mixed = 0
    for run in runs:
        has_latin = any(ord(char) < 0x250 for char in run)
        has_cyrillic = any(0x400 <= ord(char) < 0x530 for char in run)
        mixed += has_latin and has_cyrillic
    return mixed / len(runs)


def _decode_declared(data: bytes) -> tuple[str, str] | None:
    """Decode with the encoding an XML declaration or HTML meta tag names, if it fits."""
    match = _DECLARED_ENCODING.search(data[:4096])
    if match is None:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii")
    try:
        encoding = codecs.lookup(name).name
    except LookupError:
        return None
    if encoding.startswith("utf"):
        return None  # already tried strictly: a UTF declaration on non-UTF bytes is a lie
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return None


def _decode_legacy(data: bytes) -> tuple[str, str] | None:
    # Imported lazily: charset-normalizer is only needed for the rare non-UTF-8 file.
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None or best.chaos > MAX_LEGACY_CHAOS:
        return None
    text = str(best)
    if _mixed_script_share(text) > 0.2 or _control_share(text[:_SNIFF_BYTES]) > MAX_CONTROL_SHARE:
        return None
    return text, best.encoding


def decode_bytes(data: bytes, path: Path) -> tuple[str, str]:
    """(text, encoding name) or IngestFailure for binary, empty and undecodable data."""
    if not data:
        raise IngestFailure(path, "empty file")
    if looks_binary(data):
        raise IngestFailure(path, "binary data (NUL or control bytes), not a text file")
    decoded = _decode_bom(data, path)
    if decoded is None:
        try:
            decoded = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as utf8_error:
            decoded = _decode_legacy(data)
            if decoded is None:
                bad_byte = data[utf8_error.start]
                raise IngestFailure(
                    path,
                    f"not valid UTF-8 (byte 0x{bad_byte:02x} at offset {utf8_error.start}) "
                    "and no credible legacy encoding",
                ) from utf8_error
    text, encoding = decoded
    if _control_share(text[:_SNIFF_BYTES]) > MAX_CONTROL_SHARE:
        raise IngestFailure(path, f"binary data: mostly control characters after decoding as {encoding}")
    if not text.strip():
        raise IngestFailure(path, "empty: contains only whitespace")
    return text, encoding
