namespace CitizenVoice.Web.Email;

/// <summary>Bound from `Smtp`. With no Host, mail goes to <see cref="PickupFolder"/> as .eml files.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "CitizenVoice <no-reply@citizenvoice.local>";

    /// <summary>Relative paths are under the content root.</summary>
    public string PickupFolder { get; set; } = "App_Data/mail";

    public int TimeoutSeconds { get; set; } = 30;
}
