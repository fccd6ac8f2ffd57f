using System.Net;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.VoterMeetings;

public sealed class PortalOpinionTests
{
    private const string Path = "/gop-y-ky-hop";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MutableClock December() => new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ShowsUpcomingSessionsAndOnlyPublishedAnnouncements()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = December();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        var published = await VoterMeetingData.CreateMeetingAsync(app, session, VoterMeetingData.HanoiOffice, "00070", "2026-12-05");
        await VoterMeetingData.CreateMeetingAsync(app, session, VoterMeetingData.HanoiOffice, "00004", "2026-12-06");
        await app.InScopeAsync(sp => sp.GetRequiredService<PublishVoterMeeting>()
            .ExecuteAsync(published, true, VoterMeetingData.Compiler(VoterMeetingData.HanoiOffice), Ct));
        using var client = app.CreateClient();

        var html = await client.GetStringAsync(Path, Ct);

        Assert.Contains("Kỳ họp thứ nhất, Quốc hội khóa XVI", html, StringComparison.Ordinal);
        Assert.Contains("Hội trường UBND phường Hoàn Kiếm", html, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn An, Trần Thị Bình", html, StringComparison.Ordinal);
        Assert.Contains("05/12/2026 08:00", html, StringComparison.Ordinal);
        Assert.DoesNotContain("06/12/2026", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidOpinionShowsMessagesAndStoresNothing()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = December();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        using var client = app.CreateClient();

        var response = await PortalForms.PostFormAsync(client, Path, new Dictionary<string, string>
        {
            ["sessionId"] = session.ToString(), ["provinceCode"] = "79", ["commune"] = "sai gon", ["content"] = "ngắn", ["email"] = "khong-phai-email",
        }, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Nội dung ý kiến quá ngắn", html, StringComparison.Ordinal);
        Assert.Contains("Địa chỉ email không hợp lệ.", html, StringComparison.Ordinal);
        Assert.Contains("Kỳ họp đã chọn nhận ý kiến của cử tri tỉnh, thành phố khác.", html, StringComparison.Ordinal);
        Assert.Contains("đánh dấu đồng ý để gửi ý kiến", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.VoterOpinions.CountAsync(Ct)));
    }

    [Fact]
    public async Task ValidOpinionIsStoredClassifiedForTheSessionsUnit()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = December();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        using var client = app.CreateClient();

        var response = await PortalForms.PostFormAsync(client, Path, new Dictionary<string, string>
        {
            ["sessionId"] = session.ToString(), ["voterName"] = "Phạm Văn Hải", ["provinceCode"] = "01", ["commune"] = "hoan kiem",
            ["content"] = "Đề nghị Quốc hội sửa đổi quy định về bảo hiểm xã hội một lần để người lao động nghỉ việc được nhận.",
            ["email"] = "phamvanhai@example.vn", ["consent"] = "true",
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Path, response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Cảm ơn Ông/Bà đã gửi ý kiến.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var opinion = await app.WithDbAsync(db => db.VoterOpinions.SingleAsync(Ct));
        Assert.Equal((OpinionChannel.Online, (Guid?)null, "00070", "phamvanhai@example.vn", VoterMeetingData.HanoiOffice),
            (opinion.Channel, opinion.MeetingId, opinion.CommuneCode, opinion.ContactEmail, opinion.OwnerUnitCode));
        Assert.NotNull(opinion.TopicCode);
        Assert.Equal("2026-01", opinion.ConsentVersion);
    }

    [Fact]
    public async Task ClosedSessionTakesNoOpinions()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = December();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice, "2026-04-06", "2026-04-24");
        await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice, number: 2);
        using var client = app.CreateClient();

        var response = await PortalForms.PostFormAsync(client, Path, new Dictionary<string, string>
        {
            ["sessionId"] = session.ToString(), ["provinceCode"] = "01", ["commune"] = "00070", ["consent"] = "true",
            ["content"] = "Đề nghị sửa đổi quy định về bảo hiểm xã hội một lần.",
        }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.VoterOpinions.CountAsync(Ct)));
    }

    [Theory]
    [InlineData("Tôi đề nghị sửa quy định bảo hiểm xã hội một lần cho công nhân nghỉ việc")]
    [InlineData("toi de nghi sua quy dinh bao hiem xa hoi mot lan cho cong nhan nghi viec")]
    public async Task SimilarPublishedAnswersAreSuggestedWithOrWithoutDiacritics(string typed)
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await SeedAnsweredAsync(app, published: true);
        await SeedAnsweredAsync(app, published: false, title: "Bảo hiểm xã hội một lần – chưa công bố");
        using var client = app.CreateClient();

        var fragment = await client.GetStringAsync(Path + "?handler=Similar&content=" + Uri.EscapeDataString(typed), Ct);

        Assert.Contains("Các ý kiến tương tự đã được trả lời", fragment, StringComparison.Ordinal);
        Assert.Contains("Bộ Nội vụ trả lời", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa công bố", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SimilarButtonWorksWithoutJavaScriptAndKeepsTheForm()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = December();
        await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        await SeedAnsweredAsync(app, published: true);
        using var client = app.CreateClient();

        var token = await PortalForms.TokenAsync(client, Path, Ct);
        var response = await client.PostAsync(Path + "?handler=Similar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["content"] = "Đề nghị sửa quy định bảo hiểm xã hội một lần", ["voterName"] = "Phạm Văn Hải",
        }), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bộ Nội vụ trả lời", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Phạm Văn Hải\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.VoterOpinions.CountAsync(Ct)));
    }

    private static Task<int> SeedAnsweredAsync(CitizenVoiceApp app, bool published, string title = "Bảo hiểm xã hội một lần") =>
        app.WithDbAsync(db =>
        {
            var now = DateTimeOffset.UtcNow;
            var submission = Submission.Receive(new SubmissionDraft(SubmissionKind.Recommendation, SubmissionChannel.Online, title,
                "Đề nghị sửa đổi quy định hưởng bảo hiểm xã hội một lần cho người lao động nghỉ việc.", "01", "00070", null,
                new Submitter(), false, null, null, "2026-01"), TrackingCode.NewCode(), now);
            submission.MoveTo(SubmissionStatus.InProgress, "Đang xử lý.", null, now);
            submission.MoveTo(SubmissionStatus.Answered, "Bộ Nội vụ trả lời: người tham gia trước ngày 01/7/2025 vẫn được hưởng bảo hiểm xã hội một lần.", null, now);
            if (published)
            {
                submission.PublishAnswer(true, now);
            }

            db.Submissions.Add(submission);
            return db.SaveChangesAsync(Ct);
        });
}
