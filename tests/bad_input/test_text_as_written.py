"""Text is what the maintainer typed: YAML 1.1's numbers, booleans and schemes do not rewrite or refuse it."""
from __future__ import annotations

import pytest

from macros.data.dataset import load_portal

KADIKOY = """\
slug: kadikoy
name: Kadıköy
agreements:
  - id: kadikoy-nacka
    partner:
      as_written: {written}
    country: SE
    kind: sister_city
    sources:
      - source: paper
"""


def partner_as_read(data_dir, written: str) -> str:
    (data_dir / "districts" / "kadikoy.yaml").write_text(KADIKOY.format(written=written), encoding="utf-8")
    portal = load_portal(data_dir)
    district = next(d for d in portal.districts if d.slug == "kadikoy")
    return district.agreements[0].partner.as_written


@pytest.mark.parametrize("written", ["3.10", "12:30", "017", "0x1F", "1_000", ".NaN", "-.inf", "190:20:30.15",
                                     "2017", "+1"])
def test_an_unquoted_number_in_a_text_field_is_taken_exactly_as_written(data_dir, written):
    """YAML 1.1 would make 3.10 into 3.1, 12:30 into 750 and 017 into 15; a text field keeps the characters."""
    assert partner_as_read(data_dir, written) == written


def test_a_huge_unquoted_number_in_a_text_field_is_read_as_text_not_a_crash(data_dir, problems_for):
    """5,000 digits are more than Python turns into an int by default: read as the text written (not a crash),
    which is then longer than a one-line field holds (rules.MAX_TEXT)."""
    (data_dir / "districts" / "kadikoy.yaml").write_text(KADIKOY.format(written="9" * 5000), encoding="utf-8")
    [problem] = problems_for(data_dir)
    assert problem.path == "agreements[0].partner.as_written" and "5,000 characters long" in problem.message


@pytest.mark.parametrize("written", ['"Open data: açık veri"', '"JavaScript: temel eğitim"',
                                     '"Veri (data): 2019"', '"VBScript : eski bir dil"'])
def test_words_like_javascript_or_data_before_a_colon_are_plain_text(data_dir, written):
    """Only a scheme where a link would start, followed at once by an address, is a script URL."""
    assert partner_as_read(data_dir, written) == written.strip('"')


def test_a_zero_width_joiner_inside_an_emoji_is_kept(data_dir):
    """🏳️‍🌈 is built with U+200D between two pictographs: that joiner is part of the emoji, not a trick."""
    flag = "\U0001F3F3\uFE0F\u200D\U0001F308"
    assert partner_as_read(data_dir, f'"Nacka {flag}"') == f"Nacka {flag}"
