using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>Deletes an opinion entered by mistake. One already merged into a compiled item stays: the report cites it.</summary>
public sealed class DeleteOpinion(ICitizenVoiceDb db, AuditLog audit)
{
    public async Task<VoterMeetingOutcome> ExecuteAsync(Guid opinionId, StaffScope actor, CancellationToken cancellationToken)
    {
        var opinion = await db.VoterOpinions.FirstOrDefaultAsync(o => o.Id == opinionId, cancellationToken);
        if (opinion is null || !VoterMeetingAccess.CanSee(actor, opinion.OwnerUnitCode))
        {
            return VoterMeetingOutcome.NotFound;
        }

        if (!VoterMeetingAccess.CanEdit(actor))
        {
            return VoterMeetingOutcome.Forbidden;
        }

        if (opinion.ConsolidatedItemId is not null)
        {
            return VoterMeetingOutcome.Conflict;
        }

        db.VoterOpinions.Remove(opinion);
        audit.Add(actor, AuditActions.SettingsChange, "voter-opinion", opinion.Id.ToString(), "Xóa ý kiến cử tri nhập nhầm");
        await db.SaveChangesAsync(cancellationToken);
        return VoterMeetingOutcome.Saved;
    }
}
