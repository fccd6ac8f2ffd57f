namespace CitizenVoice.Core.Email;

/// <summary>
/// Told after an outbox row commits, so that work can start at once (Web enqueues a Hangfire job). Losing the signal
/// loses nothing: the recurring sweep finds every unsent row.
/// </summary>
public interface IOutboxSignal
{
    void EmailQueued(Guid outboxEmailId);
}
