"""Acts only considered, favoured or allowed (event_attitude.py), and negations that negate nothing."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str | None = "2016-01-10") -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


def shown(found: list[EventMention]) -> list[tuple]:
    return [(e.type, e.trigger, [a.name for a in e.source], [a.name for a in e.target], e.modality) for e in found]


@pytest.mark.parametrize(("text", "type_", "modality"), [
    # the content of an attitude or a permission is no reported act
    ("Kurz plädierte dafür, dass Österreich Sanktionen gegen Russland verhängt.", "SANCTION", "hypothetical"),
    ("Putin ließ zu, dass syrische Rebellen von russischen Kampfjets angegriffen werden.", "ASSAULT",
     "hypothetical"),
    # an act noun that is the object of a considering verb, also one not ruled out
    ("Die USA erwägen Luftangriffe auf Stellungen des IS in Libyen.", "ASSAULT", "hypothetical"),
    ("Die Türkei prüft eine Bodenoffensive gegen die Kurdenmiliz YPG in Syrien.", "ASSAULT", "hypothetical"),
    ("Erdogan schloss eine Bodenoffensive in Syrien nicht aus.", "ASSAULT", "hypothetical"),
    ("Die EU diskutiert neue Sanktionen gegen Russland.", "SANCTION", "hypothetical"),
    # a "dass" clause after a verb of possibility, expectation, prevention or fear
    ("Faymann hält es für möglich, dass Österreich die Grenze zu Slowenien schließt.", "SANCTION", "hypothetical"),
    ("Merkel befürchtet, dass Russland die Ukraine angreift.", "ASSAULT", "hypothetical"),
    ("Die Regierung will verhindern, dass Russland die Krim annektiert.", "COERCE", "hypothetical"),
    ("Kurz rechnet damit, dass die EU die Sanktionen gegen Russland verlängert.", "SANCTION", "hypothetical"),
    # a "dass" clause after an AGREE verb is promised, as a zu-infinitive is
    ("Putin stimmte zu, dass Russland und die USA ihre Angriffe koordinieren.", "COOPERATE", "future"),
    # stays asserted: the act is reported, the noun governed by another preposition
    ("Die USA flogen am Montag Luftangriffe auf Stellungen des IS in Libyen.", "ASSAULT", "asserted"),
    # an expectation met or missed is no consideration of the act
    ("Die Gespräche zwischen Kerry und Lawrow in Genf brachten am Freitag nicht den erwarteten Durchbruch.",
     "CONSULT", "asserted"),
    ("Wie erwartet hat die EU am Montag die Sanktionen gegen Russland um sechs Monate verlängert.", "SANCTION",
     "asserted"),
    ("Nach den Luftangriffen auf Stellungen des IS erwägt die Türkei Gespräche mit Russland.", "CONSULT",
     "hypothetical"),
    ("Lawrow sagte, dass Russland am Montag Stellungen des IS in Syrien angegriffen habe.", "ASSAULT", "asserted"),
    # a possibility word before another noun, or in another clause, leaves the act reported
    ("Die USA flogen am Montag Luftangriffe auf mögliche Stellungen des IS in Libyen.", "ASSAULT", "asserted"),
    ("Kerry traf am Montag Lawrow in Genf und sprach über mögliche Sanktionen.", "CONSULT", "asserted"),
    ("Die EU verlängerte am Montag die Sanktionen gegen Russland, ein Ende des Konflikts ist ungewiss.",
     "SANCTION", "asserted"),
    # "nicht nur", "nicht zuletzt" negate nothing
    ("Lawrow traf nicht nur Kerry, sondern auch Mogherini.", "CONSULT", "asserted"),
    ("Nicht zuletzt traf Merkel auch Erdogan in Ankara.", "CONSULT", "asserted"),
])
def test_attitude_modality(ctx: Context, text: str, type_: str, modality: str) -> None:
    found = [e for e in extract(ctx, text) if e.type == type_]
    assert len(found) == 1, shown(extract(ctx, text))
    assert found[0].modality == modality, shown(found)


def test_an_attitudes_own_trigger_is_held_not_considered(ctx: Context) -> None:
    found = [e for e in extract(ctx, "Kerry zeigte sich offen für Gespräche mit Sarif.") if e.type == "SUPPORT"]
    assert all(e.modality != "hypothetical" for e in found), shown(found)


@pytest.mark.parametrize("text", [
    "Im Falle eines russischen Angriffs wird die NATO der Türkei beistehen.",
    "Im Fall eines Angriffs auf die Türkei werde die NATO reagieren, sagte Stoltenberg.",
])
def test_a_case_foreseen_is_no_act(ctx: Context, text: str) -> None:
    found = extract(ctx, text)
    assert not [e for e in found if e.type == "ASSAULT"], shown(found)


@pytest.mark.parametrize(("text", "type_"), [
    # "ohne … zu" and "ohne" before the noun leave the act undone; a negated meeting or agreement is no event
    ("Lawrow traf Kerry, ohne eine Einigung zu erzielen.", "AGREE"),
    ("Die Gespräche zwischen Lawrow und Kerry endeten ohne Einigung.", "AGREE"),
    # a negation before a verb of existence beyond the cue window
    ("Ein Treffen zwischen Putin und Erdogan wird es nicht geben, sagte Peskow.", "CONSULT"),
    ("Das Treffen zwischen Putin und Obama fand nicht statt.", "CONSULT"),
])
def test_an_act_negated_outside_its_window_is_no_event(ctx: Context, text: str, type_: str) -> None:
    found = extract(ctx, text)
    assert not [e for e in found if e.type == type_ and e.modality != "negated"], shown(found)


@pytest.mark.parametrize(("text", "type_", "modality"), [
    ("Merkel traf Erdogan in Ankara, ohne die Menschenrechte anzusprechen.", "CONSULT", "asserted"),
    # "ohne" opening a phrase, not a zu-infinitive clause, negates nothing
    ("Ohne Zustimmung des UN-Sicherheitsrats griffen die USA den Irak an.", "ASSAULT", "asserted"),
    ("Bei dem Treffen von Putin und Erdogan gab es keine Einigung.", "CONSULT", "asserted"),
    ("Sarif zeigte sich bereit zu Gesprächen mit Saudi-Arabien.", "CONSULT", "hypothetical"),
])
def test_the_act_beside_a_negation(ctx: Context, text: str, type_: str, modality: str) -> None:
    found = [e for e in extract(ctx, text) if e.type == type_]
    assert len(found) == 1 and found[0].modality == modality, shown(extract(ctx, text))


def test_an_act_not_asserted_stays_below_the_sure_band(ctx: Context) -> None:
    found = extract(ctx, "Merkel wird am Montag Erdogan in Ankara treffen.")
    assert found and all(e.confidence < 0.8 for e in found), shown(found)


@pytest.mark.parametrize(("text", "type_"), [
    # the act demanded in a "dass" clause is no event: the REQUEST is
    ("Erdogan forderte, dass Russland die Luftangriffe einstellt.", "RETREAT"),
    # what is coordinated is no act of its own: the coordination is
    ("Putin kündigte an, beide Länder würden Geheimdienstinformationen austauschen und ihre Luftangriffe in "
     "Syrien besser aufeinander abstimmen.", "ASSAULT"),
    ("Russland und Frankreich wollen ihre Luftangriffe in Syrien koordinieren.", "ASSAULT"),
])
def test_a_demanded_or_coordinated_act_is_no_event(ctx: Context, text: str, type_: str) -> None:
    found = extract(ctx, text)
    assert not [e for e in found if e.type == type_], shown(found)


def test_a_refused_apology_is_a_refusal(ctx: Context) -> None:
    """"weigerte sich, … zu entschuldigen": a REJECT of the one owed the apology, no asserted concession."""
    found = extract(ctx, "Erdogan weigerte sich, sich bei Russland zu entschuldigen.")
    assert not [e for e in found if e.type == "CONCEDE" and e.modality != "negated"], shown(found)
    assert [(e.type, [a.name for a in e.target]) for e in found if e.type == "REJECT"] == [("REJECT", ["Russland"])]


@pytest.mark.parametrize(("text", "type_"), [
    # a settlement "nicht in Sicht" (a refused act, "weigerte sich, … zu", is a refusal: above)
    ("Eine Einigung zwischen Russland und der Ukraine ist nicht in Sicht.", "AGREE"),
])
def test_a_refused_or_distant_act_is_not_asserted(ctx: Context, text: str, type_: str) -> None:
    found = [e for e in extract(ctx, text) if e.type == type_]
    assert all(e.modality == "negated" for e in found), shown(found)
    assert found or type_ == "AGREE", shown(extract(ctx, text))


@pytest.mark.parametrize(("text", "type_"), [
    ("Erst die Vermittlung Russlands machte die Einigung zwischen Assad und den Rebellen möglich.", "AGREE"),
    ("Die Nato diskutierte am Montag die russischen Luftangriffe in Syrien.", "ASSAULT"),
    ("Die Nato debattierte am Montag die Luftangriffe Russlands in Syrien.", "ASSAULT"),
    ("Die Gespräche zwischen Russland und der Türkei wurden erst durch die Waffenruhe möglich.", "CONSULT"),
])
def test_possibility_made_real_or_known_act_discussed_is_asserted(ctx: Context, text: str, type_: str) -> None:
    """"machte … möglich" tells a thing that became real; "diskutierte die russischen Luftangriffe" a known act."""
    found = [e for e in extract(ctx, text, "2016-03-10") if e.type == type_]
    assert len(found) == 1 and found[0].modality == "asserted", [(e.trigger, e.modality) for e in found]


def test_known_act_discussed_takes_no_date_of_the_discussion(ctx: Context) -> None:
    """The air strikes happened before Monday's discussion: no date of their own clause."""
    found = [e for e in extract(ctx, "Die Nato diskutierte am Montag die russischen Luftangriffe in Syrien.",
                                "2016-03-10") if e.type == "ASSAULT"]
    assert len(found) == 1 and found[0].date is None


