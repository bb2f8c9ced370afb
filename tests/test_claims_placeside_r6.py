"""Probes for the round-6 place and side rules (claims/anaphora.py, claims/sides.py).

- a road named only by where it leads ("the road to B", "трасса на B") is the supply line of the town
  the text is about, not of B; a place of its own ("... near C") and a far end the text is about stay;
- a side word before a complementizer or subordinating word is the matrix subject, which closes the
  ring around a town threatened or passively encircled in the clause after it (or escapes it, when
  its verb is a withdrawal);
- a side word that only introduces a speaker ("the Ukrainian command said ...") is neither the
  encircler nor the encircled of a threatened encirclement; a withdrawal told with it decides;
- a region word in a speaker's description ("an official in the region said ...") is no place of what
  the speaker tells when that names its place by "the village" itself.

The sentences are written for these tests, in several languages, with negative probes.
"""

from __future__ import annotations

import pytest

from claims_helpers import PlaceSpec, extract_checked, oblast, place_side_keys, settlement

Keys = set[tuple[str, str | None, str | None]]


def supply_places(text: str, lang: str, places: list[PlaceSpec]) -> set[str | None]:
    return {
        place for event_type, place, _ in place_side_keys(text, lang, places) if event_type == "supply_line"
    }


# --- a road named by its far end is the supply line of the town the text is about


@pytest.mark.parametrize(
    ("lang", "text", "town", "far_end"),
    [
        (
            "en",
            "Siversk is holding out. The road west toward Sloviansk is under Russian fire control.",
            "Siversk",
            "Sloviansk",
        ),
        (
            "de",
            "Siwersk hält stand. Die Straße nach Kramatorsk liegt unter russischer Feuerkontrolle.",
            "Siwersk",
            "Kramatorsk",
        ),
        (
            "uk",
            "Сіверськ тримається. Траса на Краматорськ перебуває під вогневим контролем росіян.",
            "Сіверськ",
            "Краматорськ",
        ),
        (
            "ru",
            "Северск держится. Если наши перережут трассу на Краматорск, гарнизону будет тяжело.",
            "Северск",
            "Краматорск",
        ),
        (
            "ru",
            "Северск держится. Трасса на Краматорск находится под огневым контролем наших дронов.",
            "Северск",
            "Краматорск",
        ),
    ],
)
def test_road_named_by_its_far_end_is_the_topic_towns(lang: str, text: str, town: str, far_end: str) -> None:
    found = supply_places(text, lang, [settlement(town, 1), settlement(far_end, 2)])
    assert "gn:1" in found
    assert "gn:2" not in found


def test_road_to_an_unknown_far_end_is_the_topic_towns_de() -> None:
    # The far end is no gazetteer place: the claim is still the town's, not placeless.
    text = "Siwersk hält stand. Die Straße nach Wremiwka liegt seit Tagen unter russischem Beschuss."
    assert supply_places(text, "de", [settlement("Siwersk", 1)]) == {"gn:1"}


def test_road_cut_at_a_place_of_its_own_keeps_it_en() -> None:
    text = "Siversk is holding out. Russian forces cut the road to Kramatorsk near Bilohorivka."
    places = [settlement("Siversk", 1), settlement("Kramatorsk", 2), settlement("Bilohorivka", 3)]
    assert supply_places(text, "en", places) == {"gn:3"}


def test_road_to_the_town_the_text_is_about_stays_there_uk() -> None:
    # The far end was named before: the text is about it, and the road is its supply line.
    text = (
        "Вугледар обороняють морські піхотинці. Якщо Нікольське впаде, росіяни триматимуть під "
        "вогневим контролем дорогу на Вугледар."
    )
    found = supply_places(text, "uk", [settlement("Вугледар", 1), settlement("Нікольське", 2)])
    assert "gn:1" in found


# --- the matrix subject before a complementizer closes the ring


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        (
            "en",
            "The brigade said its soldiers had pulled back after Russian units cut the road and there was a "
            "danger that Vuhledar would be surrounded.",
            "Vuhledar",
        ),
        (
            "en",
            "Officers say Russian assault groups have crossed the river so that Kupiansk could soon be "
            "encircled.",
            "Kupiansk",
        ),
        (
            "ru",
            "В бригаде сообщили, что российские подразделения прорвались на флангах, так что Угледар может "
            "оказаться в окружении.",
            "Угледар",
        ),
    ],
)
def test_matrix_subject_before_a_complementizer_encircles(lang: str, text: str, town: str) -> None:
    found = place_side_keys(text, lang, [settlement(town, 1)])
    assert ("encirclement", "gn:1", "RU") in found
    assert ("encirclement", "gn:1", "UA") not in found


def test_encircled_subject_of_a_passive_is_still_the_patient_en() -> None:
    found = place_side_keys("Russian troops were encircled near Lyman.", "en", [settlement("Lyman", 1)])
    assert ("encirclement", "gn:1", "UA") in found


