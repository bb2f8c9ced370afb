"""Who says it and on what evidence: source kind/side and evidence_kind by class of speaker.

Each case is a sentence written for this file (not taken from the seed or the gold set); the places
stage is replaced by hand-built mentions (see claims_helpers). A case checks the source kind, its
side and the evidence kind of the claim the sentence makes, so a rule that stops recognising the
class of speaker fails here.
"""

from __future__ import annotations

import pytest

from claims_helpers import PlaceSpec, extract_from
from frontwatch.model import Claim

OUTLET = "Testblatt"

# (lang, text, places, event_type, source kind, source side, evidence kind)
Case = tuple[str, str, list[PlaceSpec], str, str, str | None, str]

# Self-reports: "nach eigenen Angaben" names the acting side's military (German had no such cue).
SELF_REPORTS: list[Case] = [
    (
        "de",
        "Russische Einheiten haben eigenen Angaben zufolge das Dorf Pisky eingenommen.",
        [("Pisky", "gn:696001", "settlement")],
        "control_change",
        "military",
        "RU",
        "official_statement",
    ),
    (
        "de",
        "Ukrainische Truppen sind nach eigenen Angaben bis an den Ortsrand von Swatowe vorgestoßen.",
        [("Swatowe", "gn:692087", "settlement")],
        "advance",
        "military",
        "UA",
        "official_statement",
    ),
]

# A side's military as a whole, cited after an attribution word or next to a verb of saying.
MILITARY_AS_SPEAKER: list[Case] = [
    (
        "de",
        "Im Dorf Pisky gab es nach Angaben des ukrainischen Militärs in der Nacht schwere Explosionen.",
        [("Pisky", "gn:696001", "settlement")],
        "strike",
        "military",
        "UA",
        "official_statement",
    ),
    (
        "en",
        "Russian artillery shelled Kostiantynivka overnight, according to Ukraine's armed forces.",
        [("Kostiantynivka", "gn:704422", "settlement")],
        "strike",
        "military",
        "UA",
        "official_statement",
    ),
    (
        "en",
        "Ukraine's military leadership confirmed that Pisky is back under Ukrainian control.",
        [("Pisky", "gn:696001", "settlement")],
        "control_change",
        "military",
        "UA",
        "official_statement",
    ),
    (
        "ru",
        "В Мелитополе, по данным украинской разведки, партизаны подожгли склад оккупантов.",
        [("Мелитополе", "gn:702723", "settlement")],
        "partisan_attack",
        "defence_ministry",  # military intelligence (HUR) belongs to the ministry: docs/annotation.md
        "UA",
        "official_statement",
    ),
    (
        "uk",
        "Окупанти підірвали міст у Херсоні, заявили в Оперативному командуванні «Південь».",
        [("Херсоні", "gn:706448", "settlement")],
        "demolition",
        "military",
        "UA",
        "official_statement",
    ),
]

# Observers and experts give an analysis; neighbours and volunteers on the spot are eyewitnesses.
ANALYSTS_AND_WITNESSES: list[Case] = [
    (
        "de",
        "Nach Ansicht von Beobachtern droht den Verteidigern von Wuhledar bald eine Einkesselung.",
        [("Wuhledar", "gn:688700", "settlement")],
        "encirclement",
        "think_tank",
        None,
        "analysis",
    ),
    (
        "de",
        "Nach Einschätzung westlicher Experten ist Kupjansk für die russische Versorgung entscheidend.",
        [("Kupjansk", "gn:707292", "settlement")],
        "supply_line",
        "think_tank",
        None,
        "analysis",
    ),
    (
        "en",
        "Mykola, a volunteer who brings bread, says Russian drones hit cars on the road out of Lyman.",
        [("Lyman", "gn:704204", "settlement")],
        "strike",
        "local_resident",
        None,
        "eyewitness",
    ),
]


def _the_claim(lang: str, text: str, places: list[PlaceSpec], event_type: str) -> Claim:
    claims = [c for c in extract_from(text, lang, places, OUTLET) if c.event_type == event_type]
    assert claims, f"no {event_type} claim from {text!r}"
    return claims[0]


@pytest.mark.parametrize("case", SELF_REPORTS + MILITARY_AS_SPEAKER + ANALYSTS_AND_WITNESSES)
def test_source_and_evidence_by_class(case: Case) -> None:
    lang, text, places, event_type, kind, side, evidence_kind = case
    claim = _the_claim(lang, text, places, event_type)
    assert (claim.source.kind, claim.source.side, claim.evidence_kind) == (kind, side, evidence_kind)
    assert claim.source.name != OUTLET


