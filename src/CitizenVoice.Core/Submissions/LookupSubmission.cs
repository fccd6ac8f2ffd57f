using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Submissions;

/// <summary>
/// The citizen's status lookup: tracking code plus the phone or email given at submission. An unknown code and a
/// wrong contact give the same null answer, so the lookup cannot be used to find out which codes exist.
/// Anonymous feedback has no contact: its code alone opens it.
/// </summary>
public sealed class LookupSubmission(ICitizenVoiceDb db)
{
    public async Task<Submission?> ExecuteAsync(string? trackingCode, string? contact, CancellationToken cancellationToken)
    {
        var code = TrackingCode.Normalize(trackingCode);
        if (code is null)
        {
            return null;
        }

        var submission = await db.Submissions.AsNoTracking()
            .Include(s => s.History)
            .Include(s => s.Attachments)
            .FirstOrDefaultAsync(s => s.TrackingCode == code, cancellationToken);
        if (submission is null)
        {
            return null;
        }

        var hasContact = submission.Submitter.Phone is not null || submission.Submitter.FullName is not null;
        var opens = submission.IsAnonymous && !hasContact
            ? string.IsNullOrWhiteSpace(contact) || submission.Submitter.HasContact(contact)
            : submission.Submitter.HasContact(contact);
        return opens ? submission : null;
    }
}
