namespace CitizenVoice.Core.Deadlines;

/// <summary>Where a running clock stands on a given day, for dashboards and reminders.</summary>
public enum DeadlineState
{
    OnTime,

    /// <summary>Due within <see cref="DeadlineOptions.DueSoonWorkingDays"/> working days, or due today.</summary>
    DueSoon,

    Overdue,
}
