"""Acts of domestic politics between parties, ministers and candidates (triggers in events.yaml):
endorsements ("Wahlempfehlung"); votes are not coded."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


def _coded(ctx: Context, text: str) -> list[tuple[str, list[str], list[str], str]]:
    return [(e.type, [a.name for a in e.source], [a.name for a in e.target], e.modality)
            for e in extract(ctx, text, "2016-03-01")]


@pytest.mark.parametrize(("text", "expected"), [
    # an endorsement of a candidate; a refused one is a refusal, REJECT (event_refusals.py)
    ("Die Neos gaben eine Wahlempfehlung für Irmgard Griss ab.", ("SUPPORT", ["NEOS"], ["Irmgard Griss"], "asserted")),
    ("Die ÖVP gibt keine Wahlempfehlung für Alexander Van der Bellen ab.",
     ("REJECT", ["ÖVP"], ["Alexander Van der Bellen"], "asserted")),
    # a refusal told as "eine Absage/Abfuhr erteilen" (a cancelled trip stays a cancellation below)
    ("Wiens Bürgermeister Michael Häupl erteilte der Forderung der ÖVP eine klare Absage.",
     ("REJECT", ["Michael Häupl"], ["ÖVP"], "asserted")),
    ("Kanzler Faymann hat den Plänen der ÖVP eine Absage erteilt.", ("REJECT", ["Werner Faymann"], ["ÖVP"], "asserted")),
    ("Vizekanzler Mitterlehner erteilte Strache eine Abfuhr.",
     ("REJECT", ["Reinhold Mitterlehner"], ["Heinz-Christian Strache"], "asserted")),
    # "eine Absage an X erteilen": the refused side after "an"
    ("Die ÖVP hat eine klare Absage an die FPÖ erteilt.", ("REJECT", ["ÖVP"], ["FPÖ"], "asserted")),
    ("Bundeskanzler Faymann erteilte einer Koalition mit der FPÖ eine Absage.",
     ("REJECT", ["Werner Faymann"], ["FPÖ"], "asserted")),
    # a motion of no confidence is a formal censure: ACCUSE (the codebook has no disapproval type of its own)
    ("Die FPÖ brachte einen Misstrauensantrag gegen Innenministerin Mikl-Leitner ein.",
     ("ACCUSE", ["FPÖ"], ["Johanna Mikl-Leitner"], "asserted")),
    ("Die Grünen kündigten einen Misstrauensantrag gegen Finanzminister Schelling an.",
     ("ACCUSE", ["Die Grünen – Die Grüne Alternative"], ["Hans Jörg Schelling"], "future")),
    # a criminal complaint: "wegen … angezeigt", "Anzeige erstatten/einbringen gegen", "Sachverhaltsdarstellung"
    ("Die Grünen haben Innenministerin Mikl-Leitner wegen Amtsmissbrauchs angezeigt.",
     ("ACCUSE", ["Die Grünen – Die Grüne Alternative"], ["Johanna Mikl-Leitner"], "asserted")),
    ("Die FPÖ zeigte Alexander Van der Bellen wegen Verleumdung an.",
     ("ACCUSE", ["FPÖ"], ["Alexander Van der Bellen"], "asserted")),
    ("Die FPÖ erstattete Anzeige gegen Innenministerin Mikl-Leitner.",
     ("ACCUSE", ["FPÖ"], ["Johanna Mikl-Leitner"], "asserted")),
    ("Die Neos brachten eine Sachverhaltsdarstellung gegen Finanzminister Schelling ein.",
     ("ACCUSE", ["NEOS"], ["Hans Jörg Schelling"], "asserted")),
    # a minister's act towards a named social partner or its head is an act between two sides (not a government
    # speaking to its own people)
    ("Sozialminister Alois Stöger kritisierte die Arbeiterkammer.",
     ("ACCUSE", ["Alois Stöger"], ["Arbeiterkammer"], "asserted")),
    ("Sozialminister Alois Stöger kritisierte Wirtschaftskammer-Präsident Christoph Leitl.",
     ("ACCUSE", ["Alois Stöger"], ["Christoph Leitl"], "asserted")),
    # the audit court, club chairmen of the 2013-2017 Nationalrat (knowledge base)
    ("Der Rechnungshof kritisierte Innenministerin Mikl-Leitner scharf.",
     ("ACCUSE", ["Österreichischer Rechnungshof"], ["Johanna Mikl-Leitner"], "asserted")),
    ("Lopatka drohte der SPÖ mit einem Ende der Koalition.", ("THREATEN", ["Reinhold Lopatka"], ["SPÖ"], "asserted")),
    # every ministry is the government of the article's country, not only the foreign, interior and defence ones
    ("Wien – Die FPÖ warf dem Bildungsministerium Versagen vor.", ("ACCUSE", ["FPÖ"], ["AUT GOV"], "asserted")),
    ("Wien – Der Rechnungshof hat das Finanzministerium kritisiert.",
     ("ACCUSE", ["Österreichischer Rechnungshof"], ["AUT GOV"], "asserted")),
    # "dem Minister" alone is the minister last named (resolve.py, actors.yaml any_minister)
    ("Finanzminister Hans Jörg Schelling forderte Kürzungen. ÖGB-Präsident Erich Foglar warf dem Minister vor, "
     "Lohndumping fördern zu wollen.", ("ACCUSE", ["Erich Foglar"], ["Hans Jörg Schelling"], "asserted")),
])
def test_domestic_act(ctx: Context, text: str, expected: tuple) -> None:
    assert expected in _coded(ctx, text)


@pytest.mark.parametrize("text", [
    # "stimmt" is true, no vote
    "Das stimmt für die ÖVP nicht, sagte Kanzler Werner Faymann.",
])
def test_no_vote(ctx: Context, text: str) -> None:
    assert not any(t == "SUPPORT" for t, *_ in _coded(ctx, text))


@pytest.mark.parametrize("text", [
    # votes are not coded: a light verb "stimmen … gegen/für" matched any "gegen"/"für" in the clause of a
    # "stimmen" form (review of the ninth session: "stimmte sich … über das Vorgehen gegen den IS ab")
    "Merkel stimmte sich mit Hollande über das Vorgehen gegen den IS ab.",
    "Auch Ungarn stimmte für die Verlängerung der Sanktionen gegen Russland.",
])
def test_no_vote_from_a_stray_preposition(ctx: Context, text: str) -> None:
    assert not any(t == "REJECT" for t, *_ in _coded(ctx, text))


@pytest.mark.parametrize(("text", "expected"), [
    # smugglers, asylum seekers and academics arrested or deported are civilians of the place
    ("Die ungarische Polizei nahm 20 Schlepper fest.", ("COERCE", "HUN", "POL", "HUN", "CVL")),
    ("In der Türkei wurden am Freitag 15 Akademiker festgenommen.", ("COERCE", "TUR", "POL", "TUR", "CVL")),
    ("Österreich hat im vergangenen Jahr 8.000 Asylwerber abgeschoben.", ("COERCE", "AUT", "GOV", "AUT", "CVL")),
    ("Deutschland schob am Mittwoch 125 Asylbewerber nach Afghanistan ab.", ("COERCE", "DEU", "GOV", "AFG", "CVL")),
])
def test_arrested_and_deported_people(ctx: Context, text: str, expected: tuple) -> None:
    found = [(e.type, e.source[0].country, e.source[0].sector, e.target[0].country, e.target[0].sector)
             for e in extract(ctx, text, "2016-03-01") if e.source and e.target]
    assert expected in found


def test_smugglers_demanding_money_demand_nothing_of_the_state(ctx: Context) -> None:
    """Smugglers are people on the move (migrant_nouns): a side of force only, no domestic demand."""
    text = "Er habe sich Schleppern anvertraut, die für die Fahrt nach Österreich 6500 Euro verlangt hätten."
    assert not [e for e in extract(ctx, text, "2016-03-01") if e.type == "REQUEST"]


@pytest.mark.parametrize(("text", "source", "target"), [
    # rockets or shells fired "auf" a target without "ab" are shelling
    ("Die Hamas feuerte am Montag zwei Raketen auf Israel.", "Hamas", "Israel"),
    ("Die Hamas feuerte Raketen auf Israel ab.", "Hamas", "Israel"),
])
def test_rockets_fired_at_a_state(ctx: Context, text: str, source: str, target: str) -> None:
    found = [e for e in extract(ctx, text, "2016-03-01") if e.type == "ASSAULT"]
    assert [([a.name for a in e.source], [a.name for a in e.target]) for e in found] == [([source], [target])]


def test_a_fired_official_is_no_attack(ctx: Context) -> None:
    assert not [e for e in extract(ctx, "Die Regierung feuerte den Polizeichef.", "2016-03-01") if e.type == "ASSAULT"]


@pytest.mark.parametrize(("text", "expected"), [
    # Pegida is a German opposition movement: its marches are its protests, protests against it target it
    ("In Dresden demonstrierten am Montag erneut rund 10.000 Pegida-Anhänger.", ("PROTEST", ["Pegida"], [])),
    ("Rund 20.000 Menschen protestierten in Dresden gegen Pegida.", ("PROTEST", ["DEU CVL"], ["Pegida"])),
])
def test_pegida(ctx: Context, text: str, expected: tuple) -> None:
    assert expected in [(t, s, g) for t, s, g, _ in _coded(ctx, text)]


@pytest.mark.parametrize(("text", "source", "target"), [
    # a court or body dismissing a suit, an appeal or a motion refuses the one who brought it
    ("Kiew – Das ukrainische Verfassungsgericht wies die Klage der Opposition ab.", ("UKR", "JUD"), ("UKR", "OPP")),
    ("Ankara – Das türkische Verfassungsgericht hat die Beschwerde der HDP abgewiesen.", ("TUR", "JUD"), ("TUR", "OPP")),
    ("Der Europäische Gerichtshof wies die Klage Ungarns gegen die Flüchtlingsquote ab.", (None, "IGO"), ("HUN", "GOV")),
])
def test_a_dismissed_suit_rejects_its_plaintiff(ctx: Context, text: str, source: tuple, target: tuple) -> None:
    rejections = [e for e in extract(ctx, text, "2016-03-20") if e.type == "REJECT"]
    assert len(rejections) == 1
    assert [(a.country, a.sector) for a in rejections[0].source] == [source]
    assert [(a.country, a.sector) for a in rejections[0].target] == [target]


def test_a_doorman_turning_a_guest_away_is_no_event(ctx: Context) -> None:
    assert not extract(ctx, "Der Türsteher wies den Gast ab.", "2016-03-20")


@pytest.mark.parametrize(("text", "source", "target"), [
    # a law or an act declared void refuses its author
    ("Warschau – Das polnische Verfassungsgericht erklärte das Gesetz der Regierung für verfassungswidrig.",
     ("POL", "JUD"), ("POL", "GOV")),
    ("Brüssel – Die EU erklärte die Annexion der Krim durch Russland für völkerrechtswidrig.", (None, "IGO"),
     ("RUS", "GOV")),
])
def test_an_act_declared_void_rejects_its_author(ctx: Context, text: str, source: tuple, target: tuple) -> None:
    rejections = [e for e in extract(ctx, text, "2016-05-25") if e.type == "REJECT"]
    assert len(rejections) == 1
    assert [(a.country, a.sector) for a in rejections[0].source] == [source]
    assert [(a.country, a.sector) for a in rejections[0].target] == [target]


def test_prisoners_of_war_are_forces(ctx: Context) -> None:
    found = extract(ctx, "Kiew – Die Separatisten ließen 20 ukrainische Kriegsgefangene frei.", "2016-05-25")
    assert [(e.type, [(a.country, a.sector) for a in e.target]) for e in found] == [("RETREAT", [("UKR", "MIL")])]


@pytest.mark.parametrize("text", [
    # "anzeigen" without an offence ("wegen") indicates; no complaint
    "Die Umfragen zeigen an, dass die FPÖ vorne liegt.",
    "Die Werte zeigten an, dass Faymann an Zustimmung verliert.",
])
def test_indicating_is_no_complaint(ctx: Context, text: str) -> None:
    assert not any(t == "ACCUSE" for t, *_ in _coded(ctx, text))


def test_cancelled_trip_stays_a_cancellation(ctx: Context) -> None:
    coded = _coded(ctx, "Außenminister Kurz sagte seine Reise nach Moskau ab.")
    assert [(t, s) for t, s, _, _ in coded] == [("REJECT", ["Sebastian Kurz"])]


def test_accusation_followed_up_is_not_asserted(ctx: Context) -> None:
    # the audit court examines an accusation made by others: not its own assertion
    coded = _coded(ctx, "Nicht weiter nachgegangen ist der Rechnungshof dem Vorwurf, das BZÖ habe den Wahlkampf über "
                        "den Parlamentsklub finanziert.")
    assert not any(t == "ACCUSE" and m == "asserted" for t, _, _, m in coded)
