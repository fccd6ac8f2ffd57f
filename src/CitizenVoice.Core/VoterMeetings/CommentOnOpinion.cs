using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>Adds a note to an opinion. Everyone who sees the opinion may comment, deputies included.</summary>
public sealed class CommentOnOpinion(ICitizenVoiceDb db, TimeProvider clock)
{
    public async Task<OpinionResult> ExecuteAsync(Guid opinionId, string? text, StaffScope actor, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var opinion = await db.VoterOpinions.AsNoTracking().FirstOrDefaultAsync(o => o.Id == opinionId, cancellationToken);
        if (opinion is null || !VoterMeetingAccess.CanSee(actor, opinion.OwnerUnitCode))
        {
            return new OpinionResult(VoterMeetingOutcome.NotFound, errors);
        }

        var clean = TextField.Clean(text, "comment", "ý kiến trao đổi", OpinionComment.TextMaxLength, errors, required: true, multiline: true);
        if (clean is null)
        {
            return new OpinionResult(VoterMeetingOutcome.Invalid, errors, opinion);
        }

        db.OpinionComments.Add(new OpinionComment(opinion.Id, actor.UserId, actor.DisplayName, clean, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return new OpinionResult(VoterMeetingOutcome.Saved, errors, opinion);
    }
}
