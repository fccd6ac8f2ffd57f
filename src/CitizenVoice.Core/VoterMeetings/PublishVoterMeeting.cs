using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>Publishes a meeting announcement on the portal (date, place, deputies) or withdraws it.</summary>
public sealed class PublishVoterMeeting(ICitizenVoiceDb db, AuditLog audit, TimeProvider clock)
{
    public async Task<VoterMeetingOutcome> ExecuteAsync(Guid meetingId, bool publish, StaffScope actor, CancellationToken cancellationToken)
    {
        var meeting = await db.VoterMeetings.FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null || !VoterMeetingAccess.CanSee(actor, meeting.OwnerUnitCode))
        {
            return VoterMeetingOutcome.NotFound;
        }

        if (!VoterMeetingAccess.CanEdit(actor))
        {
            return VoterMeetingOutcome.Forbidden;
        }

        if (meeting.IsPublished == publish)
        {
            return VoterMeetingOutcome.Saved;
        }

        var now = clock.GetUtcNow();
        if (publish)
        {
            meeting.Publish(now);
        }
        else
        {
            meeting.Unpublish(now);
        }

        audit.Add(actor, AuditActions.StatusChange, "voter-meeting", meeting.Id.ToString(),
            publish ? "Đăng thông báo tiếp xúc cử tri lên cổng thông tin" : "Gỡ thông báo tiếp xúc cử tri khỏi cổng thông tin");
        return await db.TrySaveAsync(cancellationToken) ? VoterMeetingOutcome.Saved : VoterMeetingOutcome.Conflict;
    }
}
