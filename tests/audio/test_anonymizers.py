import numpy as np
import pytest

from confide.audio.anonymizers import create_anonymizer, known_anonymizers
from confide.audio.anonymizers.mcadams import mcadams_transform, warp_poles
from confide.audio.anonymizers.vtln import bilinear_warp
from confide.audio.lpc import formants
from tests.audio.helpers import RATE, vowel

KEY = b"k" * 32


def expected_hz(f: float, alpha: float) -> float:
    return (2 * np.pi * f / RATE) ** alpha * RATE / (2 * np.pi)


@pytest.mark.parametrize("alpha", [0.8, 0.9])
def test_when_mcadams_warps_then_duration_is_kept_and_formants_move_to_phi_to_the_alpha(alpha):
    signal = vowel(formants_hz=(500.0, 2000.0))
    out = create_anonymizer("mcadams", options={"alpha": alpha}, key=KEY)(signal, sample_rate=RATE, speaker="s")
    assert len(out) == len(signal)
    found = formants(out, sample_rate=RATE, order=4)
    # Below 1 rad (1273 Hz) formants rise, above it they fall, to phi**alpha.
    assert found[0] > 500 + 20 and found[1] < 2000 - 80
    assert found == pytest.approx([expected_hz(500, alpha), expected_hz(2000, alpha)], abs=40)


def test_when_alpha_is_one_then_the_voice_is_unchanged():
    signal = vowel()
    out = create_anonymizer("mcadams", options={"alpha": 1.0}, key=KEY)(signal, sample_rate=RATE, speaker="s")
    assert np.corrcoef(signal, out)[0, 1] > 0.999


def test_when_poles_are_warped_then_conjugates_stay_paired_and_magnitudes_kept():
    poles = np.array([0.9 * np.exp(1j * 2.0), 0.9 * np.exp(-1j * 2.0), 0.5, -0.3])
    warped = warp_poles(poles, 0.8)
    assert np.abs(warped) == pytest.approx(np.abs(poles))
    assert warped[1] == pytest.approx(np.conj(warped[0]))
    assert np.angle(warped[0]) == pytest.approx(2.0**0.8)
    assert warped[2:] == pytest.approx(poles[2:])  # real poles are not moved
    # The polynomial of warped conjugate pairs stays real.
    assert np.max(np.abs(np.imag(np.poly(warped)))) < 1e-12


def test_when_per_speaker_alpha_then_one_speaker_is_consistent_and_the_key_decides():
    mine = create_anonymizer("mcadams_per_speaker", options={"alpha_low": 0.7, "alpha_high": 0.9}, key=KEY)
    other = create_anonymizer("mcadams_per_speaker", options={"alpha_low": 0.7, "alpha_high": 0.9}, key=b"x" * 32)
    alphas = [mine.alpha_for(f"speaker{i}") for i in range(20)]
    assert all(0.7 <= a <= 0.9 for a in alphas)
    assert len(set(alphas)) == 20
    assert mine.alpha_for("speaker1") == mine.alpha_for("speaker1")
    assert [other.alpha_for(f"speaker{i}") for i in range(20)] != alphas
    signal = vowel()
    first = mine(signal, sample_rate=RATE, speaker="speaker1")
    assert np.array_equal(first, mine(signal, sample_rate=RATE, speaker="speaker1"))


def test_when_pitch_shifted_then_duration_is_kept_and_formants_fall():
    signal = vowel(formants_hz=(500.0, 2000.0))
    with pytest.warns(UserWarning, match="reference condition"):
        shift = create_anonymizer("pitch_shift", options={"semitones": -3.0}, key=KEY)
    out = shift(signal, sample_rate=RATE, speaker="s")
    assert len(out) == len(signal)
    ratio = 2 ** (-3 / 12)
    assert formants(out, sample_rate=RATE, order=4)[1] == pytest.approx(2000 * ratio, abs=120)


def test_when_anonymizer_is_unknown_then_the_error_lists_the_known_ones():
    with pytest.raises(ValueError, match="mcadams_per_speaker"):
        create_anonymizer("voice_changer", options={}, key=KEY)
    with pytest.raises(ValueError, match="bad options"):
        create_anonymizer("mcadams", options={"beta": 1}, key=KEY)
    assert known_anonymizers() == ["mcadams", "mcadams_per_speaker", "mcadams_per_utterance", "mcadams_pitch",
                                  "pitch_shift", "vtln"]


