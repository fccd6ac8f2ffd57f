using System.Net;
using System.Net.Http.Json;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Routing;
using CitizenVoice.Web.Api;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using CitizenVoice.Web.Tests.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Admin;

public sealed partial class RoutingRulesPageTests
{
    private const string Phrase = "cầu treo dân sinh";
    private const string Text = "Cử tri bản Nà Lầu phản ánh cầu treo dân sinh qua suối đã xuống cấp, đề nghị sớm sửa chữa.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> AgencyFromApiAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/classify", new ClassifyRequest("t", Text), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ClassifyResponse>(Ct))!.Agency.Code;
    }

    private static Dictionary<string, string> KeywordRule(string agencies) => new()
    {
        ["Input.Kind"] = "Keyword", ["Input.TopicCode"] = "", ["Input.Level"] = "", ["Input.ProvinceCode"] = "",
        ["Input.Patterns"] = Phrase, ["Input.AgencyCodes"] = agencies, ["Input.Weight"] = "50",
    };

    [Fact]
    public async Task TableIsSeededFromTheShippedCsv()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var admin = await AdminClients.AdministratorAsync(app);

        var counts = await app.WithDbAsync(db => db.RoutingRules.GroupBy(r => r.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(Ct));
        var page = await admin.GetStringAsync("/staff/admin/routing?kind=Keyword&q=mat+dien", Ct);

        Assert.True(counts.Single(c => c.Key == RoutingRuleKind.Table).Count >= 60);
        Assert.True(counts.Single(c => c.Key == RoutingRuleKind.Keyword).Count >= 20);
        Assert.True(counts.Single(c => c.Key == RoutingRuleKind.Alias).Count >= 15);
        Assert.Contains("mất điện", page, StringComparison.Ordinal);
        Assert.Contains("DL-T", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddedEditedAndDeletedRuleChangesTheAgencyOfTheApiAndTheJob()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var admin = await AdminClients.AdministratorAsync(app);
        var before = await AgencyFromApiAsync(admin);

        var added = await PortalForms.PostFormAsync(admin, "/staff/admin/routing/edit", KeywordRule("BQP; BCA"), Ct);
        var afterAdd = await AgencyFromApiAsync(admin);
        await RoutingTestData.SubmitAsync(app, "Cầu treo xuống cấp", Text);
        await RoutingTestData.RunJobAsync(app);
        var jobAgency = await app.WithDbAsync(db => db.Submissions.Select(s => s.AgencyCode).SingleAsync(Ct));

        var id = await app.WithDbAsync(db => db.RoutingRules.Where(r => r.Patterns == Phrase).Select(r => r.Id).SingleAsync(Ct));
        var edited = await PortalForms.PostFormAsync(admin, $"/staff/admin/routing/edit?id={id}", KeywordRule("BCA;BQP"), Ct);
        var afterEdit = await AgencyFromApiAsync(admin);

        var deleted = await PortalForms.PostFormAsync(admin, "/staff/admin/routing?handler=Delete", new() { ["id"] = id.ToString() }, Ct);
        var afterDelete = await AgencyFromApiAsync(admin);

        Assert.NotEqual("BQP", before);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("BQP", afterAdd);
        Assert.Equal("BQP", jobAgency);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal("BCA", afterEdit);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(before, afterDelete);
        Assert.Equal(3, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.SettingsChange && a.SubjectType == "routing-rule", Ct)));
    }

    [Fact]
    public async Task AnEditMadeByAnotherNodeIsPickedUpByTheRefresh()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var admin = await AdminClients.AdministratorAsync(app);
        var before = await AgencyFromApiAsync(admin);

        // What another node's save leaves in the shared database: a new rule and a moved revision.
        await app.WithDbAsync(async db =>
        {
            db.RoutingRules.Add(new RoutingRuleEntry(10_000, RoutingRuleKind.Keyword, null, null, null, [Phrase], ["BQP"], 50, null, DateTimeOffset.UtcNow));
            await RoutingTableRevisions.BumpAsync(db, DateTimeOffset.UtcNow, Ct);
            return await db.SaveChangesAsync(Ct);
        });
        var stale = await AgencyFromApiAsync(admin);
        await app.InScopeAsync(async sp => { await sp.GetRequiredService<IRoutingClassifierRefresher>().RefreshAsync(Ct); return true; });
        var refreshed = await AgencyFromApiAsync(admin);

        Assert.Equal(before, stale);
        Assert.Equal("BQP", refreshed);
    }

    [Fact]
    public async Task InvalidRuleShowsFieldErrorsAndStoresNothing()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var admin = await AdminClients.AdministratorAsync(app);
        var count = await app.WithDbAsync(db => db.RoutingRules.CountAsync(Ct));

        var response = await PortalForms.PostFormAsync(admin, "/staff/admin/routing/edit", new()
        {
            ["Input.Kind"] = "Keyword", ["Input.TopicCode"] = "khong-co", ["Input.Level"] = "huyen", ["Input.ProvinceCode"] = "99",
            ["Input.Patterns"] = "", ["Input.AgencyCodes"] = "BQP;XYZ", ["Input.Weight"] = "1000",
        }, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var table = await PortalForms.PostFormAsync(admin, "/staff/admin/routing/edit", new()
        {
            ["Input.Kind"] = "Table", ["Input.TopicCode"] = "dat-dai", ["Input.Level"] = "trung-uong", ["Input.AgencyCodes"] = "BNNMT",
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var field in new[] { "topicCode", "level", "provinceCode", "patterns", "agencyCodes", "weight" })
        {
            Assert.Contains($"id=\"{field}-error\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("Mã cơ quan “XYZ” không có trong danh mục cơ quan.", html, StringComparison.Ordinal);
        Assert.Contains("Đã có một dòng của bảng cho lĩnh vực, cấp và tỉnh này", await table.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(count, await app.WithDbAsync(db => db.RoutingRules.CountAsync(Ct)));
    }

    [Fact]
    public async Task ShippedRulesMissingFromAnOlderTableAreListedAndAddedByTheAdministratorOnly()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var admin = await AdminClients.AdministratorAsync(app);
        using var processor = await app.CreateStaffClientAsync(Core.Accounts.StaffRoles.Processor, "01");
        var freshPage = await admin.GetStringAsync("/staff/admin/routing", Ct);
        // A table seeded by an earlier version: it lacks the Fatherland Front and consular-protection keyword rules.
        var removed = await app.WithDbAsync(async db =>
        {
            var rules = await db.RoutingRules.Where(r => r.AgencyCodes.StartsWith("MTTQ-X") || r.AgencyCodes.StartsWith("BNG")).ToListAsync(Ct);
            db.RoutingRules.RemoveRange(rules);
            // An administrator's change to a table row is theirs: the shipped row for the same topic and level is not offered.
            var row = await db.RoutingRules.SingleAsync(r => r.Kind == RoutingRuleKind.Table && r.TopicCode == "dat-dai" && r.Level == "xa" && r.ProvinceCode == null, Ct);
            row.Set(row.Kind, row.TopicCode, row.Level, null, [], ["UBND-X"], 0, "admin", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync(Ct);
            return rules.Count;
        });
        var count = await app.WithDbAsync(db => db.RoutingRules.CountAsync(Ct));

        var listed = await admin.GetStringAsync("/staff/admin/routing", Ct);
        var refused = await processor.GetAsync("/staff/admin/routing", Ct);
        var position = ShippedPosition().Match(listed).Groups[1].Value;
        var one = await PortalForms.PostFormAsync(admin, "/staff/admin/routing?handler=AddShipped", new() { ["position"] = position }, Ct);
        var afterOne = await app.WithDbAsync(db => db.RoutingRules.CountAsync(Ct));
        var all = await PortalForms.PostFormAsync(admin, "/staff/admin/routing?handler=AddShipped", [], Ct);
        var afterAll = await admin.GetStringAsync("/staff/admin/routing", Ct);

        Assert.DoesNotContain("Quy tắc của bảng mặc định chưa có trong bảng", freshPage, StringComparison.Ordinal);
        Assert.Equal(2, removed);
        Assert.Contains("Quy tắc của bảng mặc định chưa có trong bảng (2)", listed, StringComparison.Ordinal);
        Assert.Contains("ban công tác mặt trận", listed, StringComparison.Ordinal);
        Assert.Contains("bảo hộ công dân", listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        Assert.Equal(count + 1, afterOne);
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.Equal(count + 2, await app.WithDbAsync(db => db.RoutingRules.CountAsync(Ct)));
        Assert.DoesNotContain("Quy tắc của bảng mặc định chưa có trong bảng", afterAll, StringComparison.Ordinal);
        Assert.Contains("Đã thêm quy tắc", afterAll, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.SubjectType == "routing-rule" && a.Details!.StartsWith("Thêm 1 quy tắc"), Ct)));
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"position\" value=\"([0-9]+)\"")]
    private static partial System.Text.RegularExpressions.Regex ShippedPosition();
}
