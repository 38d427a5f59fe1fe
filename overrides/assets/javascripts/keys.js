/* The header's icon labels as buttons for the keyboard (overrides/main.html gives them a Tab stop and a
   name): Material opens a focused label on Enter; Space does it too, as for any button, and Escape closes
   the open menu and puts focus back on its icon. */
document.addEventListener("keydown", function (e) {
  var t = e.target;
  if (e.key === " " && t && t.matches && t.matches("label[tabindex][for]")) {
    e.preventDefault();
    t.click();
  } else if (e.key === "Escape") {
    var drawer = document.getElementById("__drawer");
    var menu = document.querySelector('label.md-header__button[for="__drawer"]');
    if (drawer && drawer.checked) {
      drawer.checked = false;
      drawer.dispatchEvent(new Event("change"));
      if (menu && menu.offsetParent !== null) menu.focus();
    }
  }
});
