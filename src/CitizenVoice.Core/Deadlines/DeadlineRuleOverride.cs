namespace CitizenVoice.Core.Deadlines;

/// <summary>Configured days replacing a rule's own, e.g. once the "[verify]" article of TT 05/2021 is confirmed differently.</summary>
public sealed class DeadlineRuleOverride
{
    public int? Days { get; set; }

    public int? ComplexDays { get; set; }

    public int? RemoteAreaDays { get; set; }

    public int? RemoteAreaComplexDays { get; set; }
}
