"""Who says so, round 3: probes written for the source and evidence-kind rules of claims/speakers.py.

Each group varies one phenomenon over verbs, word orders, places and languages, with negative
probes where the rule must not fire. Places are hand-built mentions (claims_helpers); the ids are
placeholders, the tests look at the source and the evidence kind only.
"""

from __future__ import annotations

import pytest

from claims_helpers import extract_from, make_report
from frontwatch.claims.lexicon import load_lexicon
from frontwatch.claims.sources import find_speakers, load_outlet_name_kinds, load_registry
from frontwatch.model import Claim

KHERSON = ("Kherson", "gn:706448", "settlement")


def _only(claims: list[Claim], event_type: str) -> Claim:
    found = [c for c in claims if c.event_type == event_type]
    assert found, f"no {event_type} claim in {[(c.event_type, c.evidence_text) for c in claims]}"
    return found[0]


def _source_kinds(lang: str, text: str, place: tuple[str, str, str]) -> set[str]:
    """The source kinds of the claims of ``text`` published by a plain outlet (there must be claims)."""
    claims = extract_from(text, lang, [place], source="Evening Courier")
    assert claims
    return {c.source.kind for c in claims}


def _kinds(claims: list[Claim], event_type: str) -> set[tuple[str, str]]:
    return {(c.source.kind, c.evidence_kind) for c in claims if c.event_type == event_type}


# --- a bulletin's title line makes the items under it the bulletin's --------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "places", "event_type", "kind"),
    [
        (
            "en",
            "Operational Command South, evening summary of 14 March\n"
            "1. The enemy shelled Beryslav with rocket artillery.\n"
            "2. Our units repelled two assaults near Tiahynka.",
            [("Beryslav", "gn:712260", "settlement"), ("Tiahynka", "gn:1", "settlement")],
            "strike",
            "military",
        ),
        (
            "de",
            "Lagebericht des ukrainischen Generalstabs vom Montagabend\n"
            "Der Gegner beschoss Beryslaw erneut mit Raketenwerfern.\n"
            "Bei Tjahynka wurden zwei Angriffe abgewehrt.",
            [("Beryslaw", "gn:712260", "settlement"), ("Tjahynka", "gn:1", "settlement")],
            "strike",
            "general_staff",
        ),
        (
            "ru",
            "Сводка Министерства обороны Российской Федерации (по состоянию на 5 марта 2024 г.)\n"
            "Подразделения группировки войск «Днепр» нанесли удар по пунктам "
            "дислокации ВСУ в районе Берислава.\n"
            "Отражены две атаки у Тягинки.",
            [("Берислава", "gn:712260", "settlement"), ("Тягинки", "gn:1", "settlement")],
            "strike",
            "defence_ministry",
        ),
        (
            "uk",
            "Оперативна інформація станом на 18:00 05.03.2024\n"
            "За добу відбулося 70 бойових зіткнень, повідомляє Генеральний штаб ЗСУ.\n"
            "Ворог завдав удару керованими авіабомбами по Бериславу.",
            [("Бериславу", "gn:712260", "settlement")],
            "strike",
            "general_staff",
        ),
    ],
)
def test_bulletin_title_makes_the_items_under_it_the_bulletins(
    lang: str, text: str, places: list[tuple[str, str, str]], event_type: str, kind: str
) -> None:
    claims = extract_from(text, lang, places, source="Regional Digest Online")
    claim = _only(claims, event_type)
    assert (claim.source.kind, claim.evidence_kind) == (kind, "official_statement")


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        # A headline that names a speaker but no bulletin: the body is the outlet's.
        ("en", "Zelensky visits the southern front\nRussian artillery shelled Kherson overnight.", [KHERSON]),
        (
            "de",
            "Selenskyj besucht die Front im Süden\nRussische Artillerie beschoss Cherson in der Nacht.",
            [("Cherson", "gn:706448", "settlement")],
        ),
        # A title that ends with a stop is a sentence, not a title line.
        (
            "en",
            "The General Staff issued its evening summary.\nRussian artillery shelled Kherson overnight.",
            [KHERSON],
        ),
    ],
)
def test_a_headline_without_a_bulletin_keeps_the_outlets_voice(
    lang: str, text: str, places: list[tuple[str, str, str]]
) -> None:
    claim = _only(extract_from(text, lang, places, source="Evening Courier"), "strike")
    assert (claim.source.kind, claim.evidence_kind) == ("outlet", "report")


