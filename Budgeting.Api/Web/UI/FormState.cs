using Budgeting.Api.Commands;
using Microsoft.Extensions.Localization;

namespace Budgeting.Api.Web.UI;

/// <summary>
/// What a form shows after its command was refused: each rejection beside the field it names (when the form has that
/// field), otherwise above the form; a stale version as "this changed since you opened it".
/// </summary>
public sealed class FormState(string id, params string[] fields)
{
    /// <summary>
    /// One of several forms of the same kind on a page (a row of a sheet), each inside a <c>FormMappingScope</c> of this
    /// name: Blazor posts it as "[scope]form", and its fields' ids carry the scope too.
    /// </summary>
    public string? Scope { get; init; }

    private readonly Dictionary<string, string> errors = [];

    /// <summary>The form's name and id; its fields' ids are "&lt;form&gt;-&lt;field&gt;".</summary>
    public string Id => id;

    /// <summary>
    /// This form was posted. A page renders a posted form even where it would not offer it any more (the state moved on
    /// since the page was opened, or the poster's role may not act): the post then reaches the command, whose refusal
    /// is shown, instead of a framework error about a form that is not there.
    /// </summary>
    public bool IsPosted(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType
        && http.Request.Form["_handler"] == (Scope is null ? id : $"[{Scope}]{id}");
    public string? General { get; private set; }
    public bool Failed => General is not null || errors.Count > 0;
    public IEnumerable<(string Field, string Message)> FieldErrors => errors.Select(e => (e.Key, e.Value));

    public void Show(IStringLocalizer t, Outcome outcome)
    {
        if (outcome is Outcome.Refused { Rejection: var r } && Owner(r.Field) is { } field) errors[field] = Messages.For(t, r);
        else General = Messages.For(t, outcome);
    }

    public string FieldId(string field) => Scope is null ? $"{id}-{field}" : $"{id}-{Scope}-{field}";
    public string ErrorId(string field) => FieldId(field) + "-error";
    public string? Error(string field) => errors.GetValueOrDefault(field);
    public string? Invalid(string field) => errors.ContainsKey(field) ? "true" : null;
    public string? DescribedBy(string field, string? hint = null) =>
        string.Join(' ', new[] { hint, errors.ContainsKey(field) ? ErrorId(field) : null }.Where(x => x is not null)) is { Length: > 0 } ids
            ? ids : null;

    /// <summary>The form's field a rejection names: itself, or the list it is a line of (lineItems[2].amount → lineItems[2].amount when shown, else lineItems).</summary>
    private string? Owner(string field) =>
        fields.Contains(field) ? field : fields.FirstOrDefault(f => field.StartsWith(f + "[", StringComparison.Ordinal));
}
