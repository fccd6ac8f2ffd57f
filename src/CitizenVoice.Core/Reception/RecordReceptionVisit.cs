using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Attachments;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Submissions;

namespace CitizenVoice.Core.Reception;

/// <summary>One person at the desk (or on a letter, or on the phone), as typed by the officer.</summary>
public sealed record ReceptionPersonInput(string? FullName, string? IdNumber, string? Phone, string? Address)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(FullName) && string.IsNullOrWhiteSpace(IdNumber)
        && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Address);
}

/// <summary>What the reception desk form sends. Raw strings; the use case validates them.</summary>
public sealed record RecordReceptionVisitRequest
{
    public SubmissionChannel Channel { get; init; } = SubmissionChannel.Reception;

    /// <summary>When the person came (or the letter arrived, or the call was taken); the form fills in now.</summary>
    public DateTimeOffset? VisitedAt { get; init; }

    public string? Kind { get; init; }

    public string? Title { get; init; }

    /// <summary>What the person said, as the officer heard it.</summary>
    public string? Content { get; init; }

    public string? ProvinceCode { get; init; }

    public string? Commune { get; init; }

    public string? ComplaintSubject { get; init; }

    public DateOnly? ComplaintLearnedOn { get; init; }

    /// <summary>Rows as on the form; blank rows are ignored but keep their index, so errors land on the right row.</summary>
    public IReadOnlyList<ReceptionPersonInput> People { get; init; } = [];

    public int RepresentativeIndex { get; init; }

    /// <summary>The representative's email, for the receipt email.</summary>
    public string? Email { get; init; }

    public bool IsGroup { get; init; }

    public int? Headcount { get; init; }

    /// <summary>Documents handed over, one per line.</summary>
    public string? Documents { get; init; }

    public string? Handling { get; init; }

    public string? HandlingNote { get; init; }

    /// <summary>The officer confirms the person was told how their data is used and agreed, in person.</summary>
    public bool ConsentGiven { get; init; }

    public IReadOnlyList<AttachmentUpload> Attachments { get; init; } = [];
}

public sealed record RecordReceptionVisitResult(ReceptionVisit? Visit, Submission? Submission, ValidationErrors Errors)
{
    public bool Succeeded => Visit is not null;
}

/// <summary>
/// Records a reception visit: the statement becomes a submission owned by the officer's unit (same validation, same
/// receipt email as online), the visit a line of the reception book; both commit together or not at all.
/// </summary>
public sealed class RecordReceptionVisit(SubmissionIntake intake, TimeProvider clock)
{
    /// <summary>Field keys the shared validation uses for the submitter, and where they sit on the desk form.</summary>
    private static readonly string[] PersonFields = ["fullName", "idNumber", "phone", "address"];

