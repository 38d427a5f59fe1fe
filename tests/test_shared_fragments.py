"""The theme's repeated fragments are rendered once per key, and the key groups only pages whose relative
links to the rest of the site are the same (macros/engine/fragments.py)."""
from __future__ import annotations

import posixpath

import jinja2
import pytest

from macros.engine.fragments import SharedFragments, folders_of, shared_key

TARGETS = ["about/index.html", "agreements/index.html", "data/fields/index.html", "assets/javascripts/x.js",
           "feed.xml", "index.html"]


def relative(target: str, page_url: str) -> str:
    """MkDocs' get_relative_url for a page with a directory URL."""
    return posixpath.relpath("/" + target, "/" + page_url)


@pytest.mark.parametrize("a, b", [
    ("agreements/x/", "agreements/y/"),
    ("municipalities/kadikoy/page/2/", "municipalities/adalar/page/3/"),
    ("countries/de/", "projects/p/"),
])
def test_pages_with_one_key_have_the_same_relative_links(a, b):
    taken = folders_of(TARGETS)
    assert shared_key(a, taken) == shared_key(b, taken)
    assert [relative(t, a) for t in TARGETS] == [relative(t, b) for t in TARGETS]


@pytest.mark.parametrize("a, b", [
    ("agreements/x/", "countries/y/"),          # ../ to agreements/ from one, ../../agreements/ from the other
    ("agreements/x/", "agreements/x/page/2/"),  # another depth
    ("data/x/", "sources/x/"),                  # data/fields/ is ../fields/ from data/x/
])
def test_pages_whose_links_differ_get_different_keys(a, b):
    taken = folders_of(TARGETS)
    assert [relative(t, a) for t in TARGETS] != [relative(t, b) for t in TARGETS]
    assert shared_key(a, taken) != shared_key(b, taken)


def test_a_fragment_is_rendered_once_per_key_and_always_without_one():
    env = jinja2.Environment(extensions=[SharedFragments])
    calls = []
    template = env.from_string('{% portal_shared "part", key %}{{ count() }}{% endportal_shared %}')

    def count():
        calls.append(1)
        return len(calls)

    assert [template.render(key="a", count=count) for _ in range(3)] == ["1", "1", "1"]
    assert template.render(key="b", count=count) == "2"
    assert [template.render(key=None, count=count) for _ in range(2)] == ["3", "4"]


def test_squeeze_cuts_indentation_between_tags_and_keeps_what_a_browser_shows():
    from macros.engine.fragments import squeeze
    html = ('<ul>\n    <li>\n      <a href="x" title="a  b">Ana   sayfa</a>\n    </li>\n  </ul>\n'
            '<pre class="yd-request__text">Sayın\n    Yetkili\n</pre>\n  <p>Bir <code>a\n   b</code>\n  c</p>\n'
            '<script>\n  var s = "\\n   ";\n</script>\n   <kbd>x\n  y</kbd>')
    assert squeeze(html) == ('<ul>\n<li>\n<a href="x" title="a  b">Ana   sayfa</a>\n</li>\n</ul>\n'
                             '<pre class="yd-request__text">Sayın\n    Yetkili\n</pre>\n<p>Bir <code>a\n   b</code>\n'
                             'c</p>\n<script>\n  var s = "\\n   ";\n</script>\n<kbd>x\n  y</kbd>')
    # Between two kept elements too (Material's script tags, each on an indented line of its own).
    assert squeeze('<script src="a"></script>\n      \n        <script src="b"></script>') == \
        '<script src="a"></script>\n<script src="b"></script>'
    assert squeeze(squeeze(html)) == squeeze(html)
    # Around the page's text (<article>), the theme's frame of blocks and flex rows: no break between two tags,
    # also next to a kept element; inside <article> a break between inline elements is a space and stays.
    page = ('<head>\n  <meta charset="utf-8">\n  <script>a\n b</script>\n  <script>c</script>\n</head>\n<body>\n'
            '<label>\n  <span>Menü</span>\n  <svg></svg>\n</label>\n<article class="x">\n<td>a</td>\n<td>b</td>\n'
            '<pre>x\n  y</pre>\n</article>\n<footer>\n  <p>Metin\n  </p>\n</footer>\n<script>d</script>\n</body>')
    assert squeeze(page) == ('<head><meta charset="utf-8"><script>a\n b</script><script>c</script></head><body>'
                             '<label><span>Menü</span><svg></svg></label>\n<article class="x">\n<td>a</td>\n<td>b</td>\n'
                             '<pre>x\n  y</pre>\n</article><footer><p>Metin\n</p></footer><script>d</script></body>')
    assert squeeze(squeeze(page)) == squeeze(page)
    # Material's empty skip and announcement boxes go; with a skip link in it, the box stays.
    assert squeeze('<body>\n<div data-md-component="skip">\n</div>\n<div data-md-component="announce">\n</div>\n'
                   '<article>\n</article>') == '<body>\n<article>\n</article>'
    skip = '<div data-md-component="skip"><a href="#x" class="md-skip">Geç</a></div><article></article>'
    assert squeeze(skip) == skip
    # The search index's marks go (the index is made before the page is written); not from text or scripts.
    marked = '<p class="a" data-search-exclude>data-search-exclude</p><script>x = "<p data-search-exclude>";</script>'
    assert squeeze(marked) == '<p class="a">data-search-exclude</p><script>x = "<p data-search-exclude>";</script>'
