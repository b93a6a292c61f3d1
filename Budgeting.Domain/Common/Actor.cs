namespace Budgeting.Domain.Common;

/// <summary>Who caused an event: a pseudonymous subject id and the role they acted in.</summary>
public sealed record Actor(string Id, string Role)
{
    public bool Is(string role) => Role == role;

    /// <summary>The engine itself, for what happens by the clock (a phase deadline passing).</summary>
    public static readonly Actor Engine = new("engine", "system");
}
