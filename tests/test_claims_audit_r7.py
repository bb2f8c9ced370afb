"""Round 7: the rules follow the conventions the round-6 audit settled (gold/README.md, "Round 6
audit"). Each decision is probed in at least two languages, with sentences where it must apply and
sentences where it must not.

1. A strike whose own sentence names no attacker has actor null, even when the sentence before
   names a side; a pronoun in the same sentence ("they also hit") still names it.
3. ``media_geolocated`` is for media whose location was checked, stated by its authors, or that is
   satellite imagery; a photo or video the text only describes gives no media claim.
4. A failed attempt to move is a negated advance of the attempting side, also when the failure is
   told first ("repelled an attempt to break through"); the repelling subject has the fighting. An
   attempt to attack stays fighting; an attempt with no stated outcome is not negated.
7. A placeless continuation ("Атаки відбито.") keeps the place of the happening it continues; a move
   to an unnamed place ("fell back to a line further south") stays placeless.
8. A present attempt to encircle is a predicted encirclement; an encirclement told as done stays
   asserted.
9. Impersonal hearsay with no subject ("Пишуть, що", "it is said", "Es heißt") is hedged; with a
   named teller it is attribution and stays asserted.
   Repelled attacks: the side is the repelling subject; an agentless passive has none.

Place mentions are built by hand (the places stage is tested elsewhere); the sentences are our own.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_checked, settlement

TOWN = "gn:1"
OTHER_TOWN = "gn:2"


def keys_of(text: str, lang: str, names: list[str]) -> set[ClaimKey]:
    places = [settlement(name, number) for number, name in enumerate(names, start=1)]
    return claim_keys(extract_checked(text, lang, places))


# ------------------------------------------------------------- 1. agentless strikes: actor null

AGENTLESS_AFTER_SIDE: list[tuple[str, str, list[str]]] = [
    (
        "en",
        "Russian forces shelled Izium on Monday. A second missile hit the bus depot in Balakliia.",
        ["Izium", "Balakliia"],
    ),
    (
        "uk",
        "Російські війська обстріляли Ізюм. Ще одна ракета влучила в автостанцію в Балаклії.",
        ["Ізюм", "Балаклії"],
    ),
    (
        "ru",
        "ВСУ обстреляли Горловку. В Енакиево после ночной атаки разрушена котельная.",
        ["Горловку", "Енакиево"],
    ),
    (
        "de",
        "Russische Truppen beschossen Isjum. Eine zweite Rakete traf den Busbahnhof in Balaklija.",
        ["Isjum", "Balaklija"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "names"), AGENTLESS_AFTER_SIDE)
def test_strike_naming_no_attacker_has_no_side(lang: str, text: str, names: list[str]) -> None:
    strikes = {key for key in keys_of(text, lang, names) if key[0] == "strike"}
    assert ("strike", OTHER_TOWN, None, "asserted") in strikes
    assert not any(key[1] == OTHER_TOWN and key[2] is not None for key in strikes)


def test_pronoun_in_the_same_sentence_still_names_the_attacker() -> None:
    text = "Russian forces shelled Izium on Monday; they also hit Balakliia with rockets."
    assert ("strike", OTHER_TOWN, "RU", "asserted") in keys_of(text, "en", ["Izium", "Balakliia"])


# ------------------------------------------------------ 3. media_geolocated only for placed media

DESCRIBED_MEDIA: list[tuple[str, str, str]] = [
    (
        "en",
        "Videos shared on social media show Ukrainian soldiers raising a flag over the school in Izium.",
        "Izium",
    ),
    (
        "uk",
        "У мережі з'явилося відео, де українські військові знімають російський прапор у Куп'янську.",
        "Куп'янську",
    ),
    ("ru", "В сети появилось видео, на котором российские солдаты поднимают флаг в Изюме.", "Изюме"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), DESCRIBED_MEDIA)
def test_media_the_text_only_describes_is_no_geolocation(lang: str, text: str, surface: str) -> None:
    assert not any(key[0] == "media_geolocated" for key in keys_of(text, lang, [surface]))


PLACED_MEDIA: list[tuple[str, str, str]] = [
    ("en", "OSINT analysts geolocated a video of Ukrainian troops in the centre of Izium.", "Izium"),
    (
        "de",
        "Analysten haben ein Video von ukrainischen Soldaten im Zentrum von Isjum geolokalisiert.",
        "Isjum",
    ),
    ("en", "Satellite images show burnt-out hangars at the airfield in Chornobaivka.", "Chornobaivka"),
    ("uk", "Супутникові знімки показують зруйновані мости в Ізюмі.", "Ізюмі"),
    ("ru", "На спутниковых снимках видно разрушенные мосты в Изюме.", "Изюме"),
    ("ru", "Канал выложил ролик с российскими бойцами; по словам авторов, он снят в Изюме.", "Изюме"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), PLACED_MEDIA)
def test_checked_stated_or_satellite_media_is_geolocated(lang: str, text: str, surface: str) -> None:
    assert any(key[:2] == ("media_geolocated", TOWN) for key in keys_of(text, lang, [surface]))


# --------------------------------------------------- 4. a failed attempt is a negated advance

FAILED_ATTEMPTS: list[tuple[str, str, str]] = [
    ("en", "Russian units tried to push toward Kupiansk but were repelled.", "Kupiansk"),
    ("en", "Ukrainian troops repelled a Russian attempt to break through at Synkivka.", "Synkivka"),
    ("uk", "Сили оборони відбили дві спроби росіян прорватися до Синьківки.", "Синьківки"),
    ("ru", "Украинские подразделения отразили попытку российских войск переправиться у Херсона.", "Херсона"),
    (
        "de",
        "Russische Truppen versuchten, auf Kupjansk vorzustoßen, wurden aber zurückgeschlagen.",
        "Kupjansk",
    ),
    ("de", "Die Ukrainer wehrten zwei russische Versuche ab, bei Synkiwka durchzubrechen.", "Synkiwka"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), FAILED_ATTEMPTS)
def test_failed_attempt_is_a_negated_advance_of_the_attempting_side(
    lang: str, text: str, surface: str
) -> None:
    claims = extract_checked(text, lang, [settlement(surface, 1)])
    advances = {(c.actor_side, c.modality) for c in claims if c.event_type == "advance"}
    assert advances == {("RU", "negated")}
    assert any(c.event_type == "fighting" for c in claims)


REPELLED_BY_A_SUBJECT: list[tuple[str, str, str]] = [
    ("en", "Ukrainian troops repelled a Russian attempt to break through at Synkivka.", "Synkivka"),
    ("uk", "Сили оборони відбили дві спроби росіян прорватися до Синьківки.", "Синьківки"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), REPELLED_BY_A_SUBJECT)
def test_the_repelling_subject_has_the_fighting(lang: str, text: str, surface: str) -> None:
    assert ("fighting", TOWN, "UA", "asserted") in keys_of(text, lang, [surface])


NOT_FAILED_MOVES: list[tuple[str, str, str]] = [
    # an attempt to attack names an attack, not a move (ru-010)
    ("ru", "Подразделения отразили попытки противника атаковать Херсон.", "Херсон"),
    ("en", "Ukrainian units repelled Russian attempts to attack Kherson.", "Kherson"),
    # no outcome stated: fighting, not negated
    ("en", "Russian forces are likely trying to break through at Synkivka.", "Synkivka"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), NOT_FAILED_MOVES)
def test_attack_attempts_and_open_attempts_are_no_negated_advance(lang: str, text: str, surface: str) -> None:
    keys = keys_of(text, lang, [surface])
    assert any(key[0] == "fighting" for key in keys)
    assert not any(key[0] == "advance" and key[3] == "negated" for key in keys)


# ---------------------------------------------------- 7. a placeless continuation keeps the place


def test_repelled_attacks_continue_the_fighting_just_placed() -> None:
    text = "Бої тривають поблизу Басівки, противник атакує наші позиції. Атаки відбито."
    claims = extract_checked(text, "uk", [settlement("Басівки", 1)])
    fights = [c for c in claims if c.event_type == "fighting"]
    assert len(fights) == 2
    assert all(c.place is not None and c.place.place_id == TOWN for c in fights)


def test_falling_back_within_the_sentence_takes_the_place() -> None:
    text = "Под Дробышево наши отразили три контратаки ВСУ, противник откатился."
    assert any(key[:2] == ("withdrawal", TOWN) for key in keys_of(text, "ru", ["Дробышево"]))


MOVES_TO_UNNAMED_PLACES: list[tuple[str, str, str]] = [
    (
        "en",
        "Ukrainian troops fought near Robotyne on Monday. "
        "The Russians later fell back to a second line further south.",
        "Robotyne",
    ),
    (
        "de",
        "Ukrainische Truppen kämpften bei Robotyne. "
        "Die Russen zogen sich später auf Stellungen weiter südlich zurück.",
        "Robotyne",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface"), MOVES_TO_UNNAMED_PLACES)
def test_a_move_to_an_unnamed_place_stays_placeless(lang: str, text: str, surface: str) -> None:
    withdrawals = {key for key in keys_of(text, lang, [surface]) if key[0] == "withdrawal"}
    assert withdrawals and all(key[1] is None for key in withdrawals)


# --------------------------------------------------- 8. an attempt to encircle is predicted

ENCIRCLE_ATTEMPTS: list[tuple[str, str, str]] = [
    ("uk", "Ворог намагається обійти Покровськ з флангів.", "Покровськ"),
    ("en", "Russian forces are trying to envelop Avdiivka from the north and south.", "Avdiivka"),
    ("ru", "Российские войска пытаются окружить Авдеевку.", "Авдеевку"),
    ("de", "Russische Truppen versuchen, Awdijiwka einzukesseln.", "Awdijiwka"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), ENCIRCLE_ATTEMPTS)
def test_attempt_to_encircle_is_a_predicted_encirclement(lang: str, text: str, surface: str) -> None:
    encirclements = {key for key in keys_of(text, lang, [surface]) if key[0] == "encirclement"}
    assert encirclements == {("encirclement", TOWN, "RU", "predicted")}


ENCIRCLEMENTS_DONE: list[tuple[str, str, str]] = [
    ("en", "Russian forces have encircled Avdiivka.", "Avdiivka"),
    ("uk", "Російські війська оточили Авдіївку.", "Авдіївку"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), ENCIRCLEMENTS_DONE)
def test_encirclement_told_as_done_stays_asserted(lang: str, text: str, surface: str) -> None:
    assert ("encirclement", TOWN, "RU", "asserted") in keys_of(text, lang, [surface])


# --------------------------------------------------- 9. impersonal hearsay is hedged

IMPERSONAL_HEARSAY: list[tuple[str, str, str]] = [
    ("uk", "Пишуть, що росіяни вже зайшли в Торецьк.", "Торецьк"),
    ("uk", "Кажуть, росіяни вже зайшли в Торецьк.", "Торецьк"),
    ("en", "It is said that Russian troops have entered Toretsk.", "Toretsk"),
    ("de", "Es heißt, russische Truppen seien in Torezk eingedrungen.", "Torezk"),
    ("ru", "Пишут, что российские войска вошли в Торецк.", "Торецк"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), IMPERSONAL_HEARSAY)
def test_hearsay_with_no_subject_is_hedged(lang: str, text: str, surface: str) -> None:
    assert keys_of(text, lang, [surface]) == {("advance", TOWN, "RU", "hedged")}


NAMED_TELLERS: list[tuple[str, str, str]] = [
    ("uk", "Російські пабліки пишуть, що росіяни зайшли в Торецьк.", "Торецьк"),
    ("ru", "Российские военкоры пишут, что российские войска вошли в Торецк.", "Торецк"),
    ("en", "Local officials said Russian troops have entered Toretsk.", "Toretsk"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), NAMED_TELLERS)
def test_hearsay_with_a_named_teller_stays_asserted(lang: str, text: str, surface: str) -> None:
    assert ("advance", TOWN, "RU", "asserted") in keys_of(text, lang, [surface])


# ------------------------------------------------- repelled attacks: the side of the repelling subject

REPELLED_ATTACKS: list[tuple[str, str, str, str | None]] = [
    ("en", "Ukrainian forces repelled Russian attacks near Synkivka.", "Synkivka", "UA"),
    ("de", "Ukrainische Truppen wehrten russische Angriffe bei Synkiwka ab.", "Synkiwka", "UA"),
    ("uk", "Сили оборони відбили атаки біля Синьківки.", "Синьківки", "UA"),
    ("en", "Russian attacks near Synkivka were repelled.", "Synkivka", None),
    ("ru", "Атаки противника у Синьковки отбиты.", "Синьковки", None),
]


@pytest.mark.parametrize(("lang", "text", "surface", "side"), REPELLED_ATTACKS)
def test_repelled_attacks_belong_to_the_repelling_subject(
    lang: str, text: str, surface: str, side: str | None
) -> None:
    assert keys_of(text, lang, [surface]) == {("fighting", TOWN, side, "asserted")}
