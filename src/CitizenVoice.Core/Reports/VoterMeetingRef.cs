namespace CitizenVoice.Core.Reports;

/// <summary>The voter meeting an opinion was raised at; two opinions with equal values come from the same meeting.</summary>
/// <param name="Place">"Hội trường UBND xã Nghi Lộc".</param>
public sealed record VoterMeetingRef(Guid Id, DateOnly Date, string Place);
