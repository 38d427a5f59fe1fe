"""Atom feeds of data changes: well-formed, newest first, stable ids, everything escaped."""
from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET

from helpers import FIXTURES
from macros.history.changes import ChangeEvent, history
from macros.publish.feed import feed_files

A = "{http://www.w3.org/2005/Atom}"
HOSTILE = '<script>alert("x")</script> & <b>bold</b> ]]> \x07bell'


def event(date, commit, record_id, district="adalar", kind="added", collection="agreements", title="Nacka",
          **kw):
    return ChangeEvent(date=date, commit=commit, id=record_id, district=district, kind=kind,
                       collection=collection, title=title, district_name=kw.pop("district_name", "Adalar"), **kw)


EVENTS = [  # oldest first, as history() yields them
    event("2024-01-10T09:00:00+03:00", "a" * 40, "adalar-nacka"),
    event("2024-01-10T09:00:00+03:00", "a" * 40, "kadikoy-nacka", district="kadikoy", district_name="Kadıköy"),
    # Its local clock says 1 February, but in UTC it is earlier than the next one (31 January 23:30).
    event("2024-02-01T01:00:00+03:00", "b" * 40, "adalar-nacka", kind="changed", fields=("status", "signed")),
    event("2024-01-31T23:30:00+00:00", "c" * 40, "adalar-festival", kind="added", collection="activities",
          title=HOSTILE),
    event("2024-03-01T12:00:00+00:00", "d" * 40, "kadikoy-nacka", district="kadikoy", district_name="Kadıköy",
          kind="removed"),
    event("2024-03-02T12:00:00+00:00", "e" * 40, "paper", district=None, district_name=None, kind="changed",
          collection="sources", title="Örnek çalışma", fields=("title",)),
]


def parse(text: str):
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{A}feed"
    entries = root.findall(f"{A}entry")
    return root, entries


def titles(entries):
    return [e.findtext(f"{A}title") for e in entries]


def test_feeds_for_the_site_and_each_municipality():
    files = feed_files(EVENTS, "tr", "/yerel-diplomasi/")
    assert sorted(files) == ["feed.xml", "municipalities/adalar/feed.xml", "municipalities/kadikoy/feed.xml"]
    root, entries = parse(files["feed.xml"])
    assert len(entries) == len(EVENTS)
    # Newest first, by the instant (time zones taken into account).
    assert [e.findtext(f"{A}updated") for e in entries] == [
        "2024-03-02T12:00:00+00:00", "2024-03-01T12:00:00+00:00", "2024-01-31T23:30:00+00:00",
        "2024-02-01T01:00:00+03:00", "2024-01-10T09:00:00+03:00", "2024-01-10T09:00:00+03:00"]
    assert root.findtext(f"{A}updated") == "2024-03-02T12:00:00+00:00"
    # Within one commit, the given order is kept.
    assert titles(entries)[-2:] == ["Yeni kayıt: Adalar – Nacka", "Yeni kayıt: Kadıköy – Nacka"]
    assert titles(entries)[:2] == ["Güncellendi: Kaynak – Örnek çalışma", "Kaldırıldı: Kadıköy – Nacka"]
    assert titles(entries)[3] == "Güncellendi: Adalar – Nacka"

    _, adalar = parse(files["municipalities/adalar/feed.xml"])
    assert [e.findtext(f"{A}updated") for e in adalar] == [
        "2024-01-31T23:30:00+00:00", "2024-02-01T01:00:00+03:00", "2024-01-10T09:00:00+03:00"]
    _, kadikoy = parse(files["municipalities/kadikoy/feed.xml"])
    assert titles(kadikoy) == ["Kaldırıldı: Kadıköy – Nacka", "Yeni kayıt: Kadıköy – Nacka"]


def test_links_are_built_on_the_site_path():
    files = feed_files(EVENTS, "en", "/yerel-diplomasi/en")
    root, entries = parse(files["feed.xml"])
    links = {e.findtext(f"{A}title"): e.find(f"{A}link").get("href") for e in entries}
    assert links["Added: Adalar – Nacka"] == "/yerel-diplomasi/en/agreements/adalar-nacka/"
    assert links["Removed: Kadıköy – Nacka"] == "/yerel-diplomasi/en/municipalities/kadikoy/"
    assert links["Updated: Source – Örnek çalışma"] == "/yerel-diplomasi/en/sources/#paper"
    assert any(h == "/yerel-diplomasi/en/municipalities/adalar/#adalar-festival" for h in links.values())
    self_link = [link for link in root.findall(f"{A}link") if link.get("rel") == "self"][0]
    assert self_link.get("href") == "/yerel-diplomasi/en/feed.xml"
    root, _ = parse(files["municipalities/adalar/feed.xml"])
    assert [link.get("href") for link in root.findall(f"{A}link")] == [
        "/yerel-diplomasi/en/municipalities/adalar/feed.xml", "/yerel-diplomasi/en/municipalities/adalar/"]
    # Records that no longer exist link to their municipality, not to a page that is gone.
    files = feed_files(EVENTS, "en", "/", current_ids={"adalar-festival", "paper"})
    _, entries = parse(files["feed.xml"])
    assert entries[-2].find(f"{A}link").get("href") == "/municipalities/adalar/"


