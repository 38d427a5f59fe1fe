/* Filters for the big tables (table[data-filterable]): one <select> per column whose header has
   data-filter. Runs in the browser only; the page works without it (all rows shown). A table on one of
   several numbered pages names, in data-rows, a file with every row of the list (links from the site's
   root, data-root turns them into this page's): the filter then offers and searches every row, and shows
   this page's own rows again when no filter is set. */
(function () {
  "use strict";

  function cellValues(cell) {
    var raw = cell.getAttribute("data-values");
    if (raw !== null) return raw ? raw.split("|") : [];
    return [cell.textContent.trim()];
  }

  function allRows(table, done) {
    var url = table.getAttribute("data-rows");
    if (!url || !window.fetch) { done(null); return; }
    fetch(url).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    }).then(function (data) {
      var root = table.getAttribute("data-root") || "";
      var body = document.createElement("tbody");
      body.innerHTML = data.rows.join("").replace(/href="(?![a-z]+:|#|\/)/g, 'href="' + root);
      done(Array.prototype.slice.call(body.rows));
    }).catch(function () { done(null); });
  }

  function setup(table) {
    if (table.getAttribute("data-filters-ready")) return;
    table.setAttribute("data-filters-ready", "1");
    allRows(table, function (every) { build(table, every); });
  }

  function build(table, every) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var own = Array.prototype.slice.call(table.tBodies[0].rows);
    var rows = every || own;
    var box = table.closest(".yd-table") || table;
    var pager = every ? box.parentNode.querySelector(".yd-pager") : null;
    var columns = [];
    headers.forEach(function (th, index) {
      if (th.hasAttribute("data-filter")) columns.push(index);
    });
    if (!columns.length) return;

    var form = document.createElement("form");
    form.className = "yd-filters";
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", table.getAttribute("data-label") || "");
    var status = document.createElement("p");
    status.className = "yd-filter-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    var selects = [];

    columns.forEach(function (index) {
      var values = {};
      rows.forEach(function (row) {
        cellValues(row.cells[index]).forEach(function (v) { if (v) values[v] = (values[v] || 0) + 1; });
      });
      // A column may declare every value it can hold (data-options, e.g. all statuses): each is offered,
      // in that order, with how many rows have it, so "0" says something too ("Active (0)").
      var declared = (headers[index].getAttribute("data-options") || "").split("|").filter(Boolean);
      var found = Object.keys(values).filter(function (v) { return declared.indexOf(v) < 0; })
        .sort(function (a, b) { return a.localeCompare(b, document.documentElement.lang); });
      var id = (table.id || "t") + "-filter-" + index;
      var label = document.createElement("label");
      label.setAttribute("for", id);
      label.textContent = headers[index].textContent.trim();
      var select = document.createElement("select");
      select.id = id;
      var all = document.createElement("option");
      all.value = "";
      all.textContent = table.getAttribute("data-all") || "—";
      select.appendChild(all);
      declared.concat(found).forEach(function (v) {
        var option = document.createElement("option");
        option.value = v;
        option.textContent = v + " (" + (values[v] || 0) + ")";
        option.disabled = !values[v];
        select.appendChild(option);
      });
      select.addEventListener("change", apply);
      var field = document.createElement("div");
      field.className = "yd-filter";
      field.appendChild(label);
      field.appendChild(select);
      form.appendChild(field);
      selects.push({ index: index, select: select });
    });

    function apply() {
      var shown = 0;
      var filtering = selects.some(function (f) { return f.select.value; });
      if (every) {
        // Every row of the list while a filter is set; this page's own rows (and its pager) otherwise.
        var body = table.tBodies[0];
        var wanted = filtering ? every : own;
        if (body.rows[0] !== wanted[0] || body.rows.length !== wanted.length) {
          while (body.firstChild) body.removeChild(body.firstChild);
          wanted.forEach(function (row) { body.appendChild(row); });
        }
        if (pager) pager.hidden = filtering;
      }
      var current = every && !filtering ? own : rows;
      current.forEach(function (row) {
        var visible = selects.every(function (f) {
          return !f.select.value || cellValues(row.cells[f.index]).indexOf(f.select.value) >= 0;
        });
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      status.textContent = (table.getAttribute("data-count") || "{shown} / {total}")
        .replace("{shown}", shown).replace("{total}", rows.length);
    }

    form.addEventListener("submit", function (event) { event.preventDefault(); });
    // On one of several numbered pages the filter sees this page's rows only: the note says so.
    var scope = box.previousElementSibling;
    if (scope && scope.classList.contains("yd-filter-scope")) {
      scope.hidden = false;
      form.appendChild(scope);
    }
    box.parentNode.insertBefore(form, box);
    box.parentNode.insertBefore(status, box);
    apply();
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("table[data-filterable]"), setup);
  }

  window.ydEachPage(init);
})();
