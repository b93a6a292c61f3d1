namespace Budgeting.Domain.Proposals;

/// <summary>Reference data: the policy areas a proposal belongs to, as the programme groups them.</summary>
public static class Categories
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["welfare"] = "복지", ["safety"] = "안전", ["environment"] = "환경", ["culture"] = "문화·관광",
        ["transport"] = "교통", ["education"] = "교육", ["urban-regeneration"] = "도시재생",
        ["economy"] = "경제·일자리", ["health"] = "보건·의료",
    };

    public static bool IsKnown(string? category) => category is not null && All.ContainsKey(category);
}
