"""Shared fixtures and hypothesis profiles (`HYPOTHESIS_PROFILE=ci` runs more examples)."""

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=200, deadline=None)
# CI draws the same examples every run, so that its verdict is the code's and
# not the draw's; the default profile draws anew each time and keeps hunting.
settings.register_profile(
    "ci",
    max_examples=1000,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def seeds() -> list[str]:
    """The two seed articles: SANA's own copy (000) and a crawler's (001)."""
    return [p.read_text(encoding="utf-8") for p in SEEDS]
