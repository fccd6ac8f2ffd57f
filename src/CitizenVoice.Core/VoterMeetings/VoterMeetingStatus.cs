namespace CitizenVoice.Core.VoterMeetings;

/// <summary>Planned (announced), held (took place), recorded (its opinions are entered and checked).</summary>
public enum VoterMeetingStatus
{
    Planned,
    Held,
    Recorded,
}
