namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>The counts the statistics page shows and exports.</summary>
public sealed record StatisticsResult(
    bool Found,
    string Title,
    bool IncludesSubmissions,
    int Opinions,
    int VotersRaising,
    int Submissions,
    IReadOnlyList<Breakdown> Breakdowns)
{
    public static readonly StatisticsResult NotFound = new(false, "", false, 0, 0, 0, []);
}
