using System.Security.Cryptography;

namespace CitizenVoice.Core.Submissions;

/// <summary>
/// Tracking codes: 11 random Crockford base-32 symbols (55 bits, so they cannot be guessed) plus one Luhn mod 32
/// check symbol, which catches any single mistyped symbol and most swaps of neighbours. Shown as XXXX-XXXX-XXXX;
/// Crockford's alphabet has no I, L, O or U, so a code read over the phone is not misheard as a look-alike, and
/// input is forgiving: lower case, spaces, dashes, O for 0 and I/L for 1 are accepted.
/// </summary>
public static class TrackingCode
{
    public const int Length = 12;
    public const int RandomSymbols = Length - 1;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string NewCode()
    {
        Span<byte> bytes = stackalloc byte[RandomSymbols];
        RandomNumberGenerator.Fill(bytes);
        Span<char> symbols = stackalloc char[Length];
        for (var i = 0; i < RandomSymbols; i++)
        {
            symbols[i] = Alphabet[bytes[i] & 31];
        }

        symbols[RandomSymbols] = Alphabet[CheckValue(symbols[..RandomSymbols])];
        return new string(symbols);
    }

    /// <summary>Canonical form of what a person typed, or null when it is not a valid code (wrong length or check).</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        Span<char> symbols = stackalloc char[Length];
        var count = 0;
        foreach (var raw in input)
        {
            if (raw is '-' or ' ' or '\u00A0' or '.')
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (Alphabet.IndexOf(c, StringComparison.Ordinal) < 0 || count == Length)
            {
                return null;
            }

            symbols[count++] = c;
        }

        if (count != Length || Alphabet[CheckValue(symbols[..RandomSymbols])] != symbols[RandomSymbols])
        {
            return null;
        }

        return new string(symbols);
    }

    /// <summary>"K7QM2XPD9RHC" → "K7QM-2XPD-9RHC".</summary>
    public static string Format(string code) =>
        code.Length == Length ? $"{code[..4]}-{code[4..8]}-{code[8..]}" : code;

    // Luhn mod N: double every second symbol from the right, sum the base-N digits, check = (N - sum mod N) mod N.
    private static int CheckValue(ReadOnlySpan<char> symbols)
    {
        const int n = 32;
        var sum = 0;
        var factor = 2;
        for (var i = symbols.Length - 1; i >= 0; i--)
        {
            var addend = factor * Alphabet.IndexOf(symbols[i], StringComparison.Ordinal);
            sum += (addend / n) + (addend % n);
            factor = factor == 2 ? 1 : 2;
        }

        return (n - (sum % n)) % n;
    }
}
