"""Participants a clause names only by reference: a body meeting among its members, an informer left unnamed.

Part of the ``events`` stage (see :mod:`chronik.stages.event_frame`); the words come from
``lang/<xx>/events.yaml``, the code knows none:

- "Die Staats- und Regierungschefs der Nato-Staaten berieten am Freitag in einer Videokonferenz",
  "Der UN-Sicherheitsrat kam am Montag zusammen": a meeting verb whose only party is one organisation
  (its members, its leaders) and that names no partner is a meeting of the organisation with itself
  (mode multilateral): source and target are the organisation;
- "In Kairo verhandelte Putin mit al-Sisi. Beide wohnten der Unterzeichnung … bei": a bare dual word
  (``dual_words``) as the subject of a meeting or an agreement stands for the two persons (else states)
  last named, in this sentence or the one before;
- "sollen die Militärs beider Länder ihre Einsätze koordinieren", "Vertreter der beiden Staaten",
  "zwischen den beiden Ländern", "beide Länder": a dual word before a noun for states
  (``dual_state_nouns``) stands for the two states last named (:func:`state_pairs`), as the group its
  head noun names ("Militärs": MIL, "Außenminister": GOV) or as their governments;
- "Beide wohnten der Unterzeichnung von Verträgen durch Rosatom bei": the subject of a clause whose
  agreement noun has its author after a preposition takes part on the other side;
- "Das habe ihm Präsident Assad zugesichert": an object pronoun (``object_pronouns``: dative or
  accusative) is never the subject; with a free actor in its clause it is the target, that actor the source;
- "Putin hatte den Abzug angeordnet. Assad sei in einem Telefonat informiert worden": a passive of a
  briefing verb (``briefing_triggers``) that names the one informed but not who informs is the briefing
  by the author of the act reported just before (the decision he is told of).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from chronik.model import Actor, EventMention, Mention, group_id

if TYPE_CHECKING:
    from chronik.kb.base import KnowledgeBase
    from chronik.stages.event_frame import Frame
    from chronik.stages.event_slots import Slot

#: Sector of international organisations.
_ORGANISATION = "IGO"
#: The KB kind of an organisation of states and the class of a body of state delegates.
_IGO, _INTERGOVERNMENTAL = "igo", "intergovernmental"
#: Meeting modes a body can hold among its members (a visit or a call goes to someone else).
_GATHERING_MODES = frozenset({None, "meet", "multilateral"})
#: The mode of a meeting of several parties, here the members of one body.
_MULTILATERAL = "multilateral"
#: How many sentences back the act a briefing reports on may lie.
_BRIEFED_WINDOW = 1
#: How many sentences back the pair that "Beide" refers to may be named.
_PAIR_WINDOW = 1
#: Mention kinds a bare "Beide" may stand for, tried in this order: persons, then states.
_PAIR_KINDS = (("PER", "DESC"), ("STATE",))
#: How many sentences back the two states of "beider Länder" may be named.
_STATE_PAIR_WINDOW = 2
#: Sectors of persons, offices and groups that stand for their state in "beider Länder" (not its media,
#: parties or civilians: "berichtete der serbische Sender RTS" names no side).
_STATE_SECTORS = frozenset({"GOV", "MIL", "POL", "JUD"})
#: The sector of two states named by "beide Länder" alone, and of their acting forces.
_GOVERNMENT, _FORCES = "GOV", "MIL"
#: What found a state pair's mentions.
_STATE_PAIR_HOW = "dual_states"


def member_bodies(kb: KnowledgeBase) -> frozenset[str]:
    """The public ids of the knowledge base's organisations whose members are states: organisations of
    states (kind ``igo``) and their bodies of state delegates (``class: intergovernmental``: the UN Security
    Council, the Eurogroup), not a body of officials (the ECB, the EU Commission, an agency)."""
    return frozenset(e.public_id for e in kb.entries.values()
                     if e.kind == "organisation" and (e.extra.get("kind") == _IGO or e.extra.get("class") == _INTERGOVERNMENTAL))


def own_body(frame: Frame, source: list[Mention]) -> Actor | None:
    """The organisation that meets among its members: ``source`` names one organisation of states
    (:func:`member_bodies`) and nothing else, the trigger is a symmetric meeting verb or noun (not a visit or
    a call: "Das Krisentreffen der Arabischen Liga findet am Dienstag statt").  "Der EZB-Rat kommt zu einer
    Krisensitzung zusammen" is one body's sitting, no meeting of parties.

    Requires that the frame found no target; returns that organisation's actor, None otherwise."""
    trigger = frame.trigger
    if trigger.type != "CONSULT" or not trigger.symmetric or trigger.mode not in _GATHERING_MODES:
        return None
    if frame.kind == "noun" and not all(_owns_meeting(frame, m) for m in source):
        return None  # "die von den Vereinten Nationen geführten Verhandlungen": talks the UN lead, not its sitting
    ids = {m.actor_id for m in source}
    if len(ids) != 1 or not all(m.kind == "ORG" and m.sector == _ORGANISATION and m.actor_id in frame.member_bodies
                                for m in source):
        return None
    mention = source[0]
    known = frame.article.actors.get(mention.actor_id or "")
    if known is None:
        return Actor(mention.actor_id or "", mention.text, mention.country, mention.sector, [], "organisation")
    return replace(known, aliases=list(known.aliases))


