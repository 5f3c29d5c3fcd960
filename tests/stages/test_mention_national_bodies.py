"""A state's own council named like an international body (mention_national_bodies.py)."""

from __future__ import annotations

import pytest

from chronik.context import Context
from tests.stages.test_mentions import analyse


@pytest.mark.parametrize(("text", "side"), [
    # a state adjective before, or a genitive state after, the bare noun: that state's government body
    ("Der russische Sicherheitsrat warnte die Türkei.", ("GROUP", "RUS", "GOV")),
    ("Der Nationale Sicherheitsrat der Türkei beriet am Mittwoch in Ankara.", ("GROUP", "TUR", "GOV")),
    # the bare noun alone, or the UN's own name: the UN Security Council
    ("Der Sicherheitsrat beriet am Mittwoch in New York.", ("ORG", None, "IGO")),
    ("Der UN-Sicherheitsrat beriet am Mittwoch in New York.", ("ORG", None, "IGO")),
])
def test_national_council(ctx: Context, text: str, side: tuple) -> None:
    (council,) = [m for m in analyse(ctx, text, "2016-01-10").mentions if "Sicherheitsrat" in m.text]
    assert (council.kind, council.country, council.sector) == side
