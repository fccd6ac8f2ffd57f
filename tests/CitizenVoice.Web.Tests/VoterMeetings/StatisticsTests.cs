using System.Net;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Data.Spreadsheets;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Tests.VoterMeetings;

public sealed class StatisticsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(CitizenVoiceApp App, Guid Session, HttpClient Client)> WithOpinionsAsync()
    {
        var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        var meeting = await VoterMeetingData.CreateMeetingAsync(app, session, VoterMeetingData.HanoiOffice);
        var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice);
        foreach (var content in new[]
                 {
                     "Cử tri phường Hoàn Kiếm đề nghị sửa đổi quy định về bảo hiểm xã hội một lần.",
                     "Cử tri phường Hoàn Kiếm đề nghị xem xét lại cách tính giá điện bậc thang.",
                     "Cử tri phường Hoàn Kiếm phản ánh lấn chiếm vỉa hè phố Hàng Bạc, đề nghị phường xử lý.",
                 })
        {
            var saved = await PortalForms.PostFormAsync(client, $"/staff/sessions/meetings/{meeting}/opinions?handler=Add",
                new Dictionary<string, string> { ["content"] = content, ["voterCount"] = "2" }, Ct);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        return (app, session, client);
    }

    [Fact]
    public async Task SessionStatisticsCountOpinionsByEveryDimensionWithCharts()
    {
        var (app, session, client) = await WithOpinionsAsync();
        await using var _ = app;

        var html = await client.GetStringAsync($"/staff/sessions/statistics?sessionId={session}", Ct);

        Assert.Contains("Thống kê ý kiến, kiến nghị: Kỳ họp thứ nhất, Quốc hội khóa XVI", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"stat-number\">3</span><span class=\"stat-label\">Ý kiến", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"stat-number\">6</span><span class=\"stat-label\">Lượt cử tri nêu", html, StringComparison.Ordinal);
        foreach (var title in new[] { "Theo lĩnh vực", "Theo thẩm quyền", "Theo cơ quan trả lời", "Theo tỉnh, thành phố", "Theo xã, phường", "Theo kênh tiếp nhận" })
        {
            Assert.Contains(title, html, StringComparison.Ordinal);
        }

        Assert.Contains("<svg class=\"bar-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>Phường Hoàn Kiếm</td><td class=\"num\">3</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Tiếp xúc cử tri</td><td class=\"num\">3</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeriodStatisticsIncludeSubmissions()
    {
        var (app, _, client) = await WithOpinionsAsync();
        await using var __ = app;
        using var portal = app.CreateClient();
        (await PortalForms.PostSubmissionAsync(portal, PortalForms.ValidPetition(), Ct)).EnsureSuccessStatusCode();
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));

        var html = await client.GetStringAsync($"/staff/sessions/statistics?period=nam&year={now.Year}", Ct);

        Assert.Contains($"Năm {now.Year}", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"stat-number\">1</span><span class=\"stat-label\">Đơn thư", html, StringComparison.Ordinal);
        Assert.Contains("Đơn thư – Cổng trực tuyến", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportIsAnAuditedWorkbookWithTheCounts()
    {
        var (app, session, client) = await WithOpinionsAsync();
        await using var _ = app;

        var response = await client.GetAsync($"/staff/sessions/statistics?handler=Export&sessionId={session}", Ct);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var rows = XlsxTable.Read(stream, 5);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Nhóm", "Nội dung", "Ý kiến cử tri", "Đơn thư", "Tổng"], rows[0].Cells);
        Assert.Contains(rows, r => r.Cells[0] == "Theo xã, phường" && r.Cells[1] == "Phường Hoàn Kiếm" && r.Cells[2] == "3");
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.Export, Ct)));
    }

    [Fact]
    public async Task AnotherUnitsSessionStatisticsAreNotFound()
    {
        var (app, session, _) = await WithOpinionsAsync();
        await using var __ = app;
        using var hcm = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, Core.Units.UnitCodes.DefaultIntake("79"));

        Assert.Equal(HttpStatusCode.NotFound, (await hcm.GetAsync($"/staff/sessions/statistics?sessionId={session}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hcm.GetAsync($"/staff/sessions/statistics?handler=Export&sessionId={session}", Ct)).StatusCode);
    }
}
