using Budgeting.Domain.Elections.Importing;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;

namespace Budgeting.Projections.Elections;

public sealed class ElectionViewProjection : SingleStreamProjection<ElectionView, Guid>
{
    public static ElectionView Create(ElectionImported e) => new()
    {
        Id = e.ElectionId, Name = NameOf(e), FileName = e.FileName, Sha256 = e.Sha256, Currency = e.Currency,
        Budget = e.Budget, VoteType = e.VoteType, Voters = e.Voters, Projects = [.. e.Projects], Meta = [.. e.Meta],
        ImportedBy = e.By.Id, ImportedAt = e.At,
    };

    private static string NameOf(ElectionImported e) =>
        e.Meta.FirstOrDefault(m => m.Key.Equals("description", StringComparison.OrdinalIgnoreCase))?.Value is { Length: > 0 } d
            ? d
            : e.FileName;
}

public static class ElectionReadModels
{
    public static StoreOptions ConfigureElectionReadModels(this StoreOptions opts)
    {
        opts.Projections.Add<ElectionViewProjection>(ProjectionLifecycle.Inline);
        opts.Events.AddEventTypes([typeof(ElectionImported), typeof(BallotsImported)]);
        opts.Schema.For<ElectionView>().UniqueIndex(x => x.Sha256);
        return opts;
    }
}
