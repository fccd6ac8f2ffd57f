namespace CitizenVoice.Core.Reports;

/// <summary>Answers of one agency to the items forwarded to it (CT-ANSWER clock, 60 days).</summary>
/// <param name="Overdue">Unanswered items past their due date.</param>
public sealed record AgencyAnswerStatus(string Agency, int Forwarded, int Answered, int Overdue)
{
    public int Unanswered => Forwarded - Answered;
}
