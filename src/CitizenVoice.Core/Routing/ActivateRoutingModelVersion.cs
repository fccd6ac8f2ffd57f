using System.Globalization;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Routing;

public enum ActivateRoutingModelOutcome
{
    Activated,
    NotFound,

    /// <summary>Only a version that was once active (now retired) can be brought back; a rejected one never passed.</summary>
    NotAllowed,
}

/// <summary>
/// Rolls back to an earlier model version: it becomes active, the current one retired, audited; this process swaps
/// the classifier at once and other nodes within their refresh period.
/// </summary>
public sealed class ActivateRoutingModelVersion(ICitizenVoiceDb db, AuditLog audit, IRoutingClassifierRefresher refresher, TimeProvider clock)
{
    public async Task<ActivateRoutingModelOutcome> ExecuteAsync(Guid versionId, StaffScope actor, CancellationToken cancellationToken)
    {
        var target = await db.RoutingModelVersions.FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        if (target is null)
        {
            return ActivateRoutingModelOutcome.NotFound;
        }

        if (target.Status != RoutingModelStatus.Retired)
        {
            return ActivateRoutingModelOutcome.NotAllowed;
        }

        var active = await db.RoutingModelVersions.Where(v => v.Status == RoutingModelStatus.Active).ToListAsync(cancellationToken);
        foreach (var version in active)
        {
            version.Retire();
        }

        var from = active.Count == 0 ? "mô hình gốc" : "phiên bản " + string.Join(", ", active.Select(v => v.Version));
        target.Activate($"Quay lại phiên bản này (trước đó dùng {from}).", clock.GetUtcNow());
        audit.Add(actor, AuditActions.SettingsChange, "routing-model", target.Version.ToString(CultureInfo.InvariantCulture),
            $"Quay lại mô hình phân loại phiên bản {target.Version} (thay {from})");
        await db.SaveChangesAsync(cancellationToken);
        await refresher.RefreshAsync(cancellationToken);
        return ActivateRoutingModelOutcome.Activated;
    }
}
