namespace CitizenVoice.Core.Submissions;

/// <summary>A petition, feedback, complaint or denunciation, from any channel.</summary>
public sealed class Submission
{
    public const int TitleMaxLength = 200;
    public const int TitleMinLength = 5;
    public const int ContentMaxLength = 10_000;
    public const int ContentMinLength = 20;
    public const int AddressMaxLength = 300;
    public const int ComplaintSubjectMaxLength = 500;
    public const int ReasonMaxLength = 1000;
    public const int AnswerMaxLength = 10_000;
    public const int DocumentNumberMaxLength = 60;
    public const int StaffNameMaxLength = 120;

    /// <summary>Luật Khiếu nại 2011 Art. 9: a complaint is filed within 90 days of learning of the decision or act.</summary>
    public const int ComplaintWindowDays = 90;

    private readonly List<SubmissionStatusChange> _history = [];
    private readonly List<SubmissionAttachment> _attachments = [];

    private Submission()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Canonical 12-symbol code (see <see cref="TrackingCode"/>).</summary>
    public string TrackingCode { get; private set; } = "";

    public SubmissionKind Kind { get; private set; }

    public SubmissionChannel Channel { get; private set; }

    public string Title { get; private set; } = "";

    public string Content { get; private set; } = "";

    public string ProvinceCode { get; private set; } = "";

    public string CommuneCode { get; private set; } = "";

    public string? Address { get; private set; }

    public Submitter Submitter { get; private set; } = new();

    public bool IsAnonymous { get; private set; }

    /// <summary>The decision or act complained of (complaints only).</summary>
    public string? ComplaintSubject { get; private set; }

    /// <summary>When the complainant learned of the decision or act; starts the 90-day window.</summary>
    public DateOnly? ComplaintLearnedOn { get; private set; }

    /// <summary>Version of the privacy notice the submitter agreed to, with when (Luật BVDLCN 2025: explicit consent).</summary>
    public string ConsentVersion { get; private set; } = "";

    public DateTimeOffset ConsentedAt { get; private set; }

    public SubmissionStatus Status { get; private set; }

    /// <summary>The unit that received the item and is responsible for processing it (see <see cref="Units.UnitCodes"/>).</summary>
    public string OwnerUnitCode { get; private set; } = "";

