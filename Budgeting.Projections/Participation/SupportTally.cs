using NodaTime;

namespace Budgeting.Projections.Participation;

/// <summary>
/// A proposal's supports as last counted, after every change to them: what the public list shows and sorts by, a
/// moment behind the proposal itself (which counts when read). Written by one counter at a time per proposal.
/// </summary>
public sealed record SupportTally(Guid Id, Guid CycleId, int Supports, Instant CountedAt);
