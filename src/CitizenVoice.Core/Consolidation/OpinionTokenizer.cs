using System.Collections.Concurrent;
using System.Text;
using CitizenVoice.Core.Common;

namespace CitizenVoice.Core.Consolidation;

/// <summary>
/// Turns an opinion into folded syllables, drops place names and the wording every petition shares, and yields
/// unigram and bigram feature hashes. Two passes: the first learns place names from all texts ("xã Nghi Lộc"), the
/// second strips those names everywhere, also where they were written in lower case or without diacritics.
/// </summary>
internal sealed class OpinionTokenizer
{
    public const ulong EntityBit = 2;

    private const int MaxNameSyllables = 4;
    private const int MaxEntitySyllables = 6;
    private const ulong BigramSalt = 0x9E3779B97F4A7C15UL;

    // Administrative units, old and new (huyện/quận still appear in voters' wording after 1/7/2025).
    private static readonly string[] UnitWords =
    [
        "xã", "phường", "thị trấn", "thị xã", "đặc khu", "thôn", "xóm", "bản", "ấp", "buôn", "làng", "khu phố", "khối",
        "tổ dân phố", "khu dân cư", "tỉnh", "thành phố", "huyện", "quận", "tp",
    ];

    // How petitions are framed rather than what they are about: paraphrases differ mostly here.
    private static readonly string[] StopPhrases =
    [
        "cử tri", "đề nghị", "kiến nghị", "phản ánh", "xem xét", "quan tâm", "chỉ đạo", "người dân", "nhân dân", "bà con",
        "cơ quan chức năng", "các cấp", "các ngành", "tình trạng", "hiện nay", "thời gian qua", "thời gian tới",
        "giải quyết", "sớm", "kịp thời", "có giải pháp", "yêu cầu", "mong muốn", "địa phương", "địa bàn", "nhà nước",
        "trung ương", "chính phủ", "có thẩm quyền", "nhiều năm nay", "đến nay", "vẫn", "chưa được",
    ];

    // Only syllables that stay unambiguous once folded: "đến" would also drop "đèn", "tại" "tai nạn", "chợ" "cho".
    private static readonly string[] StopSyllables =
    [
        "và", "của", "các", "những", "là", "được", "sẽ", "bị", "với", "như", "này", "về", "khi", "rất", "một", "hơn",
        "lại", "ra", "vào", "nên", "nếu", "theo", "trên", "sau", "nhiều", "nhất", "ấy", "gì", "việc", "hết", "luôn",
        "nhằm", "lên",
    ];

    // Only villages and blocks are numbered ("thôn 3", "tổ dân phố 5"); "đường tỉnh 534" names a road.
    private static readonly string[] NumberedUnits = ["thôn", "xóm", "bản", "ấp", "buôn", "khu phố", "khối", "tổ dân phố", "khu dân cư"];

    private readonly PhraseSet _units = new(UnitWords.Select(HashPhrase));
    private readonly PhraseSet _numberedUnits = new(NumberedUnits.Select(HashPhrase));
    private readonly PhraseSet _stopPhrases = new(StopPhrases.Select(HashPhrase));
    private readonly HashSet<ulong> _stopSyllables = [.. StopSyllables.Select(s => HashPhrase(s)[0])];
    private readonly PhraseSet _places;
    private readonly PhraseSet _entities = new([]);
    private readonly ConcurrentDictionary<string, ulong[]> _learnedPlaces = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ulong[]> _learnedEntities = new(StringComparer.Ordinal);

    public OpinionTokenizer(IEnumerable<string> placeNames)
    {
        _places = new PhraseSet([]);
        foreach (var name in placeNames)
        {
            var tokens = Tokenize(name);
            var skip = _units.MatchAt(tokens, 0);
            if (tokens.Length - skip >= 2)
            {
                _places.Add([.. tokens[skip..].Select(t => t.Hash)]);
            }
        }
    }

    /// <summary>
    /// Pass 1: syllables of one text. Remembers names written after a unit word ("phường Bến Thủy") as places, and
    /// other capitalised runs inside a sentence ("hồ Vực Mấu", "Bệnh viện Sản Nhi") as the named things an
    /// opinion is about, so that both are recognised later in texts typed in lower case or without diacritics.
    /// </summary>
    public OpinionToken[] Learn(string text)
    {
        var tokens = Tokenize(text);
        for (var i = 0; i < tokens.Length;)
        {
            var unit = _units.MatchAt(tokens, i);
            if (unit > 0)
            {
                var nameLength = NameLengthAt(tokens, i + unit, _numberedUnits.MatchAt(tokens, i) == unit);
                Remember(_learnedPlaces, tokens.AsSpan(i + unit, nameLength));
                i += unit + nameLength;
                continue;
            }

            var stop = _stopPhrases.MatchAt(tokens, i);
            if (stop > 0)
            {
                i += stop;
                continue;
            }

            var run = 0;
            while (i + run < tokens.Length && run < MaxEntitySyllables && tokens[i + run].Capitalised && !tokens[i + run].Number
                   && _units.MatchAt(tokens, i + run) == 0 && _stopPhrases.MatchAt(tokens, i + run) == 0)
            {
                run++;
            }

            Remember(_learnedEntities, tokens.AsSpan(i, run));
            i += Math.Max(run, 1);
        }

        return tokens;
    }