    public async Task<RecordReceptionVisitResult> ExecuteAsync(StaffScope officer, RecordReceptionVisitRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var now = clock.GetUtcNow();
        if (request.Channel is not (SubmissionChannel.Reception or SubmissionChannel.Letter or SubmissionChannel.Hotline))
        {
            errors.Add("channel", "Vui lòng chọn hình thức: tiếp trực tiếp, đơn thư hoặc đường dây nóng.");
        }

        var visitedAt = ValidateVisitedAt(request.VisitedAt, now, errors);
        var rows = request.People.Select((p, i) => (Person: p, Index: i)).Where(r => !r.Person.IsBlank).ToList();
        var representativeIndex = request.RepresentativeIndex;
        if (rows.Count == 0)
        {
            errors.Add("people[0].fullName", "Vui lòng nhập họ và tên người đến trình bày.");
        }
        else if (rows.Count > ReceptionVisit.MaxPeople)
        {
            errors.Add("people", $"Danh sách chỉ ghi tối đa {ReceptionVisit.MaxPeople} người; ghi tổng số người vào ô số người.");
        }
        else if (rows.All(r => r.Index != representativeIndex))
        {
            // A single visitor is their own representative even if the radio was left on an empty row.
            if (rows.Count == 1)
            {
                representativeIndex = rows[0].Index;
            }
            else
            {
                errors.Add("representative", "Vui lòng chọn người đại diện trong danh sách.");
            }
        }

        var representative = rows.FirstOrDefault(r => r.Index == representativeIndex).Person ?? new ReceptionPersonInput(null, null, null, null);
        var shared = new ValidationErrors();
        var draft = await intake.ValidateAsync(new CreateSubmissionRequest
        {
            Kind = request.Kind,
            Channel = request.Channel,
            Title = request.Title,
            Content = request.Content,
            ProvinceCode = request.ProvinceCode,
            Commune = request.Commune,
            Address = representative.Address,
            FullName = representative.FullName,
            Phone = representative.Phone,
            Email = request.Email,
            IdNumber = representative.IdNumber,
            Anonymous = false,
            Consent = true,
            ComplaintSubject = request.ComplaintSubject,
            ComplaintLearnedOn = request.ComplaintLearnedOn,
        }, shared, cancellationToken);
        foreach (var (field, messages) in shared.ByField)
        {
            var key = PersonFields.Contains(field) ? $"people[{representativeIndex}].{field}" : field;
            messages.ForEach(m => errors.Add(key, m));
        }

        if (!request.ConsentGiven)
        {
            errors.Add("consent", "Vui lòng xác nhận đã thông báo cho công dân về việc xử lý dữ liệu cá nhân và công dân đồng ý.");
        }

        var people = ValidatePeople(rows, representativeIndex, draft?.Submitter, draft?.Address, errors);
        var headcount = ValidateHeadcount(request, people.Count, errors);
        var documents = ValidateDocuments(request.Documents, errors);
        var (handling, note) = ValidateHandling(request, errors);
        var files = await SubmissionIntake.ReadAttachmentsAsync(request.Attachments, errors, cancellationToken);
        try
        {
            if (draft is null || files is null || visitedAt is null || !errors.IsEmpty)
            {
                return new(null, null, errors);
            }

            ReceptionVisit? visit = null;
            var submission = await intake.SaveAsync(draft with { ReceivingUnitCode = officer.UnitCode }, files, visitedAt.Value, s =>
            {
                ApplyDeskOutcome(s, handling, note, officer, now);
                visit = new ReceptionVisit(officer.UnitCode, visitedAt.Value, now, officer.UserId, officer.DisplayName, request.Channel,
                    request.IsGroup, headcount, documents, handling, note, s.Id, people);
                return [visit];
            }, cancellationToken);
            return new(visit, submission, errors);
        }
        finally
        {
            SubmissionIntake.DisposeAll(files);
        }
    }

    // Guidance and an answer on the spot close the matter at the desk; the citizen's lookup shows what they were told.
    private static void ApplyDeskOutcome(Submission submission, ReceptionHandling handling, string? note, StaffScope officer, DateTimeOffset now)
    {
        if (handling is not (ReceptionHandling.Guided or ReceptionHandling.AnsweredDirectly))
        {
            return;
        }

        submission.MoveTo(SubmissionStatus.InProgress, "Cán bộ tiếp công dân đã nghe trình bày.", officer.UserId, now);
        submission.MoveTo(
            handling == ReceptionHandling.Guided ? SubmissionStatus.Guided : SubmissionStatus.Answered,
            (handling == ReceptionHandling.Guided ? "Đã hướng dẫn tại buổi tiếp: " : "Đã trả lời trực tiếp tại buổi tiếp: ") + note,
            officer.UserId, now);
    }

    private static DateTimeOffset? ValidateVisitedAt(DateTimeOffset? visitedAt, DateTimeOffset now, ValidationErrors errors)
    {
        if (visitedAt is null)
        {
            errors.Add("visitedAt", "Vui lòng nhập ngày và giờ tiếp.");
            return null;
        }

        // A few minutes of clock skew between the desk PC and the server are normal; tomorrow is a typing mistake.
        if (visitedAt > now.AddMinutes(10))
        {
            errors.Add("visitedAt", "Thời điểm tiếp không thể ở tương lai.");
            return null;
        }

        if (visitedAt < now.AddDays(-90))
        {
            errors.Add("visitedAt", "Thời điểm tiếp quá 90 ngày trước; vui lòng kiểm tra lại ngày.");
            return null;
        }

        return visitedAt.Value.ToUniversalTime();
    }