@pytest.mark.parametrize(
    ("lang", "text", "places", "event_type"),
    [
        # A side's troops acting, with no verb of saying: the outlet reports it.
        (
            "en",
            "Ukrainian armed forces recaptured the village of Pisky on Tuesday.",
            [("Pisky", "gn:696001", "settlement")],
            "control_change",
        ),
        (
            "de",
            "Die ukrainische Armee hat das Dorf Pisky befreit.",
            [("Pisky", "gn:696001", "settlement")],
            "control_change",
        ),
    ],
)
def test_acting_military_is_not_the_source(
    lang: str, text: str, places: list[PlaceSpec], event_type: str
) -> None:
    claim = _the_claim(lang, text, places, event_type)
    assert (claim.source.name, claim.source.kind, claim.evidence_kind) == (OUTLET, "outlet", "report")


def test_cited_military_is_the_source_not_an_actor() -> None:
    """ "За словами військових, ..." : the words after the attribution cue are whose words these are."""
    claim = _the_claim(
        "uk",
        "За словами військових вагнерівці щодня штурмують Соледар.",
        [("Соледар", "gn:697889", "settlement")],
        "fighting",
    )
    assert claim.source.kind == "military"
    assert claim.evidence_kind == "official_statement"


@pytest.mark.parametrize(
    ("lang", "text", "places", "expected_side"),
    [
        (
            "en",
            "Kyiv denied that Pisky had fallen.",
            [("Pisky", "gn:696001", "settlement")],
            "RU",
        ),
        ("en", "Moscow denied that Lyman had fallen.", [("Lyman", "gn:704204", "settlement")], "UA"),
        ("de", "Kiew bestritt, dass Pisky gefallen sei.", [("Pisky", "gn:696001", "settlement")], "RU"),
    ],
)
def test_a_party_denying_a_fall_denies_its_own_loss(
    lang: str, text: str, places: list[PlaceSpec], expected_side: str
) -> None:
    """Naming the denier as the source must not make it the winner of the denied fall."""
    claim = _the_claim(lang, text, places, "control_change")
    assert claim.modality == "negated"
    assert claim.actor_side == expected_side
    assert claim.source.side == {"RU": "UA", "UA": "RU"}[expected_side]


def test_side_before_a_verb_of_saying_stays_the_subject() -> None:
    """ "Украинские военные заявляют, что отбили ...": the side word is the subject of the reported,
    subjectless clause, so the forces are not turned into a speaker that would swallow it."""
    claim = _the_claim(
        "ru",
        "Украинские военные заявляют, что отбили все атаки у Авдеевки.",
        [("Авдеевки", "gn:713716", "settlement")],
        "fighting",
    )
    assert claim.actor_side == "UA"


@pytest.mark.parametrize(
    ("lang", "text", "places", "kind"),
    [
        (
            "en",
            "Regional governor Oleh Syniehubov ordered the evacuation of Borova and nearby villages.",
            [("Borova", "gn:711369", "settlement")],
            "governor",
        ),
        (
            "de",
            "Gouverneur Oleh Synjehubow ordnete die Evakuierung von Borowa an.",
            [("Borowa", "gn:711369", "settlement")],
            "governor",
        ),
        (
            "ru",
            "Областные власти призывают жителей Никополя выехать в более безопасные районы.",
            [("Никополя", "gn:700646", "settlement")],
            "governor",
        ),
        (
            "en",
            "Regional authorities urged residents of Nikopol to leave for safer areas.",
            [("Nikopol", "gn:700646", "settlement")],
            "governor",
        ),
    ],
)
def test_an_authority_ordering_an_evacuation_is_its_source(
    lang: str, text: str, places: list[PlaceSpec], kind: str
) -> None:
    claim = _the_claim(lang, text, places, "evacuation")
    assert claim.source.kind == kind
    assert claim.evidence_kind == "official_statement"


def test_a_president_signing_an_annexation_is_an_actor_not_the_source() -> None:
    """Only evacuation orders are statements by nature; other acts of an official stay acts."""
    claim = _the_claim(
        "en",
        "Vladimir Putin signed the annexation of Zaporizhzhia oblast on Friday.",
        [("Zaporizhzhia", "iso:UA-23", "oblast")],
        "political",
    )
    assert claim.source.kind == "outlet"


@pytest.mark.parametrize(
    "text",
    [
        "A pro-Kremlin channel wrote that Russian troops entered Soledar.",
        "Pro-Russian Telegram channels claimed that Russian troops entered Soledar.",
    ],
)
def test_a_partisan_channel_is_a_milblogger_not_the_government_it_supports(text: str) -> None:
    """ "pro-Kremlin" names no speaker (the registry's "Kremlin" must not match after a hyphen)."""
    claim = _the_claim("en", text, [("Soledar", "gn:697889", "settlement")], "advance")
    assert (claim.source.kind, claim.source.side, claim.evidence_kind) == ("milblogger", "RU", "report")


def test_registry_names_do_not_match_after_a_hyphen() -> None:
    from frontwatch.claims.sources import load_registry

    registry = load_registry()
    assert [entry.id for _, _, entry in registry.find("The Kremlin said so.")] == ["kremlin"]
    assert registry.find("a pro-Kremlin blogger said so") == []
