namespace CitizenVoice.Core.VoterMeetings;

/// <summary>Voter meetings are held before a session (to collect opinions) and after it (to report its results).</summary>
public enum MeetingPhase
{
    BeforeSession,
    AfterSession,
}
