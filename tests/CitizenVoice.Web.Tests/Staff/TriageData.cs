using System.Net;
using System.Text.RegularExpressions;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Units;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Staff;

/// <summary>Items for back-office tests, filed through the real intake use case, and item-page form posts.</summary>
public static partial class TriageData
{
    public static readonly string Hanoi = UnitCodes.DefaultIntake("01");
    public static readonly string HoChiMinh = UnitCodes.DefaultIntake("79");

    public static Task<Submission> SubmitAsync(CitizenVoiceApp app, string kind = "kien-nghi", string? title = null, string? content = null,
        string? email = "nguyenvanan@example.vn", string province = "01", string commune = "00070", string fullName = "Nguyễn Văn An") =>
        app.InScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<CreateSubmission>().ExecuteAsync(new CreateSubmissionRequest
            {
                Kind = kind,
                Title = title ?? "Đề nghị sửa chữa đường liên thôn",
                Content = content ?? "Đường liên thôn từ thôn Đông đi thôn Đoài bị hư hỏng nặng, mùa mưa ngập sâu, học sinh đi học rất khó khăn.",
                ProvinceCode = province,
                Commune = commune,
                Address = "Số 5 ngõ 12 Hàng Bạc",
                FullName = fullName,
                Phone = "0912 345 678",
                Email = email,
                IdNumber = "001203004567",
                Consent = true,
                ComplaintSubject = kind == "khieu-nai" ? "Quyết định số 12/QĐ-UBND về thu hồi đất" : null,
                ComplaintLearnedOn = kind == "khieu-nai" ? DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(-10)) : null,
            }, CancellationToken.None);
            Assert.Equal(CreateSubmissionOutcome.Created, result.Outcome);
            return result.Submission!;
        });

    /// <summary>Sets the routing as the classifier would (a suggestion, or the manual triage queue).</summary>
    public static Task SuggestAsync(CitizenVoiceApp app, Guid id, string topic, string level, string agencyCode, float confidence, bool needsTriage = false) =>
        app.WithDbAsync(async db =>
        {
            var submission = await db.Submissions.FindAsync(id);
            submission!.ApplySuggestion(new RoutingSuggestion(topic, confidence, level, 0.9f, new AgencyChoice(agencyCode, agencyCode), [], needsTriage), DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

    /// <summary>Posts an item-page form like a browser: token and current version read from the page.</summary>
    public static async Task<HttpResponseMessage> PostStepAsync(HttpClient client, Guid id, string handler, Dictionary<string, string>? fields = null, CancellationToken cancellationToken = default)
    {
        var html = await client.GetStringAsync($"/staff/submissions/{id}", cancellationToken);
        var all = new Dictionary<string, string>(fields ?? [])
        {
            ["__RequestVerificationToken"] = PortalForms.Token(html),
        };
        if (!all.ContainsKey("version"))
        {
            all["version"] = VersionOf(html);
        }

        using var content = new FormUrlEncodedContent(all);
        return await client.PostAsync($"/staff/submissions/{id}?handler={handler}", content, cancellationToken);
    }

    /// <summary>Posts an item-page form with files, as the multipart form of a browser without JavaScript does.</summary>
    public static async Task<HttpResponseMessage> PostFilesStepAsync(HttpClient client, Guid id, string handler, Dictionary<string, string> fields,
        string fileField, IEnumerable<(string FileName, byte[] Bytes)> files, CancellationToken cancellationToken)
    {
        var html = await client.GetStringAsync($"/staff/submissions/{id}", cancellationToken);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(PortalForms.Token(html)), "__RequestVerificationToken" },
            { new StringContent(fields.GetValueOrDefault("version") ?? VersionOf(html)), "version" },
        };
        foreach (var (name, value) in fields.Where(f => f.Key != "version"))
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (fileName, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), fileField, fileName);
        }

        return await client.PostAsync($"/staff/submissions/{id}?handler={handler}", content, cancellationToken);
    }

    public static string VersionOf(string html)
    {
        var match = VersionPattern().Match(html);
        Assert.True(match.Success, "The item page has no version field.");
        return match.Groups[1].Value;
    }

    public static void AssertRedirectToItem(HttpResponseMessage response, Guid id)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/staff/submissions/{id}", response.Headers.Location?.OriginalString);
    }

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}
