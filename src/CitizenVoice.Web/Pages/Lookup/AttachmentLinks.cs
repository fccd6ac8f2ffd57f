using System.Globalization;
using CitizenVoice.Core.Submissions;
using Microsoft.AspNetCore.DataProtection;

namespace CitizenVoice.Web.Pages.Lookup;

/// <summary>
/// Download tokens for a submitter's own attachments: the submission and attachment ids, encrypted and signed with a
/// purpose of their own and valid for 30 minutes. A download needs a token from a successful lookup; an id alone opens nothing.
/// </summary>
public sealed class AttachmentLinks(IDataProtectionProvider provider, TimeProvider clock)
{
    public const string Purpose = "CitizenVoice.Portal.AttachmentDownload.v1";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    private string Create(Guid submissionId, Guid attachmentId) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{submissionId:N}.{attachmentId:N}"), clock.GetUtcNow().Add(Lifetime));

    /// <summary>The lookup page's download path of one attachment, with a fresh token.</summary>
    public string DownloadPath(Guid submissionId, Guid attachmentId) =>
        "/tra-cuu?handler=Attachment&t=" + Uri.EscapeDataString(Create(submissionId, attachmentId));

    /// <summary>The submission's files of one kind that its submitter may download, by name, each with its download path.</summary>
    public IReadOnlyList<(SubmissionAttachment File, string Url)> ForSubmitter(Submission submission, SubmissionAttachmentKind kind)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return submission.Attachments.Where(a => a.Kind == kind && a.IsShownToSubmitter).OrderBy(a => a.FileName, StringComparer.Ordinal)
            .Select(a => (a, DownloadPath(submission.Id, a.Id))).ToList();
    }

    /// <summary>The ids in a token, or null when it is missing, tampered with or expired.</summary>
    public (Guid SubmissionId, Guid AttachmentId)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token, out var expiration);
            if (expiration < clock.GetUtcNow())
            {
                return null;
            }
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('.');
        return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var submissionId) && Guid.TryParseExact(parts[1], "N", out var attachmentId)
            ? (submissionId, attachmentId)
            : null;
    }
}
