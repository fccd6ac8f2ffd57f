using CitizenVoice.Core.Common;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Core.Tests.VoterMeetings;

public sealed class VoterOpinionTests
{
    [Fact]
    public void NaturalKeyIgnoresDiacriticsCaseAndSpacing()
    {
        var a = VoterOpinion.NaturalKeyFor("2026-12-05", "00070", "Lê Văn Cường", "Đề nghị sửa  chữa đường");
        var b = VoterOpinion.NaturalKeyFor("2026-12-05", "00070", "le van cuong", "de nghi sua chua duong");

        Assert.Equal(a, b);
        Assert.Equal(VoterOpinion.NaturalKeyLength, a.Length);
    }

    [Fact]
    public void NaturalKeyDiffersByMeetingDayCommuneAndVoter()
    {
        var key = VoterOpinion.NaturalKeyFor("2026-12-05", "00070", null, "Đề nghị sửa chữa đường");

        Assert.NotEqual(key, VoterOpinion.NaturalKeyFor("2026-12-06", "00070", null, "Đề nghị sửa chữa đường"));
        Assert.NotEqual(key, VoterOpinion.NaturalKeyFor("2026-12-05", "00004", null, "Đề nghị sửa chữa đường"));
        Assert.NotEqual(key, VoterOpinion.NaturalKeyFor("2026-12-05", "00070", "Trần Thị Hoa", "Đề nghị sửa chữa đường"));
    }

    [Fact]
    public void InputIsNormalisedToNfcAndChecked()
    {
        var errors = new ValidationErrors();
        var decomposed = "Cu\u031B\u0309 tri đề nghị sửa đường".Normalize(System.Text.NormalizationForm.FormD);

        var text = new OpinionInput(" Lê Văn Cường ", null, decomposed, "2").Validate(errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal(decomposed.Normalize(System.Text.NormalizationForm.FormC), text!.Content);
        Assert.Equal("Lê Văn Cường", text.VoterName);
        Assert.Equal(2, text.VoterCount);
    }

    [Theory]
    [InlineData("ngắn", "1", "content")]
    [InlineData("Cử tri đề nghị sửa chữa đường liên thôn", "0", "voterCount")]
    [InlineData("Cử tri đề nghị sửa chữa đường liên thôn", "nhiều", "voterCount")]
    [InlineData("", "1", "content")]
    public void InputRefusesBadFields(string content, string count, string field)
    {
        var errors = new ValidationErrors();

        Assert.Null(new OpinionInput(null, null, content, count).Validate(errors));
        Assert.True(errors.Has(field));
    }
}
