extern alias cli;

using cli::CitizenVoice.Cli.Commands;

namespace CitizenVoice.Web.Tests.Cli;

public sealed class CliDispatcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class RecordingCommand : ICliCommand
    {
        public string Name => "train";

        public string Summary => "train the models: [--out DIR] [--cv]";

        public IReadOnlyCollection<string> Options { get; } = ["out", "cv"];

        public List<CliArguments> Runs { get; } = [];

        public Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
        {
            Runs.Add(args);
            return Task.FromResult(0);
        }
    }

    private static async Task<(int Code, string Output, string Error, RecordingCommand Command)> RunAsync(params string[] args)
    {
        var command = new RecordingCommand();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CliDispatcher([command], output, error).RunAsync(args, Ct);
        return (code, output.ToString(), error.ToString(), command);
    }

    [Fact]
    public async Task RunsTheCommandWithItsOptionsAndConfigurationOverrides()
    {
        var (code, _, error, command) = await RunAsync("train", "--out", "/tmp/m", "--cv", "--Database:Provider=Sqlite");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var args = Assert.Single(command.Runs);
        Assert.Equal("/tmp/m", args.Get("out"));
        Assert.True(args.Has("cv"));
    }

    [Fact]
    public async Task HelpPrintsTheCommandsLineAndRunsNothing()
    {
        var (code, output, _, command) = await RunAsync("train", "--help");

        Assert.Equal(0, code);
        Assert.Contains("train: train the models: [--out DIR] [--cv]", output, StringComparison.Ordinal);
        Assert.Empty(command.Runs);
    }

    [Theory]
    [InlineData("--hlep", "unknown option --hlep; it accepts --out, --cv")]
    [InlineData("--out=/tmp/m --l3", "unknown option --l3; it accepts --out, --cv")]
    [InlineData("models", "unexpected argument 'models'; it accepts --out, --cv")]
    public async Task AnUnknownOptionOrStrayArgumentIsAUsageErrorAndRunsNothing(string given, string message)
    {
        var (code, _, error, command) = await RunAsync(["train", .. given.Split(' ')]);

        Assert.Equal(2, code);
        Assert.Equal($"train: {message}", error.Trim());
        Assert.Empty(command.Runs);
    }

    [Fact]
    public async Task AnUnknownCommandIsAUsageError()
    {
        var (code, _, error, _) = await RunAsync("trian");

        Assert.Equal(2, code);
        Assert.Contains("unknown command 'trian'", error, StringComparison.Ordinal);
    }
}
