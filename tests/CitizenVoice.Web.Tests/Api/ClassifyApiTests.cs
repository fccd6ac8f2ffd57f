using System.Net;
using System.Net.Http.Json;
using CitizenVoice.Web.Api;
using CitizenVoice.Web.Tests.Hosting;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CitizenVoice.Web.Tests.Api;

public sealed class ClassifyApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnonymousCallerGets401()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsJsonAsync("/api/v1/classify", new ClassifyRequest(null, "Đường liên xã hỏng nặng"), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task StaffGetTopicLevelAgencyAndAlternatives()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await JobsDashboardTests.SeedDemoAsync(app);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await JobsDashboardTests.SignInAsync(client, "xulydon@demo.citizenvoice.vn");

        var response = await client.PostAsJsonAsync("/api/v1/classify",
            new ClassifyRequest("c1", "Cử tri đề nghị Bộ Y tế chỉ đạo khắc phục tình trạng bệnh viện quá tải, bệnh nhân phải nằm ghép."), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<ClassifyResponse>(Ct);
        Assert.NotNull(result);
        Assert.Equal("c1", result.Id);
        Assert.Equal("y-te", result.Topic);
        Assert.Contains(result.Level, new[] { "trung-uong", "tinh", "xa" });
        Assert.InRange(result.TopicConfidence, 0, 1);
        Assert.False(string.IsNullOrEmpty(result.Agency.Code));
        Assert.InRange(result.Alternatives.Count, 0, 2);
    }

    [Fact]
    public async Task BatchKeepsIdsAndRefusesEmptyText()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await JobsDashboardTests.SeedDemoAsync(app);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await JobsDashboardTests.SignInAsync(client, "tonghop@demo.citizenvoice.vn");

        var ok = await client.PostAsJsonAsync("/api/v1/classify/batch", new[]
        {
            new ClassifyRequest("a", "Mất điện liên tục nhiều ngày tại thôn 3, đề nghị điện lực khắc phục"),
            new ClassifyRequest("b", "Rác thải tập kết ven đường gây ô nhiễm, đề nghị phường thu gom"),
        }, Ct);
        var invalid = await client.PostAsJsonAsync("/api/v1/classify/batch", new[] { new ClassifyRequest("a", " ") }, Ct);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var results = await ok.Content.ReadFromJsonAsync<List<ClassifyResponse>>(Ct);
        Assert.Equal(["a", "b"], results!.Select(r => r.Id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
    }
}
