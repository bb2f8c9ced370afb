"""Language-independent structure of the claim extractor: how claims reach across sentences, whose
voice a channel speaks in, who denies what, which capital speaks, and what a list inside a sentence
adds. Each class is checked in several languages, with things that must and must not come out.

Place mentions are built by hand (the places stage is tested elsewhere); the sentences are our own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from claims_helpers import PlaceSpec, claim_keys, extract_checked
from frontwatch.claims import context as claims_context
from frontwatch.claims.lexicon import load_lexicon
from frontwatch.model import Claim


def run(text: str, lang: str, places: list[PlaceSpec], source: str = "Testblatt") -> list[Claim]:
    return extract_checked(text, lang, places, source)


def in_sentence(claims: list[Claim], words: str) -> list[Claim]:
    return [c for c in claims if words in c.evidence_text]


# ----------------------------------------------------------------------------- denial of the claim before


def test_de_a_short_denial_negates_the_claim_before_it_with_the_denier_as_source() -> None:
    claims = run(
        "Russische Truppen haben das Dorf Sladke eingenommen, meldete Moskau. Kiew wies dies zurück.",
        "de",
        [("Sladke", "gn:11", "settlement")],
    )
    denial = in_sentence(claims, "Kiew wies")
    assert {(c.event_type, c.modality) for c in denial} == {("control_change", "negated")}
    assert denial[0].place is not None and denial[0].place.place_id == "gn:11"
    assert (denial[0].source.kind, denial[0].source.side) == ("government", "UA")
    # The claim itself stays as it was made.
    assert ("control_change", "gn:11", "RU", "asserted") in claim_keys(claims)


def test_en_a_denial_answers_the_sentence_right_before_it_only() -> None:
    text = (
        "Russian forces captured the village of Krasnohorivka, the Russian Ministry of Defence said. "
        "Kyiv denied this."
    )
    claims = run(text, "en", [("Krasnohorivka", "gn:12", "settlement")])
    assert ("control_change", "gn:12", "RU", "negated") in claim_keys(claims)
    denial = in_sentence(claims, "Kyiv denied")
    assert denial and all(c.source.side == "UA" for c in denial)
    # A denial two sentences later answers nothing: no negated claim is made up.
    later = run(
        "Russian forces captured the village of Krasnohorivka. Heavy rain fell all day. Kyiv denied this.",
        "en",
        [("Krasnohorivka", "gn:12", "settlement")],
    )
    assert not [c for c in later if c.modality == "negated"]


def test_ru_a_side_does_not_deny_its_own_statement_and_conditions_are_not_denied() -> None:
    own = run(
        "ВСУ освободили посёлок Клещеевка, заявили в Генштабе ВСУ. В Киеве это опровергли.",
        "ru",
        [("Клещеевка", "gn:13", "settlement")],
    )
    assert not [c for c in own if c.modality == "negated"]
    conditional = run(
        "Если ВСУ возьмут Клещеевку, то гарнизон окажется в окружении. Москва это опровергла.",
        "ru",
        [("Клещеевку", "gn:13", "settlement")],
    )
    assert [c for c in conditional if c.modality == "conditional"]
    assert not [c for c in conditional if c.modality == "negated"]


# ----------------------------------------------------------------------------- capitals that speak


def test_de_capital_after_a_verb_of_saying_is_the_government_not_a_place() -> None:
    claims = run(
        "Ukrainische Artillerie habe eine Pontonbrücke bei Kreminna zerstört, hieß es in Kiew.",
        "de",
        [("Kreminna", "gn:14", "settlement"), ("Kiew", "gn:703448", "settlement")],
    )
    assert claims
    assert all(c.place is None or c.place.place_id != "gn:703448" for c in claims)
    assert {(c.source.kind, c.source.side) for c in claims} == {("government", "UA")}
    assert {c.evidence_kind for c in claims} == {"official_statement"}


def test_en_uk_capital_as_the_subject_of_saying_speaks_but_a_capital_that_is_hit_is_a_place() -> None:
    spoken = run(
        "Moscow said its troops had withdrawn from Kherson.",
        "en",
        [("Kherson", "gn:15", "settlement")],
    )
    assert {(c.source.kind, c.source.side) for c in spoken} == {("government", "RU")}
    hit = run(
        "Russian missiles hit Kyiv overnight, the city administration reported.",
        "en",
        [("Kyiv", "gn:703448", "settlement")],
    )
    assert ("strike", "gn:703448", "RU", "asserted") in claim_keys(hit)
    assert all(c.source.kind != "government" or c.source.name != "Kyiv" for c in hit)
    uk_hit = run("Уночі російські ракети влучили в Київ.", "uk", [("Київ", "gn:703448", "settlement")])
    assert ("strike", "gn:703448", "RU", "asserted") in claim_keys(uk_hit)


# ----------------------------------------------------------------------------- lists inside a sentence


def test_de_places_listed_after_a_count_changed_hands_each() -> None:
    claims = run(
        "Im Gebiet Saporischschja wurden mehr als 20 Ortschaften befreit, darunter Robotyne und Nesteryanka.",
        "de",
        [
            ("Saporischschja", "iso:UA-23", "oblast"),
            ("Robotyne", "gn:21", "settlement"),
            ("Nesteryanka", "gn:22", "settlement"),
        ],
    )
    found = claim_keys(claims)
    assert ("control_change", "gn:21", "UA", "asserted") in found
    assert ("control_change", "gn:22", "UA", "asserted") in found
    assert ("settlement_count", "iso:UA-23", "UA", "asserted") in found


def test_en_uk_list_after_an_event_and_a_list_that_lists_no_gains() -> None:
    en = run(
        "Ukrainian troops have retaken 15 villages this week, among them Urozhaine.",
        "en",
        [("Urozhaine", "gn:23", "settlement")],
    )
    assert ("control_change", "gn:23", "UA", "asserted") in claim_keys(en)
    uk = run(
        "Сили оборони звільнили понад 20 населених пунктів, зокрема Кліщіївку та Андріївку.",
        "uk",
        [("Кліщіївку", "gn:24", "settlement"), ("Андріївку", "gn:25", "settlement")],
    )
    assert {"gn:24", "gn:25"} <= {
        c.place.place_id for c in uk if c.event_type == "control_change" and c.place
    }
    # Villages that a flood would reach are no gains of anyone.
    flood = run(
        "Officials warned that a breach of the dam would flood dozens of villages, including Korsunka.",
        "en",
        [("Korsunka", "gn:26", "settlement")],
    )
    assert not [c for c in flood if c.event_type == "control_change"]


# ----------------------------------------------------------------------------- a channel's own voice


def test_ru_unknown_channel_writing_our_and_the_enemy_is_a_milblogger_of_its_side() -> None:
    text = "Противник вошёл в Работино. Наши пока держатся у Вербового, резервов мало."
    claims = run(
        text,
        "ru",
        [("Работино", "gn:31", "settlement"), ("Вербового", "gn:32", "settlement")],
        source="Окопный дневник",
    )
    assert ("advance", "gn:31", "UA", "asserted") in claim_keys(claims)
    assert {(c.source.kind, c.source.side) for c in claims} == {("milblogger", "RU")}


def test_uk_partisan_channel_without_first_person_keeps_outlet_kind_but_gets_a_side() -> None:
    text = "Ворог відступає з Работиного, кидаючи техніку."
    claims = run(text, "uk", [("Работиного", "gn:31", "settlement")], source="Південний вісник")
    assert ("withdrawal", "gn:31", "RU", "asserted") in claim_keys(claims)
    assert {(c.source.kind, c.source.side) for c in claims} == {("outlet", "UA")}


def test_de_en_outlet_in_a_neutral_voice_stays_an_outlet() -> None:
    de = run(
        "Russische Truppen haben sich aus Cherson zurückgezogen.",
        "de",
        [("Cherson", "gn:33", "settlement")],
        source="Abendblatt Nord",
    )
    assert {(c.source.kind, c.source.side) for c in de} == {("outlet", None)}
    # "our" inside somebody else's quoted statement is not the outlet's voice.
    en = run(
        "The General Staff said our units had repelled attacks near Avdiivka.",
        "en",
        [("Avdiivka", "gn:34", "settlement")],
        source="Evening Ledger",
    )
    assert all(c.source.kind != "milblogger" for c in en)


# ----------------------------------------------------------------------------- speaker carried or not


def test_en_de_a_sentence_with_its_own_picture_is_not_carried_to_the_earlier_speaker() -> None:
    text = (
        "Ukrainian forces liberated Klishchiivka, the General Staff said. "
        "Satellite images showed the bridge near Klishchiivka destroyed."
    )
    claims = run(text, "en", [("Klishchiivka", "gn:41", "settlement")])
    picture = in_sentence(claims, "Satellite images")
    assert picture and all(c.source.kind == "outlet" and c.evidence_kind == "visual" for c in picture)
    first = in_sentence(claims, "General Staff said")
    assert first and all(c.source.kind == "general_staff" for c in first)
    de = run(
        "Ukrainische Einheiten haben Andrijiwka zurückerobert, teilte der Generalstab mit. "
        "Ein Video zeigte ukrainische Soldaten im Zentrum von Andrijiwka.",
        "de",
        [("Andrijiwka", "gn:42", "settlement")],
    )
    video = in_sentence(de, "Ein Video")
    assert video and all(c.source.kind == "outlet" for c in video)


# ----------------------------------------------------------------------------- evidence and side fallbacks


def test_en_a_third_party_ministry_that_estimates_gives_an_analysis() -> None:
    claims = run(
        "British defence intelligence estimates that up to 20,000 Russian troops are near Avdiivka.",
        "en",
        [("Avdiivka", "gn:34", "settlement")],
    )
    estimates = [c for c in claims if c.event_type == "force_estimate"]
    assert estimates and {c.evidence_kind for c in estimates} == {"analysis"}
    own = run(
        "The Russian Ministry of Defence estimates that Russian forces took Avdiivka.",
        "en",
        [("Avdiivka", "gn:34", "settlement")],
    )
    assert {c.evidence_kind for c in own} == {"official_statement"}


def test_uk_en_an_official_calling_for_an_evacuation_organises_it() -> None:
    uk = run(
        "Закликаю мешканців Вовчанська евакуюватися, заявив Олег Синєгубов.",
        "uk",
        [("Вовчанська", "gn:51", "settlement")],
    )
    assert ("evacuation", "gn:51", "UA", "asserted") in claim_keys(uk)
    # Unnamed officials of no side leave the organiser open.
    en = run(
        "A convoy of buses left Vovchansk with 300 civilians, officials said.",
        "en",
        [("Vovchansk", "gn:51", "settlement")],
    )
    assert all(c.actor_side is None for c in en if c.event_type == "evacuation")


def test_de_ru_media_geolocated_takes_the_side_shown_after_the_place_words() -> None:
    de = run(
        "Ein Video, das Analysten im Dorf Robotyne geolokalisiert haben, zeigt ukrainische Panzer.",
        "de",
        [("Robotyne", "gn:21", "settlement")],
    )
    assert ("media_geolocated", "gn:21", "UA", "asserted") in claim_keys(de)
    ru = run(
        "Видео, которое геолоцировали в Работино, показывает российских военных.",
        "ru",
        [("Работино", "gn:31", "settlement")],
    )
    assert ("media_geolocated", "gn:31", "RU", "asserted") in claim_keys(ru)


# ----------------------------------------------------------------------------- datelines


def test_de_en_datelines_are_where_the_story_was_filed() -> None:
    de = run(
        "Saporischschja/Kiew – Russische Raketen haben in der Nacht Orichiw getroffen.",
        "de",
        [
            ("Saporischschja", "gn:61", "settlement"),
            ("Kiew", "gn:703448", "settlement"),
            ("Orichiw", "gn:62", "settlement"),
        ],
    )
    assert {c.place.place_id for c in de if c.place} == {"gn:62"}
    en = run(
        "ODESA, July 20 - Russian drones struck grain terminals in Izmail overnight.",
        "en",
        [("ODESA", "gn:63", "settlement"), ("Izmail", "gn:64", "settlement")],
    )
    assert {c.place.place_id for c in en if c.place} == {"gn:64"}
    # An apposition after a dash is no dateline: the town is where it happened.
    apposition = run(
        "Vuhledar – a mining town on high ground – was shelled by Russian artillery again.",
        "en",
        [("Vuhledar", "gn:65", "settlement")],
    )
    assert ("strike", "gn:65", "RU", "asserted") in claim_keys(apposition)


# ----------------------------------------------------------------------------- "the town"


def test_de_en_the_town_is_the_place_the_naming_sentence_is_about() -> None:
    de = run(
        "Ukrainische Verteidiger wehrten Angriffe bei Awdijiwka und Krasnohoriwka ab. "
        "Die Stadt wird seit Tagen mit Artillerie beschossen.",
        "de",
        [("Awdijiwka", "gn:71", "settlement"), ("Krasnohoriwka", "gn:72", "settlement")],
    )
    shelled = [c for c in de if c.event_type == "strike"]
    assert shelled and {c.place.place_id for c in shelled if c.place} == {"gn:71"}
    en = run(
        "After the fall of Ocheretyne, Russian units are advancing on the town of Pokrovsk. "
        "Analysts expect Russian troops could encircle the town within weeks.",
        "en",
        [("Ocheretyne", "gn:73", "settlement"), ("Pokrovsk", "gn:74", "settlement")],
    )
    encircled = [c for c in en if c.event_type == "encirclement"]
    assert encircled and {c.place.place_id for c in encircled if c.place} == {"gn:74"}


# ----------------------------------------------------------------------------- the country as a place


def test_en_ru_the_country_is_the_place_of_a_strike_on_it_but_not_of_other_events() -> None:
    en = run(
        "Russian missiles hit power plants across Ukraine overnight.",
        "en",
        [("Ukraine", "iso:UA", "country")],
    )
    assert ("strike", "iso:UA", "RU", "asserted") in claim_keys(en)
    ru = run(
        "Российская армия нанесла массированный удар по объектам энергетики Украины.",
        "ru",
        [("Украины", "iso:UA", "country")],
    )
    assert ("strike", "iso:UA", "RU", "asserted") in claim_keys(ru)
    fighting = run(
        "Im Osten der Ukraine liefern sich beide Seiten heftige Gefechte.",
        "de",
        [("Ukraine", "iso:UA", "country")],
    )
    assert all(c.place is None for c in fighting)
    speaker = run(
        "Russia launched 40 drones at Odesa, according to Ukraine's air force.",
        "en",
        [("Odesa", "gn:63", "settlement"), ("Ukraine", "iso:UA", "country")],
    )
    assert {c.place.place_id for c in speaker if c.place} == {"gn:63"}


# ----------------------------------------------------------------------------- denial scope and whose "its"


def test_en_a_denial_does_not_reach_past_a_new_claim_and_the_denied_act_is_the_deniers() -> None:
    claims = run(
        "Russia's defence ministry denied shelling the hospital in Kherson and claimed that "
        "Ukrainian saboteurs had blown up the bridge near Kherson.",
        "en",
        [("Kherson", "gn:15", "settlement")],
    )
    found = claim_keys(claims)
    assert ("strike", "gn:15", "RU", "negated") in found
    assert ("demolition", "gn:15", "UA", "asserted") in found


def test_en_its_troops_belong_to_the_party_named_before_them() -> None:
    # The speaker is Ukrainian; "its troops" are those of the Russian ministry named before them.
    claims = run(
        "Zelensky said the Russian Ministry of Defence had pulled its troops out of Robotyne.",
        "en",
        [("Robotyne", "gn:21", "settlement")],
    )
    withdrawals = [c for c in claims if c.event_type == "withdrawal"]
    assert withdrawals and {c.actor_side for c in withdrawals} == {"RU"}
    assert {c.source.side for c in withdrawals} == {"UA"}


def test_de_without_konjunktiv_the_outlet_speaks_again_but_hearsay_carries_the_speaker() -> None:
    text = (
        "Die ukrainische Armee habe Robotyne befreit, sagte der Gouverneur Iwan Fedorow. "
        "Bereits am Dienstag hatten ukrainische Einheiten das Dorf Werbowe eingenommen. "
        "Russische Truppen sollen sich aus Kopani zurückgezogen haben."
    )
    claims = run(
        text,
        "de",
        [
            ("Robotyne", "gn:21", "settlement"),
            ("Werbowe", "gn:81", "settlement"),
            ("Kopani", "gn:82", "settlement"),
        ],
    )
    indicative = in_sentence(claims, "Bereits am Dienstag")
    assert indicative and {c.source.kind for c in indicative} == {"outlet"}
    hearsay = in_sentence(claims, "sollen sich")
    assert hearsay and {c.source.kind for c in hearsay} != {"outlet"}


def test_uk_de_partisans_hit_the_occupiers_and_stay_ukrainian_unless_named_otherwise() -> None:
    uk = run(
        "У Бердянську партизани підірвали вантажівку окупантів.",
        "uk",
        [("Бердянську", "gn:91", "settlement")],
    )
    assert ("partisan_attack", "gn:91", "UA", "asserted") in claim_keys(uk)
    pro_russian = run(
        "In Cherson griffen prorussische Partisanen einen ukrainischen Kontrollposten an.",
        "de",
        [("Cherson", "gn:33", "settlement")],
    )
    attacks = [c for c in pro_russian if c.event_type == "partisan_attack"]
    assert all(c.actor_side != "UA" for c in attacks)


def test_en_a_logistic_role_takes_the_side_the_source_speaks_for() -> None:
    claims = run(
        "Pokrovsk is the main logistics hub for the whole grouping in Donetsk region.",
        "en",
        [("Pokrovsk", "gn:74", "settlement")],
        source="Ukrinform",
    )
    assert ("supply_line", "gn:74", "UA", "asserted") in claim_keys(claims)
    neutral = run(
        "Pokrovsk is the main logistics hub for the whole grouping in Donetsk region.",
        "en",
        [("Pokrovsk", "gn:74", "settlement")],
        source="Evening Ledger",
    )
    assert {c.actor_side for c in neutral if c.event_type == "supply_line"} <= {None}


# ----------------------------------------------------------------------------- optional data keys


@pytest.fixture
def lexicon_key(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str, object], None]]:
    """Give a language's claims data an optional key for one test (the key is data the language
    files may carry; the extractor reads it once per language)."""

    def add(lang: str, key: str, value: object) -> None:
        lexicon = load_lexicon(lang)
        assert lexicon is not None
        monkeypatch.setitem(lexicon.extra, key, value)
        clear_caches()

    def clear_caches() -> None:
        claims_context._EXTRA_CUES.clear()
        claims_context._EXTRA_REGEXES.clear()

    yield add
    monkeypatch.undo()
    clear_caches()


def test_ru_a_place_reported_lost_went_to_the_other_side(
    lexicon_key: Callable[[str, str, object], None],
) -> None:
    text = "Изюм пал, пишут военкоры."
    lexicon_key("ru", "loss_triggers", [])
    before = run(text, "ru", [("Изюм", "gn:707292", "settlement")], source="Окопный дневник")
    lexicon_key("ru", "loss_triggers", ["пал"])
    after = run(text, "ru", [("Изюм", "gn:707292", "settlement")], source="Окопный дневник")
    assert {c.actor_side for c in before if c.event_type == "control_change"} == {"RU"}
    assert {c.actor_side for c in after if c.event_type == "control_change"} == {"UA"}


def test_en_a_channel_using_one_sides_words_writes_for_that_side(
    lexicon_key: Callable[[str, str, object], None],
) -> None:
    text = "The orcs fled from Robotyne overnight, leaving their tanks behind."
    lexicon_key("en", "writer_side", {"UA": ["orcs"]})
    claims = run(text, "en", [("Robotyne", "gn:21", "settlement")], source="Steppe Pulse")
    assert {(c.source.kind, c.source.side) for c in claims} == {("outlet", "UA")}


def test_en_the_region_refers_back_to_the_oblast(lexicon_key: Callable[[str, str, object], None]) -> None:
    text = (
        "Heavy fighting continues in Zaporizhzhia oblast. "
        "The occupation authorities ordered an evacuation of the region."
    )
    places: list[PlaceSpec] = [("Zaporizhzhia", "iso:UA-23", "oblast")]
    lexicon_key("en", "region_anaphora", r"\bthe\s+region\b")
    evacuations = [c for c in run(text, "en", places) if c.event_type == "evacuation"]
    assert evacuations and {c.place.place_id for c in evacuations if c.place} == {"iso:UA-23"}
    # No oblast named before: "the region" stays unresolved.
    alone = run("The occupation authorities ordered an evacuation of the region.", "en", [])
    assert all(c.place is None for c in alone)


def test_ru_en_an_attempt_that_failed_is_a_negated_advance(
    lexicon_key: Callable[[str, str, object], None],
) -> None:
    lexicon_key(
        "ru", "failed_attempt", {"attempt": ["~попытк", "~пыта"], "failure": ["~остановлен", "~отбит"]}
    )
    failed = run(
        "У Работино противник предпринял попытку прорваться, но был остановлен.",
        "ru",
        [("Работино", "gn:31", "settlement")],
        source="Окопный дневник",
    )
    assert ("advance", "gn:31", "UA", "negated") in claim_keys(failed)
    ongoing = run(
        "У Работино противник пытается прорваться к Вербовому.",
        "ru",
        [("Работино", "gn:31", "settlement"), ("Вербовому", "gn:32", "settlement")],
        source="Окопный дневник",
    )
    assert all(c.modality != "negated" for c in ongoing)
    lexicon_key("uk", "failed_attempt", {"attempt": ["~намага"], "failure": ["~відкину"]})
    uk = run(
        "Окупанти намагалися прорватися до Роботиного, але їх відкинули.",
        "uk",
        [("Роботиного", "gn:21", "settlement")],
    )
    assert {c.modality for c in uk if c.event_type == "advance"} == {"negated"}


def test_uk_ru_the_side_that_qualifies_an_encircled_grouping_is_the_encircled_one() -> None:
    uk = run("Угруповання окупантів біля Бахмута оточене.", "uk", [("Бахмута", "gn:92", "settlement")])
    assert {c.actor_side for c in uk if c.event_type == "encirclement"} == {"UA"}
    ru = run("Гарнизон российских войск в Лимане окружён.", "ru", [("Лимане", "gn:93", "settlement")])
    assert {c.actor_side for c in ru if c.event_type == "encirclement"} == {"UA"}
    # The subject that encircles keeps its side.
    active = run(
        "Сили оборони оточили угруповання окупантів біля Бахмута.", "uk", [("Бахмута", "gn:92", "settlement")]
    )
    assert {c.actor_side for c in active if c.event_type == "encirclement"} == {"UA"}
    russian = run("Российские войска окружили Авдеевку.", "ru", [("Авдеевку", "gn:94", "settlement")])
    assert {c.actor_side for c in russian if c.event_type == "encirclement"} == {"RU"}


def test_de_en_uk_a_denial_after_the_claim_adds_the_deniers_negation_and_keeps_the_claim() -> None:
    de = run(
        "Russische Truppen haben Bachmut eingenommen, was Kiew bestreitet.",
        "de",
        [("Bachmut", "gn:92", "settlement")],
    )
    assert {
        ("control_change", "gn:92", "RU", "asserted"),
        ("control_change", "gn:92", "RU", "negated"),
    } <= claim_keys(de)
    denial = [c for c in de if c.modality == "negated"]
    assert {(c.source.kind, c.source.side) for c in denial} == {("government", "UA")}
    assert all(c.evidence_text.startswith("was Kiew") for c in denial)
    uk = run(
        "Росіяни заявили про захоплення Бахмута, але в Генштабі ЗСУ це заперечили.",
        "uk",
        [("Бахмута", "gn:92", "settlement")],
    )
    assert {
        ("control_change", "gn:92", "RU", "asserted"),
        ("control_change", "gn:92", "RU", "negated"),
    } <= claim_keys(uk)
    # A failure without anyone denying it is the sentence's own negation, not a reply.
    failed = run(
        "Russian troops tried to storm Bakhmut from the south, which did not succeed.",
        "en",
        [("Bakhmut", "gn:92", "settlement")],
    )
    assert all(c.source.kind == "outlet" for c in failed)


def test_uk_a_capitalised_name_is_no_verb_tense_but_a_future_verb_still_predicts() -> None:
    named = run(
        "Агенти «Атеш» підпалили релейну шафу біля Мелітополя.",
        "uk",
        [("Мелітополя", "gn:936", "settlement")],
    )
    assert {c.modality for c in named if c.event_type == "partisan_attack"} == {"asserted"}
    future = run(
        "Росіяни звільнять Покровськ до зими, запевняють воєнкори.",
        "uk",
        [("Покровськ", "gn:74", "settlement")],
    )
    assert {c.modality for c in future if c.event_type == "control_change"} == {"predicted"}


def test_en_de_a_header_line_naming_a_speaker_makes_the_post_under_it_theirs() -> None:
    text = (
        "Translated from the Telegram channel of a Russian military blogger:\n"
        "The enemy is pressing toward Kreminna from the west. Our units repelled an attack near Kuzmyne."
    )
    claims = run(text, "en", [("Kreminna", "gn:95", "settlement"), ("Kuzmyne", "gn:96", "settlement")])
    assert {(c.source.kind, c.source.side) for c in claims} == {("milblogger", "RU")}
    sides = {c.event_type: c.actor_side for c in claims}
    assert sides.get("advance") == "UA" and sides.get("fighting") == "RU"
    # Without the header the outlet speaks, and "our" belongs to nobody known.
    plain = run(
        "The enemy is pressing toward Kreminna from the west.", "en", [("Kreminna", "gn:95", "settlement")]
    )
    assert {c.source.kind for c in plain} == {"outlet"}


def test_de_a_ticker_quote_belongs_to_who_opened_it_but_the_next_entry_does_not() -> None:
    text = (
        "Liveblog Ukraine\n"
        "09:10 – Selenskyj sagte am Morgen:\n"
        "„Wir werden Cherson befreien.“\n"
        "11:20 – Russische Truppen haben Orichiw beschossen."
    )
    claims = run(text, "de", [("Cherson", "gn:33", "settlement"), ("Orichiw", "gn:62", "settlement")])
    quote = in_sentence(claims, "Wir werden")
    assert quote and {c.source.kind for c in quote} == {"president"}
    entry = in_sentence(claims, "Orichiw")
    assert entry and {c.source.kind for c in entry} == {"outlet"}


def test_uk_en_an_occupation_authority_speaks_for_russia_without_a_side_word() -> None:
    uk = run(
        "У Василівці окупаційна адміністрація оголосила евакуацію мешканців.",
        "uk",
        [("Василівці", "gn:97", "settlement")],
        source="Південний вісник",
    )
    evacuations = [c for c in uk if c.event_type == "evacuation"]
    assert evacuations and {c.actor_side for c in evacuations} == {"RU"}


# ----------------------------------------------------------------------------- reported subjects


def test_en_de_the_reported_clause_has_its_own_subject() -> None:
    en = run(
        "Russian propagandists claim that Ukrainian troops have withdrawn from Vovchansk.",
        "en",
        [("Vovchansk", "gn:51", "settlement")],
    )
    assert {c.actor_side for c in en if c.event_type == "withdrawal"} == {"UA"}
    de = run(
        "Russische Militärblogger schreiben, ukrainische Einheiten hätten sich aus Robotyne zurückgezogen.",
        "de",
        [("Robotyne", "gn:21", "settlement")],
    )
    assert {c.actor_side for c in de if c.event_type == "withdrawal"} == {"UA"}


def test_uk_an_adverbial_participle_shares_the_subject_of_its_clause() -> None:
    claims = run(
        "Відступаючи з Херсона, окупанти підірвали Антонівський міст.",
        "uk",
        [("Херсона", "gn:33", "settlement")],
    )
    assert {c.actor_side for c in claims if c.event_type == "withdrawal"} == {"RU"}


def test_en_own_forces_after_an_event_noun_belong_to_its_actor_not_after_a_verb() -> None:
    noun = run(
        "Ukrainian troops entered Snihurivka a day after Moscow announced "
        "the withdrawal of its forces from Kherson.",
        "en",
        [("Snihurivka", "gn:98", "settlement"), ("Kherson", "gn:33", "settlement")],
    )
    assert ("withdrawal", "gn:33", "RU", "asserted") in claim_keys(noun)
    assert ("advance", "gn:98", "UA", "asserted") in claim_keys(noun)


def test_uk_these_villages_are_all_the_villages_named_before() -> None:
    claims = run(
        "У звільнених Липцях і Терновій триває розмінування. Ворог обстрілює ці села з території росії.",
        "uk",
        [("Липцях", "gn:101", "settlement"), ("Терновій", "gn:102", "settlement")],
    )
    assert {c.place.place_id for c in claims if c.event_type == "strike" and c.place} == {"gn:101", "gn:102"}


def test_en_uk_a_question_about_a_place_is_a_prediction_and_a_reply_part_denies_the_claim_before() -> None:
    question = run("Russian troops enter Pokrovsk next?", "en", [("Pokrovsk", "gn:74", "settlement")])
    assert {c.modality for c in question} == {"predicted"}
    statement = run("Russian troops entered Pokrovsk.", "en", [("Pokrovsk", "gn:74", "settlement")])
    assert {c.modality for c in statement} == {"asserted"}
    reply = run(
        "Російські воєнкори пишуть, що окупанти захопили Торецьк. "
        "У Силах оборони це спростовують і кажуть, що бої в Торецьку тривають.",
        "uk",
        [("Торецьк", "gn:103", "settlement")],
    )
    negated = [c for c in reply if c.modality == "negated"]
    assert {(c.event_type, c.actor_side) for c in negated} == {("control_change", "RU")}
    assert all(c.evidence_text.startswith("У Силах оборони це спростовують") for c in negated)
    assert ("fighting", "gn:103", None, "asserted") in claim_keys(reply)


def test_en_a_channel_named_for_a_side_and_writing_our_is_that_sides() -> None:
    text = "Near Lyptsi our defenders repelled four assaults overnight. The town is held by our forces."
    named = run(text, "en", [("Lyptsi", "gn:104", "settlement")], source="Frontline Pulse UA")
    assert {(c.source.kind, c.source.side) for c in named} == {("milblogger", "UA")}
    assert {c.actor_side for c in named} == {"UA"}
    unnamed = run(text, "en", [("Lyptsi", "gn:104", "settlement")], source="Frontline Pulse")
    assert {c.source.side for c in unnamed} == {None}


def test_de_an_adjective_on_the_strike_noun_names_who_fired_even_in_a_passive() -> None:
    named = run(
        "Bei einem russischen Raketenangriff auf Tschernihiw sind mindestens 17 Menschen getötet worden.",
        "de",
        [("Tschernihiw", "gn:105", "settlement")],
    )
    assert ("strike", "gn:105", "RU", "asserted") in claim_keys(named)
    agentless = run(
        "Die Stadt Tschernihiw ist in der Nacht erneut beschossen worden.",
        "de",
        [("Tschernihiw", "gn:105", "settlement")],
    )
    assert {c.actor_side for c in agentless if c.event_type == "strike"} == {None}


def test_ru_en_a_denial_stays_in_its_part_of_the_sentence() -> None:
    ru = run(
        "Маляр опровергла заявление о взятии Бахмута: по её словам, украинские военные удерживают Бахмут.",
        "ru",
        [("Бахмута", "gn:92", "settlement"), ("Бахмут", "gn:92", "settlement")],
    )
    assert ("control_held", "gn:92", "UA", "asserted") in claim_keys(ru)
    en = run(
        "Sergei Aksyonov, head of the administration of Crimea, which Russia annexed in 2014: "
        "An evacuation of the peninsula is not planned.",
        "en",
        [("Crimea", "iso:UA-43", "oblast")],
    )
    assert {c.modality for c in en if c.event_type == "political"} <= {"asserted"}


def test_en_the_organiser_of_an_evacuation_is_its_subject_not_the_side_people_flee() -> None:
    claims = run(
        "Governor Oleh Syniehubov ordered the evacuation of Kupiansk "
        "as Russian troops pushed toward the town.",
        "en",
        [("Kupiansk", "gn:703656", "settlement")],
    )
    assert {c.actor_side for c in claims if c.event_type == "evacuation"} == {"UA"}
