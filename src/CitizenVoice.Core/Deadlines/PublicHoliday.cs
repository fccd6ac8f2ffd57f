namespace CitizenVoice.Core.Deadlines;

/// <summary>
/// One date of the holiday calendar that working-day clocks skip (or, for a compensatory working Saturday, count).
/// Seeded from the Labour Code and the Government's yearly notices; administrators correct it when a notice differs.
/// </summary>
public sealed class PublicHoliday
{
    public const int NameMaxLength = 150;
    public const int NoteMaxLength = 300;

    public PublicHoliday(DateOnly date, string name, PublicHolidayKind kind, string? note = null)
    {
        Date = date;
        Name = Require(name);
        Kind = kind;
        Note = Clean(note);
    }

    public DateOnly Date { get; private set; }

    /// <summary>Vietnamese name, e.g. "Tết Nguyên đán Bính Ngọ".</summary>
    public string Name { get; private set; }

    public PublicHolidayKind Kind { get; private set; }

    /// <summary>Legal basis or announcing notice, e.g. "BLLĐ 2019 Điều 112".</summary>
    public string? Note { get; private set; }

    /// <summary>Whether public bodies are closed that day (a holiday or a compensatory day off).</summary>
    public bool IsDayOff => Kind is PublicHolidayKind.Holiday or PublicHolidayKind.CompensatoryDayOff;

    /// <summary>An administrator's correction; the date is the identity and does not change.</summary>
    public void Update(string name, PublicHolidayKind kind, string? note)
    {
        Name = Require(name);
        Kind = kind;
        Note = Clean(note);
    }

    private static string Require(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed.Length > NameMaxLength)
        {
            throw new ArgumentException($"A holiday name has 1 to {NameMaxLength} characters.", nameof(name));
        }

        return trimmed;
    }

    private static string? Clean(string? note)
    {
        var trimmed = note?.Trim();
        if (trimmed is { Length: > NoteMaxLength })
        {
            throw new ArgumentException($"A holiday note has at most {NoteMaxLength} characters.", nameof(note));
        }

        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
