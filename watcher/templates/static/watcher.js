// Enhances the findings filter: results update as choices change; the plain GET form works without this.
(function () {
  "use strict";
  var form = document.querySelector("form.filters");
  var results = document.getElementById("results");
  if (!form || !results || !window.fetch || !window.DOMParser) {
    return;
  }
  var pending = null;
  var timer = null;

  function query() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (value !== "") {
        params.append(key, value);
      }
    });
    return params.toString();
  }

  function refresh() {
    var qs = query();
    var url = form.getAttribute("action") + (qs ? "?" + qs : "");
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    results.setAttribute("aria-busy", "true");
    fetch(url, { signal: pending.signal, headers: { Accept: "text/html" } })
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("results");
        if (fresh) {
          results.replaceWith(document.importNode(fresh, true));
          results = document.getElementById("results");
          history.replaceState(null, "", url);
        }
      })
      .catch(function (error) {
        if (error.name !== "AbortError") {
          form.submit();
        }
      })
      .finally(function () {
        if (results) {
          results.removeAttribute("aria-busy");
        }
      });
  }

  form.addEventListener("change", function (event) {
    if (event.target.name !== "q") {
      refresh();
    }
  });
  form.addEventListener("input", function (event) {
    if (event.target.name === "q") {
      clearTimeout(timer);
      timer = setTimeout(refresh, 300);
    }
  });
  form.setAttribute("data-enhanced", "true");
})();
