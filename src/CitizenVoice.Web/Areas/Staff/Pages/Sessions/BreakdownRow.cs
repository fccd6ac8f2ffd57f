namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>One label of a breakdown with its opinion and submission counts.</summary>
public sealed record BreakdownRow(string Label, int Opinions, int Submissions)
{
    public int Total => Opinions + Submissions;
}
