using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Api.Web.Proposals.Details;
using Budgeting.Api.Web.Status;
using Budgeting.Api.Web.UI;
using Budgeting.Domain.Proposals;
using Budgeting.Projections.Proposals;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Budgeting.Api.Web.Proposals.Working;

/// <summary>
/// One command's form on a proposal's page: shown where the domain's decision would take a well-formed <see cref="Sample"/>
/// from the signed-in reader (or when it was just posted), sent through the API's own path with the version the page
/// showed, and answered by a redirect to the page with a notice, or by the refusal beside the fields.
/// </summary>
public abstract class ProposalCommandForm : ComponentBase
{
    [Parameter, EditorRequired] public ProposalDetails Details { get; set; } = null!;
    [Parameter, EditorRequired] public Proposal State { get; set; } = null!;
    [CascadingParameter] public HttpContext HttpContext { get; set; } = null!;
    [Inject] protected PageCommands Commands { get; set; } = null!;
    [Inject] protected NavigationManager Navigation { get; set; } = null!;
    [Inject] protected IClock Clock { get; set; } = null!;

    /// <summary>The form's name, its fields' ids and the refusal it shows.</summary>
    protected abstract FormState Form { get; }

    /// <summary>A well-formed command of this form's kind: whether the decision would accept one decides whether the form is offered.</summary>
    protected abstract IProposalCommand Sample { get; }

    protected bool Shown => Form.IsPosted(HttpContext)
                            || HttpContext.User.Identity?.IsAuthenticated == true
                            && State.Allows(Sample, HttpContext.User.ToActor(), Clock.GetCurrentInstant());

    protected async Task Send(IStringLocalizer t, IProposalCommand command, long? shownVersion, string done)
    {
        var outcome = await Commands.Run(s => s.Send(Details.Id, command, Commands.Sender(HttpContext, shownVersion)));
        if (outcome is Outcome.Accepted) Navigation.NavigateTo($"/proposals/{Details.Id}?done={done}#status");
        Refuse(t, outcome);
    }

    /// <summary>A refusal found before the command was sent (a number that is not a number), or the command's own.</summary>
    protected void Refuse(IStringLocalizer t, Outcome outcome)
    {
        Form.Show(t, outcome);
        HttpContext.Answer(outcome.StatusCode());
    }
}
