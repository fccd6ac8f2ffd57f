using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CitizenVoice.Core.Email;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Api;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Api;

public sealed class SubmissionsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreatesSubmissionWithTrackingCodeLocationAndQueuedReceipt()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/submissions", SampleRequests.Petition(), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<SubmissionCreatedResponse>(Ct);
        Assert.NotNull(body);
        Assert.NotNull(TrackingCode.Normalize(body.TrackingCode));
        Assert.Equal("da-tiep-nhan", body.Status);
        Assert.Equal($"/api/v1/submissions/{body.TrackingCode}", response.Headers.Location?.OriginalString);

        var stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.TrackingCode == body.TrackingCode, Ct));
        Assert.Equal(SubmissionChannel.Api, stored.Channel);
        Assert.Equal("0912345678", stored.Submitter.Phone);
        Assert.Equal("00070", stored.CommuneCode);
        var outbox = await app.WithDbAsync(db => db.OutboxEmails.SingleAsync(Ct));
        Assert.Equal("nguyenvanan@example.vn", outbox.ToAddress);
        Assert.Contains(TrackingCode.Format(body.TrackingCode), outbox.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoresNfdInputAsNfc()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var request = SampleRequests.Petition();
        request["title"] = "Đề nghị sửa đường".Normalize(NormalizationForm.FormD);

        var response = await client.PostAsJsonAsync("/api/v1/submissions", request, Ct);

        var body = await response.Content.ReadFromJsonAsync<SubmissionCreatedResponse>(Ct);
        var stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.TrackingCode == body!.TrackingCode, Ct));
        Assert.Equal("Đề nghị sửa đường".Normalize(NormalizationForm.FormC), stored.Title);
        Assert.True(stored.Title.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public async Task LooksUpStatusWithPhoneOrEmailAndHidesPersonalData()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var created = await CreateAsync(client);

        var byPhone = await client.GetAsync($"/api/v1/submissions/{TrackingCode.Format(created)}?contact=%2B84912345678", Ct);
        var byEmail = await client.GetAsync($"/api/v1/submissions/{created.ToLowerInvariant()}?contact=NguyenVanAn@example.vn", Ct);

        Assert.Equal(HttpStatusCode.OK, byPhone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byEmail.StatusCode);
        var json = await byPhone.Content.ReadAsStringAsync(Ct);
        var status = JsonSerializer.Deserialize<SubmissionStatusResponse>(json, JsonSerializerOptions.Web)!;
        Assert.Equal("da-tiep-nhan", status.Status);
        Assert.Single(status.History);
        Assert.Null(status.Answer);
        Assert.DoesNotContain("Nguyễn Văn An", json, StringComparison.Ordinal);
        Assert.DoesNotContain("0912345678", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongContactAndUnknownCodeGiveTheSameNotFound()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var created = await CreateAsync(client);
        var unknown = TrackingCode.NewCode();

        var wrongContact = await client.GetAsync($"/api/v1/submissions/{created}?contact=0987654321", Ct);
        var unknownCode = await client.GetAsync($"/api/v1/submissions/{unknown}?contact=0912345678", Ct);
        var noContact = await client.GetAsync($"/api/v1/submissions/{created}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, wrongContact.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownCode.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noContact.StatusCode);
        Assert.Equal(await Problem(wrongContact), await Problem(unknownCode));
        Assert.Equal("application/problem+json", wrongContact.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SameIdempotencyKeyAndBodyReturnsTheSameSubmission()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();

        var first = await PostWithKeyAsync(client, "retry-123", SampleRequests.Petition());
        var second = await PostWithKeyAsync(client, "retry-123", SampleRequests.Petition());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        var a = await first.Content.ReadFromJsonAsync<SubmissionCreatedResponse>(Ct);
        var b = await second.Content.ReadFromJsonAsync<SubmissionCreatedResponse>(Ct);
        Assert.Equal(a!.TrackingCode, b!.TrackingCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Submissions.CountAsync(Ct)));
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxEmails.CountAsync(Ct)));
    }

    [Fact]
    public async Task SameIdempotencyKeyWithAnotherBodyIsRefused()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var other = SampleRequests.Petition();
        other["title"] = "Một tiêu đề khác hẳn";

        await PostWithKeyAsync(client, "retry-456", SampleRequests.Petition());
        var reused = await PostWithKeyAsync(client, "retry-456", other);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Contains("Idempotency-Key", await reused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Submissions.CountAsync(Ct)));
    }

    [Fact]
    public async Task InvalidFieldsGive422WithPerFieldVietnameseMessagesAndStoreNothing()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var request = SampleRequests.Petition();
        request["kind"] = "khieu-kien";
        request["communeCode"] = "99999";
        request["consent"] = false;
        request["submitter"] = new Dictionary<string, object?> { ["fullName"] = "Nguyễn Văn An", ["phone"] = "12345", ["email"] = "khong-phai-email" };

        var response = await client.PostAsJsonAsync("/api/v1/submissions", request, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var errors = problem.RootElement.GetProperty("errors");
        foreach (var field in new[] { "kind", "communeCode", "consent", "phone", "email" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"expected an error for {field}");
        }

        Assert.Contains("khieu-nai", errors.GetProperty("kind")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.CountAsync(Ct)));
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxEmails.CountAsync(Ct)));
    }

    [Theory]
    [InlineData("{\"kind\": \"kien-nghi\", ", "JSON không hợp lệ")]
    [InlineData("{\"kind\": 5}", "\\\"kind\\\"")]
    [InlineData("{\"anonymous\": \"yes\"}", "\\\"anonymous\\\"")]
    [InlineData("{\"unknownField\": 1}", "unknownField")]
    [InlineData("[]", "JSON")]
    [InlineData("null", "đối tượng JSON")]
    public async Task MalformedJsonOrWrongTypesGive400Problem(string body, string expected)
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/v1/submissions", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidUtf8Gives400()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var bytes = Encoding.UTF8.GetBytes("{\"title\": \"ab\"}");
        bytes[11] = 0xC3; // a lead byte followed by an ASCII letter: not UTF-8
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        var response = await client.PostAsync("/api/v1/submissions", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task LoneSurrogateEscapeIsAFieldError()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var request = SampleRequests.Petition();
        request["title"] = "TITLE_MARKER";
        var json = JsonSerializer.Serialize(request).Replace("TITLE_MARKER", "Đề nghị \\ud800 sửa đường", StringComparison.Ordinal);

        var response = await client.PostAsync("/api/v1/submissions", new StringContent(json, Encoding.UTF8, "application/json"), Ct);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"got {response.StatusCode}");
        Assert.Contains("title", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.CountAsync(Ct)));
    }

    [Fact]
    public async Task NonJsonContentTypeGives415()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/v1/submissions", new StringContent("kind=kien-nghi", Encoding.UTF8, "application/x-www-form-urlencoded"), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OversizedBodyGives413()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var request = SampleRequests.Petition();
        request["content"] = new string('a', 100_000);

        var response = await client.PostAsJsonAsync("/api/v1/submissions", request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DenunciationWithoutIdentityIsRefused()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var request = SampleRequests.Petition();
        request["kind"] = "to-cao";
        request["anonymous"] = true;

        var response = await client.PostAsJsonAsync("/api/v1/submissions", request, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Tố cáo", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimitAnswers429WhenEnabled()
    {
        await using var app = CitizenVoiceApp.Sqlite().With("RateLimiting:Enabled", "true").With("RateLimiting:PermitsPerWindow", "2");
        using var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/v1/submissions", SampleRequests.Petition(), Ct)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheSubmissionEndpoints()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();

        var json = await client.GetStringAsync("/openapi/v1.json", Ct);

        using var doc = JsonDocument.Parse(json);
        var paths = doc.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/submissions", out var create));
        Assert.True(create.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/v1/submissions/{trackingCode}", out _));
    }

    [Fact]
    public async Task HealthEndpointsReportLiveAndReady()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Ct)).StatusCode);
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready", Ct));
    }

    [Fact]
    public async Task UnknownApiRouteIsProblemJson()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/khong-co", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    internal static async Task<string> CreateAsync(HttpClient client, Dictionary<string, object?>? request = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/submissions", request ?? SampleRequests.Petition(), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SubmissionCreatedResponse>(Ct))!.TrackingCode;
    }

    private static Task<HttpResponseMessage> PostWithKeyAsync(HttpClient client, string key, Dictionary<string, object?> body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/submissions") { Content = JsonContent.Create(body) };
        message.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(message, Ct);
    }

    private static async Task<string> Problem(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return doc.RootElement.GetProperty("title").GetString() + "|" + doc.RootElement.GetProperty("detail").GetString();
    }
}
