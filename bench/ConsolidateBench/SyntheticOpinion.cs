using CitizenVoice.Core.Consolidation;

namespace ConsolidateBench;

/// <summary>A generated opinion and the base issue it was generated from (the ground truth).</summary>
internal sealed record SyntheticOpinion(ClusterInput Input, int Issue, string Commune, bool Central);
