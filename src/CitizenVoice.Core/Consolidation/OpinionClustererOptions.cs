namespace CitizenVoice.Core.Consolidation;

public sealed class OpinionClustererOptions
{
    /// <summary>
    /// Cosine similarity of the TF-IDF vectors at or above which two opinions are linked. 0.45 keeps paraphrases,
    /// unaccented and mistyped copies together and different issues of one commune apart on the benchmark corpus.
    /// </summary>
    public double SimilarityThreshold { get; init; } = 0.45;

    /// <summary>
    /// Place names to ignore (e.g. every commune and province from the catalogue), with or without diacritics.
    /// Names written after "xã", "phường", "tỉnh", "thôn"… with capitals are recognised without this list.
    /// Single-syllable names are ignored here, as they collide with common words once folded.
    /// </summary>
    public IReadOnlyCollection<string> PlaceNames { get; init; } = [];

    /// <summary>Null uses every core.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
