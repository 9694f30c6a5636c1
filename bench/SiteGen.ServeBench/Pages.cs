using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.ServeBench;

internal static class Records
{
    /// <summary>The record with the English line of its top-level title: block replaced by <paramref name="title"/>.</summary>
    public static string WithEnglishTitle(string yaml, string title)
    {
        var lines = yaml.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd('\r') == "title:");
        for (var i = start + 1; start >= 0 && i < lines.Length && lines[i].StartsWith(' '); i++)
        {
            var trimmed = lines[i].TrimStart();
            if (trimmed.StartsWith("en:", StringComparison.Ordinal))
            {
                var indent = lines[i][..(lines[i].Length - trimmed.Length)];
                lines[i] = $"{indent}en: \"{title}\"" + (lines[i].EndsWith('\r') ? "\r" : "");
                return string.Join('\n', lines);
            }
        }

        throw new InvalidOperationException("The record has no 'title:' block with an 'en:' line.");
    }
}

internal static class Pages
{
    public const string EventsKey = "__sitegenServeBench";

    /// <summary>
    /// Runs in every document before its own scripts (Playwright's init script; the served site is not
    /// changed): wraps EventSource so that live.js's connection also records, in sessionStorage (it survives
    /// the reload), when each "build" event arrived, before live.js's own handler reloads the page; marks the
    /// page connected once the server's first "state" event arrived; and notes when the parser put the
    /// document's title and its first h1 into the DOM (a MutationObserver, disconnected once the h1 is there).
    /// </summary>
    public const string Probe = $$"""
        (() => {
          const now = () => performance.timeOrigin + performance.now();
          const seen = new MutationObserver(() => {
            if (window.__sitegenServeBenchTitle === undefined && document.title !== "") { window.__sitegenServeBenchTitle = now(); }
            if (document.querySelector("h1") !== null) { window.__sitegenServeBenchH1 = now(); seen.disconnect(); }
          });
          seen.observe(document, { childList: true, subtree: true, characterData: true });
          const Native = window.EventSource;
          if (!Native) { return; }
          window.EventSource = class extends Native {
            constructor(url, init) {
              super(url, init);
              this.addEventListener("state", () => { window.__sitegenServeBenchConnected = true; });
              this.addEventListener("build", () => {
                const at = now();
                const events = JSON.parse(sessionStorage.getItem("{{EventsKey}}") || "[]");
                events.push(at);
                sessionStorage.setItem("{{EventsKey}}", JSON.stringify(events));
              });
            }
          };
        })();
        """;

    /// <summary>True once the page shows <c>title</c> in its document title or its h1.</summary>
    public const string Shows =
        "title => document.title.includes(title) || (document.querySelector('h1')?.textContent ?? '').includes(title)";

    public static Task ConnectedAsync(IPage page) =>
        page.WaitForFunctionAsync("() => window.__sitegenServeBenchConnected === true", null, new() { PollingInterval = 5 });

    /// <summary>What the probe saw: browser epoch ms (performance.timeOrigin + performance.now()).</summary>
    public static async Task<Probed> ReadProbeAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>($$"""
            () => {
              const origin = performance.timeOrigin;
              const navigation = performance.getEntriesByType("navigation")[0];
              const paint = performance.getEntriesByName("first-contentful-paint")[0];
              const at = t => t > 0 ? origin + t : null;
              return JSON.stringify({
                events: JSON.parse(sessionStorage.getItem("{{EventsKey}}") || "[]"),
                started: origin,
                received: navigation ? at(navigation.responseEnd) : null,
                title: window.__sitegenServeBenchTitle ?? null,
                heading: window.__sitegenServeBenchH1 ?? null,
                painted: paint ? origin + paint.startTime : null,
                loaded: navigation ? at(navigation.domContentLoadedEventStart) : null,
              });
            }
            """);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        double? At(string name) => root.GetProperty(name).ValueKind == JsonValueKind.Number ? root.GetProperty(name).GetDouble() : null;
        return new Probed(
            [.. root.GetProperty("events").EnumerateArray().Select(e => e.GetDouble())],
            At("started"), At("received"), At("title"), At("heading"), At("painted"), At("loaded"));
    }

    /// <summary>The site path of the record's page in <paramref name="language"/>: the folder named after the record's file.</summary>
    public static string Find(string output, string record, string language)
    {
        var name = Path.GetFileNameWithoutExtension(record);
        var found = Directory.EnumerateDirectories(Path.Combine(output, language), name, SearchOption.AllDirectories)
            .Where(d => File.Exists(Path.Combine(d, "index.html")))
            .ToList();
        return found.Count == 1
            ? Path.GetRelativePath(output, found[0]).Replace('\\', '/') + "/"
            : throw new InvalidOperationException($"Expected one page folder named {name} under {Path.Combine(output, language)}, found {found.Count}; pass --page.");
    }
}

/// <summary>
/// The build events the page received (before it reloaded), then, for the document open now: when its navigation
/// started (the reload), its HTML was received, the parser added its title and its h1, it first painted content,
/// and DOMContentLoaded (after its synchronous scripts, Mermaid's among them, ran). Browser epoch ms; null: not yet.
/// </summary>
internal sealed record Probed(
    IReadOnlyList<double> Events, double? Started, double? Received, double? Title, double? Heading, double? Painted, double? Loaded);
