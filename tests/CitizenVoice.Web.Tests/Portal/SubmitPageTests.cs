using System.Net;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Tests.Portal;

public sealed class SubmitPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreatesSubmissionAndRedirectsToReceiptWithTheCode()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await PortalForms.PostSubmissionAsync(client, PortalForms.ValidPetition(), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/gui-don/da-tiep-nhan", response.Headers.Location?.OriginalString);
        var receipt = await client.GetStringAsync("/gui-don/da-tiep-nhan", Ct);
        var code = PortalForms.ReceiptCode(receipt);
        var stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(Ct));
        Assert.Equal(stored.TrackingCode, code);
        Assert.Equal(SubmissionChannel.Online, stored.Channel);
        Assert.Equal("00070", stored.CommuneCode);
        Assert.Contains("Đề nghị sửa chữa đường liên thôn", receipt, StringComparison.Ordinal);
        Assert.Contains("Phường Hoàn Kiếm, Thành phố Hà Nội", receipt, StringComparison.Ordinal);
        Assert.Contains("giờ Việt Nam", receipt, StringComparison.Ordinal);
        Assert.Contains("/tra-cuu?ma=" + TrackingCode.Format(code), receipt, StringComparison.Ordinal);

        var reload = await client.GetStringAsync("/gui-don/da-tiep-nhan", Ct);
        Assert.Contains("Phiếu tiếp nhận đã được hiển thị", reload, StringComparison.Ordinal);
        Assert.DoesNotContain(TrackingCode.Format(code), reload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidPostReRendersWithFieldErrorsKeepsValuesAndStoresNothing()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var fields = PortalForms.ValidPetition();
        fields.Remove("kind");
        fields.Remove("consent");
        fields["phone"] = "12345";

        var response = await PortalForms.PostSubmissionAsync(client, fields, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#kind-kien-nghi\">Vui lòng chọn loại đơn", html, StringComparison.Ordinal);
        Assert.Contains("id=\"consent-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"phone-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"contact-hint phone-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Đề nghị sửa chữa đường liên thôn\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"consent\" value=\"true\" checked", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.CountAsync(Ct)));
    }

    [Fact]
    public async Task UnknownCommuneReRendersWithSuggestionsToChooseFrom()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var fields = PortalForms.ValidPetition();
        fields["commune"] = "hoan";

        var response = await PortalForms.PostSubmissionAsync(client, fields, Ct);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("id=\"communeCode-error\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"communeCode\"", html, StringComparison.Ordinal);
        Assert.Contains("Phường Hoàn Kiếm", html, StringComparison.Ordinal);

        fields["communeCode"] = "00070";
        var retry = await PortalForms.PostSubmissionAsync(client, fields, Ct);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("00070", (await app.WithDbAsync(db => db.Submissions.SingleAsync(Ct))).CommuneCode);
    }

    [Fact]
    public async Task CommunePickerFragmentMatchesNamesWithoutDiacritics()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/gui-don?handler=Communes&provinceCode=01&commune=hoan%20kiem");
        request.Headers.Add("HX-Request", "true");

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("value=\"00070\"", html, StringComparison.Ordinal);
        Assert.Contains("Phường Hoàn Kiếm", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptsARealPngAttachment()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();

        var response = await PortalForms.PostSubmissionAsync(client, PortalForms.ValidPetition(), Ct, ("anh-hien-truong.png", PortalForms.TinyPng));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attachment = await app.WithDbAsync(db => db.SubmissionAttachments.SingleAsync(Ct));
        Assert.Equal("image/png", attachment.ContentType);
        Assert.Equal("anh-hien-truong.png", attachment.FileName);
    }

    [Fact]
    public async Task RefusesAnExecutableRenamedToPdf()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var exe = new byte[512];
        "MZ"u8.CopyTo(exe);

        var response = await PortalForms.PostSubmissionAsync(client, PortalForms.ValidPetition(), Ct, ("quyet-dinh.pdf", exe));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Tệp \"quyet-dinh.pdf\" không phải ảnh JPEG/PNG, PDF hoặc Word (DOCX).".Replace("\"", "&quot;", StringComparison.Ordinal), html, StringComparison.Ordinal);
        Assert.Contains("chọn lại tệp", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.CountAsync(Ct)));
    }

    [Fact]
    public async Task RejectsAPostWithoutAntiforgeryToken()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        using var content = new FormUrlEncodedContent(PortalForms.ValidPetition());

        var response = await client.PostAsync("/gui-don", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.CountAsync(Ct)));
    }
}
