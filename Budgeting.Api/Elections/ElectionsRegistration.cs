using Budgeting.Api.Elections.Exporting;

namespace Budgeting.Api.Elections;

public static class ElectionsRegistration
{
    /// <summary>Ballots for exports and outcomes: a Seoul cycle's secret ballots, else an imported election's.</summary>
    public static IServiceCollection AddEngineElections(this IServiceCollection services) =>
        services.AddScoped<ImportedBallots>().AddScoped<IBallotSource, CycleBallots>();
}
