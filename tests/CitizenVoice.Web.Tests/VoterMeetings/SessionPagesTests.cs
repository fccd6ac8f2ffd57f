using System.Net;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Units;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.VoterMeetings;

public sealed class SessionPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CompilerCreatesASessionAndSeesItsReportDeadlines()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice);

        var response = await PortalForms.PostFormAsync(client, "/staff/sessions/edit", new Dictionary<string, string>
        {
            ["body"] = "quoc-hoi", ["term"] = "xvi", ["number"] = "2", ["opensOn"] = "2026-12-21", ["closesOn"] = "2026-12-31",
        }, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetStringAsync("/staff/sessions", Ct);
        Assert.Contains("Kỳ họp thứ 2, Quốc hội khóa XVI", list, StringComparison.Ordinal);
        Assert.Contains("06/12/2026", list, StringComparison.Ordinal);
        Assert.Contains("15/01/2027", list, StringComparison.Ordinal);
        var details = await client.GetStringAsync(response.Headers.Location!.OriginalString, Ct);
        Assert.Contains("Hạn báo cáo trước kỳ họp", details, StringComparison.Ordinal);
        Assert.Contains("class=\"month-calendar\"", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidSessionIsRefusedWithMessages()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice);

        var response = await PortalForms.PostFormAsync(client, "/staff/sessions/edit", new Dictionary<string, string>
        {
            ["body"] = "quoc-hoi", ["term"] = "16", ["number"] = "0", ["opensOn"] = "2026-12-21", ["closesOn"] = "2026-12-01",
        }, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Khóa ghi bằng số La Mã", html, StringComparison.Ordinal);
        Assert.Contains("Ngày bế mạc không được trước ngày khai mạc.", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Sessions.CountAsync(Ct)));
    }

    [Fact]
    public async Task MeetingIsCreatedEditedAndShownInListAndCalendar()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        using var client = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, VoterMeetingData.HanoiOffice);
        var fields = new Dictionary<string, string>
        {
            ["phase"] = "truoc-ky-hop", ["status"] = "du-kien", ["date"] = "2026-12-08", ["startTime"] = "14:00",
            ["communeCode"] = "00235", ["place"] = "Trung tâm văn hóa phường Đống Đa", ["deputies"] = "Lê Minh Đức\nPhạm Thị Thu Trang",
            ["votersAttending"] = "", ["announcedContent"] = "Tiếp xúc cử tri trước kỳ họp.",
        };

        var created = await PortalForms.PostFormAsync(client, $"/staff/sessions/{session}/meeting", fields, Ct);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var meeting = await app.WithDbAsync(db => db.VoterMeetings.SingleAsync(Ct));
        Assert.Equal("01.DDBQH-T", meeting.OrganisingUnitCode);
        Assert.Equal(["Lê Minh Đức", "Phạm Thị Thu Trang"], meeting.Deputies);

        fields["votersAttending"] = "210";
        fields["status"] = "da-to-chuc";
        fields["version"] = "0";
        var edited = await PortalForms.PostFormAsync(client, $"/staff/sessions/{session}/meeting/{meeting.Id}", fields, Ct);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var page = await client.GetStringAsync($"/staff/sessions/{session}?thang=2026-12", Ct);
        Assert.Contains("Trung tâm văn hóa phường Đống Đa", page, StringComparison.Ordinal);
        Assert.Contains("14:00 Phường Đống Đa", page, StringComparison.Ordinal);
        Assert.Contains("Đã tổ chức", page, StringComparison.Ordinal);
        Assert.Contains(">210<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingInACommuneOfAnotherProvinceIsRefused()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        using var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice);

        var response = await PortalForms.PostFormAsync(client, $"/staff/sessions/{session}/meeting", new Dictionary<string, string>
        {
            ["phase"] = "truoc-ky-hop", ["date"] = "2026-12-08", ["communeCode"] = "26740", ["place"] = "Hội trường",
        }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Xã, phường phải thuộc tỉnh, thành phố của đơn vị.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherUnitsSessionsMeetingsAndOpinionsAreNotFound()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        var meeting = await VoterMeetingData.CreateMeetingAsync(app, session, VoterMeetingData.HanoiOffice);
        using var hcm = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, UnitCodes.DefaultIntake("79"));

        Assert.Equal(HttpStatusCode.NotFound, (await hcm.GetAsync($"/staff/sessions/{session}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hcm.GetAsync($"/staff/sessions/{session}/meeting/{meeting}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hcm.GetAsync($"/staff/sessions/meetings/{meeting}/opinions", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hcm.GetAsync($"/staff/sessions/{session}/import", Ct)).StatusCode);
        Assert.DoesNotContain("Quốc hội khóa XVI", await hcm.GetStringAsync("/staff/sessions", Ct), StringComparison.Ordinal);

        // The province's administrator sees its office's session in the list (the subtree query) and opens it.
        using var hanoiAdmin = await app.CreateStaffClientAsync(StaffRoles.Administrator, "01");
        Assert.Contains("Quốc hội khóa XVI", await hanoiAdmin.GetStringAsync("/staff/sessions", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await hanoiAdmin.GetAsync($"/staff/sessions/meetings/{meeting}/opinions", Ct)).StatusCode);
    }

    [Fact]
    public async Task DeputyReadsButCannotEdit()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        var meeting = await VoterMeetingData.CreateMeetingAsync(app, session, VoterMeetingData.HanoiOffice);
        using var deputy = await app.CreateStaffClientAsync(StaffRoles.Deputy, VoterMeetingData.HanoiOffice);
        var opinionsPath = $"/staff/sessions/meetings/{meeting}/opinions";

        var page = await deputy.GetStringAsync(opinionsPath, Ct);
        Assert.DoesNotContain("id=\"entry\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await deputy.GetAsync($"/staff/sessions/{session}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await deputy.GetAsync($"/staff/sessions/edit/{session}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await deputy.GetAsync($"/staff/sessions/{session}/meeting/{meeting}", Ct)).StatusCode);

        var token = PortalForms.Token(page);
        var add = await deputy.PostAsync(opinionsPath + "?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["content"] = "Cử tri đề nghị sửa chữa đường liên thôn bị xuống cấp.",
        }), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        var publish = await deputy.PostAsync($"/staff/sessions/{session}?handler=Publish", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["meetingId"] = meeting.ToString(), ["publish"] = "true",
        }), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.VoterOpinions.CountAsync(Ct)));
        Assert.False(await app.WithDbAsync(db => db.VoterMeetings.Select(m => m.IsPublished).SingleAsync(Ct)));
    }

    [Fact]
    public async Task DeputyMayCommentOnAnOpinion()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        var meeting = await VoterMeetingData.CreateMeetingAsync(app, session, VoterMeetingData.HanoiOffice);
        var recorded = await app.InScopeAsync(sp => sp.GetRequiredService<RecordOpinion>().ExecuteAsync(meeting,
            new OpinionInput(null, null, "Cử tri đề nghị sửa chữa đường liên thôn bị xuống cấp.", "1"), VoterMeetingData.Compiler(VoterMeetingData.HanoiOffice), Ct));
        using var deputy = await app.CreateStaffClientAsync(StaffRoles.Deputy, VoterMeetingData.HanoiOffice);
        var path = $"/staff/sessions/meetings/{meeting}/opinions";

        var empty = await PortalForms.PostFormAsync(deputy, path + "?handler=Comment",
            new Dictionary<string, string> { ["opinionId"] = recorded.Opinion!.Id.ToString(), ["comment"] = " " }, Ct);
        var response = await PortalForms.PostFormAsync(deputy, path + "?handler=Comment", new Dictionary<string, string>
        {
            ["opinionId"] = recorded.Opinion!.Id.ToString(), ["comment"] = "Đề nghị Sở Xây dựng trả lời bằng văn bản trước kỳ họp.",
        }, Ct);

        Assert.Equal(HttpStatusCode.Redirect, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await deputy.GetStringAsync(path, Ct);
        Assert.Contains("Đề nghị Sở Xây dựng trả lời bằng văn bản trước kỳ họp.", page, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.OpinionComments.CountAsync(Ct)));
        Assert.Equal(0, await app.WithDbAsync(db => db.ConfirmedLabels.CountAsync(Ct)));
    }

    [Fact]
    public async Task ProcessorHasNoAccessToTheSessionsFolder()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var processor = await app.CreateStaffClientAsync(StaffRoles.Processor, VoterMeetingData.HanoiOffice);

        var response = await processor.GetAsync("/staff/sessions", Ct);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
