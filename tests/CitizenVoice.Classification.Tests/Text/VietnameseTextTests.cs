using System.Text;
using CitizenVoice.Classification.Text;

namespace CitizenVoice.Classification.Tests.Text;

public class VietnameseTextTests
{
    [Fact]
    public void NormalizesDecomposedTextToLowerCaseNfc()
    {
        var decomposed = "Cử tri XÃ Đông Thọ, đề nghị!".Normalize(NormalizationForm.FormD);

        var result = VietnameseText.Normalize(decomposed);

        Assert.Equal("cử tri xã đông thọ đề nghị", result);
        Assert.True(result.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void FoldsDiacriticsAndDStroke()
    {
        Assert.Equal("duong nguyen trai co nhieu o ga", VietnameseText.Fold("đường nguyễn trãi có nhiều ổ gà"));
        Assert.Equal("Dak Lak", VietnameseText.Fold("Đắk Lắk"));
    }

    [Fact]
    public void TextWithAndWithoutDiacriticsMatchTheSameFoldedForm()
    {
        Assert.Equal(
            VietnameseText.FoldForMatching("Mất điện cả ngày không báo trước"),
            VietnameseText.FoldForMatching("mat dien ca ngay ko bao truoc"));
    }

    [Fact]
    public void ReturnsEmptyForBlankText()
    {
        Assert.Equal(string.Empty, VietnameseText.Normalize("   "));
        Assert.Equal(string.Empty, VietnameseText.FoldForMatching(null));
    }
}
