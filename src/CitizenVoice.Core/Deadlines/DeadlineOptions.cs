namespace CitizenVoice.Core.Deadlines;

/// <summary>
/// Settings of the statutory clocks, bound from the `Deadlines` configuration section. NOTES asks that limits marked
/// "[verify]" (XLD, TC-NOTIFY, DP-REQ) live in configuration until confirmed, e.g.
/// <c>"Deadlines": { "Rules": { "XLD": { "Days": 10 } } }</c>; any rule may be overridden the same way if a law changes.
/// </summary>
public sealed class DeadlineOptions
{
    public const string SectionName = "Deadlines";

    /// <summary>NOTES section 3: dashboards flag a clock due within this many working days.</summary>
    public int DueSoonWorkingDays { get; set; } = 3;

    /// <summary>Overrides keyed by rule id (case-insensitive).</summary>
    public Dictionary<string, DeadlineRuleOverride> Rules { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
