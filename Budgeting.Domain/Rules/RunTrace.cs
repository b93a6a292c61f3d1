namespace Budgeting.Domain.Rules;

/// <summary>
/// What one Equal Shares run chose in each round and an upper bound on each choice's key, the exact key on demand
/// (from the run's own payments, so only until its instance runs again); and, when the run was compared with one at a
/// lower budget, whether every round chose as that run did while every rival stayed dearer than that run's choice.
/// </summary>
internal sealed class RunTrace(EqualShares shares)
{
    public List<int> Chosen { get; } = [];
    public List<double> Upper { get; } = [];
    public bool Separated { get; set; } = true;

    public Rational ExactKey(int round) => shares.PaidKey(Chosen[round]);
}
