using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>
/// Rapid entry: stores one opinion raised at a meeting, classified at once, so the row shows its topic, level and
/// agency as soon as it is saved. The same opinion entered twice (a double Enter) is refused, not stored twice.
/// </summary>
public sealed class RecordOpinion(ICitizenVoiceDb db, IRoutingClassifier classifier, TimeProvider clock)
{
    public async Task<OpinionResult> ExecuteAsync(Guid meetingId, OpinionInput input, StaffScope actor, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var meeting = await db.VoterMeetings.FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null || !VoterMeetingAccess.CanSee(actor, meeting.OwnerUnitCode))
        {
            return new OpinionResult(VoterMeetingOutcome.NotFound, errors);
        }

        if (!VoterMeetingAccess.CanEdit(actor))
        {
            return new OpinionResult(VoterMeetingOutcome.Forbidden, errors);
        }

        var text = input.Validate(errors);
        if (text is null)
        {
            return new OpinionResult(VoterMeetingOutcome.Invalid, errors);
        }

        var now = clock.GetUtcNow();
        var opinion = VoterOpinion.Record(meeting, text, actor.UserId, null, now);
        if (await db.VoterOpinions.AnyAsync(o => o.SessionId == opinion.SessionId && o.NaturalKey == opinion.NaturalKey, cancellationToken))
        {
            errors.Add("content", "Ý kiến này đã được ghi cho cuộc tiếp xúc (cùng cử tri, cùng nội dung). Nếu nhiều cử tri cùng nêu, hãy tăng số cử tri.");
            return new OpinionResult(VoterMeetingOutcome.Invalid, errors);
        }

        opinion.ApplySuggestion(classifier.Suggest(text.Content), now);
        meeting.MarkHeld(null, now);
        db.VoterOpinions.Add(opinion);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent save of the same row won the unique (session, natural key) index.
            db.DiscardChanges();
            errors.Add("content", "Ý kiến này vừa được ghi.");
            return new OpinionResult(VoterMeetingOutcome.Invalid, errors);
        }

        return new OpinionResult(VoterMeetingOutcome.Saved, errors, opinion);
    }
}
