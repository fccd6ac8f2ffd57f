namespace CitizenVoice.Web.Pages.Lookup;

/// <summary>The status lookup form: tracking code and the phone or email given when filing.</summary>
public sealed class LookupInput
{
    public string? Code { get; set; }

    public string? Contact { get; set; }
}
