using System.Reflection;
using CitizenVoice.Core.Common;

namespace CitizenVoice.Core.Routing;

/// <summary>The topic taxonomy shipped inside the assembly.</summary>
public sealed class TopicCatalog
{
    private readonly Dictionary<string, Topic> _byCode;

    public TopicCatalog()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CitizenVoice.Core.Routing.topics.csv")
            ?? throw new InvalidOperationException("topics.csv is not embedded in CitizenVoice.Core");
        using var reader = new StreamReader(stream);
        All = CsvText.Read(reader).Select(r => new Topic(r["code"], r["name_vi"], r["name_en"], r["scope_vi"])).ToList();
        _byCode = All.ToDictionary(t => t.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<Topic> All { get; }

    public Topic? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code);

    public string Label(string? code) => Find(code)?.Name ?? "Chưa phân loại";
}
