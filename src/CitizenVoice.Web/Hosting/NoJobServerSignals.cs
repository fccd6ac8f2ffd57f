using CitizenVoice.Core.Email;
using CitizenVoice.Core.Routing;

namespace CitizenVoice.Web.Hosting;

/// <summary>
/// For processes that run no job server (tests, a web-only node): committed outbox rows and Pending submissions are
/// found by the recurring jobs of a job node.
/// </summary>
public sealed class NoJobServerSignals : IOutboxSignal, IClassificationSignal
{
    public void EmailQueued(Guid outboxEmailId)
    {
    }

    public void SubmissionReceived(Guid submissionId)
    {
    }
}
