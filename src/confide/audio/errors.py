"""Errors of the speech branch. Messages name the file, manifest row, rule and fix; never audio."""

from __future__ import annotations

from confide.errors import ConfideError, DataQualityError, PrivacyBudgetError


class AudioQualityError(DataQualityError):
    """Audio input failed the quality gate; the message lists every problem found.

    Args:
        problems: one line per problem, each naming the file (and manifest row) and the fix.
        source: the manifest or folder that was checked.
    """

    def __init__(self, problems: list[str], *, source: str) -> None:
        self.problems = list(problems)
        shown = self.problems[:20]
        more = len(self.problems) - len(shown)
        lines = [f"{source}: {len(self.problems)} audio problem(s) (rule ingest_audio):"]
        lines += [f"  {p}" for p in shown]
        if more:
            lines.append(f"  ... and {more} more")
        super().__init__("\n".join(lines))


class AudioPrivacyError(PrivacyBudgetError):
    """A privacy setting of the speech branch cannot give a meaningful guarantee (names key and fix)."""


class AudioPipelineError(ConfideError):
    """Two artifacts of the speech branch do not match (names the files and the rule to re-run)."""
