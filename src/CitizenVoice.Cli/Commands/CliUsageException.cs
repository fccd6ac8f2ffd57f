namespace CitizenVoice.Cli.Commands;

/// <summary>Bad command-line usage: printed to stderr with exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
