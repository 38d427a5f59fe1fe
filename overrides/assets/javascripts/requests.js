/* Information requests: copy, download as plain text, print the letter alone; the deadline helper.
   Everything works offline: the holiday table is in the page (generated at build time).

   The three buttons under each letter (<pre class="yd-request__text">) are made here, not written in the
   page: they only work with JavaScript, so a reader without it gets the letter and no dead buttons, and
   their words are in window.ydText once instead of in every agreement page. The page keeps only what
   differs per letter: the download's file name (data-file). */
(function () {
  "use strict";

  var words = window.ydText || {};

  // The letter a button belongs to: the <pre> its row of buttons follows.
  function letterOf(button) {
    var row = button.closest(".yd-request__actions");
    var pre = row && row.previousElementSibling;
    return pre && pre.classList.contains("yd-request__text") ? pre : null;
  }

  function makeButton(label, attribute, value) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button";
    button.setAttribute(attribute, value || "");
    button.textContent = label;
    return button;
  }

  function addButtons(pre) {
    var next = pre.nextElementSibling;
    if (next && next.classList.contains("yd-request__actions")) return;  // already there
    var row = document.createElement("p");
    row.className = "yd-request__actions";
    row.appendChild(makeButton(words["request.copy"], "data-request-copy"));
    // The spaces the page's HTML once had between the buttons: they set the gap between them.
    row.appendChild(document.createTextNode(" "));
    row.appendChild(makeButton(words["request.download"], "data-request-download", pre.getAttribute("data-file")));
    row.appendChild(document.createTextNode(" "));
    row.appendChild(makeButton(words["request.print"], "data-request-print"));
    pre.parentNode.insertBefore(row, pre.nextSibling);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-request-copy],[data-request-download],[data-request-print]");
    if (!button) return;
    var letter = letterOf(button);
    if (!letter) return;
    var text = letter.textContent;
    if (button.hasAttribute("data-request-copy")) {
      var done = function () {
        var label = button.textContent;
        button.textContent = words["request.copied"] || "✓";
        setTimeout(function () { button.textContent = label; }, 1500);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () {});
      } else {
        var area = document.createElement("textarea");
        area.value = text; document.body.appendChild(area); area.select();
        try { document.execCommand("copy"); done(); } catch (e) { /* the text stays selectable */ }
        document.body.removeChild(area);
      }
    } else if (button.hasAttribute("data-request-download")) {
      var blob = new Blob([text.replace(/\n/g, "\r\n")], { type: "text/plain;charset=utf-8" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = button.getAttribute("data-request-download");
      document.body.appendChild(link); link.click(); document.body.removeChild(link);
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    } else {
      // The letter's <details>; on a municipality's request page the letters stand open, not in one.
      var section = letter.closest(".yd-request") || letter;
      if (section.tagName === "DETAILS") section.open = true;
      section.classList.add("yd-print-target");
      document.body.classList.add("yd-printing-request");
      var restore = function () {
        section.classList.remove("yd-print-target");
        document.body.classList.remove("yd-printing-request");
        window.removeEventListener("afterprint", restore);
      };
      window.addEventListener("afterprint", restore);
      window.print();
    }
  });

  /* Deadline helper: the last day for an answer, in Turkish working days. */
  function iso(d) {
    return d.getUTCFullYear() + "-" + String(d.getUTCMonth() + 1).padStart(2, "0") + "-" +
      String(d.getUTCDate()).padStart(2, "0");
  }

  function addWorkingDays(start, days, holidays) {
    var day = new Date(start.getTime()), counted = 0;
    while (counted < days) {
      day.setUTCDate(day.getUTCDate() + 1);
      var wd = day.getUTCDay();
      if (wd !== 0 && wd !== 6 && !holidays[iso(day)]) counted += 1;
    }
    return day;
  }

  function setUp(form) {
    var holidays = window.YD_HOLIDAYS;
    if (!holidays) return;
    var input = form.querySelector("input[type=date]");
    var extended = form.querySelector("input[type=checkbox]");
    var output = form.querySelector("output");
    var locale = document.documentElement.lang || "tr";
    function update() {
      if (!input.value) { output.textContent = ""; return; }
      var start = new Date(input.value + "T00:00:00Z");
      var last = addWorkingDays(start, extended && extended.checked ? 30 : 15, holidays);
      output.textContent = last.toLocaleDateString(locale, { timeZone: "UTC", weekday: "long", year: "numeric",
                                                              month: "long", day: "numeric" });
      output.setAttribute("data-date", iso(last));
    }
    input.addEventListener("input", update);
    if (extended) extended.addEventListener("change", update);
    form.addEventListener("submit", function (e) { e.preventDefault(); update(); });
    update();
  }

  function init() {
    document.querySelectorAll("pre.yd-request__text").forEach(addButtons);
    document.querySelectorAll("form.yd-deadline").forEach(setUp);
  }
  // As the other scripts start (cards.js, filters.js): once, through Material's document$ where it exists.
  window.ydEachPage(init);
})();
