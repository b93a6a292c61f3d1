using Budgeting.Api.Elections.Exporting;

namespace Budgeting.Api.Elections;

public static class ElectionsRegistration
{
    /// <summary>Cycle ballots are plugged in by replacing (or wrapping) this ballot source.</summary>
    public static IServiceCollection AddEngineElections(this IServiceCollection services) =>
        services.AddScoped<IBallotSource, ImportedBallots>();
}
