"""Probes for the round-10 place and side rules (claims/placing.py, sides.py).

- a holding word ("occupied", "besetzt", "окупований") names as held the place it qualifies, a region
  too: "near A in occupied Crimea" is a holding of Crimea, and A stays the place of the sentence's other
  event (gold/README.md: background holdings are control_held claims);
- a pocket that a side's own channel states as a fact ("Лиман фактически в полукольце") is the enemy's,
  so the channel's side closes it (round-6 audit rule 2), unless the sentence words it as a threat or
  says who holds the place in the ring; an official's pocket stays a threat to its own side.

The sentences are written for these tests, in several languages, with negative probes.
"""

from __future__ import annotations

import pytest

from claims_helpers import PlaceSpec, extract_from, oblast, place_side_keys, settlement

Keys = set[tuple[str, str | None, str | None]]


def of_type(keys: Keys, event_type: str) -> Keys:
    return {k for k in keys if k[0] == event_type}


# --- a holding word governs the place it qualifies


@pytest.mark.parametrize(
    ("lang", "text", "places", "held"),
    [
        (
            "en",
            "Ukrainian drones hit a radar site near Saky in occupied Crimea.",
            [settlement("Saky", 1), oblast("Crimea", "UA-43")],
            "iso:UA-43",
        ),
        (
            "uk",
            "Біля Джанкоя в окупованому Криму пролунали вибухи.",
            [settlement("Джанкоя", 1), oblast("Криму", "UA-43")],
            "iso:UA-43",
        ),
        (
            "uk",
            "Під Мелітополем на окупованій частині Запорізької області знищено склад.",
            [settlement("Мелітополем", 1), oblast("Запорізької області", "UA-23")],
            "iso:UA-23",
        ),
        (
            "de",
            "Bei Melitopol im russisch besetzten Teil des Gebiets Saporischschja brannte ein Depot.",
            [settlement("Melitopol", 1), oblast("Gebiets Saporischschja", "UA-23")],
            "iso:UA-23",
        ),
    ],
)
def test_a_holding_word_holds_the_region_it_qualifies(
    lang: str, text: str, places: list[PlaceSpec], held: str
) -> None:
    keys = place_side_keys(text, lang, places)
    assert of_type(keys, "control_held") == {("control_held", held, "RU")}
    # The settlement the clause locates by the region is not said to be held.
    assert ("control_held", "gn:1", "RU") not in keys


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "de",
            "Die Explosion ereignete sich im russisch besetzten Isjum im Gebiet Charkiw.",
            [settlement("Isjum", 1), oblast("Gebiet Charkiw", "UA-63")],
        ),
        (
            "en",
            "Shelling hit the Russian-held town of Kupiansk in the Kharkiv region.",
            [settlement("Kupiansk", 1), oblast("Kharkiv region", "UA-63")],
        ),
    ],
)
def test_a_holding_word_before_a_settlement_still_holds_the_settlement(
    lang: str, text: str, places: list[PlaceSpec]
) -> None:
    keys = place_side_keys(text, lang, places)
    assert of_type(keys, "control_held") == {("control_held", "gn:1", "RU")}


@pytest.mark.parametrize(
    ("lang", "text", "towns"),
    [
        (
            "en",
            "Russian bloggers say Russian units are still holding Kupiansk and parts of Balakliia.",
            ["Kupiansk", "Balakliia"],
        ),
        (
            "de",
            "Russische Truppen halten weiterhin Kupjansk und Teile von Balaklija.",
            ["Kupjansk", "Balaklija"],
        ),
    ],
)
def test_a_holding_keeps_the_list_its_place_heads(lang: str, text: str, towns: list[str]) -> None:
    keys = place_side_keys(text, lang, [settlement(t, n) for n, t in enumerate(towns, 1)])
    assert of_type(keys, "control_held") == {("control_held", "gn:1", "RU"), ("control_held", "gn:2", "RU")}


def test_the_located_settlement_keeps_the_other_event() -> None:
    keys = place_side_keys(
        "Ukrainian drones hit a radar site near Saky in occupied Crimea.",
        "en",
        [settlement("Saky", 1), oblast("Crimea", "UA-43")],
    )
    assert {k[1] for k in of_type(keys, "strike")} == {"gn:1"}


# --- who closes a pocket that a side's own channel reports

#: A first sentence in a Russian channel's own voice ("our").
OUR_PUSH = "Наши штурмовики продвинулись у Кременной. "


