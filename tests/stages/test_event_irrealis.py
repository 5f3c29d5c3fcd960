"""Acts that did not happen (event_irrealis.py): intended, offered, demanded, conditional, prevented, feared."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str | None = "2015-10-18") -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


def of_type(found: list[EventMention], type_: str) -> list[EventMention]:
    return [e for e in found if e.type == type_]


@pytest.mark.parametrize(("text", "type_", "modality"), [
    # a zu-infinitive under an intention noun or verb is planned or offered, negated with a negation
    ("Russland hat nie die Absicht gehabt, Truppen in die Ukraine zu entsenden, sagte Lawrow.", "MOBILIZE", "negated"),
    ("Die Regierung in Ankara hat sich bereiterklärt, mit der Europäischen Union beim Grenzschutz zu kooperieren.",
     "COOPERATE", "future"),
    ("Russland bot an, zwischen Armenien und Aserbaidschan zu vermitteln.", "CONSULT", "future"),
    # announced, planned or decided acts have not happened yet
    ("Russland kündigte an, Truppen nach Syrien zu entsenden.", "MOBILIZE", "future"),
    ("Die Türkei plant, Truppen in den Irak zu schicken.", "MOBILIZE", "future"),
    ("Die Nato hat beschlossen, zusätzliche Soldaten nach Polen zu verlegen.", "MOBILIZE", "future"),
    # a proposal that the sentence's REJECT verb turns down
    ("Den Vorschlag Frankreichs, Soldaten nach Mali zu entsenden, lehnte die Regierung in Berlin ab.",
     "MOBILIZE", "negated"),
    # an act in a conditional clause (verb-first "sollten", "wenn")
    ("Erdogan drohte mit Vergeltung, sollten kurdische Kämpfer die Stadt Azaz einnehmen.", "COERCE", "hypothetical"),
    # stays asserted: a reported act, an act begun ("damit begonnen, … abzuziehen"), a concessive "auch wenn"
    ("Die russische Luftwaffe hat am Samstag Stellungen der Rebellen in Syrien angegriffen.", "ASSAULT", "asserted"),
    ("Die USA haben am Montag damit begonnen, Truppen aus dem Irak abzuziehen.", "RETREAT", "asserted"),
    ("Auch wenn Putin Assad am Montag in Damaskus besuchte, blieb die Lage angespannt.", "CONSULT", "asserted"),
    ("Putin hat sich am Montag in Moskau mit Erdogan getroffen, um eine Eskalation zu verhindern.",
     "CONSULT", "asserted"),
    # the aim of a purpose clause ("…, um … zu") or of a cooperation is not reported as done
    ("Russland und die USA arbeiten zusammen, um Stellungen des IS in Syrien anzugreifen.", "ASSAULT", "future"),
    ("Die EU arbeitet mit dem IWF eng dabei zusammen, Reformen von Griechenland zu fordern.", "REQUEST", "future"),
    # the main clause's act stays asserted; a cooperation agreed stays the agreement's content
    ("Kerry reiste am Montag nach Moskau, um mit Putin über Syrien zu sprechen.", "CONSULT", "asserted"),
    ("Russland und die USA arbeiten zusammen, um Stellungen des IS in Syrien anzugreifen.", "COOPERATE", "asserted"),
    # a meeting or call does what it is for
    ("Kerry traf am Montag Lawrow, um ihn zur Mäßigung aufzufordern.", "REQUEST", "asserted"),
    ("Die russische Luftwaffe hat nach der Warnung vor Anschlägen Stellungen des IS in Syrien angegriffen.",
     "ASSAULT", "asserted"),
    ("Die USA haben mit Angriffen auf den IS eine Offensive verhindert.", "ASSAULT", "asserted"),
    # "soll" is a claim only with a perfect infinitive; else a plan
    ("Der Palästinenser soll am Samstag zwei israelische Soldaten mit einem Messer angegriffen haben.",
     "ASSAULT", "claimed"),
    ("Putin soll am Samstag nach Damaskus reisen.", "CONSULT", "future"),
    # the claim of a relative clause ("…, der … angegriffen haben soll") is past: it does not date the act ahead
    ("Israelische Soldaten erschossen am Samstag einen Palästinenser, der Soldaten mit einem Messer angegriffen "
     "haben soll.", "ASSAULT", "asserted"),
])
def test_modality(ctx: Context, text: str, type_: str, modality: str) -> None:
    found = of_type(extract(ctx, text), type_)
    assert len(found) == 1, [(e.type, e.trigger, e.modality) for e in extract(ctx, text)]
    assert found[0].modality == modality


@pytest.mark.parametrize(("text", "type_"), [
    # a feared or prevented act reports no act
    ("In Kiew wächst die Angst vor russischen Luftangriffen.", "ASSAULT"),
    ("Der Kreml befürchtet amerikanische Luftangriffe auf Syrien.", "ASSAULT"),
    ("Die Armee konnte einen Angriff der Rebellen auf Damaskus verhindern.", "ASSAULT"),
    # only signs of an act
    (("Die Evakuierung deutet auf erste Anzeichen einer Zusammenarbeit zwischen Moskau und Hayat Tahrir al-Scham "
      "hin."), "COOPERATE"),
    # the act warned of ("warnte … vor einer Bodenoffensive") is not done
    ("Moskau warnte Ankara vor einer Bodenoffensive in Syrien.", "ASSAULT"),
    ("Obama hat vor russischen Luftangriffen auf die gemäßigte Opposition gewarnt.", "ASSAULT"),
    # an act demanded of someone: the REQUEST is the event, the demanded act is none
    ("Der Internationale Strafgerichtshof hatte Südafrika aufgerufen, den sudanesischen Präsidenten Omar "
     "al-Baschir festzunehmen.", "COERCE"),
])
def test_no_act(ctx: Context, text: str, type_: str) -> None:
    assert not of_type(extract(ctx, text), type_), [(e.type, e.trigger) for e in extract(ctx, text)]


def test_demand_itself_stays(ctx: Context) -> None:
    text = ("Der Internationale Strafgerichtshof hatte Südafrika aufgerufen, den sudanesischen Präsidenten Omar "
            "al-Baschir festzunehmen.")
    found = of_type(extract(ctx, text), "REQUEST")
    assert len(found) == 1 and found[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    "Ein Ende der Kämpfe zwischen der syrischen Armee und den Rebellen ist nicht in Sicht.",
    "Ein Ende der Kämpfe zwischen der syrischen Armee und den Rebellen ist nicht absehbar.",
])
def test_no_end_in_sight_does_not_negate_the_fighting(ctx: Context, text: str) -> None:
    """The genitive of an ending noun ("Ein Ende der Kämpfe"): the negation denies the end; the fighting goes on."""
    fights = [e for e in events(analyse(ctx, text, "2016-03-10"), ctx).events if e.type == "ASSAULT"]
    assert len(fights) == 1 and fights[0].modality == "asserted", [(e.trigger, e.modality) for e in fights]


def test_meeting_that_did_not_take_place_stays_negated(ctx: Context) -> None:
    """The act noun itself as the subject of a negated verb of occurrence is negated."""
    found = events(analyse(ctx, "Das Treffen von Kerry und Lawrow in Genf fand nicht statt.", "2016-03-10"), ctx).events
    assert all(e.modality == "negated" for e in found if e.type == "CONSULT")


@pytest.mark.parametrize("text", [
    ("Putin führte das auf mangelnde Koordination zwischen der US-geführten Koalition, den Syrern und Russland "
     "zurück."),
    "Die Opposition beklagte die fehlende Zusammenarbeit zwischen Russland und den USA.",
])
def test_a_lacking_act_is_no_asserted_act(ctx: Context, text: str) -> None:
    """A negating adjective before the noun ("mangelnde Koordination") says the act is missing."""
    found = events(analyse(ctx, text, "2016-12-16"), ctx).events
    assert not [e for e in found if e.type == "COOPERATE" and e.modality == "asserted"], \
        [(e.type, e.trigger, e.modality) for e in found]


@pytest.mark.parametrize(("text", "modality"), [
    ("Das für Montag geplante Treffen zwischen Kerry und Lawrow wurde verschoben.", "future"),
    ("Das Treffen zwischen Kerry und Lawrow wurde auf Freitag verschoben.", "future"),
    ("Das Treffen zwischen Kerry und Lawrow verschob sich auf Freitag.", "future"),
    ("Kerry und Lawrow haben ihr Treffen auf Freitag verschoben.", "future"),
])
def test_postponed_meeting_has_not_happened(ctx: Context, text: str, modality: str) -> None:
    """A meeting put off is planned anew, not held."""
    found = [e for e in events(analyse(ctx, text, "2016-03-10"), ctx).events if e.type == "CONSULT"]
    assert len(found) == 1 and found[0].modality == modality and found[0].confidence < 0.8


def test_meeting_named_before_a_cancellation_happened(ctx: Context) -> None:
    """"Nach dem Treffen … sagte … ab": the meeting a preposition governs is the setting, it took place."""
    found = [e for e in events(analyse(ctx, "Nach dem Treffen mit Merkel sagte Erdogan seine Reise nach Brüssel ab.",
                                       "2016-03-10"), ctx).events if e.type == "CONSULT"]
    assert len(found) == 1 and found[0].modality == "asserted"


@pytest.mark.parametrize(("text", "type_"), [
    ("Ohne die russischen Luftangriffe wäre Assad längst gestürzt worden.", "COERCE"),
    ("Erdogan hätte Putin in Paris treffen können, lehnte dies aber ab.", "CONSULT"),
])
def test_counterfactual_act_is_hypothetical(ctx: Context, text: str, type_: str) -> None:
    """"Ohne … wäre … gestürzt worden", "hätte … treffen können": what would have happened."""
    found = [e for e in events(analyse(ctx, text, "2016-03-10"), ctx).events if e.type == type_]
    assert len(found) == 1 and found[0].modality == "hypothetical", [(e.trigger, e.modality) for e in found]


def test_reported_konjunktiv_stays_asserted(ctx: Context) -> None:
    """The Konjunktiv II of reported speech with no counterfactual frame reports an act."""
    text = "Russische Kampfflugzeuge hätten Stellungen der Rebellen in Idlib bombardiert, teilte das Ministerium mit."
    found = [e for e in events(analyse(ctx, text, "2016-03-10"), ctx).events if e.type == "ASSAULT"]
    assert found and all(e.modality != "hypothetical" for e in found)


def test_act_that_shifts_something_is_not_postponed(ctx: Context) -> None:
    """An act noun as the active subject of "verschieben" shifts something else: it happened."""
    text = "Die russischen Luftangriffe haben das Kräfteverhältnis in Syrien zugunsten Assads verschoben."
    found = [e for e in events(analyse(ctx, text, "2016-03-10"), ctx).events if e.type == "ASSAULT"]
    assert len(found) == 1 and found[0].modality == "asserted", [(e.trigger, e.modality) for e in found]


@pytest.mark.parametrize("text", [
    "Erdogan rief Putin an, um ihm zu kondolieren.",
    "Erdogan rief Putin am Mittwoch an, um ihm zu kondolieren.",
])
def test_a_call_does_what_its_purpose_clause_says(ctx: Context, text: str) -> None:
    # "rief … an" is no trigger, but like a call it carries out its purpose: the condolence is made
    (event,) = [e for e in extract(ctx, text, "2016-01-10") if e.type == "SUPPORT"]
    assert event.modality == "asserted", event


def test_an_agreement_a_meeting_aims_at_is_planned(ctx: Context) -> None:
    # a meeting carries out a demand or condolence made in it, but not the outcome it is held for
    found = extract(ctx, "Lawrow traf Kerry am Montag in Genf, um eine Waffenruhe zu vereinbaren.", "2016-01-14")
    assert [e.modality for e in found if e.type == "AGREE"] == ["future"]
