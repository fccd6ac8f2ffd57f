using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Submissions.Workflow;

namespace CitizenVoice.Core.Submissions;

public sealed record AcceptSubmissionRequest(Guid SubmissionId, int Version);

/// <summary>Thụ lý: the owner unit takes the case up for resolution; resolution clocks start (KN1-RESOLVE, TC-RESOLVE).</summary>
public sealed class AcceptSubmission(SubmissionWorkflow workflow)
{
    public Task<WorkflowResult> ExecuteAsync(AcceptSubmissionRequest request, StaffScope actor, CancellationToken cancellationToken) =>
        workflow.RunAsync(request.SubmissionId, request.Version, actor, WorkflowRight.Process, (step, _) =>
        {
            step.Submission.Accept(actor.UserId, step.Now);
            step.AuditDetails = "Thụ lý đơn";
            return Task.CompletedTask;
        }, cancellationToken);
}
