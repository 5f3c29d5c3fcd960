"""Tests of :mod:`chronik.stages.mention_roles`: a title, country adjective, bracketed party or apposition
beside a name picks the KB namesake and, in an undated article, the role it describes."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.stages.mentions import resources
from tests.stages.test_mentions import analyse

DAY = "2016-05-10"


def linked(ctx: Context, text: str, name: str, published: str | None):
    """The last mention whose text is ``name``, resolved in ``text`` published on ``published``."""
    article = analyse(ctx, text, published)
    return [m for m in article.mentions if m.text == name][-1]


def public_id(ctx: Context, entry_id: str) -> str:
    return resources(ctx, ctx.lang("de")).kb.entries[entry_id].public_id


@pytest.mark.parametrize("published", [None, DAY])
@pytest.mark.parametrize(("text", "name", "person"), [
    # a title and a country adjective right before a surname pick the namesake whose role they describe
    ("Der tschechische Premier Sobotka besuchte am Montag Wien.", "Sobotka", "bohuslav-sobotka"),
    ("Der tschechische Regierungschef Sobotka traf Kanzler Faymann in Wien.", "Sobotka", "bohuslav-sobotka"),
    ("Der österreichische Innenminister Sobotka reiste nach Prag.", "Sobotka", "wolfgang-sobotka"),
    ("Der österreichische Bundespräsident Fischer empfing den Gast in der Hofburg.", "Fischer", "heinz-fischer"),
    ("Der deutsche Außenminister Fischer kritisierte in Prag die Nato.", "Fischer", "joschka-fischer"),
    ("Der tschechische Ministerpräsident Fischer trat in Prag zurück.", "Fischer", "jan-fischer"),
    ("Die US-Außenministerin Clinton traf in Genf ihren russischen Kollegen.", "Clinton", "hillary-clinton"),
    ("Der kubanische Verteidigungsminister Castro besuchte Moskau.", "Castro", "raul-castro"),
    ("Der venezolanische Außenminister Rodríguez sprach vor der UNO.", "Rodríguez", "delcy-rodriguez"),
    ("Der kubanische Außenminister Rodríguez sprach vor der UNO.", "Rodríguez", "bruno-rodriguez-parrilla"),
])
def test_title_picks_namesake(ctx: Context, text: str, name: str, person: str, published: str | None) -> None:
    mention = linked(ctx, text, name, published)
    assert mention.actor_id == public_id(ctx, person), mention.candidates


@pytest.mark.parametrize(("text", "person"), [
    # no title: the article's countries decide as before (Wien: the Austrian)
    ("Sobotka sagte in Wien, die Grenze bleibe offen.", "wolfgang-sobotka"),
    ("Der Besuch Sobotkas in Wien war lange geplant. Sobotka sagte, die Grenze bleibe offen.", "wolfgang-sobotka"),
])
def test_bare_surname_keeps_the_article_country_rule(ctx: Context, text: str, person: str) -> None:
    mention = linked(ctx, text, "Sobotka", None)
    assert mention.actor_id == public_id(ctx, person), mention.candidates


@pytest.mark.parametrize(("text", "name", "sector", "title"), [
    # an undated article: the office or party the text names picks the role, not the latest one
    ("FPÖ-Chef Strache kritisierte die Asylpolitik der Regierung.", "Strache", "PTY", "FPÖ-Chef"),
    ("FPÖ-Obmann Strache kritisierte die Asylpolitik der Regierung.", "Strache", "PTY", "FPÖ-Chef"),
    ("Parteichef Strache kündigte eine Klage an.", "Strache", "PTY", "Parteichef"),
    ("Strache (FPÖ) kritisierte die Asylpolitik der Regierung.", "Strache", "PTY", "FPÖ-Chef"),
    ("Strache, der Chef der FPÖ, kritisierte die Asylpolitik der Regierung.", "Strache", "PTY", "FPÖ-Chef"),
    # a party leader in government all the while he led the party acts for the state (codebook: ministers are GOV)
    ("ÖVP-Chef Mitterlehner sagte im ORF-Report, es gebe keine Neuwahl.", "Mitterlehner", "GOV", "Wirtschaftsminister"),
    ("ÖVP-Obmann Reinhold Mitterlehner sagte, es gebe keine Neuwahl.", "Reinhold Mitterlehner", "GOV",
     "Wirtschaftsminister"),
    ("EZB-Präsident Draghi warnte die Regierung in Athen.", "Draghi", "IGO", "EZB-Präsident"),
    ("Nato-Generalsekretär Stoltenberg warnte Russland vor einer Eskalation.", "Stoltenberg", "IGO", "Nato-Generalsekretär"),
    # the title of a state office outweighs the party in brackets
    ("Sozialminister Rudolf Hundstorfer (SPÖ) betonte, die Pensionen seien gesichert.", "Rudolf Hundstorfer", "GOV",
     "Sozialminister"),
    ("Vizekanzler Strache verteidigte in Wien die Reform.", "Strache", "GOV", "Vizekanzler"),
    # nothing named: the latest role, as before
    ("Strache kritisierte in Wien die Regierung.", "Strache", "GOV", "Vizekanzler"),
    # a variant of the KB title (actors.yaml title_synonyms) picks the same role
    ("Präsidentschaftsbewerber Donald Trump kritisierte Merkel scharf.", "Donald Trump", "PTY", "Präsidentschaftskandidat"),
    ("Der republikanische Präsidentschaftsanwärter Donald Trump griff Clinton an.", "Donald Trump", "PTY",
     "Präsidentschaftskandidat"),
])
def test_named_office_picks_role_without_date(ctx: Context, text: str, name: str, sector: str, title: str) -> None:
    mention = linked(ctx, text, name, None)
    assert (mention.sector, mention.title) == (sector, title), mention


def test_party_role_takes_the_party_country(ctx: Context) -> None:
    """"Bundes-" before "Chef" is no German office here: a party leader acts for his party's country."""
    text = "Der Parteiobmann Christian Ragger wurde von seinem Bundeschef Heinz-Christian Strache abserviert."
    mention = linked(ctx, text, "Heinz-Christian Strache", None)
    assert (mention.country, mention.sector) == ("AUT", "PTY")


