namespace CitizenVoice.Core.VoterMeetings;

/// <summary>How a voter-meeting use case ended; the page maps it to a redirect, a re-render, a 404 or a 403.</summary>
public enum VoterMeetingOutcome
{
    Saved,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}
