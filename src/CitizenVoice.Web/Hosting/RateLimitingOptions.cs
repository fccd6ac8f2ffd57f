namespace CitizenVoice.Web.Hosting;

/// <summary>Bound from `RateLimiting`: limits per client address on the public forms and API. The benchmark turns them off.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";
    public const string SubmitPolicy = "public-submit";
    public const string LookupPolicy = "public-lookup";

    public bool Enabled { get; set; } = true;

    /// <summary>Submissions accepted per client address per window.</summary>
    public int PermitsPerWindow { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>Status lookups per client address per window; low enough to make guessing codes pointless.</summary>
    public int LookupPermitsPerWindow { get; set; } = 20;
}
