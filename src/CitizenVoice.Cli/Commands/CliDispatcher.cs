namespace CitizenVoice.Cli.Commands;

/// <summary>
/// Picks the command named by the first argument, checks its options and runs it: the usage listing with no
/// arguments or `--help`, a command's own line with `COMMAND --help`, and exit code 2 for an unknown command, option
/// or stray argument (so `train --hlep` reports the typo instead of training with defaults).
/// </summary>
internal sealed class CliDispatcher(IReadOnlyList<ICliCommand> commands, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine("CitizenVoice admin commands. Usage: dotnet run --project src/CitizenVoice.Cli -- COMMAND [options]");
            foreach (var c in commands)
            {
                output.WriteLine($"  {c.Name,-16} {c.Summary}");
            }

            return args.Count == 0 ? 2 : 0;
        }

        var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            error.WriteLine($"unknown command '{args[0]}'; run with --help for the list");
            return 2;
        }

        var options = new CliArguments(args.Skip(1));
        if (options.Has("help") || options.Positional is ["-h"])
        {
            output.WriteLine($"{command.Name}: {command.Summary}");
            return 0;
        }

        var unknown = options.UnknownOptions(command.Options).ToList();
        if (unknown.Count > 0 || options.Positional.Count > 0)
        {
            var what = unknown.Count > 0
                ? $"unknown option {string.Join(", ", unknown.Select(o => "--" + o))}"
                : $"unexpected argument '{options.Positional[0]}'";
            var accepted = command.Options.Count == 0 ? "no options" : string.Join(", ", command.Options.Select(o => "--" + o));
            error.WriteLine($"{command.Name}: {what}; it accepts {accepted}");
            return 2;
        }

        try
        {
            return await command.RunAsync(options, cancellationToken);
        }
        catch (CliUsageException ex)
        {
            error.WriteLine($"{command.Name}: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            error.WriteLine($"{command.Name} failed: {ex.GetType().Name}: {ex.Message}");
            return 1;
        }
    }
}
