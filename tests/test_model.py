"""Date claims: every value maps to the interval its precision implies."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronik.model import DateClaim, Precision, Sentence, Token, date_interval


@pytest.mark.parametrize("value, start, end, precision", [
    ("2020", "2020-01-01", "2020-12-31", Precision.YEAR),
    ("2020-02", "2020-02-01", "2020-02-29", Precision.MONTH),
    ("2015-11-26", "2015-11-26", "2015-11-26", Precision.DAY),
    ("2015-W47", "2015-11-16", "2015-11-22", Precision.WEEK),
])
def test_date_interval(value, start, end, precision):
    assert date_interval(value) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end), precision)


@pytest.mark.parametrize("value", ["", "20", "2015-13", "2015-02-30", "gestern", "2015-W60"])
def test_bad_values_raise(value):
    with pytest.raises(ValueError):
        date_interval(value)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_every_precision_contains_the_day(day):
    year, week, _ = day.isocalendar()
    for value in (day.isoformat(), day.strftime("%Y-%m"), str(day.year), f"{year}-W{week:02d}"):
        claim = DateClaim.from_value(value)
        assert claim.start <= day <= claim.end
        assert claim.to_dict()["start"] == claim.start.isoformat()


def test_a_sentence_survives_pickling_with_its_tokens() -> None:
    """Sentences cross process boundaries as flat offsets and come back as Tokens."""
    sentence = Sentence(3, 10, 30, [Token(10, 13), Token(14, 29), Token(29, 30)])
    back = pickle.loads(pickle.dumps(sentence))
    assert back == sentence
    assert all(type(t) is Token for t in back.tokens) and back.tokens[1].end == 29
    assert pickle.loads(pickle.dumps(Sentence(0, 0, 0))) == Sentence(0, 0, 0)


def test_an_addressed_military_actor_is_its_state_s_government() -> None:
    from chronik.model import Actor

    russia = Actor("Q159", "Russland", "RUS", "MIL", [], "state")
    assert (russia.as_addressee().id, russia.as_addressee().sector) == ("Q159", "GOV")
    forces = Actor.group("TUR", "MIL")  # an unnamed force: the group of the state's government, id and name too
    assert (forces.as_addressee().id, forces.as_addressee().name) == ("grp:TUR-GOV", "TUR GOV")
    rebels, putin = Actor.group("SYR", "REB"), Actor("Q7747", "Wladimir Putin", "RUS", "GOV")
    assert rebels.as_addressee() is rebels and putin.as_addressee() is putin


def test_a_group_keeps_the_words_the_article_used_for_it() -> None:
    """"jugendlichen Angreifern" stay findable on the event's FRA REB (as an alias); a named actor keeps its own."""
    from chronik.model import Actor, Mention

    group = Actor.group("FRA", "REB")
    attackers = Mention(0, 10, "GROUP", "Angreifern", country="FRA", sector="REB", actor_id=group.id)
    actor = Actor.of_mention(attackers, {group.id: group})
    assert (actor.id, actor.name, actor.aliases) == ("grp:FRA-REB", "FRA REB", ["Angreifern"])
    assert Actor.of_mention(attackers, {group.id: actor}).aliases == ["Angreifern"]  # never twice
    putin = Actor("Q7747", "Wladimir Putin", "RUS", "GOV", ["Putin"], "person")
    named = Mention(0, 5, "PER", "Putin", country="RUS", sector="GOV", actor_id="Q7747")
    assert Actor.of_mention(named, {"Q7747": putin}).aliases == ["Putin"]
