using CitizenVoice.Core.Submissions;

namespace CitizenVoice.Core.Reception;

/// <summary>An earlier contact of the same person: a desk visit (with its handling) or an item filed another way.</summary>
public sealed record EarlierVisit(
    DateTimeOffset At,
    string? PersonName,
    SubmissionChannel Channel,
    ReceptionHandling? Handling,
    int Headcount,
    Guid SubmissionId,
    string TrackingCode,
    string Title,
    SubmissionKind Kind,
    SubmissionStatus Status);
