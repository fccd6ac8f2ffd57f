namespace CitizenVoice.Core.VoterMeetings;

/// <summary>
/// Holds the similar-answer index for a few minutes: the portal asks on every pause in typing, while answers are
/// published a few times a day. Publishing calls <see cref="Invalidate"/> so the next search sees it in this process.
/// </summary>
public sealed class SimilarAnswerIndexCache : IDisposable
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private (SimilarAnswerIndex Index, DateTimeOffset LoadedAt)? _current;

    public async Task<SimilarAnswerIndex> GetAsync(Func<Task<SimilarAnswerIndex>> load, DateTimeOffset now)
    {
        if (_current is { } current && now - current.LoadedAt < RefreshAfter)
        {
            return current.Index;
        }

        await _loading.WaitAsync();
        try
        {
            if (_current is { } loaded && now - loaded.LoadedAt < RefreshAfter)
            {
                return loaded.Index;
            }

            var index = await load();
            _current = (index, now);
            return index;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate() => _current = null;

    public void Dispose() => _loading.Dispose();
}
