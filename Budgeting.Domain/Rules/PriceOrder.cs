namespace Budgeting.Domain.Rules;

/// <summary>
/// How Equal Shares ranks the affordable projects of a round: by ρ, or by ρ per unit of cost (the projects' costs
/// standing for the supporters' utilities), the lowest first; exact ties go to the lowest <see cref="TieRank"/>.
/// </summary>
internal sealed record PriceOrder(bool PerCost, int[] TieRank)
{
    /// <summary>The reference's order: per unit of cost for cost satisfaction, ties to the smallest id (ordinal).</summary>
    public static PriceOrder Of(VoterProfile profile) => new(profile.Satisfaction == Satisfaction.Cost, profile.IdRank);
}
