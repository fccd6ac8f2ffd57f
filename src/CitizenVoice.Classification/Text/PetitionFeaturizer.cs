using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.ML.Data;

namespace CitizenVoice.Classification.Text;

/// <summary>
/// Turns a petition text into the hashed sparse feature vector both models read, in one pass over the text and
/// without per-call allocation beyond the folded string the router also needs. Four blocks, each scaled by
/// 1/√(number of grams) so long and short texts weigh alike:
/// word uni+bigrams of the NFC lower-case view (diacritics separate đất/đạt), word uni+bigrams of the folded view
/// (no diacritics, chat abbreviations expanded) and char 4-grams of the folded view over at most
/// <see cref="MaxCharGramChars"/> characters (typos and missing diacritics still share grams with training text),
/// the char block scaled down by <see cref="CharGramWeight"/>.
/// Replaces ML.NET's FeaturizeText, which cost about 0.3 ms per text per model; the featurizer is part of the model
/// contract, so changing it means renaming <see cref="ColumnName"/> and retraining.
/// </summary>
public sealed class PetitionFeaturizer
{
    public const int HashBits = 16;
    public const int Dimension = 1 << HashBits;

    /// <summary>Input column of the model zips; the suffix is the featurizer version (V1: char grams at full weight).</summary>
    public const string ColumnName = "HashedFeaturesV2";

    /// <summary>
    /// Weight of the char 4-gram block against the word blocks. At full weight (V1) the grams, many of which span two
    /// words, let a situation's exact wording decide; grouped 5-fold held-out topic macro-F1 was 0.837 at 1, 0.844 at
    /// 0.5, 0.846 at 0.3 and 0.844 without them, and 0.3 also classified typo-laden text best (ml-models/README.md).
    /// </summary>
    public const float CharGramWeight = 0.3f;

    /// <summary>Char 4-grams are taken from the start of the folded text only: the topic is stated early.</summary>
    public const int MaxCharGramChars = 1000;

    private const uint NormWord = 0x9E3779B1, NormBigram = 0x85EBCA77, FoldWord = 0xC2B2AE3D, FoldBigram = 0x27D4EB2F, CharGram = 0x165667B1;
    private const int FoldTableSize = 0x2000;

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        VietnameseText.AbbreviationTable.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly char[] FoldTable = BuildFoldTable();

    [ThreadStatic]
    private static PetitionFeaturizer? _perThread;

    private readonly float[] _dense = new float[Dimension];
    private int[] _touched = new int[512];
    private int _touchedCount;
    private char[] _norm = new char[512];
    private char[] _fold = new char[512];
    private int[] _wordEnds = new int[128];

    /// <summary>A featurizer for the calling thread (its buffers are reused, so it is not shared across threads).</summary>
    public static PetitionFeaturizer ForCurrentThread() => _perThread ??= new PetitionFeaturizer();

    /// <summary>
    /// Features of <paramref name="text"/> as a sparse vector. With <paramref name="copy"/> false the vector's arrays
    /// are this featurizer's buffers, valid until its next call (enough for a PredictionEngine call).
    /// </summary>
    public VBuffer<float> Featurize(string? text, out string folded, bool copy = false)
    {
        _touchedCount = 0;
        var normLength = NormalizeAndFold(text, out var foldLength);
        folded = new string(_fold, 0, foldLength);

        var nWords = Words(_norm, normLength);
        AddWordGrams(_norm, nWords, NormWord, NormBigram);
        nWords = Words(_fold, foldLength);
        AddWordGrams(_fold, nWords, FoldWord, FoldBigram);
        AddCharGrams(foldLength);

        var count = _touchedCount;
        var indices = copy ? new int[count] : _touched;
        Array.Copy(_touched, indices, count);
        Array.Sort(indices, 0, count);
        var values = copy ? new float[count] : GrowValues(count);
        for (var i = 0; i < count; i++)
        {
            values[i] = _dense[indices[i]];
            _dense[indices[i]] = 0f;
        }

        return new VBuffer<float>(Dimension, count, values, indices);
    }

    private float[] _values = new float[512];

    private float[] GrowValues(int count)
    {
        if (_values.Length < count)
        {
            _values = new float[Math.Max(count, _values.Length * 2)];
        }

        return _values;
    }

    /// <summary>
    /// Fills _norm with NFC lower-case letters and digits separated by single spaces (VietnameseText.Normalize) and
    /// _fold with the same text folded and abbreviations expanded (VietnameseText.FoldForMatching).
    /// </summary>
    private int NormalizeAndFold(string? text, out int foldLength)
    {
        foldLength = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        var s = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        Ensure(ref _norm, s.Length);
        Ensure(ref _fold, s.Length + 16);
        var n = 0;
        var pendingSpace = false;
        var wordStart = 0;
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && n > 0)
                {
                    foldLength = EndFoldedWord(wordStart, n, foldLength);
                    _norm[n++] = ' ';
                    wordStart = n;
                }

