using System.Collections.Frozen;
using System.Text;

namespace CitizenVoice.Core.Deadlines;

/// <summary>
/// Due dates of the statutory clocks over one holiday calendar. Cheap to build (the rules are a small dictionary);
/// get the calendar from <see cref="IHolidayCalendarProvider"/> and the options from configuration.
/// </summary>
public sealed class DeadlineCalculator
{
    private readonly FrozenDictionary<string, DeadlineRule> _rules;
    private readonly int _dueSoonWorkingDays;

    public DeadlineCalculator(WorkingDayCalendar calendar, DeadlineOptions? options = null)
    {
        Calendar = calendar;
        _rules = DeadlineRules.Effective(options);
        _dueSoonWorkingDays = options?.DueSoonWorkingDays ?? new DeadlineOptions().DueSoonWorkingDays;
    }

    public WorkingDayCalendar Calendar { get; }

    /// <summary>The rules in force (catalogue plus configuration overrides).</summary>
    public IEnumerable<DeadlineRule> Rules => _rules.Values;

    public DeadlineRule Rule(string ruleId) =>
        _rules.TryGetValue(ruleId, out var rule) ? rule : throw new ArgumentException($"Unknown deadline rule '{ruleId}'.", nameof(ruleId));

    /// <summary>
    /// The due date of <paramref name="ruleId"/> for a clock started by an event on <paramref name="startDate"/>.
    /// Throws <see cref="ArgumentException"/> when the extensions are not allowed by the rule (check first with
    /// <see cref="DeadlineRule.ExtensionError"/> when recording a decision).
    /// </summary>
    public DeadlineResult Compute(string ruleId, DateOnly startDate, DeadlineFactors? factors = null)
    {
        var rule = Rule(ruleId);
        factors ??= DeadlineFactors.None;
        if (rule.ExtensionError(factors) is { } error)
        {
            throw new ArgumentException(error, nameof(factors));
        }

        var days = rule.DaysFor(factors);
        var extensionDays = factors.Extensions.Sum(e => e.Days);
        var total = days + extensionDays;
        DateOnly due;
        var moved = false;
        if (rule.Counting == DeadlineCounting.WorkingDays)
        {
            due = Calendar.AddWorkingDays(startDate, total);
        }
        else
        {
            // The event's day is not counted (BLDS 2015 Điều 147(1)), so "30 ngày kể từ ngày thụ lý" ends 30 days
            // after it. When that last day is a weekend or holiday the limit ends at the end of the next working day
            // (BLDS 2015 Điều 148(5)); the procedural laws set no other rule, so BLDS applies (Điều 144). For
            // KN-LIMIT this favours the complainant, which is also the safe reading for the agency.
            var lastDay = startDate.AddDays(total);
            due = Calendar.OnOrNextWorkingDay(lastDay);
            moved = due != lastDay;
        }

        var incomplete = false;
        for (var year = startDate.Year; year <= due.Year; year++)
        {
            incomplete |= !Calendar.Covers(year);
        }

        return new DeadlineResult(rule.Id, startDate, due, rule.Counting, days, extensionDays, Basis(rule, factors, days, moved), incomplete);
    }

    /// <summary>On time, due soon or overdue on <paramref name="today"/>, with the days left.</summary>
    public DeadlineStatus StatusOf(DateOnly dueDate, DateOnly today) =>
        DeadlineStatus.Evaluate(dueDate, today, Calendar, _dueSoonWorkingDays);

    private static string Basis(DeadlineRule rule, DeadlineFactors factors, int days, bool moved)
    {
        var unit = rule.Counting.Label();
        var text = new StringBuilder($"{days} {unit} kể từ {rule.StartsFrom}");
        if (factors.IsComplex && rule.ComplexDays is not null)
        {
            text.Append(", vụ việc phức tạp");
        }

        if (factors.IsRemoteArea && rule.RemoteAreaDays is not null)
        {
            text.Append(", vùng sâu, vùng xa");
        }

        text.Append($" ({rule.LegalBasis})");
        foreach (var extension in factors.Extensions)
        {
            text.Append($"; gia hạn {extension.Days} {unit} theo văn bản số {extension.DocumentNumber} ngày {extension.DecidedOn:dd/MM/yyyy}");
        }

        if (moved)
        {
            text.Append("; ngày cuối cùng là ngày nghỉ nên thời hạn kết thúc vào ngày làm việc tiếp theo (Điều 148 Bộ luật Dân sự 2015)");
        }

        return text.ToString();
    }
}
