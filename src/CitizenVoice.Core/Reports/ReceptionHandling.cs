namespace CitizenVoice.Core.Reports;

/// <summary>How a visit at the reception desk was handled (Luật Tiếp công dân 2013 Art. 28).</summary>
public enum ReceptionHandling
{
    Guided,
    Forwarded,
    Accepted,
    AnsweredOnTheSpot,
}
