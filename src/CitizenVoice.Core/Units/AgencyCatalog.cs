using System.Reflection;
using CitizenVoice.Core.Common;

namespace CitizenVoice.Core.Units;

/// <summary>The agency types of agencies.csv (2025 restructuring), shipped inside the assembly.</summary>
public sealed class AgencyCatalog
{
    private readonly Dictionary<string, Agency> _byCode;

    public AgencyCatalog()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CitizenVoice.Core.Units.agencies.csv")
            ?? throw new InvalidOperationException("agencies.csv is not embedded in CitizenVoice.Core");
        using var reader = new StreamReader(stream);
        All = CsvText.Read(reader)
            .Select(r => new Agency(r["code"], r["name_vi"], r["name_en"], r["level"],
                r["topics"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .ToList();
        _byCode = All.ToDictionary(a => a.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<Agency> All { get; }

    public Agency? Find(string code) => _byCode.GetValueOrDefault(code);
}
