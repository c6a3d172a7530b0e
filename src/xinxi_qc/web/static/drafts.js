// Drafts kept in this browser: every form with data-draft-key saves its title and body to
// localStorage as the writer types, and restores them after a login, an error or a closed tab.
// A form with data-autosubmit is sent on at once (a kept post resumed after logging in again).
// An item's pages carry data-draft-generation="revise:<id>=<n>" on <body>, n changing with every
// 脱敏 of the item: a draft of that item saved under another n was typed before personal data
// was removed from the item, and is deleted from this browser.
(function () {
  "use strict";
  var PREFIX = "xinxi-qc-draft:";
  var user = document.body.getAttribute("data-user") || "";
  var store;
  try { store = window.localStorage; } catch (e) { store = null; }

  function keyOf(form) { return PREFIX + user + ":" + form.getAttribute("data-draft-key"); }
  function field(form, name) { return form.querySelector('[name="' + name + '"]'); }
  function read(form) {
    var t = field(form, "title"), b = field(form, "body");
    return { title: t ? t.value : "", body: b ? b.value : "" };
  }
  function load(key) {
    try { return JSON.parse(store.getItem(key) || "null"); } catch (e) { return null; }
  }

  // The page says a draft went through (submitted or saved): forget it.
  var cleared = document.body.getAttribute("data-clear-draft");
  if (store && cleared && user) {
    cleared.split(" ").forEach(function (k) { if (k) { store.removeItem(PREFIX + user + ":" + k); } });
  }

  // The item was redacted since its draft was saved: delete the draft, and say so.
  var generation = document.body.getAttribute("data-draft-generation") || "";
  var cut = generation.lastIndexOf("=");
  var genKey = cut > 0 ? generation.slice(0, cut) : "";
  var genValue = cut > 0 ? generation.slice(cut + 1) : "0";
  function generationOf(draftKey) { return draftKey === genKey ? genValue : "0"; }
  if (store && user && genKey) {
    var old = load(PREFIX + user + ":" + genKey);
    if (old && String(old.gen || "0") !== genValue) {
      store.removeItem(PREFIX + user + ":" + genKey);
      var dropped = document.createElement("p");
      dropped.className = "flash flash-info draft-note";
      dropped.id = "draft-redacted";
      dropped.setAttribute("role", "status");
      dropped.textContent = "这条信息已由编辑脱敏（删除了个人信息），本机自动保存的旧草稿已删除。";
      var main = document.querySelector("main");
      if (main) { main.insertBefore(dropped, main.firstChild); }
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-draft-key]"), function (form) {
    if (!store || !user) { return; }
    var key = keyOf(form);
    var saved = load(key);
    var now = read(form);
    if (saved && (saved.title || saved.body) && (saved.title !== now.title || saved.body !== now.body)) {
      var note = document.createElement("p");
      note.className = "flash draft-note";
      note.id = "draft-note";
      note.setAttribute("role", "status");
      var when = saved.at ? new Date(saved.at).toLocaleString("zh-CN") : "";
      if (!now.title && !now.body) {
        field(form, "title").value = saved.title;
        field(form, "body").value = saved.body;
        note.textContent = "已恢复本机自动保存的草稿（" + when + "）。";
      } else {
        note.textContent = "本机还保存着另一份草稿（" + when + "）。";
        var use = document.createElement("button");
        use.type = "button";
        use.className = "small secondary";
        use.id = "draft-restore";
        use.textContent = "换成本机草稿";
        use.addEventListener("click", function () {
          field(form, "title").value = saved.title;
          field(form, "body").value = saved.body;
          note.textContent = "已换成本机自动保存的草稿（" + when + "）。";
        });
        note.appendChild(document.createTextNode(" "));
        note.appendChild(use);
      }
      form.parentNode.insertBefore(note, form);
    }
    var timer = null;
    function save() {
      var d = read(form);
      if (!d.title && !d.body) { return; }
      d.at = Date.now();
      d.gen = generationOf(form.getAttribute("data-draft-key"));
      try { store.setItem(key, JSON.stringify(d)); } catch (e) { /* storage full: the server copy remains */ }
    }
    form.addEventListener("input", function () {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(save, 400);
    });
    form.addEventListener("submit", save);
  });

  var auto = document.querySelector("form[data-autosubmit]");
  if (auto) { auto.submit(); }
})();
