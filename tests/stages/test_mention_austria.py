"""Actor cues of Austrian domestic politics: the Landeshauptmann, "Bundes-" titles, party prefixes
before a title ("VP-Klubobmann", "Grünen-Abgeordneter"), South Tyrol's SVP (actors.yaml, KB)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_mentions import analyse


def _person(ctx: Context, text: str, name: str):
    doc = analyse(ctx, text, "2016-01-04")
    return next(m for m in doc.mentions if m.text == name)


@pytest.mark.parametrize(("text", "name", "country", "sector"), [
    # a Landeshauptmann heads a federal state's government: GOV, the country from the KB or context
    ("Landeshauptmann Josef Pühringer kritisierte den Plan der Regierung.", "Josef Pühringer", "AUT", "GOV"),
    ("Landeshauptfrau Gabi Burgstaller sprach sich gegen Quoten aus.", "Gabi Burgstaller", None, "GOV"),
    # a party before the title ties the person to that party, abbreviated too ("VP-", "SP-")
    ("VP-Klubobmann Reinhold Lopatka lehnte den Antrag ab.", "Reinhold Lopatka", "AUT", "PTY"),
    ("SP-Klubchef Andreas Schieder lehnte den Antrag der FPÖ ab.", "Andreas Schieder", "AUT", "PTY"),
    ("Team-Stronach-Klubobmann Robert Lugar kritisierte die Regierung.", "Robert Lugar", "AUT", "PTY"),
    # "Grünen-" is Austria's Greens beside Austrian parties, Germany's beside German ones
    ("Grünen-Abgeordneter Peter Maier kritisierte die ÖVP und die SPÖ.", "Peter Maier", "AUT", "PTY"),
    ("Grünen-Fraktionschefin Katrin Meier kritisierte die CDU und die SPD.", "Katrin Meier", "DEU", "PTY"),
    # the Swiss SP stays Swiss in a Swiss context
    ("Die Schweizer SP-Präsidentin Hanna Keller kritisierte den Bundesrat in Bern.", "Hanna Keller", "CHE", "PTY"),
    # South Tyrol's Landeshauptleute are Italian, and its SVP is the Südtiroler Volkspartei
    ("Landeshauptmann Arno Kompatscher kritisierte die Regierung in Rom.", "Arno Kompatscher", "ITA", "GOV"),
    ("Die SVP in Bozen und Landeshauptmann Arno Kompatscher lehnen den Vorschlag ab.", "SVP", "ITA", "PTY"),
    ("Die SVP von Christoph Blocher gewann die Wahl in der Schweiz.", "SVP", "CHE", "PTY"),
])
def test_person_of_austrian_politics(ctx: Context, text: str, name: str, country: str | None, sector: str) -> None:
    mention = _person(ctx, text, name)
    assert (mention.country, mention.sector) == (country, sector)


@pytest.mark.parametrize(("text", "title", "person"), [
    # a Landeshauptmann's title alone is the last person named as one
    ("Landeshauptmann Josef Pühringer kritisierte den Plan. Der Landeschef sagte, er sei dagegen.",
     "Landeschef", "kb:josef-puehringer"),
    ("Landeshauptmann Erwin Pröll sprach mit Kanzler Werner Faymann. Der Landeshauptmann warnt vor der FPÖ.",
     "Landeshauptmann", "kb:erwin-proell"),
    # "der Bundeskanzler" alone is the chancellor last named, of the same gender's title
    ("Bundeskanzler Werner Faymann traf in Wien Merkel. Der Bundeskanzler forderte die EU auf, die Grenzen zu "
     "schützen.", "Bundeskanzler", "kb:werner-faymann"),
    ("Faymann traf in Wien Merkel. Der Bundeskanzler forderte die EU auf, die Grenzen zu schützen.",
     "Bundeskanzler", "kb:werner-faymann"),
    ("Bundeskanzlerin Angela Merkel traf in Wien Faymann. Die Bundeskanzlerin forderte die EU auf.",
     "Bundeskanzlerin", "Q567"),
    # "der Bundespräsident" alone, as the chancellor
    ("Bundespräsident Heinz Fischer traf Faymann. Der Bundespräsident kritisierte die FPÖ.",
     "Bundespräsident", "kb:heinz-fischer"),
    # "der Minister" alone is the minister of any portfolio last named, of the same gender's title
    ("Finanzminister Hans Jörg Schelling forderte Kürzungen. Der ÖGB warf dem Minister vor, Lohndumping zu fördern.",
     "Minister", "kb:hans-joerg-schelling"),
    ("Innenministerin Johanna Mikl-Leitner kündigte Zäune an. Strache kritisierte die Ministerin.",
     "Ministerin", "kb:johanna-mikl-leitner"),
])
def test_landeshauptmann_alone_refers_back(ctx: Context, text: str, title: str, person: str) -> None:
    desc = next(m for m in analyse(ctx, text, "2016-01-04").mentions if m.text == title)
    assert desc.actor_id == person


@pytest.mark.parametrize("text", [
    "Der Bundessprecher der Grünen, Werner Kogler, kritisierte die ÖVP und die SPÖ.",
    "FPÖ-Bundeschef Heinz-Christian Strache kritisierte die Regierung.",
])
def test_bundes_prefix_names_no_germany(ctx: Context, text: str) -> None:
    # "Bund"/"Bundes-" is the federal level of Austria too: the prefix alone gives no DEU
    assert all(m.country != "DEU" for m in analyse(ctx, text, "2016-01-04").mentions)


def test_minister_alone_is_not_a_minister_of_the_other_gender(ctx: Context) -> None:
    text = "Innenministerin Johanna Mikl-Leitner kündigte Zäune an. Strache kritisierte den Minister."
    desc = next(m for m in analyse(ctx, text, "2016-01-04").mentions if m.text == "Minister")
    assert desc.actor_id != "kb:johanna-mikl-leitner"


def test_plural_ministers_refer_to_nobody(ctx: Context) -> None:
    # "die Minister" after a plural determiner are several holders, not the minister last named
    text = "Außenminister Sebastian Kurz traf in Brüssel Kollegen. Die Minister forderten die Türkei auf, die Grenzen zu öffnen."
    desc = next(m for m in analyse(ctx, text, "2016-01-04").mentions if m.text == "Minister")
    assert desc.actor_id != "kb:sebastian-kurz"


@pytest.mark.parametrize("text", [
    # review of 68b4c4d: two ministers of the gender's title in the last sentence that names one: "der Minister" is either
    "Der ungarische Außenminister Szijjarto traf Kurz. Der Minister kritisierte Österreich.",
    "Außenminister Kurz sprach mit Lawrow. Der Minister kritisierte die EU.",
    "Außenminister Steinmeier traf den russischen Außenminister Lawrow. Der Minister warf der NATO Provokationen vor.",
])
def test_minister_alone_after_two_ministers_is_nobody(ctx: Context, text: str) -> None:
    desc = next(m for m in analyse(ctx, text, "2016-03-10").mentions if m.text == "Minister")
    assert not (desc.actor_id or "").startswith("kb:")  # no person of the knowledge base


@pytest.mark.parametrize(("text", "noun"), [
    # an unknown word with a derived noun's ending after a title is the object, not the person's name
    ("Strache warf dem Minister Zynismus vor.", "Zynismus"),
    ("Die Grünen warfen der Ministerin Untätigkeit vor.", "Untätigkeit"),
    ("Kurz warf dem Kanzler Populismus vor.", "Populismus"),
])
def test_derived_noun_after_title_is_no_name(ctx: Context, text: str, noun: str) -> None:
    assert all(noun not in m.text for m in analyse(ctx, text, "2016-01-04").mentions)


@pytest.mark.parametrize(("text", "name", "person"), [
    # a KB surname that is also an adjective is the name after a title, not a person beside a lone title
    ("Die ÖVP kritisierte Verteidigungsminister Klug.", "Klug", "kb:gerald-klug"),
    ("Die SPÖ lobte Außenminister Kurz.", "Kurz", "kb:sebastian-kurz"),
])
def test_kb_surname_after_title_is_the_titled_name(ctx: Context, text: str, name: str, person: str) -> None:
    mentions = analyse(ctx, text, "2015-06-10").mentions
    named = next(m for m in mentions if m.text == name)
    assert named.actor_id == person and named.how == "title"
