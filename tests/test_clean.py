"""Cleaning: what a scrape adds goes, what the author wrote stays."""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch.ingest import clean_text
from frontwatch.ingest.language import available_languages, lang_data_dir


def kinds(raw: str, lang: str | None = None) -> dict[str, str]:
    """Removed line text -> kind."""
    return {span.text: span.kind for span in clean_text(raw, lang)[1]}


def test_caption_repeated_with_agency_credit() -> None:
    raw = (
        "Soldaten winken in einem befreiten Dorf bei Charkiw.\n"
        "Soldaten winken in einem befreiten Dorf bei Charkiw. AP/Vorname Nachname\n"
        "\n"
        "Die Armee meldet weitere Geländegewinne im Osten.\n"
    )
    cleaned, removed = clean_text(raw)
    assert cleaned == "Die Armee meldet weitere Geländegewinne im Osten."
    assert [span.kind for span in removed] == ["caption", "credit"]


def test_heading_followed_by_longer_line_is_not_a_caption() -> None:
    # A Telegram post whose first line is repeated and extended in lowercase words is content.
    raw = "Балаклія звільнена\nБалаклія звільнена повністю, тривають зачистки\n"
    cleaned, removed = clean_text(raw)
    assert removed == []
    assert cleaned == "Балаклія звільнена\nБалаклія звільнена повністю, тривають зачистки"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Foto: dpa", "credit"),
        ("Photo: Reuters", "credit"),
        ("Фото: Генштаб ЗСУ", "credit"),
        ("Фото: пресс-служба", "credit"),
        ("Ein Panzer bei Isjum (Archivbild)", "caption"),
        ("Lesen Sie auch: Die Lage im Gebiet Charkiw >>", "teaser"),
        ("Lesen sie auch: Wie es in Kupjansk weitergeht", "teaser"),
        ("Mehr zum Thema", "teaser"),
        ("Mehr zum Thema: Die Brücken über den Oskil", "teaser"),
        ("Read more: What the Kharkiv offensive means", "teaser"),
        ("Also read: Izium after the occupation", "teaser"),
        ("Читайте також: Що відбувається біля Ізюма", "teaser"),
        ("Читайте также: Ситуация под Купянском", "teaser"),
        ("Подписывайтесь на наш канал", "teaser"),
        ("Підписуйтесь на наш канал", "teaser"),
        ("Teilen", "share"),
        ("Share on Facebook", "share"),
        ("Facebook Twitter WhatsApp E-Mail", "share"),
        ("Wir verwenden Cookies, um die Seite zu verbessern.", "cookie"),
        ("We use cookies to personalise content.", "cookie"),
    ],
)
def test_scrape_lines_are_removed_with_their_kind(line: str, kind: str) -> None:
    raw = f"Ukrainian troops entered Balakliia on Thursday.\n{line}\nResidents came out to greet them."
    cleaned, removed = clean_text(raw)
    assert cleaned == "Ukrainian troops entered Balakliia on Thursday.\nResidents came out to greet them."
    assert [(span.kind, span.text) for span in removed] == [(kind, line)]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("👉 Підписуйтесь: t.me/some_channel", "uk"),
        ("➡️ Подписывайтесь на канал", "ru"),
        ("• Читайте также: новое о Купянске", "ru"),
        ("▶️ Read more: what happened near Izium", "en"),
        ("🔔 @frontline_notes", None),
    ],
)
def test_scrape_lines_behind_an_emoji_or_bullet_are_removed(line: str, lang: str | None) -> None:
    raw = f"Ukrainian troops entered Balakliia on Thursday.\n{line}"
    cleaned, removed = clean_text(raw, lang)
    assert cleaned == "Ukrainian troops entered Balakliia on Thursday."
    assert [span.text for span in removed] == [line]


@pytest.mark.parametrize(
    "text",
    [
        "🇺🇦 Наші воїни зайшли в Балаклію, підписуйтесь на новини пізніше.",
        "👉 Колона техніки рухається через Ізюм на південь.",
        "🔥 Read the statement again: it names no villages.",
    ],
)
def test_author_lines_behind_an_emoji_stay(text: str) -> None:
    cleaned, removed = clean_text(text)
    assert cleaned == text
    assert removed == []