# --- what an outlet's name says it is ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("outlet", "kind", "evidence"),
    [
        ("Baltic Institute for Security Studies", "think_tank", "analysis"),
        ("Nordsee Institut für Sicherheitspolitik", "think_tank", "analysis"),
        ("Eastern Flank Analytics Weekly", "think_tank", "analysis"),
        ("Nordic Defence Intelligence Digest", "defence_ministry", "analysis"),
        ("Evening Courier", "outlet", "report"),
    ],
)
def test_outlet_name_says_what_kind_of_publisher_it_is(outlet: str, kind: str, evidence: str) -> None:
    text = "Russian forces withdrew from Oleshky toward the south on Tuesday."
    claim = _only(extract_from(text, "en", [("Oleshky", "gn:2", "settlement")], source=outlet), "withdrawal")
    assert (claim.source.kind, claim.evidence_kind) == (kind, evidence)


def test_channel_words_in_an_outlet_name() -> None:
    names = load_outlet_name_kinds()
    assert names.is_channel("Southern Front Watch (Telegram)")
    assert names.is_channel("Херсонський фронт | Телеграм")
    assert not names.is_channel("Southern Evening Post")
    assert not names.is_channel("5 канал")


@pytest.mark.parametrize(
    ("outlet", "kind"),
    [
        # A channel that writes as one side writes is a partisan channel: a milblogger of that side.
        ("Southern Front Watch (Telegram)", "milblogger"),
        # A news site may say "the enemy" too; without first-person words it stays an outlet.
        ("Southern Evening Post", "outlet"),
        # A TV station called a channel is a news organisation.
        ("Channel 4 News", "outlet"),
    ],
)
def test_a_channel_with_a_sides_vocabulary_is_a_milblogger(outlet: str, kind: str) -> None:
    text = "The enemy shelled Kherson again tonight, hitting the river port."
    claim = _only(extract_from(text, "en", [KHERSON], source=outlet), "strike")
    assert claim.source.kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "place", "kind"),
    [
        # First-person words inside quotation marks are the quoted person's.
        (
            "uk",
            "«Ми не спали всю ніч», — каже пенсіонерка з Херсона.\n\nОкупанти знову обстріляли Херсон.",
            ("Херсон", "gn:706448", "settlement"),
            "outlet",
        ),
        (
            "ru",
            "«Мы прятались в подвале до утра», — рассказывает "
            "соседка.\n\nРоссийская ракета попала в дом в Херсоне.",
            ("Херсоне", "gn:706448", "settlement"),
            "outlet",
        ),
        # A reflexive "its own troops" is not the writer's "our".
        ("en", "Russia pulled its own troops out of Kherson after weeks of shelling.", KHERSON, "outlet"),
        (
            "uk",
            "Росіяни вивели свої війська з Херсона на лівий берег.",
            ("Херсона", "gn:706448", "settlement"),
            "outlet",
        ),
        # The writer's own "our" in its own voice: a milblogger.
        (
            "uk",
            "Наші захисники відбили атаку окупантів біля Херсона.",
            ("Херсона", "gn:706448", "settlement"),
            "milblogger",
        ),
        (
            "en",
            "Our defenders repelled another assault of the orcs near Kherson tonight.",
            KHERSON,
            "milblogger",
        ),
    ],
)
def test_first_person_voice_is_the_writers_own_words_only(
    lang: str, text: str, place: tuple[str, str, str], kind: str
) -> None:
    claims = extract_from(text, lang, [place], source="Вечірній огляд" if lang != "en" else "Evening Review")
    assert claims
    assert {c.source.kind for c in claims if c.source.name in ("Вечірній огляд", "Evening Review")} <= {kind}
    assert any(c.source.kind == kind for c in claims)


# --- those who show or tell are not the actors of what they show -------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "de",
            "Ein von GeoConfirmed geolokalisiertes Video zeigt russische Panzer am Ortsrand von Tokmak.",
            ("Tokmak", "gn:3", "settlement"),
        ),
        (
            "en",
            "Footage geolocated by OSINT analysts shows Ukrainian troops on the main street of Robotyne.",
            ("Robotyne", "gn:4", "settlement"),
        ),
        (
            "de",
            "Ein Video, das Geolokalisierer der Gruppe DeepState dem Dorf Robotyne "
            "zuordneten, zeigt ukrainische Soldaten.",
            ("Robotyne", "gn:4", "settlement"),
        ),
    ],
)
def test_a_geolocator_is_the_source_of_the_picture_it_places(
    lang: str, text: str, place: tuple[str, str, str]
) -> None:
    claim = _only(extract_from(text, lang, [place], source="Evening Courier"), "media_geolocated")
    assert (claim.source.kind, claim.evidence_kind) == ("osint", "visual")


