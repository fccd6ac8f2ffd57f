namespace CitizenVoice.Core.Consolidation;

/// <summary>A proposed consolidated item: opinions that say the same thing.</summary>
/// <param name="MemberIds">Every member, in input order.</param>
/// <param name="RepresentativeId">The member most similar on average to the others: the best wording to show.</param>
/// <param name="MeanSimilarity">Mean pairwise cosine similarity of the members (1 for a single opinion).</param>
/// <param name="CommuneCount">Distinct commune codes among the members (members without one are not counted).</param>
public sealed record OpinionCluster(IReadOnlyList<Guid> MemberIds, Guid RepresentativeId, double MeanSimilarity, int CommuneCount)
{
    public int Count => MemberIds.Count;
}
