namespace CitizenVoice.Core.Routing;

/// <summary>
/// Told after a new item commits with <see cref="RoutingStatus.Pending"/>, so that classification starts at once (Web
/// enqueues a Hangfire job). Losing the signal loses nothing: the Pending status is the queue, and the recurring
/// sweep classifies every Pending item.
/// </summary>
public interface IClassificationSignal
{
    void SubmissionReceived(Guid submissionId);
}
