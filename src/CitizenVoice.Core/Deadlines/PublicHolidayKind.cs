namespace CitizenVoice.Core.Deadlines;

/// <summary>How a dated entry of the holiday calendar changes the working week (Bộ luật Lao động 2019 Điều 111–112).</summary>
public enum PublicHolidayKind
{
    /// <summary>`ngay-le`: a public holiday or Tết day (Điều 112(1)).</summary>
    Holiday,

    /// <summary>`nghi-bu`: a day off in lieu, when a holiday falls on a weekend (Điều 111(3)) or a working day is swapped.</summary>
    CompensatoryDayOff,

    /// <summary>`lam-bu`: a Saturday that becomes a working day to pay back a swapped day off.</summary>
    CompensatoryWorkingDay,
}
