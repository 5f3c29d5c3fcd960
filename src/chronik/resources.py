"""Load and validate language data (``lang/<xx>/*.yaml``).

Every language folder holds the same files with the same top-level keys;
:data:`SCHEMA` names them and the type each key's value must have.  A file
that is missing, unparsable or off-schema raises :class:`ResourceError`
naming the file and the key, so a broken resource fails at start-up, not
deep inside a batch.  Users may point ``CHRONIK_LANG_DIR`` (or
:func:`load_language`'s ``extra_dir``) at a folder whose files extend the
bundled lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import yaml

from chronik.errors import ResourceError

#: libyaml's parser where PyYAML has it (ten times faster at start-up), else the pure-Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# file name -> {key: required Python type of its value}
SCHEMA: dict[str, dict[str, type]] = {
    "calendar.yaml": {"months": dict, "weekdays": dict},
    "boilerplate.yaml": {
        "line_patterns": list,
        "inline_patterns": list,
        "inline_hint": str,
        "section_labels": list,
        "agencies": list,
        "credit_pattern": str,
        "dateline_patterns": list,
    },
    "timex.yaml": {"vocabulary": dict, "numbers": dict, "units": dict, "rules": dict, "cues": dict},
    "published.yaml": {"until_signals": list, "since_signals": list, "deictic_days": dict, "deictic_joiners": list},
    "actors.yaml": {
        "genitive_suffix": str,
        "genitive_exempt_endings": list,
        "adjective_endings": list,
        "name_particles": list,
        "name_prefixes": list,
        "family_name_first": list,
        "name_joiners": list,
        "titles": dict,
        "title_prefixes": dict,
        "descriptors": dict,
        "group_nouns": dict,
        "compound_group_nouns": dict,
        "group_adjectives": dict,
        "group_country": dict,
        "compound_org_heads": list,
        "compound_target_heads": list,
        "compound_author_heads": list,
        "seat_prepositions": list,
        "country_descriptions": list,
        "org_suffixes": list,
        "person_cues": list,
        "person_following_cues": list,
        "place_prepositions": list,
        "pronouns": dict,
        "plural_pronouns": dict,
        "plural_titles": dict,
        "sport_heads": list,
        "sport_words": list,
        "demonym_quantifiers": list,
        "organisation_members": list,
        "capital_adjective_suffixes": list,
        "title_compound_heads": list,
        "possessives": list,
        "place_context_words": list,
        "place_genitive_preposition": str,
        "belongs_to_words": list,
        "name_inner_words": list,
        "coordinators": list,
        "apposition_articles": list,
        "affiliation_preps": list,
        "affiliation_nouns": list,
        "affiliation_bracket_words": list,
        "name_stopwords": list,
        "type_cues": dict,
        "name_shapes": dict,
    },
    "names.yaml": {"first_names": list},
    "events.yaml": {
        "triggers": list,
        "reporting_verbs": list,
        "reporting_particles": list,
        "attribution_preps": list,
        "attribution_nouns": list,
        "attribution_links": list,
        "obligation_modals": list,
        "owed_modals": list,
        "speech_object_verbs": list,
        "label_preps": list,
        "between_preps": list,
        "mediation_preps": list,
        "mediation_nouns": list,
        "mediated_participles": list,
        "mediator_preps": list,
        "collective_mediators": list,
        "shuttle_verbs": list,
        "briefing_verbs": list,
        "back_references": list,
        "joint_words": list,
        "statehood_words": list,
        "dual_words": list,
        "dual_state_nouns": list,
        "dual_state_heads": dict,
        "konjunktiv_i": list,
        "negation": list,
        "future": list,
        "hypothetical": list,
        "claimed": list,
        "news_of_the_day": list,
        "prepositions": list,
        "determiners": list,
        "article_contractions": list,
        "paired_coordinators": list,
        "alternative_coordinators": list,
        "attribution_adverbs": list,
        "threat_conditions": list,
        "reciprocal_words": list,
        "passive_auxiliaries": list,
        "future_auxiliaries": list,
        "reference_preps": list,
        "reference_types": list,
        "setting_preps": list,
        "meeting_setting_preps": list,
        "topic_preps": list,
        "material_means": dict,
        "meeting_topic_preps": list,
        "relation_heads": list,
        "civilian_targets": list,
        "military_targets": list,
        "clause_coordinators": list,
        "individual_attacks": list,
        "participle_patterns": list,
        "background_tense": list,
        "caption_markers": list,
        "subordinators": list,
        "relative_pronouns": list,
        "object_relatives": list,
        "infinitive_markers": list,
        "owner_preps": list,
        "genitive_determiners": list,
        "act_nouns": list,
        "report_nouns": list,
        "policy_nouns": list,
        "addressee_particles": list,
        "addressee_place_preps": list,
        "voice_nouns": list,
        "attribute_determiners": list,
        "intention_nouns": list,
        "intention_verbs": list,
        "purpose_openers": list,
        "realising_verbs": list,
        "possibility_nouns": list,
        "conditional_openers": list,
        "preventing_verbs": list,
        "unrealised_nouns": list,
        "unrealised_links": list,
        "warning_verbs": list,
        "attitude_cues": list,
        "attitude_links": list,
        "possibility_adjectives": list,
        "attitude_exceptions": dict,
        "halt_words": list,
        "halt_pledges": list,
        "halt_obligations": list,
        "halt_comparisons": list,
        "negation_exceptions": list,
        "negation_predicates": list,
        "negating_openers": list,
        "negating_adjectives": list,
        "existence_verbs": list,
        "ending_nouns": list,
        "cancel_verbs": list,
        "postpone_middles": list,
        "postpone_verbs": list,
        "counterfactual_auxiliaries": list,
        "modal_infinitives": list,
        "coordinating_verbs": list,
        "refusal_verbs": list,
        "refusal_cues": dict,
        "locative_preps": list,
        "directional_determiners": list,
        "instrument_preps": list,
        "relation_forms": list,
        "instigation_preps": list,
        "conflict_nouns": list,
        "convening_nouns": list,
        "meeting_offers": list,
        "sponsor_triggers": list,
        "creditors": list,
        "return_triggers": list,
        "breach_triggers": list,
        "destination_preps": list,
        "briefing_triggers": list,
        "object_pronouns": list,
        "finite_auxiliaries": list,
        "oblique_determiners": list,
        "feminine_determiners": list,
        "feminine_suffixes": list,
        "subject_pronouns": list,
        "nominative_determiners": list,
        "focus_particles": list,
        "anonymous_speakers": list,
        "suffering_light_verbs": list,
        "plural_verb_endings": list,
        "origin_preps": list,
        "purpose_preps": list,
        "receiving_verbs": list,
        "decision_verbs": list,
        "place_relatives": list,
        "claim_cues": list,
        "blame_cues": dict,
        "presence_visits": dict,
        "reception": dict,
        "conflict_pairs": list,
        "mutual_fights": dict,
        "background_patterns": dict,
        "hearsay": dict,
        "narrative_continuations": list,
        "standing_adverbs": list,
        "recent_past": list,
        "date_attribute_preps": list,
        "begin_verbs": list,
        "anaphoric_determiners": list,
        "elapsed_preps": list,
        "denial_nouns": list,
        "content_correlates": list,
        "night_links": list,
        "cause_preps": list,
        "cause_nouns": list,
        "sequence_preps": list,
        "span_words": list,
        "span_units": list,
        "leader_preps": list,
        "leader_nouns": list,
        "leader_participles": list,
        "leader_links": list,
        "backing_preps": list,
        "backing_nouns": list,
        "backing_participles": list,
        "border_nouns": list,
        "stative_participles": list,
        "stative_auxiliaries": list,
        "perfect_auxiliaries": list,
        "opinion_labels": list,
        "deployment_preps": list,
        "since_preps": list,
        "span_preps": list,
        "setting_words": list,
        "bereavement_nouns": list,
        "anchor_subordinators": list,
        "announcing_verbs": list,
        "apology_preps": list,
        "conflict_forms": list,
        "place_adjective_suffixes": list,
        "sport_cues": list,
        "sense_constraints": list,
        "separable_particles": list,
        "particle_idioms": list,
        "attributive_agent_preps": list,
        "media_report_verbs": list,
        "quote_pronouns": list,
        "quote_closers": list,
        "place_part_nouns": list,
        "place_part_preps": list,
        "existential_verbs": list,
        "existential_subjects": list,
        "existential_preps": list,
        "scale": dict,
    },
    "segment.yaml": {
        "abbreviations": list,
        "final_abbreviations": list,
        "number_abbreviations": list,
        "sentence_starters": list,
        "ordinal_dot": bool,
    },
}


@dataclass(frozen=True, slots=True)
class LanguageData:
    """The validated YAML of one language: ``data[file_stem][key]``."""

    code: str
    data: dict[str, dict[str, Any]]

    def get(self, file_stem: str, key: str) -> Any:
        """The value of ``key`` in ``<file_stem>.yaml``; it is known to exist."""
        return self.data[file_stem][key]


def bundled_lang_dir() -> Path:
    """The ``lang`` folder inside the installed package."""
    return Path(str(importlib_resources.files("chronik") / "lang"))


def available_languages() -> list[str]:
    """Codes of the bundled languages (one folder each)."""
    return sorted(p.name for p in bundled_lang_dir().iterdir() if p.is_dir() and not p.name.startswith("_"))


def load_language(code: str, extra_dir: Path | None = None) -> LanguageData:
    """Load and validate every file of :data:`SCHEMA` for language ``code``.

    ``extra_dir/<code>/<file>`` may add list items or mapping entries to the
    bundled values.  Raises :class:`ResourceError` on any problem.
    """
    folder = bundled_lang_dir() / code
    if not folder.is_dir():
        raise ResourceError(f"no language data for {code!r}; available: {', '.join(available_languages())}")
    data = {}
    for name, keys in SCHEMA.items():
        content = _read_yaml(folder / name)
        _validate(folder / name, content, keys)
        if extra_dir is not None and (extra_dir / code / name).is_file():
            content = _extend(content, _read_yaml(extra_dir / code / name), extra_dir / code / name)
        data[name.removesuffix(".yaml")] = content
    _check_patterns(folder, data)
    return LanguageData(code, data)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        content = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except FileNotFoundError:
        raise ResourceError(f"{path}: missing language file") from None
    except yaml.YAMLError as exc:
        raise ResourceError(f"{path}: invalid YAML: {exc}") from None
    if not isinstance(content, dict):
        raise ResourceError(f"{path}: expected a mapping of keys at the top level")
    return content


def _validate(path: Path, content: dict[str, Any], keys: dict[str, type]) -> None:
    for key, expected in keys.items():
        if key not in content:
            raise ResourceError(f"{path}: missing key {key!r}")
        if not isinstance(content[key], expected):
            raise ResourceError(f"{path}: key {key!r} must be a {expected.__name__}")
    unknown = set(content) - set(keys)
    if unknown:
        raise ResourceError(f"{path}: unknown keys {sorted(unknown)}; allowed: {sorted(keys)}")


def _extend(base: dict[str, Any], extra: dict[str, Any], path: Path) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if key not in base or type(value) is not type(base[key]):
            raise ResourceError(f"{path}: key {key!r} does not extend a bundled key of the same type")
        if isinstance(value, list):
            merged[key] = base[key] + value
        elif isinstance(value, dict):
            merged[key] = {**base[key], **value}
        else:
            merged[key] = value
    return merged


def _check_patterns(folder: Path, data: dict[str, dict[str, Any]]) -> None:
    """Compile every boilerplate pattern once so a typo fails at load time.

    Requires the validated data of every file.  Guarantees: each item of
    ``line_patterns``/``inline_patterns`` is a mapping with string ``rule`` and
    ``pattern`` (optional ``image``) whose pattern defines no named group; each
    of ``dateline_patterns`` defines exactly the groups day, month and year;
    labels and agencies are strings; only the placeholders {credit}, {agency},
    {month}, {weekday} occur (here replaced by stand-ins; the clean stage
    substitutes the real alternations).
    """
    bp, path = data["boilerplate"], folder / "boilerplate.yaml"
    if not all(isinstance(w, str) for w in bp["section_labels"] + bp["agencies"]):
        raise ResourceError(f"{path}: 'section_labels' and 'agencies' must be lists of strings")
    stand_ins = {"{credit}": f"(?:{bp['credit_pattern']})", "{agency}": "(?:x)", "{month}": "(?:x)",
                 "{weekday}": "(?:x)"}
    items: list[tuple[str, Any, set[str]]] = [("credit_pattern", bp["credit_pattern"], set()),
                                              ("inline_hint", bp["inline_hint"], set())]
    for key in ("line_patterns", "inline_patterns"):
        for entry in bp[key]:
            if not (isinstance(entry, dict) and isinstance(entry.get("rule"), str)
                    and set(entry) <= {"rule", "pattern", "image"}):
                raise ResourceError(f"{path}: each {key!r} item needs a 'rule' and a 'pattern': {entry!r}")
            items.append((entry["rule"], entry.get("pattern"), set()))
    items += [("dateline_patterns", p, {"day", "month", "year"}) for p in bp["dateline_patterns"]]
    for name, pattern, groups in items:
        try:
            for token, value in stand_ins.items():
                pattern = pattern.replace(token, value)
            compiled = re.compile(pattern)
        except (re.error, TypeError, AttributeError) as exc:
            raise ResourceError(f"{path}: pattern {name!r} is invalid: {exc}") from None
        if set(compiled.groupindex) != groups or re.search(r"\{[a-z_]+\}", pattern):
            raise ResourceError(f"{path}: pattern {name!r} must define the named groups {sorted(groups)} "
                                "and no others, and no placeholder but {credit} {agency} {month} {weekday}")
