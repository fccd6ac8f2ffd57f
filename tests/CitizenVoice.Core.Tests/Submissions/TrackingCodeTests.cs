using CitizenVoice.Core.Submissions;

namespace CitizenVoice.Core.Tests.Submissions;

public sealed class TrackingCodeTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    [Fact]
    public void NewCodesAreValidTwelveSymbolsAndDistinct()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => TrackingCode.NewCode()).ToList();

        Assert.All(codes, c => Assert.Equal(c, TrackingCode.Normalize(c)));
        Assert.All(codes, c => Assert.Equal(TrackingCode.Length, c.Length));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EverySymbolPositionIsUsedUniformlyEnoughToCarry55RandomBits()
    {
        var counts = new int[32];
        for (var i = 0; i < 20_000; i++)
        {
            foreach (var c in TrackingCode.NewCode()[..TrackingCode.RandomSymbols])
            {
                counts[Alphabet.IndexOf(c, StringComparison.Ordinal)]++;
            }
        }

        var expected = 20_000 * TrackingCode.RandomSymbols / 32.0;
        Assert.All(counts, n => Assert.InRange(n, expected * 0.9, expected * 1.1));
    }

    [Fact]
    public void CatchesEverySingleMistypedSymbol()
    {
        var code = TrackingCode.NewCode();
        for (var position = 0; position < code.Length; position++)
        {
            foreach (var replacement in Alphabet.Where(c => c != code[position]))
            {
                var typo = code[..position] + replacement + code[(position + 1)..];
                Assert.Null(TrackingCode.Normalize(typo));
            }
        }
    }

    [Fact]
    public void CatchesSwapsOfNeighbouringSymbolsMostOfTheTime()
    {
        var caught = 0;
        var swaps = 0;
        for (var i = 0; i < 500; i++)
        {
            var code = TrackingCode.NewCode();
            for (var p = 0; p < code.Length - 1; p++)
            {
                if (code[p] == code[p + 1])
                {
                    continue;
                }

                swaps++;
                var swapped = code[..p] + code[p + 1] + code[p] + code[(p + 2)..];
                if (TrackingCode.Normalize(swapped) is null)
                {
                    caught++;
                }
            }
        }

        Assert.True(caught > swaps * 0.95, $"caught {caught} of {swaps}");
    }

    [Fact]
    public void AcceptsWhatPeopleTypeOverThePhone()
    {
        var code = TrackingCode.NewCode();
        var typed = " " + TrackingCode.Format(code).ToLowerInvariant().Replace('0', 'o').Replace('1', 'l') + " ";

        Assert.Equal(code, TrackingCode.Normalize(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABC")]
    [InlineData("ABCD-EFGH-JKMN-P")]
    [InlineData("ABCD-EFGH-JKU!")]
    public void RejectsMalformedInput(string? input) => Assert.Null(TrackingCode.Normalize(input));

    [Fact]
    public void FormatsInGroupsOfFour() => Assert.Equal("K7QM-2XPD-9RHC", TrackingCode.Format("K7QM2XPD9RHC"));
}
