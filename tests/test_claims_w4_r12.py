"""Probes for two round-12 (wave 3, W4) fixes of general mechanisms:

- German: a country or the country's territory named as where something lies ("ein Tanklager in Saratow in
  Russland", "im Süden Russlands", "auf russischem Gebiet", "in der russischen Region A") is the target's
  location, not the side that fires (de claims.yaml ``sides``: the locative and region-noun look-behinds of
  "Russland", the dative place nouns after "russisch"/"ukrainisch");
- ru/uk: a side's armed forces named by their abbreviation ("ЗСУ", "ВСУ", "ЗС РФ", "ВС РФ", "Сили оборони")
  as the subject of a verb of saying are the speaker, not the outlet (``speaker_roles_more`` military).

The sentences are written for these tests, with negative probes.
"""

from __future__ import annotations

import pytest

from claims_helpers import extract_checked, settlement


def _strikes(text: str, lang: str, name: str) -> list[tuple[str | None, str | None]]:
    """(actor side, source kind) of each strike claim at ``name`` (gn:1)."""
    claims = extract_checked(text, lang, [settlement(name, 1)])
    found = [(c.actor_side, c.source.kind) for c in claims if c.event_type == "strike"]
    assert found, f"no strike in {text!r}"
    return found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Drohnen haben ein Tanklager in Saratow in Russland getroffen, so der Gouverneur.", "Saratow"),
        ("Drohnen trafen in Russland ein Tanklager bei Engels.", "Engels"),
        ("Ein Munitionslager tief im Inneren Russlands wurde bei Brjansk von Drohnen getroffen.", "Brjansk"),
        ("Drohnen haben ein Tanklager im Süden Russlands bei Belgorod getroffen.", "Belgorod"),
        ("Drohnen haben in der russischen Region Kursk ein Umspannwerk getroffen.", "Kursk"),
        ("Drohnen haben ein Öllager in Engels auf russischem Territorium angegriffen.", "Engels"),
        ("Raketen trafen ein Umspannwerk in Sumy in der Ukraine, sagte der Bürgermeister.", "Sumy"),
    ],
)
def test_country_of_the_target_is_not_the_shooter_de(text: str, name: str) -> None:
    assert all(side is None for side, _ in _strikes(text, "de", name))


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # negative probes: the country or the adjective as the subject still fires
        ("Russland hat Charkiw in der Nacht mit Raketen beschossen.", "Charkiw", "RU"),
        ("In der Nacht hat Russland Sumy mit Drohnen angegriffen.", "Sumy", "RU"),
        ("Russische Drohnen griffen ein Werk in Charkiw in der Ukraine an.", "Charkiw", "RU"),
        ("Ukrainische Drohnen haben ein Tanklager in Saratow in Russland getroffen.", "Saratow", "UA"),
    ],
)
def test_named_shooter_kept_de(text: str, name: str, side: str) -> None:
    assert {s for s, _ in _strikes(text, "de", name)} == {side}


@pytest.mark.parametrize(
    ("lang", "text", "name", "side"),
    [
        ("uk", "ЗСУ заявили, що уразили склад пального в Бєлгороді.", "Бєлгороді", "UA"),
        ("uk", "ЗСУ повідомляють, що ворог обстріляв Херсон.", "Херсон", "RU"),
        ("uk", "У ЗСУ заявили, що противник обстріляв Херсон.", "Херсон", "RU"),
        ("uk", "ЗС РФ заявили, що обстріляли Ізюм.", "Ізюм", "RU"),
        ("ru", "ВСУ сообщают, что противник обстрелял Херсон.", "Херсон", "RU"),
        ("ru", "ВС РФ заявили, что обстреляли Изюм.", "Изюм", "RU"),
    ],
)
def test_armed_forces_abbreviation_speaks(lang: str, text: str, name: str, side: str) -> None:
    assert _strikes(text, lang, name) == [(side, "military")]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # negative probes: the abbreviation as the actor, or named inside what another tells
        ("uk", "ЗСУ обстріляли Херсон, повідомили журналісти.", "Херсон"),
        ("uk", "Росіяни заявили, що ЗСУ обстріляли Херсон.", "Херсон"),
        ("ru", "ВСУ обстреляли Херсон.", "Херсон"),
    ],
)
def test_armed_forces_abbreviation_as_actor_is_no_speaker(lang: str, text: str, name: str) -> None:
    assert all(kind != "military" for _, kind in _strikes(text, lang, name))
