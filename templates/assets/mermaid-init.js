// Draws every <pre class="mermaid"> on the page. Loaded only on pages that have a diagram.
// The theme follows the reader's colour scheme; "strict" keeps diagram text from running scripts.
(function () {
  var dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    theme: dark ? "dark" : "default",
    fontFamily: getComputedStyle(document.body).fontFamily
  });
  mermaid.run({ querySelector: "pre.mermaid" });
})();
