namespace CitizenVoice.Classification.Routing;

/// <summary>
/// Finds many folded phrases in a folded text in one pass over its words: phrases are indexed by their first word,
/// so the cost is one dictionary look-up per word of the text instead of one substring search per phrase.
/// Matches on word boundaries, like searching " phrase " in " text ".
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<string, List<(string[] Tail, int Id)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Tail, int Id)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || _ids.ContainsKey(phrase))
            {
                continue;
            }

            var id = _ids.Count;
            _ids[phrase] = id;
            if (!_byFirstWord.TryGetValue(words[0], out var list))
            {
                _byFirstWord[words[0]] = list = [];
            }

            list.Add((words[1..], id));
        }

        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _ids.Count;

    /// <summary>Id of a phrase given to the constructor (or -1 when it had no words).</summary>
    public int IdOf(string phrase) => _ids.TryGetValue(phrase, out var id) ? id : -1;

    /// <summary>For each phrase id, the char offset of its first occurrence in <paramref name="folded"/>, or -1.</summary>
    public int[] Match(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var positions = new int[_ids.Count];
        Array.Fill(positions, -1);
        var text = folded.AsSpan();
        var start = 0;
        while (start < text.Length)
        {
            var end = text[start..].IndexOf(' ');
            end = end < 0 ? text.Length : start + end;
            if (end > start && _lookup.TryGetValue(text[start..end], out var candidates))
            {
                foreach (var (tail, id) in candidates)
                {
                    if (positions[id] < 0 && Follows(text, end, tail))
                    {
                        positions[id] = start;
                    }
                }
            }

            start = end + 1;
        }

        return positions;
    }

    private static bool Follows(ReadOnlySpan<char> text, int at, string[] words)
    {
        foreach (var word in words)
        {
            // Expect " word" then a space or the end of the text.
            if (at + 1 + word.Length > text.Length || text[at] != ' '
                || !text.Slice(at + 1, word.Length).SequenceEqual(word)
                || (at + 1 + word.Length < text.Length && text[at + 1 + word.Length] != ' '))
            {
                return false;
            }

            at += 1 + word.Length;
        }

        return true;
    }
}
