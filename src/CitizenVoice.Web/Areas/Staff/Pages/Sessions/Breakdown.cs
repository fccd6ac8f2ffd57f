namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>One dimension of the statistics (topic, level, agency, locality, channel) with its rows, largest first.</summary>
public sealed record Breakdown(string Title, IReadOnlyList<BreakdownRow> Rows)
{
    public int Max => Rows.Count == 0 ? 0 : Rows.Max(r => r.Opinions + r.Submissions);
}
