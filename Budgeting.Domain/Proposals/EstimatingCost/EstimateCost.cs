using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.EstimatingCost;

/// <summary>An officer costs the project line by line; the estimate is the sum of the lines.</summary>
public sealed record EstimateCost(IReadOnlyList<EstimateCost.Line>? LineItems) : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public const int MaxLines = 50;

    public sealed record Line(string? Description, long? Amount);

    public Rejection? Validate() => LineItems is not { Count: > 0 and <= MaxLines }
        ? Rejection.Invalid("lineItems", "count", $"lineItems must hold 1 to {MaxLines} lines")
        : Validation.FirstOf(LineItems.SelectMany((l, i) => new[]
            {
                Validation.Text($"lineItems[{i}].description", l.Description, 2, 200),
                Validation.PositiveWon($"lineItems[{i}].amount", l.Amount),
            }).Append(LineItems.Sum(l => (decimal)(l.Amount ?? 0)) > Won.Ceiling.Value
                ? Rejection.Invalid("lineItems", "ceiling", $"the estimate must not exceed {Won.Ceiling.Value} won") : null)
            .ToArray());

    public static Decision Decide(Proposal proposal, EstimateCost command, Actor by, Instant now)
    {
        if (Validation.FirstOf(Acting.AsOfficer(by, "estimate cost"), command.Validate(),
                proposal.Unless("cost can only be estimated", ProposalStatus.InDeliberation)) is { } rejection)
            return rejection;
        var lines = command.LineItems!.Select(l => new CostLine(l.Description!.Trim(), new Won(l.Amount!.Value))).ToList();
        return Decision.Accept(new CostEstimated(proposal.Id, Won.Sum(lines.Select(l => l.Amount)), lines, by, now));
    }
}
