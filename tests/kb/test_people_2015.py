"""People in office in 2015-2016 whom Austrian news name (10kGNAD, derStandard.at) resolve to a KB entry
with the right country and sector, on the publication day and, where the sentence names the office,
in an undated article too."""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.context import Context
from chronik.kb.base import build_kb, kb_folders
from chronik.kb.loader import load_entries
from tests.stages.test_mentions import analyse


def _person(ctx: Context, text: str, name: str, published: str | None) -> tuple[str | None, str | None, str | None]:
    """(actor id, country, sector) of the PER mention ``name`` in ``text``; fails when it is not found."""
    article = analyse(ctx, text, published)
    found = [m for m in article.mentions if m.kind == "PER" and m.text == name]
    assert found, [(m.text, m.kind) for m in article.mentions]
    mention = found[0]
    return mention.actor_id, mention.country, mention.sector


@pytest.fixture(scope="module")
def kb(ctx: Context):
    return build_kb(load_entries(kb_folders(None)), ctx.lang("de"))


#: (sentence, person as written, publication day, expected KB id, country, sector)
PEOPLE = [
    # Austria: federal government, parties, Länder
    ("Innenministerin Johanna Mikl-Leitner will die Grenzkontrollen verschärfen.", "Johanna Mikl-Leitner",
     "2015-11-10", "johanna-mikl-leitner", "AUT", "GOV"),
    ("Verteidigungsminister Hans Peter Doskozil schickt Soldaten an die Grenze.", "Hans Peter Doskozil",
     "2016-02-15", "hans-peter-doskozil", "AUT", "GOV"),
    ("Sozialminister Alois Stöger kritisierte den Vorschlag.", "Alois Stöger",
     "2016-03-01", "alois-stoeger", "AUT", "GOV"),
    ("Finanzminister Hans Jörg Schelling lehnt neue Steuern ab.", "Hans Jörg Schelling",
     "2015-06-01", "hans-joerg-schelling", "AUT", "GOV"),
    ("Bildungsministerin Sonja Hammerschmid stellte die Reform vor.", "Sonja Hammerschmid",
     "2016-09-01", "sonja-hammerschmid", "AUT", "GOV"),
    ("Innenminister Wolfgang Sobotka verteidigte die Obergrenze.", "Wolfgang Sobotka",
     "2016-06-01", "wolfgang-sobotka", "AUT", "GOV"),
    # two KB people of one surname: the office and the day tell which ("Sobotka" is also the Czech premier)
    ("Innenminister Sobotka verteidigte die Obergrenze.", "Sobotka", "2016-06-01", "wolfgang-sobotka", "AUT", "GOV"),
    ("Der tschechische Premier Sobotka besuchte Prag.", "Sobotka", "2016-06-01", "bohuslav-sobotka", "CZE", "GOV"),
    ("Vizekanzler Reinhold Mitterlehner traf die Sozialpartner.", "Reinhold Mitterlehner",
     "2015-05-01", "reinhold-mitterlehner", "AUT", "GOV"),
    ("FPÖ-Chef Heinz-Christian Strache forderte Neuwahlen.", "Heinz-Christian Strache",
     "2015-10-12", "heinz-christian-strache", "AUT", "PTY"),
    ("Grünen-Chefin Eva Glawischnig kritisierte die Regierung.", "Eva Glawischnig",
     "2016-01-20", "eva-glawischnig", "AUT", "PTY"),
    ("Neos-Chef Matthias Strolz verlangte eine Reform.", "Matthias Strolz",
     "2016-01-20", "matthias-strolz", "AUT", "PTY"),
    ("Die Kandidatin Irmgard Griss kritisierte die Parteien.", "Irmgard Griss",
     "2016-03-01", "irmgard-griss", "AUT", "PTY"),
    ("Der Dritte Nationalratspräsident Norbert Hofer will die Regierung entlassen.", "Norbert Hofer",
     "2016-04-10", "norbert-hofer", "AUT", "GOV"),
    ("Landeshauptmann Erwin Pröll lehnte die Kandidatur ab.", "Erwin Pröll",
     "2016-01-05", "erwin-proell", "AUT", "GOV"),
    ("Landeshauptmann Hans Niessl verteidigte die Koalition mit der FPÖ.", "Hans Niessl",
     "2015-06-10", "hans-niessl", "AUT", "GOV"),
    ("Bürgermeister Michael Häupl lud zum Gespräch.", "Michael Häupl",
     "2015-09-01", "michael-haeupl", "AUT", "GOV"),
    # Europe
    ("Der griechische Finanzminister Yanis Varoufakis traf Wolfgang Schäuble.", "Yanis Varoufakis",
     "2015-02-05", "yanis-varoufakis", "GRC", "GOV"),
    ("Labour-Chef Jeremy Corbyn lehnt Luftangriffe in Syrien ab.", "Jeremy Corbyn",
     "2015-11-30", "jeremy-corbyn", "GBR", "OPP"),
    ("Der britische Finanzminister George Osborne warnte vor dem Brexit.", "George Osborne",
     "2016-04-18", "george-osborne", "GBR", "GOV"),
    ("Ukip-Chef Nigel Farage jubelte über das Ergebnis.", "Nigel Farage",
     "2016-06-24", "nigel-farage", "GBR", "PTY"),
    ("Eurogruppen-Chef Jeroen Dijsselbloem drohte Athen.", "Jeroen Dijsselbloem",
     "2015-06-20", "jeroen-dijsselbloem", "NLD", "GOV"),
    ("EU-Handelskommissarin Cecilia Malmström verteidigte TTIP.", "Cecilia Malmström",
     "2015-10-07", "cecilia-malmstroem", None, "IGO"),
    ("EZB-Chef Mario Draghi senkte den Leitzins.", "Mario Draghi",
     "2016-03-10", "mario-draghi", None, "IGO"),
    # Turkey and the Middle East
    ("HDP-Chef Selahattin Demirtas warf der Regierung Wahlbetrug vor.", "Selahattin Demirtas",
     "2015-11-02", "selahattin-demirtas", "TUR", "OPP"),
    ("Außenminister Mevlüt Çavusoglu drohte der EU.", "Mevlüt Çavusoglu",
     "2016-03-20", "mevlut-cavusoglu", "TUR", "GOV"),
    ("PYD-Chef Salih Muslim wies die Vorwürfe zurück.", "Salih Muslim",
     "2016-02-20", "salih-muslim", "SYR", "OPP"),
    # the Americas and Africa
    ("Präsident Pierre Nkurunziza ließ Demonstranten verhaften.", "Pierre Nkurunziza",
     "2015-05-14", "pierre-nkurunziza", "BDI", "GOV"),
    ("Der neue Präsident Jimmy Morales versprach Reformen.", "Jimmy Morales",
     "2016-01-15", "jimmy-morales", "GTM", "GOV"),
]


