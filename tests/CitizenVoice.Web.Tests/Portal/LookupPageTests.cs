using System.Net;
using System.Text.RegularExpressions;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Tests.Portal;

public sealed partial class LookupPageTests
{
    private const string NotFoundText = "Không tìm thấy đơn với mã tra cứu và thông tin liên hệ này.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PrefillsTheCodeFromTheQuery()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/tra-cuu?ma=K7QM-2XPD-9RHC", Ct);

        Assert.Contains("value=\"K7QM-2XPD-9RHC\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsStatusHistoryAndPlaceForTheRightContact()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var code = await SubmitAsync(app, client);

        var response = await PortalForms.PostFormAsync(client, "/tra-cuu", new() { ["code"] = TrackingCode.Format(code).ToLowerInvariant(), ["contact"] = "+84912345678" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<span class=\"status-label\" id=\"status\">Đã tiếp nhận</span>", html, StringComparison.Ordinal);
        Assert.Contains("Hệ thống đã tiếp nhận kiến nghị.", html, StringComparison.Ordinal);
        Assert.Contains("Phường Hoàn Kiếm, Thành phố Hà Nội", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Văn An", html, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task WrongContactAndUnknownCodeGiveTheSameMessage()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var code = await SubmitAsync(app, client);

        var wrongContact = await PortalForms.PostFormAsync(client, "/tra-cuu", new() { ["code"] = code, ["contact"] = "0987654321" }, Ct);
        var unknownCode = await PortalForms.PostFormAsync(client, "/tra-cuu", new() { ["code"] = TrackingCode.NewCode(), ["contact"] = "0912345678" }, Ct);

        Assert.Equal(wrongContact.StatusCode, unknownCode.StatusCode);
        var a = await wrongContact.Content.ReadAsStringAsync(Ct);
        var b = await unknownCode.Content.ReadAsStringAsync(Ct);
        Assert.Contains(NotFoundText, a, StringComparison.Ordinal);
        Assert.Contains(NotFoundText, b, StringComparison.Ordinal);
        Assert.Equal(Alert(a), Alert(b));
    }

    [Fact]
    public async Task DownloadsOwnAttachmentWithTheTokenFromTheLookup()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var code = await SubmitAsync(app, client, ("anh-hien-truong.png", PortalForms.TinyPng));
        var result = await PortalForms.PostFormAsync(client, "/tra-cuu", new() { ["code"] = code, ["contact"] = "nguyenvanan@example.vn" }, Ct);
        var html = await result.Content.ReadAsStringAsync(Ct);
        var link = WebUtility.HtmlDecode(DownloadLink().Match(html).Groups[1].Value);
        Assert.StartsWith("/tra-cuu?handler=Attachment&t=", link, StringComparison.Ordinal);

        var download = await client.GetAsync(link, Ct);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(PortalForms.TinyPng, await download.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task RefusesDownloadWithTamperedOrMissingToken()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var code = await SubmitAsync(app, client, ("anh-hien-truong.png", PortalForms.TinyPng));
        var result = await PortalForms.PostFormAsync(client, "/tra-cuu", new() { ["code"] = code, ["contact"] = "0912345678" }, Ct);
        var link = WebUtility.HtmlDecode(DownloadLink().Match(await result.Content.ReadAsStringAsync(Ct)).Groups[1].Value);
        var token = Uri.UnescapeDataString(link[(link.IndexOf("t=", StringComparison.Ordinal) + 2)..]);
        var tampered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        var attachmentId = await app.WithDbAsync(db => db.SubmissionAttachments.Select(a => a.Id).SingleAsync(Ct));

        var withTampered = await client.GetAsync("/tra-cuu?handler=Attachment&t=" + Uri.EscapeDataString(tampered), Ct);
        var withNone = await client.GetAsync("/tra-cuu?handler=Attachment", Ct);
        var byId = await client.GetAsync("/tra-cuu?handler=Attachment&t=" + attachmentId, Ct);

        Assert.Equal(HttpStatusCode.NotFound, withTampered.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withNone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.NotEqual("image/png", withTampered.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<string> SubmitAsync(CitizenVoiceApp app, HttpClient client, params (string, byte[])[] files)
    {
        var response = await PortalForms.PostSubmissionAsync(client, PortalForms.ValidPetition(), Ct, files);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await app.WithDbAsync(db => db.Submissions.Select(s => s.TrackingCode).SingleAsync(Ct));
    }

    private static string Alert(string html) => AlertPattern().Match(html).Value;

    [GeneratedRegex("href=\"(/tra-cuu\\?handler=Attachment[^\"]+)\"")]
    private static partial Regex DownloadLink();

    [GeneratedRegex("<div class=\"alert\"[^>]*>[^<]*</div>")]
    private static partial Regex AlertPattern();
}
