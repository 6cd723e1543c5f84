"""Speech branch: voice anonymization with its privacy and utility measured.

Modules, in workflow order:

* :mod:`confide.audio.ingest`: manifest (FSDD or a user's CSV) and the quality gate.
* :mod:`confide.audio.anonymizers`: registry of voice anonymizers (McAdams LPC pole warping,
  pitch/formant shift, McAdams with a keyed per-speaker alpha).
* :mod:`confide.audio.features`: fixed-size log-mel features of (anonymized) speech.
* :mod:`confide.audio.asv`: speaker verification EER and linkability (VoicePrivacy definitions).
* :mod:`confide.audio.quality`: voice-quality proxy (log-spectral distance).
* :mod:`confide.audio.classifier`: content classifier with and without DP-SGD, membership audit.
* :mod:`confide.audio.pipeline`: the steps the rules call.

Nothing runs at import time; submodules are imported where used.
"""
