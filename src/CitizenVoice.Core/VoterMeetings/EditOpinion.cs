using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>Edits an opinion row; new content is classified again unless staff confirmed the routing.</summary>
public sealed class EditOpinion(ICitizenVoiceDb db, IRoutingClassifier classifier, TimeProvider clock)
{
    public async Task<OpinionResult> ExecuteAsync(Guid opinionId, int version, OpinionInput input, StaffScope actor,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var opinion = await db.VoterOpinions.FirstOrDefaultAsync(o => o.Id == opinionId, cancellationToken);
        if (opinion is null || !VoterMeetingAccess.CanSee(actor, opinion.OwnerUnitCode))
        {
            return new OpinionResult(VoterMeetingOutcome.NotFound, errors);
        }

        if (!VoterMeetingAccess.CanEdit(actor))
        {
            return new OpinionResult(VoterMeetingOutcome.Forbidden, errors, opinion);
        }

        var text = input.Validate(errors);
        if (text is null)
        {
            return new OpinionResult(VoterMeetingOutcome.Invalid, errors, opinion);
        }

        if (opinion.Version != version)
        {
            return new OpinionResult(VoterMeetingOutcome.Conflict, errors, opinion);
        }

        var now = clock.GetUtcNow();
        opinion.Edit(text, now);
        if (opinion.RoutingStatus == RoutingStatus.Pending)
        {
            opinion.ApplySuggestion(classifier.Suggest(text.Content), now);
        }

        return await db.TrySaveAsync(cancellationToken)
            ? new OpinionResult(VoterMeetingOutcome.Saved, errors, opinion)
            : new OpinionResult(VoterMeetingOutcome.Conflict, errors);
    }
}
