using System.Text;

namespace CitizenVoice.Core.Common;

/// <summary>
/// Minimal RFC 4180 reading for the small seed and rule files shipped with the app (quoted fields may hold commas and
/// doubled quotes; no embedded newlines). Rows come back keyed by the header's column names, values trimmed.
/// </summary>
public static class CsvText
{
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

    public static List<string> Split(string line)
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