# --- speech carried: a pronoun-marked estimate, German Konjunktiv I ----------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "Serhiy Cherevatyi said on Monday that fighting near Kreminna had intensified. "
            "He estimated that up to 4,000 Russian troops were gathered around Kreminna.",
            ("Kreminna", "gn:5", "settlement"),
        ),
        (
            "uk",
            "Сергій Череватий заявив, що бої під Кремінною посилилися. "
            "За його оцінкою, під Кремінною зосереджено до 4 тисяч російських військових.",
            ("Кремінною", "gn:5", "settlement"),
        ),
        (
            "de",
            "Serhij Tscherewatyj sagte am Montag, die Kämpfe bei Kreminna hätten zugenommen. "
            "Nach seiner Einschätzung stehen rund um Kreminna bis zu 4000 russische Soldaten.",
            ("Kreminna", "gn:5", "settlement"),
        ),
    ],
)
def test_a_pronoun_marked_estimate_stays_with_its_speaker(
    lang: str, text: str, place: tuple[str, str, str]
) -> None:
    claim = _only(extract_from(text, lang, [place], source="Evening Courier"), "force_estimate")
    assert (claim.source.kind, claim.evidence_kind) == ("military", "official_statement")


@pytest.mark.parametrize(
    ("second", "kind"),
    [
        ("Russische Artillerie beschieße weiterhin die Stadt Kupjansk.", "governor"),
        ("Die Lage in Kupjansk bleibe angespannt, russische Artillerie beschieße die Stadt.", "governor"),
        # Indicative: the outlet's own voice again.
        ("Russische Artillerie beschießt weiterhin die Stadt Kupjansk.", "outlet"),
    ],
)
def test_german_konjunktiv_by_its_ending_continues_reported_speech(second: str, kind: str) -> None:
    text = "Gouverneur Oleh Synjehubow sagte am Sonntag, die Evakuierung gehe weiter. " + second
    claim = _only(
        extract_from(text, "de", [("Kupjansk", "gn:703656", "settlement")], source="Abendblatt"), "strike"
    )
    assert claim.source.kind == kind


# --- evidence kind follows who makes the estimate -----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "place", "outlet", "evidence"),
    [
        # A military blogger's own estimate is a report (docs/annotation.md).
        (
            "ru",
            "По нашим оценкам, под Сватово противник сосредоточил до 8 тысяч человек.",
            ("Сватово", "gn:6", "settlement"),
            "Рыбарь",
            "report",
        ),
        # An analyst's estimate is an analysis.
        (
            "en",
            "Analysts estimate that up to 8,000 Russian troops are concentrated near Svatove.",
            ("Svatove", "gn:6", "settlement"),
            "Evening Courier",
            "analysis",
        ),
    ],
)
def test_an_estimate_takes_the_evidence_kind_of_whoever_makes_it(
    lang: str, text: str, place: tuple[str, str, str], outlet: str, evidence: str
) -> None:
    claim = _only(extract_from(text, lang, [place], source=outlet), "force_estimate")
    assert claim.evidence_kind == evidence


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # An OSINT group that reports its map shows no picture: an analysis.
        ("DeepState analysts assess that Russian units have advanced toward Pokrovsk.", "analysis"),
        # With a picture, visual.
        ("DeepState geolocated a video that shows Russian units advancing toward Pokrovsk.", "visual"),
    ],
)
def test_osint_without_a_picture_is_analysis(text: str, evidence: str) -> None:
    claims = extract_from(text, "en", [("Pokrovsk", "gn:7", "settlement")], source="Evening Courier")
    assert {c.evidence_kind for c in claims if c.source.kind == "osint"} == {evidence}


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("British defence intelligence said Russia has probably moved reserves to Tokmak.", "analysis"),
        ("UK Defence Intelligence said Russian forces continue to hold Tokmak.", "analysis"),
        # A minister's statement is not an intelligence assessment.
        ("Ben Wallace said Russian forces continue to hold Tokmak.", "official_statement"),
    ],
)
def test_foreign_defence_intelligence_publishes_analyses(text: str, evidence: str) -> None:
    claims = extract_from(text, "en", [("Tokmak", "gn:3", "settlement")], source="Evening Courier")
    assert claims
    assert {c.evidence_kind for c in claims} == {evidence}


