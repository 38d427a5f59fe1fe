/* The light/dark button in the header (overrides/partials/header.html, which applies the scheme before the
   page is painted): a click switches and remembers the choice; until then the page follows the system's
   setting, also when it changes. */
(function () {
  "use strict";
  var KEY = "yd-scheme";

  function current() {
    return document.body.getAttribute("data-md-color-scheme") === "slate" ? "dark" : "light";
  }

  function apply(scheme) {
    document.body.setAttribute("data-md-color-scheme", scheme === "dark" ? "slate" : "default");
    Array.prototype.forEach.call(document.querySelectorAll("[data-yd-scheme]"), function (button) {
      // The edition's words from yd.js (macros/engine/assets.py); the button's own name until then.
      var label = (window.ydText || {})[scheme === "dark" ? "scheme.light" : "scheme.dark"] || button.getAttribute("aria-label");
      button.setAttribute("aria-label", label);
      button.setAttribute("title", label);
      button.setAttribute("aria-pressed", scheme === "dark" ? "true" : "false");
    });
  }

  function init() {
    apply(current());
    Array.prototype.forEach.call(document.querySelectorAll("[data-yd-scheme]"), function (button) {
      if (button.getAttribute("data-ready")) return;
      button.setAttribute("data-ready", "1");
      button.addEventListener("click", function () {
        var next = current() === "dark" ? "light" : "dark";
        try { localStorage.setItem(KEY, next); } catch (e) { /* private mode: for this page only */ }
        apply(next);
      });
    });
  }

  var media = window.matchMedia && matchMedia("(prefers-color-scheme: dark)");
  if (media && media.addEventListener) {
    media.addEventListener("change", function (event) {
      var chosen = null;
      try { chosen = localStorage.getItem(KEY); } catch (e) { /* none */ }
      if (!chosen) apply(event.matches ? "dark" : "light");
    });
  }

  window.ydEachPage(init);
})();
