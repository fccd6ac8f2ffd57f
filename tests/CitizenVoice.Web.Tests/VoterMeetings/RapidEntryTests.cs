using System.Net;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Routing;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Tests.VoterMeetings;

public sealed class RapidEntryTests
{
    private const string Pension =
        "Cử tri phường Hoàn Kiếm đề nghị sửa đổi quy định về bảo hiểm xã hội một lần để bảo đảm quyền lợi người lao động.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HtmxSaveReturnsTheSheetWithTheClassifiedRowAndAFreshFocusedRow()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        var meeting = await VoterMeetingData.CreateMeetingAsync(app, session, VoterMeetingData.HanoiOffice);
        using var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice);
        var path = $"/staff/sessions/meetings/{meeting}/opinions";
        var token = await PortalForms.TokenAsync(client, path, Ct);

        var response = await HtmxPostAsync(client, path + "?handler=Add", token, new Dictionary<string, string>
        {
            ["voterName"] = "Lê Văn Cường", ["voterPlace"] = "Tổ 5", ["content"] = Pension, ["voterCount"] = "3",
        });
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<div id=\"opinion-sheet\">", html.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        Assert.Contains("Lê Văn Cường", html, StringComparison.Ordinal);
        Assert.Contains("id=\"voterName-2\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"voterName-2\"[^>]*autofocus", html);
        var stored = await app.WithDbAsync(db => db.VoterOpinions.SingleAsync(Ct));
        Assert.Equal(3, stored.VoterCount);
        Assert.NotNull(stored.TopicCode);
        Assert.True(CompetenceLevels.IsValid(stored.CompetenceLevel));
        Assert.NotNull(stored.AgencyCode);
        Assert.NotNull(stored.RoutingConfidence);
        Assert.Contains("độ tin cậy", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainPostSavesAndRedirectsBackToTheEntryRow()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        var meeting = await VoterMeetingData.CreateMeetingAsync(app, session, VoterMeetingData.HanoiOffice);
        using var client = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, VoterMeetingData.HanoiOffice);
        var path = $"/staff/sessions/meetings/{meeting}/opinions";
        var token = await PortalForms.TokenAsync(client, path, Ct);

        var response = await client.PostAsync(path + "?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["content"] = Pension, ["voterCount"] = "1",
        }), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync(response.Headers.Location!.OriginalString, Ct);
        Assert.Contains("Đã lưu ý kiến", page, StringComparison.Ordinal);
        Assert.Contains("bảo hiểm xã hội một lần", page, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.VoterOpinions.CountAsync(Ct)));
    }

    [Fact]
    public async Task InvalidRowIsRefusedWithAMessageNextToTheField()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        var meeting = await VoterMeetingData.CreateMeetingAsync(app, session, VoterMeetingData.HanoiOffice);
        using var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice);
        var path = $"/staff/sessions/meetings/{meeting}/opinions";

        var response = await PortalForms.PostFormAsync(client, path + "?handler=Add",
            new Dictionary<string, string> { ["content"] = "ngắn", ["voterCount"] = "0" }, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Nội dung ý kiến quá ngắn", html, StringComparison.Ordinal);
        Assert.Contains("Số cử tri nêu ý kiến phải là số nguyên từ 1", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.VoterOpinions.CountAsync(Ct)));
    }

    [Fact]
    public async Task InlineCorrectionConfirmsTheRoutingAndKeepsALabelledExample()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        var meeting = await VoterMeetingData.CreateMeetingAsync(app, session, VoterMeetingData.HanoiOffice);
        using var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice);
        var path = $"/staff/sessions/meetings/{meeting}/opinions";
        await PortalForms.PostFormAsync(client, path + "?handler=Add", new Dictionary<string, string> { ["content"] = Pension }, Ct);
        var opinion = await app.WithDbAsync(db => db.VoterOpinions.SingleAsync(Ct));
        var token = await PortalForms.TokenAsync(client, path, Ct);

        var response = await HtmxPostAsync(client, path + "?handler=Route", token, new Dictionary<string, string>
        {
            ["opinionId"] = opinion.Id.ToString(), ["version"] = opinion.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["topicCode"] = "dat-dai", ["level"] = "tinh", ["agencyCode"] = "SNNMT",
        });
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<tr id=\"opinion-", html.Trim(), StringComparison.Ordinal);
        Assert.Contains("đã xác nhận", html, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.VoterOpinions.SingleAsync(Ct));
        Assert.Equal(("dat-dai", "tinh", "SNNMT", RoutingStatus.Confirmed), (stored.TopicCode, stored.CompetenceLevel, stored.AgencyCode, stored.RoutingStatus));
        var label = await app.WithDbAsync(db => db.ConfirmedLabels.SingleAsync(Ct));
        Assert.Equal(("opinion", opinion.Id, Pension, "dat-dai"), (label.SourceType, label.SourceId, label.Text, label.TopicCode));
    }

    [Fact]
    public async Task RowsCanBeEditedAndDeleted()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        var meeting = await VoterMeetingData.CreateMeetingAsync(app, session, VoterMeetingData.HanoiOffice);
        using var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice);
        var path = $"/staff/sessions/meetings/{meeting}/opinions";
        await PortalForms.PostFormAsync(client, path + "?handler=Add", new Dictionary<string, string> { ["content"] = Pension }, Ct);
        var opinion = await app.WithDbAsync(db => db.VoterOpinions.SingleAsync(Ct));

        var edited = await PortalForms.PostFormAsync(client, path + "?handler=Edit", new Dictionary<string, string>
        {
            ["opinionId"] = opinion.Id.ToString(), ["version"] = "0", ["content"] = Pension + " Đề nghị sớm ban hành hướng dẫn.", ["voterCount"] = "4",
        }, Ct);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var stored = await app.WithDbAsync(db => db.VoterOpinions.SingleAsync(Ct));
        Assert.Equal(4, stored.VoterCount);
        Assert.EndsWith("hướng dẫn.", stored.Content, StringComparison.Ordinal);
        Assert.Contains("id=\"edit-content\"", await client.GetStringAsync(path + "?edit=" + opinion.Id, Ct), StringComparison.Ordinal);

        var deleted = await PortalForms.PostFormAsync(client, path + "?handler=Delete", new Dictionary<string, string> { ["opinionId"] = opinion.Id.ToString() }, Ct);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.VoterOpinions.CountAsync(Ct)));
    }

    private static async Task<HttpResponseMessage> HtmxPostAsync(HttpClient client, string path, string token, Dictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("X-CSRF-TOKEN", token);
        return await client.SendAsync(request, Ct);
    }
}
