namespace CitizenVoice.Core.Consolidation;

/// <summary>Sequences of folded syllable hashes, matched at a position of a tokenised text (longest first).</summary>
internal sealed class PhraseSet
{
    private readonly Dictionary<ulong, List<ulong[]>> _byFirst = [];

    public PhraseSet(IEnumerable<ulong[]> phrases)
    {
        foreach (var phrase in phrases)
        {
            Add(phrase);
        }
    }

    public void Add(ulong[] phrase)
    {
        if (phrase.Length == 0)
        {
            return;
        }

        if (!_byFirst.TryGetValue(phrase[0], out var list))
        {
            list = [];
            _byFirst.Add(phrase[0], list);
        }

        if (list.Exists(p => p.AsSpan().SequenceEqual(phrase)))
        {
            return;
        }

        list.Add(phrase);
        list.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    /// <summary>Length of the longest phrase starting at <paramref name="start"/>, or 0.</summary>
    public int MatchAt(ReadOnlySpan<OpinionToken> tokens, int start)
    {
        if (start < 0 || start >= tokens.Length || !_byFirst.TryGetValue(tokens[start].Hash, out var candidates))
        {
            return 0;
        }

        foreach (var phrase in candidates)
        {
            if (start + phrase.Length <= tokens.Length && Matches(tokens, start, phrase))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    private static bool Matches(ReadOnlySpan<OpinionToken> tokens, int start, ulong[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (tokens[start + k].Hash != phrase[k])
            {
                return false;
            }
        }

        return true;
    }
}
