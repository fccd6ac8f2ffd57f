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

    public IReadOnlyList<SubmissionStatusChange> History => _history;

    public IReadOnlyList<SubmissionAttachment> Attachments => _attachments;

    /// <summary>A denouncer's identity is secret (Luật Tố cáo 2018 Art. 4, 47): masked for everyone but the handlers.</summary>
    public bool IsIdentityConfidential => Kind == SubmissionKind.Denunciation;

    /// <summary>Last day of the complaint window, or null when not a complaint.</summary>
    public DateOnly? ComplaintWindowEndsOn => ComplaintLearnedOn?.AddDays(ComplaintWindowDays);

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
            throw new InvalidOperationException($"A submission in status {Status.Code()} cannot move to {status.Code()}.");
        }

        Status = status;
        UpdatedAt = at;
        Version++;
        _history.Add(new SubmissionStatusChange(Id, status, at, publicNote, actorUserId));
    }
}
