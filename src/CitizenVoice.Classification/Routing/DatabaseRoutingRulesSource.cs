using CitizenVoice.Core;
using CitizenVoice.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Classification.Routing;

/// <summary>
/// The routing rules administrators edit (table RoutingRules, seeded from routing-rules.csv), in their stored order.
/// </summary>
public sealed class DatabaseRoutingRulesSource(IServiceScopeFactory scopes) : IRoutingRulesSource
{
    public IReadOnlyList<RoutingRule> LoadRules()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ICitizenVoiceDb>();
        return db.RoutingRules.AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).AsEnumerable().Select(ToRule).ToList();
    }

    public static async Task<IReadOnlyList<RoutingRule>> LoadAsync(ICitizenVoiceDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.RoutingRules.AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return rows.Select(ToRule).ToList();
    }

    public static RoutingRule ToRule(RoutingRuleEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var kind = entry.Kind switch
        {
            RoutingRuleKind.Table => RuleKind.Table,
            RoutingRuleKind.Keyword => RuleKind.Keyword,
            _ => RuleKind.Alias,
        };
        return CsvRoutingRulesSource.Create(kind, entry.TopicCode, entry.Level, entry.ProvinceCode, entry.PatternList, entry.AgencyList, entry.Weight);
    }
}
