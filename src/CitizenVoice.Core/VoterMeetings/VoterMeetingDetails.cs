namespace CitizenVoice.Core.VoterMeetings;

/// <summary>The editable facts of a voter meeting, already validated and cleaned (NFC) by the use case.</summary>
public sealed record VoterMeetingDetails(
    MeetingPhase Phase,
    DateOnly Date,
    TimeOnly? StartTime,
    string Place,
    string ProvinceCode,
    string CommuneCode,
    string OrganisingUnitCode,
    IReadOnlyList<string> Deputies,
    int? VotersAttending,
    string? AnnouncedContent,
    VoterMeetingStatus Status);
