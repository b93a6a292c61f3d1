using Marten.Events;
using Wolverine.Http;
using Wolverine.Marten;

namespace Peer;

public sealed record Suggest(string Title, string Description, string Category, string District, long? CostGuess);

public sealed record Suggested(Guid Id, string Title, string Description, string Category, string District, long? CostGuess, DateTimeOffset At);

public sealed record Suggestion(Guid Id);

public static class SuggestEndpoint
{
    [WolverinePost("/plain/suggestions")]
    public static (CreationResponse, IStartStream) Post(Suggest command)
    {
        var id = Guid.CreateVersion7();
        var suggested = new Suggested(id, command.Title, command.Description, command.Category, command.District, command.CostGuess,
            DateTimeOffset.UtcNow);
        return (new CreationResponse($"/plain/suggestions/{id}"), MartenOps.StartStream<Suggestion>(id, suggested));
    }
}