# --- an act of state is reported, not told, by its author --------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "place", "kind"),
    [
        (
            "de",
            "Kremlchef Wladimir Putin hat am Freitag die Annexion des Gebiets Cherson verkündet.",
            ("Cherson", "gn:706448", "settlement"),
            "outlet",
        ),
        (
            "en",
            "Residents of Kherson must register for Russian passports under a decree signed by Putin.",
            KHERSON,
            "outlet",
        ),
        # A statement about fighting stays the president's.
        ("en", "Vladimir Putin said Russian troops had repelled attacks near Kherson.", KHERSON, "president"),
    ],
)
def test_the_author_of_an_act_of_state_is_not_its_source(
    lang: str, text: str, place: tuple[str, str, str], kind: str
) -> None:
    assert _source_kinds(lang, text, place) == {kind}


# --- speakers by office --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "place", "kind"),
    [
        # A title before a registry name gives the office held in the text.
        (
            "en",
            "Russian drones struck an apartment block in Zaporizhzhia, regional governor Ivan Fedorov said.",
            ("Zaporizhzhia", "gn:687700", "settlement"),
            "governor",
        ),
        (
            "de",
            "Nach Angaben der Stadtverwaltung schlugen zwei Raketen in Nikopol ein.",
            ("Nikopol", "gn:8", "settlement"),
            "government",
        ),
        (
            "ru",
            "По данным местных властей, российская ракета попала в жилой дом в Кременчуге.",
            ("Кременчуге", "gn:9", "settlement"),
            "government",
        ),
        (
            "en",
            "Russian missiles hit Kremenchuk overnight, the city administration said.",
            ("Kremenchuk", "gn:9", "settlement"),
            "government",
        ),
    ],
)
def test_speakers_named_by_their_office(lang: str, text: str, place: tuple[str, str, str], kind: str) -> None:
    claim = _only(extract_from(text, lang, [place], source="Evening Courier"), "strike")
    assert (claim.source.kind, claim.evidence_kind) == (kind, "official_statement")


def test_a_building_named_after_an_office_is_no_speaker() -> None:
    text = "Ukrainian soldiers raised the flag over the city administration building in Kherson."
    claim = _only(extract_from(text, "en", [KHERSON], source="Evening Courier"), "control_change")
    assert claim.source.kind == "outlet"


def test_a_name_after_a_role_noun_ends_at_the_sentence_end() -> None:
    text = "«Разбираем завалы», — говорит спасатель Олег. По данным ГСЧС, погибли пять человек."
    report = make_report(text, "ru")
    lexicon = load_lexicon("ru")
    assert lexicon is not None
    tokens = lexicon.tokenize(text)
    sides = {side: cues.find(text, tokens) for side, cues in lexicon.side_words.items()}
    names = [m.source.name for m in find_speakers(report.clean_text, tokens, lexicon, load_registry(), sides)]
    assert "Олег" in names
    assert not any("." in name for name in names)


# --- an outlet that cites someone passes on that one's words -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "place", "kind"),
    [
        (
            "en",
            "TASS, citing the Russian-installed authorities, said Ukrainian "
            "attacks near Kherson were repelled.",
            KHERSON,
            "occupation_official",
        ),
        (
            "de",
            "Die Agentur Interfax meldete unter Berufung auf die Stadtverwaltung "
            "neue Raketenangriffe auf Cherson.",
            ("Cherson", "gn:706448", "settlement"),
            "government",
        ),
        (
            "ru",
            "РИА Новости со ссылкой на местные власти сообщило об обстреле Херсона.",
            ("Херсона", "gn:706448", "settlement"),
            "government",
        ),
        # Without "citing", the agency that reports is the source.
        ("en", "TASS reported that Ukrainian attacks near Kherson were repelled.", KHERSON, "outlet"),
    ],
)
def test_the_party_an_outlet_cites_is_the_source(
    lang: str, text: str, place: tuple[str, str, str], kind: str
) -> None:
    assert _source_kinds(lang, text, place) == {kind}


# --- a quotation that runs into the next sentence is its speaker's -------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "place", "kind"),
    [
        (
            "en",
            '"Our soldiers have entered Kherson and the flag is up over the administration building. '
            'We will not stop there, and everyone who waited for us knows it," Zelensky said on Friday.',
            KHERSON,
            "president",
        ),
        (
            "uk",
            "«Наші бійці вже зайшли до Херсона, прапор над адміністрацією підняли ще вранці. "
            "Ми не зупинимося, і кожен, хто нас чекав, це знає», — сказав Зеленський у вечірньому зверненні.",
            ("Херсона", "gn:706448", "settlement"),
            "president",
        ),
    ],
)
def test_a_quote_closed_in_the_next_sentence_is_the_speakers(
    lang: str, text: str, place: tuple[str, str, str], kind: str
) -> None:
    claim = _only(extract_from(text, lang, [place], source="Evening Courier"), "advance")
    assert claim.source.kind == kind