@pytest.mark.parametrize(
    "text",
    [
        "Auf einem Foto ist zu sehen, wie Soldaten die Fahne am Rathaus von Balaklija hissen.",
        "A photo shared on Telegram shows troops in the centre of Kupiansk.",
        "Фото з Ізюма показують зруйнований міст через Сіверський Донець.",
        "Teilen sich die Einheiten auf, wird die Versorgung schwieriger.",
        "Read the statement of the general staff carefully: it names no villages.",
        "Подписание документа о выводе войск не состоялось.",
        "Mehr zum Thema Nachschub sagte der Sprecher nichts, er verwies auf Kupjansk.",
        "Видео: колонна ВСУ входит в Балаклею",
        "Video by local residents shows tanks entering Izium",
        "Фото: українські військові встановлюють прапор над сільрадою в Ізюмському районі, жителі аплодують.",
    ],
)
def test_normal_sentences_stay(text: str) -> None:
    cleaned, removed = clean_text(text)
    assert cleaned == text
    assert removed == []


def test_repeated_lines_keep_the_first() -> None:
    raw = "Kupiansk\nFighting continues in the city.\nKupiansk\nThe bridge is damaged.\n"
    cleaned, removed = clean_text(raw)
    assert cleaned == "Kupiansk\nFighting continues in the city.\nThe bridge is damaged."
    assert [(span.kind, span.start) for span in removed] == [("duplicate_line", raw.rindex("Kupiansk"))]


def test_paragraph_breaks_and_whitespace() -> None:
    raw = "  First   line\twith  tabs \r\n\r\n\r\nSecond\u00a0paragraph.\nSame paragraph.\n\n"
    cleaned, _ = clean_text(raw)
    assert cleaned == "First line with tabs\n\nSecond paragraph.\nSame paragraph."


def test_removed_line_between_paragraphs_keeps_one_break() -> None:
    cleaned, _ = clean_text("Izium is free.\n\nTeilen\n\nKupiansk is next.")
    assert cleaned == "Izium is free.\n\nKupiansk is next."


def test_language_restriction_uses_only_that_languages_patterns() -> None:
    raw = "Балаклія звільнена.\nЧитайте також: інше\nRead more: other"
    assert set(kinds(raw, "uk")) == {"Читайте також: інше"}
    assert set(kinds(raw, None)) == {"Читайте також: інше", "Read more: other"}


def test_every_language_folder_has_a_valid_cleaning_file() -> None:
    assert set(available_languages()) >= {"de", "en", "uk", "ru"}
    for lang in available_languages():
        assert (lang_data_dir() / lang / "cleaning.yaml").is_file()
        # Loading compiles every pattern; a broken regex would raise here.
        clean_text("x", lang)


def _normalised_lines(raw: str) -> list[str]:
    lines = (" ".join(unicodedata.normalize("NFC", line).split()) for line in raw.splitlines())
    return [line for line in lines if line]


# Text built from lines that look like scraped articles, plus arbitrary unicode.
_scrape_lines = st.sampled_from(
    [
        "Teilen",
        "Foto: dpa",
        "Read more: elsewhere",
        "Soldiers in Izium.",
        "Soldiers in Izium. AP/Someone",
        "Читайте також: інше",
        "Izium is free again.",
        "Kupiansk",
        "",
        "   ",
    ]
)
_texts = st.one_of(
    st.text(),
    st.lists(st.one_of(_scrape_lines, st.text(max_size=30)), max_size=12).map("\n".join),
)


@settings(max_examples=300, deadline=None)
@given(_texts, st.sampled_from([None, "de", "en", "uk", "ru"]))
def test_properties_of_cleaning(raw: str, lang: str | None) -> None:
    cleaned, removed = clean_text(raw, lang)
    # Offsets are valid and the span text is what the raw text has there.
    for span in removed:
        assert 0 <= span.start < span.end <= len(raw)
        assert raw[span.start : span.end] == span.text
    # Spans do not overlap and come in order.
    assert all(a.end <= b.start for a, b in itertools.pairwise(removed))
    # Every kept line is a line of the raw text (normalised), in order.
    raw_lines = _normalised_lines(raw)
    position = 0
    for line in [line for line in cleaned.split("\n") if line]:
        position = raw_lines.index(line, position) + 1
    # Idempotent: a clean text has nothing more to remove.
    again, removed_again = clean_text(cleaned, lang)
    assert again == cleaned
    assert removed_again == []