    private static List<ReceptionVisitPerson> ValidatePeople(
        List<(ReceptionPersonInput Person, int Index)> rows, int representativeIndex, Submitter? representative, string? representativeAddress, ValidationErrors errors)
    {
        var people = new List<ReceptionVisitPerson>();
        foreach (var (person, index) in rows)
        {
            if (index == representativeIndex)
            {
                if (representative?.FullName is { } name)
                {
                    people.Add(new ReceptionVisitPerson(people.Count, name, representative.IdNumber, representative.Phone, representativeAddress, true));
                }

                continue;
            }

            var prefix = $"people[{index}].";
            var fullName = TextField.Clean(person.FullName, prefix + "fullName", "họ và tên", Submitter.FullNameMaxLength, errors, required: true);
            if (fullName is not null && fullName.Any(char.IsDigit))
            {
                errors.Add(prefix + "fullName", "Họ và tên không được chứa chữ số.");
            }

            string? idNumber = null;
            if (!string.IsNullOrWhiteSpace(person.IdNumber) && (idNumber = ContactRules.NormalizeIdNumber(person.IdNumber)) is null)
            {
                errors.Add(prefix + "idNumber", "Số CCCD gồm 12 chữ số (CMND cũ: 9 chữ số).");
            }

            string? phone = null;
            if (!string.IsNullOrWhiteSpace(person.Phone) && (phone = ContactRules.NormalizePhone(person.Phone)) is null)
            {
                errors.Add(prefix + "phone", "Số điện thoại không hợp lệ: di động 10 chữ số, cố định 11 chữ số bắt đầu bằng 02.");
            }

            var address = TextField.Clean(person.Address, prefix + "address", "địa chỉ", Submission.AddressMaxLength, errors);
            if (fullName is not null)
            {
                people.Add(new ReceptionVisitPerson(people.Count, fullName, idNumber, phone, address, false));
            }
        }

        return people;
    }

    private static int ValidateHeadcount(RecordReceptionVisitRequest request, int listed, ValidationErrors errors)
    {
        if (!request.IsGroup)
        {
            if (listed > 1)
            {
                errors.Add("isGroup", "Có nhiều người trong danh sách: vui lòng đánh dấu \"Đoàn đông người\" và nhập tổng số người.");
            }

            return Math.Max(listed, 1);
        }

        if (request.Headcount is not { } headcount)
        {
            errors.Add("headcount", "Vui lòng nhập tổng số người của đoàn.");
            return listed;
        }

        if (headcount < ReceptionVisit.GroupMinHeadcount || headcount > ReceptionVisit.MaxHeadcount)
        {
            errors.Add("headcount", $"Đoàn đông người có từ {ReceptionVisit.GroupMinHeadcount} đến {ReceptionVisit.MaxHeadcount:N0} người.");
            return listed;
        }

        if (headcount < listed)
        {
            errors.Add("headcount", $"Tổng số người ({headcount}) ít hơn số người đã ghi trong danh sách ({listed}).");
            return listed;
        }

        return headcount;
    }

    private static List<string> ValidateDocuments(string? raw, ValidationErrors errors)
    {
        var text = TextField.Clean(raw, "documents", "danh sách tài liệu", ReceptionVisit.DocumentsMaxLength, errors, multiline: true);
        var lines = (text ?? "").Split('\n').Select(l => l.Trim().TrimStart('-', '•', '*').Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Any(l => l.Length > ReceptionVisit.DocumentLineMaxLength))
        {
            errors.Add("documents", $"Mỗi dòng tài liệu không quá {ReceptionVisit.DocumentLineMaxLength} ký tự.");
        }

        return lines;
    }

    private static (ReceptionHandling Handling, string? Note) ValidateHandling(RecordReceptionVisitRequest request, ValidationErrors errors)
    {
        if (!ReceptionCodes.TryParse(request.Handling, out var handling))
        {
            errors.Add("handling", "Vui lòng chọn cách xử lý tại buổi tiếp: hướng dẫn, tiếp nhận đơn, chuyển đơn hoặc trả lời trực tiếp.");
        }

        var needsNote = handling is ReceptionHandling.Guided or ReceptionHandling.AnsweredDirectly && errors.First("handling") is null;
        var note = TextField.Clean(request.HandlingNote, "handlingNote",
            handling == ReceptionHandling.Guided ? "nội dung hướng dẫn (cơ quan có thẩm quyền, thủ tục)" : "nội dung đã trả lời hoặc ghi chú xử lý",
            ReceptionVisit.HandlingNoteMaxLength, errors, required: needsNote, multiline: true);
        return (handling, note);
    }
}
