using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Submissions.Workflow;

namespace CitizenVoice.Core.Submissions;

public sealed record DecideComplexityRequest(Guid SubmissionId, int Version, string? Complexity, string? Reason);

/// <summary>
/// Records staff's decision that a case is (especially) complex, with who and why (NOTES section 3); the running
/// clocks are recomputed (complaint limits lengthen, denunciation extensions become possible).
/// </summary>
public sealed class DecideComplexity(SubmissionWorkflow workflow)
{
    public Task<WorkflowResult> ExecuteAsync(DecideComplexityRequest request, StaffScope actor, CancellationToken cancellationToken) =>
        workflow.RunAsync(request.SubmissionId, request.Version, actor, WorkflowRight.Process, (step, _) =>
        {
            if (!ComplexityCodes.TryParse(request.Complexity, out var complexity))
            {
                step.Errors.Add("complexity", "Vui lòng chọn mức độ: không phức tạp, phức tạp hoặc đặc biệt phức tạp.");
            }

            var reason = TextField.Clean(request.Reason, "reason", "lý do xác định mức độ phức tạp", Submission.ReasonMaxLength, step.Errors, required: true, multiline: true, minLength: 5);
            if (reason is null || !step.Errors.IsEmpty)
            {
                return Task.CompletedTask;
            }

            step.Submission.DecideComplexity(complexity, reason, actor.UserId, actor.DisplayName, step.Now);
            step.RecomputeClocks = true;
            step.AuditDetails = $"Xác định mức độ vụ việc: {complexity.Label()}. Lý do: {reason}";
            return Task.CompletedTask;
        }, cancellationToken);
}
