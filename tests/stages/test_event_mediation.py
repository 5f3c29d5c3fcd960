"""Tests of mediated agreements and talks (event_mediation.py), summit briefings (event_summits.py), offensives
launched at home (event_military.py) and affiliations of unknown people (mention_affiliation.py)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract
from tests.stages.test_mentions import analyse


def _of_type(ctx: Context, text: str, type_: str, published: str = "2020-05-05"):
    return [e for e in extract(ctx, text, published) if e.type == type_]


@pytest.mark.parametrize(("text", "sides"), [
    # a passive mediation participle with an agreement noun as its subject: an agreement between the sides of
    # the conflict the article names, not between the brokers
    (("In Astana haben Gespräche zwischen Vertretern der syrischen Regierung und bewaffneter Rebellengruppen "
     "begonnen. Die Waffenruhe war Ende Dezember von Russland und der Türkei vermittelt worden, die im "
     "Syrien-Krieg auf verschiedenen Seiten stehen."), ("SYR", "GOV", "SYR", "REB")),
    (("Die libysche Regierung und die Milizen von Chalifa Haftar stehen sich gegenüber. Die Waffenruhe war am "
     "Sonntag durch Ägypten ausgehandelt worden."), ("LBY", "GOV", "LBY", "REB")),
    # a pronoun subject right after a sentence that a ceasefire noun opens stands for it
    (("Die Delegationen der syrischen Regierung und der Rebellen trafen sich in Astana. Die Waffenruhe gilt seit "
      "dem 30. Dezember. Sie war von Moskau und Ankara ausgehandelt worden, die im Krieg auf verschiedenen Seiten "
      "stehen: Russland unterstützt Präsident Baschar al-Assad, die Türkei Teile der Opposition."),
     ("SYR", "GOV", "SYR", "REB")),
    (("Die libysche Regierung und die Milizen von Chalifa Haftar stehen sich gegenüber. Die Feuerpause gilt seit "
      "Sonntag. Sie war durch Ägypten vermittelt worden."), ("LBY", "GOV", "LBY", "REB")),
    (("Die libysche Regierung und die Milizen von Chalifa Haftar stehen sich gegenüber. Die Feuerpause wurde "
     "von den Vereinten Nationen vermittelt."), ("LBY", "GOV", "LBY", "REB")),
])
def test_mediated_agreement(ctx: Context, text: str, sides: tuple) -> None:
    found = _of_type(ctx, text, "AGREE")
    assert len(found) == 1, found
    (source,), (target,) = found[0].source, found[0].target
    assert (source.country, source.sector, target.country, target.sector) == sides


@pytest.mark.parametrize("text", [
    # used as an adjective the participle describes the agreement; the sentence reports another act
    ("In Syrien kämpfen Regierungstruppen gegen Rebellen. Die von Russland und der Türkei vermittelte Waffenruhe "
    "hielt am Montag nicht."),
    ("In Syrien kämpfen Regierungstruppen gegen Rebellen. Die Türkei hatte die von Russland vermittelte Waffenruhe "
    "begrüßt."),
    # an article that names no two sides of one state: no parties to code
    "Die Waffenruhe war von Katar vermittelt worden.",
    # a pronoun after a sentence that no ceasefire noun opens stands for something else
    ("Die libysche Regierung und die Milizen von Chalifa Haftar stehen sich gegenüber. Ein Plan liegt vor. Er war "
     "durch Ägypten vermittelt worden."),
    # an agreement that is no ceasefire need not be between the sides that fight
    ("Die ukrainische Armee kämpft im Donbass gegen prorussische Separatisten. Das Getreideabkommen war von der "
     "Türkei und den Vereinten Nationen vermittelt worden."),
])
def test_no_mediated_agreement(ctx: Context, text: str) -> None:
    assert [e for e in _of_type(ctx, text, "AGREE") if e.trigger.startswith(("vermittelt", "ausgehandelt"))] == []


@pytest.mark.parametrize(("text", "mediators", "sides"), [
    # "die Vermittler" are the states last named together; "zwischen ihnen" the conflict's sides
    (("Die jemenitische Regierung und die Huthi-Rebellen verhandelten in Genf nicht direkt. Saudi-Arabien und "
     "Oman hatten die Gespräche vorbereitet. Die Vermittler pendelten zwischen ihnen."), {"SAU", "OMN"}, {"YEM"}),
    (("Die Waffenruhe war von Moskau und Ankara ausgehandelt worden. Die Delegationen der syrischen Regierung und "
     "der Rebellen sprachen nicht direkt miteinander; die Vermittler pendelten zwischen ihnen."),
     {"RUS", "TUR"}, {"SYR"}),
])
def test_shuttle_talks(ctx: Context, text: str, mediators: set, sides: set) -> None:
    found = [e for e in _of_type(ctx, text, "CONSULT") if e.mode == "third-party"]
    assert len(found) == 1, found
    assert {a.country for a in found[0].source} == mediators
    assert {a.country for a in found[0].target} == sides
    assert {a.sector for a in found[0].target} >= {"GOV"}


def test_no_shuttle_talks_without_mediators(ctx: Context) -> None:
    text = "Die Vermittler pendelten zwischen ihnen."
    assert [e for e in _of_type(ctx, text, "CONSULT") if e.mode == "third-party"] == []


@pytest.mark.parametrize(("text", "published", "briefers", "date"), [
    # travelling to an organisation's summit to brief it
    (("Die Gespräche in Minsk hatten am Mittwochabend begonnen. Merkel und Hollande flogen im Anschluss direkt "
     "zum EU-Gipfel nach Brüssel, um ihre Kollegen zu unterrichten."), "2015-02-12", {"DEU", "FRA"}, "2015-02-12"),
    # "dort": the summit the sentence before names, on its day
    (("Die Staats- und Regierungschefs der Europäischen Union hatten das Abkommen am Donnerstag bei ihrem Gipfel "
     "in Brüssel begrüßt. Kanzlerin Angela Merkel und der französische Präsident François Hollande berichteten "
     "dort direkt nach ihrer Ankunft aus Minsk über die Ergebnisse."), "2015-02-13", {"DEU", "FRA"}, "2015-02-12"),
    (("Der britische Premierminister flog am Mittwoch zum Nato-Gipfel nach Vilnius, um die Verbündeten über "
     "die Lage zu informieren."), "2023-07-13", {"GBR"}, "2023-07-12"),
])
def test_summit_briefing(ctx: Context, text: str, published: str, briefers: set, date: str) -> None:
    found = [e for e in _of_type(ctx, text, "CONSULT", published) if e.mode == "multilateral"]
    assert len(found) == 1, found
    assert {a.country for a in found[0].source} == briefers
    assert [a.sector for a in found[0].target] == ["IGO"]
    assert found[0].date is not None and found[0].date.value == date


@pytest.mark.parametrize("text", [
    # journalists report there: no government briefs
    "Die EU hatte bei ihrem Gipfel in Brüssel beraten. Journalisten berichteten dort über die Ergebnisse.",
    # no summit named
    "Merkel und Hollande flogen nach Brüssel, um ihre Kollegen zu unterrichten.",
])
def test_no_summit_briefing(ctx: Context, text: str) -> None:
    assert [e for e in _of_type(ctx, text, "CONSULT") if e.trigger in ("berichteten", "unterrichten")] == []


@pytest.mark.parametrize(("text", "source", "target"), [
    # an insurgents' offensive launched from a place of their own country is against its government
    (("Ende November 2024 begannen Rebellen unter Führung der islamistischen Gruppe Hayat Tahrir al-Scham (HTS) "
     "eine Offensive aus der Provinz Idlib."), ("SYR", "REB"), ("SYR", "GOV")),
    ("Die Rebellen griffen am Montag aus der Provinz Idlib an.", ("SYR", "REB"), ("SYR", "GOV")),
    # a target the clause names stays
    ("Islamisten starteten einen Großangriff aus dem Gazastreifen auf Israel.", ("PSE", "REB"), ("ISR", "GOV")),
])
def test_offensive_from_home(ctx: Context, text: str, source: tuple, target: tuple) -> None:
    found = _of_type(ctx, text, "ASSAULT", "2024-12-10")
    assert len(found) == 1, found
    assert (found[0].source[0].country, found[0].source[0].sector) == source
    assert [(a.country, a.sector) for a in found[0].target] == [target]


@pytest.mark.parametrize(("text", "person", "country", "sector"), [
    (("Der Leiter der Rebellendelegation, Mohammed Allusch von der Gruppe Dschaisch al-Islam, verlangte eine "
     "Festigung der Waffenruhe."), "Mohammed Allusch", "SYR", "REB"),
    ("Ahmed Karim von der Hisbollah sagte, man werde weiterkämpfen.", "Ahmed Karim", "LBN", "REB"),
    ("Peter Müller von der CDU kritisierte den Beschluss.", "Peter Müller", "DEU", None),
])
def test_affiliation(ctx: Context, text: str, person: str, country: str, sector: str | None) -> None:
    article = analyse(ctx, text, "2017-01-23")
    mention = next(m for m in article.mentions if m.text == person)
    assert mention.country == country
    assert sector is None or mention.sector == sector
