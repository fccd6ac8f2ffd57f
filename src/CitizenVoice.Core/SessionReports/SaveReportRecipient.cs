using System.Net.Mail;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.SessionReports;

/// <summary>Adds or removes a configured recipient of a session's report.</summary>
public sealed class SaveReportRecipient(ICitizenVoiceDb db, TimeProvider clock)
{
    public const int MaxPerSession = 30;

    public async Task<(VoterMeetingOutcome Outcome, ValidationErrors Errors)> AddAsync(Guid sessionId, bool forLocalItems, string? name, string? email,
        StaffScope actor, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var session = await ConsolidationAccess.FindSessionAsync(db, actor, sessionId, cancellationToken);
        if (session is null)
        {
            return (VoterMeetingOutcome.NotFound, errors);
        }

        if (!ConsolidationAccess.CanEdit(actor))
        {
            return (VoterMeetingOutcome.Forbidden, errors);
        }

        var cleanName = TextField.Clean(name, "recipientName", "tên nơi nhận", ReportRecipient.NameMaxLength, errors, required: true);
        var cleanEmail = TextField.Clean(email, "recipientEmail", "địa chỉ thư điện tử", ReportRecipient.EmailMaxLength, errors, required: true);
        if (cleanEmail is not null && (!MailAddress.TryCreate(cleanEmail, out var parsed) || parsed.Address != cleanEmail))
        {
            errors.Add("recipientEmail", "Địa chỉ thư điện tử không hợp lệ.");
        }

        var existing = await db.ReportRecipients.Where(r => r.SessionId == session.Id).ToListAsync(cancellationToken);
        if (existing.Count >= MaxPerSession)
        {
            errors.Add("recipientName", $"Mỗi kỳ họp có tối đa {MaxPerSession} nơi nhận.");
        }
        else if (cleanEmail is not null && existing.Any(r => r.ForLocalItems == forLocalItems && string.Equals(r.Email, cleanEmail, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add("recipientEmail", "Địa chỉ này đã có trong danh sách nơi nhận.");
        }

        if (!errors.IsEmpty)
        {
            return (VoterMeetingOutcome.Invalid, errors);
        }

        db.ReportRecipients.Add(ReportRecipient.Add(session.Id, session.OwnerUnitCode, forLocalItems, cleanName!, cleanEmail!, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return (VoterMeetingOutcome.Saved, errors);
    }

    public async Task<VoterMeetingOutcome> RemoveAsync(Guid sessionId, Guid recipientId, StaffScope actor, CancellationToken cancellationToken)
    {
        var recipient = await db.ReportRecipients.FirstOrDefaultAsync(r => r.Id == recipientId && r.SessionId == sessionId, cancellationToken);
        if (recipient is null || !actor.Governs(recipient.OwnerUnitCode))
        {
            return VoterMeetingOutcome.NotFound;
        }

        if (!ConsolidationAccess.CanEdit(actor))
        {
            return VoterMeetingOutcome.Forbidden;
        }

        db.ReportRecipients.Remove(recipient);
        await db.SaveChangesAsync(cancellationToken);
        return VoterMeetingOutcome.Saved;
    }
}
