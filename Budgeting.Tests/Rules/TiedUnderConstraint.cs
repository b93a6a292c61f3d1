using System.Text;

namespace Budgeting.Tests.Rules;

/// <summary>
/// An election add-one cannot jump through, written to reach its work bound: p and q are mirror images (same cost,
/// x and one voter of their own each) and x is constrained when they are priced, so their prices tie at every budget
/// and fall as it rises; no run can vouch for the next, and stepping needs hundreds of thousands of raises.
/// </summary>
/// <remarks>
/// 4,100 voters with 1,000,000 each. r (2,048,500,000) is bought first by x and 4,096 others, 500,000 each. x then has
/// 500,000 left for p or q (1,500,000), whose own voter pays the rest: x stays constrained until its budget per voter
/// reaches 1,250,000, 250,000 raises away. big (1,001,000,000) waits for its one voter to hold that much, and twelve
/// "dust" projects, each dearer than the budget, only give the other voters distinct ballots (4,096 groups), which
/// makes each run dear enough for the bound to come after about twelve thousand runs.
/// </remarks>
public static class TiedUnderConstraint
{
    public const long Budget = 4_100_000_000;

    public static readonly (string Id, long Cost)[] Projects =
    [
        ("r", 2_048_500_000), ("p", 1_500_000), ("q", 1_500_000), ("big", 1_001_000_000),
        .. Enumerable.Range(1, 12).Select(d => ($"dust{d}", 5_000_000_000L)),
    ];

    /// <summary>Each ballot as the ids it names: x, the voters of p, q and big, and 4,096 voters of r with distinct dust.</summary>
    public static IEnumerable<string[]> Ballots()
    {
        yield return ["r", "p", "q"];
        yield return ["p"];
        yield return ["q"];
        yield return ["big"];
        for (var mask = 0; mask < 4096; mask++)
            yield return ["r", .. Enumerable.Range(1, 12).Where(d => (mask & (1 << (d - 1))) != 0).Select(d => $"dust{d}")];
    }

    public static string PbText()
    {
        var text = new StringBuilder($"META\nkey;value\nbudget;{Budget}\nvote_type;approval\nrule;equalshares/add1\nPROJECTS\nproject_id;cost\n");
        foreach (var (id, cost) in Projects) text.Append($"{id};{cost}\n");
        text.Append("VOTES\nvoter_id;vote\n");
        var voter = 0;
        foreach (var ballot in Ballots()) text.Append($"{++voter};{string.Join(',', ballot)}\n");
        return text.ToString();
    }
}
