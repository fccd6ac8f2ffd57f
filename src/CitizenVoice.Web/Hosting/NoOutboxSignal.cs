using CitizenVoice.Core.Email;

namespace CitizenVoice.Web.Hosting;

/// <summary>For processes that run no job server: committed outbox rows are found by the recurring sweep elsewhere.</summary>
public sealed class NoOutboxSignal : IOutboxSignal
{
    public void EmailQueued(Guid outboxEmailId)
    {
    }
}
