"""Language detection on short posts, where py3langid alone is unreliable."""

from __future__ import annotations

import pytest
import yaml

from frontwatch.ingest import detect_language
from frontwatch.ingest.language import available_languages, lang_data_dir, language_profiles

SHORT_POSTS = [
    # German
    ("Isjum ist wieder frei!", "de"),
    ("Kämpfe bei Kupjansk", "de"),
    ("Flagge über Balaklija", "de"),
    ("Die Brücke über den Oskil ist zerstört.", "de"),
    ("Russische Truppen ziehen sich aus Isjum zurück.", "de"),
    # English
    ("Izium is free again", "en"),
    ("Heavy fighting near Kupiansk", "en"),
    ("Balakliia liberated, locals say", "en"),
    ("Russian troops withdraw from Izium.", "en"),
    # Ukrainian
    ("Балаклія наша!", "uk"),
    ("Слава ЗСУ", "uk"),
    ("Ворог тікає", "uk"),
    ("Окупанти тікають з Ізюма", "uk"),
    ("ЗСУ вже в Куп'янську", "uk"),
    ("Ізюм", "uk"),
    # Russian
    ("ВСУ вошли в Балаклею", "ru"),
    ("Враг отступает", "ru"),
    ("Купянск наш", "ru"),
    ("Оккупанты бегут из Изюма", "ru"),
    ("Это перегруппировка, сообщил источник", "ru"),
    ("Изюм", "ru"),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_POSTS)
def test_short_posts(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach Angaben des ukrainischen Generalstabs haben die Streitkräfte in den vergangenen Tagen "
            "mehr als dreißig Ortschaften im Gebiet Charkiw zurückerobert.",
            "de",
        ),
        (
            "The Ukrainian general staff said its forces had retaken more than thirty settlements in "
            "Kharkiv oblast over the past several days.",
            "en",
        ),
        (
            "За даними Генштабу, за кілька днів Сили оборони повернули під контроль понад тридцять "
            "населених пунктів Харківської області.",
            "uk",
        ),
        (
            "По данным украинского генштаба, за несколько дней войска вернули под контроль более тридцати "
            "населённых пунктов Харьковской области.",
            "ru",
        ),
    ],
)
def test_paragraphs(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "12.09.2022 14:00", "🇺🇦🇺🇦🇺🇦", "+++ !!! ---"])
def test_no_letters_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_a_real_belarusian_text_is_not_forced_into_ukrainian() -> None:
    # Belarusian shares і with Ukrainian; ў and the long text let the confusable win.
    text = (
        "Беларускія журналісты паведамляюць, што ўкраінскае войска вызваліла некалькі населеных "
        "пунктаў на ўсходзе краіны, а расійскія часткі адышлі."
    )
    assert detect_language(text) == "be"


def test_every_language_has_consistent_script_hints() -> None:
    profiles = language_profiles()
    assert set(profiles) == set(available_languages())
    for code, profile in profiles.items():
        data = yaml.safe_load((lang_data_dir() / code / "language.yaml").read_text(encoding="utf-8"))
        assert data["script"] == profile.script
        # A letter cannot be both typical of and impossible in the same language.
        assert not profile.unique_letters & profile.excluded_letters
        # Marker words must not be shared between two languages of the same script.
        for other in profiles.values():
            if other.code != code and other.script == profile.script:
                assert not profile.marker_words & other.marker_words, (code, other.code)
