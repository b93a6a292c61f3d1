namespace Budgeting.Domain.Rules;

/// <summary>An add-one rule did not settle within its bound of Equal Shares runs (see <c>AddOne.MaxWork</c>).</summary>
public sealed class AllocationTooCostlyException(long runs)
    : Exception($"Equal Shares with add-one did not settle within {runs:N0} runs")
{
    public long Runs { get; } = runs;
}