@pytest.mark.parametrize(("text", "name", "published", "sector"), [
    ("ÖVP-Chef Mitterlehner kritisierte die Türkei.", "Mitterlehner", "2016-03-10", "GOV"),  # vice-chancellor then
    ("FPÖ-Chef Strache kritisierte die Regierung.", "Strache", "2016-03-10", "PTY"),  # in opposition then
    ("FPÖ-Chef Strache kritisierte die Opposition.", "Strache", "2018-06-10", "GOV"),  # vice-chancellor then
])
def test_a_party_title_gives_way_to_an_office_held_on_the_day(ctx: Context, text: str, name: str, published: str,
                                                              sector: str) -> None:
    assert linked(ctx, text, name, published).sector == sector


def test_dated_article_keeps_the_role_of_its_day(ctx: Context) -> None:
    mention = linked(ctx, "Vizekanzler Strache verteidigte in Wien die Reform.", "Strache", "2015-06-01")
    assert mention.sector == "PTY"


_TITLES = {"head_of_state": "Präsident", "head_of_government": "Premier", "foreign_minister": "Außenminister",
           "defence_minister": "Verteidigungsminister", "interior_minister": "Innenminister"}


def test_every_shared_surname_is_told_apart_by_title_and_country(ctx: Context) -> None:
    """For each surname several KB people share, and each of them who alone held a state office of a
    country ("Der tschechische Premier Sobotka"), that office's title and the country's adjective pick him."""
    kb = resources(ctx, ctx.lang("de")).kb
    states = {e.extra.get("iso3"): e for e in kb.entries.values() if e.kind == "state"}
    wrong = []
    for key, forms in kb.phrases.items():
        ids = sorted({f.entry_id for f in forms if f.how == "surname"})
        if len(key) != 1 or len(ids) < 2 or not key[0][:1].isupper():
            continue
        for person in ids:
            role = next((r for r in kb.entries[person].roles if r.country in states and r.office in _TITLES
                         and _sole_holder(kb, ids, r)), None)
            if role is None:
                continue
            text = f"Der {states[role.country].extra['adjective']}e {_TITLES[role.office]} {key[0]} traf die Opposition."
            if linked(ctx, text, key[0], None).actor_id != kb.entries[person].public_id:
                wrong.append(text)
    assert not wrong, wrong


def _sole_holder(kb, ids: list[str], role) -> bool:
    """True when one person of ``ids`` only has a role of ``role``'s country and office."""
    return sum(any(r.country == role.country and r.office == role.office for r in kb.entries[i].roles) for i in ids) == 1


@pytest.mark.parametrize(("text", "name", "actor"), [
    # a title after a plural determiner names several holders: the organisation, not its one office holder
    ("Die EU-Außenminister verhängten neue Sanktionen gegen Russland.", "EU-Außenminister", "Q458"),
    ("Alle EU-Außenminister trafen sich in Brüssel.", "EU-Außenminister", "Q458"),
])
def test_plural_title_is_the_organisation(ctx: Context, text: str, name: str, actor: str) -> None:
    assert linked(ctx, text, name, "2016-01-10").actor_id == actor


def test_feminine_title_after_die_is_one_person(ctx: Context) -> None:
    """"die EU-Außenministerin" ends like a feminine title: one woman, the holder of the office."""
    mention = linked(ctx, "Die EU-Außenministerin forderte Israel auf, den Siedlungsbau zu stoppen.",
                     "EU-Außenministerin", "2016-01-10")
    assert mention.actor_id == "kb:federica-mogherini"


@pytest.mark.parametrize(("text", "name", "actor"), [
    # a title after a conjunct cut at its hyphen takes that conjunct's prefix
    ("Davutoglu traf am Montag in Brüssel mit den EU-Staats- und Regierungschefs zusammen.", "Regierungschefs", "Q458"),
    ("Die EU-Staats- und Regierungschefs forderten Russland auf, die Separatisten zu stoppen.", "Regierungschefs",
     "Q458"),
])
def test_elided_prefix_names_the_organisation(ctx: Context, text: str, name: str, actor: str) -> None:
    assert linked(ctx, text, name, "2016-01-10").actor_id == actor