@pytest.mark.parametrize("text", [
    "Ein Treffen zwischen Netanjahu und Abbas ist nach Angaben aus Washington denkbar.",
    "Ein Treffen von Obama und Putin in Paris ist nicht ausgeschlossen.",
    "Russland erwägt Luftangriffe auf den IS in Afghanistan.",
    # a possibility judged with "wurde … als möglich bezeichnet", "für möglich gehalten" is not made real
    "Ein Treffen zwischen Putin und Obama wurde am Mittwoch in Moskau als möglich bezeichnet.",
    "Eine Einigung zwischen Russland und der Türkei wurde für möglich gehalten, sagte Lawrow.",
    # a discussed act that names no agent of its own is only proposed
    "Die Nato diskutierte am Mittwoch die Entsendung von Truppen in die Türkei.",
    "Die EU-Staaten debattierten am Mittwoch die Schließung der Grenze zu Griechenland.",
    # a list of actors, closed by "und" or bare in a headline, does not end the clause before "möglich"
    "Treffen Putin, Poroschenko und Merkel diese Woche möglich.",
    "Treffen EU, Ukraine, Russland diese Woche möglich",
    "Gespräche von Kerry, Lawrow und Sarif in Wien noch diese Woche denkbar.",
    # an act noun called possible among its modifiers, or unlikely or open in its clause
    "Ein mögliches Treffen zwischen Putin und Obama am Rande der UN-Vollversammlung ist noch offen.",
    "Ein Treffen Putins mit Obama gilt als unwahrscheinlich.",
    "Über einen etwaigen Besuch Erdogans in Moskau wurde nichts bekannt.",
])
def test_only_possible_act_stays_hypothetical(ctx: Context, text: str) -> None:
    """A possibility with no word that makes it real, a considered act: hypothetical."""
    found = extract(ctx, text, "2016-03-10")
    assert found and all(e.modality == "hypothetical" for e in found), [(e.trigger, e.modality) for e in found]


