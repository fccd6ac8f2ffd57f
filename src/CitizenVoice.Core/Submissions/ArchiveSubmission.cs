using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Submissions.Workflow;

namespace CitizenVoice.Core.Submissions;

public sealed record ArchiveSubmissionRequest(Guid SubmissionId, int Version, string? Reason);

/// <summary>Lưu đơn: files the letter without further processing, with the reason the citizen reads.</summary>
public sealed class ArchiveSubmission(SubmissionWorkflow workflow)
{
    public Task<WorkflowResult> ExecuteAsync(ArchiveSubmissionRequest request, StaffScope actor, CancellationToken cancellationToken) =>
        workflow.RunAsync(request.SubmissionId, request.Version, actor, WorkflowRight.Process, (step, _) =>
        {
            var reason = TextField.Clean(request.Reason, "reason", "lý do lưu đơn", Submission.ReasonMaxLength, step.Errors, required: true, multiline: true, minLength: 5);
            if (reason is null || !step.Errors.IsEmpty)
            {
                return Task.CompletedTask;
            }

            step.Submission.Archive(reason, actor.UserId, step.Now);
            step.AuditDetails = "Lưu đơn: " + reason;
            return Task.CompletedTask;
        }, cancellationToken);
}
