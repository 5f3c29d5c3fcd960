"""Tests of event dates (``chronik.stages.event_dating``): which time expression dates a trigger, the
narrated time that a continuation word carries over, recent background acts, and later mentions that
date an earlier event.  Real German sentences, published on the given day."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.event_evidence import TEXT_DATED
from chronik.stages.events import events
from tests.stages.test_events import only
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str | None) -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


def dated(found: list[EventMention], type_: str) -> str | None:
    matching = [e for e in found if e.type == type_]
    assert matching, [(e.type, e.trigger) for e in found]
    return matching[-1].date.value if matching[-1].date else None


@pytest.mark.parametrize(("text", "published", "type_", "expected"), [
    # a continuation word carries the time of the sentence before
    (("So war Russlands Präsident im Dezember 2017 auf die Luftwaffenbasis Hamaimim gereist, um mit Assad zu "
     "sprechen. Danach ordnete er den Rückzug eines Großteils der russischen Truppen aus Syrien an."),
     "2020-01-07", "RETREAT", "2017-12"),
    (("Am 14. März 2016 traf Putin den syrischen Präsidenten Assad in Moskau. Anschließend ordnete Putin den "
     "Abzug der russischen Truppen aus Syrien an."), "2020-01-07", "RETREAT", "2016-03-14"),
    # "zugleich/gleichzeitig" keep the narrated time of the sentences before
    (("Die Staats- und Regierungschefs der Europäischen Union hatten das Minsker Abkommen am Donnerstag bei "
      "ihrem Gipfel in Brüssel begrüßt. Kanzlerin Angela Merkel berichtete dort über die Ergebnisse. Zugleich "
      "machten die Gipfelteilnehmer klar, dass die EU weitere Sanktionen gegen Russland verhängen könnte."),
     "2015-02-13", "SANCTION", "2015-02-12"),
    (("Am 14. März 2016 traf Putin den syrischen Präsidenten Assad in Moskau. Gleichzeitig ordnete Putin den "
      "Abzug der russischen Truppen aus Syrien an."), "2020-01-07", "RETREAT", "2016-03-14"),
    # without a continuation word the sentence is news of the day
    (("Am 14. März 2016 traf Putin den syrischen Präsidenten Assad in Moskau. Putin ordnete den Abzug der "
     "russischen Truppen aus Syrien an."), "2020-01-07", "RETREAT", "2020-01-07"),
    # a recent background act takes the month of the publication; an old one no date
    ("Russland und Syrien hatten ihre gemeinsamen Luftangriffe auf die Rebellen zuletzt verstärkt.",
     "2020-01-07", "ASSAULT", "2020-01"),
    ("Russland hatte in den vergangenen Wochen Kampfflugzeuge und Soldaten nach Syrien verlegt.",
     "2015-09-30", "MOBILIZE", "2015-09"),
    ("Russland und Syrien hatten ihre gemeinsamen Luftangriffe auf die Rebellen verstärkt.",
     "2020-01-07", "ASSAULT", None),
    # a time that dates a noun ("vom 13. November") does not date the clause, but dates that noun's act
    (("Moskau ist die letzte Station einer Rundreise, mit der Hollande nach den Anschlägen vom 13. November "
     "in Paris um Unterstützung wirbt."), "2015-11-26", "CONSULT", "2015-11-26"),
    # a time in a clause after the trigger's belongs to that clause
    (("Die Opposition in Deutschland warf Merkel vor, Erdogan vor der Parlamentswahl am 1. November eine Bühne "
     "zu bieten."), "2015-10-18", "ACCUSE", "2015-10-18"),
    # ... unless it is a relative clause that describes the event noun
    (("Der IS übernahm die Verantwortung für den Anschlag auf ein russisches Passagierflugzeug, bei dem am "
     "31. Oktober 224 Menschen ums Leben kamen."), "2015-11-26", "ASSAULT", "2015-10-31"),
    # the matrix clause dates a relative clause that holds the trigger
    ("Putin war am Dienstag in Damaskus gewesen, wo er mit Präsident Baschar al-Assad zusammentraf.",
     "2020-01-08", "CONSULT", "2020-01-07"),
    # an enumeration of actors is one clause
    (("Darauf verständigten sich die Präsidenten Wladimir Putin, Recep Tayyip Erdogan und Hassan Ruhani am "
     "Mittwoch in Sotschi."), "2017-11-23", "AGREE", "2017-11-22"),
    # a time after "seit" says when a state began: the clause's other time dates the act; a predicative
    # phrase of the subject ("als erster US-Präsident") is no object
    ("Obama wird im März als erster US-Präsident seit 1928 Kuba besuchen.", "2016-01-10", "CONSULT", "2016-03"),
    # a season, quarter or half-year dates by its year; winter spans two years
    ("Russland begann im Herbst 2015 mit Luftangriffen in Syrien.", "2020-01-07", "ASSAULT", "2015"),
    ("Die Türkei hatte im zweiten Quartal 2016 Truppen an die Grenze verlegt.", "2020-01-07", "MOBILIZE", "2016"),
    # a span of years the act went on has no day; an act after such a span is news of the day
    (("Mit russischer Luftunterstützung haben die Regierungstruppen in den vergangenen Jahren den größten Teil "
      "Syriens zurückerobert."), "2020-01-07", "ASSAULT", None),
    ("Nach mehr als vier Jahren Kämpfen hat die syrische Armee Aleppo zurückerobert.", "2016-12-23", "ASSAULT",
     "2016-12-23"),
    (("Erstmals in drei Jahren haben sich die Außenminister Indiens und Pakistans zu Gesprächen in Islamabad "
      "getroffen."), "2016-01-10", "CONSULT", "2016-01-10"),
    # a bare season's year is a guess: no date
    ("Im Herbst hatte die Türkei einen russischen Kampfjet abgeschossen.", "2016-01-10", "ASSAULT", None),
    # "erstmals seit 2011" names the last such act, not this one
    ("Erstmals seit 2011 trafen sich die Außenminister Indiens und Pakistans in Islamabad.", "2016-01-10",
     "CONSULT", "2016-01-10"),
    ("Zum ersten Mal seit 2011 trafen sich die Außenminister Indiens und Pakistans.", "2016-01-10", "CONSULT",
     "2016-01-10"),
    # a pair of dashes sets off an insertion: the clause, and its time, go on after it
    ("Das Treffen zwischen Lawrow und Kerry – das erste seit Monaten – fand am Freitag in Genf statt.",
     "2016-02-14", "CONSULT", "2016-02-12"),
    ("Das Treffen zwischen Lawrow und Kerry – am Freitag in Genf – verlief ergebnislos.", "2016-02-14",
     "CONSULT", "2016-02-12"),
])
def test_event_date(ctx: Context, text: str, published: str, type_: str, expected: str | None) -> None:
    assert dated(extract(ctx, text, published), type_) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    (("Der syrische Präsident Baschar al-Assad ist überraschend nach Moskau gereist und hat dort mit Kremlchef "
     "Wladimir Putin beraten. Das Treffen habe bereits am Dienstagabend stattgefunden, teilte Kremlsprecher "
     "Dmitri Peskow mit."), "2015-10-21", "2015-10-20"),
    (("Frankreichs Präsident François Hollande hat Kremlchef Wladimir Putin getroffen. Man werde Informationen "
     "austauschen, hatte Putin nach dem Gespräch am Donnerstag in Moskau gesagt."), "2015-11-27", "2015-11-26"),
    # a plan for the referred act does not date it; nor does a time nearer to another trigger
    (("Russlands Präsident Wladimir Putin hat den Abzug der russischen Streitkräfte aus Syrien angeordnet. Der "
     "Rückzug solle am Dienstag beginnen."), "2016-03-14", "2016-03-14"),
])
def test_a_later_mention_dates_an_event_of_the_day(ctx: Context, text: str, published: str, expected: str) -> None:
    found = extract(ctx, text, published)
    assert found[0].date is not None and found[0].date.value == expected


@pytest.mark.parametrize(("text", "published", "type_", "expected"), [
    ("Danach ordnete Putin den Abzug der russischen Truppen aus Syrien an.", None, "RETREAT", None),
    # "damals" after news of the day refers further back than the publication
    (("Der türkische Präsident Erdogan hat den Abschuss bedauert. Damals hatte die türkische Luftwaffe einen "
     "russischen Kampfjet abgeschossen."), "2015-11-28", "ASSAULT", None),
    (("Im November 2015 traf Putin den türkischen Präsidenten Erdogan in Antalya. Damals hatte die türkische "
     "Luftwaffe einen russischen Kampfjet abgeschossen."), "2016-06-28", "ASSAULT", "2015-11"),
])
def test_a_continuation_takes_only_a_narrated_time(ctx: Context, text: str, published: str | None, type_: str,
                                                    expected: str | None) -> None:
    assert dated(extract(ctx, text, published), type_) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a text with no publication date (a chronology) goes on at the day the sentence before narrates ...
    (("Ende November 2024 begannen Rebellen eine Offensive. Am 8. Dezember nahmen sie Damaskus ein. Assad floh "
      "nach Moskau, wo ihm und seiner Familie Asyl gewährt wurde."), "2024-12-08"),
    # ... but only a day, and only the sentence right before
    (("Im Dezember 2024 nahmen Rebellen Damaskus ein. Assad floh nach Moskau, wo ihm Asyl gewährt wurde."), None),
    (("Am 8. Dezember 2024 nahmen Rebellen Damaskus ein. Die Lage blieb ruhig. Assad floh nach Moskau, wo ihm "
      "Asyl gewährt wurde."), None),
])
def test_an_undated_text_goes_on_at_the_day_it_narrates(ctx: Context, text: str, expected: str | None) -> None:
    assert dated(extract(ctx, text, None), "AID") == expected


def test_a_meeting_noun_after_a_pair_of_subjects_is_their_meeting(ctx: Context) -> None:
    found = extract(ctx, "Am Montag hatten Merkel und Putin in einem Telefonat eine engere Zusammenarbeit "
                         "angekündigt.", "2015-11-26")
    meeting = [e for e in found if e.type == "CONSULT"]
    assert meeting and {a.country for a in meeting[0].source + meeting[0].target} == {"DEU", "RUS"}
    assert meeting[0].date is not None and meeting[0].date.value == "2015-11-23"


def test_only_a_time_of_the_triggers_clause_adds_confidence(ctx: Context) -> None:
    # the date of an infinitive clause of its own is no evidence of when the accusation was made
    own = extract(ctx, "Die Opposition in Deutschland warf Merkel am Montag vor, Erdogan vor der Parlamentswahl "
                       "eine Bühne zu bieten.", "2015-10-20")
    other = extract(ctx, "Die Opposition in Deutschland warf Merkel vor, Erdogan vor der Parlamentswahl am 1. "
                         "November eine Bühne zu bieten.", "2015-10-20")
    assert round(max(e.confidence for e in own) - max(e.confidence for e in other), 2) == TEXT_DATED


@pytest.mark.parametrize(("text", "expected"), [
    # a stance held on since an earlier report takes no date of this one
    ("Die Türkei lehnte die Forderung Russlands nach einer Entschuldigung weiterhin ab.", None),
    ("Die Türkei lehnte die Forderung Russlands nach einer Entschuldigung ab.", "2015-11-28"),
    # a time of its own clause still dates it
    ("Am Freitag lehnte die Türkei die Forderung Russlands weiterhin ab.", "2015-11-27"),
])
def test_a_standing_adverb_leaves_the_act_to_its_first_report(ctx: Context, text: str, expected: str | None) -> None:
    assert dated(extract(ctx, text, "2015-11-28"), "REJECT") == expected


@pytest.mark.parametrize(("text", "published", "type_", "modality", "day"), [
    # an invitation arranges a meeting for later: planned, on the day it is set for ("für Mittwoch": ahead)
    ("Putin hat Erdogan für Mittwoch nach Sotschi eingeladen.", "2017-11-21", "CONSULT", "future", "2017-11-22"),
    (("Für Mittwoch hat der Kremlchef den türkischen Präsidenten Recep Tayyip Erdogan und den iranischen "
      "Präsidenten Hassan Ruhani zu einem Dreiergipfel über Syrien nach Sotschi eingeladen."), "2017-11-21",
     "CONSULT", "future", "2017-11-22"),
    ("Merkel lud Davutoglu zu Gesprächen nach Berlin ein.", "2015-10-20", "CONSULT", "future", "2015-10-20"),
    # a time inside a noun's attribute dates the noun, not the clause's act: the cancellation is the day's news
    ("Außenminister Sergej Lawrow sagte eine für Mittwoch geplante Reise in die Türkei ab.", "2015-11-24",
     "REJECT", "asserted", "2015-11-24"),
    # ... while a time of the clause itself still dates the act
    ("Putin traf am Mittwoch Erdogan.", "2015-11-24", "CONSULT", "asserted", "2015-11-18"),
    # a "für" time in a noun's attribute goes by the clause's tense: the meeting set for Sunday took place
    ("Das für Sonntag angesetzte Treffen zwischen Putin und Erdogan fand in Sotschi statt.", "2016-03-14",
     "CONSULT", "asserted", "2016-03-13"),
])
def test_invitations_and_attribute_times(ctx: Context, text: str, published: str, type_: str, modality: str,
                                         day: str) -> None:
    event = only(extract(ctx, text, published), type_)
    assert (event.modality, event.date.value if event.date else None) == (modality, day)


def test_a_noun_acts_own_attribute_time_counts_as_its_clause_time(ctx: Context) -> None:
    # "Das für Montag angesetzte Treffen": the time of the meeting noun's attribute dates that noun itself
    attribute = only(extract(ctx, "Das für Montag angesetzte Treffen zwischen Lawrow und Kerry fand in Genf statt.",
                             "2016-03-14"), "CONSULT")
    clause = only(extract(ctx, "Das Treffen zwischen Lawrow und Kerry fand am Montag in Genf statt.", "2016-03-14"),
                  "CONSULT")
    assert attribute.confidence == clause.confidence and attribute.date.value == clause.date.value


@pytest.mark.parametrize(("text", "type_"), [
    ("Russland müsse die Angriffe auf die Opposition einstellen, sagte Kerry am Mittwoch.", "REQUEST"),
    ("Wir fordern den Rücktritt Assads, sagte Kerry am Mittwoch in Washington.", "REQUEST"),
])
def test_a_statement_takes_the_day_of_its_reporting_clause(ctx: Context, text: str, type_: str) -> None:
    # the statement is the act: "…, sagte Kerry am Mittwoch" tells when it was made (not the publication day)
    (event,) = [e for e in extract(ctx, text, "2016-01-14") if e.type == type_]
    assert event.date is not None and event.date.value == "2016-01-13", event.date
