namespace CitizenVoice.Web.Pages.VoterOpinions;

/// <summary>The portal opinion form as posted; field names are the use case's error keys.</summary>
public sealed class OpinionFormInput
{
    public Guid? SessionId { get; set; }

    public string? VoterName { get; set; }

    public string? ProvinceCode { get; set; }

    public string? Commune { get; set; }

    public string? CommuneCode { get; set; }

    public string? Content { get; set; }

    public string? Email { get; set; }

    public bool Consent { get; set; }
}
