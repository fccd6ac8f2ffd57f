namespace CitizenVoice.Core.VoterAnswers;

/// <param name="ReceivedOn">When the agency received the item, if it differs from the dispatch day.</param>
/// <param name="Publish">Show the answer on the portal (Trả lời cử tri).</param>
public sealed record RecordAnswerRequest(string? AgencyName, string? DocumentNumber, DateOnly? AnswerDate, string? Text, DateOnly? ReceivedOn, bool Publish);
