namespace Budgeting.Domain.Rules;

/// <summary>
/// How much a voter gains from a project their ballot names: its cost, one (cardinality), or the points given to it
/// (one per named project when the ballots carry no points).
/// </summary>
public enum Satisfaction { Cost, Cardinality, Points }
