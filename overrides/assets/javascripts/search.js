/* Site search: Material's search box over a Pagefind index (see macros/publish/search_index.py).
 *
 * The index holds ASCII-folded text, so the query is folded the same way here ("Kadıköy",
 * "KADIKÖY" and "kadikoy" all become "kadikoy"): fold() must stay identical to macros.data.text.fold.
 * Nothing is fetched until someone searches; then Pagefind loads its script, its WebAssembly and
 * only the index chunks and result fragments the query needs, all from this site.
 * The behaviour follows Material's own search: "/", "s" or "f" opens it, Arrow keys move through
 * the results, Enter in the box opens the first result, Escape closes, ?q=... opens it on load.
 */
(function () {
  "use strict";

  var panel = document.querySelector("[data-yd-search]");
  var toggle = document.getElementById("__search");
  if (!panel || !toggle) return;
  var input = panel.querySelector(".md-search__input");
  var form = panel.querySelector(".md-search__form");
  var meta = panel.querySelector(".md-search-result__meta");
  var list = panel.querySelector(".md-search-result__list");
  var more = panel.querySelector(".yd-search-more");
  var scrollwrap = panel.querySelector(".md-search__scrollwrap");

  var PAGE = 10; // results rendered at a time: each one costs a fragment request
  var script = document.currentScript || document.querySelector('script[src*="assets/javascripts/search.js"]');
  // This file lives at <edition root>/assets/javascripts/search.js; the index at <edition root>/pagefind/.
  var root = new URL("../../", script.src);
  var translations = {};
  try {
    translations = JSON.parse(document.getElementById("__config").textContent).translations || {};
  } catch (e) { /* Material's strings missing: the English fallbacks below are used */ }

  function t(key, fallback) { return translations[key] || fallback; }

  var TURKISH = { "ı": "i", "İ": "i", "I": "i", "ş": "s", "Ş": "s", "ğ": "g", "Ğ": "g", "ç": "c", "Ç": "c",
                  "ö": "o", "Ö": "o", "ü": "u", "Ü": "u", "â": "a", "Â": "a", "î": "i", "Î": "i", "û": "u", "Û": "u" };

  function fold(text) {
    var mapped = text.normalize("NFC").replace(/[ıİIşŞğĞçÇöÖüÜâÂîÎûÛ]/g, function (c) { return TURKISH[c]; });
    return mapped.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase();
  }

  // A query that names a municipality ("kadikoy", "KADIKÖY", "Kadıköy Belediyesi") gets that
  // municipality's own page first: pagefind/districts.json (macros/publish/search_index.py) maps each
  // folded name to its page, so it is found by name, not by a score that the agreements and projects
  // whose titles repeat the name can beat. (Not a Pagefind filter: filters make the index differ
  // from build to build.)
  var SUFFIX = /\s+(belediyesi|belediye|municipality|district)$/;

  function districtName(query) {
    var name = query.replace(SUFFIX, "").trim().replace(/\s+/g, "-");
    return /^[a-z][a-z-]*$/.test(name) ? name : "";
  }

  var districts = null;
  function districtPages() {
    if (!districts) {
      districts = fetch(new URL("pagefind/districts.json", root).href).then(function (r) {
        return r.ok ? r.json() : {};
      });
      districts.catch(function () { districts = null; });
    }
    return districts;
  }

  function ownPageFirst(answer, entry) {
    if (!entry) return answer;
    var url = root.pathname + entry.path;
    var own = { id: "own:" + entry.path, own: url, data: function () {
      return Promise.resolve({ url: url, meta: entry.meta, excerpt: "" });
    } };
    return Object.assign({}, answer, { results: [own].concat(answer.results), own: url });
  }

  var engine = null;
  function pagefind() {
    if (!engine) {
      engine = import(new URL("pagefind/pagefind.js", root).href).then(function (pf) {
        // A weaker page-length penalty than Pagefind's 0.75: a municipality's page is long, yet it is what
        // "cekmekoy" is looking for, not the municipality's short agreement pages (measured on the real data).
        return pf.options({ baseUrl: root.pathname, ranking: { pageLength: 0.3 } }).then(function () { return pf; });
      });
      engine.catch(function () { engine = null; }); // a failed load is retried on the next keystroke
    }
    return engine;
  }

  var current = null; // the Pagefind answer being shown
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
    return Promise.all(slice.map(function (r) { return r.data(); })).then(function (datas) {
      if (mine !== generation) return;
      datas.forEach(function (d, i) {
        // The municipality's page, already shown first, is not shown again where Pagefind ranked it.
        if (current.own && d.url === current.own && !slice[i].own) return;
        list.appendChild(item(d));
      });
      more.hidden = shown >= current.results.length;
    });
  }

  function run() {
    var mine = ++generation;
    var query = fold(input.value).trim();
    if (!query) {
      list.textContent = "";
      more.hidden = true;
      current = null;
      setMeta(t("search.result.placeholder", "Type to start searching"));
      return Promise.resolve();
    }
    return pagefind().then(function (pf) {
      return pf.debouncedSearch(query, {}, 120).then(function (answer) {
        if (answer === null || mine !== generation) return null; // superseded by a later keystroke
        var name = districtName(query);
        if (!name) return answer;
        return districtPages().then(function (pages) {
          return ownPageFirst(answer, pages[name]);
        }, function () { return answer; });
      });
    }).then(function (answer) {
      if (answer === null || answer === undefined || mine !== generation) return;
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
  input.addEventListener("focus", function () { open(); pagefind(); });
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
