using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CitizenVoice.Core.Attachments;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Email;
using CitizenVoice.Core.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
public sealed class CreateSubmission(
    ICitizenVoiceDb db,
    IIntakeStore intakeStore,
    PlaceDirectory places,
    IAttachmentStore attachmentStore,
    IOutboxSignal outboxSignal,
    Deadlines.SubmissionClocks clocks,
    Routing.IClassificationSignal classificationSignal,
    IOptions<PortalOptions> portal,
    TimeProvider clock)
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

        var draft = await ValidateAsync(request, errors, cancellationToken);
        var files = await ReadAttachmentsAsync(request.Attachments, errors, cancellationToken);
        if (draft is null || files is null || !errors.IsEmpty)
        {
            DisposeAll(files);
            return new(CreateSubmissionOutcome.Invalid, null, errors);
        }

        var now = clock.GetUtcNow();
        var submission = Submission.Receive(draft, TrackingCode.NewCode(), now);
        var storedKeys = new List<string>();
        try
        {
            foreach (var file in files)
            {
                var storageKey = await attachmentStore.SaveAsync(file.Content, cancellationToken);
                storedKeys.Add(storageKey);
                submission.Attach(new SubmissionAttachment(submission.Id, file.FileName, file.ContentType, file.Content.Length, storageKey, file.Sha256));
            }

            List<object> entities = [submission];
            entities.AddRange(await clocks.OpenOnReceiptAsync(submission, now, cancellationToken));
            OutboxEmail? receipt = null;
            if (submission.Submitter.Email is not null)
            {
                receipt = SubmissionReceivedEmail.Create(submission, portal.Value, now);
                entities.Add(receipt);
            }

            if (request.IdempotencyKey is not null)
            {
                entities.Add(new IdempotencyRecord(request.IdempotencyKey, requestHash!, submission.Id, now));
            }

            // One commit: the submission, its history, clocks, attachments, receipt email and idempotency record are stored together.
            await intakeStore.StoreAsync(entities, cancellationToken);
            if (receipt is not null)
            {
                outboxSignal.EmailQueued(receipt.Id);
            }

            classificationSignal.SubmissionReceived(submission.Id);

            return new(CreateSubmissionOutcome.Created, submission, errors);
        }
        catch (DbUpdateException) when (request.IdempotencyKey is not null)
        {
            // A concurrent retry with the same key committed first: answer as that request did.
            await DeleteStoredAsync(storedKeys);
            return await FindReplayAsync(request.IdempotencyKey, requestHash!, cancellationToken) ?? throw new InvalidOperationException("Saving the submission failed.");
        }
        catch
        {
            await DeleteStoredAsync(storedKeys);
            throw;
        }
        finally
        {
            DisposeAll(files);
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

    private async Task<SubmissionDraft?> ValidateAsync(CreateSubmissionRequest r, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (!DomainCodes.TryParseKind(r.Kind, out var kind))
        {
            errors.Add("kind", string.IsNullOrWhiteSpace(r.Kind)
                ? "Vui lòng chọn loại đơn: kiến nghị, phản ánh, khiếu nại hoặc tố cáo."
                : $"Loại đơn \"{r.Kind}\" không hợp lệ; chỉ nhận: {string.Join(", ", DomainCodes.KindCodes)}.");
        }

        var title = TextField.Clean(r.Title, "title", "tiêu đề", Submission.TitleMaxLength, errors, required: true, minLength: Submission.TitleMinLength);
        var content = TextField.Clean(r.Content, "content", "nội dung", Submission.ContentMaxLength, errors, required: true, multiline: true, minLength: Submission.ContentMinLength);
        var address = TextField.Clean(r.Address, "address", "địa chỉ", Submission.AddressMaxLength, errors);
        var (provinceCode, communeCode) = await ValidatePlaceAsync(r, errors, cancellationToken);

        var anonymous = r.Anonymous;
        if (anonymous && kind != SubmissionKind.Feedback && errors.First("kind") is null)
        {
            errors.Add("anonymous", kind == SubmissionKind.Denunciation
                ? "Tố cáo phải ghi rõ họ tên, địa chỉ của người tố cáo (Luật Tố cáo, Điều 23); thông tin này được giữ bí mật."
                : "Chỉ phản ánh mới được gửi không ghi tên. Đơn kiến nghị, khiếu nại cần họ tên và thông tin liên hệ.");
        }

        var submitter = ValidateSubmitter(r, anonymous, errors);
        if (kind == SubmissionKind.Denunciation && !anonymous && address is null)
        {
            errors.Add("address", "Tố cáo phải ghi rõ địa chỉ của người tố cáo (Luật Tố cáo, Điều 23); thông tin này được giữ bí mật.");
        }

        string? complaintSubject = null;
        DateOnly? learnedOn = null;
        if (kind == SubmissionKind.Complaint)
        {
            complaintSubject = TextField.Clean(r.ComplaintSubject, "complaintSubject", "quyết định hoặc hành vi bị khiếu nại", Submission.ComplaintSubjectMaxLength, errors, required: true);
            learnedOn = ValidateLearnedOn(r.ComplaintLearnedOn, errors);
        }

        if (!r.Consent)
        {
            errors.Add("consent", "Vui lòng đọc thông báo xử lý dữ liệu cá nhân và đánh dấu đồng ý để gửi đơn.");
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        return new SubmissionDraft(kind, r.Channel, title!, content!, provinceCode!, communeCode!, address, submitter, anonymous,
            complaintSubject, learnedOn, portal.Value.PrivacyNoticeVersion);
    }

    private async Task<(string? Province, string? Commune)> ValidatePlaceAsync(CreateSubmissionRequest r, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var provinceCode = r.ProvinceCode?.Trim();
        if (string.IsNullOrEmpty(provinceCode))
        {
            errors.Add("provinceCode", "Vui lòng chọn tỉnh, thành phố.");
            return (null, null);
        }

        if (await places.FindProvinceAsync(provinceCode, cancellationToken) is null)
        {
            errors.Add("provinceCode", $"Mã tỉnh, thành phố \"{provinceCode}\" không tồn tại.");
            return (null, null);
        }

        if (string.IsNullOrWhiteSpace(r.Commune))
        {
            errors.Add("communeCode", "Vui lòng chọn xã, phường, đặc khu.");
            return (provinceCode, null);
        }

        var commune = await places.ResolveCommuneAsync(provinceCode, VietnameseText.ToNfc(r.Commune), cancellationToken);
        if (commune is null)
        {
            errors.Add("communeCode", $"Không tìm thấy xã, phường \"{r.Commune.Trim()}\" thuộc tỉnh, thành phố đã chọn. Vui lòng chọn trong danh sách gợi ý.");
            return (provinceCode, null);
        }

        return (provinceCode, commune.Code);
    }

    private static Submitter ValidateSubmitter(CreateSubmissionRequest r, bool anonymous, ValidationErrors errors)
    {
        if (anonymous)
        {
            // An anonymous feedback keeps no identity; an email given only to receive the receipt is still allowed.
            var receiptEmail = ValidateEmail(r.Email, errors);
            return new Submitter { Email = receiptEmail };
        }

        var fullName = TextField.Clean(r.FullName, "fullName", "họ và tên", Submitter.FullNameMaxLength, errors, required: true);
        if (fullName is not null && fullName.Any(char.IsDigit))
        {
            errors.Add("fullName", "Họ và tên không được chứa chữ số.");
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(r.Phone))
        {
            phone = ContactRules.NormalizePhone(r.Phone);
            if (phone is null)
            {
                errors.Add("phone", "Số điện thoại không hợp lệ: di động 10 chữ số (ví dụ 0912 345 678), cố định 11 chữ số bắt đầu bằng 02.");
            }
        }

        var email = ValidateEmail(r.Email, errors);
        if (string.IsNullOrWhiteSpace(r.Phone) && string.IsNullOrWhiteSpace(r.Email))
        {
            errors.Add("phone", "Vui lòng nhập số điện thoại hoặc email để nhận kết quả và tra cứu.");
        }

        string? idNumber = null;
        if (!string.IsNullOrWhiteSpace(r.IdNumber))
        {
            idNumber = ContactRules.NormalizeIdNumber(r.IdNumber);
            if (idNumber is null)
            {
                errors.Add("idNumber", "Số CCCD gồm 12 chữ số (CMND cũ: 9 chữ số).");
            }
        }

        return new Submitter { FullName = fullName, Phone = phone, Email = email, IdNumber = idNumber };
    }

    private static string? ValidateEmail(string? raw, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var email = ContactRules.NormalizeEmail(raw);
        if (email is null)
        {
            errors.Add("email", "Địa chỉ email không hợp lệ (ví dụ: nguyenvana@gmail.com).");
        }

        return email;
    }

    private DateOnly? ValidateLearnedOn(DateOnly? learnedOn, ValidationErrors errors)
    {
        if (learnedOn is null)
        {
            errors.Add("complaintLearnedOn", "Vui lòng nhập ngày Ông/Bà biết được quyết định hoặc hành vi bị khiếu nại.");
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        if (learnedOn > today)
        {
            errors.Add("complaintLearnedOn", "Ngày biết được quyết định, hành vi không thể sau ngày hôm nay.");
            return null;
        }

        if (learnedOn < today.AddYears(-50))
        {
            errors.Add("complaintLearnedOn", "Ngày biết được quyết định, hành vi không hợp lệ.");
            return null;
        }

        return learnedOn;
    }

    private static async Task<List<ValidatedFile>?> ReadAttachmentsAsync(IReadOnlyList<AttachmentUpload> uploads, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (uploads.Count > SubmissionAttachment.MaxCount)
        {
            errors.Add("attachments", $"Chỉ được đính kèm tối đa {SubmissionAttachment.MaxCount} tệp.");
            return null;
        }

        var files = new List<ValidatedFile>();
        foreach (var upload in uploads)
        {
            var name = CleanFileName(upload.FileName);
            if (upload.Length == 0)
            {
                errors.Add("attachments", $"Tệp \"{name}\" rỗng.");
                continue;
            }

            if (upload.Length > SubmissionAttachment.MaxBytes)
            {
                errors.Add("attachments", $"Tệp \"{name}\" lớn hơn 10 MB.");
                continue;
            }

            var buffer = new MemoryStream();
            await using (var source = upload.OpenReadStream())
            {
                await source.CopyToAsync(buffer, cancellationToken);
            }

            var contentType = FileTypeSniffer.Detect(buffer);
            if (contentType is null || buffer.Length > SubmissionAttachment.MaxBytes)
            {
                errors.Add("attachments", $"Tệp \"{name}\" không phải ảnh JPEG/PNG, PDF hoặc Word (DOCX).");
                await buffer.DisposeAsync();
                continue;
            }

            var sha = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
            buffer.Position = 0;
            files.Add(new ValidatedFile(name, contentType, buffer, sha));
        }

        return files;
    }

    private static string CleanFileName(string? fileName)
    {
        var name = Path.GetFileName(VietnameseText.ToNfc(fileName ?? "") ?? "");
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "tep-dinh-kem";
        }

        return name.Length > SubmissionAttachment.FileNameMaxLength ? name[^SubmissionAttachment.FileNameMaxLength..] : name;
    }

    private async Task DeleteStoredAsync(List<string> keys)
    {
        foreach (var key in keys)
        {
            await attachmentStore.DeleteAsync(key, CancellationToken.None);
        }
    }

    private static void DisposeAll(List<ValidatedFile>? files)
    {
        foreach (var file in files ?? [])
        {
            file.Content.Dispose();
        }
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

    private sealed record ValidatedFile(string FileName, string ContentType, MemoryStream Content, string Sha256);
}
