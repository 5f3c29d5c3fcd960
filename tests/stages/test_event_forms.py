"""Word forms of the event lexicon (``lang/de/events.yaml`` triggers): each form family that an audit of
the lexicon added is a trigger of its type, with the right sides (chronik.stages.events)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from chronik.model import EventMention
from chronik.stages.events import events
from tests.stages.test_mentions import analyse


def extract(ctx: Context, text: str, published: str | None = "2016-07-20") -> list[EventMention]:
    return events(analyse(ctx, text, published), ctx).events


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), [
    # Konjunktiv I of a joined separable verb in a subordinate clause
    ("Lawrow sagte, dass Moskau die Türkei auffordere, ihre Truppen aus dem Irak abzuziehen.",
     "REQUEST", "auffordere", "RUS", "TUR"),
    # the joined participle of a separable verb ('mahnte … an')
    ("Frankreich hat eine Waffenruhe in Syrien angemahnt.", "REQUEST", "angemahnt", "FRA", "SYR"),
    # the Konjunktiv I without the stem's 'e' (bedauern: 'bedaure')
    ("Der türkische Präsident Erdogan sagte, er bedaure den Abschuss des russischen Kampfjets.",
     "CONCEDE", "bedaure", "TUR", "RUS"),
    # the Konjunktiv II of a strong verb
    ("Moskau erklärte, man widerspräche der Darstellung Ankaras entschieden.", "REJECT", "widerspräche", "RUS",
     "TUR"),
    # dative plurals of compound nouns
    ("Russland hat mit Militärmanövern an der Grenze zur Ukraine begonnen.", "MOBILIZE", "Militärmanövern", "RUS",
     "UKR"),
    ("Bei Granatenangriffen der ukrainischen Armee auf Donezk wurden drei Menschen getötet.",
     "ASSAULT", "Granatenangriffen", "UKR", "UKR"),
    ("Die Taliban bekannten sich zu Selbstmordanschlägen auf die afghanische Armee.",
     "ASSAULT", "Selbstmordanschlägen", "AFG", "AFG"),
    ("Russland begann am Dienstag mit Truppenabzügen aus Syrien.", "RETREAT", "Truppenabzügen", "RUS", "SYR"),
    ("Die USA haben gegen Russland eine Verschärfung der Exportverbote beschlossen.", "SANCTION", "Exportverbote",
     "USA", "RUS"),
    # genitives of compound nouns
    ("Die Zahl der Opfer des Raketenschlags der USA gegen Syrien stieg auf zwölf.", "ASSAULT", "Raketenschlags",
     "USA", "SYR"),
    # plurals of singular-only entries
    ("Die Anrufe zwischen Obama und Putin dauerten jeweils eine Stunde.", "CONSULT", "Anrufe", "USA", "RUS"),
    ("Serbien und Kosovo schlossen 2013 Friedensverträge.", "AGREE", "Friedensverträge", "SRB", "XKX"),
    ("In Wien begann eine neue Verhandlungsrunde zwischen Iran und den USA.", "CONSULT", "Verhandlungsrunde",
     "IRN", "USA"),
    # the subordinate-clause forms of separable verbs ('stach … nieder', 'schoss … nieder')
    ("Die Polizei erklärte, dass ein Palästinenser in Jerusalem zwei Israelis niederstach.",
     "ASSAULT", "niederstach", "PSE", "ISR"),
    ("Augenzeugen berichteten, dass ein israelischer Soldat in Hebron einen Palästinenser niederschoss.",
     "ASSAULT", "niederschoss", "ISR", "PSE"),
])
def test_an_added_form_is_a_trigger_of_its_type(ctx: Context, text: str, type_: str, trigger: str, source: str,
                                                target: str) -> None:
    found = [e for e in extract(ctx, text) if e.trigger.split()[0] == trigger]
    assert [e.type for e in found] == [type_], [(e.type, e.trigger) for e in extract(ctx, text)]
    assert source in {a.country for a in found[0].source}, found[0]
    assert target in {a.country for a in found[0].target}, found[0]
