namespace CitizenVoice.Core.VoterAnswers;

/// <summary>An answered item as the portal shows it: the question's summary, the agency and its answer. Nothing about who asked.</summary>
public sealed record PublishedAnswer(Guid Id, string SessionTitle, string Summary, string AgencyName, string? DocumentNumber, DateOnly? AnswerDate, string Answer);
