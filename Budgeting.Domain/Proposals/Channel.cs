namespace Budgeting.Domain.Proposals;

/// <summary>How a proposal reached the city: online by the citizen, or recorded by an officer at a field office.</summary>
public static class Channel
{
    public const string Online = "online";
    public const string FieldOffice = "field-office";
}
