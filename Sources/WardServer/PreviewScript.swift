/// The script `wardkit serve` adds to every HTML page it serves (never to the built files). It
/// asks the server, on the same origin only, whether a newer build exists (then reloads, keeping
/// the scroll position) or the last rebuild failed (then shows the errors over the page, built
/// with textContent so nothing in a message is read as HTML; in sans-serif, since monospace
/// fonts set the tone mark of «ố» beside the vowel). Hidden tabs stop asking and ask once when
/// shown again, because each waiting request holds one of the browser's six connections.
enum PreviewScript {
    static let source = #"""
    (function () {
      "use strict";
      var me = document.currentScript;
      if (!me || window.__wardkitPreview) return;
      window.__wardkitPreview = true;
      var events = new URL("events", me.src).href;
      var instance = me.getAttribute("data-instance");
      var seen = Number(me.getAttribute("data-generation"));
      var scrollKey = "wardkit-preview-scroll:" + location.pathname;
      var box = null, shown = -1, dismissed = -1, failures = 0, asking = false;

      try {
        var y = sessionStorage.getItem(scrollKey);
        if (y !== null) {
          sessionStorage.removeItem(scrollKey);
          window.addEventListener("load", function () { window.scrollTo(0, Number(y)); });
        }
      } catch (e) {}

      function reload() {
        try { sessionStorage.setItem(scrollKey, String(window.scrollY)); } catch (e) {}
        location.reload();
      }

      function el(tag, css, text) {
        var e = document.createElement(tag);
        e.style.cssText = css;
        if (text != null) e.textContent = String(text);
        return e;
      }

      function hide() {
        if (box && box.parentNode) box.parentNode.removeChild(box);
        box = null;
      }

      function show(s) {
        if (dismissed === s.generation || (box && shown === s.generation)) return;
        hide();
        shown = s.generation;
        box = el("div", "position:fixed;top:0;left:0;right:0;max-height:100%;overflow:auto;z-index:2147483647;" +
          "box-sizing:border-box;margin:0;padding:16px;background:#fff;color:#1a1a1a;text-align:left;" +
          "border-bottom:4px solid #b00020;box-shadow:0 2px 12px rgba(0,0,0,.35);font:16px/1.45 system-ui,sans-serif");
        box.id = "wardkit-preview-errors";
        box.setAttribute("role", "alert");
        box.lang = s.lang || "vi";
        box.appendChild(el("p", "margin:0 0 8px;font-weight:700;font-size:18px;color:#b00020", s.title));
        var list = el("ul", "margin:0 0 12px;padding:0 0 0 20px;list-style:disc");
        (s.errors || []).forEach(function (m) {
          list.appendChild(el("li", "margin:0 0 6px;white-space:pre-wrap;overflow-wrap:anywhere", m));
        });
        box.appendChild(list);
        box.appendChild(el("p", "margin:0 0 12px", s.note));
        var button = el("button", "font:inherit;min-height:44px;padding:8px 16px;border:1px solid #444;border-radius:4px;" +
          "background:#f2f2f2;color:#1a1a1a;cursor:pointer", s.dismiss);
        button.type = "button";
        button.onclick = function () { dismissed = shown; hide(); };
        box.appendChild(button);
        (document.body || document.documentElement).appendChild(box);
      }

      // false: the page is about to reload.
      function handle(s) {
        if (s.instance !== instance) { reload(); return false; }
        if (s.generation !== seen) {
          if (s.ok) { reload(); return false; }
          seen = s.generation;
        }
        if (s.ok) hide(); else show(s);
        return true;
      }

      function ask(wait) {
        if (document.visibilityState === "hidden") { asking = false; return; }
        asking = true;
        fetch(events + (wait ? "?since=" + seen : ""), { cache: "no-store", credentials: "same-origin" })
          .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
          .then(function (s) {
            failures = 0;
            if (handle(s)) setTimeout(function () { ask(true); }, s.retry || 0);
          })
          .catch(function () {
            // The server is restarting or stopped: ask again, less and less often.
            failures += 1;
            setTimeout(function () { ask(true); }, Math.min(5000, 500 * failures));
          });
      }

      document.addEventListener("visibilitychange", function () {
        if (document.visibilityState === "visible" && !asking) ask(false);
      });
      ask(false);
    })();
    """#
}
