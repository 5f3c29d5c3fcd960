"""Wrong events of the 10kGNAD low band (fifteenth session, benchmarks/judgements/10kgnad_lowband_2026-11-25_s15.txt):
the sides of a speech act in a "dass" clause, the host of a visit named in another clause, forecasts of unnamed
experts, acts only hinted at by evidence."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str | None = "2016-01-10") -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


def sides(found: list[EventMention], type_: str) -> list[tuple[list[str | None], list[str | None]]]:
    return [([a.country for a in e.source], [a.country for a in e.target]) for e in found if e.type == type_]


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # a speech act in a "dass" clause with its own subject is that subject's, not the speaker's
    ("Kurz sagte, dass die Türkei Griechenland um Hilfe gebeten habe.", "REQUEST", "TUR", "GRC"),
    ("Faymann sagte am Montag, dass Merkel die Türkei kritisiert habe.", "ACCUSE", "DEU", "TUR"),
    ("Steinmeier erklärte, dass Russland die Ukraine zum Dialog aufgefordert habe.", "REQUEST", "RUS", "UKR"),
    ("Lawrow sagte, dass die USA Russland Sanktionen angedroht hätten.", "THREATEN", "USA", "RUS"),
    ("Kurz sagte, dass der Nachbar Slowenien Österreich um Hilfe gebeten habe.", "REQUEST", "SVN", "AUT"),
    # the "von" agent of a passive request asks, its subject is asked
    ("Faymann wurde von Merkel gebeten, die Grenze offen zu halten.", "REQUEST", "DEU", "AUT"),
    ("Die Türkei wird von der Nato um Zurückhaltung gebeten.", "REQUEST", None, "TUR"),
    # … whoever reports it; a pronoun subject of one person is the speaker
    ("Österreich wurde von Slowenien um Hilfe gebeten, sagte Faymann.", "REQUEST", "SVN", "AUT"),
    ("Sie sei von Erdogan um Hilfe gebeten worden, sagte Merkel.", "REQUEST", "TUR", "DEU"),
    ("Österreich sei von Slowenien um Hilfe ersucht worden, sagte Faymann.", "REQUEST", "SVN", "AUT"),
    ("Merkel sagte, dass sie von Erdogan um Hilfe gebeten worden sei.", "REQUEST", "TUR", "DEU"),
    ("Er sei von Putin um Unterstützung ersucht worden, sagte Assad.", "REQUEST", "RUS", "SYR"),
    ("Griechenland sei von der Türkei um Unterstützung gebeten worden, sagte Tsipras.", "REQUEST", "TUR", "GRC"),
    ("Kroatien wurde von der EU aufgefordert, die Grenze zu öffnen, sagte Faymann.", "REQUEST", None, "HRV"),
    # the speaker keeps an act whose clause has no subject of its own or whose subject is asked
    ("Assad müsse gehen, sagte der französische Präsident Hollande.", "REQUEST", "FRA", "SYR"),
    ("Merkel sagte, dass sie Erdogan zur Zurückhaltung aufgefordert habe.", "REQUEST", "DEU", "TUR"),
    # a visit noun's host is the place of its own clause, not a state the reported clause before names
    ("In Syrien seien die Kämpfe heftiger geworden, sagte Steinmeier am Montag bei einem Besuch in Athen.",
     "CONSULT", "DEU", "GRC"),
    ("In der Türkei warten Millionen Flüchtlinge, sagte Mogherini am Dienstag bei einem Besuch in Wien.",
     "CONSULT", None, "AUT"),
    ("Kerry sagte am Mittwoch bei einem Besuch in Moskau, die Ukraine müsse die Reformen umsetzen.",
     "CONSULT", "USA", "RUS"),
    # a person's party in brackets does not break the coordination of subjects
    ("Werner Faymann (SPÖ) und Reinhold Mitterlehner (ÖVP) trafen am Montag Merkel in Berlin.", "CONSULT", "AUT", "DEU"),
    ("Faymann (SPÖ) und Mitterlehner (ÖVP) kritisierten am Montag die Türkei.", "ACCUSE", "AUT", "TUR"),
    # a capital's genitive before a title only says whose the person is
    ("Moskaus Außenminister Lawrow kritisierte am Montag die Nato.", "ACCUSE", "RUS", None),
    ("Ankaras Regierungschef Davutoglu kritisierte am Montag die EU.", "ACCUSE", "TUR", None),
    ("Russlands Außenminister Lawrow kritisierte am Montag die Nato.", "ACCUSE", "RUS", None),
    # an apposition of the source set off by commas holds no object
    ("Kammenos, zugleich Chef der Partei der Unabhängigen Griechen, warf der Türkei vor, das Abkommen nicht "
     "einzuhalten.", "ACCUSE", "GRC", "TUR"),
    ("Lawrow, der russische Außenminister, warf der Türkei am Montag Doppelmoral vor.", "ACCUSE", "RUS", "TUR"),
    # an act in the reported clause of an accusation is the reported subject's, claimed
    ("Kerry kritisierte, Russland habe die Rebellen in Aleppo angegriffen.", "ASSAULT", "RUS", "SYR"),
    # the subject of "ums Leben kommen" suffers the attack
    ("Bei einem US-Luftangriff in Libyen sind zwei Serben ums Leben gekommen.", "ASSAULT", "USA", "SRB"),
    ("Bei einem russischen Luftangriff sind in Idlib zwei Zivilisten ums Leben gekommen.", "ASSAULT", "RUS", "SYR"),
    # "kommen" in another light verb's clause leaves it active
    ("Andriukaitis wird am Mittwoch zu einem Besuch nach Österreich kommen und Gespräche mit Ministerin Sabine "
     "Oberhauser führen.", "CONSULT", None, "AUT"),
    # a state reporting deaths among its enemies' fighters is their attacker
    ("Die türkische Regierung erklärte, mehr als 30 PKK-Kämpfer seien getötet worden.", "ASSAULT", "TUR", "TUR"),
])
def test_reported_sides(ctx: Context, text: str, type_: str, source: str | None, target: str) -> None:
    found = sides(extract(ctx, text), type_)
    assert len(found) == 1, found
    assert source in found[0][0] and target in found[0][1], found


@pytest.mark.parametrize(("text", "type_"), [
    # a state's organ reporting deaths of its own people does not kill them
    ("Peskow sagte, drei russische Soldaten seien in Syrien getötet worden.", "ASSAULT"),
    # the actors of the act a zu-infinitive after an accusing verb names are not the accused
    ("Erdogan wirft dem Prediger vor, die türkische Regierung stürzen zu wollen.", "ACCUSE"),
    # the subject of the main clause after a denial's is not whom the denial answers
    ("Bankenverband und Regierung dementierten energisch, Finanzminister Yanis Varoufakis sprach von einem Gerücht.",
     "REJECT"),
    ("Die Regierung in Ankara dementierte, Außenminister Lawrow sprach dagegen von Beweisen.", "REJECT"),
    # the subject after the finite verb is no genitive of the noun before it: Orban did not protest
    ("Unter dem Druck der massiven Proteste hatte Orban die Pläne schließlich auf Eis gelegt.", "PROTEST"),
])
def test_no_wrong_side(ctx: Context, text: str, type_: str) -> None:
    assert not sides(extract(ctx, text), type_)


@pytest.mark.parametrize("text", [
    # an interviewer's turn is framing, no report
    "STANDARD: Wir treffen einander in Moskau in einem kritischen Moment, Putin bombardiert Syrien.",
    "Frage: Hat Putin am Montag Erdogan in Sotschi getroffen?",
])
def test_interviewer_turn_has_no_events(ctx: Context, text: str) -> None:
    assert not extract(ctx, text)


@pytest.mark.parametrize(("text", "type_"), [
    # what unnamed experts expect is an opinion, no event
    ("Das Ex-Mitglied Indonesien wird laut Expertenmeinung wieder der Opec beitreten.", "AGREE"),
    ("Experten zufolge wird Russland seine Truppen bald aus Syrien abziehen.", "RETREAT"),
    ("Laut Analysten könnte Saudi-Arabien dem Iran mit Sanktionen drohen.", "THREATEN"),
])
def test_forecast_dropped(ctx: Context, text: str, type_: str) -> None:
    assert not sides(extract(ctx, text), type_)


@pytest.mark.parametrize(("text", "type_", "modality"), [
    # a named source's announcement and an act the experts report stay
    ("Laut Lawrow wird Russland seine Truppen bald aus Syrien abziehen.", "RETREAT", "future"),
    ("Experten zufolge hat Russland am Montag Stellungen des IS bombardiert.", "ASSAULT", "asserted"),
    # an act only hinted at is no asserted act
    ("Die USA haben keinen Hinweis darauf, dass die Diplomaten bei US-Luftangriffen in Libyen getötet worden sind.",
     "ASSAULT", "claimed"),
    ("Kerry kritisierte, Russland habe die Rebellen in Aleppo angegriffen.", "ASSAULT", "claimed"),
    # a negation in the label of a criticism does not negate it; one of the verb does
    ("Merkel hat die österreichische Regierung als nicht hilfreich kritisiert.", "ACCUSE", "asserted"),
    ("Merkel hat die Türkei nicht kritisiert.", "ACCUSE", "negated"),
])
def test_kept_modality(ctx: Context, text: str, type_: str, modality: str) -> None:
    found = [e for e in extract(ctx, text) if e.type == type_]
    assert len(found) == 1 and found[0].modality == modality, [(e.type, e.modality) for e in found]
