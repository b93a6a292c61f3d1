namespace Budgeting.Domain.Proposals;

/// <summary>How a proposal reached the city: online by the citizen, recorded by an officer at a field office, or carried
/// over by an official answer from an earlier cycle.</summary>
public static class Channel
{
    public const string Online = "online";
    public const string FieldOffice = "field-office";
    public const string CarriedOver = "carried-over";
}
