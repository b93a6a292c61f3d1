namespace Budgeting.Domain.Allocation;

/// <summary>A pure allocation rule: the same election always gives the same outcome.</summary>
public interface IAllocationRule
{
    string Name { get; }
    AllocationOutcome Allocate(Election election);
}
