using System.IO.Compression;
using System.Net;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Tests.Staff;

public sealed class ForwardingSlipDownloadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ForwardedDenunciationSlipNamesTheRecipientButNotTheDenouncer()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app, kind: "to-cao", title: "Tố cáo vi phạm trật tự xây dựng", fullName: "Phùng Thị Giấu Tên");
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/staff/submissions/{item.Id}?handler=Slip", Ct)).StatusCode);
        await TriageData.PostStepAsync(client, item.Id, "Start", cancellationToken: Ct);
        await TriageData.PostStepAsync(client, item.Id, "Forward", new() { ["unitCode"] = "01.SXD" }, Ct);

        var page = await client.GetStringAsync($"/staff/submissions/{item.Id}", Ct);
        var response = await client.GetAsync($"/staff/submissions/{item.Id}?handler=Slip", Ct);

        Assert.Contains("Tải phiếu chuyển đơn (DOCX)", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        var text = await DocumentTextAsync(response);
        Assert.Contains("Sở Xây dựng", text, StringComparison.Ordinal);
        Assert.Contains("PHIẾU CHUYỂN ĐƠN", text.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.DoesNotContain("Phùng Thị Giấu Tên", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hàng Bạc", text, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.Export && a.SubjectId == item.Id.ToString(), Ct)));
    }

    private static async Task<string> DocumentTextAsync(HttpResponseMessage response)
    {
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync(Ct);
        return System.Text.RegularExpressions.Regex.Replace(xml, "<[^>]+>", "");
    }
}
