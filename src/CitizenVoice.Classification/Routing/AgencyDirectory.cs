using CitizenVoice.Core.Units;

namespace CitizenVoice.Classification.Routing;

/// <summary>The agencies of agencies.csv, as Core's <see cref="AgencyCatalog"/> reads them, by code.</summary>
public sealed class AgencyDirectory
{
    private readonly Dictionary<string, Agency> _byCode;

    public AgencyDirectory(IEnumerable<Agency> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        _byCode = agencies.ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<Agency> All => _byCode.Values;

    public static AgencyDirectory LoadEmbedded() =>
        new(new AgencyCatalog().All.Select(a => new Agency(a.Code, a.Name, a.Level, a.Topics)));

    public Agency? Find(string code) => _byCode.GetValueOrDefault(code);

    public Agency Get(string code) =>
        Find(code) ?? throw new InvalidOperationException($"agency code '{code}' is not in agencies.csv");

    /// <summary>
    /// Whether a predicted agency counts as a match for a labelled one: equal codes; a label of UBND-X is matched by
    /// any commune-level office and UBND-T by the provincial People's Committee or its office (eval README).
    /// </summary>
    public bool Matches(string predicted, string label)
    {
        if (string.Equals(predicted, label, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(label, "UBND-X", StringComparison.OrdinalIgnoreCase))
        {
            return Find(predicted)?.Level == CompetenceLevel.Commune;
        }

        return string.Equals(label, "UBND-T", StringComparison.OrdinalIgnoreCase)
            && string.Equals(predicted, "VP-UBND-T", StringComparison.OrdinalIgnoreCase);
    }
}
