using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Tests.Staff;

public sealed class StaffSubmissionsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnonymousCallerGets401()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/staff/submissions", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync($"/api/v1/staff/submissions/{Guid.NewGuid()}/accept", new { version = 0 }, Ct)).StatusCode);
    }

    [Fact]
    public async Task ListsAndShowsItemsWithMaskedContacts()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app, title: "Đề nghị lắp đèn đường ngõ 12");
        await TriageData.SubmitAsync(app, title: "Phản ánh ở tỉnh khác", province: "79", commune: "25747");
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);

        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/staff/submissions?q=den+duong", Ct));
        using var detail = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/staff/submissions/{item.Id}", Ct));

        Assert.Equal(1, list.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("Đề nghị lắp đèn đường ngõ 12", list.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal("09•• ••• 678", detail.RootElement.GetProperty("submitter").GetProperty("phone").GetString());
        Assert.Equal("XLD", detail.RootElement.GetProperty("deadlines")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public async Task StepsRunThroughTheUseCasesWith422And409And404()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        var other = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.HoChiMinh);
        var url = $"/api/v1/staff/submissions/{item.Id}";

        var started = await client.PostAsJsonAsync(url + "/start", new { version = 0 }, Ct);
        var invalid = await client.PostAsJsonAsync(url + "/archive", new { version = 1, reason = "" }, Ct);
        var stale = await client.PostAsJsonAsync(url + "/accept", new { version = 0 }, Ct);
        var hidden = await other.PostAsJsonAsync(url + "/accept", new { version = 1 }, Ct);
        var notJson = await client.PostAsync(url + "/accept", new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "1" }), Ct);
        var forwarded = await client.PostAsJsonAsync(url + "/forward", new { version = 1, unitCode = "01.SXD" }, Ct);

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal("dang-xu-ly", (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal("Vui lòng nhập lý do lưu đơn.", errors.GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);
        Assert.Equal("01.SXD", await app.WithDbAsync(db => db.Submissions.Where(s => s.Id == item.Id).Select(s => s.AssignedUnitCode).SingleAsync(Ct)));
        Assert.Equal(SubmissionStatus.Forwarded, await app.WithDbAsync(db => db.Submissions.Where(s => s.Id == item.Id).Select(s => s.Status).SingleAsync(Ct)));
    }
}
