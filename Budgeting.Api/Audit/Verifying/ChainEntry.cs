namespace Budgeting.Api.Audit.Verifying;

/// <summary>A row of mt_events as stored: its identity and the canonical text the hash covers.</summary>
public sealed record StoredEvent(long Sequence, string StreamId, long Version, string CanonicalRow);

/// <summary>A row of the chain table: which event it links and the hashes.</summary>
public sealed record StoredLink(long Sequence, string StreamId, long Version, string PrevHash, string Hash);

/// <summary>One position of the global sequence: the event, its link, or (when tampered) only one of them.</summary>
public sealed record ChainEntry(long Sequence, StoredEvent? Event, StoredLink? Link);
