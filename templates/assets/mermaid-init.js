// The site's Mermaid settings, used twice: by `sitegen build`, which draws every diagram into SVG at build
// time (it sets window.sitegenPrerendering and calls sitegenMermaid.config itself), and, when no browser
// was found for that, on the reader's page, where it draws every <pre class="mermaid">.
// Colours come from the site's palette in light and dark ("base" theme), so labels keep a readable
// contrast; "strict" and the sanitizer's allow-list keep diagram text from running scripts or loading
// anything. On a narrow screen a wide diagram keeps a readable size and scrolls inside its frame instead
// of shrinking its text to a few pixels.
(function () {
  var light = {
    background: "#fdfdfc", primaryColor: "#e8f0fb", primaryBorderColor: "#0b5cad", primaryTextColor: "#1f2328",
    secondaryColor: "#f3f4f6", tertiaryColor: "#fff8e6", lineColor: "#59636e", textColor: "#1f2328",
    edgeLabelBackground: "#ffffff", clusterBkg: "#f6f8fa", clusterBorder: "#8c959f", titleColor: "#1f2328",
    noteBkgColor: "#fff8e6", noteTextColor: "#1f2328", actorBkg: "#e8f0fb", actorBorder: "#0b5cad",
    actorTextColor: "#1f2328", signalColor: "#1f2328", signalTextColor: "#1f2328", labelTextColor: "#1f2328"
  };
  var night = {
    darkMode: true,
    background: "#0f1216", primaryColor: "#1d3557", primaryBorderColor: "#7cb8ff", primaryTextColor: "#e6e8eb",
    secondaryColor: "#262b33", tertiaryColor: "#2b2618", lineColor: "#a4adb8", textColor: "#e6e8eb",
    edgeLabelBackground: "#262b33", clusterBkg: "#161a20", clusterBorder: "#59636e", titleColor: "#e6e8eb",
    noteBkgColor: "#2b2618", noteTextColor: "#e6e8eb", actorBkg: "#1d3557", actorBorder: "#7cb8ff",
    actorTextColor: "#e6e8eb", actorLineColor: "#a4adb8", signalColor: "#e6e8eb", signalTextColor: "#e6e8eb",
    labelTextColor: "#e6e8eb", sequenceNumberColor: "#0f1216"
  };
  function config(dark, font) {
    var variables = dark ? night : light;
    variables.fontFamily = font;
    return {
      startOnLoad: false, securityLevel: "strict", theme: "base", themeVariables: variables,
      // A label is content: it may format its text, never load, link or style anything. "strict" alone lets
      // <img src="https://..."> and style="background:url(...)" through, and a diagram's %%{init}%% directive
      // or front matter could widen the sanitizer, so the allow-list is a secure key that diagrams cannot change.
      dompurifyConfig: {
        ALLOWED_TAGS: ["b", "strong", "i", "em", "u", "s", "del", "ins", "mark", "sub", "sup", "small", "code", "kbd",
                       "br", "p", "span", "div"],
        ALLOWED_ATTR: ["class"],
        ALLOW_DATA_ATTR: false
      },
      secure: ["secure", "securityLevel", "startOnLoad", "maxTextSize", "suppressErrorRendering", "maxEdges",
               "dompurifyConfig"]
    };
  }
  window.sitegenMermaid = { config: config };
  if (window.sitegenPrerendering) {
    return;
  }
  var dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  mermaid.initialize(config(dark, getComputedStyle(document.body).fontFamily));
  // A diagram Mermaid cannot parse shows Mermaid's error picture in its place; the others still draw.
  mermaid.run({ querySelector: "pre.mermaid", suppressErrors: true }).then(function () {
    document.querySelectorAll("pre.mermaid svg").forEach(function (svg) {
      var natural = parseFloat(svg.style.maxWidth) || 0;
      if (natural > 0) {
        svg.style.minWidth = Math.min(natural, 560) + "px";
      }
    });
  });
})();
