using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Submissions.Workflow;

namespace CitizenVoice.Core.Submissions;

public sealed record RecordEligibilityRequest(Guid SubmissionId, int Version, bool Eligible, bool AnonymousOrFalseName, bool AnonymousWithEvidence, string? Reason);

/// <summary>The intake check of TT 05/2021: eligible letters go on; the others (incl. anonymous ones) are filed with the reason.</summary>
public sealed class RecordEligibility(SubmissionWorkflow workflow)
{
    public Task<WorkflowResult> ExecuteAsync(RecordEligibilityRequest request, StaffScope actor, CancellationToken cancellationToken) =>
        workflow.RunAsync(request.SubmissionId, request.Version, actor, WorkflowRight.Process, (step, _) =>
        {
            var reason = TextField.Clean(request.Reason, "reason", "lý do", Submission.ReasonMaxLength, step.Errors, required: !request.Eligible, multiline: true);
            if (!step.Errors.IsEmpty)
            {
                return Task.CompletedTask;
            }

            step.Submission.RecordEligibility(request.Eligible, request.AnonymousOrFalseName, request.AnonymousWithEvidence, reason, actor.UserId, step.Now);
            step.AuditDetails = request.Eligible
                ? "Kiểm tra điều kiện: đủ điều kiện xử lý" + (request.AnonymousWithEvidence ? " (tố cáo nặc danh có bằng chứng cụ thể)" : "")
                : "Kiểm tra điều kiện: không đủ điều kiện, lưu đơn. Lý do: " + reason;
            return Task.CompletedTask;
        }, cancellationToken);
}
