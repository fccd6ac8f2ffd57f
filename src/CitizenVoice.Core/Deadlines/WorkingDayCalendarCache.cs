using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Core.Deadlines;

/// <summary>
/// Loads the holiday table once (a few dozen rows a year) and keeps the calendar in memory, because every
/// dashboard row computes deadlines. Reloaded hourly like <c>PlaceCatalog</c>, so an edit made on another node
/// reaches this one without a restart.
/// </summary>
public sealed class WorkingDayCalendarCache(IServiceScopeFactory scopes, TimeProvider clock) : IHolidayCalendarProvider, IDisposable
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private Snapshot? _current;

    public async Task<WorkingDayCalendar> GetCalendarAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } calendar)
        {
            return calendar;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } loaded)
            {
                return loaded;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ICitizenVoiceDb>();
            var holidays = await db.PublicHolidays.AsNoTracking().ToListAsync(cancellationToken);
            var built = new WorkingDayCalendar(holidays);
            _current = new Snapshot(built, clock.GetUtcNow());
            return built;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate() => _current = null;

    public void Dispose() => _loading.Dispose();

    private WorkingDayCalendar? Fresh() =>
        _current is { } current && clock.GetUtcNow() - current.LoadedAt < RefreshAfter ? current.Calendar : null;

    // A reference swapped whole, so readers never see a calendar paired with another load's time.
    private sealed record Snapshot(WorkingDayCalendar Calendar, DateTimeOffset LoadedAt);
}
