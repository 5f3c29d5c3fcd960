"""Tests of :mod:`chronik.stages.mention_linking`: which KB person a name links to, the sector a title
gives an unknown person, and places inside runs of names."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_mentions import analyse

DAY = "2016-05-10"


def person(ctx: Context, text: str, name: str, published: str = DAY):
    """The first mention whose text is ``name``, with its actor."""
    article = analyse(ctx, text, published)
    mention = next(m for m in article.mentions if m.text == name)
    return mention, article.actors[mention.actor_id]


@pytest.mark.parametrize(("text", "name", "linked"), [
    # a written first name that is none of the KB person's: somebody else
    ("Innenminister Franz Sobotka will die Grenzkontrollen am Brenner verschärfen.", "Franz Sobotka", False),
    ("Der Wiener Bürgermeister sprach mit Franz Sobotka über die Polizei.", "Franz Sobotka", False),
    ("Die Sängerin Maria Merkel trat in Graz auf.", "Maria Merkel", False),
    # the KB person's own first name, a spelling variant or no first name: linked
    ("Der tschechische Premier Bohuslav Sobotka besuchte Wien.", "Bohuslav Sobotka", True),
    ("Premier Sobotka besuchte Wien.", "Sobotka", True),
    ("Vladimir Putin empfing den Gast im Kreml.", "Vladimir Putin", True),
    ("Kanzlerin Angela Merkel empfing den Gast in Berlin.", "Angela Merkel", True),
    ("Außenminister Sebastian Kurz reiste nach Rom.", "Sebastian Kurz", True),
    ("Außenminister Kurz reiste nach Rom.", "Kurz", True),
    ("Innenminister de Maizière reiste nach Rom.", "de Maizière", True),
])
def test_first_names_must_agree(ctx: Context, text: str, name: str, linked: bool) -> None:
    mention, actor = person(ctx, text, name)
    assert (not actor.id.startswith("per:")) is linked, (mention.candidates, actor.id)


@pytest.mark.parametrize(("text", "name"), [
    # a surname of an unknown person named before is that person, not the KB's namesake
    ("Innenminister Franz Sobotka will die Kontrollen verschärfen. Sobotka sagte, Italien sei gefordert.",
     "Sobotka"),
    ("Innenminister Zeman legte einen Entwurf vor. Zemans Entwurf stieß bei den Anwälten auf Kritik.",
     "Zemans"),
    # a title naming one ministry before a KB person recorded in other offices only: somebody else
    ("Innenminister Zeman legte einen Entwurf vor.", "Zeman"),
])
def test_other_person_of_the_same_surname(ctx: Context, text: str, name: str) -> None:
    article = analyse(ctx, text, DAY)
    mention = [m for m in article.mentions if m.text == name][-1]
    assert mention.actor_id.startswith("per:"), mention.candidates
    assert mention.candidates == ()


def test_full_name_after_surname_keeps_kb_person(ctx: Context) -> None:
    article = analyse(ctx, "Premier Bohuslav Sobotka besuchte Wien. Sobotka traf Kanzler Faymann.", DAY)
    assert {m.actor_id for m in article.mentions if "Sobotka" in m.text} == {"kb:bohuslav-sobotka"}


@pytest.mark.parametrize(("text", "name", "country", "sector"), [
    # titles that name a state office by themselves give their sector without a country
    ("Innenministerin Johanna Kleinbauer lehnte den Vorschlag ab.", "Johanna Kleinbauer", None, "GOV"),
    ("Verteidigungsminister Hans Peter Pichlbauer besuchte die Kaserne.", "Hans Peter Pichlbauer", None, "GOV"),
    ("Finanzminister Hans Jörg Obermüller legte das Budget vor.", "Hans Jörg Obermüller", None, "GOV"),
    ("Staatsanwältin Maria Gruber forderte drei Jahre Haft für den Angeklagten.", "Maria Gruber", None, "JUD"),
    ("Richter Andreas Hofbauer verkündete das Urteil am Nachmittag.", "Andreas Hofbauer", None, "JUD"),
    ("Generalmajor Karl Steinbrecher inspizierte die Truppe.", "Karl Steinbrecher", None, "MIL"),
    ("Polizeisprecher Thomas Keiblinger bestätigte die Festnahme.", "Thomas Keiblinger", None, "POL"),
    # with a country stated, both
    ("Der slowenische Außenminister Karl Erjavec kritisierte Kroatien.", "Karl Erjavec", "SVN", "GOV"),
    # the party in brackets gives the country, the title keeps the sector
    ("Innenministerin Johanna Mikl-Leitner (ÖVP) lehnte den Vorschlag ab.", "Johanna Mikl-Leitner", "AUT", "GOV"),
    ("Verteidigungsminister Hans Peter Doskozil (SPÖ) besuchte die Kaserne.", "Hans Peter Doskozil", "AUT", "GOV"),
    # a person without a title still takes the party's sector
    ("Martina Huber (ÖVP) lehnte den Vorschlag ab.", "Martina Huber", "AUT", "PTY"),
    # titles that may head a club or a firm name no sector without a country
    ("Präsident Hans Mayerhofer eröffnete die Hauptversammlung des Vereins.", "Hans Mayerhofer", None, None),
    ("Vorsitzender Peter Gruberbauer eröffnete die Sitzung.", "Peter Gruberbauer", None, None),
    # the unknown holder of an office the article described before without a name takes its country
    (("Nach dem Anschlag auf den russischen Botschafter in Ankara beriet der Kreml. Botschafter Andrej Karlow war "
      "am Abend erschossen worden."), "Andrej Karlow", "RUS", "GOV"),
    # ... only for an office the knowledge base lists no holders of (a foreign minister is Lawrow)
    (("Der russische Außenminister ist in Wien eingetroffen. Zuvor hatte Außenminister Linas Linkevicius Russland "
      "kritisiert."), "Linas Linkevicius", None, "GOV"),
    # ... and not after that office was held by a named person
    (("Der französische Präsident François Hollande reiste ab. Präsident Getulio Vargas kam 1930 an die Macht."),
     "Getulio Vargas", None, None),
])
def test_title_gives_sector(ctx: Context, text: str, name: str, country: str | None, sector: str | None) -> None:
    mention, actor = person(ctx, text, name)
    assert (mention.country, mention.sector) == (country, sector)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a place name inside a run of names, covering a first name: the place
    ("Das hoch verschuldete US-Territorium Puerto Rico verhandelt mit den Gläubigern.", ("Puerto Rico", "LOC"),
     ("Rico", "PER")),
    # a first name inside a run after a noun: the person starts there
    ("Der Landrat Heinz Seiffert eröffnete die Messe.", ("Heinz Seiffert", "PER"), ("Landrat Heinz Seiffert", "PER")),
])
def test_place_inside_run(ctx: Context, text: str, expected: tuple[str, str], absent: tuple[str, str]) -> None:
    found = {(m.text, m.kind) for m in analyse(ctx, text, DAY).mentions}
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(("text", "name", "actor"), [
    # a state's genitive before a noun of sport, or its capital after one: no government acting
    ("Frankreichs Meister Paris empfängt am Dienstag Benfica.", "Frankreichs", False),
    ("Frankreichs Meister Paris empfängt am Dienstag Benfica.", "Paris", False),
    ("Nach dem Sieg reist Österreichs Meister zum Rückspiel nach Schweden.", "Österreichs", False),
    ("Der Verband hat Brasiliens Top-Stürmer für vier Spiele gesperrt.", "Brasiliens", False),
    ("Österreichs Nationalteam trifft in Paris auf Island.", "Österreichs", False),
    # before a title or a government noun the state stays
    ("Frankreichs Präsident François Hollande empfing die Kanzlerin.", "Frankreichs", True),
    ("Österreichs Regierung kritisierte die Grenzschließung.", "Österreichs", True),
    ("Die Regierung in Paris kritisierte die Grenzschließung.", "Paris", True),
])
def test_sports_side_is_no_state(ctx: Context, text: str, name: str, actor: bool) -> None:
    mention = next(m for m in analyse(ctx, text, DAY).mentions if m.text == name)
    assert (mention.actor_id is not None and mention.sector == "GOV") is actor, (mention.kind, mention.actor_id)


@pytest.mark.parametrize(("text", "person"), [
    # a middle initial stays inside the name; a first name with a surname's initial ("Salah A.", as papers
    # name suspects) is an unknown person, never the KB person of that surname or alias
    ("Als Präsident Dwight D. Eisenhower 1961 die Beziehungen abbrach, regierte Castro.", "Dwight D. Eisenhower"),
    ("Nach seinem Bruder Salah A. wurde international gefahndet.", "Salah A."),
    ("Der Verdächtige Mohamed A. wurde am Montag festgenommen.", "Mohamed A."),
])
def test_initials_belong_to_the_name(ctx: Context, text: str, person: str) -> None:
    people = [m for m in analyse(ctx, text, "2016-01-16").mentions if m.kind == "PER"]
    assert people[0].text == person and (people[0].actor_id or "").startswith("per:"), people


@pytest.mark.parametrize(("text", "name", "actor_id"), [
    # a person of a state whose people put the family name first goes by its first word after the full name
    ("Chinas Präsident Xi Jinping ist in Washington eingetroffen. Am Freitag traf Xi den US-Präsidenten.", "Xi",
     "Q15031"),
    ("UN-Generalsekretär Ban Ki-moon hat Wien besucht. Ban lobte die Regierung.", "Ban", "Q1253"),
    ("Südkoreas Präsidentin Park Geun-hye reiste nach Peking. Dort traf Park den Premier.", "Park", "kb:park-geun-hye"),
])
def test_family_name_first_after_full_name(ctx: Context, text: str, name: str, actor_id: str) -> None:
    mention = next(m for m in analyse(ctx, text, "2015-09-25").mentions if m.text == name)
    assert mention.actor_id == actor_id, (mention.candidates, mention.actor_id)


@pytest.mark.parametrize(("text", "word"), [
    # without the full name before, a bare family name (shared by many, often a word) names no KB person
    ("Lee gab nach mehr als vier Stunden auf.", "Lee"),
    ("Anwältin Guo konnte Beweise vorlegen.", "Guo"),
    ("Im Park versammelten sich die Demonstranten. Park und Garten wurden gesperrt.", "Park"),
    # the given-name rule: "Hans" is no genitive of a family name "Han", "Frank Hsieh" goes by Hsieh
    ("Der Landeshauptmann Hans Mosbacher hat das verteidigt.", "Hans"),
    ("Landeshauptmann Hans Mosbacher hat das verteidigt.", "Han"),
])
def test_bare_family_name_is_no_kb_person(ctx: Context, text: str, word: str) -> None:
    article = analyse(ctx, text, "2015-09-25")
    linked = [m.actor_id for m in article.mentions if word in m.text.split() and m.actor_id]
    assert not [a for a in linked if not a.startswith(("per:", "grp:"))], linked


@pytest.mark.parametrize(("text", "name"), [
    # a KB surname after a given name the cues do not list, or a word that ends another name
    ("2002 hatte der britische Sänger Robbie Williams mit EMI einen Vertrag unterzeichnet.", "Williams"),
    ("Behörden könnten den Encryption Key mit Gerichtsbeschluss von Microsoft verlangen.", "Key"),
    ("Wenn Abe Lucas Philosophie unterrichtet, jongliert er mit großen Namen.", "Abe"),
    ("Die Archäologin Kat Szabo von der Universität Wollongong berichtet über Perlen.", "Szabo"),
])
def test_kb_surname_inside_another_name(ctx: Context, text: str, name: str) -> None:
    article = analyse(ctx, text, DAY)
    linked = {m.actor_id for m in article.mentions if name in m.text.split()}
    assert all(a is None or a.startswith("per:") for a in linked), linked


@pytest.mark.parametrize(("text", "name", "actor"), [
    # an unknown word before the surname does not reject a person named in full before
    ("Hillary Clinton will Präsidentin werden. Die Demokratin Clinton sprach in Iowa.", "Demokratin Clinton",
     "Q6294"),
    ("Der Beschluss fiel ohne Reinhold Mitterlehner. Schwarze Attacke Mitterlehner am Donnerstag.",
     "Attacke Mitterlehner", "kb:reinhold-mitterlehner"),
])
def test_unknown_word_before_known_person(ctx: Context, text: str, name: str, actor: str) -> None:
    article = analyse(ctx, text, DAY)
    found = {m.actor_id for m in article.mentions if name.split()[-1] in m.text.split()}
    assert actor in found, found


@pytest.mark.parametrize(("text", "actor_id"), [
    # an ordinal's dot that ends the sentence still belongs to the name
    ("Kerry traf in Jordanien auch König Abdullah II.", "abdullah-ii"),
    ("Kerry traf König Abdullah II. in Amman.", "abdullah-ii"),
    ("Kerry traf in Amman König Abdullah.", "abdullah-ii"),  # the Saudi King Abdullah died in January 2015
])
def test_name_with_ordinal(ctx: Context, text: str, actor_id: str) -> None:
    linked = [m.actor_id for m in analyse(ctx, text, "2015-10-25").mentions if m.kind == "PER"]
    assert any(a and a.endswith(actor_id) for a in linked), linked


@pytest.mark.parametrize(("text", "name", "country", "sector"), [
    # an undated article: the title before the name tells which of the person's roles is meant
    ("EU-Ratspräsident Donald Tusk gratulierte Frankreich.", "Donald Tusk", None, "IGO"),
    ("Polens Ministerpräsident Donald Tusk gratulierte Frankreich.", "Donald Tusk", "POL", "GOV"),
    ("Donald Tusk gratulierte Frankreich.", "Donald Tusk", "POL", "GOV"),  # no title: the latest role
])
def test_title_picks_the_role_without_a_date(ctx: Context, text: str, name: str, country: str | None,
                                             sector: str | None) -> None:
    mention = next(m for m in analyse(ctx, text, None).mentions if m.text == name)
    assert (mention.country, mention.sector) == (country, sector)
