"""Where an event happened (event_frame._place): the trigger's own clause first, the place a "wo" clause
refers back to, else the nearest place in the sentence."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_events import extract


@pytest.mark.parametrize(("text", "type_", "place"), [
    # a "wo" clause happens at the place before its comma, not at the main clause's destination
    (("Nach einem Zwischenstopp auf dem Luftwaffenstützpunkt Hmeimim, wo Putin am Montag den Abzug eines großen "
      "Teils der russischen Truppen anordnete, flog der Kremlchef nach Kairo weiter."), "RETREAT", "Hmeimim"),
    (("Assad floh nach Moskau, wo ihm und seiner Familie Asyl gewährt wurde."), "AID", "Moskau"),
    (("Nach einem kurzen Halt in Latakia, wo Putin am Montag vor Hunderten stationierten Soldaten eine lange "
      "Rede hielt und den Abzug eines Teils der russischen Truppen anordnete, reiste der Kremlchef nach Kairo "
      "weiter."), "RETREAT", "Latakia"),
    # the trigger's own clause wins over a nearer place in another clause
    (("Bevor sie nach Berlin zurückflog, traf Merkel am Sonntag Erdogan in Istanbul."), "CONSULT", "Istanbul"),
])
def test_the_place_of_an_event(ctx: Context, text: str, type_: str, place: str) -> None:
    [event] = [e for e in extract(ctx, text, "2017-12-12") if e.type == type_]
    assert event.location is not None and place in event.location.name