def encirclements(text: str, lang: str, towns: list[str], source: str) -> set[tuple[str | None, str | None]]:
    claims = extract_from(text, lang, [settlement(t, n) for n, t in enumerate(towns, 1)], source)
    return {
        (c.place.place_id if c.place else None, c.actor_side)
        for c in claims
        if c.event_type == "encirclement"
    }


@pytest.mark.parametrize(
    ("lang", "text", "towns", "source", "closer"),
    [
        (
            "ru",
            OUR_PUSH + "Лиман фактически в полукольце, у противника осталась одна дорога.",
            ["Кременной", "Лиман"],
            "Фронтовой вестник Z",
            "RU",
        ),
        (
            "en",
            "Our guys pushed forward near Kreminna. Lyman is now half encircled.",
            ["Kreminna", "Lyman"],
            "Z Front Notes",
            "RU",
        ),
        (
            "de",
            "Unsere Jungs rücken bei Kreminna vor. Lyman ist fast eingekesselt.",
            ["Kreminna", "Lyman"],
            "Frontkanal Z",
            "RU",
        ),
        (
            "uk",
            "Наші хлопці тримають оборону біля Куп'янська. Сватове майже в котлі.",
            ["Куп'янська", "Сватове"],
            "Фронт Слобожанщини",
            "UA",
        ),
    ],
)
def test_a_channel_stating_a_pocket_closes_it(
    lang: str, text: str, towns: list[str], source: str, closer: str
) -> None:
    assert encirclements(text, lang, towns, source) == {("gn:2", closer)}


@pytest.mark.parametrize(
    ("text", "closer"),
    [
        # A threat word: the channel warns of a ring around its own troops.
        (
            OUR_PUSH + "Главная угроза — Лиман: группировка там в полуокружении.",
            "UA",
        ),
        # The sentence says the channel's side holds the town in the ring.
        (
            OUR_PUSH + "Лиман в полуокружении, наш гарнизон пока удерживает город.",
            "UA",
        ),
    ],
)
def test_a_channel_warning_of_its_own_pocket_is_the_other_sides_ring(text: str, closer: str) -> None:
    assert encirclements(text, "ru", ["Кременной", "Лиман"], "Фронтовой вестник Z") == {("gn:2", closer)}


def test_an_officials_pocket_is_still_a_threat_to_its_own_side() -> None:
    claims = encirclements(
        "Генштаб ЗСУ повідомив, що Авдіївка в напівоточенні.", "uk", ["Авдіївка"], "Testblatt"
    )
    assert claims == {("gn:1", "RU")}


# --- the side of a target or of a holding phrase is not who fired


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("en", "A large explosion destroyed a Russian ammunition depot near Melitopol.", "Melitopol"),
        ("en", "Shelling hit the Russian-held town of Kupiansk.", "Kupiansk"),
        ("en", "Explosions were heard in Russian-occupied Melitopol overnight.", "Melitopol"),
        ("de", "Die Explosion ereignete sich im russisch besetzten Isjum.", "Isjum"),
        ("uk", "Вибухи пролунали в окупованому росіянами Мелітополі.", "Мелітополі"),
    ],
)
def test_a_strike_whose_only_side_is_the_target_or_the_holder_names_nobody(
    lang: str, text: str, town: str
) -> None:
    keys = place_side_keys(text, lang, [settlement(town, 1)])
    assert of_type(keys, "strike") == {("strike", "gn:1", None)}


@pytest.mark.parametrize(
    ("lang", "text", "places", "striker"),
    [
        # The attacker is named, or a party says it fired, or the target is a country itself.
        ("en", "Ukrainian artillery hit Russian positions near Tokmak.", [settlement("Tokmak", 1)], "UA"),
        (
            "en",
            "Ukraine says it destroyed a Russian landing ship in Berdiansk.",
            [settlement("Berdiansk", 1)],
            "UA",
        ),
        ("de", "Großer Drohnenangriff auf Russland.", [], "UA"),
        ("en", "Drones attacked Russia overnight.", [], "UA"),
    ],
)
def test_a_named_or_self_reported_striker_keeps_its_side(
    lang: str, text: str, places: list[PlaceSpec], striker: str
) -> None:
    assert {k[2] for k in of_type(place_side_keys(text, lang, places), "strike")} == {striker}


