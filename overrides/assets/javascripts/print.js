/* Printing: a printed link cannot be followed, so the print style sheet (portal.css, @media print) writes
   each link's address after it. CSS alone only knows the href as written ("../../agreements/…/"), so
   this gives every link in the page's text its full address first. In-page anchors and links that
   already show their address are left alone. */
(function () {
  "use strict";

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("article a[href]"), function (a) {
      var href = a.getAttribute("href");
      if (!href || href.charAt(0) === "#" || a.classList.contains("headerlink")) return;
      var text = a.textContent.trim();
      if (text === href || text === a.href) return;
      a.setAttribute("data-print-href", a.href);
    });
  }

  window.ydEachPage(init);
})();
