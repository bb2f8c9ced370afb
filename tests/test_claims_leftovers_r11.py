"""Event vocabulary and placing leftovers of round 11 (second wave). The sentences are written for
these tests; places get made-up ids.

- An attack whose means are missiles, drones or bombs is a strike, also with a longer quantity or
  type before the weapon ("with a dozen Shahed drones", "двумя десятками ударных беспилотников") and
  as "a missile attack" after a verb of launching; ground attacks stay fighting.
- A compass part of the country ("in western Ukraine", "im Westen der Ukraine", "на западе Украины",
  "на заході України") is a region, like a named region no place of a claim (claims.yaml
  ``country_part_before``); the country itself after a strike still is, and a town named in the
  sentence still places it.
- "Opposite X" ("напротив X", "навпроти X", "gegenüber von X") is a reference point like "near X"
  (``secondary_before``): "the town opposite X" is the town the text is about; X alone still places
  a claim.
- German "das Dorf", "das Städtchen"-type anaphora with the article "das" refer back like "die Stadt".
- A part of the town after named places in a verb-final clause ("die Dörfer A und B sowie Viertel im
  Norden der Stadt befreit") does not take the named places away from the verb
  (``part_of_town_before``); "took A and encircled the town" still places the encirclement at the town.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_checked, settlement
from claims_helpers import settlement_keys as keys

TOWN = "gn:1"
OTHER = "gn:2"
THIRD = "gn:3"


def country_keys(text: str, lang: str, country: str, names: list[str]) -> set[ClaimKey]:
    places = [settlement(name, number) for number, name in enumerate(names, start=1)]
    places.append((country, "iso:UA", "country"))
    return claim_keys(extract_checked(text, lang, places))


# --------------------------------------------------------------------------- attacks by weapons are strikes


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "en",
            "Russian troops pushed forward near Toretsk. Russia attacked Izmail before dawn with "
            "about twenty Shahed drones.",
            ["Izmail", "Toretsk"],
        ),
        (
            "en",
            "Russian troops pushed forward near Toretsk. Ukraine attacked the Belbek airbase with "
            "two dozen long-range drones.",
            ["Belbek", "Toretsk"],
        ),
        (
            "en",
            "Russian troops pushed forward near Toretsk. "
            "Overnight Russia launched a missile attack on Izmail.",
            ["Izmail", "Toretsk"],
        ),
        (
            "ru",
            "Российские войска продвинулись у Торецка. Ночью Россия атаковала Измаил двумя "
            "десятками ударных беспилотников.",
            ["Измаил", "Торецка"],
        ),
        (
            "ru",
            "Российские войска продвинулись у Торецка. Вечером армия атаковала Измаил тяжёлыми ракетами.",
            ["Измаил", "Торецка"],
        ),
    ],
)
def test_an_attack_by_weapons_is_a_strike(lang: str, text: str, names: list[str]) -> None:
    found = keys(text, lang, names)
    assert any(k[0] == "strike" and k[1] == TOWN for k in found)
    assert not any(k[0] == "fighting" and k[1] == TOWN for k in found)


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "en",
            "Russian troops pushed forward near Toretsk. Russian forces launched fresh attacks on Niu-York.",
            ["Niu-York", "Toretsk"],
        ),
        (
            "en",
            "Russian troops pushed forward near Toretsk. "
            "Russian infantry attacked Niu-York with armoured vehicles.",
            ["Niu-York", "Toretsk"],
        ),
        (
            "ru",
            "Российские войска продвинулись у Торецка. Штурмовики атаковали позиции ВСУ в районе Нью-Йорка.",
            ["Нью-Йорка", "Торецка"],
        ),
    ],
)
def test_a_ground_attack_stays_fighting(lang: str, text: str, names: list[str]) -> None:
    assert any(k[0] == "fighting" and k[1] == TOWN for k in keys(text, lang, names))


# --------------------------------------------------------------------------- a compass part of the country


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        (
            "en",
            "Moscow said its missiles had destroyed fuel depots in western Ukraine overnight.",
            "Ukraine",
        ),
        ("en", "Russian drones again hit energy facilities in the south of Ukraine.", "Ukraine"),
        (
            "de",
            "Russland hat erneut Treibstofflager im Westen der Ukraine mit Raketen beschossen.",
            "Ukraine",
        ),
        ("de", "Russische Raketen trafen in der Nacht Umspannwerke in der südlichen Ukraine.", "Ukraine"),
        ("ru", "Российские ракеты снова поразили нефтебазы на западе Украины.", "Украины"),
        ("ru", "Противник нанёс удары по подстанциям южной Украины.", "Украины"),
        ("uk", "Росіяни знову вдарили ракетами по нафтобазах на заході України.", "України"),
        ("uk", "Ворог атакував дронами енергетичні об'єкти півдня України.", "України"),
    ],
)
def test_a_compass_part_of_the_country_places_nothing(lang: str, text: str, country: str) -> None:
    found = country_keys(text, lang, country, [])
    assert any(k[0] == "strike" for k in found)
    assert not any(k[1] == "iso:UA" for k in found)


@pytest.mark.parametrize(
    ("lang", "text", "country", "names", "place"),
    [
        ("en", "Russian missiles hit power plants across Ukraine overnight.", "Ukraine", [], "iso:UA"),
        ("ru", "Россия нанесла удары по объектам энергетики Украины.", "Украины", [], "iso:UA"),
        (
            "de",
            "Russland beschoss die Stadt Drohobytsch im Westen der Ukraine.",
            "Ukraine",
            ["Drohobytsch"],
            TOWN,
        ),
        ("uk", "Ракета влучила в Дрогобич на заході України.", "України", ["Дрогобич"], TOWN),
    ],
)
def test_the_country_or_a_town_still_places(
    lang: str, text: str, country: str, names: list[str], place: str
) -> None:
    found = country_keys(text, lang, country, names)
    assert any(k[0] == "strike" and k[1] == place for k in found)


# ---------------------------------------------------------------- "opposite X" is a reference point


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "ru",
            "Российские военные вошли в Голую Пристань в марте. С тех пор посёлок напротив Херсона "
            "находится под их контролем.",
            ["Голую Пристань", "Херсона"],
        ),
        (
            "uk",
            "Росіяни зайшли в Голу Пристань навесні. Відтоді селище навпроти Херсона під їхнім контролем.",
            ["Голу Пристань", "Херсона"],
        ),
        (
            "en",
            "Russian troops entered Hola Prystan in March. Since then the town opposite Kherson has been "
            "under their control.",
            ["Hola Prystan", "Kherson"],
        ),
        (
            "de",
            "Russische Truppen rückten im März in Hola Prystan ein. Seither kontrollieren russische Soldaten "
            "die Stadt gegenüber von Cherson.",
            ["Hola Prystan", "Cherson"],
        ),
    ],
)
def test_the_town_opposite_a_city_is_the_town(lang: str, text: str, names: list[str]) -> None:
    found = keys(text, lang, names)
    assert any(k[0] == "control_held" and k[1] == TOWN for k in found)
    assert not any(k[0] == "control_held" and k[1] == OTHER for k in found)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("uk", "Сили оборони утримують позиції на островах навпроти Херсона.", "Херсона"),
        ("ru", "Ночью ВСУ обстреляли позиции напротив Херсона.", "Херсона"),
    ],
)
def test_opposite_alone_still_places(lang: str, text: str, name: str) -> None:
    assert any(k[1] == TOWN for k in keys(text, lang, [name]))


# --------------------------------------------------------------------------- German "das Dorf"


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainische Einheiten erreichten Welyka Komyschuwacha. Die russischen Truppen, die das Dorf seit "
        "April gehalten hatten, zogen sich vermutlich nach Osten zurück.",
        "Ukrainische Einheiten erreichten Welyka Komyschuwacha. Russische Soldaten hätten das Dorf "
        "am Abend verlassen, hieß es.",
    ],
)
def test_das_dorf_refers_back(text: str) -> None:
    found = keys(text, "de", ["Welyka Komyschuwacha"])
    assert any(k[0] == "withdrawal" and k[1] == TOWN for k in found)
    assert not any(k[0] == "withdrawal" and k[1] is None for k in found)


def test_das_dorf_with_its_name_is_that_village() -> None:
    found = keys("Russische Truppen haben das Dorf Kosatscha Lopan eingenommen.", "de", ["Kosatscha Lopan"])
    assert ("control_change", TOWN, "RU", "asserted") in found


# ---------------------------------------------------------------- a part of the town after named places


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "de",
            "Die Nationalgarde meldet Erfolge bei Wowtschansk. Ihre Einheiten hätten die Dörfer Tyche-Nord "
            "und Starytsja sowie mehrere Straßen im Osten der Stadt befreit, hieß es.",
            ["Tyche-Nord", "Starytsja", "Wowtschansk"],
        ),
        (
            "de",
            "Ukrainische Truppen stehen in Wowtschansk. Zuvor hätten sie Tyche-Nord, Starytsja und Teile "
            "der Stadt zurückerobert.",
            ["Tyche-Nord", "Starytsja", "Wowtschansk"],
        ),
        (
            "en",
            "Ukrainian troops pushed into Vovchansk. Tykhe-Nord, Starytsia and several streets in the east "
            "of the town were retaken, the brigade said.",
            ["Tykhe-Nord", "Starytsia", "Vovchansk"],
        ),
    ],
)
def test_a_part_of_the_town_keeps_the_named_places(lang: str, text: str, names: list[str]) -> None:
    found = keys(text, lang, names)
    assert any(k[0] == "control_change" and k[1] == TOWN for k in found)
    assert any(k[0] == "control_change" and k[1] == OTHER for k in found)


def test_an_anaphor_of_its_own_verb_still_wins() -> None:
    found = keys(
        "Russian forces captured Krasnohorivka and then encircled the town.", "en", ["Krasnohorivka"]
    )
    assert ("encirclement", TOWN, "RU", "asserted") in found
