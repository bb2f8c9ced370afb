"""Breadth probes of the English claim vocabulary: wordings of each event that the rules did not know.

The rules were fitted to the sentences their authors had read; these probes use other verbs, nouns,
idioms and word orders for the same events (wresting a town, clinging on to it, widening a penetration,
leaving under orders, a counterattack without a direction, an attack by drones told in the passive, a
road made unusable, fresh units arriving, a defence-intelligence "almost certainly"), and wordings that
use war words about something else (prices, sport, labour strikes, fees, history, film titles).

The sentences are written for this file; place mentions are built by hand with made-up ids (the places
stage is tested elsewhere). Each probe names the evaluation keys (event type, place, actor side,
modality) the extractor must produce, and nothing else.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_from

# Made-up ids: only the extractor is under test. No name is a substring of another one.
PLACES: dict[str, str] = {
    "Klishchiivka": "gn:3001",
    "Novomykhailivka": "gn:3002",
    "Krasnohorivka": "gn:3003",
    "Bilohorivka": "gn:3004",
    "Nova Kakhovka": "gn:3005",
    "Svatove": "gn:3006",
    "Krynky": "gn:3007",
    "Siversk": "gn:3008",
    "Andriivka": "gn:3009",
    "Selydove": "gn:3010",
    "Kurakhove": "gn:3011",
    "Novoselivka": "gn:3012",
    "Kozachi Laheri": "gn:3013",
    "Ocheretyne": "gn:3015",
    "Chasiv Yar": "gn:3016",
    "Zaporizhzhia": "gn:3017",
    "Pokrovsk": "gn:3018",
    "Bakhmut": "gn:3019",
    "Avdiivka": "gn:3020",
    "Kupiansk": "gn:3021",
    "Vovchansk": "gn:3022",
    "Vuhledar": "gn:3023",
    "Kharkiv": "gn:3024",
    "Sumy": "gn:3025",
    "Odesa": "gn:3026",
    "Poltava": "gn:3027",
    "Dnipro": "gn:3028",
    "Izium": "gn:3029",
    "Lviv": "gn:3030",
    "Mariupol": "gn:3031",
}


def keys_of(text: str) -> set[ClaimKey]:
    places = [(name, place_id, "settlement") for name, place_id in PLACES.items() if name in text]
    return claim_keys(extract_from(text, "en", places, "Testblatt"))


def key(event_type: str, place: str | None, side: str | None, modality: str = "asserted") -> ClaimKey:
    return (event_type, PLACES[place] if place else None, side, modality)


BREADTH_PROBES: list[tuple[str, set[ClaimKey]]] = [
    # control_change: clearing a named place, wresting it, a claim of control, a place changing hands.
    (
        "Ukrainian infantry cleared Klishchiivka, the brigade said.",
        {key("control_change", "Klishchiivka", "UA")},
    ),
    (
        "Russian troops have wrested Novomykhailivka from Ukrainian forces.",
        {key("control_change", "Novomykhailivka", "RU")},
    ),
    (
        "Moscow claimed complete control over Krasnohorivka on Friday.",
        {key("control_change", "Krasnohorivka", "RU")},
    ),
    # control_held: in the hands of, still occupied, in a side's hands since, clinging on.
    ("Bilohorivka remains in the hands of the Ukrainian army.", {key("control_held", "Bilohorivka", "UA")}),
    ("Nova Kakhovka is still occupied by Russian troops.", {key("control_held", "Nova Kakhovka", "RU")}),
    ("Svatove has been in Russian hands since the spring.", {key("control_held", "Svatove", "RU")}),
    ("Ukrainian marines are clinging on to Krynky.", {key("control_held", "Krynky", "UA")}),
    # advance: ground gained as a distance, a widened penetration, positions taken up at the edge.
    ("Ukrainian assault groups gained roughly 1.5 km near Andriivka.", {key("advance", "Andriivka", "UA")}),
    ("Russian troops are widening their penetration near Selydove.", {key("advance", "Selydove", "RU")}),
    ("Russian infantry took up positions on the edge of Kurakhove.", {key("advance", "Kurakhove", "RU")}),
    # withdrawal: forced to leave, troops that evacuate themselves.
    ("Ukrainian troops were forced to leave Novoselivka.", {key("withdrawal", "Novoselivka", "UA")}),
    ("Russian troops evacuated from Kozachi Laheri overnight.", {key("withdrawal", "Kozachi Laheri", "RU")}),
    # evacuation: a town emptied of its people.
    ("Kurakhove is being emptied of its remaining residents.", {key("evacuation", "Kurakhove", None)}),
    # withdrawal: the colloquial passive with "got" (the side named is the one driven out).
    (
        "The occupiers got kicked out of Novoselivka overnight.",
        {key("control_change", "Novoselivka", "UA"), key("withdrawal", "Novoselivka", "RU")},
    ),
    # denial: reports that proved false.
    (
        "Reports that Russian units had entered Selydove proved false.",
        {key("advance", "Selydove", "RU", "negated")},
    ),
    # fighting: an attempt with an adverb, a counterattack without direction, an onslaught.
    ("Russian forces tried repeatedly to storm Ocheretyne.", {key("fighting", "Ocheretyne", "RU")}),
    ("Ukrainian units are counterattacking near Selydove.", {key("fighting", "Selydove", "UA")}),
    ("The Russian onslaught around Chasiv Yar continues.", {key("fighting", "Chasiv Yar", "RU")}),
    # strike: the weapon as the agent of a passive.
    (
        "Zaporizhzhia was attacked by Russian drones twice during the night.",
        {key("strike", "Zaporizhzhia", "RU")},
    ),
    # reinforcement: fresh units of a side arriving outside a town.
    ("Fresh Ukrainian brigades have arrived outside Pokrovsk.", {key("reinforcement", "Pokrovsk", "UA")}),
    # control_change: losing a named place, said of the loser.
    (
        "If Ukraine loses Siversk, the whole line will shift west.",
        {key("control_change", "Siversk", "RU", "conditional")},
    ),
    # encirclement: a threat told a few words after the force.
    (
        "Ukrainian units near Avdiivka are in danger of being cut off.",
        {key("encirclement", "Avdiivka", "RU", "predicted")},
    ),
    # demolition: "blew" without "up".
    ("Ukrainian engineers blew the railway bridge at Kupiansk.", {key("demolition", "Kupiansk", "UA")}),
    # force_estimate: "no more than" is a bound, not a negation.
    (
        "No more than 2,000 Ukrainian soldiers remain in Vuhledar, analysts say.",
        {key("force_estimate", "Vuhledar", "UA")},
    ),
    # modality: "almost certainly" is the confidence wording of defence intelligence, not a doubt.
    (
        "Russian forces have almost certainly captured Ocheretyne, British intelligence said.",
        {key("control_change", "Ocheretyne", "RU")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BREADTH_PROBES, ids=[text[:48] for text, _ in BREADTH_PROBES])
def test_breadth_probe(text: str, expected: set[ClaimKey]) -> None:
    assert keys_of(text) == expected


NO_CLAIM_PROBES: list[str] = [
    "Prices for bread in Kharkiv advanced by 6 percent over the summer.",
    "Sumy's hockey team captured the national title after a dramatic final.",
    "A strike by bus drivers paralysed traffic in Odesa on Monday.",
    "Pensioners in Poltava protested against higher heating prices.",
    "Visitors in Dnipro can see an exhibition about the liberation of the city in 1943.",
    "The film 'The Siege of Mariupol' will be screened in Lviv next month.",
    "Sappers cleared Izium of mines and unexploded shells.",
]


@pytest.mark.parametrize("text", NO_CLAIM_PROBES, ids=[text[:48] for text in NO_CLAIM_PROBES])
def test_war_words_in_other_senses_give_no_claim(text: str) -> None:
    assert keys_of(text) == set()
