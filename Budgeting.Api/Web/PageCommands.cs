using Budgeting.Api.Commands;
using Budgeting.Domain.Common;
using JasperFx;
using Marten;
using NodaTime;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace Budgeting.Api.Web;

/// <summary>
/// How a page's form sends a command: in a Marten session enrolled in Wolverine's outbox, exactly as the generated code
/// of an API endpoint opens one, so the same follow-up messages (funding, deadlines) are stored in the command's own
/// transaction and leave when it commits. A concurrent commit that wins the race is refused as the API refuses it
/// (409 there).
/// </summary>
public sealed class PageCommands(OutboxedSessionFactory sessions, IWolverineRuntime runtime, IClock clock)
{
    public static readonly Rejection Raced = Rejection.Conflict("concurrent-change",
        "another change to the same record was committed first; read it again and retry");

    /// <summary>The signed-in reader, now by the engine's clock, acting on the version their page showed.</summary>
    public Sender Sender(HttpContext http, long? shownVersion = null) => Commands.Sender.Of(http, clock, shownVersion);

    public async Task<T> Run<T>(Func<IDocumentSession, Task<T>> command, Func<Rejection, T> refused)
    {
        await using var session = sessions.OpenSession(new MessageContext(runtime));
        try
        {
            return await command(session);
        }
        catch (ConcurrencyException)
        {
            return refused(Raced);
        }
    }

    public Task<Outcome> Run(Func<IDocumentSession, Task<Outcome>> command) => Run(command, r => new Outcome.Refused(r));
}
