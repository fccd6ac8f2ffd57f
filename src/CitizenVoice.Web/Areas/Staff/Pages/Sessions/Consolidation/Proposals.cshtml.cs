using CitizenVoice.Core;
using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions.Consolidation;

/// <summary>"Đề xuất gộp": proposed clusters of the opinions not yet compiled; accept, leave some out, or add to an item.</summary>
public sealed class ProposalsModel(ICitizenVoiceDb db, ProposeConsolidation propose, TimeProvider clock) : ConsolidationPage(db, clock)
{
    public ConsolidationProposal Proposal { get; private set; } = null!;

    public IReadOnlyList<ItemChoice> Items { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    /// <summary>Only clusters of two or more opinions (single opinions are still listed when off).</summary>
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadSessionAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Proposal = await propose.ExecuteAsync(Session, P, ProposeConsolidation.DefaultPageSize, groupsOnly: !All, cancellationToken);
        Items = await Db.ConsolidatedItems.AsNoTracking().Where(i => i.SessionId == Session.Id)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new ItemChoice(i.Id, i.Summary, i.OpinionCount))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, [FromForm] List<Guid> opinionIds, [FromForm] string? summary,
        [FromServices] AcceptCluster accept, CancellationToken cancellationToken)
    {
        var result = await accept.ExecuteAsync(new AcceptClusterRequest(id, opinionIds, summary), HttpContext.StaffScope(), cancellationToken);
        return Answer(result, $"Đã tạo kiến nghị từ {opinionIds.Count} ý kiến.");
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id, [FromForm] List<Guid> opinionIds, [FromForm] Guid itemId,
        [FromServices] AddOpinionsToItem add, CancellationToken cancellationToken)
    {
        if (itemId == Guid.Empty)
        {
            return Answer(ConsolidationResult.Invalid("itemId", "Chọn kiến nghị để thêm ý kiến vào."), "");
        }

        var result = await add.ExecuteAsync(id, itemId, opinionIds, HttpContext.StaffScope(), cancellationToken);
        return Answer(result, $"Đã thêm {opinionIds.Count} ý kiến vào kiến nghị đã có.");
    }

    private IActionResult Answer(ConsolidationResult result, string success)
    {
        if (!IsHtmx)
        {
            return Back(result, success, $"{Request.Path}?p={P}&all={(All ? "true" : "false")}");
        }

        if (Refused(result.Outcome) is { } refused)
        {
            return refused;
        }

        var ok = result.Outcome == VoterMeetingOutcome.Saved;
        return Partial("_ClusterOutcome", new ClusterOutcome(ok, ok ? success : string.Join(" ", result.Errors.ByField.SelectMany(e => e.Value)), result.Item?.Id));
    }

    public sealed record ItemChoice(Guid Id, string Summary, int OpinionCount);

    public sealed record ClusterOutcome(bool Ok, string Message, Guid? ItemId);
}