                _norm[n++] = char.ToLowerInvariant(c);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        if (n > 0)
        {
            foldLength = EndFoldedWord(wordStart, n, foldLength);
        }

        return n;
    }

    /// <summary>Appends the folded form of _norm[start..end) (expanded when an abbreviation) to _fold.</summary>
    private int EndFoldedWord(int start, int end, int foldLength)
    {
        if (foldLength > 0)
        {
            _fold[foldLength++] = ' ';
        }

        EnsureKept(ref _fold, foldLength + (end - start) + 1);
        var wordAt = foldLength;
        for (var i = start; i < end; i++)
        {
            var c = _norm[i];
            _fold[foldLength++] = c < FoldTableSize ? FoldTable[c] : c;
        }

        if (foldLength - wordAt <= VietnameseText.MaxAbbreviationLength
            && Abbreviations.TryGetValue(_fold.AsSpan(wordAt, foldLength - wordAt), out var full))
        {
            EnsureKept(ref _fold, wordAt + full.Length + 1);
            full.CopyTo(_fold.AsSpan(wordAt));
            foldLength = wordAt + full.Length;
        }

        return foldLength;
    }

    /// <summary>Records the end offset of each space-separated word of buffer[0..length) in _wordEnds.</summary>
    private int Words(char[] buffer, int length)
    {
        var n = 0;
        for (var i = 0; i <= length; i++)
        {
            if (i == length || buffer[i] == ' ')
            {
                if (i > 0 && (n == 0 || _wordEnds[n - 1] != i))
                {
                    if (n == _wordEnds.Length)
                    {
                        Array.Resize(ref _wordEnds, n * 2);
                    }

                    _wordEnds[n++] = i;
                }
            }
        }

        return n;
    }

    private void AddWordGrams(char[] buffer, int nWords, uint wordSeed, uint bigramSeed)
    {
        if (nWords == 0)
        {
            return;
        }

        var weight = 1f / MathF.Sqrt(2 * nWords - 1);
        var start = 0;
        var previous = 0u;
        for (var w = 0; w < nWords; w++)
        {
            var end = _wordEnds[w];
            var h = Hash(buffer.AsSpan(start, end - start), wordSeed);
            Add(h, weight);
            if (w > 0)
            {
                Add(Mix((previous * 0x01000193u) ^ h ^ bigramSeed), weight);
            }

            previous = h;
            start = end + 1;
        }
    }

    private void AddCharGrams(int foldLength)
    {
        // Grams over " text " so word starts and ends form their own grams.
        var length = Math.Min(foldLength, MaxCharGramChars);
        if (length == 0)
        {
            return;
        }

        var grams = length + 2 - 3;
        var weight = CharGramWeight / MathF.Sqrt(grams);
        for (var i = -1; i + 4 <= length + 1; i++)
        {
            var h = CharGram;
            for (var k = i; k < i + 4; k++)
            {
                var c = k < 0 || k >= length ? ' ' : _fold[k];
                h = (h ^ c) * 0x01000193u;
            }

            Add(Mix(h), weight);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(uint hash, float weight)
    {
        var index = (int)(hash & (Dimension - 1));
        if (_dense[index] == 0f)
        {
            if (_touchedCount == _touched.Length)
            {
                Array.Resize(ref _touched, _touchedCount * 2);
            }

            _touched[_touchedCount++] = index;
        }

        _dense[index] += weight;
    }

    private static uint Hash(ReadOnlySpan<char> word, uint seed)
    {
        var h = 2166136261u ^ seed;
        foreach (var c in word)
        {
            h = (h ^ c) * 0x01000193u;
        }

        return Mix(h);
    }

    // murmur3 finaliser: FNV alone leaves the low bits (the ones the mask keeps) poorly mixed.
    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }

    private static void Ensure(ref char[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new char[Math.Max(length, buffer.Length * 2)];
        }
    }

    private static void EnsureKept(ref char[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[FoldTableSize];
        for (var i = 0; i < FoldTableSize; i++)
        {
            var c = (char)i;
            table[i] = c;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            if (c is 'đ' or 'Đ')
            {
                table[i] = c == 'đ' ? 'd' : 'D';
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var kept = decomposed.Where(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark).ToArray();
            if (kept.Length == 1)
            {
                table[i] = kept[0];
            }
        }

        return table;
    }
}
