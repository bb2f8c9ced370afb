"""Readers of every input format, header parsing, options, identity and file discovery."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

from frontwatch.ingest import IngestOptions, iter_input_files, read_file, report_id
from frontwatch.ingest.readers.telegram import flatten_text

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
DEFAULTS = IngestOptions()


def test_text_with_header_block() -> None:
    (report,) = read_file(FIXTURES / "article_de.txt", DEFAULTS)
    assert report.format == "text"
    assert report.title == "Ukrainische Truppen rücken bei Balaklija vor"
    assert report.source == "Beispiel-Kurier"
    assert report.url == "https://beispiel-kurier.example/ukraine/balaklija"
    assert report.published == datetime(2022, 9, 9, tzinfo=UTC)
    assert report.lang == "de"
    assert report.origin == str(FIXTURES / "article_de.txt")
    # The header is not part of the text.
    assert not report.raw_text.startswith("Title:")
    assert "Generalstabs" in report.clean_text
    assert "Archivbild" not in report.clean_text
    assert "Lesen Sie auch" not in report.clean_text
    # Removed spans point into raw_text.
    for span in report.removed:
        assert report.raw_text[span.start : span.end] == span.text
    assert report.id == report_id(report.clean_text, "Beispiel-Kurier")


def test_text_without_header_gets_detected_language_and_unknown_source() -> None:
    (report,) = read_file(FIXTURES / "plain_en.txt", DEFAULTS)
    assert report.lang == "en"
    assert report.title is None
    assert report.published is None
    assert report.source == "unknown"
    assert report.clean_text.startswith("Ukrainian forces say")
    assert "Photo: Reuters" not in report.clean_text
    assert "\n\n" in report.clean_text


def test_header_iso_datetime_with_offset_becomes_utc(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Date: 2022-09-10T14:30:00+03:00\nSource: Test Desk\n\nBalakliia is free again.\n")
    (report,) = read_file(path, DEFAULTS)
    assert report.published == datetime(2022, 9, 10, 11, 30, tzinfo=UTC)
    assert report.source == "Test Desk"
    assert report.raw_text == "Balakliia is free again.\n"


def test_header_like_first_line_without_blank_line_is_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "Source: the regional administration says the road to Izium is open.\nMore text follows.\n"
    )
    (report,) = read_file(path, DEFAULTS)
    assert report.source == "unknown"
    assert report.clean_text.startswith("Source: the regional administration")


def test_options_override_what_the_file_says() -> None:
    when = datetime(2022, 9, 12, 8, 0, tzinfo=UTC)
    options = IngestOptions(source="Analyst upload", published=when, lang="en")
    (report,) = read_file(FIXTURES / "article_de.txt", options)
    assert report.source == "Analyst upload"
    assert report.published == when
    assert report.lang == "en"
    assert report.id == report_id(report.clean_text, "Analyst upload")


def test_published_option_may_be_a_bare_date() -> None:
    options = IngestOptions(published=date(2022, 9, 12))  # type: ignore[arg-type]
    (report,) = read_file(FIXTURES / "plain_en.txt", options)
    assert report.published == datetime(2022, 9, 12, tzinfo=UTC)


def test_html_article() -> None:
    (report,) = read_file(FIXTURES / "article_uk.html", DEFAULTS)
    assert report.format == "html"
    assert report.title == "Над Балаклією знову український прапор"
    assert report.source == "Приклад Новини"
    assert report.published == datetime(2022, 9, 10, 6, 15, tzinfo=UTC)
    assert report.lang == "uk"
    assert "Українські військові увійшли до Балаклії" in report.clean_text
    # Paragraphs stay separate lines.
    assert "\n" in report.clean_text
    # Teaser, credit and subscription call survive trafilatura but not cleaning.
    assert "Читайте також" not in report.clean_text
    assert "Фото:" not in report.clean_text
    assert "Підписуйтесь" not in report.clean_text
    assert {span.kind for span in report.removed} >= {"teaser", "credit"}
    # Navigation and footer never reach the text.
    assert "Головна" not in report.raw_text


def test_html_sniffed_from_content_despite_extension(tmp_path: Path) -> None:
    path = tmp_path / "saved_page.txt"
    shutil.copy(FIXTURES / "article_uk.html", path)
    (report,) = read_file(path, DEFAULTS)
    assert report.format == "html"
    assert "<p>" not in report.clean_text


def test_telegram_flatten_text_entities() -> None:
    text = ["Forces ", {"type": "bold", "text": "liberated"}, " ", {"type": "hashtag", "text": "#Izium"}]
    assert flatten_text(text) == "Forces liberated #Izium"
    assert flatten_text("plain") == "plain"
    assert flatten_text(None) == ""


def test_telegram_export() -> None:
    reports = read_file(FIXTURES / "telegram_channel" / "result.json", DEFAULTS)
    # The service message (1) and the photo without caption (3) are dropped.
    assert [report.origin.rsplit("#", 1)[1] for report in reports] == ["2", "4", "5"]
    first, forwarded, english = reports
    assert {report.format for report in reports} == {"telegram"}
    assert {report.source for report in reports} == {"Приклад Фронт"}
    assert first.clean_text.startswith("Сили оборони звільнили Балаклію. Над міською радою")
    assert "Підписуйтесь" not in first.clean_text
    assert first.url == "https://t.me/prykladfront/2"
    # date_unixtime is preferred over the local "date".
    assert first.published == datetime.fromtimestamp(1662631920, tz=UTC)
    assert first.lang == "uk"
    assert forwarded.meta["forwarded_from"] == "Другий канал"
    assert forwarded.lang == "ru"
    # Without date_unixtime the local date is taken as UTC.
    assert english.published == datetime(2022, 9, 11, 12, 0, tzinfo=UTC)
    assert english.lang == "en"


def test_telegram_without_username_has_no_url(tmp_path: Path) -> None:
    export = {
        "name": "Private notes",
        "type": "private_channel",
        "id": 7,
        "messages": [
            {"id": 9, "type": "message", "date": "2022-09-09T10:00:00", "text": "Kupiansk: fighting."}
        ],
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export))
    (report,) = read_file(path, DEFAULTS)
    assert report.url is None
    assert report.origin == f"{path}#9"


def test_rss_feed() -> None:
    first, second = read_file(FIXTURES / "feed_ru.xml", DEFAULTS)
    assert first.format == second.format == "rss"
    assert first.source == "Пример Лента"
    assert first.title == "ВСУ вошли в Балаклею"
    assert first.url == "https://lenta-primer.example/news/1"
    assert first.published == datetime(2022, 9, 9, 11, 30, tzinfo=UTC)
    assert first.clean_text == "Украинские подразделения вошли в Балаклею, сообщают местные жители."
    assert first.lang == second.lang == "ru"
    assert second.origin.endswith("#2")


def test_atom_feed() -> None:
    first, second = read_file(FIXTURES / "feed_en.atom", DEFAULTS)
    assert first.format == "atom"
    assert first.source == "Example Front Notes"
    assert (
        first.clean_text
        == "Ukrainian units reached the centre of Kupiansk, according to a regional official."
    )
    assert first.published == datetime(2022, 9, 10, 16, 20, tzinfo=UTC)
    assert second.url == "https://front-notes.example/2"
    assert second.lang == "en"


def test_feed_sniffed_from_content_with_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "download.dat"
    shutil.copy(FIXTURES / "feed_ru.xml", path)
    assert {report.format for report in read_file(path, DEFAULTS)} == {"rss"}


def test_jsonl_records() -> None:
    first, second = read_file(FIXTURES / "reports.jsonl", DEFAULTS)
    assert first.format == "jsonl"
    assert first.origin.endswith("#a1")
    assert first.title == "Kupiansk"
    assert first.source == "Example Wire"
    assert first.published == datetime(2022, 9, 9, 14, 0, tzinfo=UTC)
    assert first.lang == "en"
    # Blank line 2 is skipped; the record on line 3 has no id and is numbered by its line.
    assert second.origin.endswith("#3")
    assert second.lang == "de"
    assert second.published == datetime(2022, 9, 11, tzinfo=UTC)
    # No source anywhere and no URL: the placeholder.
    assert second.source == "unknown"


def test_media_records() -> None:
    first, second = read_file(FIXTURES / "media.jsonl", DEFAULTS)
    assert first.format == "media"
    assert first.media is not None and second.media is not None
    assert (first.media.lat, first.media.lon) == (49.4605, 36.8581)
    assert first.media.media_url == "https://media.example/v/101.mp4"
    assert first.media.taken == datetime(2022, 9, 8, 11, 30, tzinfo=UTC)
    # Without "published" the time the picture was taken is the publication time.
    assert first.published == first.media.taken
    assert first.clean_text == "Residents greet Ukrainian soldiers on the main street of Balakliia."
    # Coordinates given as strings are accepted.
    assert (second.media.lat, second.media.lon) == (49.7129, 37.6127)
    assert second.published == datetime(2022, 9, 10, tzinfo=UTC)


def test_json_array_of_records(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(
        json.dumps([{"text": "Izium retaken.", "source": "Desk"}, {"text": "Kupiansk contested."}])
    )
    first, second = read_file(path, DEFAULTS)
    assert first.origin.endswith("#1") and second.origin.endswith("#2")
    assert first.source == "Desk"


def test_same_file_twice_gives_same_ids(tmp_path: Path) -> None:
    copy = tmp_path / "copy.json"
    shutil.copy(FIXTURES / "telegram_channel" / "result.json", copy)
    original_ids = [
        report.id for report in read_file(FIXTURES / "telegram_channel" / "result.json", DEFAULTS)
    ]
    assert original_ids == [report.id for report in read_file(copy, DEFAULTS)]
    assert len(set(original_ids)) == len(original_ids)


def test_report_id_normalisation() -> None:
    base = report_id("Izium is free.", "Example Wire")
    assert len(base) == 32 and int(base, 16) >= 0
    assert report_id("  izium   IS free.\n", "example  wire") == base
    assert report_id("Izium is free.", "Other Wire") != base
    assert report_id("Izium is free!", "Example Wire") != base
    # Composed and decomposed forms of the same letter are the same text.
    assert report_id("Ізюм й", "s") == report_id("Ізюм и\u0306", "s")


def test_iter_input_files_sorted_recursive_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "b" / "a.txt").write_text("a")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / "a.txt").write_text("a")
    single = tmp_path / "b" / "a.txt"
    found = list(iter_input_files([tmp_path, single]))
    assert found == [tmp_path / "a.txt", tmp_path / "b" / "a.txt", tmp_path / "b" / "z.txt", single]


def test_feed_in_legacy_encoding_declared_in_xml(tmp_path: Path) -> None:
    feed = (
        '<?xml version="1.0" encoding="windows-1251"?>\n'
        '<rss version="2.0"><channel><title>Стрічка</title>'
        "<item><title>Ізюм</title>"
        "<description>Українські військові повернулися до Ізюма.</description></item>"
        "</channel></rss>"
    )
    path = tmp_path / "feed.rss"
    path.write_bytes(feed.encode("cp1251"))
    (report,) = read_file(path, DEFAULTS)
    assert report.source == "Стрічка"
    assert report.clean_text == "Українські військові повернулися до Ізюма."
    assert report.lang == "uk"


def test_full_account_telegram_export(tmp_path: Path) -> None:
    export = {
        "about": "export",
        "chats": {
            "list": [
                {
                    "name": "A",
                    "type": "public_channel",
                    "id": 1,
                    "messages": [
                        {
                            "id": 1,
                            "type": "message",
                            "date": "2022-09-09T10:00:00",
                            "text": "Balakliia liberated.",
                        }
                    ],
                },
                {
                    "name": "B",
                    "type": "public_channel",
                    "id": 2,
                    "messages": [
                        {
                            "id": 1,
                            "type": "message",
                            "date": "2022-09-10T10:00:00",
                            "text": "Izium liberated.",
                        }
                    ],
                },
            ]
        },
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export))
    reports = read_file(path, DEFAULTS)
    assert [(report.source, report.clean_text) for report in reports] == [
        ("A", "Balakliia liberated."),
        ("B", "Izium liberated."),
    ]


def test_jsonl_sniffed_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "export"
    path.write_text('{"text": "Izium retaken."}\n{"text": "Kupiansk contested."}\n')
    assert [report.format for report in read_file(path, DEFAULTS)] == ["jsonl", "jsonl"]


def test_source_falls_back_to_url_host(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("URL: https://www.example-news.example/izium\n\nIzium is free.\n")
    (report,) = read_file(path, DEFAULTS)
    assert report.source == "example-news.example"


def test_iter_input_files_survives_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "a.txt").write_text("a")
    (tmp_path / "inner" / "loop").symlink_to(tmp_path)
    found = list(iter_input_files([tmp_path]))
    assert tmp_path / "inner" / "a.txt" in found
    assert len(found) == len(set(found)) <= 2


def test_json_lines_in_a_json_file(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    path.write_text('{"text": "Izium retaken."}\n{"text": "Kupiansk contested."}\n')
    assert [report.clean_text for report in read_file(path, DEFAULTS)] == [
        "Izium retaken.",
        "Kupiansk contested.",
    ]
