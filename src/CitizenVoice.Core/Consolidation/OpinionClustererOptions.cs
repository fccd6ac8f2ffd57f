namespace CitizenVoice.Core.Consolidation;

public sealed class OpinionClustererOptions
{
    /// <summary>
    /// Cosine similarity between an opinion and a cluster's centroid at or above which the opinion joins it. 0.65
    /// balances pairwise precision and recall on the benchmark corpus (bench/consolidate.sh): higher splits the
    /// paraphrases of one issue, lower merges the same complaint about different roads or schools.
    /// </summary>
    public double SimilarityThreshold { get; init; } = 0.65;

    /// <summary>
    /// Place names to ignore (e.g. every commune and province from the catalogue), with or without diacritics.
    /// Names written after "xã", "phường", "tỉnh", "thôn"… with capitals are recognised without this list.
    /// Single-syllable names are ignored here, as they collide with common words once folded.
    /// </summary>
    public IReadOnlyCollection<string> PlaceNames { get; init; } = [];

    /// <summary>Null uses every core.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
