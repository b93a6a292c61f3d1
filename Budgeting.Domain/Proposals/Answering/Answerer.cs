namespace Budgeting.Domain.Proposals.Answering;

/// <summary>Who owes a proposal an official answer: the responsible department (an officer posts it) or the mayor (an administrator).</summary>
public enum Answerer
{
    Department,
    Mayor,
}
