namespace Budgeting.Api.Web.Proposals.Working;

/// <summary>The fields every command form posts: the version of the proposal the page showed.</summary>
public class VersionForm
{
    public long? Version { get; set; }
}

/// <summary>A command with a reason and nothing else.</summary>
public class ReasonForm : VersionForm
{
    public string? Reason { get; set; }
}
