namespace CitizenVoice.Cli.Commands;

/// <summary>Parses `--name value` and `--flag` options after the command name.</summary>
internal sealed class CliArguments
{
    /// <summary>`--connection CS`, which every command that opens the database accepts.</summary>
    public const string ConnectionOption = "connection";

    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    public CliArguments(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                Positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                _options[name[..eq]] = name[(eq + 1)..];
            }
            else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                _options[name] = list[++i];
            }
            else
            {
                _options[name] = null;
            }
        }
    }

    public List<string> Positional { get; } = [];

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// Options written with a colon (`--Database:Provider=PostgreSql`) override configuration keys; `--connection CS`
    /// is short for `--ConnectionStrings:CitizenVoice=CS`.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string?>> ConfigurationOverrides() =>
        _options.Where(o => o.Key.Contains(':', StringComparison.Ordinal))
            .Concat(_options.Where(o => o.Key == ConnectionOption).Select(o => KeyValuePair.Create("ConnectionStrings:CitizenVoice", o.Value)));

    /// <summary>Options given that are neither in <paramref name="accepted"/> nor configuration overrides.</summary>
    public IEnumerable<string> UnknownOptions(IReadOnlyCollection<string> accepted) =>
        _options.Keys.Where(k => !k.Contains(':', StringComparison.Ordinal) && !accepted.Contains(k, StringComparer.OrdinalIgnoreCase));

    public string Require(string name) =>
        Get(name) ?? throw new CliUsageException($"missing option --{name}");
}
