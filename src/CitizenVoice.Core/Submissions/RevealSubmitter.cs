using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Submissions;

public sealed record RevealSubmitterRequest(Guid SubmissionId, string? Reason);

public enum RevealSubmitterOutcome
{
    Revealed,
    Invalid,
    NotFound,

    /// <summary>A denunciation, and the actor is neither its handler nor a governing administrator.</summary>
    Forbidden,
}

public sealed record RevealSubmitterResult(RevealSubmitterOutcome Outcome, ValidationErrors Errors, Submitter? Submitter = null, string? Address = null);

/// <summary>
/// Shows a submitter's contact details, or a denouncer's identity, to a staff member who asks, and writes the audit
/// entry first (Luật BVDLCN 2025 processing log; Luật Tố cáo 2018 Điều 47–48). A denouncer's identity also needs a
/// reason, kept in the log.
/// </summary>
public sealed class RevealSubmitter(ICitizenVoiceDb db, AuditLog audit)
{
    public const int ReasonMaxLength = 500;

    public async Task<RevealSubmitterResult> ExecuteAsync(RevealSubmitterRequest request, StaffScope actor, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SubmissionId, cancellationToken);
        if (submission is null || !actor.CanSee(submission.OwnerUnitCode, submission.AssignedUnitCode))
        {
            return new RevealSubmitterResult(RevealSubmitterOutcome.NotFound, errors);
        }

        if (!submission.IdentityVisibleTo(actor))
        {
            return new RevealSubmitterResult(RevealSubmitterOutcome.Forbidden, errors);
        }

        var reason = TextField.Clean(request.Reason, "reason", "lý do xem danh tính", ReasonMaxLength, errors,
            required: submission.IsIdentityConfidential, minLength: submission.IsIdentityConfidential ? 5 : 0);
        if (!errors.IsEmpty)
        {
            return new RevealSubmitterResult(RevealSubmitterOutcome.Invalid, errors);
        }

        var action = submission.IsIdentityConfidential ? AuditActions.ViewDenouncerIdentity : AuditActions.ViewContact;
        await audit.RecordAsync(actor, action, "submission", submission.Id.ToString(),
            reason is null ? "Xem thông tin liên hệ" : "Lý do: " + reason, cancellationToken);
        return new RevealSubmitterResult(RevealSubmitterOutcome.Revealed, errors, submission.Submitter, submission.Address);
    }
}
