namespace Budgeting.Domain.Common;

/// <summary>Who caused an event: a pseudonymous subject id and the role they acted in.</summary>
public sealed record Actor(string Id, string Role)
{
    public bool Is(string role) => Role == role;
}
