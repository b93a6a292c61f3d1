using System.Text;
using Budgeting.Api.Cycles.Voting;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Voting;

namespace Budgeting.Tests.Cycles.Voting;

/// <summary>The close reads each ballot's selections as the read model stores them and hashes each ballot's canonical line.</summary>
public class CountedBallotsReaderTests
{
    private static readonly Guid A = Guid.Parse("b0000000-0000-0000-0000-00000000000a"), B = Guid.Parse("a0000000-0000-0000-0000-00000000000b");

    [Fact]
    public void the_stored_selections_read_back_in_ballot_order_and_points_absent_count_one()
    {
        var json = $$"""[{"points": 3, "proposalId": "{{A}}"}, {"proposalId": "{{B}}"}]""";
        Assert.Equal([new Selection(A, 3), new Selection(B, 1)], CountedBallotsReader.SelectionsOf(Encoding.UTF8.GetBytes(json)));
        Assert.Empty(CountedBallotsReader.SelectionsOf("[]"u8));
    }

    [Fact]
    public void long_ballots_and_large_points_hash_to_the_canonical_texts_digest()
    {
        var proposals = Enumerable.Range(1, 12).Select(n => Guid.Parse($"{n:x8}-0000-0000-0000-{13 - n:x12}")).ToArray();
        var ballots = new[]
        {
            new CountedBallot(Guid.Parse("10000000-0000-0000-0000-000000000000"), [.. proposals.Reverse().Select((p, i) => new Selection(p, 1000 * i + 1))]),
            new CountedBallot(Guid.Parse("20000000-0000-0000-0000-000000000000"), [new Selection(proposals[3], int.MaxValue)]),
            new CountedBallot(Guid.Parse("30000000-0000-0000-0000-000000000000"), []),
            new CountedBallot(Guid.Parse("40000000-0000-0000-0000-000000000000"), [new Selection(proposals[3], int.MaxValue)]),
        };
        var profiles = BallotProfiles.Of(ballots);
        Assert.Equal(BallotsUsed.DigestOf(ballots), profiles.Digest);
        Assert.Equal([1, 2, 1], profiles.Profiles.Select(p => p.Ballots));
        Assert.Equal(ballots[0].Selections, profiles.Profiles[0].Selections);
    }
}
