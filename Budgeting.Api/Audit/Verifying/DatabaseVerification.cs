using Budgeting.Api.Audit.Chain;

namespace Budgeting.Api.Audit.Verifying;

/// <summary>Verifies the chain in the engine's database.</summary>
public sealed class DatabaseVerification(AuditDatabase database)
{
    public async Task<Verdict> Run(CancellationToken token)
    {
        await using var connection = await database.Open(token);
        if (!await database.ChainInstalled(connection, token))
            return new Verdict(false, 0, 0, ChainHash.Genesis,
                new BrokenLink(0, "", 0, LinkProblem.Deleted, "the chain table is missing: start the engine once to install it"));
        return await ChainVerifier.Verify(StoredChain.Read(connection, database.Schema, token), token);
    }
}