def test_reported_passive_after_a_verb_of_saying_keeps_the_patient_en() -> None:
    text = "Ukrainian forces say Russian troops near Lyman could be encircled."
    found = place_side_keys(text, "en", [settlement("Lyman", 1)])
    assert ("encirclement", "gn:1", "UA") in found
    assert ("encirclement", "gn:1", "RU") not in found


# --- a side word that only introduces a speaker does not encircle


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        (
            "de",
            "Die ukrainische Truppengruppe teilte mit, die Einheiten hätten Wuhledar verlassen, weil der "
            "Stadt eine Einkesselung drohte.",
            "Wuhledar",
        ),
        (
            "uk",
            "Українське командування повідомило, що підрозділи залишили Вугледар, бо місту загрожувало "
            "оточення.",
            "Вугледар",
        ),
    ],
)
def test_speaker_of_a_threatened_encirclement_is_not_the_encircler(lang: str, text: str, town: str) -> None:
    found = place_side_keys(text, lang, [settlement(town, 1)])
    assert ("withdrawal", "gn:1", "UA") in found
    assert ("encirclement", "gn:1", "RU") in found
    assert ("encirclement", "gn:1", "UA") not in found


# --- a region word in the speaker's description is no place of what is told


@pytest.mark.parametrize(
    ("lang", "text", "village", "region"),
    [
        (
            "en",
            "Ukrainian troops entered Robotyne in Zaporizhzhia Oblast on Monday. A Russian-installed "
            "official in the region said fighting was continuing on the village's southern edge.",
            "Robotyne",
            "Zaporizhzhia Oblast",
        ),
        (
            "de",
            "Ukrainische Truppen sind am Montag in Robotyne im Gebiet Saporischschja eingerückt. Ein "
            "Besatzungsvertreter in der Region sagte, am südlichen Rand des Dorfes werde weiter gekämpft.",
            "Robotyne",
            "Gebiet Saporischschja",
        ),
        (
            "uk",
            "Українські військові зайшли в Роботине на Запоріжжі. Окупаційний чиновник в області заявив, що "
            "на південній околиці села тривають бої.",
            "Роботине",
            "Запоріжжі",
        ),
    ],
)
def test_region_in_the_speakers_description_is_no_place(
    lang: str, text: str, village: str, region: str
) -> None:
    found = place_side_keys(text, lang, [settlement(village, 1), oblast(region, "UA-23")])
    fighting = {place for event_type, place, _ in found if event_type == "fighting"}
    assert fighting == {"gn:1"}


@pytest.mark.parametrize(
    ("lang", "text", "region"),
    [
        (
            "en",
            "Russian troops crossed into Kharkiv Oblast in May. The governor said evacuation of villages in "
            "the region continues.",
            "Kharkiv Oblast",
        ),
        (
            "uk",
            "Російські війська зайшли на Харківщину. Голова ОВА заявив, що евакуація з прикордонних сіл "
            "області триває.",
            "Харківщину",
        ),
    ],
)
def test_region_word_in_what_is_told_still_places_it(lang: str, text: str, region: str) -> None:
    found = place_side_keys(text, lang, [oblast(region, "UA-63")])
    assert any(event_type == "evacuation" and place == "iso:UA-63" for event_type, place, _ in found)


# --- whose attacks they are is not who repels them; "according to" is no verb of saying


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        (
            "de",
            "Ukrainische Einheiten haben nach Angaben des Generalstabs russische Angriffe bei Soledar "
            "zurückgeschlagen.",
            "Soledar",
        ),
        (
            "de",
            "Russische Truppen haben laut dem Verteidigungsministerium ukrainische Vorstöße bei Robotyne "
            "abgewehrt.",
            "Robotyne",
        ),
        (
            "en",
            "Ukrainian units, according to the General Staff, repelled Russian attacks near Soledar.",
            "Soledar",
        ),
        (
            "uk",
            "Українські підрозділи, за даними Генштабу, відбили російські атаки біля Соледара.",
            "Соледара",
        ),
    ],
)
def test_repeller_not_the_attacks_owner_is_the_fighting_side(lang: str, text: str, town: str) -> None:
    found = place_side_keys(text, lang, [settlement(town, 1)])
    subject = "RU" if text.startswith("Russische") else "UA"
    assert ("fighting", "gn:1", subject) in found
    assert ("fighting", "gn:1", "RU" if subject == "UA" else "UA") not in found


@pytest.mark.parametrize(
    ("lang", "text", "side"),
    [
        ("de", "Die ukrainische Armee meldete Gefechte bei Soledar.", None),
        ("de", "Ukrainische und russische Truppen liefern sich Gefechte bei Soledar.", None),
        ("en", "Russian attacks near Soledar continue.", "RU"),
    ],
)
def test_fighting_side_without_a_repelling_subject_unchanged(lang: str, text: str, side: str | None) -> None:
    found = place_side_keys(text, lang, [settlement("Soledar", 1)])
    assert ("fighting", "gn:1", side) in found