def hz(omega: float) -> float:
    return omega * RATE / (2 * np.pi)


def rad(f: float) -> float:
    return 2 * np.pi * f / RATE


def test_when_alpha_is_drawn_per_utterance_then_one_key_reproduces_it_and_another_key_differs():
    options = {"alpha_low": 0.5, "alpha_high": 0.9}
    mine = create_anonymizer("mcadams_per_utterance", options=options, key=KEY)
    again = create_anonymizer("mcadams_per_utterance", options=options, key=KEY)
    other = create_anonymizer("mcadams_per_utterance", options=options, key=b"x" * 32)
    utterances = [vowel(pitch_hz=p) for p in (90.0, 100.0, 110.0, 120.0, 130.0, 140.0)]
    alphas = [mine.alpha_for(u) for u in utterances]
    assert all(0.5 <= a <= 0.9 for a in alphas)
    assert len(set(alphas)) == len(alphas)  # per utterance, not per speaker: same speaker, other alphas
    assert [again.alpha_for(u) for u in utterances] == alphas
    assert [other.alpha_for(u) for u in utterances] != alphas
    signal = utterances[1]
    out = mine(signal, sample_rate=RATE, speaker="s")
    assert np.array_equal(out, again(signal, sample_rate=RATE, speaker="other speaker"))
    assert len(out) == len(signal)
    # It is McAdams with the drawn coefficient (whose formant shift the fixed-alpha test checks).
    assert np.array_equal(out, mcadams_transform(signal, sample_rate=RATE, alpha=alphas[1]))
    found = formants(out, sample_rate=RATE, order=4)
    assert found[0] > 500 + 20 and found[1] < 2000 - 80


def test_when_vtln_warps_then_duration_is_kept_and_formants_follow_the_bilinear_map():
    vtln = create_anonymizer("vtln", options={"warp_low": 0.1, "warp_high": 0.2}, key=KEY)
    factors = {s: vtln.factor_for(s) for s in (f"speaker{i}" for i in range(12))}
    assert all(0.1 <= abs(f) <= 0.2 for f in factors.values())
    assert {np.sign(f) for f in factors.values()} == {-1.0, 1.0}  # the direction is keyed too
    assert create_anonymizer("vtln", options={}, key=b"x" * 32).factor_for("speaker1") != factors["speaker1"]
    signal = vowel(formants_hz=(500.0, 2000.0))
    for speaker in ("speaker1", "speaker2"):
        out = vtln(signal, sample_rate=RATE, speaker=speaker)
        assert len(out) == len(signal)
        factor = factors[speaker]
        expected = [hz(bilinear_warp(rad(f), factor)) for f in (500.0, 2000.0)]
        found = formants(out, sample_rate=RATE, order=8)
        for f in expected:  # a formant where the bilinear map puts each one
            assert np.min(np.abs(found - f)) < 40
        assert np.sign(found[0] - 500) == np.sign(factor)  # up for a > 0, down for a < 0
    assert bilinear_warp(np.array([0.0, np.pi]), 0.3) == pytest.approx([0.0, np.pi])  # band edges stay


def test_when_the_cascade_runs_then_both_keyed_stages_move_the_formants():
    cascade = create_anonymizer("mcadams_pitch", options={}, key=KEY)
    alpha, semitones = cascade.draws_for("speaker1")
    assert 0.7 <= alpha <= 0.9 and 1.0 <= abs(semitones) <= 3.0
    assert create_anonymizer("mcadams_pitch", options={}, key=b"x" * 32).draws_for("speaker1") != (alpha, semitones)
    signal = vowel(formants_hz=(500.0, 2000.0))
    out = cascade(signal, sample_rate=RATE, speaker="speaker1")
    assert len(out) == len(signal)
    ratio = 2 ** (semitones / 12)
    found = formants(out, sample_rate=RATE, order=4)
    assert found[1] == pytest.approx(expected_hz(2000, alpha) * ratio, abs=120)
    mcadams_only = formants(create_anonymizer("mcadams", options={"alpha": alpha}, key=KEY)(
        signal, sample_rate=RATE, speaker="speaker1"), sample_rate=RATE, order=4)
    assert abs(found[1] - mcadams_only[1]) > 40  # the shift moved them beyond McAdams alone
