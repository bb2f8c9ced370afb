"""Recall probes, round 4: claims the extractor used to miss, as general phenomena.

1. A motive of avoiding ("withdrew from A to avoid encirclement") names a threat: a predicted
   encirclement by the other side at the place the force left (``clauses._avoided_outcomes``).
2. A bare denial after an aside ("Russian troops blew up the dam. The president called it a crime.
   The Kremlin denies this.") still answers the claims before the aside (``denials._reply_past_aside``).

Each phenomenon has probes in several languages and negative probes where the rule must not fire.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from claims_helpers import claim_keys, extract_checked, settlement

# --- 1. the avoided act of a motive clause -------------------------------------------------------

AVOIDED = [
    (
        "en",
        "Ukrainian units pulled out of Marinka on Tuesday to avoid encirclement, the brigade said.",
        [settlement("Marinka", 101)],
        ("encirclement", "gn:101", "RU", "predicted"),
    ),
    (
        "en",
        "Russian troops withdrew from Kherson. The move was made to avoid being encircled on the right bank.",
        [settlement("Kherson", 102)],
        ("encirclement", "gn:102", "UA", "predicted"),
    ),
    (
        "de",
        "Die ukrainischen Einheiten haben sich aus Wuhledar zurückgezogen, "
        "um einer Einkesselung zu entgehen.",
        [settlement("Wuhledar", 103)],
        ("encirclement", "gn:103", "RU", "predicted"),
    ),
    (
        "uk",
        "Українські підрозділи відійшли з Мар'їнки, щоб уникнути оточення.",
        [settlement("Мар'їнки", 104)],
        ("encirclement", "gn:104", "RU", "predicted"),
    ),
    (
        "ru",
        "Украинское командование отвело войска из Угледара, чтобы избежать окружения.",
        [settlement("Угледара", 105)],
        ("encirclement", "gn:105", "RU", "predicted"),
    ),
    (
        "ru",
        "Российские войска покинули Херсон. Решение приняли, чтобы не попасть в окружение.",
        [settlement("Херсон", 106)],
        ("encirclement", "gn:106", "UA", "predicted"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "expected"), AVOIDED)
def test_avoided_act_is_a_predicted_claim_of_the_other_side(
    lang: str, text: str, places: list[tuple[str, str | None, str]], expected: tuple[str, str, str, str]
) -> None:
    keys = claim_keys(extract_checked(text, lang, places))
    assert expected in keys
    # The avoided pocket is never asserted, nor the moving force's own act.
    assert not any(k[0] == "encirclement" and k[3] == "asserted" for k in keys)


def test_an_avoided_act_with_a_place_of_its_own_stays_there() -> None:
    text = "Ukrainian units withdrew from Pisky in order to prevent the encirclement of Avdiivka."
    keys = claim_keys(extract_checked(text, "en", [settlement("Pisky", 111), settlement("Avdiivka", 112)]))
    assert ("encirclement", "gn:112", "RU", "predicted") in keys
    assert not any(k[0] == "encirclement" and k[1] == "gn:111" for k in keys)


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        # A move with another motive: no pocket at the place left.
        (
            "de",
            "Die russischen Truppen haben sich aus Isjum zurückgezogen, um sich neu zu formieren.",
            [settlement("Isjum", 203)],
        ),
        (
            "en",
            "Russian troops withdrew from Kherson to strengthen the defence of the left bank.",
            [settlement("Kherson", 204)],
        ),
        # Avoiding something that is no act of the other side: the frame alone invents no pocket.
        (
            "ru",
            "Подразделения ВСУ отошли из Лимана, чтобы избежать лишних потерь.",
            [settlement("Лимана", 205)],
        ),
    ],
)
def test_no_avoided_pocket_without_an_avoided_act(
    lang: str, text: str, places: list[tuple[str, str | None, str]]
) -> None:
    keys = claim_keys(extract_checked(text, lang, places))
    assert any(k[0] == "withdrawal" for k in keys)  # the move itself is found
    assert not any(k[0] == "encirclement" for k in keys)


# --- 2. a bare denial after an aside --------------------------------------------------------------

ASIDE_DENIALS = [
    (
        "en",
        "Russian troops blew up the bridge at Kupiansk overnight, the General Staff said.\n"
        "President Zelensky called it a war crime.\n"
        "The Kremlin denied this.",
        [settlement("Kupiansk", 301)],
        ("demolition", "gn:301", "RU", "negated"),
    ),
    (
        "de",
        "Russische Truppen haben nach Angaben des Generalstabs die Brücke bei Kupjansk gesprengt. "
        "Präsident Selenskyj sprach von einem Verbrechen. Der Kreml bestreitet das.",
        [settlement("Kupjansk", 302)],
        ("demolition", "gn:302", "RU", "negated"),
    ),
    (
        "ru",
        "Глава ЧВК заявил, что его бойцы полностью взяли Соледар. Путин поздравил военных.\n"
        "В Киеве эти заявления опровергли.",
        [settlement("Соледар", 303)],
        ("control_change", "gn:303", "RU", "negated"),
    ),
    (
        "uk",
        "Російські війська підірвали міст біля Ізюма, повідомили в Генштабі ЗСУ. "
        "Президент Зеленський назвав це злочином.\n"
        "У Кремлі це заперечують.",
        [settlement("Ізюма", 304)],
        ("demolition", "gn:304", "RU", "negated"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "expected"), ASIDE_DENIALS)
def test_denial_after_an_aside_answers_the_claim_before_it(
    lang: str, text: str, places: list[tuple[str, str | None, str]], expected: tuple[str, str, str, str]
) -> None:
    keys = claim_keys(extract_checked(text, lang, places))
    assert expected in keys
    # The claim itself stays as made.
    assert (expected[0], expected[1], expected[2], "asserted") in keys


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        # The aside names a place of its own: the denial may be about it, not about the claim before.
        (
            "en",
            "Russian troops blew up the bridge at Kupiansk overnight, the General Staff said.\n"
            "The mayor, who moved to Izium in spring, called it a crime.\n"
            "The Kremlin denied this.",
            [settlement("Kupiansk", 401), settlement("Izium", 402)],
        ),
        # An aside that is nobody's reaction ends the topic: the denial answers nothing.
        (
            "ru",
            "Российские войска взорвали мост у Купянска, сообщил Генштаб ВСУ. Весь день шёл дождь.\n"
            "В Кремле это отрицают.",
            [settlement("Купянска", 405)],
        ),
        # Nobody named denies: the outlet's verdict, not a side's reply.
        (
            "de",
            "Russische Truppen haben nach Angaben des Generalstabs die Brücke bei Kupjansk gesprengt. "
            "Präsident Selenskyj sprach von einem Verbrechen. Das wird bestritten.",
            [settlement("Kupjansk", 403)],
        ),
        # The denier's own side made the claim: a side does not deny itself.
        (
            "uk",
            "Російські війська підірвали міст біля Ізюма, заявили в Міноборони РФ. Пропагандисти раділи.\n"
            "У Кремлі це заперечують.",
            [settlement("Ізюма", 404)],
        ),
    ],
)
def test_no_denial_across_an_aside_that_could_be_its_object(
    lang: str, text: str, places: list[tuple[str, str | None, str]]
) -> None:
    keys = claim_keys(extract_checked(text, lang, places))
    assert not any(k[3] == "negated" for k in keys)