@pytest.mark.parametrize(("text", "name", "published", "entry_id", "country", "sector"), PEOPLE)
def test_people_of_2015_resolve(ctx: Context, kb, text, name, published, entry_id, country, sector) -> None:
    actor_id, got_country, got_sector = _person(ctx, text, name, published)
    assert actor_id == kb.entries[entry_id].public_id
    assert (got_country, got_sector) == (country, sector) if country else got_sector == sector


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("FPÖ-Chef Heinz-Christian Strache forderte Neuwahlen.", "Heinz-Christian Strache", "PTY"),
    ("Innenministerin Johanna Mikl-Leitner will Zäune bauen.", "Johanna Mikl-Leitner", "GOV"),
    ("Grünen-Chefin Eva Glawischnig kritisierte die Regierung.", "Eva Glawischnig", "PTY"),
])
def test_a_title_picks_the_role_in_an_undated_article(ctx: Context, text, name, sector) -> None:
    _, country, got_sector = _person(ctx, text, name, None)
    assert (country, got_sector) == ("AUT", sector)


#: (country or organisation, office, day, expected holder's KB name)
HOLDERS = [
    ("AUT", "interior_minister", "2016-04-20", "Johanna Mikl-Leitner"),
    ("AUT", "interior_minister", "2016-04-21", "Wolfgang Sobotka"),
    ("AUT", "defence_minister", "2016-01-25", "Gerald Klug"),
    ("AUT", "defence_minister", "2016-01-26", "Hans Peter Doskozil"),
    ("fpoe", "leader", "2016-01-01", "Heinz-Christian Strache"),
    ("gruene-oesterreich", "leader", "2016-01-01", "Eva Glawischnig"),
    ("neos", "leader", "2016-01-01", "Matthias Strolz"),
    ("ukip", "leader", "2016-01-01", "Nigel Farage"),
    ("GRC", "defence_minister", "2016-01-01", "Panos Kammenos"),
    ("TUR", "interior_minister", "2016-01-01", "Efkan Ala"),
    ("GTM", "head_of_state", "2015-10-01", "Alejandro Maldonado"),
    ("BDI", "head_of_state", "2015-07-21", "Pierre Nkurunziza"),
    ("oecd", "secretary_general", "2016-01-01", "Ángel Gurría"),
]


@pytest.mark.parametrize(("where", "office", "day", "name"), HOLDERS)
def test_office_holders_2015(kb, where, office, day, name) -> None:
    holder = kb.holder(where, office, dt.date.fromisoformat(day))
    assert holder is not None and holder.name == name
