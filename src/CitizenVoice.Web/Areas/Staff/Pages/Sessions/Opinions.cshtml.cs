using CitizenVoice.Core;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>
/// Rapid entry of a meeting's opinions, keyboard only: one row per opinion, Enter saves (htmx swaps the sheet, or a
/// plain POST redirects back), the saved row shows its classification, focus returns to a fresh row. Rows can be
/// edited, deleted and their routing corrected inline (kept as a labelled example).
/// </summary>
public sealed class OpinionsModel(
    ICitizenVoiceDb db,
    PlaceCatalog places,
    TopicCatalog topics,
    AgencyCatalog agencies,
    RecordOpinion recordOpinion,
    EditOpinion editOpinion,
    DeleteOpinion deleteOpinion,
    ConfirmOpinionRouting confirmRouting,
    CommentOnOpinion commentOnOpinion) : PageModel
{
    public OpinionSheet Sheet { get; private set; } = null!;

    public Session Session { get; private set; } = null!;

    public string CommuneName { get; private set; } = "";

    private bool IsHtmx => Request.Headers.ContainsKey("HX-Request");

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? edit, CancellationToken cancellationToken) =>
        await LoadAsync(id, new OpinionEntry(), new ValidationErrors(), edit, TempData["Flash"] as string, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(Guid id, OpinionEntry entry, CancellationToken cancellationToken)
    {
        var result = await recordOpinion.ExecuteAsync(id, entry.ToInput(), HttpContext.StaffScope(), cancellationToken);
        if (Refused(result.Outcome) is { } refused)
        {
            return refused;
        }

        if (result.Outcome == VoterMeetingOutcome.Saved)
        {
            var saved = $"Đã lưu ý kiến: {TopicLabel(result.Opinion!)}.";
            if (!IsHtmx)
            {
                TempData["Flash"] = saved;
                return Redirect($"/staff/sessions/meetings/{id}/opinions#entry");
            }

            return await SheetAsync(id, new OpinionEntry { VoterPlace = entry.VoterPlace }, new ValidationErrors(), null, saved, cancellationToken);
        }

        return await SheetAsync(id, entry, result.Errors, null, null, cancellationToken, StatusCodes.Status422UnprocessableEntity);
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id, Guid opinionId, int version, OpinionEntry entry, CancellationToken cancellationToken)
    {
        var result = await editOpinion.ExecuteAsync(opinionId, version, entry.ToInput(), HttpContext.StaffScope(), cancellationToken);
        if (Refused(result.Outcome) is { } refused)
        {
            return refused;
        }

        var message = result.Outcome switch
        {
            VoterMeetingOutcome.Saved => "Đã sửa ý kiến.",
            VoterMeetingOutcome.Conflict => "Người khác vừa sửa ý kiến này; đã tải lại bản mới nhất.",
            _ => null,
        };
        if (result.Outcome == VoterMeetingOutcome.Invalid)
        {
            return await SheetAsync(id, new OpinionEntry(), result.Errors, opinionId, null, cancellationToken, StatusCodes.Status422UnprocessableEntity);
        }

        if (!IsHtmx)
        {
            TempData["Flash"] = message;
            return Redirect($"/staff/sessions/meetings/{id}/opinions");
        }

        return await SheetAsync(id, new OpinionEntry(), new ValidationErrors(), null, message, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid opinionId, CancellationToken cancellationToken)
    {
        var outcome = await deleteOpinion.ExecuteAsync(opinionId, HttpContext.StaffScope(), cancellationToken);
        if (Refused(outcome) is { } refused)
        {
            return refused;
        }

        var message = outcome == VoterMeetingOutcome.Conflict
            ? "Ý kiến đã được tổng hợp vào báo cáo nên không xóa được."
            : "Đã xóa ý kiến.";
        if (!IsHtmx)
        {
            TempData["Flash"] = message;
            return Redirect($"/staff/sessions/meetings/{id}/opinions");
        }

        return await SheetAsync(id, new OpinionEntry(), new ValidationErrors(), null, message, cancellationToken);
    }

    public async Task<IActionResult> OnPostRouteAsync(Guid id, Guid opinionId, int version, string? topicCode, string? level, string? agencyCode,
        CancellationToken cancellationToken)
    {
        var result = await confirmRouting.ExecuteAsync(opinionId, version, topicCode, level, agencyCode, HttpContext.StaffScope(), cancellationToken);
        if (Refused(result.Outcome) is { } refused)
        {
            return refused;
        }

        if (!IsHtmx)
        {
            TempData["Flash"] = result.Outcome switch
            {
                VoterMeetingOutcome.Saved => "Đã lưu phân loại.",
                VoterMeetingOutcome.Conflict => "Người khác vừa sửa ý kiến này; vui lòng chọn lại.",
                _ => result.Errors.ByField.Values.First()[0],
            };
            return Redirect($"/staff/sessions/meetings/{id}/opinions");
        }

        return await RowAsync(id, opinionId, result.Outcome == VoterMeetingOutcome.Conflict ? WithConflict() : result.Errors, cancellationToken);
    }

    /// <summary>A note on a row; deputies may add one too (they read and comment, never edit).</summary>
    public async Task<IActionResult> OnPostCommentAsync(Guid id, Guid opinionId, string? comment, CancellationToken cancellationToken)
    {
        var result = await commentOnOpinion.ExecuteAsync(opinionId, comment, HttpContext.StaffScope(), cancellationToken);
        if (Refused(result.Outcome) is { } refused)
        {
            return refused;
        }

        if (!IsHtmx)
        {
            TempData["Flash"] = result.Outcome == VoterMeetingOutcome.Saved ? "Đã thêm ghi chú." : result.Errors.ByField.Values.First()[0];
            return Redirect($"/staff/sessions/meetings/{id}/opinions#opinion-{opinionId}");
        }

        return await RowAsync(id, opinionId, result.Errors, cancellationToken);
    }

    /// <summary>htmx: one row again, with its number in the sheet and any errors of what was posted on it.</summary>
    private async Task<IActionResult> RowAsync(Guid id, Guid opinionId, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, new OpinionEntry(), new ValidationErrors(), null, null, cancellationToken) is { } problem)
        {
            return problem;
        }

        var index = Sheet.Opinions.ToList().FindIndex(o => o.Id == opinionId);
        return index < 0 ? NotFound() : Partial("_OpinionRow", Sheet.Row(Sheet.Opinions[index], index + 1, errors));
    }

    private static ValidationErrors WithConflict()
    {
        var errors = new ValidationErrors();
        errors.Add("topicCode", "Người khác vừa sửa ý kiến này; đã tải lại, vui lòng chọn lại.");
        return errors;
    }

    private string TopicLabel(VoterOpinion opinion) =>
        $"{topics.Label(opinion.TopicCode)}, {CompetenceLevels.Label(opinion.CompetenceLevel)}";

    private IActionResult? Refused(VoterMeetingOutcome outcome) => outcome switch
    {
        VoterMeetingOutcome.NotFound => NotFound(),
        VoterMeetingOutcome.Forbidden => Forbid(),
        _ => null,
    };

    private async Task<IActionResult> SheetAsync(Guid id, OpinionEntry entry, ValidationErrors errors, Guid? editing, string? message,
        CancellationToken cancellationToken, int status = StatusCodes.Status200OK)
    {
        if (await LoadAsync(id, entry, errors, editing, message, cancellationToken) is { } problem)
        {
            return problem;
        }

        // htmx swaps only 2xx responses; the plain form gets 422 so that a failed save is visible to tools and tests.
        if (IsHtmx)
        {
            return Partial("_OpinionSheet", Sheet);
        }

        Response.StatusCode = status;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, OpinionEntry entry, ValidationErrors errors, Guid? editing, string? message,
        CancellationToken cancellationToken)
    {
        var scope = HttpContext.StaffScope();
        var meeting = await db.VoterMeetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null || !VoterMeetingAccess.CanSee(scope, meeting.OwnerUnitCode))
        {
            return NotFound();
        }

        Session = await db.Sessions.AsNoTracking().FirstAsync(s => s.Id == meeting.SessionId, cancellationToken);
        var snapshot = await places.GetAsync(cancellationToken);
        CommuneName = snapshot.CommunesByCode.TryGetValue(meeting.CommuneCode, out var commune) ? commune.FullName : meeting.CommuneCode;
        var opinions = await db.VoterOpinions.AsNoTracking().Where(o => o.MeetingId == id).OrderBy(o => o.CreatedAt).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);
        var ids = opinions.Select(o => o.Id).ToList();
        var comments = await db.OpinionComments.AsNoTracking().Where(c => ids.Contains(c.OpinionId)).OrderBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
        Sheet = new OpinionSheet(meeting, opinions, entry, errors, VoterMeetingAccess.CanEdit(scope), editing, message, topics.All, agencies.All,
            comments.ToLookup(c => c.OpinionId));
        return null;
    }
}
