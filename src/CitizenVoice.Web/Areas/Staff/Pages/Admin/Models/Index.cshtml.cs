using CitizenVoice.Classification.Retraining;
using CitizenVoice.Classification.Runtime;
using CitizenVoice.Classification.Training;
using CitizenVoice.Core;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Routing;
using CitizenVoice.Web.Staff;
using Hangfire;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Admin.Models;

/// <summary>Model versions side by side: which one classifies now, retrain now, roll back to an earlier one.</summary>
public sealed class IndexModel(ICitizenVoiceDb db, RoutingClassifierHolder holder) : PageModel
{
    public IReadOnlyList<Row> Versions { get; private set; } = [];

    public Row? Shipped { get; private set; }

    public string CurrentModelPath => holder.Current.ModelPath;

    /// <summary>A trained version classifies now (an active one trained with older features does not).</summary>
    public bool AnyActive => Versions.Any(v => v.Version?.Status == RoutingModelStatus.Active && v.Usable);

    public int ConfirmedLabels { get; private set; }

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var versions = await db.RoutingModelVersions.AsNoTracking().OrderByDescending(v => v.Version).ToListAsync(cancellationToken);
        Versions = versions.Select(v => new Row(v, ModelMetrics.TryParse(v.MetricsJson))).ToList();
        var shippedFile = Path.Combine(holder.DefaultModelPath, ModelFiles.Metrics);
        Shipped = System.IO.File.Exists(shippedFile) ? new Row(null, ModelMetrics.TryParse(await System.IO.File.ReadAllTextAsync(shippedFile, cancellationToken))) : null;
        ConfirmedLabels = await db.ConfirmedLabels.CountAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRetrainAsync([FromServices] IBackgroundJobClient jobs, [FromServices] AuditLog audit, CancellationToken cancellationToken)
    {
        var scope = HttpContext.StaffScope();
        jobs.Enqueue<RetrainRoutingModelJob>(j => j.RunAsync(scope.UserId, scope.DisplayName, CancellationToken.None));
        await audit.RecordAsync(scope, AuditActions.SettingsChange, "routing-model", null, "Yêu cầu huấn luyện lại mô hình phân loại", cancellationToken);
        Flash = "Đã đưa việc huấn luyện lại vào hàng đợi. Mất khoảng vài phút; tải lại trang để xem kết quả.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRollbackAsync(Guid id, [FromServices] ActivateRoutingModelVersion activate, CancellationToken cancellationToken)
    {
        var metrics = await db.RoutingModelVersions.AsNoTracking().Where(v => v.Id == id).Select(v => v.MetricsJson).FirstOrDefaultAsync(cancellationToken);
        if (metrics is not null && !ModelMetrics.JsonReadsCurrentFeatures(metrics))
        {
            Flash = OldFeaturesNote;
            return RedirectToPage();
        }

        var outcome = await activate.ExecuteAsync(id, HttpContext.StaffScope(), cancellationToken);
        Flash = outcome switch
        {
            ActivateRoutingModelOutcome.Activated => "Đã quay lại phiên bản đã chọn; bộ phân loại dùng phiên bản này từ bây giờ.",
            ActivateRoutingModelOutcome.NotAllowed => "Chỉ quay lại được phiên bản đã từng được dùng.",
            _ => "Không tìm thấy phiên bản này.",
        };
        return RedirectToPage();
    }

    public const string OldFeaturesNote =
        "Phiên bản này được huấn luyện với cách tính đặc trưng của bản phần mềm cũ nên không dùng lại được.";

    public const string ShippedUntilRetrainNote = "Bộ phân loại dùng mô hình gốc cho đến lần huấn luyện lại sau.";

    /// <summary>A version (null for the shipped ml-models/) with its parsed metrics.</summary>
    public sealed record Row(RoutingModelVersion? Version, ModelMetrics? Metrics)
    {
        /// <summary>False for a version trained with an older featurizer: it can neither classify nor be rolled back to.</summary>
        public bool Usable => Metrics?.ReadsCurrentFeatures() == true;

        /// <summary>A version that passed once (active or retired) but cannot be used now; a rejected one never passed.</summary>
        public bool LostToOldFeatures => !Usable && Version is { Status: not RoutingModelStatus.Rejected };
    }
}
