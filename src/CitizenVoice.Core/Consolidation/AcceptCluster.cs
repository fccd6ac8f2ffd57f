using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Core.Consolidation;

/// <param name="OpinionIds">The cluster's opinions the compiler kept (those left out stay proposed).</param>
/// <param name="Summary">Edited summary; empty keeps the first opinion's wording.</param>
public sealed record AcceptClusterRequest(Guid SessionId, IReadOnlyList<Guid> OpinionIds, string? Summary);

/// <summary>Accepts a proposed cluster (or the part of it the compiler kept) as a new compiled item.</summary>
public sealed class AcceptCluster(ICitizenVoiceDb db, TimeProvider clock)
{
    public async Task<ConsolidationResult> ExecuteAsync(AcceptClusterRequest request, StaffScope actor, CancellationToken cancellationToken)
    {
        var session = await ConsolidationAccess.FindSessionAsync(db, actor, request.SessionId, cancellationToken);
        if (session is null)
        {
            return ConsolidationResult.NotFound();
        }

        if (!ConsolidationAccess.CanEdit(actor))
        {
            return ConsolidationResult.Forbidden();
        }

        if (request.OpinionIds.Count == 0)
        {
            return ConsolidationResult.Invalid("opinionIds", "Chọn ít nhất một ý kiến để tạo kiến nghị.");
        }

        var errors = new ValidationErrors();
        var summary = TextField.Clean(request.Summary, "summary", "nội dung kiến nghị", ConsolidatedItem.SummaryMaxLength, errors, multiline: true,
            minLength: ConsolidatedItem.SummaryMinLength);
        if (!errors.IsEmpty)
        {
            return new ConsolidationResult(VoterMeetingOutcome.Invalid, errors);
        }

        var opinions = await OpinionLinks.LoadFreeAsync(db, session.Id, request.OpinionIds, cancellationToken);
        if (opinions is null)
        {
            return ConsolidationResult.Conflict(OpinionLinks.AlreadyTaken);
        }

        // The first id is the one shown first: the cluster's representative, unless the compiler left it out.
        var representative = opinions.First(o => o.Id == request.OpinionIds[0]);
        var now = clock.GetUtcNow();
        var item = ConsolidatedItem.Compile(session, summary ?? ProposedSummary.From(representative.Content), representative,
            await OpinionLinks.NextSortKeyAsync(db, session.Id, cancellationToken), actor.UserId, now);
        foreach (var opinion in opinions)
        {
            opinion.AssignToConsolidatedItem(item.Id, now);
        }

        item.Recount(opinions, now);
        db.ConsolidatedItems.Add(item);
        return await OpinionLinks.TrySaveAsync(db, cancellationToken)
            ? new ConsolidationResult(VoterMeetingOutcome.Saved, errors, item)
            : ConsolidationResult.Conflict(OpinionLinks.AlreadyTaken);
    }
}
