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
    private const int MaxNameSyllables = 4;
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

    private readonly PhraseSet _units = new(UnitWords.Select(HashPhrase));
    private readonly PhraseSet _stopPhrases = new(StopPhrases.Select(HashPhrase));
    private readonly HashSet<ulong> _stopSyllables = [.. StopSyllables.Select(s => HashPhrase(s)[0])];
    private readonly PhraseSet _places;
    private readonly ConcurrentDictionary<string, ulong[]> _learned = new(StringComparer.Ordinal);

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

    /// <summary>Pass 1: syllables of one text; remembers names written after a unit word ("phường Bến Thủy").</summary>
    public OpinionToken[] Learn(string text)
    {
        var tokens = Tokenize(text);
        for (var i = 0; i < tokens.Length; i++)
        {
            var unit = _units.MatchAt(tokens, i);
            if (unit == 0)
            {
                continue;
            }

            var nameLength = NameLengthAt(tokens, i + unit);
            if (nameLength >= 2 && tokens.AsSpan(i + unit, nameLength).ToArray().Any(t => !t.Number))
            {
                var name = tokens.AsSpan(i + unit, nameLength).ToArray().Select(t => t.Hash).ToArray();
                _learned.TryAdd(string.Join(',', name), name);
            }

            i += unit + nameLength - 1;
        }

        return tokens;
    }

    /// <summary>Adds the names learned so far to the place list; call once between the two passes.</summary>
    public void CommitLearnedNames()
    {
        foreach (var key in _learned.Keys.Order(StringComparer.Ordinal))
        {
            _places.Add(_learned[key]);
        }
    }

    /// <summary>Pass 2: unigram and bigram feature hashes of the content syllables (bigrams have the low bit set).</summary>
    public List<ulong> Features(OpinionToken[] tokens)
    {
        var kept = new List<ulong>(tokens.Length);
        for (var i = 0; i < tokens.Length;)
        {
            var unit = _units.MatchAt(tokens, i);
            if (unit > 0)
            {
                var local = NameLengthAt(tokens, i + unit);
                var known = _places.MatchAt(tokens, i + unit);
                if (local > 0 || known > 0)
                {
                    i += unit + Math.Max(local, known);
                    continue;
                }
            }

            var place = _places.MatchAt(tokens, i);
            if (place > 0)
            {
                i += place;
                continue;
            }

            var stop = _stopPhrases.MatchAt(tokens, i);
            if (stop > 0)
            {
                i += stop;
                continue;
            }

            if (!_stopSyllables.Contains(tokens[i].Hash))
            {
                kept.Add(tokens[i].Hash);
            }

            i++;
        }

        var features = new List<ulong>(kept.Count * 2);
        for (var i = 0; i < kept.Count; i++)
        {
            features.Add(kept[i] & ~1UL);
            if (i > 0)
            {
                features.Add((Mix((kept[i - 1] * 31) ^ kept[i]) ^ BigramSalt) | 1UL);
            }
        }

        return features;
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
                var capitalised = capitals is not null && tokens.Count < capitals.Count && capitals[tokens.Count];
                tokens.Add(new OpinionToken(Hash(word), capitalised, char.IsDigit(word[0])));
                start = -1;
            }
        }

        return capitals is not null && capitals.Count != tokens.Count
            ? [.. tokens.Select(t => t with { Capitalised = false })]
            : [.. tokens];
    }

    private static List<bool>? CapitalisedWords(string text)
    {
        var result = new List<bool>();
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                result.Add(char.IsUpper(c));
            }

            inWord = letter;
        }

        return result;
    }

    private static int NameLengthAt(ReadOnlySpan<OpinionToken> tokens, int start)
    {
        var length = 0;
        while (start + length < tokens.Length && length < MaxNameSyllables
               && (tokens[start + length].Capitalised || tokens[start + length].Number))
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
