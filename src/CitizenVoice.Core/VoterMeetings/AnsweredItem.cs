namespace CitizenVoice.Core.VoterMeetings;

/// <summary>
/// A published answered item offered to a citizen who is about to send the same matter again: its title and answer
/// only, never the sender's text, which may identify them.
/// </summary>
public sealed record AnsweredItem(string Title, string Answer, DateTimeOffset AnsweredAt, double Score);
