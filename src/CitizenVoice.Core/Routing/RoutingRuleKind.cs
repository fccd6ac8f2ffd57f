namespace CitizenVoice.Core.Routing;

/// <summary>What a routing rule does (the classifier's RuleKind, as Core stores it).</summary>
public enum RoutingRuleKind
{
    /// <summary>(topic, level[, province]) → agencies in order: the default route.</summary>
    Table,

    /// <summary>A phrase in the text overrides the table (mất điện → power company), optionally per topic/level.</summary>
    Keyword,

    /// <summary>The text names a body by an old or short name (Bộ GTVT → BXD).</summary>
    Alias,
}
