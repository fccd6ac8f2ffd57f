using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.Deadlines;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Core.VoterAnswers;

/// <summary>CT-ANSWER: the agency answers a forwarded voter petition within 60 days of receiving it (QĐ 33/2017/QĐ-TTg Art. 12).</summary>
public sealed class AnswerClock(IHolidayCalendarProvider holidays, IOptions<DeadlineOptions> options)
{
    public async Task<DeadlineCalculator> CalculatorAsync(CancellationToken cancellationToken) =>
        new(await holidays.GetCalendarAsync(cancellationToken), options.Value);

    public static DateOnly? DueOn(DeadlineCalculator calculator, ConsolidatedItem item) =>
        item.ReceivedByAgencyOn is { } received ? calculator.Compute(DeadlineRules.VoterPetitionAnswer, received).DueDate : null;

    /// <summary>Unanswered and past its due date on <paramref name="today"/>.</summary>
    public static bool IsOverdue(DeadlineCalculator calculator, ConsolidatedItem item, DateOnly today) =>
        item.Status != ConsolidatedItemStatus.Answered && DueOn(calculator, item) is { } due && calculator.StatusOf(due, today).State == DeadlineState.Overdue;
}
