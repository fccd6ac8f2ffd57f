using Microsoft.AspNetCore.Identity;

namespace CitizenVoice.Data;

/// <summary>A staff account. Citizens have no accounts: they follow their submissions with a tracking code.</summary>
public sealed class CitizenVoiceUser : IdentityUser
{
    public const int FullNameMaxLength = 120;

    public string FullName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The organisational unit this person works in (see CitizenVoice.Core.Units.UnitCodes); decides what they see.</summary>
    public string UnitCode { get; set; } = "";
}
