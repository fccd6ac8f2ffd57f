using System.Globalization;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Routing;

/// <summary>Removes a routing rule, audited; every node reloads the table.</summary>
public sealed class DeleteRoutingRule(ICitizenVoiceDb db, AuditLog audit, IRoutingClassifierRefresher refresher, TimeProvider clock)
{
    /// <summary>Returns the removed rule, or null when it no longer exists.</summary>
    public async Task<RoutingRuleEntry?> ExecuteAsync(int id, StaffScope actor, CancellationToken cancellationToken)
    {
        var rule = await db.RoutingRules.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            return null;
        }

        db.RoutingRules.Remove(rule);
        await RoutingTableRevisions.BumpAsync(db, clock.GetUtcNow(), cancellationToken);
        audit.Add(actor, AuditActions.SettingsChange, "routing-rule", id.ToString(CultureInfo.InvariantCulture), "Xóa quy tắc chuyển đơn: " + rule.Describe());
        await db.SaveChangesAsync(cancellationToken);
        await refresher.RefreshAsync(cancellationToken);
        return rule;
    }
}
