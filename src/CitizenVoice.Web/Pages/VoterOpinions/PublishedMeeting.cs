namespace CitizenVoice.Web.Pages.VoterOpinions;

/// <summary>A published meeting announcement as the portal shows it.</summary>
public sealed record PublishedMeeting(DateOnly Date, TimeOnly? StartTime, string Place, string CommuneName, IReadOnlyList<string> Deputies,
    string? AnnouncedContent, string SessionTitle);
