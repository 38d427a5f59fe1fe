/* How every portal script starts (loaded first, mkdocs.yml extra_javascript): `ydEachPage(init)` runs init on
   each page Material shows (document$, which also fires after instant navigation) or, without Material's
   bundle, once the document is ready. One place for what five scripts once each wrote out. */
(function () {
  "use strict";
  window.ydEachPage = function (init) {
    if (typeof document$ !== "undefined" && document$.subscribe) {
      document$.subscribe(init);
    } else if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", init);
    } else {
      init();
    }
  };
})();
