"""Near-duplicate fingerprints: shingles, band keys, similarity."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from chronik import dedup

STORY = (
    "Der russische Präsident Wladimir Putin hat am Dienstag überraschend die syrische Hauptstadt Damaskus "
    "besucht und dort Machthaber Baschar al-Assad getroffen. Nach Angaben des Kremls sprachen beide über die "
    "Lage im Nordwesten des Landes, wo die letzten Rebellen Widerstand leisten. Es war Putins erster Besuch in "
    "Damaskus seit Beginn des russischen Militäreinsatzes im Herbst 2015. Bei einer Fahrt durch die Stadt habe "
    "sich Putin ein Bild von der Lage gemacht, teilte sein Sprecher mit. Assad dankte den russischen Soldaten."
)


def test_identical_texts_have_identical_fingerprints():
    index = dedup.NearDuplicateIndex()
    a, b = index.fingerprint(STORY), index.fingerprint(STORY)
    assert a.band_keys == b.band_keys
    assert dedup.similarity(a.signature, b.to_bytes()) == 1.0


def test_small_edit_is_near_and_shares_a_band():
    index = dedup.NearDuplicateIndex()
    edited = STORY.replace("überraschend", "unangekündigt")
    a, b = index.fingerprint(STORY), index.fingerprint(edited)
    assert dedup.similarity(a.signature, b.signature) >= 0.75
    assert set(a.band_keys) & set(b.band_keys)


def test_different_story_is_far():
    index = dedup.NearDuplicateIndex()
    other = ("Bundeskanzler Olaf Scholz hat in Paris den französischen Präsidenten Emmanuel Macron getroffen. "
             "Beide sprachen über die Energiepreise in Europa und die Unterstützung der Ukraine im Krieg gegen "
             "Russland, teilte ein Regierungssprecher in Berlin am Abend mit.")
    a, b = index.fingerprint(STORY), index.fingerprint(other)
    assert dedup.similarity(a.signature, b.signature) < 0.2
    assert not set(a.band_keys) & set(b.band_keys)


def test_too_short_text_has_no_fingerprint():
    assert dedup.NearDuplicateIndex().fingerprint("Nur vier Wörter hier") is None


def test_shingles_ignore_case_and_punctuation():
    assert dedup.word_shingles("A b, c. d e!") == dedup.word_shingles("a B c d E")


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(["Putin", "Assad", "traf", "in", "Moskau", "am", "Dienstag", "und"]),
                min_size=5, max_size=60))
def test_band_keys_are_signed_63_bit_and_one_per_band(words):
    fingerprint = dedup.NearDuplicateIndex().fingerprint(" ".join(words))
    assert len(fingerprint.band_keys) == dedup.BANDS
    assert all(-(2**62) <= k < 2**62 for k in fingerprint.band_keys)
    assert fingerprint.signature.dtype == np.uint32
