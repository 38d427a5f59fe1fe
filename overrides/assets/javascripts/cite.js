/* Citations on record pages (macros/render/templates/_parts.html, provenance_section).
 *
 * The build writes the permanent address only when it knows the site's address (SITE_URL); never a
 * relative one. Without it, the address is taken here from the page's own address in the browser
 * (the canonical link if the page has one, else this page without query or fragment). The reader's
 * access date is added here too (the build cannot know it, and a date written at build time would
 * make two builds differ), and a button copies the whole citation. Their words come from window.ydText
 * (yd.js, once per edition), not from every record page: without JavaScript neither is shown.
 */
(function () {
  "use strict";

  function permanentAddress() {
    var canonical = document.querySelector('link[rel="canonical"]');
    if (canonical && /^https?:\/\//.test(canonical.href)) return canonical.href;
    return location.origin + location.pathname;
  }

  function accessDate(lang) {
    try {
      return new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric" }).format(new Date());
    } catch (e) {
      return new Date().toISOString().slice(0, 10);
    }
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (e) { done = false; }
      document.body.removeChild(area);
      if (done) resolve(); else reject(new Error("copy refused"));
    });
  }

  // The editions' own date style: "5 Aralık 2026", "5 December 2026" (not the American "December 5").
  var lang = document.documentElement.lang === "en" ? "en-GB" : (document.documentElement.lang || "tr");
  var words = window.ydText || {};
  Array.prototype.forEach.call(document.querySelectorAll("p.yd-citation"), function (cite) {
    var slot = cite.querySelector(".yd-permalink");
    if (slot && !slot.querySelector("a")) {
      var address = permanentAddress();
      var a = document.createElement("a");
      a.href = address;
      a.textContent = address;
      slot.appendChild(a);
      slot.appendChild(document.createTextNode("."));
    }
    var accessed = document.createElement("span");
    accessed.className = "yd-accessed";
    accessed.textContent = " " + words["cite.accessed"] + ": " + accessDate(lang) + ".";
    cite.appendChild(accessed);

    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button yd-copy";
    button.textContent = words["cite.copy"];
    var status = document.createElement("span");
    status.className = "yd-copy-status";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      copy(cite.textContent.replace(/\s+/g, " ").trim()).then(function () {
        status.textContent = words["cite.copied"];
      }, function () {
        var range = document.createRange();
        range.selectNodeContents(cite);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      });
    });
    var actions = document.createElement("p");
    actions.className = "yd-cite-actions";
    actions.setAttribute("data-search-exclude", "");
    actions.appendChild(button);
    actions.appendChild(status);
    cite.parentNode.insertBefore(actions, cite.nextSibling);
  });
})();
