namespace CitizenVoice.Core.Reports;

/// <summary>Which agencies have answered the voter petitions forwarded after a session, as of a date.</summary>
/// <param name="Title">"Theo dõi trả lời kiến nghị cử tri gửi tới Kỳ họp thứ 10, Quốc hội khóa XV".</param>
public sealed record AnswerMonitoringReport(string Body, string Title, DateOnly AsOf, IReadOnlyList<AgencyAnswerStatus> Agencies);
