using CitizenVoice.Core.Common;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>
/// An in-memory TF-IDF index over folded syllables and syllable pairs (Vietnamese words are mostly two syllables:
/// "bảo hiểm", "xã hội", so pairs keep "bảo hiểm xã hội" apart from texts that merely share "xã").
/// </summary>
public sealed class SimilarAnswerIndex
{
    private readonly List<(AnsweredItem Item, Dictionary<string, double> Vector)> _documents = [];
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);

    public SimilarAnswerIndex(IReadOnlyList<(AnsweredItem Item, string Text)> items)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var termCounts = new List<Dictionary<string, int>>();
        foreach (var (_, text) in items)
        {
            var counts = Count(Terms(Tokens(text)));
            termCounts.Add(counts);
            foreach (var term in counts.Keys)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        foreach (var (term, df) in documentFrequency)
        {
            _idf[term] = Math.Log((1.0 + items.Count) / (1.0 + df)) + 1.0;
        }

        for (var i = 0; i < items.Count; i++)
        {
            _documents.Add((items[i].Item, Weigh(termCounts[i])));
        }
    }

    public int DocumentCount => _documents.Count;

    /// <summary>Folded syllables of at least two characters ("Bảo hiểm xã hội!" → bao, hiem, xa, hoi).</summary>
    public static IReadOnlyList<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        var folded = VietnameseText.Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (i - start >= 2)
                {
                    tokens.Add(folded[start..i]);
                }

                start = -1;
            }
        }

        return tokens;
    }

    public IReadOnlyList<AnsweredItem> Search(IReadOnlyList<string> queryTokens, int max, double minScore)
    {
        var query = Weigh(Count(Terms(queryTokens)));
        if (query.Count == 0)
        {
            return [];
        }

        return _documents
            .Select(d => d.Item with { Score = Cosine(query, d.Vector) })
            .Where(i => i.Score >= minScore)
            .OrderByDescending(i => i.Score)
            .Take(max)
            .ToList();
    }

    private static IEnumerable<string> Terms(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            yield return tokens[i];
            if (i + 1 < tokens.Count)
            {
                yield return tokens[i] + " " + tokens[i + 1];
            }
        }
    }

    private static Dictionary<string, int> Count(IEnumerable<string> terms)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        return counts;
    }

    // A term no document has gets the highest weight: it counts in the query's length, so a long query that shares
    // one common syllable ("hội") with a document does not look similar to it.
    private Dictionary<string, double> Weigh(Dictionary<string, int> counts)
    {
        var unseen = Math.Log(1.0 + _documents.Count) + 1.0;
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, count) in counts)
        {
            vector[term] = (1.0 + Math.Log(count)) * _idf.GetValueOrDefault(term, unseen);
        }

        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        if (norm == 0)
        {
            return vector;
        }

        foreach (var term in vector.Keys.ToList())
        {
            vector[term] /= norm;
        }

        return vector;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var sum = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                sum += weight * other;
            }
        }

        return sum;
    }
}
