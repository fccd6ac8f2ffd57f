using System.Text;

namespace CitizenVoice.Classification.Routing;

/// <summary>Minimal RFC 4180 line splitter for the small seed and rule files (quoted fields, no embedded newlines).</summary>
internal static class Csv
{
    public static List<string> Split(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        return fields;
    }

    /// <summary>Rows as header-keyed dictionaries; skips blank lines and lines starting with '#'.</summary>
    public static IEnumerable<Dictionary<string, string>> Read(TextReader reader)
    {
        List<string>? header = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = Split(line);
            if (header is null)
            {
                header = fields;
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                row[header[i]] = i < fields.Count ? fields[i].Trim() : string.Empty;
            }

            yield return row;
        }
    }

    public static Stream OpenResource(string name) =>
        typeof(Csv).Assembly.GetManifestResourceStream($"CitizenVoice.Classification.Routing.{name}")
        ?? throw new InvalidOperationException($"embedded resource {name} is missing");
}
