namespace CitizenVoice.Core.Reports;

/// <summary>Who is competent to answer a voter petition (NQLT 72/2025): the centre, the province or the commune.</summary>
public enum CompetenceLevel
{
    Central,
    Province,
    Commune,
}
