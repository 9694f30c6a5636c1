namespace SiteGen.Model;

/// <summary>The formats of identifiers in records and config, with the hint a diagnostic gives.</summary>
public static class ModelPatterns
{
    public const string Id = @"^[0-9]{1,2}\.[0-9]{1,3}$";
    public const string IdHint = "write the chapter number, a dot and the experiment number, for example 2.1";

    /// <summary>A slug names a folder of the site: at most 80 characters keeps every path well inside a file name's 255 bytes.</summary>
    public const string Slug = "^(?=.{1,80}$)[a-z0-9]+(-[a-z0-9]+)*$";
    public const string SlugHint = "use at most 80 lowercase letters, digits and single hyphens, for example rolling-update";

    public const string Url = "^(https?://|mailto:)[^\\s\"<>]+$";
    public const string UrlHint = "write an absolute http, https or mailto address";

    public const string Language = "^[a-z]{2,3}$";
    public const string LanguageHint = "use a two- or three-letter language code such as zh or en";
    public const string CodeLanguage = "^[A-Za-z0-9][A-Za-z0-9_+#.-]{0,29}$";
    public const string CodeLanguageHint = "write a code language name such as bash, yaml or go";
    public const string LanguageTag = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
    public const string LanguageTagHint = "write a BCP 47 language tag such as zh-CN, zh-Hans or en";
    public const string SiteUrl = "^https?://[^\\s\"<>]+$";
    public const string SiteUrlHint = "write the absolute http or https address the site is published at, for example https://labs.example.org/";
}
