"""A maintainer sees every mistake in one run, not one per run."""
from __future__ import annotations

import textwrap


def write(data_dir, name, text):
    (data_dir / name).write_text(textwrap.dedent(text), encoding="utf-8")


def where(problems):
    return [(p.file, p.line, p.path) for p in problems]


def shown(problems):
    return "\n".join(f"  {p}" for p in problems)


def test_three_mistakes_in_one_file_give_three_problems_sorted_by_line(data_dir, problems_for):
    """All problems of a file are reported at once, in line order, whichever check found them."""
    write(data_dir, "districts/kadikoy.yaml", """\
        slug: kadikoy
        name: Kadıköy
        agreements:
          - id: kadikoy-nacka
            partner:
              as_written: Nacka
            country: SE
            kind: sister_city
            sources:
              - source: papr          # 1: no such source (found by the reference check)
        projects:
          - id: kadikoy-climate
            title: İklim Eylemi
            description: Bir proje.
            description_en: A project.
            start: "2017-13"          # 2: there is no month 13
            sources:
              - source: paper
        activities:
          - id: kadikoy-festival
            kind: festivl             # 3: typo for festival
            description: Bir festival.
            description_en: A festival.
            sources:
              - source: paper
        """)
    problems = problems_for(data_dir)
    assert where(problems) == [
        ("data/districts/kadikoy.yaml", 10, "agreements[0].sources[0].source"),
        ("data/districts/kadikoy.yaml", 16, "projects[0].start"),
        ("data/districts/kadikoy.yaml", 21, "activities[0].kind"),
    ], shown(problems)
    assert "did you mean 'paper'?" in problems[0].message
    assert "not a real date" in problems[1].message
    assert "festival" in problems[2].message


def test_a_broken_record_does_not_hide_problems_in_other_records(data_dir, problems_for):
    """A record with a mistake is reported, and the records after it are still checked."""
    write(data_dir, "districts/kadikoy.yaml", """\
        slug: kadikoy
        name: Kadıköy
        agreements:
          - id: kadikoy-nacka         # broken: no 'kind'
            partner: {as_written: Nacka}
            country: SE
            sources: [{source: paper}]
          - id: kadikoy-vaxholm
            partner: {as_written: Vaxholm}
            country: XX               # broken: unknown country
            kind: sister_city
            sources: [{source: paper}]
        memberships:
          - id: kadikoy-iclei
            network: icle             # broken: unknown network
            as_written: ICLEI
            sources: [{source: paper}]
        """)
    problems = problems_for(data_dir)
    assert where(problems) == [
        ("data/districts/kadikoy.yaml", 4, "agreements[0].kind"),
        ("data/districts/kadikoy.yaml", 10, "agreements[1].country"),
        ("data/districts/kadikoy.yaml", 15, "memberships[0].network"),
    ], shown(problems)


def test_a_broken_record_still_takes_part_in_id_and_reference_checks(data_dir, problems_for):
    """A broken agreement still defines its id: references to it are not reported, duplicates of it are."""
    write(data_dir, "districts/kadikoy.yaml", """\
        slug: kadikoy
        name: Kadıköy
        agreements:
          - id: kadikoy-nacka
            partner: {as_written: Nacka}
            country: XX               # broken: unknown country
            kind: sister_city
            sources: [{source: paper}]
          - id: kadikoy-nacka         # same id as the broken agreement
            partner: {as_written: Nacka}
            country: SE
            kind: friendship
            sources: [{source: paper}]
        projects:
          - id: kadikoy-climate
            title: İklim Eylemi
            description: Bir proje.
            description_en: A project.
            agreements: [kadikoy-nacka]   # refers to the broken agreement: fine
            sources: [{source: paper}]
        """)
    problems = problems_for(data_dir)
    assert where(problems) == [
        ("data/districts/kadikoy.yaml", 6, "agreements[0].country"),
        ("data/districts/kadikoy.yaml", 9, "agreements[1].id"),
    ], shown(problems)


def test_a_broken_file_does_not_hide_problems_in_other_files(data_dir, problems_for):
    """A file that cannot be read at all is reported, and the other files are still checked."""
    write(data_dir, "districts/adalar.yaml", """\
        slug: adalar
        name: "Adalar
        """)
    write(data_dir, "districts/kadikoy.yaml", """\
        slug: kadikoy
        name: Kadıköy
        agreements:
          - id: kadikoy-nacka
            partner: {as_written: Nacka}
            country: XX               # unknown country
            kind: sister_city
            sources: [{source: paper}]
        """)
    problems = problems_for(data_dir)
    assert [p.file for p in problems] == ["data/districts/adalar.yaml", "data/districts/kadikoy.yaml"], \
        shown(problems)
    assert "YAML syntax error" in problems[0].message
    assert (problems[1].line, problems[1].path) == (6, "agreements[0].country")


def test_a_broken_reference_record_still_defines_its_id(data_dir, problems_for):
    """A source with a mistake is reported once; the records citing it are not reported as citing nothing."""
    write(data_dir, "sources.yaml", """\
        sources:
          - id: paper
            title: Örnek çalışma
            kind: academic_article
            url: ftp://example.org/paper.pdf    # the one mistake
            accessed: "2026-01-15"
        """)
    problems = problems_for(data_dir)
    assert where(problems) == [("data/sources.yaml", 5, "sources[0].url")], shown(problems)
