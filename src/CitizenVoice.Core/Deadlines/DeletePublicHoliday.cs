using System.Globalization;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Deadlines;

/// <summary>Removes a day from the holiday calendar, audited, and rebuilds the in-memory calendar.</summary>
public sealed class DeletePublicHoliday(ICitizenVoiceDb db, AuditLog audit, IHolidayCalendarProvider calendar)
{
    /// <summary>Returns false when the date is not in the calendar.</summary>
    public async Task<bool> ExecuteAsync(DateOnly date, StaffScope actor, CancellationToken cancellationToken)
    {
        var holiday = await db.PublicHolidays.FirstOrDefaultAsync(h => h.Date == date, cancellationToken);
        if (holiday is null)
        {
            return false;
        }

        var when = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        db.PublicHolidays.Remove(holiday);
        audit.Add(actor, AuditActions.SettingsChange, "public-holiday", when, $"Xóa ngày {when}: {holiday.Name} ({holiday.Kind.Label()})");
        await db.SaveChangesAsync(cancellationToken);
        calendar.Invalidate();
        return true;
    }
}
