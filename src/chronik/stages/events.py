"""Stage ``events``: who did what to whom, per sentence, coded by the PLOVER codebook.

Requires ``resolve`` (actors and places on the mentions) and ``timex``.
Sets ``article.events``: one :class:`EventMention` per trigger type and
sentence (more for verbs of one type in different conjuncts, event_triggers.py),
with source and target actors (roles on the event date), place,
date, modality, attribution, confidence and the trigger's offsets.

Triggers come from ``lang/<xx>/events.yaml`` (verbs, nouns, particle verbs
split across the clause, light-verb constructions); the code knows no German
words.  Roles follow German clause structure as far as rules can see it:
the first actor not governed by a preposition is the source, a preposition
the trigger names ("mit", "gegen", "auf") or the next free actor the target;
a passive "von/durch" actor is the source; a noun trigger takes its genitive
("Luftangriffe der russischen Luftwaffe") or its adjective ("russische
Luftangriffe") as source.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from chronik.context import Context
from chronik.kb.entries import POLITICAL_SECTORS
from chronik.model import Actor, Article, EventMention, Mention
from chronik.stages.event_background import background_acts, opinion_teaser
from chronik.stages.event_blame import blamed_attack, claimed_earlier, claimed_unnamed
from chronik.stages.event_causes import yielded_nouns
from chronik.stages.event_claims import claimant
from chronik.stages.event_content import backed_clause, denied_place
from chronik.stages.event_context import attack_objects, object_as_source, place_adjectives
from chronik.stages.event_dates_more import begun_until_publication, redate_by_detail, yearless_days
from chronik.stages.event_dating import redate_anaphoric
from chronik.stages.event_force import checked_event, standby
from chronik.stages.event_frame import Frame, build_event
from chronik.stages.event_gatherings import gathered, sponsor_talks
from chronik.stages.event_hits import Hit, hit_sense_kept, sentence_triggers, with_claimed
from chronik.stages.event_lexicon import TARGETLESS_TYPES, EventLexicon, build_event_lexicon
from chronik.stages.event_mediation import mediated_agreement, shuttle_talks
from chronik.stages.event_meetings import crowd_meeting
from chronik.stages.event_mutual import mutual_fight
from chronik.stages.event_own_party import party_members, without_own_party
from chronik.stages.event_place import capital_places
from chronik.stages.event_pledges import halted_trigger
from chronik.stages.event_positions_late import settle_positions
from chronik.stages.event_precision import civilian_withdrawal
from chronik.stages.event_presence import presence_visits
from chronik.stages.event_reception import received_acts
from chronik.stages.event_references import member_bodies
from chronik.stages.event_referred import place_reference
from chronik.stages.event_refusals import refusal
from chronik.stages.event_requests import state_names
from chronik.stages.event_senses import build_senses, political_acts
from chronik.stages.event_summits import summit_briefing
from chronik.stages.event_talks import mediation_phrase, own_state
from chronik.stages.event_threats import conditional_threat
from chronik.stages.event_triggers import conjunct_mentions, repeats_act
from chronik.stages.mention_affiliation import (
    affiliation_pattern,
    bracket_pattern,
    bracketed_affiliations,
    described_appositions,
)
from chronik.stages.mention_dateline import dateline_mentions, label_mentions
from chronik.stages.mentions import resources

_COLLECTIVE = frozenset({"state", "group"})  # actor kinds that stand for a whole state's sector
_POPULAR_TYPES = frozenset({"PROTEST"})  # acts a state's people take against the public order as a crowd
_CROWD_SECTORS = frozenset({"CVL"})  # an unnamed group of these is a crowd, no political actor of its own
_PROTESTING_SECTORS = frozenset({"CVL", "OPP", "REB"})  # unnamed groups whose protest with no target addresses their government


def events(article: Article, ctx: Context) -> Article:
    """Extract the event mentions of ``article`` (see the module docstring)."""
    lang = ctx.lang(article.lang)
    lexicon = ctx.compiled("event_lexicon", lang, build_event_lexicon)
    adjectives = ctx.compiled("state_adjectives", lang, lambda lang: _state_adjectives(ctx, lang))
    names = ctx.compiled("state_names", lang, lambda lang: state_names(resources(ctx, lang).kb))
    cities = ctx.compiled("place_adjectives", lang,
                          lambda lang: place_adjectives(resources(ctx, lang).geo, lexicon.place_adjective_suffixes))
    capitals = ctx.compiled("capital_places", lang, lambda lang: capital_places(resources(ctx, lang).kb, resources(ctx, lang).geo))
    bodies = ctx.compiled("member_bodies", lang, lambda lang: member_bodies(resources(ctx, lang).kb))
    members = ctx.compiled("party_members", lang, lambda lang: party_members(resources(ctx, lang).kb))
    brackets = ctx.compiled("affiliation_brackets", lang, bracket_pattern)
    link = ctx.compiled("affiliation_pattern", lang, affiliation_pattern)
    senses = ctx.compiled("event_senses", lang, build_senses)
    # "Faymann (SPÖ)", "Allusch von der Gruppe X", "der Chef der HDP, Demirtaş", "Minsk – …": an affiliation
    # or a dateline or topic label ("Russland: Lawrow kritisiert …") is no side of an act
    asides = (bracketed_affiliations(article, link, brackets) | described_appositions(article)
              | dateline_mentions(article) | label_mentions(article, lexicon.coordinators))
    by_sentence: dict[int, list[Mention]] = {}
    for mention in (m for m in article.mentions if m.start not in asides):
        by_sentence.setdefault(mention.sentence, []).append(mention)
    found: list[EventMention] = []
    references: list[EventMention] = []
    for sentence in article.sentences:
        words = [article.text[t.start : t.end] for t in sentence.tokens]
        if any(w.lower() in lexicon.caption_markers for w in words) or opinion_teaser(words, lexicon):
            continue  # a photo caption ("… (Archivbild)") shows an older scene, a comment's title frames: no act
        spare: list[Hit] = []
        kept = partial(hit_sense_kept, words, senses=senses)  # before nouns yield to verbs (event_senses.py)
        hits = with_claimed(words, sentence_triggers(words, lexicon, spare, kept), lexicon)
        governors = [(h.index, h.trigger.type) for h in hits if h.kind != "noun"]
        everyone = by_sentence.get(sentence.index, [])
        mentions = attack_objects(everyone, None)  # "Hamas" of "Hamas-Trainingslager" only for attacks (event_context.py)
        for hit in hits:
            # a military act may stand in another trigger (event_force.py), a cause noun in the noun it yielded to
            for tried in [hit] + standby(hit, spare) + yielded_nouns(hit, spare, words, lexicon):
                for act_type in (tried.trigger.type, None):  # an attacked thing's owner is no source: retry without
                    scoped = conjunct_mentions(sentence, words, tried, hits, attack_objects(everyone, act_type), found, lexicon)
                    frame = Frame(article, sentence, words, tried.index, tried.end, tried.kind,
                                  halted_trigger(words, tried, lexicon),  # "keine Rebellen mehr angreifen" (event_pledges.py)
                                  scoped, lexicon, adjectives, governors, found,
                                  state_names=names, place_adjectives=cities, capitals=capitals, member_bodies=bodies)
                    event = mediated_agreement(frame, checked_event(frame, build_event(frame)))  # event_mediation.py
                    if not object_as_source(event, scoped):
                        break
                event = conditional_threat(frame, event, build_event)  # "Sollten sie …, werde dies Sanktionen nach sich ziehen" (event_threats.py)
                event = mutual_fight(frame, event)  # "Kämpfe zwischen Rebellengruppen" (event_mutual.py)
                event = refusal(frame, event)  # "nicht unterstützen würde": REJECT (event_refusals.py)
                claimed = claimed_earlier(frame, event, claimed_by := claimant(frame), build_event)  # "Zu dem Anschlag bekannte sich …"
                if claimed is None and event is None and (named := claimed_unnamed(frame, claimed_by)) is not None:
                    found[named[0]] = named[1]  # "Bewaffnete hatten … angegriffen. … Zu den Angriffen bekannte sich der IS"
                    break
                acts = [claimed] if claimed else [blamed_attack(frame, e, build_event) for e in background_acts(frame, event)]
                acts = [e for e in acts if not repeats_act(e, found)]  # event_background.py
                if acts:
                    found.extend(acts)
                    break
                if tried is hit and event is None and (referred := place_reference(frame)) is not None:
                    references.append(referred)  # "nach der Einigung von Minsk" (event_referred.py)
        found.extend(_meeting_of_agreement(words, [e for e in found if e.sentence == sentence.index], lexicon))
        own = [e for e in found if e.sentence == sentence.index]  # the last ones found (event_gatherings.py)
        found[len(found) - len(own):] = gathered(article, sentence, mentions, own, lexicon)
        sponsor_talks(article, sentence, mentions, found, lexicon)
        found.extend(shuttle_talks(article, sentence, words, found, lexicon))  # event_mediation.py
        found.extend(summit_briefing(article, sentence, words, mentions, found, lexicon))  # event_summits.py
        found.extend(denied_place(article, sentence, words, mentions, found, lexicon))  # event_content.py
        found.extend(backed_clause(article, sentence, words, mentions, found, lexicon))
        found.extend(presence_visits(article, sentence, words, mentions, found, lexicon, build_event))  # event_presence.py
        found.extend(received_acts(article, sentence, words, mentions, found, lexicon))  # "stößt bei X auf Kritik"
    found = without_own_party(settle_positions(article, found), members)  # event_positions_late.py, event_own_party.py
    found = political_acts(article, [e for e in map(_distinct_sides, map(_crowd_addressee, found)) if e is not None and _political(e, lexicon)
                                     and not civilian_withdrawal(e)], senses)  # event_senses.py, event_precision.py
    redate_anaphoric(article, lexicon, found)
    redate_by_detail(article, lexicon, found)  # "… wies zurück. Ein Sprecher sagte am Donnerstag, …"
    yearless_days(article, lexicon, found)  # "am 8. Dezember" in an article of unknown year (event_dates_more.py)
    begun_until_publication(article, lexicon, found)  # "hatten im Dezember eine Offensive begonnen"
    article.events = found + [r for r in references if not any(e.sentence == r.sentence and e.type == r.type for e in found)]
    return article


def _distinct_sides(event: EventMention) -> EventMention | None:
    """The event without target actors that are one of its sources: the same actor, a state or unnamed group
    of the same state and sector, or a person's own state in an agreement ("Syriens Führung weist den Vorwurf zurück" is no act of Syria
    towards its government); None when no target is left and the type needs one.  Two people of one government stay ("Assad empfing seinen Außenminister"), and
    so does a body meeting among its members ("Die Staats- und Regierungschefs der Nato-Staaten berieten")."""
    if event.type == "CONSULT" or event.mutual or _civilian_terror(event):  # "Kämpfe zwischen Rebellengruppen" (event_mutual.py)
        return event
    def same(a: Actor, b: Actor) -> bool:  # "Putin sicherte zu, Russland werde …": event_talks.own_state
        return a.id == b.id or own_state(event.type, a, b) or (a.kind in _COLLECTIVE and b.kind in _COLLECTIVE
                                                                and (a.country, a.sector) == (b.country, b.sector))
    target = [t for t in event.target if not any(same(t, s) for s in event.source)]
    if len(target) == len(event.target):
        return event
    return replace(event, target=target) if target or event.type in TARGETLESS_TYPES else None


def _civilian_terror(event: EventMention) -> bool:
    """A terror attack of one state's unnamed civilians on others of that state ("Neonazis verübten einen
    Brandanschlag auf ein Flüchtlingsheim in Sachsen"): two groups of people that share an id, not one side."""
    return event.type == "ASSAULT" and event.mode == "terror" and bool(event.source) and all(
        a.kind == "group" and a.sector in _CROWD_SECTORS for a in event.source + event.target)


