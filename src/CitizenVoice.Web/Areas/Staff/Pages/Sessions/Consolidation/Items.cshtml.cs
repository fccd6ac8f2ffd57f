using CitizenVoice.Core;
using CitizenVoice.Core.Consolidation;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions.Consolidation;

/// <summary>The compiled items as the report will list them (B. central, C. local, by agency); reorder within a group.</summary>
public sealed class ItemsModel(ICitizenVoiceDb db, ItemGrouping grouping, TimeProvider clock) : ConsolidationPage(db, clock)
{
    public IReadOnlyList<ItemGroup> Groups { get; private set; } = [];

    public int FreeOpinions { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadSessionAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Groups = await LoadGroupsAsync(Db, grouping, Session.Id, cancellationToken);
        FreeOpinions = await Db.VoterOpinions.CountAsync(o => o.SessionId == Session.Id && o.ConsolidatedItemId == null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, [FromForm] Guid itemId, [FromForm] bool up, [FromServices] MoveConsolidatedItem move,
        CancellationToken cancellationToken)
    {
        var result = await move.ExecuteAsync(id, itemId, up, HttpContext.StaffScope(), cancellationToken);
        return Back(result, up ? "Đã chuyển kiến nghị lên trên." : "Đã chuyển kiến nghị xuống dưới.", $"{Request.Path}#item-{itemId}");
    }

    public static async Task<IReadOnlyList<ItemGroup>> LoadGroupsAsync(ICitizenVoiceDb db, ItemGrouping grouping, Guid sessionId, CancellationToken cancellationToken)
    {
        var items = await db.ConsolidatedItems.AsNoTracking().Where(i => i.SessionId == sessionId).ToListAsync(cancellationToken);
        var codes = items.Where(i => i.AgencyUnitCode is not null).Select(i => i.AgencyUnitCode!).Distinct().ToList();
        var names = await db.OrganisationUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Name, cancellationToken);
        return grouping.Group(items, names);
    }
}
