namespace CitizenVoice.Core.Deadlines;

/// <summary>A computed due date with what to store and show beside it.</summary>
/// <param name="Days">The limit applied before extensions (after complexity and remote-area variants).</param>
/// <param name="ExtensionDays">Days added by extension decisions, in the same unit.</param>
/// <param name="BasisText">Vietnamese explanation for staff and citizens, with the article.</param>
/// <param name="HolidayCalendarIncomplete">A year of the counted period has no holiday data: only weekends were skipped.</param>
public sealed record DeadlineResult(
    string RuleId,
    DateOnly StartDate,
    DateOnly DueDate,
    DeadlineCounting Counting,
    int Days,
    int ExtensionDays,
    string BasisText,
    bool HolidayCalendarIncomplete)
{
    public int TotalDays => Days + ExtensionDays;
}
