using CitizenVoice.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CitizenVoice.Cli.Commands;

/// <summary>
/// The services a command needs, configured like the web app: appsettings.json of the web project (when run from the
/// repository), environment variables (Database__Provider, ConnectionStrings__CitizenVoice) and `--Key=value` options.
/// </summary>
internal static class CliServices
{
    public static ServiceProvider Build(CliArguments args, Action<IServiceCollection, IConfiguration>? configure = null)
    {
        var contentRoot = FindWebContentRoot();
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(contentRoot, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(args.ConfigurationOverrides())
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        // EF logs the expected failure of its first look at a missing migrations-history table as an error; real
        // failures surface as exceptions, which Program prints.
        services.AddLogging(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None));
        services.AddSingleton(TimeProvider.System);
        services.AddCitizenVoiceData(configuration, contentRoot);
        configure?.Invoke(services, configuration);
        return services.BuildServiceProvider();
    }

    // The web app keeps its SQLite file under its own content root; the CLI must use the same file.
    private static string FindWebContentRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "src", "CitizenVoice.Web");
            if (File.Exists(Path.Combine(web, "CitizenVoice.Web.csproj")))
            {
                return web;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
