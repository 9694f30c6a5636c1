namespace SiteGen.Diagnostics;

/// <summary>
/// Every diagnostic code SiteGen emits. Codes are stable: never renumber one, only add.
/// SG00xx: reading files and YAML. SG01xx: the shape of a record. SG02xx: records against each other.
/// SG03xx: site configuration. SG04xx: templates, UI strings and output. SG05xx: translations.
/// SG06xx: importing Markdown notes. SG07xx: <c>sitegen audit</c> on a built site.
/// SG08xx: the files a record names (images, screenshots, resources).
/// </summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "SG0001";
    public const string EmptyFile = "SG0002";
    public const string InvalidUtf8 = "SG0003";
    public const string AliasNotAllowed = "SG0004";
    public const string NestingTooDeep = "SG0005";
    public const string DuplicateKey = "SG0006";
    public const string DocumentTooLarge = "SG0007";
    public const string MultipleDocuments = "SG0008";
    public const string UnreadableFile = "SG0009";
    public const string ChangedDuringBuild = "SG0010";
    public const string ControlCharacter = "SG0011";
    public const string NodeProperty = "SG0012";

    public const string UnknownKey = "SG0101";
    public const string WrongType = "SG0102";
    public const string MissingRequired = "SG0103";
    public const string InvalidDate = "SG0104";
    public const string InvalidChoice = "SG0105";
    public const string UnknownLanguage = "SG0106";
    public const string InvalidDuration = "SG0107";
    public const string OutOfRange = "SG0108";
    public const string InvalidFormat = "SG0109";
    public const string UnclosedCodeFence = "SG0110";
    public const string DiagramSyntax = "SG0111";

    public const string DuplicateId = "SG0201";
    public const string UnknownFollowUp = "SG0202";
    public const string UnknownChapter = "SG0203";
    public const string DuplicateSlug = "SG0204";
    public const string NoRecords = "SG0205";
    public const string FileName = "SG0206";
    public const string LinkedFolder = "SG0207";

    /// <summary><c>sitegen new</c> was to write a record where a file already is.</summary>
    public const string RecordExists = "SG0208";

    /// <summary><c>sitegen init</c> found a site's files already there (it never overwrites them), or could not write them.</summary>
    public const string SiteExists = "SG0209";

    /// <summary>A YAML file under experiments/ written like a record but not named <c>&lt;id&gt;-&lt;slug&gt;.yaml</c>: it is a resource file.</summary>
    public const string NotNamedAsRecord = "SG0210";

    public const string MissingSiteConfig = "SG0301";
    public const string InvalidSiteConfig = "SG0302";

    /// <summary><c>site.yaml</c> names a tag under <c>tags</c> that no record has (a misspelt tag, or one no longer used).</summary>
    public const string UnusedTagName = "SG0303";

    /// <summary><c>site.yaml</c>'s footer, which is on every page, has a link that is not a full URL.</summary>
    public const string RelativeFooterLink = "SG0304";

    public const string TemplateSyntax = "SG0401";
    public const string TemplateRuntime = "SG0402";
    public const string MissingTemplate = "SG0403";
    public const string MissingUiStrings = "SG0404";
    public const string MissingUiString = "SG0405";
    public const string InvalidUiStrings = "SG0406";
    public const string MissingAsset = "SG0407";
    public const string OutputFailed = "SG0408";
    public const string OutputLocked = "SG0409";
    public const string OutputRecovered = "SG0410";
    public const string NoBrowser = "SG0411";

    /// <summary>No Pagefind binary for this platform: the site is built without search.</summary>
    public const string NoSearch = "SG0412";

    /// <summary>Pagefind failed to index the pages.</summary>
    public const string SearchFailed = "SG0413";

    /// <summary>A site's own UI strings name a key the theme does not have.</summary>
    public const string UnknownUiString = "SG0414";

    /// <summary>The theme could not be composed (the site's templates over the built-in theme).</summary>
    public const string ThemeFailed = "SG0415";

    public const string MissingTranslation = "SG0501";
    public const string TranslationBelowRequired = "SG0502";
    public const string UnknownRequiredLanguage = "SG0503";

    /// <summary><c>sitegen import</c> was given a file that is not a lab record.</summary>
    public const string NotALabRecord = "SG0601";

    /// <summary>A part of an imported note fit no field and was kept elsewhere (an extra section, a step's notes).</summary>
    public const string ImportKept = "SG0602";

    /// <summary>An imported note lacks what every record needs (title, date, one-line summary, an id or a chapter).</summary>
    public const string ImportIncomplete = "SG0603";

    /// <summary>Text that is UTF-8 read as a single-byte code page and saved again (mojibake).</summary>
    public const string MangledEncoding = "SG0013";

    /// <summary>A binary file (an image, an archive) where text was expected.</summary>
    public const string BinaryFile = "SG0014";

    // SG07xx: sitegen audit, the quality gate run on a built site in Chromium (each check's code is in Auditing/AuditCheck.cs).

    /// <summary>A Mermaid diagram that was not drawn, or a label that is hard to read.</summary>
    public const string AuditDiagram = "SG0701";

    /// <summary>A console error, an uncaught exception, a failed request or one to another host while a page loaded.</summary>
    public const string AuditPageLoad = "SG0702";

    /// <summary>An internal link or asset that does not answer 200, or a #fragment that is not on its page.</summary>
    public const string AuditLink = "SG0703";

    /// <summary>A wrong canonical URL or hreflang alternate.</summary>
    public const string AuditAlternates = "SG0704";

    /// <summary>A language switcher link that does not lead to the same page in its language and back.</summary>
    public const string AuditLanguageSwitcher = "SG0705";

    /// <summary>A page that scrolls sideways on a 375 px phone.</summary>
    public const string AuditOverflow = "SG0706";

    /// <summary>Body text below 7:1, or a background that does not follow the light or dark scheme.</summary>
    public const string AuditColourScheme = "SG0707";

    /// <summary>A serious or critical axe-core accessibility violation (contrast among them).</summary>
    public const string AuditAccessibility = "SG0708";

    /// <summary>An error of the Nu HTML Checker.</summary>
    public const string AuditHtml = "SG0709";

    /// <summary>The audit cannot run: no Chromium, no Java, a missing shipped file, or a folder that is not a built site.</summary>
    public const string AuditCannotRun = "SG0710";

    // SG08xx: the files a record names (images, screenshots, resources): found, checked, published.

    /// <summary>An image or screenshot names a file that is not there.</summary>
    public const string MissingImage = "SG0801";

    /// <summary>A resource names a file that is not there: it is shown as text, not published.</summary>
    public const string MissingResource = "SG0802";

    /// <summary>A file path that leads outside the content folder.</summary>
    public const string OutsideContent = "SG0803";

    /// <summary>A file path that is absolute (<c>/home/…</c>, <c>C:\…</c>) instead of relative to the record.</summary>
    public const string AbsolutePath = "SG0804";

    /// <summary>An image or file address with a scheme other than http and https (<c>file:</c>, <c>data:</c>, <c>javascript:</c>).</summary>
    public const string UnsafeScheme = "SG0805";

    /// <summary>An image without alt text.</summary>
    public const string MissingAltText = "SG0806";

    /// <summary>An image file larger than the limit every reader should have to download.</summary>
    public const string ImageTooLarge = "SG0807";

    /// <summary>An image loaded from another site (<c>https://…</c>): a warning, or an error with <c>remote_images: error</c>.</summary>
    public const string RemoteImage = "SG0808";

    /// <summary>An SVG file that held scripts, event handlers, foreign objects or outside references: published without them.</summary>
    public const string UnsafeSvg = "SG0809";

    /// <summary>A file named as an image that is not one SiteGen can read (or an SVG it cannot make safe).</summary>
    public const string UnreadableImage = "SG0810";
}
