namespace CitizenVoice.Core.Deadlines;

/// <summary>Whether a statutory limit is written in days ("10 ngày") or working days ("10 ngày làm việc").</summary>
public enum DeadlineCounting
{
    /// <summary>Every calendar day counts; a last day that is a day off moves to the next working day (BLDS 2015 Điều 148(5)).</summary>
    CalendarDays,

    /// <summary>Only working days count: Monday to Friday, minus holidays, plus compensatory working Saturdays.</summary>
    WorkingDays,
}
