using System.Security.Cryptography;
using System.Text.Json;

namespace CitizenVoice.Classification.Training;

/// <summary>Reads labelled petitions: the training TSV (text or title+body, topic, level, agency) and JSONL eval files.</summary>
public static class PetitionCorpus
{
    public static IReadOnlyList<LabelledPetition> LoadTsv(string path)
    {
        using var reader = new StreamReader(path);
        var header = (reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty")).Split('\t');
        int Col(string name) => Array.IndexOf(header, name);
        int id = Col("id"), group = Col("group"), text = Col("text"), title = Col("title"), body = Col("body");
        int topic = Col("topic"), level = Col("level"), agency = Col("agency");
        if ((text < 0 && body < 0) || topic < 0 || level < 0)
        {
            throw new InvalidDataException($"{path}: need columns text (or title and body), topic and level");
        }

        var rows = new List<LabelledPetition>();
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split('\t');
            string Get(int i) => i >= 0 && i < f.Length ? f[i] : string.Empty;
            var content = text >= 0 ? Get(text) : $"{Get(title)}. {Get(body)}";
            rows.Add(new LabelledPetition(
                id >= 0 ? Get(id) : $"row{n}",
                content,
                Get(topic),
                Get(level),
                agency >= 0 ? Get(agency) : null,
                group >= 0 ? Get(group) : null));
        }

        return rows;
    }

    /// <summary>Lines of {"id","text","topic","level","agency"}; topic and level may be absent (classify input).</summary>
    public static IReadOnlyList<LabelledPetition> LoadJsonl(string path)
    {
        var rows = new List<LabelledPetition>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            string? Get(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            rows.Add(new LabelledPetition(Get("id") ?? $"line{rows.Count + 1}", Get("text") ?? string.Empty, Get("topic") ?? string.Empty, Get("level") ?? string.Empty, Get("agency")));
        }

        return rows;
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
