/* Information requests: copy, download as plain text, print the letter alone; the deadline helper.
   Everything works offline: the holiday table is in the page (generated at build time). */
(function () {
  "use strict";

  function letterOf(button) {
    var box = button.closest(".yd-request");
    return box ? box.querySelector(".yd-request__text").textContent : "";
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-request-copy],[data-request-download],[data-request-print]");
    if (!button) return;
    var text = letterOf(button);
    if (button.hasAttribute("data-request-copy")) {
      var done = function () {
        var label = button.textContent;
        button.textContent = button.getAttribute("data-copied") || "✓";
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
      var section = button.closest(".yd-request");
      section.open = true;
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
    document.querySelectorAll("form.yd-deadline").forEach(setUp);
  }
  // As the other scripts start (cards.js, filters.js): once, through Material's document$ where it exists.
  window.ydEachPage(init);
})();
