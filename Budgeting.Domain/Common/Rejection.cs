namespace Budgeting.Domain.Common;

public enum RejectionKind
{
    /// <summary>The command itself is malformed (HTTP 400).</summary>
    Invalid,
    /// <summary>The actor may not do this (HTTP 403).</summary>
    Forbidden,
    /// <summary>The subject does not exist (HTTP 404).</summary>
    NotFound,
    /// <summary>The command does not fit the current state (HTTP 409).</summary>
    Conflict,
    /// <summary>The actor has done this too often in too short a time (HTTP 429).</summary>
    TooMany,
}

/// <summary>Why a decision refused a command: the field concerned, the rule broken, and a sentence for people.</summary>
public sealed record Rejection(RejectionKind Kind, string Field, string Rule, string Message)
{
    /// <summary>The figures and names in <see cref="Message"/>, by name, so a page can say the same in the reader's language.</summary>
    public IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>();

    public Rejection With(params (string Name, object Value)[] args) =>
        this with { Args = args.ToDictionary(a => a.Name, a => Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "") };

    public static Rejection Invalid(string field, string rule, string message) => new(RejectionKind.Invalid, field, rule, message);
    public static Rejection Conflict(string rule, string message, string field = "") => new(RejectionKind.Conflict, field, rule, message);
    public static Rejection Forbidden(string rule, string message) => new(RejectionKind.Forbidden, "", rule, message);
    public static Rejection NotFound(string field, string rule, string message) => new(RejectionKind.NotFound, field, rule, message);
    public static Rejection TooMany(string rule, string message) => new(RejectionKind.TooMany, "", rule, message);
}
