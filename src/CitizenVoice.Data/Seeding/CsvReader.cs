using System.Text;

namespace CitizenVoice.Data.Seeding;

/// <summary>Reads the small RFC 4180 CSV files embedded in this assembly (quoted fields may hold commas).</summary>
public static class CsvReader
{
    public static List<Dictionary<string, string>> ReadEmbedded(string fileName)
    {
        var name = $"CitizenVoice.Data.Seed.{fileName}";
        using var stream = typeof(CsvReader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader);
    }

    public static List<Dictionary<string, string>> Read(TextReader reader)
    {
        var rows = new List<Dictionary<string, string>>();
        string[]? header = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(line);
            if (header is null)
            {
                header = fields.ToArray();
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < fields.Count ? fields[i] : "";
            }

            rows.Add(row);
        }

        return rows;
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
