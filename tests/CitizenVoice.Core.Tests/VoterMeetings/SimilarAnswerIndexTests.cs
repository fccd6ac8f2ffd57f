using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Core.Tests.VoterMeetings;

public sealed class SimilarAnswerIndexTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static SimilarAnswerIndex Index() => new(
    [
        (new AnsweredItem("Bảo hiểm xã hội một lần", "Bộ Nội vụ trả lời về bảo hiểm xã hội một lần.", At, 0),
            "Đề nghị sửa quy định hưởng bảo hiểm xã hội một lần cho người lao động nghỉ việc"),
        (new AnsweredItem("Giá điện bậc thang", "Bộ Công Thương trả lời về biểu giá điện.", At, 0),
            "Giá điện sinh hoạt bậc thang tăng cao mùa hè"),
        (new AnsweredItem("Đèn chiếu sáng ngõ", "Phường đã thay bóng đèn.", At, 0), "Đèn chiếu sáng ngõ 12 hỏng"),
    ]);

    [Theory]
    [InlineData("Cử tri đề nghị sửa đổi chính sách bảo hiểm xã hội một lần")]
    [InlineData("cu tri de nghi sua doi chinh sach bao hiem xa hoi mot lan")]
    public void FindsTheAnsweredItemWithOrWithoutDiacritics(string query)
    {
        var results = Index().Search(SimilarAnswerIndex.Tokens(query), 5, FindSimilarAnswers.MinScore);

        Assert.Equal("Bảo hiểm xã hội một lần", results[0].Title);
        Assert.DoesNotContain(results, r => r.Title == "Đèn chiếu sáng ngõ");
    }

    [Fact]
    public void UnrelatedTextFindsNothing() =>
        Assert.Empty(Index().Search(SimilarAnswerIndex.Tokens("Xin cấp phép tổ chức lễ hội truyền thống của làng"), 5, FindSimilarAnswers.MinScore));
}
