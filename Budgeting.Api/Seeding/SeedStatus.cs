namespace Budgeting.Api.Seeding;

/// <summary>Readiness waits on this: done once the demo seed ran, or at once when seeding is off.</summary>
public sealed class SeedStatus
{
    private volatile bool _done;
    public bool Done => _done;
    public void MarkDone() => _done = true;
}
