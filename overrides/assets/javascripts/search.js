/* Site search: Material's search box over the portal's own index (see macros/publish/search_index.py).
 *
 * The index holds ASCII-folded terms, so the query is folded the same way here ("Kadıköy", "KADIKÖY"
 * and "kadikoy" all become "kadikoy"): fold() must stay identical to macros.data.text.fold.
 * Nothing is fetched until someone searches; then only search-index/index.json (the list of shards),
 * the term shards of the query's words and the document shards of the results shown, all from this site.
 * The last word typed also matches the words it begins ("sehir" finds "sehirler"); a municipality's
 * own page comes first for its name. Ranking: every word must match; a page scores the weight of
 * the strongest place each word stands in (title > names > summary), a completed word a little less
 * than the word itself; ties go to the lower document id (overview pages, countries, municipalities,
 * agreements, projects).
 * The behaviour follows Material's own search: "/", "s" or "f" opens it, Arrow keys move through
 * the results, Enter in the box opens the first result, Escape closes, ?q=... opens it on load.
 */
(function () {
  "use strict";

  var panel = document.querySelector("[data-yd-search]");
  var toggle = document.getElementById("__search");
  if (!panel || !toggle) return;
  // The edition's words, written into yd.js by the build (macros/engine/assets.py).
  var text = window.ydText || {};
  var script = document.currentScript || document.querySelector('script[src*="assets/javascripts/yd.js"]');
  // This file is part of <edition root>/assets/javascripts/yd.js; the index is at <edition root>/search-index/.
  var root = new URL("../../", script.src);
  build();
  var input = panel.querySelector(".md-search__input");
  var form = panel.querySelector(".md-search__form");
  var meta = panel.querySelector(".md-search-result__meta");
  var list = panel.querySelector(".md-search-result__list");
  var more = panel.querySelector(".yd-search-more");
  var scrollwrap = panel.querySelector(".md-search__scrollwrap");

  var PAGE = 10; // results rendered at a time: their document shards are fetched for them
  var DEBOUNCE = 120; // ms after the last keystroke before searching

  function t(key, fallback) { return text[key] || fallback; }

  // The search box (once in every page's HTML, now made here): Material's markup, the icons drawn by yd.css.
  function build() {
    var esc = function (key, fallback) {
      return t(key, fallback).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
    };
    var find = esc("search.placeholder", "Search");
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", t("search", "Search"));
    panel.innerHTML =
      '<label class="md-search__overlay" for="__search"></label>' +
      '<div class="md-search__inner" role="search">' +
      '<form class="md-search__form" action="' + root.href + '" method="get">' +
      '<input type="search" class="md-search__input" name="q" aria-label="' + find + '" placeholder="' + find +
      '" autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" aria-controls="yd-search-results" required>' +
      '<label class="md-search__icon md-icon" for="__search"><span class="yd-sr-only">' + esc("search.close", "Close search") +
      '</span><svg class="yd-i-search"></svg><svg class="yd-i-previous"></svg></label>' +
      '<nav class="md-search__options" aria-label="' + esc("search", "Search") + '">' +
      '<button type="reset" class="md-search__icon md-icon" title="' + esc("search.reset", "Clear") + '" aria-label="' +
      esc("search.reset", "Clear") + '" tabindex="-1"><svg class="yd-i-close"></svg></button></nav></form>' +
      '<div class="md-search__output"><div class="md-search__scrollwrap" data-md-scrollfix>' +
      '<div class="md-search-result" id="yd-search-results">' +
      '<div class="md-search-result__meta" aria-live="polite">' + esc("search.result.placeholder", "Type to start searching") + '</div>' +
      '<ol class="md-search-result__list"></ol>' +
      '<button type="button" class="md-button yd-search-more" hidden>' + esc("search.more", "Show more results") + '</button>' +
      '</div></div></div></div>';
  }

  var TURKISH = { "ı": "i", "İ": "i", "I": "i", "ş": "s", "Ş": "s", "ğ": "g", "Ğ": "g", "ç": "c", "Ç": "c",
                  "ö": "o", "Ö": "o", "ü": "u", "Ü": "u", "â": "a", "Â": "a", "î": "i", "Î": "i", "û": "u", "Û": "u" };

  function fold(text) {
    var mapped = text.normalize("NFC").replace(/[ıİIşŞğĞçÇöÖüÜâÂîÎûÛ]/g, function (c) { return TURKISH[c]; });
    return mapped.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase();
  }

  // A query that names a municipality ("kadikoy", "KADIKÖY", "Kadıköy Belediyesi") gets that
  // municipality's own page first: the term shard of the name's first word lists each municipality by
  // its folded name ("d"), so it is found by name, not by a score that the agreements and projects whose
  // titles repeat the name could beat.
  var SUFFIX = /\s+(belediyesi|belediye|municipality|district)$/;

  function districtName(query) {
    var name = query.replace(SUFFIX, "").trim().replace(/\s+/g, "-");
    return /^[a-z][a-z0-9-]*$/.test(name) ? name : "";
  }

  var COMPLETED = 0.9; // a word the last word typed begins scores this much of its weight
  var COMPLETION_BYTES = 96 * 1024; // at most this much of term shards to complete the last word

  var cache = {};
  function json(path) {
    if (!cache[path]) {
      cache[path] = fetch(new URL("search-index/" + path, root).href).then(function (r) {
        if (!r.ok) throw new Error(path + ": " + r.status);
        return r.json();
      });
      cache[path].catch(function () { delete cache[path]; }); // a failed load is retried on the next keystroke
    }
    return cache[path];
  }
  function manifest() { return json("index.json"); }

  // The shard holding a term: the longest prefix of it that names a shard (as search_index.shard_of).
  function shardOf(term, shards) {
    for (var n = term.length; n > 0; n--) {
      if (Object.prototype.hasOwnProperty.call(shards, term.slice(0, n))) return term.slice(0, n);
    }
    return null;
  }

  // The query's words: [{word, prefix}], common words left out unless nothing else is left.
  function words(query, typing, m) {
    var all = query.split(/[^a-z0-9]+/).filter(function (w) { return w; });
    var kept = all.filter(function (w, i) {
      return (w.length > 1 || (typing && i === all.length - 1)) && m.stop.indexOf(w) < 0;
    });
    if (!kept.length) kept = all.filter(function (w) { return w.length > 1; });
    return kept.map(function (w, i) { return { word: w, prefix: typing && i === kept.length - 1 }; });
  }

  // The shards a word needs: its own; for the last word typed, also those of the words it begins,
  // unless they are too many (one or two letters typed): then the word itself only.
  function shardsFor(w, shards) {
    var own = shardOf(w.word, shards);
    var keys = own ? [own] : [];
    if (w.prefix) {
      var more = Object.keys(shards).filter(function (k) { return k.length > w.word.length && k.indexOf(w.word) === 0; });
      var bytes = more.reduce(function (sum, k) { return sum + shards[k]; }, 0);
      if (bytes <= COMPLETION_BYTES) keys = keys.concat(more);
    }
    return keys;
  }

  // Doc id -> score of one word, from the loaded shards.
  function scores(w, loaded) {
    var out = {};
    function add(list, factor) {
      list.forEach(function (group) {
        var weight = group[0] * factor, id = 0;
        for (var i = 1; i < group.length; i++) {
          id = i === 1 ? group[1] : id + group[i];
          if (!(out[id] >= weight)) out[id] = weight;
        }
      });
    }
    loaded.forEach(function (shard) {
      var terms = shard.t;
      Object.keys(terms).forEach(function (term) {
        if (term === w.word) add(terms[term], 1);
        else if (w.prefix && term.indexOf(w.word) === 0) add(terms[term], COMPLETED);
      });
    });
    return out;
  }

  // {results: [doc id, ...] best first, own: doc id of the municipality named, or undefined}
  function search(query, typing) {
    return manifest().then(function (m) {
      var name = districtName(query);
      var nameShard = name ? shardOf(name.split("-")[0], m.shards) : null;
      // A word just begun whose completions are too many to fetch ("kadikoy b") waits for more letters.
      var ws = words(query, typing, m).map(function (w) { w.keys = shardsFor(w, m.shards); return w; })
        .filter(function (w) { return w.keys.length || !w.prefix; });
      var perWord = ws.map(function (w) { return w.keys; });
      var needed = perWord.concat(nameShard ? [[nameShard]] : []);
      return Promise.all(needed.map(function (keys) {
        return Promise.all(keys.map(function (k) { return json("t/" + k + ".json"); }));
      })).then(function (loaded) {
        var total = null;
        ws.forEach(function (w, i) {
          var s = scores(w, loaded[i]);
          if (total === null) { total = s; return; }
          var both = {};
          Object.keys(total).forEach(function (id) { if (id in s) both[id] = total[id] + s[id]; });
          total = both;
        });
        var ids = Object.keys(total || {}).map(Number);
        ids.sort(function (a, b) { return total[b] - total[a] || a - b; });
        var own = nameShard ? (loaded[loaded.length - 1][0].d || {})[name] : undefined;
        if (own !== undefined) ids = [own].concat(ids.filter(function (id) { return id !== own; }));
        return { results: ids, per: m.per, kinds: m.kinds };
      });
    });
  }

  function docData(answer, id) {
    return json("d/" + Math.floor(id / answer.per) + ".json").then(function (docs) {
      var d = docs[id % answer.per];
      return { url: root.pathname + d[0], meta: { title: d[1], teaser: d[2], kind: answer.kinds[d[3]] } };
    });
  }

  var current = null; // the answer being shown
  var timer = null;
  var shown = 0;
  var generation = 0; // only the answer to the latest query may touch the list

  function setMeta(text) { meta.textContent = text; }

  function count(n) {
    if (n === 0) return t("search.result.none", "No matching documents");
    if (n === 1) return t("search.result.one", "1 matching document");
    return t("search.result.other", "# matching documents").replace("#", n.toLocaleString(document.documentElement.lang));
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var a = document.createElement("a");
    a.className = "md-search-result__link";
    a.href = data.url;
    a.tabIndex = -1;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var m = data.meta || {};
    if (m.kind) {
      var kind = document.createElement("p");
      kind.className = "yd-result-kind";
      kind.textContent = m.kind;
      article.appendChild(kind);
    }
    var h = document.createElement("h1");
    h.textContent = m.title || data.url;
    article.appendChild(h);
    if (m.teaser) {
      var p = document.createElement("p");
      p.textContent = m.teaser;
      article.appendChild(p);
    }
    a.appendChild(article);
    li.appendChild(a);
    return li;
  }

  function showMore(mine) {
    var slice = current.results.slice(shown, shown + PAGE);
    shown += slice.length;
    more.hidden = true;
    var answer = current;
    return Promise.all(slice.map(function (id) { return docData(answer, id); })).then(function (datas) {
      if (mine !== generation) return;
      datas.forEach(function (d) { list.appendChild(item(d)); });
      more.hidden = shown >= current.results.length;
    });
  }

  // On each keystroke: search once typing pauses (DEBOUNCE), so only the query typed is fetched.
  function run() {
    var mine = ++generation;
    clearTimeout(timer);
    return new Promise(function (resolve) {
      timer = setTimeout(function () { resolve(runNow(mine)); }, DEBOUNCE);
    });
  }

  function runNow(mine) {
    var folded = fold(input.value);
    var query = folded.trim();
    // Still typing the last word (no space after it): it also matches the words it begins.
    var typing = !/\s$/.test(folded);
    if (!query) {
      list.textContent = "";
      more.hidden = true;
      current = null;
      setMeta(t("search.result.placeholder", "Type to start searching"));
      return Promise.resolve();
    }
    return search(query, typing).then(function (answer) {
      if (mine !== generation) return; // superseded by a later keystroke
      current = answer;
      shown = 0;
      list.textContent = "";
      // The count goes up with the first results, not before them: a count over an empty list reads as broken.
      return showMore(mine).then(function () {
        if (mine === generation) setMeta(count(answer.results.length));
      });
    }).catch(function (err) {
      if (mine !== generation) return;
      setMeta(t("search.result.none", "No matching documents"));
      console.warn("search unavailable:", err);
    });
  }

  function open() {
    if (!toggle.checked) {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    }
  }

  function close() {
    if (toggle.checked) {
      toggle.checked = false;
      toggle.dispatchEvent(new Event("change"));
    }
    input.blur();
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll(".md-search-result__link")); }

  input.addEventListener("input", run);
  input.addEventListener("focus", function () { open(); manifest(); });
  toggle.addEventListener("change", function () {
    if (toggle.checked) {
      if (document.activeElement !== input) input.focus();
    } else if (document.activeElement === input) {
      input.blur();
    }
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var first = links()[0];
    if (first) first.click();
  });
  form.addEventListener("reset", function () {
    setTimeout(function () { run(); input.focus(); }, 0);
  });
  more.addEventListener("click", function () {
    var before = links().length;
    showMore(generation).then(function () {
      var next = links()[before];
      if (next) next.focus();
    });
  });
  list.addEventListener("click", function (e) {
    if (e.target.closest && e.target.closest("a")) close();
  });

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var target = e.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (!toggle.checked) {
      if (!typing && (e.key === "/" || e.key === "s" || e.key === "f")) {
        e.preventDefault();
        open();
        input.focus();
        input.select();
      }
      return;
    }
    if (!panel.contains(target) && target !== document.body && target !== toggle) return;
    if (e.key === "Escape") {
      e.preventDefault();
      close();
    } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      var stops = [input].concat(links());
      var at = stops.indexOf(document.activeElement);
      var next = e.key === "ArrowDown" ? at + 1 : at - 1;
      next = (next + stops.length) % stops.length;
      e.preventDefault();
      stops[next].focus();
      if (next > 0) stops[next].scrollIntoView({ block: "nearest" });
      else scrollwrap.scrollTop = 0;
    }
  });

  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    open();
    input.focus();
    run();
  }
})();