def _crowd_addressee(event: EventMention) -> EventMention:
    """A protest of a state's unnamed people (``_PROTESTING_SECTORS``) that names nobody protested against
    addresses the government of their state, as event data code it ("In Vietnam kam es zu Ausschreitungen",
    "Proteste der Opposition … wurden niedergeschlagen"); other events unchanged."""
    sources = [a for a in event.source if a.kind == "group" and a.sector in _PROTESTING_SECTORS and a.country]
    if event.type not in _POPULAR_TYPES or event.target or not sources or len(sources) < len(event.source):
        return event
    return replace(event, target=[Actor.group(sources[0].country, "GOV")])


def _political(event: EventMention, lexicon: EventLexicon) -> bool:
    """A political actor (``POLITICAL_SECTORS``) on a side, a terror attack (aimed at the public order
    whoever its victims are), or a protest by a state's unnamed civilians as a crowd ("In Vietnam kam es zu
    Ausschreitungen", "demonstrierten etwa hundert Menschen"; not "wie er demonstriert"): the chronicle
    leaves out "Der Weltranglisten-Neunte besiegte den Russen …"."""
    crowd = event.type in _POPULAR_TYPES and bool(event.source) and all(
        a.kind == "group" and a.sector in _CROWD_SECTORS for a in event.source)
    return not crowd_meeting(event) and (event.mode == "terror" or crowd or _peoples_fighting(
        event, lexicon.conflict_pairs) or any(a.sector in POLITICAL_SECTORS for a in event.source + event.target))


