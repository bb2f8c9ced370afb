"""Language detection on short posts, where py3langid alone is unreliable."""

from __future__ import annotations

import pytest
import yaml

from frontwatch.ingest import detect_language, language
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


OBVIOUS_PARAGRAPHS = [
    (
        "Die ukrainischen Truppen haben nach Angaben des Generalstabs die Stadt Isjum zurückerobert. "
        "Russische Einheiten seien in der Nacht über den Fluss abgezogen, sagte ein Sprecher. Für die "
        "Bewohner ist das eine große Erleichterung, auch wenn die Kämpfe im Umland weitergehen.",
        "de",
    ),
    (
        "Ukrainian forces said they had pushed back into the city after two days of fighting. The "
        "general staff reported that Russian units were withdrawing from the area, and residents said "
        "that the bridge to the village had been destroyed by the retreating troops.",
        "en",
    ),
    (
        "Сили оборони повідомили, що після дводенних боїв місто знову під контролем ЗСУ. Окупанти "
        "відходять, але ворог ще обстрілює околиці. Жителі кажуть, що це дуже важливий день, бо "
        "їхні родини вже були евакуйовані.",
        "uk",
    ),
    (
        "Как сообщил источник, после двухдневных боёв город снова под контролем ВСУ. Враг отступает, "
        "но обстрелы окраин продолжаются. Жители говорят, что это очень важный день, потому что их "
        "семьи уже были эвакуированы, а подъезды к городу ещё заминированы.",
        "ru",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OBVIOUS_PARAGRAPHS)
def test_obvious_texts_skip_py3langid_and_agree_with_it(
    text: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_shortcut = detect_language(text)
    # The same text without the shortcut: py3langid and the hints together must say the same.
    monkeypatch.setattr(language, "_obvious_language", lambda *args: None)
    assert detect_language(text) == with_shortcut == expected
    monkeypatch.undo()
    # And the shortcut did decide it: with py3langid unavailable the answer is still there.
    monkeypatch.setattr(language, "_restricted_identifier", _no_py3langid)
    assert detect_language(text) == expected


def _no_py3langid() -> None:
    raise AssertionError("py3langid was asked about an obvious text")


def test_a_neighbour_language_is_never_obvious(monkeypatch: pytest.MonkeyPatch) -> None:
    # Belarusian shares і with Ukrainian but not ї / є: the shortcut must leave it to py3langid.
    text = (
        "Беларускія журналісты паведамляюць, што ўкраінскае войска вызваліла некалькі населеных "
        "пунктаў на ўсходзе краіны, а расійскія часткі адышлі, і баі там працягваюцца."
    )
    monkeypatch.setattr(language, "_restricted_identifier", _no_py3langid)
    with pytest.raises(AssertionError, match="py3langid was asked"):
        detect_language(text)
