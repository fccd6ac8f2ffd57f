using CitizenVoice.Core;
using CitizenVoice.Core.Attachments;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Attachments;
using CitizenVoice.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Pages.Lookup;

/// <summary>
/// Status lookup by tracking code plus phone or email. POST, so the contact never lands in a URL or a log.
/// A wrong contact and an unknown code read the same, so the page cannot be used to learn which codes exist.
/// </summary>
[EnableRateLimiting(RateLimitingOptions.LookupPolicy)]
public sealed class LookupModel(LookupSubmission lookup, ICitizenVoiceDb db, IAttachmentStore attachmentStore, AttachmentLinks links) : PageModel
{
    public LookupInput Input { get; private set; } = new();

    public Submission? Result { get; private set; }

    public bool NothingFound { get; private set; }

    public string? PlaceName { get; private set; }

    /// <summary>The submitter's files with their short-lived download links.</summary>
    public IReadOnlyList<(SubmissionAttachment File, string Url)> Files { get; private set; } = [];

    /// <summary>The documents of the answer (the reply letter), with their download links.</summary>
    public IReadOnlyList<(SubmissionAttachment File, string Url)> AnswerDocuments { get; private set; } = [];

    public void OnGet(string? ma)
    {
        Input.Code = ma;
    }

    public async Task<IActionResult> OnPostAsync(LookupInput input, CancellationToken cancellationToken)
    {
        Input = input;
        Response.Headers.CacheControl = "no-store";
        Result = await lookup.ExecuteAsync(input.Code, input.Contact, cancellationToken);
        if (Result is null)
        {
            NothingFound = true;
            return Page();
        }

        var commune = await db.Communes.AsNoTracking().Where(c => c.Code == Result.CommuneCode).Select(c => c.FullName).FirstOrDefaultAsync(cancellationToken);
        var province = await db.Provinces.AsNoTracking().Where(p => p.Code == Result.ProvinceCode).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        PlaceName = string.Join(", ", new[] { commune, province }.Where(n => n is not null));
        Files = links.ForSubmitter(Result, SubmissionAttachmentKind.Submitted);
        AnswerDocuments = links.ForSubmitter(Result, SubmissionAttachmentKind.Answer);
        return Page();
    }

    /// <summary>Streams one of the submitter's attachments or answer documents, given a token from a successful lookup.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(string? t, CancellationToken cancellationToken)
    {
        if (links.Read(t) is not var (submissionId, attachmentId))
        {
            return NotFound();
        }

        var opened = await AttachmentDownload.OpenAsync(db, attachmentStore, submissionId, attachmentId, cancellationToken, a => a.IsShownToSubmitter);
        if (opened is not { } file)
        {
            return NotFound();
        }

        return AttachmentDownload.Send(Response, file.Attachment, file.Content);
    }
}
