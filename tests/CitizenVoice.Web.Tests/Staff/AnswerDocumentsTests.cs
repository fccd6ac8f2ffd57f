using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Attachments;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Submissions.Workflow;
using CitizenVoice.Data;
using CitizenVoice.Web.Tests.Hosting;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Staff;

/// <summary>The answer's documents: uploaded with the answer, downloaded by staff who see the item and by the citizen from the lookup.</summary>
public sealed partial class AnswerDocumentsTests
{
    private const string Responder = "01.SXD";
    private const string AnswerText = "Sở Xây dựng đã giao Ban Duy tu khảo sát và sửa chữa cầu Đông Trù trong tháng 12/2026, kinh phí từ nguồn duy tu thường xuyên.";

    /// <summary>Enough of a PDF for the content check (the magic bytes), as a scanner writes it.</summary>
    public static readonly byte[] ReplyLetterPdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResponderAnswersWithDocumentsThatStaffAndTheCitizenCanDownload()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var citizen = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await PortalForms.PostSubmissionAsync(citizen, PortalForms.ValidPetition(), Ct, ("anh-hien-truong.png", PortalForms.TinyPng))).StatusCode);
        var item = await app.WithDbAsync(db => db.Submissions.SingleAsync(Ct));
        var (processor, responder) = await ForwardToResponderAsync(app, item.Id);

        var answered = await TriageData.PostFilesStepAsync(responder, item.Id, "Answer",
            new() { ["answer"] = AnswerText, ["documentNumber"] = "2150/SXD-QLHT", ["documentDate"] = "2026-11-20" },
            "documents", [("cong-van-2150-SXD.pdf", ReplyLetterPdf), ("ban-ve-hien-trang.png", PortalForms.TinyPng)], Ct);

        TriageData.AssertRedirectToItem(answered, item.Id);
        var stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == item.Id, Ct));
        var files = await app.WithDbAsync(db => db.SubmissionAttachments.Where(a => a.SubmissionId == item.Id).ToListAsync(Ct));
        Assert.Equal(SubmissionStatus.Answered, stored.Status);
        Assert.Equal(["ban-ve-hien-trang.png", "cong-van-2150-SXD.pdf"], files.Where(f => f.Kind == SubmissionAttachmentKind.Answer).Select(f => f.FileName).Order());
        Assert.Equal("anh-hien-truong.png", Assert.Single(files, f => f.Kind == SubmissionAttachmentKind.Submitted).FileName);
        var letter = files.Single(f => f.FileName == "cong-van-2150-SXD.pdf");
        Assert.Equal(FileTypeSniffer.Pdf, letter.ContentType);

        // Staff of both units see the documents on the item page and download them (audited); another unit gets 404.
        var page = await processor.GetStringAsync($"/staff/submissions/{item.Id}", Ct);
        var answerList = AnswerList().Match(page).Value;
        Assert.Contains("cong-van-2150-SXD.pdf", answerList, StringComparison.Ordinal);
        Assert.DoesNotContain("anh-hien-truong.png", answerList, StringComparison.Ordinal);
        var download = await responder.GetAsync($"/staff/submissions/{item.Id}?handler=Attachment&attachmentId={letter.Id}", Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ReplyLetterPdf, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, (await processor.GetAsync($"/staff/submissions/{item.Id}?handler=Attachment&attachmentId={letter.Id}", Ct)).StatusCode);
        var stranger = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.HoChiMinh);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/staff/submissions/{item.Id}?handler=Attachment&attachmentId={letter.Id}", Ct)).StatusCode);
        var audits = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.SubjectId == item.Id.ToString() && a.Action == AuditActions.ViewAttachment).ToListAsync(Ct));
        Assert.Equal(2, audits.Count);
        Assert.All(audits, a => Assert.Contains("Tải văn bản trả lời cong-van-2150-SXD.pdf", a.Details, StringComparison.Ordinal));

        // The citizen's lookup lists the answer's documents apart from their own, and downloads them.
        var lookup = await (await PortalForms.PostFormAsync(citizen, "/tra-cuu", new() { ["code"] = item.TrackingCode, ["contact"] = "0912345678" }, Ct)).Content.ReadAsStringAsync(Ct);
        var section = AnswerSection().Match(lookup).Value;
        Assert.Contains("Văn bản số 2150/SXD-QLHT ngày 20/11/2026", section, StringComparison.Ordinal);
        Assert.Contains("cong-van-2150-SXD.pdf", section, StringComparison.Ordinal);
        Assert.DoesNotContain("anh-hien-truong.png", section, StringComparison.Ordinal);
        Assert.Contains("anh-hien-truong.png", lookup[lookup.IndexOf("Tài liệu Ông/Bà đã gửi kèm", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var link = WebUtility.HtmlDecode(LinkTo("cong-van-2150-SXD.pdf").Match(section).Groups[1].Value);
        var citizenDownload = await citizen.GetAsync(link, Ct);
        Assert.Equal(HttpStatusCode.OK, citizenDownload.StatusCode);
        Assert.Equal(ReplyLetterPdf, await citizenDownload.Content.ReadAsByteArrayAsync(Ct));

        // The status API gives the same reference and documents, with working download links.
        var status = await citizen.GetFromJsonAsync<JsonElement>($"/api/v1/submissions/{item.TrackingCode}?contact=0912345678", Ct);
        var answer = status.GetProperty("answer");
        Assert.Equal("2150/SXD-QLHT", answer.GetProperty("documentNumber").GetString());
        Assert.Equal("2026-11-20", answer.GetProperty("documentDate").GetString());
        var documents = answer.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["ban-ve-hien-trang.png", "cong-van-2150-SXD.pdf"], documents.Select(d => d.GetProperty("fileName").GetString()));
        var apiLetter = documents.Single(d => d.GetProperty("fileName").GetString() == "cong-van-2150-SXD.pdf");
        Assert.Equal("application/pdf", apiLetter.GetProperty("contentType").GetString());
        Assert.Equal(ReplyLetterPdf.Length, apiLetter.GetProperty("sizeBytes").GetInt64());
        Assert.Equal(ReplyLetterPdf, await citizen.GetByteArrayAsync(apiLetter.GetProperty("downloadUrl").GetString(), Ct));
        Assert.DoesNotContain("anh-hien-truong.png", answer.GetRawText(), StringComparison.Ordinal);

        // The email points to the lookup and carries no file.
        var email = await app.WithDbAsync(db => db.OutboxEmails.Where(e => e.SubmissionId == item.Id).OrderBy(e => e.CreatedAt).LastAsync(Ct));
        Assert.Contains("Văn bản trả lời (2 tệp) được đính kèm câu trả lời trên trang tra cứu", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("/tra-cuu?ma=" + item.TrackingCode, email.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxEmailAttachments.CountAsync(a => a.OutboxEmailId == email.Id, Ct)));
    }

    [Fact]
    public async Task RefusesAFileThatIsNotADocumentNextToTheFieldAndStoresNothing()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var (_, responder) = await ForwardToResponderAsync(app, item.Id);
        var exe = new byte[512];
        "MZ"u8.CopyTo(exe);

        var response = await TriageData.PostFilesStepAsync(responder, item.Id, "Answer", new() { ["answer"] = AnswerText },
            "documents", [("cong-van.pdf", ReplyLetterPdf), ("cong-van-ky-so.pdf", exe)], Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Matches("<span class=\"error-message\" id=\"documents-error\">Tệp &quot;cong-van-ky-so.pdf&quot; không phải ảnh JPEG/PNG, PDF hoặc Word \\(DOCX\\).</span>\\s*<input type=\"file\" id=\"answer-documents\"", html);
        Assert.Contains("vui lòng chọn lại", html, StringComparison.Ordinal);
        Assert.Contains(AnswerText, html, StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Forwarded, (await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == item.Id, Ct))).Status);
        Assert.Equal(0, await app.WithDbAsync(db => db.SubmissionAttachments.CountAsync(Ct)));
        Assert.Empty(StoredFiles(app));
    }

    [Fact]
    public async Task RefusesMoreThanFiveDocuments()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var (_, responder) = await ForwardToResponderAsync(app, item.Id);

        var response = await TriageData.PostFilesStepAsync(responder, item.Id, "Answer", new() { ["answer"] = AnswerText },
            "documents", Enumerable.Range(1, 6).Select(i => ($"trang-{i}.pdf", ReplyLetterPdf)), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("id=\"documents-error\">Chỉ được đính kèm tối đa 5 tệp.</span>", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.SubmissionAttachments.CountAsync(Ct)));
        Assert.Empty(StoredFiles(app));
    }

    [Fact]
    public async Task RemovesTheStoredDocumentsWhenTheCommitLosesToAConcurrentEdit()
    {
        Guid? target = null;
        await using var app = CitizenVoiceApp.Sqlite().WithServices(services =>
        {
            var disk = (IAttachmentStore)services.Single(d => d.ServiceType == typeof(IAttachmentStore)).ImplementationInstance!;
            services.AddSingleton<IAttachmentStore>(sp => new EditWhileUploadingStore(disk, sp, () => target));
        });
        var item = await TriageData.SubmitAsync(app);
        var (_, responder) = await ForwardToResponderAsync(app, item.Id);
        target = item.Id;

        var response = await TriageData.PostFilesStepAsync(responder, item.Id, "Answer", new() { ["answer"] = AnswerText },
            "documents", [("cong-van.pdf", ReplyLetterPdf), ("phu-luc.png", PortalForms.TinyPng)], Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(WorkflowResult.ConflictMessage, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Forwarded, (await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == item.Id, Ct))).Status);
        Assert.Equal(0, await app.WithDbAsync(db => db.SubmissionAttachments.CountAsync(Ct)));
        Assert.Empty(StoredFiles(app));
    }

    [Fact]
    public async Task StaffApiTakesTheAnswerWithDocumentsAsAMultipartFormWithTheAntiforgeryToken()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var (_, responder) = await ForwardToResponderAsync(app, item.Id);
        var url = $"/api/v1/staff/submissions/{item.Id}/answer";
        var version = (await responder.GetFromJsonAsync<JsonElement>($"/api/v1/staff/submissions/{item.Id}", Ct)).GetProperty("version").GetInt32();

        var withoutToken = await responder.PostAsync(url, AnswerForm(version), Ct);
        var token = await responder.GetFromJsonAsync<JsonElement>("/api/v1/staff/submissions/antiforgery-token", Ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = AnswerForm(version) };
        request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        var answered = await responder.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var detail = await answered.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("tra-loi", detail.GetProperty("status").GetString());
        var document = Assert.Single(detail.GetProperty("attachments").EnumerateArray());
        Assert.Equal("answer", document.GetProperty("kind").GetString());
        Assert.Equal("cong-van-2150-SXD.pdf", document.GetProperty("fileName").GetString());
        var file = await responder.GetAsync(document.GetProperty("downloadUrl").GetString(), Ct);
        Assert.Equal(ReplyLetterPdf, await file.Content.ReadAsByteArrayAsync(Ct));

        using var openApi = JsonDocument.Parse(await responder.GetStringAsync("/openapi/v1.json", Ct));
        var body = openApi.RootElement.GetProperty("paths").GetProperty("/api/v1/staff/submissions/{id}/answer").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.True(body.TryGetProperty("multipart/form-data", out _));
        Assert.True(body.TryGetProperty("application/json", out _));
    }

    [Fact]
    public async Task StaffApiReportsABadDocumentAs422UnderTheDocumentsField()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var (_, responder) = await ForwardToResponderAsync(app, item.Id);
        var version = (await responder.GetFromJsonAsync<JsonElement>($"/api/v1/staff/submissions/{item.Id}", Ct)).GetProperty("version").GetInt32();
        var token = await responder.GetFromJsonAsync<JsonElement>("/api/v1/staff/submissions/antiforgery-token", Ct);
        var form = AnswerForm(version);
        form.Add(new ByteArrayContent("not a document"u8.ToArray()), "documents", "ghi-chu.pdf");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/staff/submissions/{item.Id}/answer") { Content = form };
        request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());

        var response = await responder.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("ghi-chu.pdf", problem.GetProperty("errors").GetProperty("documents")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.SubmissionAttachments.CountAsync(Ct)));
        Assert.Empty(StoredFiles(app));
    }

    [Fact]
    public async Task TheDemoDataHasAReplyLetterThatIsAValidWordDocument()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await JobsDashboardTests.SeedDemoAsync(app);
        var letter = await app.WithDbAsync(db => db.SubmissionAttachments.SingleAsync(a => a.Kind == SubmissionAttachmentKind.Answer, Ct));
        var item = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == letter.SubmissionId, Ct));
        var responderId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "coquan@demo.citizenvoice.vn").Select(u => u.Id).SingleAsync(Ct));
        using var responder = app.CreateStaffClient(responderId);

        var bytes = await responder.GetByteArrayAsync($"/staff/submissions/{item.Id}?handler=Attachment&attachmentId={letter.Id}", Ct);

        Assert.Equal(SubmissionStatus.Answered, item.Status);
        Assert.Equal(FileTypeSniffer.Docx, FileTypeSniffer.Detect(new MemoryStream(bytes)));
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document, Ct));
        Assert.Contains("Số: " + item.AnswerDocumentNumber, document.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
        Assert.Contains(TrackingCode.Format(item.TrackingCode), document.MainDocumentPart.Document.InnerText, StringComparison.Ordinal);
    }

    /// <summary>Files the item's processor forwards to Sở Xây dựng Hà Nội, and clients for the processor and a responder there.</summary>
    private static async Task<(HttpClient Processor, HttpClient Responder)> ForwardToResponderAsync(CitizenVoiceApp app, Guid id)
    {
        var processor = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        var responder = await app.CreateStaffClientAsync(StaffRoles.AgencyResponder, Responder);
        TriageData.AssertRedirectToItem(await TriageData.PostStepAsync(processor, id, "Start", cancellationToken: Ct), id);
        TriageData.AssertRedirectToItem(await TriageData.PostStepAsync(processor, id, "Forward", new() { ["unitCode"] = Responder }, Ct), id);
        return (processor, responder);
    }

    private static MultipartFormDataContent AnswerForm(int version)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
            { new StringContent(AnswerText), "answer" },
            { new StringContent("2150/SXD-QLHT"), "documentNumber" },
        };
        form.Add(new ByteArrayContent(ReplyLetterPdf), "documents", "cong-van-2150-SXD.pdf");
        return form;
    }

    private static string[] StoredFiles(CitizenVoiceApp app)
    {
        var root = Path.Combine(app.DataFolder, "attachments");
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories) : [];
    }

    private static Regex LinkTo(string fileName) => new("href=\"(/tra-cuu\\?handler=Attachment[^\"]+)\" download>" + Regex.Escape(fileName) + "<");

    [GeneratedRegex("<ul id=\"answer-documents-list\">.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex AnswerList();

    [GeneratedRegex("<section class=\"answer-documents\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex AnswerSection();

    /// <summary>A colleague changes the item while the answer's files are being written, so the answer's commit loses.</summary>
    private sealed class EditWhileUploadingStore(IAttachmentStore inner, IServiceProvider services, Func<Guid?> target) : IAttachmentStore
    {
        public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
        {
            var key = await inner.SaveAsync(content, cancellationToken);
            if (target() is { } id)
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CitizenVoiceDbContext>();
                await db.Submissions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
            }

            return key;
        }

        public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken) => inner.OpenReadAsync(key, cancellationToken);

        public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);
    }
}