    /// <summary>Adds the names learned so far to the lists; call once between the two passes.</summary>
    public void CommitLearnedNames()
    {
        foreach (var key in _learnedPlaces.Keys.Order(StringComparer.Ordinal))
        {
            _places.Add(_learnedPlaces[key]);
        }

        foreach (var key in _learnedEntities.Keys.Order(StringComparer.Ordinal))
        {
            _entities.Add(_learnedEntities[key]);
        }
    }

    /// <summary>
    /// Pass 2: unigram and bigram feature hashes of the content syllables. Bit 0 marks a bigram, bit 1 a feature of
    /// a named thing or a number (a bigram only inside the name), which the vectors weigh up: two roads differ by their
    /// names, not by their potholes.
    /// </summary>
    public List<ulong> Features(OpinionToken[] tokens)
    {
        var kept = new List<(ulong Hash, bool Entity)>(tokens.Length);
        for (var i = 0; i < tokens.Length;)
        {
            var unit = _units.MatchAt(tokens, i);
            if (unit > 0)
            {
                var local = NameLengthAt(tokens, i + unit, _numberedUnits.MatchAt(tokens, i) == unit);
                var known = _places.MatchAt(tokens, i + unit);
                if (local > 0 || known > 0)
                {
                    i += unit + Math.Max(local, known);
                    continue;
                }
            }

            var skip = Math.Max(_places.MatchAt(tokens, i), _stopPhrases.MatchAt(tokens, i));
            if (skip > 0)
            {
                i += skip;
                continue;
            }

            var entity = _entities.MatchAt(tokens, i);
            if (entity > 0)
            {
                for (var k = 0; k < entity; k++)
                {
                    kept.Add((tokens[i + k].Hash, true));
                }

                i += entity;
                continue;
            }

            if (!_stopSyllables.Contains(tokens[i].Hash))
            {
                kept.Add((tokens[i].Hash, tokens[i].Capitalised || tokens[i].Number));
            }

            i++;
        }

        var features = new List<ulong>(kept.Count * 2);
        for (var i = 0; i < kept.Count; i++)
        {
            var entity = kept[i].Entity ? EntityBit : 0UL;
            features.Add((kept[i].Hash & ~3UL) | entity);
            if (i > 0)
            {
                var pair = (Mix((kept[i - 1].Hash * 31) ^ kept[i].Hash) ^ BigramSalt) & ~3UL;
                features.Add(pair | 1UL | (kept[i - 1].Entity ? entity : 0UL));
            }
        }

        return features;
    }

    private static void Remember(ConcurrentDictionary<string, ulong[]> learned, ReadOnlySpan<OpinionToken> name)
    {
        // One syllable alone ("Hòa", "Vinh") collides with common words once folded; numbers alone name nothing.
        if (name.Length < 2)
        {
            return;
        }

        var hashes = new ulong[name.Length];
        var letters = false;
        for (var k = 0; k < name.Length; k++)
        {
            hashes[k] = name[k].Hash;
            letters |= !name[k].Number;
        }

        if (letters)
        {
            learned.TryAdd(string.Join(',', hashes), hashes);
        }
    }

    internal static OpinionToken[] Tokenize(string text)
    {
        var folded = VietnameseText.Fold(text);
        var original = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var capitals = CapitalisedWords(original);
        var tokens = new List<OpinionToken>(folded.Length / 4);
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
                var word = folded.AsSpan(start, i - start);
                // Folding keeps one letter per letter, so the words line up unless the text had unusual characters.
                var capitalised = tokens.Count < capitals.Count && capitals[tokens.Count];
                tokens.Add(new OpinionToken(Hash(word), capitalised, char.IsDigit(word[0])));
                start = -1;
            }
        }

        return capitals.Count != tokens.Count
            ? [.. tokens.Select(t => t with { Capitalised = false })]
            : [.. tokens];
    }

    // A capital that opens a sentence says nothing; one inside a sentence marks a name.
    private static List<bool> CapitalisedWords(string text)
    {
        var result = new List<bool>();
        var inWord = false;
        var sentenceStart = true;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                result.Add(char.IsUpper(c) && !sentenceStart);
                sentenceStart = false;
            }
            else if (c is '.' or '!' or '?' or ':' or ';' or '\n' or '(' or '"')
            {
                sentenceStart = true;
            }

            inWord = letter;
        }

        return result;
    }

    private static int NameLengthAt(ReadOnlySpan<OpinionToken> tokens, int start, bool numbered)
    {
        var length = 0;
        while (start + length < tokens.Length && length < MaxNameSyllables
               && (tokens[start + length].Capitalised || (numbered && tokens[start + length].Number)))
        {
            length++;
        }

        return length;
    }

    private static ulong[] HashPhrase(string phrase) => [.. Tokenize(phrase).Select(t => t.Hash)];

    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var h = 14695981039346656037UL;
        foreach (var c in word)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Mix(h);
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        return x ^ (x >> 33);
    }
}
