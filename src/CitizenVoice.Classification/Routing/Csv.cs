using CitizenVoice.Core.Common;

namespace CitizenVoice.Classification.Routing;

/// <summary>The routing files embedded in this assembly, read with Core's CSV reader.</summary>
internal static class Csv
{
    public static IEnumerable<Dictionary<string, string>> Read(TextReader reader) => CsvText.Read(reader);

    public static Stream OpenResource(string name) =>
        typeof(Csv).Assembly.GetManifestResourceStream($"CitizenVoice.Classification.Routing.{name}")
        ?? throw new InvalidOperationException($"embedded resource {name} is missing");
}