def test_hostile_text_stays_text():
    files = feed_files(EVENTS, "tr", "/")
    for text in files.values():
        assert "<script>" not in text and "<b>" not in text
    assert "&lt;script&gt;" in files["feed.xml"]
    _, entries = parse(files["feed.xml"])
    hostile = next(e for e in entries if "script" in e.findtext(f"{A}title"))
    # Parsed back, it is the same text (minus the control character XML cannot carry).
    assert hostile.findtext(f"{A}title") == "Yeni kayıt: Adalar – " + HOSTILE.replace("\x07", "")
    assert hostile.find(f"{A}script") is None and hostile.find(f"{A}title/{A}b") is None


def test_ids_are_stable_unique_and_not_from_the_clock():
    first = feed_files(EVENTS, "tr", "/")
    assert feed_files(list(EVENTS), "tr", "/") == first  # byte-identical on a second run
    _, entries = parse(first["feed.xml"])
    ids = [e.findtext(f"{A}id") for e in entries]
    assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids)
    _, adalar = parse(first["municipalities/adalar/feed.xml"])
    assert {e.findtext(f"{A}id") for e in adalar} <= set(ids)  # the same entry has the same id everywhere
    _, english = parse(feed_files(EVENTS, "en", "/")["feed.xml"])
    assert len(english) == len(entries)
    assert not set(ids) & {e.findtext(f"{A}id") for e in english}  # editions are separate feeds


def test_limit_and_empty_feed():
    files = feed_files(EVENTS, "en", "/", limit=2)
    _, entries = parse(files["feed.xml"])
    assert len(entries) == 2
    files = feed_files([], "tr", "/")
    root, entries = parse(files["feed.xml"])
    assert list(files) == ["feed.xml"] and entries == []
    assert root.findtext(f"{A}updated") == "1970-01-01T00:00:00+00:00"


def test_feed_from_a_real_git_history(tmp_path):
    root = tmp_path / "repo"
    root.mkdir()
    env = dict(os.environ, GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")

    def git(*args, date=None):
        e = dict(env, **({"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date} if date else {}))
        subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false",
                        *args], cwd=root, env=e, check=True, capture_output=True)

    git("init", "-q")
    shutil.copytree(FIXTURES / "minimal", root / "data")
    git("add", "-A")
    git("commit", "-q", "-m", "import", date="2024-01-01T10:00:00+03:00")
    path = root / "data" / "districts" / "kadikoy.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("as_written: Nacka", "as_written: Nacka kommun"),
                    encoding="utf-8")
    git("commit", "-q", "-am", "rename partner", date="2024-02-01T10:00:00+03:00")

    files = feed_files(history(root), "tr", "/")
    _, entries = parse(files["municipalities/kadikoy/feed.xml"])
    assert titles(entries)[0] == "Güncellendi: Kadıköy – Nacka"  # the standard name, as the pages head it
    assert entries[0].findtext(f"{A}updated") == "2024-02-01T10:00:00+03:00"
    assert "partner" in entries[0].findtext(f"{A}summary")


def test_entries_of_a_municipality_that_no_longer_exists_link_to_the_list_of_municipalities():
    """After a district is renamed (or removed) its old page is gone: no feed entry may point at it."""
    renamed = [event("2024-01-10T09:00:00+03:00", "a" * 40, "eski", district="eski", collection="districts",
                     title="Eski", district_name="Eski"),
               event("2024-01-10T09:00:00+03:00", "a" * 40, "eski-nacka", district="eski", district_name="Eski"),
               event("2024-02-10T09:00:00+03:00", "b" * 40, "eski", district="eski", kind="removed",
                     collection="districts", title="Eski", district_name="Eski")]
    files = feed_files(renamed, "tr", "/", current_ids={"eski-nacka", "yeni"}, districts={"yeni": "Yeni"})
    _, entries = parse(files["feed.xml"])
    links = [e.find(f"{A}link").get("href") for e in entries]
    assert links == ["/municipalities/", "/municipalities/", "/agreements/eski-nacka/"]
    assert not any("municipalities/eski/" in href for href in links)
