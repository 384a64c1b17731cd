// Search without a server: progressive enhancement over /tim-kiem/. The index is prebuilt and
// already folded (no diacritics, đ→d), so the query is folded the same way here.
(function () {
  var form = document.querySelector("form.search");
  if (!form || !window.fetch) return;
  document.documentElement.className += " js";
  form.hidden = false;
  var input = form.querySelector("input"), out = document.getElementById("results");
  var root = form.getAttribute("data-root"), none = form.getAttribute("data-none"), index = null;
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }
  function show(q) {
    var words = fold(q).split(/\s+/).filter(Boolean);
    out.textContent = "";
    if (!words.length) return;
    var phrase = words.join(" ");
    // Every word must match; the whole phrase in a title ranks first, then anywhere.
    function rank(e) { return fold(e.t).indexOf(phrase) >= 0 ? 0 : e.f.indexOf(phrase) >= 0 ? 1 : 2; }
    var hits = index.filter(function (e) {
      return words.every(function (w) { return e.f.indexOf(w) >= 0; });
    }).map(function (e, i) { return [rank(e), i, e]; })
      .sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; })
      .map(function (x) { return x[2]; }).slice(0, 50);
    if (!hits.length) { var p = document.createElement("p"); p.textContent = none; out.appendChild(p); return; }
    var ul = document.createElement("ul");
    hits.forEach(function (e) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = root + e.u; a.textContent = e.t; li.appendChild(a); ul.appendChild(li);
    });
    out.appendChild(ul);
  }
  function run(q) {
    if (index) return show(q);
    fetch(form.getAttribute("data-index")).then(function (r) { return r.json(); })
      .then(function (data) { index = data; show(q); });
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    run(input.value);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(initial); }
})();