# --- "they" set off from its verb by an insert still carries the side named before


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        (
            "ru",
            "На запорожском направлении российские войска заметно ускорились. По оценке аналитиков, они, "
            "вероятно, вышли к окраинам Гуляйполя.",
            "Гуляйполя",
        ),
        (
            "uk",
            "На запорізькому напрямку російські війська помітно пришвидшилися. За оцінкою аналітиків, вони, "
            "ймовірно, вийшли до околиць Гуляйполя.",
            "Гуляйполя",
        ),
        (
            "en",
            "Russian troops have sped up on the Zaporizhzhia front. According to analysts, they, in all "
            "likelihood, reached the outskirts of Huliaipole.",
            "Huliaipole",
        ),
    ],
)
def test_unnamed_subject_set_off_by_an_insert_carries_the_side(lang: str, text: str, town: str) -> None:
    found = place_side_keys(text, lang, [settlement(town, 1)])
    assert ("advance", "gn:1", "RU") in found
    assert ("advance", "gn:1", None) not in found


def test_unnamed_subject_without_a_side_before_stays_without_en() -> None:
    text = "According to analysts, they, in all likelihood, reached the outskirts of Huliaipole."
    found = place_side_keys(text, "en", [settlement("Huliaipole", 1)])
    assert ("advance", "gn:1", "RU") not in found
    assert ("advance", "gn:1", "UA") not in found


# --- attacks repelled in a passive: the side on the attacks is no subject of the fighting


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("de", "Bei Soledar seien mehrere russische Angriffe abgewehrt worden.", "Soledar"),
        ("de", "Bei Soledar wurden ukrainische Vorstöße zurückgeschlagen.", "Soledar"),
        ("en", "Several Russian attacks near Soledar were repelled overnight.", "Soledar"),
        ("ru", "У Соледара отражены несколько атак ВСУ.", "Соледара"),
    ],
)
def test_agentless_repelled_attacks_name_no_fighting_side(lang: str, text: str, town: str) -> None:
    found = place_side_keys(text, lang, [settlement(town, 1)])
    assert ("fighting", "gn:1", None) in found
    assert not {side for event_type, _, side in found if event_type == "fighting"} - {None}


@pytest.mark.parametrize(
    ("lang", "text", "town", "side"),
    [
        ("en", "Russian attacks near Soledar were repelled by Ukrainian units.", "Soledar", "UA"),
        ("ru", "Подразделениями группировки «Запад» отражены атаки ВСУ у Соледара.", "Соледара", "RU"),
        ("de", "Ukrainische Einheiten wehrten bei Soledar russische Angriffe ab.", "Soledar", "UA"),
    ],
)
def test_repelling_agent_or_subject_is_the_fighting_side(lang: str, text: str, town: str, side: str) -> None:
    found = place_side_keys(text, lang, [settlement(town, 1)])
    assert ("fighting", "gn:1", side) in found


# --- a channel's sign-off says whose side it writes for; a line under a title that tells its own
# --- event does not make the post its speaker's


@pytest.mark.parametrize(
    ("lang", "text", "town", "channel"),
    [
        (
            "en",
            "Our guys still hold the northern part of Siversk. The enemy shelled Siversk all night.\n"
            "Glory to Ukraine!",
            "Siversk",
            "Siversk Front Line",
        ),
        (
            "de",
            "Unsere Jungs halten weiter den Norden von Siwersk. Der Feind beschoss Siwersk die ganze Nacht.\n"
            "Ruhm der Ukraine!",
            "Siwersk",
            "Frontlinie Siwersk",
        ),
    ],
)
def test_salute_gives_a_first_person_channel_its_side(lang: str, text: str, town: str, channel: str) -> None:
    claims = extract_checked(text, lang, [settlement(town, 1)], channel)
    found = {(c.event_type, c.actor_side) for c in claims}
    assert ("control_held", "UA") in found
    assert ("strike", "RU") in found


def test_salute_inside_quotes_is_the_quoted_persons_en() -> None:
    text = (
        "Residents of Siversk greeted the soldiers with shouts of “Glory to Ukraine!”. The enemy shelled "
        "Siversk all night."
    )
    claims = extract_checked(text, "en", [settlement("Siversk", 1)], "Evening Courier")
    assert {c.actor_side for c in claims if c.event_type == "strike"} == {None}


@pytest.mark.parametrize(
    ("lang", "text", "town", "channel"),
    [
        (
            "en",
            "🟡 SIVERSK: evening update\nMoscow's defence ministry announced the capture of Siversk today. "
            "Our guys say this is untrue.\nThe enemy shelled Siversk all night.",
            "Siversk",
            "Siversk Front Line",
        ),
        (
            "uk",
            "🟡 СІВЕРСЬК: вечірнє зведення\nМіноборони росії заявило про захоплення Сіверська. Наші кажуть, "
            "що це неправда.\nВорог обстрілював Сіверськ усю ніч.",
            "Сіверськ",
            "Сіверський рубіж",
        ),
    ],
)
def test_line_under_a_title_telling_its_own_event_heads_no_post(
    lang: str, text: str, town: str, channel: str
) -> None:
    claims = extract_checked(text, lang, [settlement(town, 1)], channel)
    strikes = [c for c in claims if c.event_type == "strike"]
    assert strikes
    assert all(c.source.name == channel for c in strikes)
    assert all(c.actor_side != "UA" for c in strikes)
