namespace CitizenVoice.Classification.Routing;

/// <summary>What a routing rule row does.</summary>
public enum RuleKind
{
    /// <summary>(topic, level[, province]) → agencies in order: the default route.</summary>
    Table,

    /// <summary>A phrase in the text overrides the table (mất điện → power company), optionally per topic/level.</summary>
    Keyword,

    /// <summary>The text names a body, by current or old name (Bộ GTVT → BXD); used when the level fits.</summary>
    Alias,
}