def _owns_meeting(frame: Frame, mention: Mention) -> bool:
    """True when ``mention`` is the meeting noun's own genitive ("Krisentreffen der Arabischen Liga") or the
    prefix of its compound ("Nato-Gipfel"), and no partner follows it ("Der Sondergipfel der EU mit Afrika")."""
    k = frame.word_index(mention.start)
    after = frame.word_index(mention.end - 1) + 1
    if after < len(frame.words) and frame.words[after].lower() in frame.trigger.target_preps:
        return False  # "Der Sondergipfel der EU mit Afrika": a meeting with a partner, not among members
    return k == frame.index or (k == frame.index + 2 and frame.words[frame.index + 1].lower() in frame.lexicon.genitive_determiners)


def members_meeting(event: EventMention) -> EventMention:
    """A meeting whose sides are the same actors is a meeting of several members: mode multilateral when
    it has no other (a visit, a call).  Other events are returned unchanged."""
    if event.type != "CONSULT" or event.mode not in _GATHERING_MODES or not event.source:
        return event
    if {a.id for a in event.source} != {a.id for a in event.target}:
        return event
    return replace(event, mode=_MULTILATERAL)


def briefing_author(frame: Frame, source: list[Mention], target: list[Mention]) -> Actor | None:
    """Who briefs in a passive that names only the one briefed ("Assad sei in einem Telefonat informiert
    worden", "Moskau wurde erst später unterrichtet"): the first source of the latest earlier act of this
    or the sentence before (``_BRIEFED_WINDOW``) that names a source other than the one briefed (a state's
    forces brief as its government).

    Requires a trigger of ``briefing_triggers``, a verb in a passive clause, no source and a target;
    returns None otherwise or when no such act is reported."""
    if source or not target or not _unnamed_briefing(frame):
        return None
    briefed = {m.actor_id for m in target} | {(m.country, m.sector) for m in target}
    for act in reversed(frame.earlier):
        if act.sentence < frame.sentence.index - _BRIEFED_WINDOW:
            return None
        authors = [a for a in act.source if a.id not in briefed and (a.country, a.sector) not in briefed]
        if authors:
            author = authors[0]
            return author.as_addressee()
    return None


def briefing_dated(frame: Frame, event: EventMention, named_source: bool) -> EventMention:
    """A briefing whose author :func:`briefing_author` found (``named_source`` False) and that has only the
    publication date took place when the act it reports on did, if that act has a date from the text
    ("Putin hatte den Abzug am Montag angeordnet. Assad sei informiert worden": Monday).
    Returns ``event`` unchanged otherwise."""
    if named_source or not event.source or not _unnamed_briefing(frame):
        return event
    if event.date is None or event.date.evidence.startswith("text"):
        return event
    author = event.source[0].id
    act = next((e for e in reversed(frame.earlier) if e.sentence >= frame.sentence.index - _BRIEFED_WINDOW
                and any(a.id == author for a in e.source)), None)
    if act is None or act.date is None or not act.date.evidence.startswith("text"):
        return event
    return replace(event, date=act.date)


def _unnamed_briefing(frame: Frame) -> bool:
    """The frame is a verb of ``briefing_triggers`` in a passive clause."""
    from chronik.stages.event_stance import clause_passive  # event_slots imports this module

    return frame.kind != "noun" and frame.trigger.id in frame.lexicon.briefing_triggers and clause_passive(frame)


