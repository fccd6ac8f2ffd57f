using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.Email;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Core.VoterAnswers;

/// <summary>
/// Records an agency's answer to a compiled item. The first time, every citizen whose linked opinion left an email is
/// told (through the outbox, in the same transaction); a published answer joins the portal's answers and the
/// similar-answers suggestions at once.
/// </summary>
public sealed class RecordAnswer(
    ICitizenVoiceDb db,
    IOutboxSignal outboxSignal,
    SimilarAnswerIndexCache similarAnswers,
    IOptions<PortalOptions> portal,
    AuditLog audit,
    TimeProvider clock)
{
    public async Task<ConsolidationResult> ExecuteAsync(Guid sessionId, Guid itemId, int version, RecordAnswerRequest request, StaffScope actor,
        CancellationToken cancellationToken)
    {
        var item = await db.ConsolidatedItems.FirstOrDefaultAsync(i => i.Id == itemId && i.SessionId == sessionId, cancellationToken);
        if (item is null || !actor.Governs(item.OwnerUnitCode))
        {
            return ConsolidationResult.NotFound();
        }

        if (!ConsolidationAccess.CanEdit(actor))
        {
            return ConsolidationResult.Forbidden();
        }

        var errors = new ValidationErrors();
        var agency = TextField.Clean(request.AgencyName, "agencyName", "cơ quan trả lời", ConsolidatedItem.AgencyNameMaxLength, errors, required: true);
        var number = TextField.Clean(request.DocumentNumber, "documentNumber", "số văn bản", ConsolidatedItem.AnswerDocumentNumberMaxLength, errors);
        var text = TextField.Clean(request.Text, "text", "nội dung trả lời", ConsolidatedItem.AnswerTextMaxLength, errors, required: true, multiline: true,
            minLength: ConsolidatedItem.SummaryMinLength);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        if (request.AnswerDate is null)
        {
            errors.Add("answerDate", "Vui lòng nhập ngày văn bản trả lời.");
        }
        else if (request.AnswerDate > today)
        {
            errors.Add("answerDate", "Ngày văn bản trả lời không được sau hôm nay.");
        }

        var received = request.ReceivedOn ?? item.ReceivedByAgencyOn;
        if (received is not null && request.AnswerDate is { } date && received > date)
        {
            errors.Add("receivedOn", "Ngày cơ quan nhận kiến nghị không được sau ngày trả lời.");
        }

        if (!errors.IsEmpty)
        {
            return new ConsolidationResult(VoterMeetingOutcome.Invalid, errors, item);
        }

        if (item.Version != version)
        {
            return ConsolidationResult.Conflict("Kiến nghị vừa được người khác cập nhật. Vui lòng tải lại trang để xem bản mới nhất.");
        }

        var now = clock.GetUtcNow();
        var firstAnswer = item.Status != ConsolidatedItemStatus.Answered;
        item.RecordAnswer(agency!, number, request.AnswerDate!.Value, text!, request.ReceivedOn, request.Publish, actor.UserId, now);
        var queued = firstAnswer ? await NotifyCitizensAsync(item, now, cancellationToken) : [];
        audit.Add(actor, AuditActions.StatusChange, nameof(ConsolidatedItem), item.Id.ToString(),
            $"Ghi nhận trả lời của {agency}{(number is null ? "" : $" (văn bản số {number})")}{(request.Publish ? ", công khai trên Cổng" : "")}");
        if (!await OpinionLinks.TrySaveAsync(db, cancellationToken))
        {
            return ConsolidationResult.Conflict("Kiến nghị vừa được người khác cập nhật. Vui lòng tải lại trang để xem bản mới nhất.");
        }

        foreach (var id in queued)
        {
            outboxSignal.EmailQueued(id);
        }

        similarAnswers.Invalidate();
        return new ConsolidationResult(VoterMeetingOutcome.Saved, errors, item);
    }

    private async Task<List<Guid>> NotifyCitizensAsync(ConsolidatedItem item, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var addresses = (await db.VoterOpinions.AsNoTracking()
                .Where(o => o.ConsolidatedItemId == item.Id && o.ContactEmail != null)
                .Select(o => new { o.ContactEmail, o.VoterName })
                .ToListAsync(cancellationToken))
            .DistinctBy(o => o.ContactEmail!.ToUpperInvariant())
            .ToList();
        var queued = new List<Guid>();
        foreach (var to in addresses)
        {
            var email = new OutboxEmail(to.ContactEmail!, to.VoterName, "Trả lời ý kiến, kiến nghị của cử tri", VoterAnswerEmail.Body(item, portal.Value), now);
            db.OutboxEmails.Add(email);
            queued.Add(email.Id);
        }

        return queued;
    }
}
