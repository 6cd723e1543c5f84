import numpy as np
import pytest

from confide.audio.anonymizers import create_anonymizer, known_anonymizers
from confide.audio.anonymizers.mcadams import warp_poles
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
    assert known_anonymizers() == ["mcadams", "mcadams_per_speaker", "pitch_shift"]
