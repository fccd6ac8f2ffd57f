using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Submissions.Workflow;

namespace CitizenVoice.Core.Submissions;

public sealed record GuideSubmitterRequest(Guid SubmissionId, int Version, string? Guidance);

/// <summary>Hướng dẫn: tells the sender which body to address; allowed once per letter (TT 05/2021).</summary>
public sealed class GuideSubmitter(SubmissionWorkflow workflow)
{
    public Task<WorkflowResult> ExecuteAsync(GuideSubmitterRequest request, StaffScope actor, CancellationToken cancellationToken) =>
        workflow.RunAsync(request.SubmissionId, request.Version, actor, WorkflowRight.Process, (step, _) =>
        {
            var guidance = TextField.Clean(request.Guidance, "guidance", "nội dung hướng dẫn", Submission.ReasonMaxLength, step.Errors, required: true, multiline: true, minLength: 10);
            if (guidance is null || !step.Errors.IsEmpty)
            {
                return Task.CompletedTask;
            }

            step.Submission.Guide(guidance, actor.UserId, step.Now);
            step.AuditDetails = "Hướng dẫn người gửi: " + guidance;
            return Task.CompletedTask;
        }, cancellationToken);
}