def test_a_sides_own_report_of_hitting_the_enemy_is_its_strike() -> None:
    # A Ukrainian General Staff report: strikes "on the enemy" are its own.
    keys = place_side_keys(
        "Генштаб ЗСУ повідомив, що сили оборони завдали ударів по позиціях противника біля Токмака.",
        "uk",
        [settlement("Токмака", 1)],
    )
    assert {k[2] for k in of_type(keys, "strike")} == {"UA"}


# --- the region an area or settlement figure is for


@pytest.mark.parametrize(
    ("lang", "text", "places", "scope"),
    [
        # The region is named in the speech frame, the town in the reported clause.
        (
            "de",
            "Im Gebiet Donezk meldete der Kommandeur, nahe Dobropillja seien 120 km² befreit worden.",
            [oblast("Gebiet Donezk", "UA-14"), settlement("Dobropillja", 1)],
            "iso:UA-14",
        ),
        (
            "en",
            "In the Kharkiv region, the governor said, troops had liberated more than 40 settlements.",
            [oblast("Kharkiv region", "UA-63")],
            "iso:UA-63",
        ),
        # A figure for two regions has no single place.
        (
            "uk",
            "Сили оборони звільнили дев'ять населених пунктів на Харківщині та Луганщині.",
            [oblast("Харківщині", "UA-63"), oblast("Луганщині", "UA-09")],
            None,
        ),
        # The region only locates one listed village; the figure is for a front.
        (
            "en",
            "Six villages were liberated on the southern front, including Alpha in the Zaporizhzhia region.",
            [settlement("Alpha", 1), oblast("Zaporizhzhia region", "UA-23")],
            None,
        ),
    ],
)
def test_a_figure_takes_the_one_region_it_is_for(
    lang: str, text: str, places: list[PlaceSpec], scope: str | None
) -> None:
    keys = place_side_keys(text, lang, places)
    figures = {k for k in keys if k[0] in ("area_claim", "settlement_count")}
    assert figures and {k[1] for k in figures} == {scope}


# --- a place holding out names no side; a front sector named by reference is no place


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("uk", "«Білогорівка тримається», – наголосив він у середу.", "Білогорівка"),
        ("uk", "Білогорівка тримається, повідомили в Генштабі ЗСУ.", "Білогорівка"),
        ("en", "Ukraine's General Staff said Bakhmut is holding out.", "Bakhmut"),
    ],
)
def test_a_place_holding_out_names_no_side(lang: str, text: str, town: str) -> None:
    assert of_type(place_side_keys(text, lang, [settlement(town, 1)]), "control_held") == {
        ("control_held", "gn:1", None)
    }


@pytest.mark.parametrize(
    ("lang", "text", "town", "side"),
    [
        # The holders are named, or the holding word names the occupier.
        ("ru", "Наши подразделения удерживают Двуречную.", "Двуречную", "RU"),
        ("en", "Ukrainian forces still hold Avdiivka, the General Staff said.", "Avdiivka", "UA"),
        ("uk", "Мар'їнка досі окупована.", "Мар'їнка", "RU"),
    ],
)
def test_a_holding_with_its_side_named_keeps_it(lang: str, text: str, town: str, side: str) -> None:
    assert of_type(place_side_keys(text, lang, [settlement(town, 1)]), "control_held") == {
        ("control_held", "gn:1", side)
    }


@pytest.mark.parametrize(
    ("lang", "text", "town", "event_type"),
    [
        (
            "ru",
            "Главная угроза — Лиман. Противник сосредоточил на этом участке до 20 тысяч человек.",
            "Лиман",
            "force_estimate",
        ),
        (
            "uk",
            "Бої точаться біля Торецька. Командування перекидає на цю ділянку резерви.",
            "Торецька",
            "reinforcement",
        ),
        (
            "en",
            "Heavy fighting continues near Toretsk. The command is moving reserves to this sector.",
            "Toretsk",
            "reinforcement",
        ),
        (
            "de",
            "Bei Torezk wird heftig gekämpft. Die Führung verlegt Reserven in diesen Abschnitt.",
            "Torezk",
            "reinforcement",
        ),
    ],
)
def test_a_sector_named_by_reference_is_no_place(lang: str, text: str, town: str, event_type: str) -> None:
    keys = of_type(place_side_keys(text, lang, [settlement(town, 1)]), event_type)
    assert keys and {k[1] for k in keys} == {None}


