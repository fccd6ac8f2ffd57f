using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Submissions.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Submissions;

public sealed record AnswerSubmissionRequest(Guid SubmissionId, int Version, string? Answer, string? DocumentNumber, DateOnly? DocumentDate);

/// <summary>
/// Records the answer of the competent body (a responder of the unit the item was forwarded to) or of the processing
/// office itself: the item is answered and closes, and the citizen is emailed the answer.
/// </summary>
public sealed class AnswerSubmission(SubmissionWorkflow workflow, ICitizenVoiceDb db, TimeProvider clock)
{
    public Task<WorkflowResult> ExecuteAsync(AnswerSubmissionRequest request, StaffScope actor, CancellationToken cancellationToken) =>
        workflow.RunAsync(request.SubmissionId, request.Version, actor, WorkflowRight.Answer, async (step, ct) =>
        {
            var answer = TextField.Clean(request.Answer, "answer", "nội dung trả lời", Submission.AnswerMaxLength, step.Errors, required: true, multiline: true, minLength: 20);
            var number = TextField.Clean(request.DocumentNumber, "documentNumber", "số văn bản trả lời", Submission.DocumentNumberMaxLength, step.Errors);
            if (request.DocumentDate is { } date && date > VietnamTime.Today(clock))
            {
                step.Errors.Add("documentDate", "Ngày văn bản trả lời không thể sau ngày hôm nay.");
            }

            if (answer is null || !step.Errors.IsEmpty)
            {
                return;
            }

            var unitName = await db.OrganisationUnits.Where(u => u.Code == actor.UnitCode).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? actor.UnitCode;
            step.Submission.RecordAnswer(answer, number, request.DocumentDate, actor.DisplayName, actor.UnitCode, unitName, actor.UserId, step.Now);
            step.EmailDetails = answer.Length > 1500 ? "Toàn văn nội dung trả lời:\n" + answer : null;
            step.AuditDetails = $"Trả lời đơn ({unitName})" + (number is null ? "" : $", văn bản số {number}");
        }, cancellationToken);
}
