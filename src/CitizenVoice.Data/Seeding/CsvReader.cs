using System.Text;
using CitizenVoice.Core.Common;

namespace CitizenVoice.Data.Seeding;

/// <summary>Reads the reference CSV files embedded in this assembly (Seed/*.csv).</summary>
public static class CsvReader
{
    public static List<Dictionary<string, string>> ReadEmbedded(string fileName)
    {
        var name = $"CitizenVoice.Data.Seed.{fileName}";
        using var stream = typeof(CsvReader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return CsvText.Read(reader).ToList();
    }
}
