using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Submissions.Workflow;

namespace CitizenVoice.Core.Submissions;

public sealed record StartProcessingRequest(Guid SubmissionId, int Version);

/// <summary>Received → in progress: a processor takes the letter up for classification (TT 05/2021).</summary>
public sealed class StartProcessing(SubmissionWorkflow workflow)
{
    public Task<WorkflowResult> ExecuteAsync(StartProcessingRequest request, StaffScope actor, CancellationToken cancellationToken) =>
        workflow.RunAsync(request.SubmissionId, request.Version, actor, WorkflowRight.Process, (step, _) =>
        {
            step.Submission.StartProcessing(actor.UserId, step.Now);
            step.AuditDetails = "Bắt đầu xử lý đơn";
            return Task.CompletedTask;
        }, cancellationToken);
}
