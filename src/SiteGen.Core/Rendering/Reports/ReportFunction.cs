using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering.Reports;

/// <summary>
/// A function the report template calls, taking its arguments as they come. Scriban's own wrapper for a
/// .NET delegate converts every argument and result through reflection, which was a quarter of the time
/// a report took; these functions are called thousands of times per report.
/// </summary>
internal sealed class ReportFunction(int parameters, Func<TemplateContext, ScriptNode?, ScriptArray, object?> body) : IScriptCustomFunction
{
    public int RequiredParameterCount => parameters;

    public int ParameterCount => parameters;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value" + index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        body(context, callerContext, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>A text argument: a string as it is, null as null, anything else as Scriban writes it.</summary>
    public static string? Text(TemplateContext context, object? value) =>
        value as string ?? (value is null ? null : context.ObjectToString(value));

    public static int Number(TemplateContext context, ScriptNode? caller, object? value) =>
        value is int number ? number : context.ToInt(caller?.Span ?? default, value);
}
