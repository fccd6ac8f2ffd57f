namespace CitizenVoice.Core.Submissions;

/// <summary>
/// Stores what one intake produced (the submission with its history and attachments, its receipt email, its
/// idempotency record, its clocks) in one atomic commit. The task completes only once they are committed, so a
/// submission is acknowledged only when it is durable. Concurrent intakes may share one transaction (group commit);
/// if a shared commit fails, each intake is retried alone, so one bad intake never fails another.
/// </summary>
public interface IIntakeStore
{
    /// <summary>Adds <paramref name="entities"/> and commits them; throws the database's exception when they cannot be stored.</summary>
    Task StoreAsync(IReadOnlyList<object> entities, CancellationToken cancellationToken);
}
