using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Attachments;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Submissions.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Submissions;

/// <summary>The answer as recorded by staff; <paramref name="Documents"/> are the reply letter and other documents of the answer (scans or DOCX).</summary>
public sealed record AnswerSubmissionRequest(
    Guid SubmissionId, int Version, string? Answer, string? DocumentNumber, DateOnly? DocumentDate, IReadOnlyList<AttachmentUpload>? Documents = null);

/// <summary>
/// Records the answer of the competent body (a responder of the unit the item was forwarded to) or of the processing
/// office itself: the item is answered and closes, and the citizen is emailed the answer. The answer's documents are
/// checked like the citizen's attachments and stored with the answer in one commit; their bytes are removed again when
/// that commit does not happen (invalid input, a concurrent edit, a failure), so nothing is left half-way.
/// </summary>
public sealed class AnswerSubmission(SubmissionWorkflow workflow, ICitizenVoiceDb db, IAttachmentStore attachmentStore, TimeProvider clock)
{
    public const string DocumentsField = "documents";

    public async Task<WorkflowResult> ExecuteAsync(AnswerSubmissionRequest request, StaffScope actor, CancellationToken cancellationToken)
    {
        var storedKeys = new List<string>();
        List<ValidatedAttachment>? files = null;
        try
        {
            var result = await workflow.RunAsync(request.SubmissionId, request.Version, actor, WorkflowRight.Answer, async (step, ct) =>
            {
                var answer = TextField.Clean(request.Answer, "answer", "nội dung trả lời", Submission.AnswerMaxLength, step.Errors, required: true, multiline: true, minLength: 20);
                var number = TextField.Clean(request.DocumentNumber, "documentNumber", "số văn bản trả lời", Submission.DocumentNumberMaxLength, step.Errors);
                if (request.DocumentDate is { } date && date > VietnamTime.Today(clock))
                {
                    step.Errors.Add("documentDate", "Ngày văn bản trả lời không thể sau ngày hôm nay.");
                }

                files = await SubmissionIntake.ReadAttachmentsAsync(request.Documents ?? [], step.Errors, ct, DocumentsField);
                if (answer is null || files is null || !step.Errors.IsEmpty)
                {
                    return;
                }

                var unitName = await db.OrganisationUnits.Where(u => u.Code == actor.UnitCode).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? actor.UnitCode;
                // The status rule is checked before any bytes are written.
                step.Submission.RecordAnswer(answer, number, request.DocumentDate, actor.DisplayName, actor.UnitCode, unitName, actor.UserId, step.Now);
                foreach (var file in files)
                {
                    var document = await file.StoreAsync(attachmentStore, step.Submission.Id, SubmissionAttachmentKind.Answer, storedKeys, ct);
                    step.Submission.AttachAnswerDocument(document);
                    db.SubmissionAttachments.Add(document);
                }

                step.EmailDetails = EmailDetails(answer, files.Count);
                step.AuditDetails = $"Trả lời đơn ({unitName})" + (number is null ? "" : $", văn bản số {number}")
                    + (files.Count == 0 ? "" : $", kèm {files.Count} tệp: " + string.Join(", ", files.Select(f => f.FileName)));
            }, cancellationToken);

            if (!result.Succeeded)
            {
                await attachmentStore.DeleteAllAsync(storedKeys);
            }

            return result;
        }
        catch
        {
            await attachmentStore.DeleteAllAsync(storedKeys);
            throw;
        }
        finally
        {
            SubmissionIntake.DisposeAll(files);
        }
    }

    // Files are never attached to email (size, and an address may be mistyped): the citizen downloads them from the
    // status lookup, which asks for the tracking code and the contact given.
    private static string? EmailDetails(string answer, int documentCount)
    {
        var parts = new List<string>(2);
        if (documentCount > 0)
        {
            parts.Add($"Văn bản trả lời ({documentCount} tệp) được đính kèm câu trả lời trên trang tra cứu. Ông/Bà mở liên kết bên dưới, "
                + "nhập mã tra cứu và số điện thoại hoặc email đã khai khi gửi đơn để xem và tải về; thư này không đính kèm tệp.");
        }

        if (answer.Length > 1500)
        {
            parts.Add("Toàn văn nội dung trả lời:\n" + answer);
        }

        return parts.Count == 0 ? null : string.Join("\n\n", parts);
    }
}
