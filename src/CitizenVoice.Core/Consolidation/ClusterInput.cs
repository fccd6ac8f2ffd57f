namespace CitizenVoice.Core.Consolidation;

/// <summary>One voter opinion as raised, to be grouped with its near-duplicates.</summary>
/// <param name="TopicCode">When given, only opinions of the same topic are compared (null forms its own group).</param>
/// <param name="ProvinceCode">Carried for the caller; like the commune, it never affects similarity.</param>
/// <param name="CommuneCode">Only counted in <see cref="OpinionCluster.CommuneCount"/>; it never affects similarity.</param>
public sealed record ClusterInput(Guid Id, string Text, string? TopicCode = null, string? ProvinceCode = null, string? CommuneCode = null);