def test_a_verb_of_saying_before_an_act_of_state_keeps_the_speaker() -> None:
    text = "Kremlin spokesman Dmitry Peskov said the annexed Kherson region would remain part of Russia."
    claims = extract_from(text, "en", [("Kherson", "iso:UA-65", "oblast")], source="Evening Courier")
    assert claims
    assert {c.source.kind for c in claims} == {"government"}


# --- a witness's remarks in paragraphs of their own ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "uk",
            "Пенсіонерка Ганна пережила в Херсоні всю окупацію.\n"
            "За її словами, російські солдати тікали з міста вночі на цивільних машинах.",
            ("Херсоні", "gn:706448", "settlement"),
        ),
        (
            "ru",
            "Местная жительница Ольга рассказала о ночном обстреле Херсона.\n"
            "«Херсон обстреливали всю ночь, снаряды падали прямо во дворе», — вспоминает она.",
            ("Херсон", "gn:706448", "settlement"),
        ),
        (
            "en",
            "Local residents told reporters about the night Kherson was shelled.\n"
            '"Shells fell right in the yard of Kherson hospital," she recalls.',
            KHERSON,
        ),
    ],
)
def test_a_pronoun_carries_a_witness_into_the_next_paragraph(
    lang: str, text: str, place: tuple[str, str, str]
) -> None:
    claims = extract_from(text, lang, [place], source="Evening Courier")
    second_paragraph = text.index("\n")
    later = [c for c in claims if c.evidence_start > second_paragraph]
    assert later
    assert {(c.source.kind, c.evidence_kind) for c in later} == {("local_resident", "eyewitness")}


def test_without_a_pronoun_the_next_paragraph_is_the_outlets() -> None:
    text = (
        "Local residents told reporters about the night Kherson was shelled.\n"
        "Russian artillery shelled Kherson again on Sunday."
    )
    claims = extract_from(text, "en", [KHERSON], source="Evening Courier")
    later = [c for c in claims if c.evidence_start > text.index("\n")]
    assert later
    assert {c.source.kind for c in later} == {"outlet"}


@pytest.mark.parametrize(
    ("lang", "text", "place", "kind"),
    [
        # Residents who tell; the town after "Жители" stays a place.
        (
            "ru",
            "Жители Херсона рассказали журналистам, что российские военные уходили из города ночью.",
            ("Херсона", "gn:706448", "settlement"),
            "local_resident",
        ),
        # The defence forces in the locative are who says it.
        (
            "uk",
            "У Силах оборони повідомили, що окупанти знову обстріляли Херсон.",
            ("Херсон", "gn:706448", "settlement"),
            "military",
        ),
        # Ukraine's (military) intelligence is part of the defence ministry (docs/annotation.md).
        (
            "ru",
            "По данным украинской разведки, партизаны подорвали автомобиль в Херсоне.",
            ("Херсоне", "gn:706448", "settlement"),
            "defence_ministry",
        ),
    ],
)
def test_more_speakers_by_office_and_role(
    lang: str, text: str, place: tuple[str, str, str], kind: str
) -> None:
    claims = extract_from(text, lang, [place], source="Evening Courier")
    assert claims
    assert {c.source.kind for c in claims} == {kind}
    assert all(c.place is not None for c in claims)


def test_a_word_in_quotes_after_a_speaker_is_what_the_speaker_calls_it() -> None:
    text = "Глава Чечни Рамзан Кадыров назвал «перегруппировку» войск из Херсона ошибкой."
    claims = extract_from(text, "ru", [("Херсона", "gn:706448", "settlement")], source="Evening Courier")
    assert claims
    assert {c.source.kind for c in claims} == {"government"}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "ru",
            "По данным телеграм-каналов, украинские подразделения вошли в Херсон без боя.",
            ("Херсон", "gn:706448", "settlement"),
        ),
        (
            "uk",
            "Як пишуть місцеві пабліки, українські підрозділи увійшли до Херсона без бою.",
            ("Херсона", "gn:706448", "settlement"),
        ),
        (
            "de",
            "Nach Angaben von Telegram-Kanälen sind ukrainische Einheiten kampflos in Cherson eingerückt.",
            ("Cherson", "gn:706448", "settlement"),
        ),
    ],
)
def test_unnamed_telegram_channels_are_milbloggers(lang: str, text: str, place: tuple[str, str, str]) -> None:
    claims = extract_from(text, lang, [place], source="Evening Courier")
    assert claims
    assert {(c.source.kind, c.evidence_kind) for c in claims} == {("milblogger", "report")}
