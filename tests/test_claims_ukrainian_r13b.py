"""Ukrainian grammar of round 13, second wave (UK2). The sentences are written for these tests; places get
made-up ids.

- A checker's "ми не маємо підтверджень X" / "підтверджень X … немає" repeats X as hedged (gold/README.md,
  round-8 audit rule 2 and round-9 rule 6); the newsroom's "ми" of checking takes no side.
- The verbal noun "знищення" with a military target in the genitive is a strike, as "ураження"; a depot
  named by what it stores ("склад боєприпасів окупантів") is a target head, so its owner is not the shooter.
- "вибити" with "із"/"зі", in the singular, and as the infinitive after "вдалося/змогли/зуміли" is the
  change of control it reports ("нашим бійцям вдалося вибити окупантів із A"); the force named right after
  the verb is the one driven out (claims.yaml ``freed_from``), never the winner.
- District, town and village administrations of the Ukrainian state are the Ukrainian side (not the
  occupiers' "окупаційна міська адміністрація").
- Inflicting losses ("завдали ворогу втрат", "противнику завдано втрат") is a fight; the dative is the loser,
  so the impersonal names no actor.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_checked, settlement

TOWN = "gn:1"


def keys(text: str, names: list[str]) -> set[ClaimKey]:
    places = [settlement(name, number) for number, name in enumerate(names, start=1)]
    return claim_keys(extract_checked(text, "uk", places))


@pytest.mark.parametrize(
    ("text", "names", "key"),
    [
        # a checker's doubt: hedged, and "ми" gives no side
        (
            "Ми не маємо підтверджень знищення нафтобази в Озерянці.",
            ["Озерянці"],
            ("strike", TOWN, None, "hedged"),
        ),
        (
            "Ми поки не бачимо підтверджень ураження аеродрому біля Озерянки.",
            ["Озерянки"],
            ("strike", TOWN, None, "hedged"),
        ),
        (
            "Підтверджень знищення штабу в Озерянці наразі немає.",
            ["Озерянці"],
            ("strike", TOWN, None, "hedged"),
        ),
        # the verbal noun of destroying with a military target
        (
            "Генштаб повідомив про знищення складу боєприпасів окупантів у Озерянці.",
            ["Озерянці"],
            ("strike", TOWN, "UA", "asserted"),
        ),
        # "вибити": із / зі, the singular, after "вдалося"
        (
            "Наші бійці вибили росіян із Озерянки.",
            ["Озерянки"],
            ("control_change", TOWN, "UA", "asserted"),
        ),
        (
            "Нашим штурмовикам вдалося вибити загарбників із Озерянки.",
            ["Озерянки"],
            ("control_change", TOWN, "UA", "asserted"),
        ),
        (
            "Окупантам не вдалося вибити наших захисників зі Степового.",
            ["Степового"],
            ("control_change", TOWN, "RU", "negated"),
        ),
        (
            "Росіяни вибили ЗСУ з Озерянки.",
            ["Озерянки"],
            ("control_change", TOWN, "RU", "asserted"),
        ),
        # local administrations of the Ukrainian state
        (
            "Районна військова адміністрація закликала мешканців Озерянки виїхати до безпечніших громад.",
            ["Озерянки"],
            ("evacuation", TOWN, "UA", "asserted"),
        ),
        (
            "Селищна військова адміністрація щоранку вивозить охочих з Озерянки.",
            ["Озерянки"],
            ("evacuation", TOWN, "UA", "asserted"),
        ),
        # inflicting losses
        (
            "Поблизу Озерянки наші десантники завдали противнику відчутних втрат.",
            ["Озерянки"],
            ("fighting", TOWN, "UA", "asserted"),
        ),
        (
            "Поблизу Озерянки ворогу завдано значних втрат.",
            ["Озерянки"],
            ("fighting", TOWN, None, "asserted"),
        ),
    ],
)
def test_ukrainian_r13b(text: str, names: list[str], key: ClaimKey) -> None:
    assert key in keys(text, names)


@pytest.mark.parametrize(
    ("text", "names", "key"),
    [
        # not a strike asserted as a fact when only its confirmation is missing
        (
            "Ми не маємо підтверджень знищення нафтобази в Озерянці.",
            ["Озерянці"],
            ("strike", TOWN, None, "asserted"),
        ),
        # the owner of the depot hit ("склад боєприпасів окупантів") is not the one who fired
        (
            "Генштаб повідомив про знищення складу боєприпасів окупантів у Озерянці.",
            ["Озерянці"],
            ("strike", TOWN, "RU", "asserted"),
        ),
        # the newsroom "ми" is no Ukrainian actor
        (
            "Ми не маємо підтверджень знищення нафтобази в Озерянці.",
            ["Озерянці"],
            ("strike", TOWN, "UA", "hedged"),
        ),
        # pushed out of positions only: no change of control of the village
        (
            "Ворог вибив наших бійців із позицій біля Озерянки.",
            ["Озерянки"],
            ("control_change", TOWN, "RU", "asserted"),
        ),
        # the force driven out is the loser, not the one who took the village
        (
            "Воїни механізованої бригади вибили окупантів із Озерянки.",
            ["Озерянки"],
            ("control_change", TOWN, "RU", "asserted"),
        ),
        # the head of a district administration who counts the hits is the source, not the shooter
        (
            "Начальник районної військової адміністрації Іван Петренко нарахував близько двадцяти влучань у "
            "Озерянці.",
            ["Озерянці"],
            ("strike", TOWN, "UA", "asserted"),
        ),
        # the occupiers' own administration is not the Ukrainian side
        (
            "Окупаційна міська адміністрація оголосила «евакуацію» з Озерянки.",
            ["Озерянки"],
            ("evacuation", TOWN, "UA", "asserted"),
        ),
    ],
)
def test_ukrainian_r13b_not(text: str, names: list[str], key: ClaimKey) -> None:
    assert key not in keys(text, names)
