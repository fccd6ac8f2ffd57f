namespace CitizenVoice.Core.Consolidation;

/// <summary>One page of proposed clusters over the opinions of a session that are not in an item yet.</summary>
public sealed record ConsolidationProposal(int FreeOpinions, int ClusterCount, int Page, int PageSize, IReadOnlyList<ProposedCluster> Clusters)
{
    public int PageCount => Math.Max(1, (ClusterCount + PageSize - 1) / PageSize);
}
