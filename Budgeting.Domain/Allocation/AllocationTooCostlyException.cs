namespace Budgeting.Domain.Allocation;

/// <summary>An add-one rule did not settle within its bound of raises (see <c>AddOne.MaxRaises</c>).</summary>
public sealed class AllocationTooCostlyException(long raises)
    : Exception($"Equal Shares with add-one did not settle within {raises:N0} raises of one currency unit per voter")
{
    public long Raises { get; } = raises;
}
