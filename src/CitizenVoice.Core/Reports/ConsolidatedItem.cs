namespace CitizenVoice.Core.Reports;

/// <summary>A consolidated opinion: one summary for identical opinions raised at several meetings.</summary>
/// <param name="Number">Item number shown in the report and in the appendix (continuous over sections B and C).</param>
public sealed record ConsolidatedItem(int Number, string Summary, IReadOnlyList<SourceOpinion> Opinions)
{
    /// <summary>"lượt ý kiến": how many times the opinion was raised.</summary>
    public int OpinionCount => Opinions.Count;

    public int MeetingCount => Opinions.Select(o => o.Meeting).Distinct().Count();

    public int CommuneCount => Opinions.Select(o => o.CommuneName).Distinct(StringComparer.Ordinal).Count();
}
