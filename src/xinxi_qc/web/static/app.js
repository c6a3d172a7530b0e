// Pre-check page: link highlighted spans and the findings list (no libraries, CSP 'self' only).
(function () {
  "use strict";
  var popover = document.getElementById("popover");
  var list = document.getElementById("findings");
  if (!list) { return; }

  function marksFor(n) { return document.querySelectorAll('mark.f[data-f~="' + n + '"]'); }

  function flash(nodes) {
    Array.prototype.forEach.call(document.querySelectorAll(".flash-on"), function (el) {
      el.classList.remove("flash-on");
    });
    Array.prototype.forEach.call(nodes, function (el) { el.classList.add("flash-on"); });
  }

  function showPopover(mark) {
    if (!popover) { return; }
    popover.textContent = "";
    mark.getAttribute("data-f").split(" ").forEach(function (n) {
      var li = document.getElementById("finding-" + n);
      if (!li) { return; }
      var p = document.createElement("p");
      var msg = li.querySelector(".msg"), sugg = li.querySelector(".sugg");
      p.textContent = "[" + n + "] " + (msg ? msg.textContent : "");
      popover.appendChild(p);
      if (sugg) {
        var s = document.createElement("p");
        s.className = "sugg";
        s.textContent = sugg.textContent;
        popover.appendChild(s);
      }
    });
    var r = mark.getBoundingClientRect();
    popover.style.left = (window.scrollX + r.left) + "px";
    popover.style.top = (window.scrollY + r.bottom + 6) + "px";
    popover.hidden = false;
  }

  document.addEventListener("click", function (ev) {
    var mark = ev.target.closest ? ev.target.closest("mark.f") : null;
    if (mark) {
      showPopover(mark);
      var items = mark.getAttribute("data-f").split(" ").map(function (n) {
        return document.getElementById("finding-" + n);
      });
      flash(items.filter(Boolean).concat(Array.prototype.slice.call(marksFor(mark.getAttribute("data-f").split(" ")[0]))));
      return;
    }
    var li = ev.target.closest ? ev.target.closest("li.finding") : null;
    if (li) {
      var marks = marksFor(li.getAttribute("data-f"));
      if (marks.length) {
        marks[0].scrollIntoView({ behavior: "smooth", block: "center" });
        marks[0].focus({ preventScroll: true });
        showPopover(marks[0]);
      }
      flash(Array.prototype.slice.call(marks).concat([li]));
      return;
    }
    if (popover && !popover.contains(ev.target)) { popover.hidden = true; }
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && ev.target.matches && ev.target.matches("mark.f, li.finding")) {
      ev.target.click();
    }
    if (ev.key === "Escape" && popover) { popover.hidden = true; }
  });
})();

// Inbox: "select all" for bulk export.
(function () {
  "use strict";
  var all = document.getElementById("select-all");
  if (!all) { return; }
  all.addEventListener("change", function () {
    Array.prototype.forEach.call(document.querySelectorAll("input.pick"), function (cb) { cb.checked = all.checked; });
  });
})();
