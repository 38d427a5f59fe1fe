/* The home page's search field (macros/render/templates/district_picker.html) hands its query to the site search in
   the header, which shows the results at once, instead of reloading the home page with ?q=. */
(function () {
  "use strict";

  function init() {
    var form = document.querySelector(".yd-home-search");
    var input = document.querySelector(".md-search__input");
    if (!form || !input || form.getAttribute("data-ready")) return;
    form.setAttribute("data-ready", "1");
    form.addEventListener("submit", function (event) {
      var query = form.querySelector("input[name=q]").value.trim();
      if (!query) return;
      event.preventDefault();
      input.value = query;
      input.focus(); // opens the search panel (search.js)
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
  }

  window.ydEachPage(init);
})();
