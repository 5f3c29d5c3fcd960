"""Tests of :mod:`chronik.stages.mention_evidence`: a KB politician matched by surname alone needs
support in the article (a full name, a title, or a country or organisation the person acts for)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_mentions import analyse

DAY = "2016-05-10"


def linked(ctx: Context, text: str, name: str) -> set[str | None]:
    """The actor ids of the mentions whose text is ``name``."""
    return {m.actor_id for m in analyse(ctx, text, DAY).mentions if m.text == name}


@pytest.mark.parametrize(("text", "name"), [
    # a footballer, a tennis player, a refugee: the article has nothing to do with the namesake's country
    (("Salzburg gewann in Graz mit 2:0, der Trainer lobte sein Team. Keita traf in der 28. Minute zum "
     "Führungstreffer."), "Keita"),
    ("Die Salzburger spielten mit Berisha und Lainer im Mittelfeld. Berisha traf zum 1:0.", "Berisha"),
    ("Die Villa am Attersee steht zum Verkauf. Es gebe eine Käuferin, sagt Schuster.", "Schuster"),
    ("Im Finale traf er auf den Titelverteidiger. Roger hat das Match praktisch geschenkt, sagte er.", "Roger"),
])
def test_lone_surname_without_support_is_nobody_known(ctx: Context, text: str, name: str) -> None:
    ids = linked(ctx, text, name)
    assert ids and all(i is None or i.startswith("per:") for i in ids), ids


@pytest.mark.parametrize(("text", "name", "actor"), [
    # the person's country, a title, or the full name earlier in the article: the KB person
    ("Griechenland steckt in der Krise. Tsipras traf am Montag seinen Koalitionspartner.", "Tsipras",
     "kb:alexis-tsipras"),
    ("In Athen wird verhandelt. Tsipras traf am Montag seinen Koalitionspartner.", "Tsipras", "kb:alexis-tsipras"),
    ("Der Kanzler kündigte Kontrollen an. Faymann sagte in Wien, es gebe keine Alternative.", "Faymann",
     "kb:werner-faymann"),
    ("Premier Alexis Tsipras reiste ab. Später sagte Tsipras, er sei zufrieden.", "Tsipras", "kb:alexis-tsipras"),
])
def test_lone_surname_with_support_is_linked(ctx: Context, text: str, name: str, actor: str) -> None:
    assert actor in linked(ctx, text, name)


@pytest.mark.parametrize(("text", "absent"), [
    # a capitalised time expression guessed as a name from its shape is no actor
    ("Montagfrüh begann das Bundesheer damit, Soldaten nach Kufstein zu verlegen.", "Montagfrüh"),
    ("Dienstagfrüh rückte die Polizei zur Räumung des Lagers aus.", "Dienstagfrüh"),
])
def test_time_expression_is_no_name(ctx: Context, text: str, absent: str) -> None:
    assert absent not in {m.text for m in analyse(ctx, text, DAY).mentions}


@pytest.mark.parametrize(("text", "name", "actor"), [
    # an undated article: the party glued to the title before the surname is the person's own
    ("FPÖ-Chef Strache kritisierte die Asylpolitik der Regierung.", "Strache", "kb:heinz-christian-strache"),
    ("Der Wiener FPÖ-Obmann Strache kündigte eine Klage an.", "Strache", "kb:heinz-christian-strache"),
    ("ÖVP-Chef Mitterlehner sagte, es gebe keine Neuwahl.", "Mitterlehner", "kb:reinhold-mitterlehner"),
])
def test_party_glued_to_title_supports_surname(ctx: Context, text: str, name: str, actor: str) -> None:
    assert {m.actor_id for m in analyse(ctx, text, None).mentions if m.text == name} == {actor}
