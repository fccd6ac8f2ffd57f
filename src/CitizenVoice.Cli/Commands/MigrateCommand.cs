using CitizenVoice.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CitizenVoice.Cli.Commands;

/// <summary>Applies migrations for the configured provider and loads the reference data (provinces, communes).</summary>
internal sealed class MigrateCommand : ICliCommand
{
    public string Name => "migrate";

    public string Summary => "apply database migrations for Database:Provider and load reference data";

    public IReadOnlyCollection<string> Options { get; } = [CliArguments.ConnectionOption];

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(args);
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        Console.WriteLine($"Migrating the {options.Provider} database…");
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        Console.WriteLine("Database is up to date.");
        return 0;
    }
}
