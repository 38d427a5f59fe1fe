"""The pull-request workflow: validation annotations appear whatever happens to the data diff."""
from __future__ import annotations

import yaml
from helpers import ROOT


def steps() -> list[dict]:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pr.yml").read_text(encoding="utf-8"))
    return workflow["jobs"]["check"]["steps"]


def step(name_start: str) -> tuple[int, dict]:
    return next((i, s) for i, s in enumerate(steps()) if s.get("name", "").startswith(name_start))


def test_validation_runs_before_the_diff_and_does_not_depend_on_it():
    """A diff that cannot be computed (a bad old commit, a missing base) must not hide the annotations."""
    validate_at, validate = step("Validate data")
    diff_at, diff = step("Data changes")
    assert validate_at < diff_at and "portal validate --github" in validate["run"]
    assert "if" not in validate


def test_the_diff_summary_runs_after_a_failed_validation_and_cannot_fail_the_check_itself():
    _, diff = step("Data changes")
    assert "always()" in diff["if"] and diff["continue-on-error"] is True
    lines = [line.strip() for line in diff["run"].splitlines()]
    command = next(i for i, line in enumerate(lines) if line.startswith(".venv/bin/portal diff"))
    assert lines[command].endswith("|| status=$?")  # a failing diff does not skip the closing fence
    assert lines[command + 1] == "echo '```'"
    assert lines[-1].startswith('exit "${status:-0}"')