def test_possibility_judged_impossible_keeps_the_act(ctx: Context) -> None:
    """"wurde nicht für möglich gehalten": the agreement stays, hypothetical or negated, never asserted."""
    found = [e for e in extract(ctx, "Eine Einigung zwischen Russland und der Türkei wurde nicht für möglich "
                                     "gehalten, sagte Lawrow.", "2016-03-10") if e.type == "AGREE"]
    assert found and all(e.modality in ("hypothetical", "negated") for e in found), shown(found)


@pytest.mark.parametrize(("text", "stance", "act"), [
    # the content of an endorsement coded as its own event is no act of the one it names
    ("Macron und Hollande haben sich dafür offen gezeigt, dass die Ukraine mit westlichen Waffen auch "
     "militärische Stellungen in Russland angreift.", "SUPPORT", "ASSAULT"),
    ("Faymann sprach sich dafür aus, dass die EU Sanktionen gegen Russland verhängt.", "SUPPORT", "SANCTION"),
    ("Mogherini zeigte sich offen dafür, dass die EU die Sanktionen gegen Russland lockert.", "SUPPORT", "CONCEDE"),
])
def test_an_endorsed_act_is_no_event(ctx: Context, text: str, stance: str, act: str) -> None:
    found = extract(ctx, text)
    assert any(e.type == stance for e in found) and not any(e.type == act for e in found), shown(found)
