// sitegen serve: reloads the page after a build that changed it, and shows the build's errors over the
// last good site while there are any. Injected by the dev server only; never part of a built site.
(function () {
  "use strict";
  var script = document.currentScript;
  var version = Number(new URL(script.src).searchParams.get("v") || 0);
  var missing = !!document.querySelector('meta[name="sitegen-missing"]');
  var host = null;

  // The file this page was served from: /zh/ is zh/index.html.
  function ownFile() {
    var path = decodeURIComponent(location.pathname).replace(/^\/+/, "");
    return path === "" || path.endsWith("/") ? path + "index.html" : path;
  }

  function shows(changed) {
    var own = ownFile();
    return missing || changed.some(function (file) {
      return file === own || file.indexOf("assets/") === 0;
    });
  }

  function overlay(state) {
    if (host === null) {
      host = document.createElement("sitegen-overlay");
      host.attachShadow({ mode: "open" });
      document.documentElement.appendChild(host);
    }

    var errors = state.errors;
    var root = host.shadowRoot;
    root.innerHTML = "";
    var style = document.createElement("style");
    style.textContent =
      ":host{all:initial}" +
      ".panel{position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(15,18,22,.92);color:#e6e8eb;" +
      "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,'Noto Sans Mono CJK SC',monospace;padding:24px}" +
      ".box{max-width:960px;margin:0 auto;background:#161a20;border:1px solid #f85149;border-radius:8px;padding:16px 20px}" +
      "h2{font:600 16px/1.4 system-ui,sans-serif;margin:0 0 4px;color:#ff7b72}" +
      "p{font:14px/1.5 system-ui,sans-serif;margin:0 0 12px;color:#c9d1d9}" +
      "pre{white-space:pre-wrap;word-break:break-word;margin:12px 0 0;padding:12px;background:#0d1117;border-radius:6px}" +
      "button{float:right;font:600 14px system-ui,sans-serif;background:#30363d;color:#e6e8eb;border:1px solid #8b949e;" +
      "border-radius:6px;padding:4px 10px;cursor:pointer}button:focus-visible{outline:2px solid #58a6ff;outline-offset:2px}";
    root.appendChild(style);
    var panel = document.createElement("div");
    panel.className = "panel";
    panel.setAttribute("role", "alertdialog");
    panel.setAttribute("aria-labelledby", "sitegen-title");
    var box = document.createElement("div");
    box.className = "box";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Close";
    close.addEventListener("click", function () { host.remove(); host = null; });
    box.appendChild(close);
    var title = document.createElement("h2");
    title.id = "sitegen-title";
    title.textContent = "SiteGen: " + errors.length + (errors.length === 1 ? " error" : " errors") +
      (state.warnings ? ", " + state.warnings + (state.warnings === 1 ? " warning" : " warnings") : "");
    box.appendChild(title);
    var note = document.createElement("p");
    note.textContent = "The page below is the last good build. Fix the content and save: the page updates by itself.";
    box.appendChild(note);
    errors.forEach(function (error) {
      var frame = document.createElement("pre");
      frame.className = "diagnostic";
      frame.textContent = error.frame;
      box.appendChild(frame);
    });
    panel.appendChild(box);
    root.appendChild(panel);
    close.focus();
    document.addEventListener("keydown", function escape(event) {
      if (event.key === "Escape" && host) { host.remove(); host = null; document.removeEventListener("keydown", escape); }
    });
  }

  function clear() {
    if (host !== null) { host.remove(); host = null; }
  }

  function apply(state, fresh) {
    if (!state.succeeded) {
      overlay(state);
      return;
    }

    var hadOverlay = host !== null;
    clear();
    // A build the page has not seen (one that ran while it loaded, or a restarted server) or one that
    // changed what it shows: reload. Otherwise the page is as current as that build.
    if (state.version !== version && (fresh || hadOverlay || shows(state.changed))) {
      location.reload();
    } else {
      version = state.version;
    }
  }

  var events = new EventSource("/__sitegen/events");
  events.addEventListener("state", function (e) { apply(JSON.parse(e.data), true); });
  events.addEventListener("build", function (e) { apply(JSON.parse(e.data), false); });
})();
