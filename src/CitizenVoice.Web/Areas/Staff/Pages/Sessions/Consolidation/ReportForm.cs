using CitizenVoice.Core.SessionReports;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions.Consolidation;

/// <summary>The report header form as posted; the use case cleans and validates it.</summary>
public sealed class ReportForm
{
    public string? ParentBody { get; set; }

    public string? IssuingBody { get; set; }

    public int? Number { get; set; }

    public string? IssuerCode { get; set; }

    public string? Place { get; set; }

    public DateOnly? Date { get; set; }

    public string? Subject { get; set; }

    public string? Preamble { get; set; }

    public string? Organisers { get; set; }

    public string? Remarks { get; set; }

    public string? GeneralOpinions { get; set; }

    public string? Proposals { get; set; }

    public string? SignerAuthority { get; set; }

    public string? SignerPosition { get; set; }

    public string? SignerName { get; set; }

    public string? Recipients { get; set; }

    public string? Archive { get; set; }

    public static ReportForm From(ReportSettings s) => new()
    {
        ParentBody = s.ParentBody, IssuingBody = s.IssuingBody, Number = s.Number, IssuerCode = s.IssuerCode, Place = s.Place, Date = s.Date,
        Subject = s.Subject, Preamble = s.Preamble, Organisers = s.Organisers, Remarks = s.Remarks, GeneralOpinions = s.GeneralOpinions,
        Proposals = s.Proposals, SignerAuthority = s.SignerAuthority, SignerPosition = s.SignerPosition, SignerName = s.SignerName,
        Recipients = s.Recipients, Archive = s.Archive,
    };

    public ReportSettings ToSettings(DateOnly today) => new(
        ParentBody, IssuingBody ?? "", Number, IssuerCode ?? "", Place ?? "", Date ?? today, Subject ?? "", Preamble ?? "", Organisers ?? "",
        Remarks ?? "", GeneralOpinions ?? "", Proposals ?? "", SignerAuthority, SignerPosition ?? "", SignerName ?? "", Recipients ?? "", Archive ?? "");
}
