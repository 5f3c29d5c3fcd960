"""Tests of the country of unnamed groups (mention_group_country): the adjective of the group's own
noun phrase, the government rebels are coordinated with, places abroad where talks are held, ethnic
adjectives, forces that refer back."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_mentions import analyse


def groups(ctx: Context, text: str) -> list[tuple[str, str | None]]:
    """(text, country) of the GROUP mentions of ``text``, in order."""
    return [(m.text, m.country) for m in analyse(ctx, text, "2017-01-23").mentions if m.kind == "GROUP"]


@pytest.mark.parametrize(("text", "noun", "country"), [
    # coordinated with a government: its opponents at home
    (("Die syrische Regierung und mehrere Rebellengruppen haben sich nach Angaben des russischen Präsidenten "
      "Wladimir Putin auf eine Waffenruhe geeinigt."), "Rebellengruppen", "SYR"),
    ("Russland will als Garant eines Abkommens zwischen der syrischen Regierung und der Opposition auftreten.",
     "Opposition", "SYR"),
    # a capital abroad where talks are held is not where the rebels are
    (("In der kasachischen Hauptstadt Astana haben am Montag Gespräche zwischen Vertretern der syrischen "
      "Regierung und bewaffneter Rebellengruppen begonnen."), "Rebellengruppen", "SYR"),
    (("Syrische Rebellen kämpfen in Aleppo gegen Assad. Die Rebellen sollen an den Verhandlungen in Genf "
      "teilnehmen."), "Rebellen", "SYR"),
    # a state inside a prepositional or participial attribute is not the group's own
    ("Rebellen kämpfen in Syrien. Vom Iran unterstützte Milizen griffen sie an.", "Milizen", "SYR"),
    # an ethnic adjective names a people, not a state
    ("In der Grenzregion in Syrien kämpfen turkmenische Rebellen gegen Assad.", "Rebellen", "SYR"),
    # "Militär- und Sicherheitskräfte": one noun phrase
    ("Quellen unter den syrischen Militär- und Sicherheitskräften berichteten das.", "Sicherheitskräften", "SYR"),
    # a force without adjective: the one last named by the same word
    ("Die türkische Luftwaffe schoss einen Kampfjet ab. Die Luftwaffe meldete den Abschuss.", "Luftwaffe", "TUR"),
    # a government's forces where their sentence places them, even in an article about another state;
    # a compass prefix glued to a state ("Ostukraine") lies in that state
    (("Zwei US-Jets landeten in Polen. Polen grenzt an die Ukraine, die Regierung in Warschau sieht sich "
      "bedroht. In der Ostukraine kämpfen Regierungstruppen gegen prorussische Separatisten."),
     "Regierungstruppen", "UKR"),
    # a possessive's owner: the actor before it in its sentence, the conjunct before a coordinator
    ("Russland hat mit dem Abzug seiner Truppen aus Syrien begonnen.", "Truppen", "RUS"),
    (("Assad regiert in Damaskus. Russland unterstützt mit seinen Luftschlägen eine Bodenoffensive des Regimes "
      "und seiner Verbündeten gegen Oppositionelle."), "Verbündeten", "SYR"),
    ("Die Regierungstruppen in Syrien rückten vor. In Polen landeten Jets in Łask und Warschau.", "Regierungstruppen", "SYR"),
    # a place of fighting ("bei Aleppo") is no venue of talks, though the article names Russia most
    (("Moskau – Die Rebellen griffen Stellungen der Armee bei Aleppo an. Russland hatte zuvor Luftangriffe "
      "geflogen. Russland will Assad stützen."), "Rebellen", "SYR"),
    # a dateline where a conference is held is a venue too, also when it is a capital
    (("Wien – Die Syrien-Konferenz in Wien ist ohne Einigung zu Ende gegangen. Syrien und der Iran blieben "
      "hart. Die Opposition forderte den Rücktritt von Assad. Syrien lehnte ab."), "Opposition", "SYR"),
    ("Wien – Die Opposition kritisierte Faymann. Die Regierung plant eine Steuerreform.", "Opposition", "AUT"),
    # a former state (ISO 3166-3 code), not the dateline's
    ("Wien – Sowjetische Truppen marschierten 1979 in Afghanistan ein.", "Truppen", "SUN"),
    ("Wien – Jugoslawische Truppen griffen 1991 Slowenien an.", "Truppen", "YUG"),
])
def test_group_country(ctx: Context, text: str, noun: str, country: str) -> None:
    found = [c for t, c in groups(ctx, text) if t == noun]
    assert found and found[-1] == country, groups(ctx, text)


@pytest.mark.parametrize(("text", "noun"), [
    ("Finnland werde nun Teil einer gegen Russland gerichteten Allianz.", "Allianz"),  # Russia is the opponent
    ("Die Rebellen eroberten Aleppo. Die Armee leistete kaum Widerstand.", "Armee"),  # whose army: unknown
])
def test_no_group_of_a_foreign_state(ctx: Context, text: str, noun: str) -> None:
    assert all(t != noun for t, _ in groups(ctx, text)), groups(ctx, text)


def test_adjective_of_the_group_still_counts(ctx: Context) -> None:
    assert ("Armee", "RUS") in groups(ctx, "Die russische Armee und die syrische Luftwaffe griffen an.")
    assert ("Luftwaffe", "SYR") in groups(ctx, "Die russische Armee und die syrische Luftwaffe griffen an.")


@pytest.mark.parametrize(("text", "noun", "country"), [
    # a capital's adjective names its state's group, also where it would open an organisation's name
    ("Die Pekinger Führung kritisierte Washington.", "Führung", "CHN"),
    ("Am Freitag hatte das Moskauer Außenministerium die polnische Botschafterin einbestellt.", "Außenministerium",
     "RUS"),
    ("Die Wiener Polizei nahm zwei Verdächtige fest.", "Polizei", "AUT"),
])
def test_a_capitals_adjective_names_its_states_group(ctx: Context, text: str, noun: str, country: str) -> None:
    assert (noun, country) in groups(ctx, text)


def test_a_capitals_adjective_keeps_a_known_organisation(ctx: Context) -> None:
    article = analyse(ctx, "Die Berliner Zeitung berichtete darüber.", "2017-01-23")
    assert [(m.text, m.kind) for m in article.mentions] == [("Berliner Zeitung", "ORG")]


@pytest.mark.parametrize(("text", "noun", "country"), [
    # police without a state: of the state where their sentence places them, else of the dateline
    ("Die Polizei nahm am Samstag in Köln 31 Verdächtige fest.", "Polizei", "DEU"),
    ("Ajaccio – Nach den Ausschreitungen hat die Polizei zwei Männer festgenommen.", "Polizei", "FRA"),
    ("Sicherheitskräfte nahmen in Diyarbakir 20 Verdächtige fest.", "Sicherheitskräfte", "TUR"),
    # a state adjective opening a sentence before a group noun names that state's group, no organisation
    ("Irakische Sicherheitskräfte haben am Montag Ramadi zurückerobert.", "Sicherheitskräfte", "IRQ"),
    # the place of its own sentence wins over the police named before
    ("Die griechische Polizei räumte das Lager. Auch in Köln nahm die Polizei am Montag zwei Männer fest.",
     "Polizei", "DEU"),
])
def test_police_of_the_place(ctx: Context, text: str, noun: str, country: str) -> None:
    assert (noun, country) in groups(ctx, text), groups(ctx, text)


def test_police_placed_nowhere_is_no_group(ctx: Context) -> None:
    assert all(t != "Polizei" for t, _ in groups(ctx, "Die Polizei geht von einem Terroranschlag aus.")), \
        groups(ctx, "Die Polizei geht von einem Terroranschlag aus.")


@pytest.mark.parametrize(("text", "source"), [
    # a people or faith with no state of its own takes no state from a dateline or the state named most
    ("Washington – Arabische Kämpfer griffen am Montag den IS an.", (None, "REB")),
    ("Ankara – Kurdische Kämpfer griffen am Montag den IS an.", (None, "REB")),
    ("Die Türkei kritisierte die USA. Kurdische Kämpfer griffen am Montag den IS an.", (None, "REB")),
    # a place does place them
    ("Kurdische Kämpfer eroberten am Montag die Stadt Manbidsch in Syrien.", ("SYR", "REB")),
    ("In Syrien griffen kurdische Kämpfer am Montag den IS an.", ("SYR", "REB")),
    # without an ethnic adjective the local rule stands
    ("Ankara – Kämpfer griffen am Montag den IS an.", ("TUR", "REB")),
])
def test_an_ethnic_group_takes_its_country_only_from_a_place(ctx: Context, text: str, source: tuple) -> None:
    from tests.stages.test_events import extract
    (attack,) = [e for e in extract(ctx, text, "2016-02-10") if e.type == "ASSAULT"]
    assert {(a.country, a.sector) for a in attack.source} == {source}


@pytest.mark.parametrize(("text", "noun", "country"), [
    # a court or prosecutor without a state is of the state of its own sentence's place ...
    ("Das Gericht in Kiew verbot die Kommunistische Partei.", "Gericht", "UKR"),
    ("Ein Gericht in Istanbul verurteilte zwei Journalisten zu fünf Jahren Haft.", "Gericht", "TUR"),
    ("Die Staatsanwaltschaft Stuttgart wirft Anton Schlecker zahlreiche Vergehen vor.", "Staatsanwaltschaft", "DEU"),
    ("Das Gericht in Moskau verurteilte die ukrainische Pilotin Sawtschenko zu 22 Jahren Haft.", "Gericht", "RUS"),
])
def test_a_court_is_of_its_seat(ctx: Context, text: str, noun: str, country: str) -> None:
    assert (noun, country) in groups(ctx, text)


@pytest.mark.parametrize("text", [
    # ... and no mention without one: whose court it is the clause does not say
    "Ein Gericht stoppte den Streik der Lufthansa-Piloten.",
    "Das Gericht ordnete die Freilassung der Journalisten an.",
    # a place of another clause is no seat (review of 32c1794: Kiew is where the spokesman speaks)
    "Das Gericht verurteilte Sawtschenko zu 22 Jahren Haft, sagte ein Sprecher in Kiew.",
    "Das Gericht verurteilte Sawtschenko zu 22 Jahren Haft, teilte das Außenministerium in Kiew mit.",
    # a seat of international courts is no state's court
    "Das Gericht in Den Haag verurteilte Karadzic zu 40 Jahren Haft.",
    "Das Gericht in Straßburg verurteilte Russland wegen Folter.",
])
def test_a_court_without_a_seat_is_no_mention(ctx: Context, text: str) -> None:
    assert all(noun != "Gericht" for noun, _ in groups(ctx, text))


def test_a_court_bans_a_party(ctx: Context) -> None:
    from tests.stages.test_events import extract
    (ban,) = [e for e in extract(ctx, "Das Gericht in Kiew verbot die Kommunistische Partei.", "2015-12-17")
              if e.type == "COERCE"]
    assert [(a.country, a.sector) for a in ban.source] == [("UKR", "JUD")]
    assert [a.name for a in ban.target] == ["Kommunistische Partei"]
