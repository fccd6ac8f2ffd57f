using CitizenVoice.Core;
using CitizenVoice.Core.Attachments;
using CitizenVoice.Core.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Attachments;

/// <summary>
/// Serving a stored attachment, for the citizen's lookup and for staff: found only under its own submission, never
/// sniffed or cached by the browser, named with the extension its content was checked to have.
/// </summary>
public static class AttachmentDownload
{
    /// <summary>
    /// The attachment and its opened content, or null when it is not under that submission, <paramref name="mayOpen"/>
    /// refuses it (the portal shows the submitter only some kinds), or its file is gone.
    /// </summary>
    public static async Task<(SubmissionAttachment Attachment, Stream Content)?> OpenAsync(
        ICitizenVoiceDb db, IAttachmentStore store, Guid submissionId, Guid attachmentId, CancellationToken cancellationToken,
        Func<SubmissionAttachment, bool>? mayOpen = null)
    {
        var attachment = await db.SubmissionAttachments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == attachmentId && a.SubmissionId == submissionId, cancellationToken);
        if (attachment is null || (mayOpen is not null && !mayOpen(attachment)))
        {
            return null;
        }

        try
        {
            return (attachment, await store.OpenReadAsync(attachment.StorageKey, cancellationToken));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public static FileStreamResult Send(HttpResponse response, SubmissionAttachment attachment, Stream content)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        var name = Path.GetFileNameWithoutExtension(attachment.FileName) + FileTypeSniffer.Extension(attachment.ContentType);
        return new FileStreamResult(content, attachment.ContentType) { FileDownloadName = name };
    }
}
