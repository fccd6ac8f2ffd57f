using System.Globalization;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Deadlines;

/// <summary>An administrator adds a calendar day (<see cref="OriginalDate"/> null) or corrects one. Date is yyyy-MM-dd.</summary>
public sealed record SavePublicHolidayRequest(DateOnly? OriginalDate, string? Date, string? Name, string? Kind, string? Note);

public sealed record SavePublicHolidayResult(bool Saved, ValidationErrors Errors, bool NotFound = false);

/// <summary>
/// Adds or corrects a day of the holiday calendar, audited; the in-memory calendar is rebuilt at once so deadlines
/// computed after the save already count the change (other nodes within their refresh period).
/// </summary>
public sealed class SavePublicHoliday(ICitizenVoiceDb db, AuditLog audit, IHolidayCalendarProvider calendar)
{
    public async Task<SavePublicHolidayResult> ExecuteAsync(SavePublicHolidayRequest request, StaffScope actor, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var date = ParseDate(request.Date, errors);
        var name = TextField.Clean(request.Name, "name", "tên ngày", PublicHoliday.NameMaxLength, errors, required: true);
        var note = TextField.Clean(request.Note, "note", "ghi chú", PublicHoliday.NoteMaxLength, errors);
        if (!DeadlineCodes.TryParseHolidayKind(request.Kind, out var kind))
        {
            errors.Add("kind", "Chọn loại ngày: ngày lễ, ngày nghỉ bù hoặc ngày làm bù.");
        }
        else if (date is { } d)
        {
            // A working Saturday pays back a swapped day; other days are already working days.
            if (kind == PublicHolidayKind.CompensatoryWorkingDay && d.DayOfWeek != DayOfWeek.Saturday)
            {
                errors.Add("date", "Ngày làm bù phải là thứ Bảy.");
            }
        }

        PublicHoliday? existing = null;
        if (request.OriginalDate is { } original)
        {
            existing = await db.PublicHolidays.FirstOrDefaultAsync(h => h.Date == original, cancellationToken);
            if (existing is null)
            {
                return new SavePublicHolidayResult(false, errors, NotFound: true);
            }

            if (date is { } changed && changed != original)
            {
                errors.Add("date", "Không đổi được ngày của một mục đã có; xóa mục này rồi thêm ngày mới.");
            }
        }
        else if (date is { } fresh && await db.PublicHolidays.AnyAsync(h => h.Date == fresh, cancellationToken))
        {
            errors.Add("date", "Ngày này đã có trong lịch; hãy sửa mục đã có.");
        }

        if (!errors.IsEmpty)
        {
            return new SavePublicHolidayResult(false, errors);
        }

        var when = date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (existing is null)
        {
            db.PublicHolidays.Add(new PublicHoliday(date.Value, name!, kind, note));
            audit.Add(actor, AuditActions.SettingsChange, "public-holiday", when, $"Thêm ngày {when}: {name} ({kind.Label()})");
        }
        else
        {
            existing.Update(name!, kind, note);
            audit.Add(actor, AuditActions.SettingsChange, "public-holiday", when, $"Sửa ngày {when}: {name} ({kind.Label()})");
        }

        await db.SaveChangesAsync(cancellationToken);
        calendar.Invalidate();
        return new SavePublicHolidayResult(true, errors);
    }

    private static DateOnly? ParseDate(string? text, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add("date", "Nhập ngày.");
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "d/M/yyyy"];
        if (!DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year is < 2000 or > 2100)
        {
            errors.Add("date", "Ngày không hợp lệ (dạng ngày/tháng/năm, từ năm 2000 đến 2100).");
            return null;
        }

        return date;
    }
}
