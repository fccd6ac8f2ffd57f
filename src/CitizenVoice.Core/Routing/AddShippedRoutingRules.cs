using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Routing;

/// <summary>
/// The table is seeded once, so a database from an earlier version never receives the rules a later version ships.
/// This finds the shipped rules that no rule of the table equals (leaving out table rows for a topic, level and
/// province the table already answers) and, at the administrator's request, appends them, audited; every node
/// reloads the table.
/// </summary>
public sealed class AddShippedRoutingRules(ICitizenVoiceDb db, IShippedRoutingRules shipped, AuditLog audit, IRoutingClassifierRefresher refresher, TimeProvider clock)
{
    public async Task<IReadOnlyList<RoutingRuleEntry>> MissingAsync(CancellationToken cancellationToken) =>
        Missing(await db.RoutingRules.AsNoTracking().ToListAsync(cancellationToken));

    private List<RoutingRuleEntry> Missing(List<RoutingRuleEntry> table)
    {
        var present = table.Select(Key).ToHashSet(StringComparer.Ordinal);
        // The table keeps one row per topic, level and province: a row the administrator changed stays theirs.
        var tableRows = table.Where(r => r.Kind == RoutingRuleKind.Table).Select(r => (r.TopicCode, r.Level, r.ProvinceCode)).ToHashSet();
        return shipped.Load(clock.GetUtcNow())
            .Where(rule => !present.Contains(Key(rule)) && !(rule.Kind == RoutingRuleKind.Table && tableRows.Contains((rule.TopicCode, rule.Level, rule.ProvinceCode))))
            .ToList();
    }

    /// <summary>
    /// Appends the missing shipped rules after the table's last position, or only the one at
    /// <paramref name="shippedPosition"/> (its place in the shipped file, as <see cref="MissingAsync"/> gives it); returns
    /// what was added.
    /// </summary>
    public async Task<IReadOnlyList<RoutingRuleEntry>> ExecuteAsync(StaffScope actor, int? shippedPosition, CancellationToken cancellationToken)
    {
        var table = await db.RoutingRules.AsNoTracking().ToListAsync(cancellationToken);
        var missing = Missing(table).Where(r => shippedPosition is null || r.Position == shippedPosition).ToList();
        if (missing.Count == 0)
        {
            return missing;
        }

        var at = clock.GetUtcNow();
        var position = table.Count == 0 ? 0 : table.Max(r => r.Position);
        var added = missing.Select(rule => new RoutingRuleEntry(++position, rule.Kind, rule.TopicCode, rule.Level, rule.ProvinceCode,
            rule.PatternList, rule.AgencyList, rule.Weight, actor.UserId, at)).ToList();
        db.RoutingRules.AddRange(added);
        await RoutingTableRevisions.BumpAsync(db, at, cancellationToken);
        audit.Add(actor, AuditActions.SettingsChange, "routing-rule", null,
            $"Thêm {added.Count} quy tắc chuyển đơn từ bảng mặc định của phiên bản: " + string.Join("; ", added.Select(r => r.Describe())));
        await db.SaveChangesAsync(cancellationToken);
        await refresher.RefreshAsync(cancellationToken);
        return added;
    }

    /// <summary>Two rules are the same when kind, scope, phrases (in any order, any case), agencies (in order) and weight are.</summary>
    private static string Key(RoutingRuleEntry rule) => string.Join('\u001f',
        rule.Kind.ToString(), rule.TopicCode ?? "", rule.Level ?? "", rule.ProvinceCode ?? "",
        string.Join('|', rule.PatternList.Select(p => p.ToLowerInvariant()).Order(StringComparer.Ordinal)),
        string.Join(';', rule.AgencyList), rule.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
