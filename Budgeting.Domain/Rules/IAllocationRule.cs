using Budgeting.Domain.Rules.Explaining;

namespace Budgeting.Domain.Rules;

/// <summary>A pure allocation rule: the same election always gives the same outcome.</summary>
public interface IAllocationRule
{
    string Name { get; }
    AllocationOutcome Allocate(Election election);

    /// <summary>The same run, recording its rounds and every project's verdict; its selection is the outcome's.</summary>
    Explanation Explain(Election election);
}