    /// <summary>The unit the item is assigned or forwarded to, if any; its staff see the item too.</summary>
    public string? AssignedUnitCode { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Topic code (taxonomy/topics.csv): suggested by the classifier, then confirmed or corrected by staff.</summary>
    public string? TopicCode { get; private set; }

    /// <summary>Competence level (<see cref="Routing.CompetenceLevels"/>).</summary>
    public string? CompetenceLevel { get; private set; }

    /// <summary>The responsible agency type (agencies.csv code).</summary>
    public string? AgencyCode { get; private set; }

    /// <summary>The classifier's topic confidence for the current suggestion; null once staff set the routing by hand.</summary>
    public float? RoutingConfidence { get; private set; }

    public Routing.RoutingStatus RoutingStatus { get; private set; }

    public string? RoutingConfirmedByUserId { get; private set; }

    public DateTimeOffset? RoutingConfirmedAt { get; private set; }

    /// <summary>Optimistic concurrency token: two staff editing the same item never overwrite each other silently.</summary>
    public int Version { get; private set; }

    /// <summary>Whether the answer (the note of the answered step) may be shown publicly, e.g. as a similar answered item on the portal.</summary>
    public bool IsAnswerPublished { get; private set; }

    /// <summary>Folded title and content, for search with or without diacritics.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>Outcome of the intake check (TT 05/2021): null until staff record it.</summary>
    public bool? IsEligible { get; private set; }

    public string? EligibilityNote { get; private set; }

    /// <summary>
    /// Anonymous or false-name letter (nặc danh, mạo danh) as found by staff. Such letters are filed, except a
    /// denunciation with specific content and concrete evidence (Luật Tố cáo 2018 Điều 25), flagged here.
    /// </summary>
    public bool IsAnonymousOrFalseName { get; private set; }

    public bool AnonymousWithEvidence { get; private set; }

    public DateTimeOffset? EligibilityCheckedAt { get; private set; }

    /// <summary>The earlier item this one duplicates (same sender, same content); this one is filed and linked to it.</summary>
    public Guid? DuplicateOfId { get; private set; }

    /// <summary>The staff member handling the item; for a denunciation the only one besides governing administrators who may see the denouncer.</summary>
    public string? AssignedStaffUserId { get; private set; }

    public string? AssignedStaffName { get; private set; }

    /// <summary>Set when the sender was guided to the competent body: a letter is guided only once (TT 05/2021).</summary>
    public DateTimeOffset? GuidedAt { get; private set; }

    /// <summary>The body that forwarded the item (our unit), shown on the forwarding slip and told the outcome.</summary>
    public string? ForwardedByUnitCode { get; private set; }

    public DateTimeOffset? ForwardedAt { get; private set; }

    public Deadlines.CaseComplexity Complexity { get; private set; }

    public string? ComplexityReason { get; private set; }

    public string? ComplexityDecidedByName { get; private set; }

    public DateTimeOffset? ComplexityDecidedAt { get; private set; }

    public string? AnswerText { get; private set; }

    public string? AnswerDocumentNumber { get; private set; }

    public DateOnly? AnswerDocumentDate { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string? AnsweredByName { get; private set; }

    public string? AnsweredByUnitCode { get; private set; }

    /// <summary>Earliest due date of the item's running clocks (denormalised from SubmissionDeadline for the inbox).</summary>
    public DateOnly? NextDueOn { get; private set; }

    public IReadOnlyList<SubmissionStatusChange> History => _history;

    public IReadOnlyList<SubmissionAttachment> Attachments => _attachments;

    /// <summary>A denouncer's identity is secret (Luật Tố cáo 2018 Art. 4, 47): masked for everyone but the handlers.</summary>
    public bool IsIdentityConfidential => Kind == SubmissionKind.Denunciation;

    /// <summary>Last day of the complaint window, or null when not a complaint.</summary>
    public DateOnly? ComplaintWindowEndsOn => ComplaintLearnedOn?.AddDays(ComplaintWindowDays);

    /// <summary>Answered, filed or guided: no further step.</summary>
    public bool IsClosed => Status is SubmissionStatus.Answered or SubmissionStatus.Archived or SubmissionStatus.Guided;

    /// <summary>
    /// Who may see a denouncer's identity (Luật Tố cáo 2018 Điều 47): the assigned handler and administrators whose
    /// unit governs the owner unit. Everyone may see other submitters' contact details once they ask (audited).
    /// </summary>
    public bool IdentityVisibleTo(Accounts.StaffScope scope) =>
        !IsIdentityConfidential
            ? scope.CanSee(OwnerUnitCode, AssignedUnitCode)
            : (AssignedStaffUserId is not null && AssignedStaffUserId == scope.UserId) || (scope.IsAdministrator && scope.Governs(OwnerUnitCode));

    public static Submission Receive(SubmissionDraft draft, string trackingCode, DateTimeOffset now)
    {
        var submission = new Submission
        {
            Id = Guid.CreateVersion7(now),
            TrackingCode = trackingCode,
            Kind = draft.Kind,
            Channel = draft.Channel,
            Title = draft.Title,
            Content = draft.Content,
            ProvinceCode = draft.ProvinceCode,
            CommuneCode = draft.CommuneCode,
            Address = draft.Address,
            Submitter = draft.Submitter,
            IsAnonymous = draft.IsAnonymous,
            ComplaintSubject = draft.ComplaintSubject,
            ComplaintLearnedOn = draft.ComplaintLearnedOn,
            ConsentVersion = draft.ConsentVersion,
            ConsentedAt = now,
            Status = SubmissionStatus.Received,
            OwnerUnitCode = draft.ReceivingUnitCode ?? Units.UnitCodes.DefaultIntake(draft.ProvinceCode),
            ReceivedAt = now,
            UpdatedAt = now,
            SearchText = Common.VietnameseText.Fold(draft.Title + " " + draft.Content),
        };
        submission._history.Add(new SubmissionStatusChange(
            submission.Id, SubmissionStatus.Received, now, "Hệ thống đã tiếp nhận " + draft.Kind.Label().ToLowerInvariant() + "."));
        return submission;
    }

    /// <summary>What the classifier reads: title and content, never the sender's identity.</summary>
    public string RoutingText => Title + "\n" + Content;

    /// <summary>Records the classifier's suggestion, unless staff already confirmed a routing (their word stands).</summary>
    public bool ApplySuggestion(Routing.RoutingSuggestion suggestion, DateTimeOffset at)
    {
        if (RoutingStatus == Routing.RoutingStatus.Confirmed)
        {
            return false;
        }

        TopicCode = suggestion.TopicCode;
        CompetenceLevel = suggestion.Level;
        AgencyCode = suggestion.Agency.Code;
        RoutingConfidence = suggestion.TopicConfidence;
        RoutingStatus = suggestion.NeedsManualTriage ? Routing.RoutingStatus.NeedsTriage : Routing.RoutingStatus.Suggested;
        UpdatedAt = at;
        return true;
    }

    /// <summary>Staff confirm or correct the routing. Returns true when it differs from what was suggested (a correction).</summary>
    public bool ConfirmRouting(string topicCode, string level, string? agencyCode, string actorUserId, DateTimeOffset at)
    {
        if (!Routing.CompetenceLevels.IsValid(level))
        {
            throw new ArgumentException($"Unknown competence level '{level}'.", nameof(level));
        }

        var corrected = topicCode != TopicCode || level != CompetenceLevel || agencyCode != AgencyCode;
        TopicCode = topicCode;
        CompetenceLevel = level;
        AgencyCode = agencyCode;
        RoutingStatus = Routing.RoutingStatus.Confirmed;
        RoutingConfirmedByUserId = actorUserId;
        RoutingConfirmedAt = at;
        UpdatedAt = at;
        Version++;
        return corrected;
    }

    /// <summary>Staff publish the answer of an answered item so that citizens raising the same matter can read it.</summary>
    public void PublishAnswer(bool published, DateTimeOffset at)
    {
        if (published && Status != SubmissionStatus.Answered)
        {
            throw new InvalidOperationException("Only an answered submission can have its answer published.");
        }

        IsAnswerPublished = published;
        UpdatedAt = at;
        Version++;
    }

    internal void Attach(SubmissionAttachment attachment) => _attachments.Add(attachment);

    /// <summary>Whether the letter workflow (TT 05/2021) allows moving from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanMove(SubmissionStatus from, SubmissionStatus to) => (from, to) switch
    {
        (SubmissionStatus.Received, SubmissionStatus.InProgress or SubmissionStatus.Archived) => true,
        (SubmissionStatus.InProgress, SubmissionStatus.Accepted or SubmissionStatus.Forwarded or SubmissionStatus.Guided
            or SubmissionStatus.Archived or SubmissionStatus.Answered) => true,
        (SubmissionStatus.Accepted or SubmissionStatus.Forwarded, SubmissionStatus.Answered) => true,
        _ => false,
    };

    /// <summary>Records a workflow step with the note the citizen will read.</summary>
    public void MoveTo(SubmissionStatus status, string publicNote, string? actorUserId, DateTimeOffset at)
    {
        if (!CanMove(Status, status))
        {
            throw new SubmissionRuleException("status",
                $"Đơn đang ở trạng thái \"{Status.Label()}\" nên không thể chuyển sang \"{status.Label()}\".");
        }

        Status = status;
        UpdatedAt = at;
        Version++;
        _history.Add(new SubmissionStatusChange(Id, status, at, Trim(publicNote), actorUserId));
    }

    public void StartProcessing(string actorUserId, DateTimeOffset at) =>
        MoveTo(SubmissionStatus.InProgress, "Đơn đang được xem xét, phân loại và xử lý.", actorUserId, at);

    /// <summary>The intake check of TT 05/2021: an eligible letter goes on; one that is not is filed with the reason.</summary>
    public void RecordEligibility(bool eligible, bool anonymousOrFalseName, bool withEvidence, string? note, string actorUserId, DateTimeOffset at)
    {
        if (Status is not (SubmissionStatus.Received or SubmissionStatus.InProgress))
        {
            throw new SubmissionRuleException("status", "Chỉ kiểm tra điều kiện xử lý khi đơn mới tiếp nhận hoặc đang xử lý.");
        }

        if (withEvidence && (Kind != SubmissionKind.Denunciation || !anonymousOrFalseName))
        {
            throw new SubmissionRuleException("anonymousWithEvidence",
                "Chỉ đánh dấu \"nặc danh có bằng chứng cụ thể\" cho đơn tố cáo nặc danh hoặc mạo danh.");
        }

        if (eligible && anonymousOrFalseName && !withEvidence)
        {
            throw new SubmissionRuleException("eligible",
                "Đơn nặc danh, mạo danh không đủ điều kiện xử lý; chỉ tố cáo có nội dung cụ thể, bằng chứng rõ ràng mới được chuyển kiểm tra (Điều 25 Luật Tố cáo 2018).");
        }

        if (!eligible && string.IsNullOrWhiteSpace(note))
        {
            throw new SubmissionRuleException("reason", "Vui lòng ghi lý do đơn không đủ điều kiện xử lý.");
        }

        IsEligible = eligible;
        IsAnonymousOrFalseName = anonymousOrFalseName;
        AnonymousWithEvidence = withEvidence;
        EligibilityNote = note;
        EligibilityCheckedAt = at;
        if (!eligible)
        {
            MoveTo(SubmissionStatus.Archived, "Đơn không đủ điều kiện xử lý, lưu đơn. Lý do: " + note, actorUserId, at);
        }
        else if (Status == SubmissionStatus.Received)
        {
            MoveTo(SubmissionStatus.InProgress, "Đơn đủ điều kiện xử lý và đang được xem xét.", actorUserId, at);
        }
        else
        {
            AddNote("Đơn đủ điều kiện xử lý.", actorUserId, at);
        }
    }

    /// <summary>
    /// Staff correct the kind the letter was filed as (a "kiến nghị" that is in law a complaint). Allowed while the
    /// item is with the receiving office (received, being processed, accepted); once it is forwarded, guided or closed
    /// the kind is the record of what was done. A complaint needs what it is about and when it became known (the
    /// 90-day window); those facts are cleared when an item stops being a complaint. The caller recomputes the clocks.
    /// </summary>
    public void ChangeKind(SubmissionKind kind, string reason, string? complaintSubject, DateOnly? complaintLearnedOn, string actorUserId, DateTimeOffset at)
    {
        if (Status is not (SubmissionStatus.Received or SubmissionStatus.InProgress or SubmissionStatus.Accepted))
        {
            throw new SubmissionRuleException("kind",
                $"Chỉ sửa loại đơn khi đơn mới tiếp nhận, đang xử lý hoặc đã thụ lý; đơn đang ở trạng thái \"{Status.Label()}\".");
        }

        if (kind == Kind)
        {
            throw new SubmissionRuleException("kind", $"Đơn đã là {Kind.Label().ToLowerInvariant()}; hãy chọn loại khác.");
        }

        if (kind == SubmissionKind.Complaint && (string.IsNullOrWhiteSpace(complaintSubject) || complaintLearnedOn is null))
        {
            throw new SubmissionRuleException("complaintSubject", "Đơn khiếu nại cần ghi quyết định, hành vi bị khiếu nại và ngày người khiếu nại biết được.");
        }

        var before = Kind;
        Kind = kind;
        ComplaintSubject = kind == SubmissionKind.Complaint ? complaintSubject : null;
        ComplaintLearnedOn = kind == SubmissionKind.Complaint ? complaintLearnedOn : null;
        AddNote($"Đơn được xác định lại là {kind.Label().ToLowerInvariant()} (trước đây ghi là {before.Label().ToLowerInvariant()}); "
            + "thời hạn xử lý được tính lại theo loại đơn mới. Lý do: " + reason, actorUserId, at);
    }

    /// <summary>Files this item as a duplicate of <paramref name="master"/>; the master's clocks run on, this one's stop.</summary>
    public void MarkDuplicateOf(Submission master, string? note, string actorUserId, DateTimeOffset at)
    {
        if (master.Id == Id)
        {
            throw new SubmissionRuleException("masterId", "Không thể đánh dấu đơn trùng với chính nó.");
        }

        if (master.DuplicateOfId is not null)
        {
            throw new SubmissionRuleException("masterId", "Đơn được chọn cũng là đơn trùng; hãy chọn đơn gốc.");
        }

        if (master.ReceivedAt > ReceivedAt)
        {
            throw new SubmissionRuleException("masterId", "Đơn gốc phải là đơn nhận trước đơn này.");
        }

        DuplicateOfId = master.Id;
        var text = $"Đơn trùng nội dung với đơn {Submissions.TrackingCode.Format(master.TrackingCode)} đã tiếp nhận trước đó; lưu đơn và theo dõi kết quả theo đơn đã tiếp nhận.";
        MoveTo(SubmissionStatus.Archived, string.IsNullOrWhiteSpace(note) ? text : text + " " + note, actorUserId, at);
    }

    public void Accept(string actorUserId, DateTimeOffset at) =>
        MoveTo(SubmissionStatus.Accepted, $"{Kind.Label()} đã được thụ lý để giải quyết.", actorUserId, at);

    /// <summary>Forwards the item to the competent body, whose staff then see it (and answer it).</summary>
    public void Forward(string unitCode, string unitName, string fromUnitCode, string? note, string actorUserId, DateTimeOffset at)
    {
        if (unitCode == OwnerUnitCode)
        {
            throw new SubmissionRuleException("unitCode", "Không thể chuyển đơn cho chính đơn vị đang xử lý.");
        }

        var text = $"Đơn đã được chuyển đến {unitName} để xem xét, giải quyết theo thẩm quyền.";
        MoveTo(SubmissionStatus.Forwarded, string.IsNullOrWhiteSpace(note) ? text : text + " " + note, actorUserId, at);
        AssignedUnitCode = unitCode;
        ForwardedByUnitCode = fromUnitCode;
        ForwardedAt = at;
    }

    /// <summary>Guides the sender to the competent body; TT 05/2021 allows this once per letter.</summary>
    public void Guide(string guidance, string actorUserId, DateTimeOffset at)
    {
        if (GuidedAt is not null)
        {
            throw new SubmissionRuleException("status", "Đơn này đã được hướng dẫn; mỗi đơn chỉ hướng dẫn một lần.");
        }

        MoveTo(SubmissionStatus.Guided, guidance, actorUserId, at);
        GuidedAt = at;
    }

    public void Archive(string reason, string actorUserId, DateTimeOffset at) =>
        MoveTo(SubmissionStatus.Archived, "Lưu đơn. Lý do: " + reason, actorUserId, at);

    public void AssignStaff(string staffUserId, string staffName, string actorUserId, DateTimeOffset at)
    {
        EnsureOpen();
        AssignedStaffUserId = staffUserId;
        AssignedStaffName = staffName;
        AddNote("Đơn đã được giao cho cán bộ thụ lý, xử lý.", actorUserId, at);
    }

    /// <summary>Staff's complexity decision (who and why are kept); it lengthens complaint limits and allows denunciation extensions.</summary>
    public void DecideComplexity(Deadlines.CaseComplexity complexity, string reason, string actorUserId, string actorName, DateTimeOffset at)
    {
        EnsureOpen();
        Complexity = complexity;
        ComplexityReason = reason;
        ComplexityDecidedByName = actorName;
        ComplexityDecidedAt = at;
        AddNote(complexity == Deadlines.CaseComplexity.Ordinary
            ? "Vụ việc được xác định là không phức tạp."
            : "Vụ việc được xác định là " + (complexity == Deadlines.CaseComplexity.Complex ? "phức tạp" : "đặc biệt phức tạp") + "; thời hạn giải quyết được tính lại theo quy định.", actorUserId, at);
    }

    /// <summary>Records a written extension decision; the law requires that the parties be told (the history note and email do).</summary>
    public void RecordExtension(string ruleLabel, Deadlines.DeadlineExtension extension, DateOnly newDueDate, string actorUserId, DateTimeOffset at)
    {
        EnsureOpen();
        AddNote($"Gia hạn thời hạn \"{ruleLabel}\" thêm {extension.Days} ngày theo văn bản số {extension.DocumentNumber} ngày {extension.DecidedOn:dd/MM/yyyy}; hạn mới: {newDueDate:dd/MM/yyyy}.", actorUserId, at);
    }

    /// <summary>The answer of the competent body (or of the processing office) closes the item.</summary>
    public void RecordAnswer(string answer, string? documentNumber, DateOnly? documentDate, string responderName, string responderUnitCode, string responderUnitName, string actorUserId, DateTimeOffset at)
    {
        var reference = documentNumber is null ? "" : $" (văn bản số {documentNumber}" + (documentDate is { } d ? $" ngày {d:dd/MM/yyyy})" : ")");
        var note = $"{responderUnitName} đã trả lời{reference}: {answer}";
        MoveTo(SubmissionStatus.Answered, note, actorUserId, at);
        AnswerText = answer;
        AnswerDocumentNumber = documentNumber;
        AnswerDocumentDate = documentDate;
        AnsweredAt = at;
        AnsweredByName = responderName;
        AnsweredByUnitCode = responderUnitCode;
    }

    /// <summary>A document of the answer just recorded (the signed reply letter); the submitter can download it from the lookup.</summary>
    public void AttachAnswerDocument(SubmissionAttachment document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (Status != SubmissionStatus.Answered || document.Kind != SubmissionAttachmentKind.Answer || document.SubmissionId != Id)
        {
            throw new InvalidOperationException("Answer documents are attached to this submission's answer, when it is recorded.");
        }

        _attachments.Add(document);
    }

    /// <summary>A dated note for the citizen that does not change the status (assignment, extension, complexity).</summary>
    public void AddNote(string publicNote, string? actorUserId, DateTimeOffset at)
    {
        UpdatedAt = at;
        Version++;
        _history.Add(new SubmissionStatusChange(Id, Status, at, Trim(publicNote), actorUserId));
    }

    public void SetNextDue(DateOnly? dueOn) => NextDueOn = dueOn;

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new SubmissionRuleException("status", $"Đơn đã kết thúc xử lý (\"{Status.Label()}\").");
        }
    }

    private static string Trim(string note) =>
        note.Length > SubmissionStatusChange.NoteMaxLength ? note[..(SubmissionStatusChange.NoteMaxLength - 1)] + "…" : note;
}
