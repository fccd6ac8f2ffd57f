using System.Security.Cryptography;
using CitizenVoice.Core.Attachments;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Email;
using CitizenVoice.Core.Places;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Core.Submissions;

/// <summary>
/// What every intake path shares (the portal and API through <see cref="CreateSubmission"/>, the reception desk through
/// Reception.RecordReceptionVisit): one validation and normalisation of the fields, one check of the files, and one
/// atomic store with the receipt email in the outbox.
/// </summary>
public sealed class SubmissionIntake(
    IIntakeStore intakeStore,
    PlaceDirectory places,
    IAttachmentStore attachmentStore,
    IOutboxSignal outboxSignal,
    Routing.IClassificationSignal classificationSignal,
    Deadlines.SubmissionClocks clocks,
    IOptions<PortalOptions> portal,
    TimeProvider clock)
{
    /// <summary>
    /// Stores a validated draft received at <paramref name="receivedAt"/>: attachment bytes, the submission with its
    /// history, files and statutory clocks, the receipt email when an address was given, and the entities <paramref name="related"/>
    /// makes for it, in one commit. On failure stored bytes are removed, so nothing is left half-way.
    /// </summary>
    public async Task<Submission> SaveAsync(
        SubmissionDraft draft, IReadOnlyList<ValidatedAttachment> files, DateTimeOffset receivedAt,
        Func<Submission, IEnumerable<object>>? related, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var submission = Submission.Receive(draft, TrackingCode.NewCode(), receivedAt);
        var storedKeys = new List<string>();
        try
        {
            foreach (var file in files)
            {
                submission.Attach(await file.StoreAsync(attachmentStore, submission.Id, SubmissionAttachmentKind.Submitted, storedKeys, cancellationToken));
            }

            List<object> entities = [submission];
            OutboxEmail? receipt = null;
            if (submission.Submitter.Email is not null)
            {
                receipt = SubmissionReceivedEmail.Create(submission, portal.Value, now);
                entities.Add(receipt);
            }

            entities.AddRange(related?.Invoke(submission) ?? []);
            // After the related entities: a desk outcome may already have settled the matter.
            entities.AddRange(await clocks.OpenOnReceiptAsync(submission, receivedAt, cancellationToken));
            await intakeStore.StoreAsync(entities, cancellationToken);
            if (receipt is not null)
            {
                outboxSignal.EmailQueued(receipt.Id);
            }

            classificationSignal.SubmissionReceived(submission.Id);
            return submission;
        }
        catch
        {
            await attachmentStore.DeleteAllAsync(storedKeys);
            throw;
        }
    }

    /// <summary>
    /// Validates and normalises the fields every channel shares into a draft; null (with <paramref name="errors"/>
    /// filled per field) when something is wrong. Does not touch the database beyond reading places.
    /// </summary>
    public async Task<SubmissionDraft?> ValidateAsync(CreateSubmissionRequest r, ValidationErrors errors, CancellationToken cancellationToken)
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

        var submitter = ValidateSubmitter(r, anonymous, address is not null, errors);
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

    private static Submitter ValidateSubmitter(CreateSubmissionRequest r, bool anonymous, bool hasAddress, ValidationErrors errors)
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
        // Online, the answer can only reach the citizen by phone or email; a person received at the desk, a letter or a
        // call can also be answered by post at the address given.
        var postalReplyPossible = hasAddress && r.Channel is not (SubmissionChannel.Online or SubmissionChannel.Api);
        if (string.IsNullOrWhiteSpace(r.Phone) && string.IsNullOrWhiteSpace(r.Email) && !postalReplyPossible)
        {
            errors.Add("phone", r.Channel is SubmissionChannel.Online or SubmissionChannel.Api
                ? "Vui lòng nhập số điện thoại hoặc email để nhận kết quả và tra cứu."
                : "Vui lòng nhập số điện thoại, email hoặc địa chỉ để gửi kết quả.");
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

    private DateOnly? ValidateLearnedOn(DateOnly? learnedOn, ValidationErrors errors) =>
        ValidateComplaintLearnedOn(learnedOn, VietnamTime.Today(clock), errors);

    /// <summary>The day the complainant learned of the decision or act: required, not in the future, not absurdly old.</summary>
    public static DateOnly? ValidateComplaintLearnedOn(DateOnly? learnedOn, DateOnly today, ValidationErrors errors)
    {
        if (learnedOn is null)
        {
            errors.Add("complaintLearnedOn", "Vui lòng nhập ngày Ông/Bà biết được quyết định hoặc hành vi bị khiếu nại.");
            return null;
        }

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

    /// <summary>
    /// Reads and checks uploads by content (type, size, count), reporting problems under <paramref name="field"/>;
    /// the caller disposes what it gets back.
    /// </summary>
    public static async Task<List<ValidatedAttachment>?> ReadAttachmentsAsync(
        IReadOnlyList<AttachmentUpload> uploads, ValidationErrors errors, CancellationToken cancellationToken, string field = "attachments")
    {
        if (uploads.Count > SubmissionAttachment.MaxCount)
        {
            errors.Add(field, $"Chỉ được đính kèm tối đa {SubmissionAttachment.MaxCount} tệp.");
            return null;
        }

        var files = new List<ValidatedAttachment>();
        foreach (var upload in uploads)
        {
            var name = CleanFileName(upload.FileName);
            if (upload.Length == 0)
            {
                errors.Add(field, $"Tệp \"{name}\" rỗng.");
                continue;
            }

            if (upload.Length > SubmissionAttachment.MaxBytes)
            {
                errors.Add(field, $"Tệp \"{name}\" lớn hơn 10 MB.");
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
                errors.Add(field, $"Tệp \"{name}\" không phải ảnh JPEG/PNG, PDF hoặc Word (DOCX).");
                await buffer.DisposeAsync();
                continue;
            }

            var sha = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
            buffer.Position = 0;
            files.Add(new ValidatedAttachment(name, contentType, buffer, sha));
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

    public static void DisposeAll(IEnumerable<ValidatedAttachment>? files)
    {
        foreach (var file in files ?? [])
        {
            file.Content.Dispose();
        }
    }
}