def _peoples_fighting(event: EventMention, pairs: frozenset[frozenset[str]]) -> bool:
    """An attack between the unnamed people of two states in conflict (events.yaml ``conflict_pairs``:
    "Palästinenser haben zwei Israelis getötet"); "ein Afghane hat in Wien einen Österreicher
    niedergestochen" is a crime, no political act."""
    sides = event.source + event.target
    countries = frozenset(a.country for a in sides)
    return event.type == "ASSAULT" and bool(event.source and event.target) and all(a.kind == "group" for a in sides) \
        and countries in pairs


def _meeting_of_agreement(words: list[str], sentence_events: list[EventMention], lexicon: EventLexicon) -> list[EventMention]:
    """"Nach 16 Stunden Verhandlungen haben sich Deutschland, Frankreich, Russland und die Ukraine
    verständigt", "verständigten sich … bei einem Gipfeltreffen in Sotschi": an agreement reached at a
    meeting the sentence names (a CONSULT noun with no actor of its own) reports the meeting as well,
    with the same parties.  Returns at most one CONSULT event, none when the sentence already has one."""
    if any(e.type == "CONSULT" for e in sentence_events):
        return []
    agree = next((e for e in sentence_events if e.type == "AGREE" and e.target), None)
    if agree is None:
        return []
    for k, word in enumerate(words):
        trigger = lexicon.nouns.get(word)
        if trigger is not None and trigger.type == "CONSULT" and not mediation_phrase(words, k, lexicon):
            parties = len(agree.source) + len(agree.target)
            mode = trigger.mode or ("multilateral" if parties > 2 else "meet")
            return [replace(agree, type="CONSULT", mode=mode, trigger=word, context=list(trigger.context),
                            source=list(agree.source), target=list(agree.target),
                            confidence=round(agree.confidence - 0.1, 2))]
    return []


def _state_adjectives(ctx: Context, lang) -> dict[str, str]:
    """Inflected state adjectives of the knowledge base → ISO3 ("russischen" → RUS), and the state prefixes
    of actors.yaml's ``title_prefixes`` with their hyphen ("us-" → USA, for "US-Luftangriffe")."""
    kb = resources(ctx, lang).kb
    states = {form: kb.entries[entry_id].extra["iso3"] for form, entry_id in kb.adjectives.items()}
    prefixes = lang.get("actors", "title_prefixes")
    return states | {f"{prefix.lower()}-": spec["country"] for prefix, spec in prefixes.items() if spec.get("country")}
