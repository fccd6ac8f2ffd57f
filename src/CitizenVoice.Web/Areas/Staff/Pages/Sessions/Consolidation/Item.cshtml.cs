using CitizenVoice.Core;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions.Consolidation;

/// <summary>One compiled item: edit its summary and routing, split opinions off, merge another item into it.</summary>
public sealed class ItemModel(ICitizenVoiceDb db, TopicCatalog topics, AgencyCatalog agencies, TimeProvider clock) : ConsolidationPage(db, clock)
{
    public ConsolidatedItem Item { get; private set; } = null!;

    public IReadOnlyList<VoterOpinion> Opinions { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> MeetingLabels { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<(Guid Id, string Summary)> OtherItems { get; private set; } = [];

    public IReadOnlyList<Topic> Topics => topics.All;

    public IReadOnlyList<Agency> Agencies => agencies.All;

    public ValidationErrors Errors { get; private set; } = new();

    [BindProperty]
    public EditConsolidatedItemRequest Input { get; set; } = new(null, null, null, null, null);

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid itemId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, itemId, cancellationToken))
        {
            return NotFound();
        }

        Input = new EditConsolidatedItemRequest(Item.Summary, Item.TopicCode, Item.CompetenceLevel, Item.AgencyCode, Item.AgencyUnitCode);
        Version = Item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, Guid itemId, [FromServices] EditConsolidatedItem edit, CancellationToken cancellationToken)
    {
        var result = await edit.ExecuteAsync(id, itemId, Version, Input, HttpContext.StaffScope(), cancellationToken);
        if (Refused(result.Outcome) is { } refused)
        {
            return refused;
        }

        if (result.Outcome == VoterMeetingOutcome.Saved)
        {
            Flash = "Đã lưu kiến nghị.";
            return Redirect(Request.Path);
        }

        if (!await LoadAsync(id, itemId, cancellationToken))
        {
            return NotFound();
        }

        Errors = result.Errors;
        if (result.Outcome == VoterMeetingOutcome.Conflict)
        {
            FlashError = result.Errors.First("");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid itemId, [FromForm] Guid opinionId, [FromServices] RemoveOpinionFromItem remove,
        CancellationToken cancellationToken)
    {
        var result = await remove.ExecuteAsync(id, itemId, opinionId, HttpContext.StaffScope(), cancellationToken);
        return result.Outcome == VoterMeetingOutcome.Saved && result.Item is null
            ? Back(result, "Đã tách ý kiến cuối cùng; kiến nghị không còn ý kiến nào nên đã được xóa.", $"/staff/sessions/{id}/items")
            : Back(result, "Đã tách ý kiến khỏi kiến nghị; ý kiến sẽ được đề xuất gộp lại.");
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid id, Guid itemId, [FromForm] Guid sourceId, [FromServices] MergeItems merge,
        CancellationToken cancellationToken)
    {
        var result = await merge.ExecuteAsync(id, itemId, sourceId, HttpContext.StaffScope(), cancellationToken);
        return Back(result, "Đã gộp kiến nghị đã chọn vào kiến nghị này.");
    }

    public string? Error(string field) => Errors.First(field);

    private async Task<bool> LoadAsync(Guid id, Guid itemId, CancellationToken cancellationToken)
    {
        if (!await LoadSessionAsync(id, cancellationToken))
        {
            return false;
        }

        var item = await Db.ConsolidatedItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId && i.SessionId == Session.Id, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Opinions = await Db.VoterOpinions.AsNoTracking().Where(o => o.ConsolidatedItemId == item.Id)
            .OrderBy(o => o.CreatedAt).ToListAsync(cancellationToken);
        MeetingLabels = await Db.VoterMeetings.AsNoTracking().Where(m => m.SessionId == Session.Id)
            .ToDictionaryAsync(m => m.Id, m => Date(m.Date) + " – " + m.Place, cancellationToken);
        OtherItems = (await Db.ConsolidatedItems.AsNoTracking()
                .Where(i => i.SessionId == Session.Id && i.Id != item.Id && i.Status != ConsolidatedItemStatus.Answered)
                .OrderBy(i => i.CreatedAt).Select(i => new { i.Id, i.Summary }).ToListAsync(cancellationToken))
            .Select(i => (i.Id, i.Summary)).ToList();
        return true;
    }
}
