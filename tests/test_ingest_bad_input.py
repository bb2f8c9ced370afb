"""Every kind of bad input fails with a reason an analyst can act on, or is read correctly."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontwatch.ingest import IngestFailure, IngestOptions, read_file

DEFAULTS = IngestOptions()
UKRAINIAN = "Українські військові звільнили Балаклію. Мешканці вийшли на вулиці з прапорами."
RUSSIAN = "Российские части покинули Изюм. Жители сообщают, что колонна техники ушла на восток."


def failure(path: Path, options: IngestOptions = DEFAULTS) -> IngestFailure:
    with pytest.raises(IngestFailure) as caught:
        read_file(path, options)
    assert caught.value.path == str(path)
    assert str(caught.value) == f"{path}: {caught.value.reason}"
    return caught.value


def test_binary_junk(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(random.Random(3).randrange(256) for _ in range(500))
    )
    assert "binary" in failure(path).reason


def test_control_characters_without_nul(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(b"\x01\x02\x03\x04\x05\x06\x07\x08 abc \x0e\x0f\x10\x11\x12\x13\x14\x15" * 20)
    assert "binary" in failure(path).reason


@pytest.mark.parametrize(
    ("encoding", "text", "lang"), [("cp1251", UKRAINIAN, "uk"), ("koi8_r", RUSSIAN, "ru")]
)
def test_legacy_cyrillic_encodings_decode_correctly(
    tmp_path: Path, encoding: str, text: str, lang: str
) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    (report,) = read_file(path, DEFAULTS)
    assert report.clean_text == text
    assert report.lang == lang
    assert report.meta["encoding"] == encoding


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(RUSSIAN.encode("utf-16"))
    (report,) = read_file(path, DEFAULTS)
    assert report.clean_text == RUSSIAN


def test_utf8_with_bom_and_header(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(("Source: Desk\n\n" + UKRAINIAN).encode("utf-8-sig"))
    (report,) = read_file(path, DEFAULTS)
    assert report.source == "Desk"
    assert report.clean_text == UKRAINIAN


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    rng = random.Random(7)
    path.write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(400)))
    reason = failure(path).reason
    assert "not valid UTF-8" in reason
    assert "no credible legacy encoding" in reason


def test_utf8_damaged_in_the_middle(tmp_path: Path) -> None:
    # Valid UTF-8 with a few bytes cut out: decoding it as cp1252 would be mojibake.
    data = UKRAINIAN.encode("utf-8")
    path = tmp_path / "damaged.txt"
    path.write_bytes(data[:21] + data[22:40] + data[41:])
    assert "not valid UTF-8" in failure(path).reason


@pytest.mark.parametrize(("content", "word"), [(b"", "empty"), (b"  \n\t\r\n  ", "whitespace")])
def test_empty_and_whitespace_only(tmp_path: Path, content: bytes, word: str) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert word in failure(path).reason


def test_oversized_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Izium. " * 100)
    reason = failure(path, IngestOptions(max_bytes=100)).reason
    assert "too large" in reason and "700" in reason
    # Under a big enough limit the same file reads.
    assert read_file(path, IngestOptions(max_bytes=1000))


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "cannot read" in failure(tmp_path / "nope.txt").reason
    assert "directory" in failure(tmp_path).reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without read permission")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Izium")
    path.chmod(0)
    assert "cannot read" in failure(path).reason


def test_broken_html_still_yields_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><body><div><p>Ukrainian units entered Kupiansk on Saturday, officials said"
        "<p>The bridge over the Oskil was <b>blown up</p></div><span>unclosed"
    )
    (report,) = read_file(path, DEFAULTS)
    assert "entered Kupiansk on Saturday" in report.clean_text
    assert "<" not in report.clean_text


def test_html_without_any_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(
        "<!DOCTYPE html><html><head><script>var x = 1;</script></head><body><img src=a.jpg></body></html>"
    )
    assert "no readable text" in failure(path).reason


def test_html_with_only_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "banner.html"
    path.write_text(
        "<html><body><p>Wir verwenden Cookies, um die Seite zu verbessern.</p><p>Teilen</p></body></html>"
    )
    assert "no text left" in failure(path).reason


def test_broken_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text('{\n  "name": "Channel",\n  "messages": [\n    {"id": 1, "text": "x",}\n  ]\n}\n')
    reason = failure(path).reason
    assert "invalid JSON at line 4" in reason
    assert "column" in reason


def test_telegram_export_without_messages(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "Channel", "type": "public_channel", "id": 1}))
    assert 'without "messages"' in failure(path).reason


def test_feed_that_does_not_parse(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>x</title><item><title>a</item>")
    assert "not a readable RSS or Atom feed" in failure(path).reason


def test_xml_that_is_no_feed(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text("<?xml version='1.0'?><inventory><item>tank</item></inventory>")
    assert "RSS or Atom" in failure(path).reason


def test_jsonl_missing_text_fails_whole_file_with_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [{"text": "Izium retaken."}, {"text": "Kupiansk contested."}, {"title": "no text here"}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    reason = failure(path).reason
    assert reason.startswith("line 3:")
    assert '"text"' in reason


def test_jsonl_broken_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text('{"text": "ok"}\n{"text": "broken\n')
    assert failure(path).reason.startswith("line 2: invalid JSON")


def test_jsonl_bad_date(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text('{"text": "Izium", "published": "next Tuesday"}\n')
    assert "line 1" in failure(path).reason and "next Tuesday" in failure(path).reason


def test_media_latitude_out_of_range(tmp_path: Path) -> None:
    path = tmp_path / "media.jsonl"
    good = {"media_url": "https://m.example/1.jpg", "lat": 49.2, "lon": 37.3, "description": "Izium square"}
    bad = {"media_url": "https://m.example/2.jpg", "lat": 200, "lon": 37.3, "description": "Izium bridge"}
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n")
    reason = failure(path).reason
    assert reason.startswith("line 2:")
    assert "lat 200 out of range" in reason


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"media_url": "u", "lat": 49.2, "lon": "east", "description": "d"}, "lon 'east' is not a number"),
        ({"media_url": "u", "lat": 49.2, "lon": 190, "description": "d"}, "lon 190 out of range"),
        ({"lat": 49.2, "lon": 37.0, "description": "d"}, "without media_url"),
    ],
)
def test_media_bad_records(tmp_path: Path, record: dict[str, object], message: str) -> None:
    path = tmp_path / "media.jsonl"
    path.write_text(json.dumps(record) + "\n")
    assert message in failure(path).reason


def test_bad_date_header(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Title: Izium\nDate: 31.02.2022\n\nText about Izium.\n")
    reason = failure(path).reason
    assert reason.startswith("line 2: Date header")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(st.binary(max_size=600), st.text(max_size=300).map(lambda text: text.encode("utf-8"))),
    suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl", ".xml", ".dat"]),
)
def test_any_input_gives_reports_or_ingest_failure(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        reports = read_file(path, DEFAULTS)
    except IngestFailure as error:
        assert error.reason
        return
    for report in reports:
        assert report.clean_text
        assert len(report.id) == 32
