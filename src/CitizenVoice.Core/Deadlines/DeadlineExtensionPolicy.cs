namespace CitizenVoice.Core.Deadlines;

/// <summary>How far a rule may be extended: how many decisions for each complexity, days each, and the overall ceiling.</summary>
/// <param name="MaxDaysEach">Ceiling of one extension; null when the law sets none.</param>
/// <param name="MaxTotalDays">Ceiling of limit plus extensions; null when the law sets none.</param>
/// <param name="Description">The condition in Vietnamese, shown next to the rule.</param>
public sealed record DeadlineExtensionPolicy(
    int? MaxDaysEach,
    int MaxCountOrdinary,
    int MaxCountComplex,
    int MaxCountEspeciallyComplex,
    int? MaxTotalDays,
    string Description)
{
    public int MaxCount(CaseComplexity complexity) => complexity switch
    {
        CaseComplexity.EspeciallyComplex => MaxCountEspeciallyComplex,
        CaseComplexity.Complex => MaxCountComplex,
        _ => MaxCountOrdinary,
    };
}
