using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CitizenVoice.Core.Attachments;
using CitizenVoice.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Submissions;

/// <summary>What a citizen (or a client of the API) sends. Raw strings: the use case validates and normalises them.</summary>
public sealed record CreateSubmissionRequest
{
    public string? Kind { get; init; }

    public SubmissionChannel Channel { get; init; } = SubmissionChannel.Online;

    public string? Title { get; init; }

    public string? Content { get; init; }

    public string? ProvinceCode { get; init; }

    /// <summary>The commune's 5-digit code or its name as typed ("Hoàn Kiếm", "phuong hoan kiem").</summary>
    public string? Commune { get; init; }

    public string? Address { get; init; }

    public string? FullName { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? IdNumber { get; init; }

    public bool Anonymous { get; init; }

    public bool Consent { get; init; }

    public string? ComplaintSubject { get; init; }

    public DateOnly? ComplaintLearnedOn { get; init; }

    public IReadOnlyList<AttachmentUpload> Attachments { get; init; } = [];

    /// <summary>API clients' retry key; null for forms (they are protected by antiforgery and post-redirect-get).</summary>
    public string? IdempotencyKey { get; init; }
}

public enum CreateSubmissionOutcome
{
    Created,
    Replayed,
    Invalid,
    IdempotencyKeyReused,
}

public sealed record CreateSubmissionResult(CreateSubmissionOutcome Outcome, Submission? Submission, ValidationErrors Errors);

/// <summary>Receives a submission from the portal, the API or (later) the reception desk: validate, store, queue the receipt email.</summary>
public sealed class CreateSubmission(ICitizenVoiceDb db, SubmissionIntake intake, TimeProvider clock)
{
    public async Task<CreateSubmissionResult> ExecuteAsync(CreateSubmissionRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var requestHash = request.IdempotencyKey is null ? null : HashRequest(request);
        if (request.IdempotencyKey is { } key)
        {
            if (key.Length is 0 or > IdempotencyRecord.KeyMaxLength || key.Any(c => c < 0x21 || c > 0x7E))
            {
                errors.Add("idempotencyKey", $"Idempotency-Key phải gồm 1–{IdempotencyRecord.KeyMaxLength} ký tự ASCII in được.");
                return new(CreateSubmissionOutcome.Invalid, null, errors);
            }

            var replay = await FindReplayAsync(key, requestHash!, cancellationToken);
            if (replay is not null)
            {
                return replay;
            }
        }

        var draft = await intake.ValidateAsync(request, errors, cancellationToken);
        var files = await SubmissionIntake.ReadAttachmentsAsync(request.Attachments, errors, cancellationToken);
        try
        {
            if (draft is null || files is null || !errors.IsEmpty)
            {
                return new(CreateSubmissionOutcome.Invalid, null, errors);
            }

            var now = clock.GetUtcNow();
            // The idempotency record commits with the submission, so a retry finds either both or neither.
            var submission = await intake.SaveAsync(draft, files, now, s => request.IdempotencyKey is null
                ? []
                : [new IdempotencyRecord(request.IdempotencyKey, requestHash!, s.Id, now)], cancellationToken);
            return new(CreateSubmissionOutcome.Created, submission, errors);
        }
        catch (DbUpdateException) when (request.IdempotencyKey is not null)
        {
            // A concurrent retry with the same key committed first: answer as that request did.
            return await FindReplayAsync(request.IdempotencyKey, requestHash!, cancellationToken) ?? throw new InvalidOperationException("Saving the submission failed.");
        }
        finally
        {
            SubmissionIntake.DisposeAll(files);
        }
    }

    private async Task<CreateSubmissionResult?> FindReplayAsync(string key, string requestHash, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (record is null)
        {
            return null;
        }

        if (!string.Equals(record.RequestHash, requestHash, StringComparison.Ordinal))
        {
            var errors = new ValidationErrors();
            errors.Add("idempotencyKey", "Idempotency-Key này đã được dùng cho một yêu cầu có nội dung khác.");
            return new(CreateSubmissionOutcome.IdempotencyKeyReused, null, errors);
        }

        var existing = await db.Submissions.AsNoTracking().Include(s => s.History)
            .SingleAsync(s => s.Id == record.SubmissionId, cancellationToken);
        return new(CreateSubmissionOutcome.Replayed, existing, new ValidationErrors());
    }

    private static string HashRequest(CreateSubmissionRequest r)
    {
        var canonical = JsonSerializer.Serialize(new object?[]
        {
            r.Kind, r.Channel.ToString(), r.Title, r.Content, r.ProvinceCode, r.Commune, r.Address, r.FullName, r.Phone,
            r.Email, r.IdNumber, r.Anonymous, r.Consent, r.ComplaintSubject, r.ComplaintLearnedOn?.ToString("O"),
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

}
