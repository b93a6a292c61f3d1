using System.Text.RegularExpressions;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Tests.Web;

/// <summary>
/// Every write operation of the API that an officer, a committee member or an administrator may call has a form on the
/// workbench: the operations are read from /openapi/v1.json and their roles from the endpoints' [Authorize]; each must be
/// named here with the form that sends it, and that form must exist in the pages. A new command fails this test until
/// its form is built.
/// </summary>
public partial class WorkbenchCoverageTests(AppFixture app) : ApiContext(app)
{
    private static readonly string[] WorkbenchRoles = [Role.Officer, Role.Committee, Role.Admin];

    /// <summary>operationId → the form (its @formname) that sends the same command from a page.</summary>
    private static readonly Dictionary<string, string> FormOf = new()
    {
        ["suggestProposal"] = "suggest", ["reviseProposal"] = "revise", ["withdrawProposal"] = "withdraw", ["appealDecline"] = "appeal",
        ["eraseProposerPersonalData"] = "erase", ["openDeliberation"] = "deliberation", ["recordDiscussion"] = "discussion",
        ["estimateCost"] = "estimate", ["assessFeasibility"] = "feasibility", ["admitProposal"] = "admission",
        ["declineProposal"] = "decline", ["decideAppeal"] = "appeal-decision", ["startImplementation"] = "implementation",
        ["recordMilestone"] = "milestone", ["recordSpending"] = "spending", ["approveOverrun"] = "overrun",
        ["completeImplementation"] = "completion", ["fileEvaluation"] = "evaluation", ["adjustFunding"] = "adjust",
        ["openCycle"] = "open", ["advancePhase"] = "advance", ["extendPhase"] = "extend", ["changeEnvelope"] = "envelope",
        ["appointCommitteeMember"] = "appoint", ["removeCommitteeMember"] = "remove", ["scoreProposal"] = "score",
        ["declareConflictOfInterest"] = "recuse", ["issueRecommendation"] = "recommend", ["closeAllocation"] = "allocate",
        ["eraseVoterRecords"] = "erase-voters", ["importElection"] = "import", ["changeRule"] = "rule",
        ["postDepartmentAnswer"] = "department-answer", ["postMayorAnswer"] = "mayor-answer", ["recordSurveyCount"] = "survey-count",
        ["hideComment"] = "hide-comment", ["dismissCommentFlags"] = "dismiss-flags", ["eraseCommentBody"] = "erase-comment",
        ["decideCommentAppeal"] = "comment-appeal-decision",
    };

    [Fact]
    public async Task every_write_operation_of_the_workbench_roles_has_a_form()
    {
        var operations = await WorkbenchOperations();
        Assert.True(operations.Count > 25, $"found only {operations.Count} operations: the test no longer reads the document");
        var unmapped = operations.Where(o => !FormOf.ContainsKey(o)).ToList();
        Assert.True(unmapped.Count == 0, "write operations without a form: " + string.Join(", ", unmapped));
        var forms = Repository.Files("Budgeting.Api/Web", "*.razor")
            .SelectMany(f => FormName().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet();
        var missing = operations.Select(o => FormOf[o]).Where(f => !forms.Contains(f)).ToList();
        Assert.True(missing.Count == 0, "forms named here but not found in the pages: " + string.Join(", ", missing));
    }

    /// <summary>POST, PUT and DELETE operations of the document whose endpoint lets one of the workbench roles through.</summary>
    private async Task<List<string>> WorkbenchOperations()
    {
        var document = await GetJson("/openapi/v1.json");
        var roles = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .ToDictionary(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName,
                e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().SelectMany(a => (a.Roles ?? "").Split(',')).ToHashSet());
        return document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(op => op.Name is "post" or "put" or "delete")
            .Select(op => op.Value.GetProperty("operationId").GetString()!)
            .Where(id => roles.TryGetValue(id, out var allowed) && allowed.Intersect(WorkbenchRoles).Any())
            .ToList();
    }

    [GeneratedRegex("@formname=\"([^\"]+)\"")]
    private static partial Regex FormName();
}
