namespace CitizenVoice.Core.Consolidation;

/// <summary>A group of opinions the clusterer found to say the same thing, with its most typical member first.</summary>
/// <param name="Key">Stable within one proposal: the representative opinion's id.</param>
public sealed record ProposedCluster(Guid Key, IReadOnlyList<ProposedOpinion> Opinions, double Similarity, int CommuneCount)
{
    public ProposedOpinion Representative => Opinions[0];

    public int VoterCount => Opinions.Sum(o => o.VoterCount);
}
