"""Who a title, a description or a pronoun refers back to: the persons an article has named so far.

Part of the resolve stage (:mod:`chronik.stages.resolve`): it records each resolved person, and answers
"the last person named", "the last one named with a title of these offices" (not of the other gender's form:
"der Bundeskanzler" is not "Bundeskanzlerin Merkel") and the id of a surname named before.
"""

from __future__ import annotations

from chronik.model import Mention


class Coreference:
    """The article's persons so far, for surnames, descriptions and pronouns."""

    def __init__(self) -> None:
        self.persons: list[Mention] = []
        self.by_last_word: dict[str, str] = {}
        self.seen: set[str] = set()

    def add(self, mention: Mention) -> None:
        if mention.actor_id:
            self.seen.add(mention.actor_id)
        if mention.actor_id and mention.kind in ("PER", "DESC"):
            self.persons.append(mention)
            if mention.kind == "PER":
                self.by_last_word.setdefault(_last_word(mention.text), mention.actor_id)

    def named_before(self, name: str) -> str | None:
        """The actor id of an earlier person whose name ends with the same word as ``name`` (a surname)."""
        return self.by_last_word.get(_last_word(name))

    def last_person(self, country: str | None = None, office: str | None = None) -> Mention | None:
        for earlier in reversed(self.persons):
            if (country is None or earlier.country == country) and (office is None or earlier.office == office):
                return earlier
        return None

    def last_titled(self, groups: tuple[str, ...], cues, title: str | None = None, unique: bool = False) -> Mention | None:
        """The last person named with a title of one of the title ``groups`` ("Landeshauptmann Pühringer",
        KB role titles too), for an anaphoric title alone ("der Landeschef"), not one whose title is the
        other gender's form of ``title`` ("der Bundeskanzler" is not "Bundeskanzlerin Merkel"); with ``unique``,
        None when its sentence names another such person ("Außenminister Szijjarto traf Kurz. Der Minister …":
        either)."""
        fitting = [p for p in self.persons if (office := cues.title_office(p.title)) is not None
                   and office.group in groups and not _other_gender(title, p.title, cues)]
        if not fitting:
            return None
        last = fitting[-1]
        if unique and any(p.sentence == last.sentence and p.actor_id != last.actor_id for p in fitting):
            return None
        return last

    def latest(self) -> list[Mention]:
        """The persons of the latest sentence that names one, in text order."""
        return [p for p in self.persons if p.sentence == self.persons[-1].sentence] if self.persons else []

    def subject_candidate(self) -> Mention | None:
        """The first person of the latest sentence that names one: in German news the subject and
        topic usually comes first, and a following "er" continues the topic (centering)."""
        if not self.persons:
            return None
        latest = self.persons[-1].sentence
        return next(p for p in self.persons if p.sentence == latest)


def _other_gender(title: str | None, other: str | None, cues) -> bool:
    """``other`` is ``title`` with or without the feminine suffix (``feminine_title_suffix``, a genitive suffix
    apart; or a compound's end: "Bundeskanzlerin" and "Bundeskanzler(s)", "der Minister" and "Innenministerin")."""
    if not title or not other or not cues.feminine_title_suffix:
        return False
    a, b = (t.removesuffix(cues.genitive_suffix).lower() if cues.genitive_suffix else t.lower() for t in (title, other))
    return _feminine_of(a, b, cues.feminine_title_suffix) or _feminine_of(b, a, cues.feminine_title_suffix)


def _feminine_of(female: str, male: str, suffix: str) -> bool:
    """``female`` (lower case) is the feminine form (by ``suffix``) of ``male`` or of a compound ending or head of it."""
    stem = female.removesuffix(suffix)
    return stem != female and (stem.endswith(male) or male.endswith(stem))


def _last_word(name: str) -> str:
    word = name.split()[-1] if name.split() else name
    return word[:-1] if word.endswith("s") and len(word) > 4 else word
