/* Tables as cards on a phone. Each cell of a portal table (.yd-table) gets its column's name as
   data-label, and the box gets the class yd-table--cards: below 600 px portal.css then shows every row
   as a card ("Ülke: İsveç · Durum: …") instead of columns cut off at the screen's edge. The names are
   set here, not written into the HTML, so that long lists cost no bytes for them; without JavaScript
   the table scrolls sideways in its box, with a cue that it does. */
(function () {
  "use strict";

  function setup(box) {
    var table = box.querySelector("table");
    if (!table || !table.tHead || box.classList.contains("yd-table--cards")) return;
    var names = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) {
      return th.textContent.replace(/\s+/g, " ").trim();
    });
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        Array.prototype.forEach.call(row.cells, function (cell, i) {
          if (names[i]) cell.setAttribute("data-label", names[i]);
        });
      });
    });
    box.classList.add("yd-table--cards");
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll(".yd-table"), setup);
  }

  window.ydEachPage(init);
})();
