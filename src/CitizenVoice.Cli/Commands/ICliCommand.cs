namespace CitizenVoice.Cli.Commands;

/// <summary>One admin command: `dotnet run --project src/CitizenVoice.Cli -- NAME [options]`.</summary>
internal interface ICliCommand
{
    string Name { get; }

    /// <summary>One line for the usage listing.</summary>
    string Summary { get; }

    /// <summary>The `--name` options the command reads; any other is a usage error, so a typo never runs with defaults.
    /// Configuration overrides (`--Section:Key=value`) are always accepted.</summary>
    IReadOnlyCollection<string> Options { get; }

    /// <summary>Runs the command; returns the process exit code (0 success, 1 failure, 2 bad usage).</summary>
    Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken);
}