def test_there_still_points_at_the_town() -> None:
    keys = place_side_keys(
        "Бої точаться біля Торецька. Там противник підтягує резерви.", "uk", [settlement("Торецька", 1)]
    )
    assert {k[1] for k in of_type(keys, "reinforcement")} == {"gn:1"}


# --- a bridge between places is at none of them; a bridge at a town is in it


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "de",
            "Ein Raketenangriff hat am Morgen die Tschonhar-Brücke beschädigt.",
            [settlement("Tschonhar", 1)],
        ),
        ("en", "A missile strike damaged the Chonhar bridge on Thursday.", [settlement("Chonhar", 1)]),
        ("uk", "Ракети пошкодили Чонгарський міст.", [settlement("Чонгарський", 1)]),
        (
            "en",
            "Repeated Ukrainian strikes have left the Antonivskyi Bridge near Kherson unusable.",
            [("Antonivskyi Bridge", "facility:antonivskyi-bridge", "other"), settlement("Kherson", 1)],
        ),
    ],
)
def test_a_bridge_between_places_has_no_place(lang: str, text: str, places: list[PlaceSpec]) -> None:
    keys = of_type(place_side_keys(text, lang, places), "strike")
    assert keys and {k[1] for k in keys} == {None}


@pytest.mark.parametrize(
    ("lang", "text", "town", "event_type"),
    [
        (
            "de",
            "Die Brücken bei Nowa Kachowka liegen unter ukrainischem Artilleriefeuer.",
            "Nowa Kachowka",
            "strike",
        ),
        ("en", "Russian troops blew up the bridge at Shchastia.", "Shchastia", "demolition"),
        ("ru", "ВСУ снова ударили по мосту у Затоки.", "Затоки", "strike"),
    ],
)
def test_a_bridge_at_a_town_is_in_the_town(lang: str, text: str, town: str, event_type: str) -> None:
    keys = of_type(place_side_keys(text, lang, [settlement(town, 1)]), event_type)
    assert keys and {k[1] for k in keys} == {"gn:1"}


# --- a withdrawal "from the town" toward a named place leaves the town


@pytest.mark.parametrize(
    ("lang", "text", "towns"),
    [
        (
            "ru",
            "Наши вошли в Светлодарск. Противник ночью спешно отошёл из города в сторону Бахмута.",
            ["Светлодарск", "Бахмута"],
        ),
        (
            "de",
            "Wir sind in Lyman. Die Russen zogen sich aus der Stadt in Richtung Kreminna zurück.",
            ["Lyman", "Kreminna"],
        ),
        ("uk", "ЗСУ увійшли в Лиман. Окупанти відступили з міста в бік Кремінної.", ["Лиман", "Кремінної"]),
    ],
)
def test_a_withdrawal_from_the_town_toward_a_place_leaves_the_town(
    lang: str, text: str, towns: list[str]
) -> None:
    keys = place_side_keys(text, lang, [settlement(t, n) for n, t in enumerate(towns, 1)])
    assert {k[1] for k in of_type(keys, "withdrawal")} == {"gn:1"}


def test_an_advance_toward_a_place_does_not_take_the_town_of_another_event() -> None:
    # "the loss of the town" belongs to the loss; the push toward B has no place of its own.
    keys = place_side_keys(
        "Fighting goes on in Vuhledar. Its loss would let Russian forces push north toward Kurakhove.",
        "en",
        [settlement("Vuhledar", 1), settlement("Kurakhove", 2)],
    )
    assert ("advance", "gn:1", "RU") not in keys


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("uk", "Кринки тримаємо, хоч і важко. Наша піхота досі там.", "Кринки"),
        ("uk", "Наші хлопці на місці. Кринки тримаємо.", "Кринки"),
    ],
)
def test_a_place_the_speaker_holds_keeps_the_speakers_side(lang: str, text: str, town: str) -> None:
    # "Кринки тримаємо" is "we hold Krynky": the place is the object of a first-person verb, so the
    # channel's own side holds it (unlike "Кринки тримаються", which names no side).
    claims = extract_from(text, lang, [settlement(town, 1)], "Лівий берег | Канал")
    held = [c for c in claims if c.event_type == "control_held"]
    assert held and {c.source.side for c in held} == {"UA"}
    assert {c.actor_side for c in held} == {"UA"}, [(c.event_type, c.actor_side) for c in claims]
