using CitizenVoice.Core.Accounts;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>
/// A voter meeting (cuộc tiếp xúc cử tri, NQLT 72/2025): held in a commune before or after a session, organised by the
/// NA delegation or People's Council deputies with the Fatherland Front and the commune People's Committee.
/// </summary>
public sealed class VoterMeeting : IUnitOwned
{
    public const int PlaceMaxLength = 300;
    public const int AnnouncedContentMaxLength = 2000;
    public const int DeputyNameMaxLength = 100;
    public const int MaxDeputies = 20;
    public const int MaxVotersAttending = 100_000;

    private List<string> _deputies = [];

    private VoterMeeting()
    {
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    public MeetingPhase Phase { get; private set; }

    /// <summary>Local (Vietnam) calendar date: meetings are wall-clock events and are matched on import by (date, commune).</summary>
    public DateOnly Date { get; private set; }

    /// <summary>Local starting time, if known.</summary>
    public TimeOnly? StartTime { get; private set; }

    /// <summary>Address of the venue, e.g. "Hội trường UBND phường Hoàn Kiếm, 126 Hàng Trống".</summary>
    public string Place { get; private set; } = "";

    public string ProvinceCode { get; private set; } = "";

    public string CommuneCode { get; private set; } = "";

    /// <summary>The organiser's unit, e.g. "01.DDBQH-T" (the delegation, with the Fatherland Front and the commune People's Committee).</summary>
    public string OrganisingUnitCode { get; private set; } = "";

    /// <summary>The session's reporting unit; scoping follows it (see <see cref="Session.OwnerUnitCode"/>).</summary>
    public string OwnerUnitCode { get; private set; } = "";

    /// <summary>Names of the deputies or delegates attending.</summary>
    public IReadOnlyList<string> Deputies => _deputies;

    public int? VotersAttending { get; private set; }

    /// <summary>What the meeting announces (agenda), shown on the portal when published.</summary>
    public string? AnnouncedContent { get; private set; }

    public VoterMeetingStatus Status { get; private set; }

    public bool IsPublished { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? CreatedByUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public static VoterMeeting Plan(Session session, VoterMeetingDetails details, string? createdByUserId, DateTimeOffset now)
    {
        var meeting = new VoterMeeting
        {
            Id = Guid.CreateVersion7(now),
            SessionId = session.Id,
            OwnerUnitCode = session.OwnerUnitCode,
            Status = VoterMeetingStatus.Planned,
            CreatedByUserId = createdByUserId,
            CreatedAt = now,
        };
        meeting.Apply(details, now);
        return meeting;
    }

    public void Update(VoterMeetingDetails details, DateTimeOffset now)
    {
        Apply(details, now);
        Version++;
    }

    /// <summary>Opinions were entered for the meeting, so it took place; a planned meeting becomes held, with its count.</summary>
    public void MarkHeld(int? votersAttending, DateTimeOffset now)
    {
        if (Status == VoterMeetingStatus.Planned)
        {
            Status = VoterMeetingStatus.Held;
        }

        VotersAttending ??= votersAttending;
        UpdatedAt = now;
    }

    public void Publish(DateTimeOffset now)
    {
        IsPublished = true;
        PublishedAt ??= now;
        UpdatedAt = now;
        Version++;
    }

    public void Unpublish(DateTimeOffset now)
    {
        IsPublished = false;
        UpdatedAt = now;
        Version++;
    }

    private void Apply(VoterMeetingDetails details, DateTimeOffset now)
    {
        if (details.Deputies.Count > MaxDeputies || details.Deputies.Any(d => d.Length is 0 or > DeputyNameMaxLength))
        {
            throw new ArgumentException("Deputies: at most 20 non-empty names of up to 100 characters.", nameof(details));
        }

        if (details.VotersAttending is < 0 or > MaxVotersAttending)
        {
            throw new ArgumentOutOfRangeException(nameof(details), "Voters attending out of range.");
        }

        Phase = details.Phase;
        Date = details.Date;
        StartTime = details.StartTime;
        Place = details.Place;
        ProvinceCode = details.ProvinceCode;
        CommuneCode = details.CommuneCode;
        OrganisingUnitCode = details.OrganisingUnitCode;
        _deputies = [.. details.Deputies];
        VotersAttending = details.VotersAttending;
        AnnouncedContent = details.AnnouncedContent;
        Status = details.Status;
        UpdatedAt = now;
    }
}
