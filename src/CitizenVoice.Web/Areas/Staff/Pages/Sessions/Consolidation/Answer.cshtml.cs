using CitizenVoice.Core;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.VoterAnswers;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions.Consolidation;

/// <summary>Records an agency's answer to one item; citizens who left an email are told, and it may go on the portal.</summary>
public sealed class AnswerModel(ICitizenVoiceDb db, AnswerMonitoring monitoring, TimeProvider clock) : ConsolidationPage(db, clock)
{
    public AgencyAnswerRow Row { get; private set; } = null!;

    public int ContactCount { get; private set; }

    public ValidationErrors Errors { get; private set; } = new();

    [BindProperty]
    public RecordAnswerRequest Input { get; set; } = new(null, null, null, null, null, false);

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid itemId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, itemId, cancellationToken))
        {
            return NotFound();
        }

        var item = Row.Item;
        Input = new RecordAnswerRequest(item.AnswerAgencyName ?? Row.AgencyName, item.AnswerDocumentNumber, item.AnswerDate, item.AnswerText,
            item.ReceivedByAgencyOn, item.Status != ConsolidatedItemStatus.Answered || item.IsAnswerPublished);
        Version = item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid itemId, [FromServices] RecordAnswer record, CancellationToken cancellationToken)
    {
        var result = await record.ExecuteAsync(id, itemId, Version, Input, HttpContext.StaffScope(), cancellationToken);
        if (Refused(result.Outcome) is { } refused)
        {
            return refused;
        }

        if (result.Outcome == VoterMeetingOutcome.Saved)
        {
            Flash = "Đã ghi nhận trả lời của cơ quan." + (result.Item!.IsAnswerPublished ? " Trả lời đã được công khai trên Cổng thông tin." : "");
            return Redirect($"/staff/sessions/{id}/answers");
        }

        if (!await LoadAsync(id, itemId, cancellationToken))
        {
            return NotFound();
        }

        Errors = result.Errors;
        FlashError = result.Errors.First("");
        return Page();
    }

    public string? Error(string field) => Errors.First(field);

    private async Task<bool> LoadAsync(Guid id, Guid itemId, CancellationToken cancellationToken)
    {
        if (!await LoadSessionAsync(id, cancellationToken))
        {
            return false;
        }

        var row = (await monitoring.RowsAsync(Session, Today, cancellationToken)).FirstOrDefault(r => r.Item.Id == itemId);
        if (row is null)
        {
            return false;
        }

        Row = row;
        ContactCount = Db.VoterOpinions.Where(o => o.ConsolidatedItemId == itemId && o.ContactEmail != null).Select(o => o.ContactEmail).Distinct().Count();
        return true;
    }
}
