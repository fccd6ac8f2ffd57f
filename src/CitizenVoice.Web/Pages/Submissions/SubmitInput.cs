namespace CitizenVoice.Web.Pages.Submissions;

/// <summary>The submission form as posted. Field names are the use case's error keys, so errors land next to their field.</summary>
public sealed class SubmitInput
{
    public string? Kind { get; set; }

    public string? Title { get; set; }

    public string? Content { get; set; }

    public string? ProvinceCode { get; set; }

    /// <summary>What the citizen typed in the commune field.</summary>
    public string? Commune { get; set; }

    /// <summary>The suggestion the citizen picked, when there is one; wins over the typed text.</summary>
    public string? CommuneCode { get; set; }

    public string? Address { get; set; }

    public string? FullName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? IdNumber { get; set; }

    public bool Anonymous { get; set; }

    public bool Consent { get; set; }

    public string? ComplaintSubject { get; set; }

    /// <summary>yyyy-MM-dd from a date input, or dd/MM/yyyy typed where the browser has no date picker.</summary>
    public string? ComplaintLearnedOn { get; set; }
}
