using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>The optional <c>blend</c> object of OpenCycle: exact fractions as text, <c>survey</c> 0 when left out.</summary>
public sealed record BlendInput(string? Committee, string? Vote, string? Survey = null)
{
    public (BlendWeights? Weights, Rejection? Rejection) ToWeights()
    {
        var parts = new[] { ("blend.committee", Committee), ("blend.vote", Vote), ("blend.survey", Survey ?? "0") };
        var shares = new List<Rational>();
        foreach (var (field, text) in parts)
        {
            if (!Rational.TryParse(text, out var share) || share < Rational.Zero || share > Rational.One)
                return (null, Rejection.Invalid(field, "fraction", $"{field} must be an exact fraction from 0 to 1, such as \"9/20\" or \"0.45\""));
            shares.Add(share);
        }
        if (Rational.Sum(shares) != Rational.One)
            return (null, Rejection.Invalid("blend", "sum-to-one", $"the blend's weights sum to {Rational.Sum(shares)}, not 1"));
        return (new BlendWeights(shares[0].ToString(), shares[1].ToString(), shares[2].ToString()), null);
    }
}
