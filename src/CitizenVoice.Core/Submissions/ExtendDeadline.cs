using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Submissions.Workflow;

namespace CitizenVoice.Core.Submissions;

public sealed record ExtendDeadlineRequest(Guid SubmissionId, int Version, Guid DeadlineId, string? DocumentNumber, DateOnly? DecidedOn, int? Days);

/// <summary>Records a written extension decision (number, date, days) on a running clock, within what its rule allows.</summary>
public sealed class ExtendDeadline(SubmissionWorkflow workflow, SubmissionClocks clocks, TimeProvider clock)
{
    public Task<WorkflowResult> ExecuteAsync(ExtendDeadlineRequest request, StaffScope actor, CancellationToken cancellationToken) =>
        workflow.RunAsync(request.SubmissionId, request.Version, actor, WorkflowRight.Process, async (step, ct) =>
        {
            var number = TextField.Clean(request.DocumentNumber, "documentNumber", "số văn bản gia hạn", Submission.DocumentNumberMaxLength, step.Errors, required: true);
            if (request.DecidedOn is not { } decidedOn)
            {
                step.Errors.Add("decidedOn", "Vui lòng nhập ngày ban hành văn bản gia hạn.");
            }
            else if (decidedOn > VietnamTime.Today(clock))
            {
                step.Errors.Add("decidedOn", "Ngày ban hành văn bản gia hạn không thể sau ngày hôm nay.");
            }

            if (request.Days is not (> 0 and <= 90))
            {
                step.Errors.Add("days", "Số ngày gia hạn phải từ 1 đến 90.");
            }

            if (!step.Errors.IsEmpty)
            {
                return;
            }

            var extension = new DeadlineExtension(number!, request.DecidedOn!.Value, request.Days!.Value);
            var (deadline, error) = await clocks.ExtendAsync(step.Submission, request.DeadlineId, extension, ct);
            if (deadline is null)
            {
                step.Errors.Add("days", error!);
                return;
            }

            var label = (await clocks.CalculatorAsync(ct)).Rule(deadline.RuleId).Label;
            step.Submission.RecordExtension(label, extension, deadline.DueDate, actor.UserId, step.Now);
            step.AuditDetails = $"Gia hạn {deadline.RuleId} thêm {extension.Days} ngày, văn bản {extension.DocumentNumber} ngày {extension.DecidedOn:dd/MM/yyyy}; hạn mới {deadline.DueDate:dd/MM/yyyy}";
        }, cancellationToken);
}
