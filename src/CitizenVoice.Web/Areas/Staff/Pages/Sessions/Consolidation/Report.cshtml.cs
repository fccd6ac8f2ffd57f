using CitizenVoice.Core;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Email;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.SessionReports;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions.Consolidation;

/// <summary>
/// The session report: header form and "Tạo báo cáo", the stored versions with their downloads and what changed, the
/// configured recipients, and "Gửi báo cáo".
/// </summary>
public sealed class ReportModel(ICitizenVoiceDb db, PlaceCatalog places, TimeProvider clock) : ConsolidationPage(db, clock)
{
    [BindProperty]
    public ReportForm Form { get; set; } = new();

    public ValidationErrors Errors { get; private set; } = new();

    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    public ReportDiff? LatestChanges { get; private set; }

    public IReadOnlyList<ReportRecipient> Recipients { get; private set; } = [];

    public IReadOnlyList<DispatchRow> Dispatches { get; private set; } = [];

    public int ItemCount { get; private set; }

    /// <summary>Set when the compiler must confirm sending again; the names already sent to.</summary>
    public IReadOnlyList<string> ConfirmResendFor { get; private set; } = [];

    public Guid? PendingVersionId { get; private set; }

    public IReadOnlyList<Guid> PendingRecipientIds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadSessionAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var last = await Db.ReportVersions.AsNoTracking().Where(v => v.SessionId == Session.Id).OrderByDescending(v => v.Number)
            .Select(v => v.SettingsJson).FirstOrDefaultAsync(cancellationToken);
        var catalog = await places.GetAsync(cancellationToken);
        var province = catalog.ProvincesByCode.GetValueOrDefault(Session.OwnerUnitCode.Split('.')[0]);
        Form = ReportForm.From(ReportSettings.FromJson(last) is { } saved ? saved with { Date = Today } : ReportSettings.DefaultFor(Session, province, Today));
        await LoadListsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostGenerateAsync(Guid id, [FromServices] GenerateSessionReport generate, CancellationToken cancellationToken)
    {
        var result = await generate.ExecuteAsync(id, Form.ToSettings(Today), HttpContext.StaffScope(), cancellationToken);
        if (Refused(result.Outcome) is { } refused)
        {
            return refused;
        }

        if (result.Outcome == VoterMeetingOutcome.Saved)
        {
            Flash = $"Đã tạo báo cáo phiên bản {result.Version!.Number}: {result.Version.ItemCount} kiến nghị, {result.Version.OpinionCount} lượt ý kiến ({result.Elapsed.TotalSeconds:0.0} giây).";
            return Redirect(Request.Path + "#versions");
        }

        if (!await LoadSessionAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Errors = result.Errors;
        FlashError = Errors.First("") ?? "Vui lòng kiểm tra các trường được đánh dấu.";
        await LoadListsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(Guid id, Guid versionId, string format, [FromServices] AuditLog audit, CancellationToken cancellationToken)
    {
        if (!await LoadSessionAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var docx = format == "docx";
        var file = await Db.ReportVersions.AsNoTracking().Where(v => v.Id == versionId && v.SessionId == Session.Id)
            .Select(v => new { v.Id, v.Number, Bytes = docx ? v.Docx : v.Xlsx }).FirstOrDefaultAsync(cancellationToken);
        if (file is null || format is not ("docx" or "xlsx"))
        {
            return NotFound();
        }

        await audit.RecordAsync(HttpContext.StaffScope(), AuditActions.Export, nameof(ReportVersion), file.Id.ToString(),
            $"Tải báo cáo phiên bản {file.Number} ({format.ToUpperInvariant()})", cancellationToken);
        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"bao-cao-tong-hop-kien-nghi-cu-tri-v{file.Number}.{format}");
        return File(file.Bytes, docx ? ReportVersion.DocxContentType : ReportVersion.XlsxContentType, name);
    }

    public async Task<IActionResult> OnPostAddRecipientAsync(Guid id, [FromForm] string? recipientName, [FromForm] string? recipientEmail,
        [FromForm] bool forLocalItems, [FromServices] SaveReportRecipient save, CancellationToken cancellationToken)
    {
        var (outcome, errors) = await save.AddAsync(id, forLocalItems, recipientName, recipientEmail, HttpContext.StaffScope(), cancellationToken);
        if (Refused(outcome) is { } refused)
        {
            return refused;
        }

        if (outcome == VoterMeetingOutcome.Saved)
        {
            Flash = $"Đã thêm nơi nhận {recipientName}.";
        }
        else
        {
            FlashError = string.Join(" ", errors.ByField.SelectMany(e => e.Value));
        }

        return Redirect(Request.Path + "#recipients");
    }

    public async Task<IActionResult> OnPostRemoveRecipientAsync(Guid id, [FromForm] Guid recipientId, [FromServices] SaveReportRecipient save,
        CancellationToken cancellationToken)
    {
        var outcome = await save.RemoveAsync(id, recipientId, HttpContext.StaffScope(), cancellationToken);
        if (Refused(outcome) is { } refused)
        {
            return refused;
        }

        Flash = "Đã bỏ nơi nhận.";
        return Redirect(Request.Path + "#recipients");
    }

    public async Task<IActionResult> OnPostDispatchAsync(Guid id, [FromForm] Guid versionId, [FromForm] List<Guid> recipientIds, [FromForm] bool confirmResend,
        [FromServices] DispatchReport dispatch, CancellationToken cancellationToken)
    {
        var (outcome, already) = await dispatch.ExecuteAsync(id, versionId, recipientIds, confirmResend, HttpContext.StaffScope(), cancellationToken);
        switch (outcome)
        {
            case DispatchOutcome.NotFound:
                return NotFound();
            case DispatchOutcome.Forbidden:
                return Forbid();
            case DispatchOutcome.NoRecipients:
                FlashError = "Chọn ít nhất một nơi nhận.";
                return Redirect(Request.Path + "#dispatch");
            case DispatchOutcome.NeedsConfirmation:
                if (!await LoadSessionAsync(id, cancellationToken))
                {
                    return NotFound();
                }

                ConfirmResendFor = already;
                PendingVersionId = versionId;
                PendingRecipientIds = recipientIds;
                await OnGetAsync(id, cancellationToken);
                return Page();
            default:
                Flash = $"Đã đưa báo cáo vào hàng đợi gửi thư tới {recipientIds.Count} nơi nhận.";
                return Redirect(Request.Path + "#dispatch");
        }
    }

    private async Task LoadListsAsync(CancellationToken cancellationToken)
    {
        ItemCount = await Db.ConsolidatedItems.CountAsync(i => i.SessionId == Session.Id, cancellationToken);
        var versions = await Db.ReportVersions.AsNoTracking().Where(v => v.SessionId == Session.Id).OrderByDescending(v => v.Number)
            .Select(v => new { v.Id, v.Number, v.GeneratedAt, v.GeneratedByName, v.Reference, v.ItemCount, v.OpinionCount, v.InputHash, v.SnapshotJson, DocxSize = v.Docx.Length, XlsxSize = v.Xlsx.Length })
            .ToListAsync(cancellationToken);
        Versions = versions.Select(v => new VersionRow(v.Id, v.Number, v.GeneratedAt, v.GeneratedByName, v.Reference, v.ItemCount, v.OpinionCount, v.InputHash, v.DocxSize, v.XlsxSize)).ToList();
        if (versions.Count >= 2)
        {
            LatestChanges = ReportDiff.Between(ReportSnapshot.FromJson(versions[1].SnapshotJson), ReportSnapshot.FromJson(versions[0].SnapshotJson));
        }

        Recipients = await Db.ReportRecipients.AsNoTracking().Where(r => r.SessionId == Session.Id).OrderBy(r => r.ForLocalItems).ThenBy(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        Dispatches = await Db.ReportDispatches.AsNoTracking().Where(d => d.SessionId == Session.Id)
            .Join(Db.ReportVersions, d => d.ReportVersionId, v => v.Id, (d, v) => new { d, v.Number })
            .Join(Db.OutboxEmails, x => x.d.OutboxEmailId, e => e.Id, (x, e) => new DispatchRow(x.Number, x.d.RecipientName, x.d.RecipientEmail, x.d.SentByName, x.d.QueuedAt, e.SentAt, e.GaveUpAt))
            .ToListAsync(cancellationToken);
        Dispatches = Dispatches.OrderByDescending(d => d.QueuedAt).ToList();
    }

    public string? Error(string field) => Errors.First(field);

    public sealed record VersionRow(Guid Id, int Number, DateTimeOffset GeneratedAt, string GeneratedBy, string Reference, int ItemCount, int OpinionCount,
        string InputHash, int DocxSize, int XlsxSize);

    public sealed record DispatchRow(int Version, string Name, string Email, string SentBy, DateTimeOffset QueuedAt, DateTimeOffset? SentAt, DateTimeOffset? GaveUpAt);
}
