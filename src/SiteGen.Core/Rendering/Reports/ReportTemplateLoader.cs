using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteGen.Rendering.Reports;

/// <summary>
/// Resolves <c>include "name"</c> in report templates to <c>.sbn</c> files inside the report folder only,
/// served from the texts read (and checked) when the renderer was created, so every report of a build
/// uses the same partials however the folder changes meanwhile.
/// </summary>
internal sealed class ReportTemplateLoader(string folder, IReadOnlyDictionary<string, string> texts) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(".sbn", StringComparison.Ordinal) ? templateName : templateName + ".sbn";
        var path = Path.GetFullPath(Path.Combine(folder, name));
        if (!path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"'{templateName}' is outside the report templates folder; include only files beside the report template.");
        }

        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        texts.TryGetValue(templatePath, out var text)
            ? text
            : throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"There is no template {Path.GetFileName(templatePath)} in the report templates folder.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new((string?)Load(context, callerSpan, templatePath));
}