def dual_pronoun_pairs(frame: Frame) -> list[tuple[Mention, int]]:
    """(mention, word index) for each bare dual word of the sentence used as a pronoun ("Beide wohnten …
    bei", "Die beiden trafen sich …"): a ``dual_words`` word that opens its clause (after a determiner at
    most) and is not followed by a noun.  It stands for the two distinct persons last named before it,
    in this sentence or the one before (``_PAIR_WINDOW``), else the two states last named there.
    Only for symmetric triggers (meetings, agreements): in "Beide hätten sich für eine Lösung
    ausgesprochen, teilte der Kreml mit" the pair would be split between speaker and addressee.
    Returns [] when the sentence has no such word or no such pair."""
    found: list[tuple[Mention, int]] = []
    if not frame.trigger.symmetric:
        return found
    for k, word in enumerate(frame.words):
        if word.lower() in frame.lexicon.dual_words and _bare_at_clause_start(frame, k):
            found += [(m, k) for m in _last_pair(frame, frame.sentence.tokens[k].start)]
    return found


def _bare_at_clause_start(frame: Frame, k: int) -> bool:
    """Word ``k`` opens its clause, a determiner apart, and no noun or name follows it."""
    words, lex = frame.words, frame.lexicon
    j = k - 1 if k > 0 and words[k - 1].lower() in lex.determiners else k
    opens = j == 0 or words[j - 1] in _BREAKS or words[j - 1].lower() in lex.coordinators
    following = words[k + 1] if k + 1 < len(words) else "."
    return opens and not following[:1].isupper()


#: Punctuation that closes a clause before a dual word.
_BREAKS = frozenset({",", ";", ":", "–", "—", "(", '"', "„", "“", "»", "«"})


def _last_pair(frame: Frame, before: int) -> list[Mention]:
    """The two distinct resolved actors of a kind of ``_PAIR_KINDS`` named last before offset ``before``,
    in this sentence or the ``_PAIR_WINDOW`` before; [] when no kind has two."""
    first = frame.sentence.index - _PAIR_WINDOW
    for kinds in _PAIR_KINDS:
        latest: dict[str, Mention] = {}
        for m in frame.article.mentions:
            if m.start >= before:
                break
            if m.sentence >= first and m.kind in kinds and m.actor_id:
                latest.pop(m.actor_id, None)
                latest[m.actor_id] = m
        pair = list(latest.values())[-2:]
        if len(pair) == 2:
            return pair
    return []


def pair_cues(data: dict, actors: dict) -> dict:
    """The cues of :func:`state_pairs`: ``state_nouns`` (lower-cased nouns for states after a dual word) and
    ``heads`` (noun as written → sector: the group nouns of actors.yaml and ``dual_state_heads``)."""
    heads = {form: sector for sector, forms in (actors.get("group_nouns") or {}).items() for form in forms}
    heads |= {form: sector for sector, forms in (data.get("dual_state_heads") or {}).items() for form in forms}
    return {"state_nouns": frozenset(w.lower() for w in data.get("dual_state_nouns") or []), "heads": heads}


def state_pairs(frame: Frame) -> list[tuple[Mention, int]]:
    """(mention, word index) for the two states each "beider Länder" phrase of the sentence stands for: a
    ``dual_words`` word before a ``state_nouns`` noun.  A genitive phrase ("die Militärs beider Länder",
    "Vertreter der beiden Länder") is the group of its head noun (a description's sector, a ``heads`` noun's),
    placed at the head; other phrases ("beide Länder", "zwischen den beiden Ländern") and the genitive of an
    event noun ("Vereinbarung beider Länder") are the two governments (forces in a military act), placed at
    the phrase.  The states are the two countries last named (:func:`_last_two_countries`).  Only for
    symmetric triggers (meetings, agreements, cooperation), whose pair is both sides.  Guarantees two
    GROUP mentions (kind GROUP, country, sector, a group's actor id) per phrase, none for a phrase whose head names no group
    ("die Grenze beider Länder") or whose states are not two."""
    found: list[tuple[Mention, int]] = []
    words, lex = frame.words, frame.lexicon
    if not frame.trigger.symmetric:  # as for a bare "Beide": a pair split between source and target misleads
        return found
    for k in range(len(words) - 1):
        if words[k].lower() in lex.dual_words and words[k + 1].lower() in lex.pair_cues["state_nouns"]:
            found += _state_pair(frame, k)
    return found


def _state_pair(frame: Frame, k: int) -> list[tuple[Mention, int]]:
    """The two state groups of the dual phrase whose dual word is word ``k`` (see :func:`state_pairs`)."""
    head, sector = _pair_head(frame, k)
    if sector is None:
        return []
    tokens = frame.sentence.tokens
    countries = _last_two_countries(frame, tokens[head].start)
    if len(countries) != 2:
        return []
    text = " ".join(frame.words[head : k + 2])
    return [(Mention(tokens[head].start, tokens[k + 1].end, "GROUP", text, frame.sentence.index, _STATE_PAIR_HOW,
                     country=country, sector=sector, actor_id=group_id(country, sector)), head) for country in countries]


