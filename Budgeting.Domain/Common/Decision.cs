namespace Budgeting.Domain.Common;

/// <summary>The outcome of a pure decision: the new events, or the reason the command was refused.</summary>
public sealed class Decision
{
    private Decision(IReadOnlyList<object> events, Rejection? rejection)
    {
        Events = events;
        Rejection = rejection;
    }

    public IReadOnlyList<object> Events { get; }
    public Rejection? Rejection { get; }
    public bool IsAccepted => Rejection is null;

    public static Decision Accept(params object[] events) => new(events, null);
    public static Decision Reject(Rejection rejection) => new([], rejection);

    public static implicit operator Decision(Rejection rejection) => Reject(rejection);

    public override string ToString() => IsAccepted
        ? "accepted: " + string.Join(", ", Events.Select(e => e.GetType().Name))
        : $"rejected: {Rejection}";
}
