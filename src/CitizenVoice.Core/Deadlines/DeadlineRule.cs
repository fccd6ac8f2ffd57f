using System.Text;

namespace CitizenVoice.Core.Deadlines;

/// <summary>One statutory clock of NOTES section 3: its limit, the variants the law gives, and how it may be extended.</summary>
public sealed record DeadlineRule
{
    /// <summary>Stable id stored with each running clock, e.g. "KN1-RESOLVE".</summary>
    public required string Id { get; init; }

    /// <summary>What must be done, in Vietnamese, e.g. "Giải quyết khiếu nại lần đầu".</summary>
    public required string Label { get; init; }

    /// <summary>Article and act, e.g. "Điều 28 Luật Khiếu nại 2011".</summary>
    public required string LegalBasis { get; init; }

    /// <summary>The event that starts the clock, as it follows "kể từ", e.g. "ngày thụ lý".</summary>
    public required string StartsFrom { get; init; }

    public required DeadlineCounting Counting { get; init; }

    public required int Days { get; init; }

    public int? ComplexDays { get; init; }

    public int? RemoteAreaDays { get; init; }

    public int? RemoteAreaComplexDays { get; init; }

    /// <summary>Null when the law allows no extension.</summary>
    public DeadlineExtensionPolicy? Extensions { get; init; }

    /// <summary>NOTES marks the limit "[verify]": its days may be overridden in configuration (<see cref="DeadlineOptions"/>).</summary>
    public bool NeedsVerification { get; init; }

    /// <summary>The limit before extensions for a case with these factors.</summary>
    public int DaysFor(DeadlineFactors factors) => (factors.IsRemoteArea, factors.IsComplex) switch
    {
        (true, true) => RemoteAreaComplexDays ?? Math.Max(RemoteAreaDays ?? Days, ComplexDays ?? Days),
        (true, false) => RemoteAreaDays ?? Days,
        (false, true) => ComplexDays ?? Days,
        _ => Days,
    };

    /// <summary>Why the extensions in <paramref name="factors"/> are not allowed by this rule, or null when they are.</summary>
    public string? ExtensionError(DeadlineFactors factors)
    {
        var extensions = factors.Extensions;
        if (extensions.Count == 0)
        {
            return null;
        }

        if (Extensions is not { } policy)
        {
            return $"{Id} cannot be extended.";
        }

        if (extensions.Count > policy.MaxCount(factors.Complexity))
        {
            return $"{Id} allows {policy.MaxCount(factors.Complexity)} extension(s) for a {factors.Complexity} case, not {extensions.Count}.";
        }

        foreach (var extension in extensions)
        {
            if (string.IsNullOrWhiteSpace(extension.DocumentNumber))
            {
                return "An extension needs the number of its written decision.";
            }

            if (extension.Days <= 0 || extension.Days > (policy.MaxDaysEach ?? int.MaxValue))
            {
                return policy.MaxDaysEach is { } most
                    ? $"An extension of {Id} adds 1 to {most} days, not {extension.Days}."
                    : $"An extension of {Id} adds at least 1 day, not {extension.Days}.";
            }
        }

        var total = DaysFor(factors) + extensions.Sum(e => e.Days);
        return total > (policy.MaxTotalDays ?? int.MaxValue)
            ? $"{Id} with extensions may not exceed {policy.MaxTotalDays} days in all, not {total}."
            : null;
    }

    /// <summary>The whole rule in Vietnamese, for the catalogue page and tooltips.</summary>
    public string Description
    {
        get
        {
            var unit = Counting.Label();
            var text = new StringBuilder($"{Days} {unit} kể từ {StartsFrom}");
            if (ComplexDays is { } complex)
            {
                text.Append($"; vụ việc phức tạp: {complex} {unit}");
            }

            if (RemoteAreaDays is { } remote)
            {
                text.Append($"; vùng sâu, vùng xa: {remote} {unit}");
                if (RemoteAreaComplexDays is { } remoteComplex)
                {
                    text.Append($", phức tạp: {remoteComplex} {unit}");
                }
            }

            if (Extensions is { } policy)
            {
                text.Append("; ").Append(policy.Description);
            }

            return text.Append($" ({LegalBasis})").ToString();
        }
    }
}
