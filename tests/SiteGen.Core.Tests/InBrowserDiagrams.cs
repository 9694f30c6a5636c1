using System.Runtime.CompilerServices;
using SiteGen.Diagrams;

namespace SiteGen.Core.Tests;

/// <summary>
/// The snapshots and the other builds of these tests draw diagrams in the reader's browser, so they need no
/// Chromium and do not depend on its fonts; <c>Diagrams/</c> tests ask for build-time drawing themselves.
/// </summary>
internal static class InBrowserDiagrams
{
    [ModuleInitializer]
    internal static void Initialize() => Environment.SetEnvironmentVariable(DiagramModes.Variable, "in-browser");
}
