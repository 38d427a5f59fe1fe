"""Outside git, or in a shallow clone, the site says what it cannot know and leaves it out instead of
making it up: no feed entries claiming the whole data set was added at once, no sitemap dates from 1980."""
from __future__ import annotations

import re
import subprocess

from helpers import FIXTURES, ROOT, build_site


def test_a_build_without_git_warns_once_and_leaves_out_the_dates(tmp_path):
    site = tmp_path / "site"
    result = build_site(site, FIXTURES / "minimal",
                        extra_env={"GIT_DIR": str(tmp_path / "no-git"), "SOURCE_DATE_EPOCH": "315532800"})
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("Warning: no git history here") == 1  # two editions, one warning
    for sitemap in (site / "sitemap.xml", site / "en" / "sitemap.xml"):
        text = sitemap.read_text(encoding="utf-8")
        assert "<lastmod>" not in text and "1980" not in text
    assert "<entry>" not in (site / "feed.xml").read_text(encoding="utf-8")


def test_a_shallow_clone_warns_and_does_not_call_every_record_new(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{ROOT}", str(clone)], check=True,
                   capture_output=True)
    site = tmp_path / "site"
    result = build_site(site, FIXTURES / "minimal",
                        extra_env={"GIT_DIR": str(clone / ".git"), "GIT_WORK_TREE": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("Warning: this is a shallow git clone") == 1
    assert "left out of the feeds" in result.stderr
    assert re.findall(r"<entry>", (site / "feed.xml").read_text(encoding="utf-8")) == []