def _pair_head(frame: Frame, k: int) -> tuple[int, str | None]:
    """Where the dual phrase at word ``k`` is placed and the sector of its states: a genitive ("beider",
    "der beiden") after a noun is the head noun's group; else the phrase's governments.  (k, None) when the
    head noun names no group or a resolved actor."""
    from chronik.stages.event_context import MILITARY_TYPES  # event_context imports this module's importer

    words, lex = frame.words, frame.lexicon
    det = k - 1 if k > 0 and words[k - 1].lower() in lex.determiners else k
    genitive = words[k].lower() not in lex.determiners or (det < k and words[det].lower() in lex.genitive_determiners)
    own = _FORCES if frame.trigger.type in MILITARY_TYPES else _GOVERNMENT
    if not genitive or det == 0 or not words[det - 1][:1].isupper() or det - 1 == frame.index:
        return det, own
    head = det - 1
    mention = next((m for m in frame.mentions if frame.word_index(m.start) == head), None)
    if mention is not None:
        return head, None if mention.actor_id or mention.country else mention.sector
    return head, lex.pair_cues["heads"].get(words[head])


def _last_two_countries(frame: Frame, before: int) -> list[str]:
    """The two distinct countries last named before offset ``before`` in this sentence or the
    ``_STATE_PAIR_WINDOW`` before: of states (not a place an act happens in: "in Syrien") and of persons,
    offices and groups of a state sector (``_STATE_SECTORS``).  Fewer than two when fewer are named."""
    first = frame.sentence.index - _STATE_PAIR_WINDOW
    latest: dict[str, None] = {}
    for m in frame.article.mentions:
        if m.start >= before:
            break
        if m.sentence >= first and m.country and m.kind != "LOC" and (m.kind == "STATE" or m.sector in _STATE_SECTORS) \
                and not _placed(frame, m):
            latest.pop(m.country, None)
            latest[m.country] = None
    return list(latest)[-2:]


def _placed(frame: Frame, mention: Mention) -> bool:
    """A state named as a place: a ``locative_preps`` word before it, a determiner apart ("in der Ukraine")."""
    if mention.kind != "STATE":
        return False
    lex = frame.lexicon
    before = [w.lower() for w in frame.article.text[max(0, mention.start - 30) : mention.start].split()[-2:]]
    if before and before[-1] in lex.determiners:
        before = before[:-1]
    return bool(before) and before[-1] in lex.locative_preps


def witnesses(frame: Frame, free: list[Slot], sources: list[Slot]) -> list[Slot]:
    """"Beide wohnten der Unterzeichnung von Verträgen durch Rosatom bei": for a symmetric noun trigger
    whose source follows a preposition, the free actors before the trigger in its clause (its subject)
    are the other side.  Requires ``free`` (slots no preposition governs) and the noun's ``sources``;
    returns [] for other frames."""
    if frame.kind != "noun" or not frame.trigger.symmetric or not sources or sources[0].prep is None:
        return []
    start = frame.index
    while start > 0 and frame.words[start - 1] not in _BREAKS:
        start -= 1
    return [s for s in free if start <= s.index < frame.index and s not in sources]


def object_pronoun_roles(frame: Frame, slots: list[Slot], source: list[Mention], target: list[Mention]
                         ) -> tuple[list[Mention], list[Mention]]:
    """Source and target with an object pronoun (``object_pronouns``: "ihm", "ihn") moved from the source to
    the target when a free actor of the trigger's clause that is no pronoun can be the subject ("Das habe
    ihm Präsident Assad zugesichert": Assad assured him).  Requires the slots in text order; returns the
    roles unchanged when no source is such a pronoun or no other subject is at hand."""
    objects = [m for m in source if m.kind == "PRON" and m.text.lower() in frame.lexicon.object_pronouns]
    if not objects:
        return source, target
    start, end = frame.index, frame.index
    while start > 0 and frame.words[start - 1] not in _BREAKS:
        start -= 1
    while end < len(frame.words) and frame.words[end] not in _BREAKS and frame.words[end] != ".":
        end += 1
    subjects = [s.mention for s in slots if s.prep is None and start <= s.index < end and s.mention.kind != "PRON"
                and s.mention not in source]
    if not subjects:
        return source, target
    return [subjects[0]], objects + [m for m in target if m not in objects and m is not subjects[0]]
