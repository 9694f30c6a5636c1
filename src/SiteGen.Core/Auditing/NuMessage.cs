namespace SiteGen.Auditing;

/// <summary>One message of the Nu HTML Checker: where (file relative to the site, line, column), what kind, what it says.</summary>
public sealed record NuMessage(string File, int Line, int Column, string Type, string? SubType, string Message, string Extract)
{
    /// <summary>Errors fail the audit; warnings and infos do not.</summary>
    public bool IsError => Type is "error" or "non-document-error";

    /// <summary>The message without its place: "error: Stray end tag “div”.  [extract]".</summary>
    public string Text => $"{Type}{(SubType is null ? "" : "/" + SubType)}: {Message}" + (Extract.Length > 0 ? $"  [{Extract}]" : "");

    public override string ToString() => $"{File}:{Line}:{Column}: {Text}";
}
