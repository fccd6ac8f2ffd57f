using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CitizenVoice.Web.Tests.Infrastructure;

/// <summary>
/// Keeps an app's warnings and errors, and everything data protection and TempData log, so that a test that fails
/// only now and then can say why in its message.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    // TempData's cookie provider logs under Mvc.ViewFeatures.
    private static readonly string[] VerboseCategories = ["Microsoft.AspNetCore.DataProtection", "Microsoft.AspNetCore.Mvc.ViewFeatures"];

    private readonly ConcurrentQueue<string> _lines = new();

    public static CapturedLogs AddTo(CitizenVoiceApp app)
    {
        var logs = new CapturedLogs();
        app.WithServices(services => services.AddLogging(builder =>
        {
            builder.AddProvider(logs);
            foreach (var category in VerboseCategories)
            {
                builder.AddFilter<CapturedLogs>(category, LogLevel.Debug);
            }
        }));
        return logs;
    }

    public override string ToString() => _lines.IsEmpty ? "(no log lines)" : string.Join(Environment.NewLine, _lines);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        private readonly bool _verbose = VerboseCategories.Any(c => category.StartsWith(c, StringComparison.Ordinal));

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= (_verbose ? LogLevel.Debug : LogLevel.Warning);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}".TrimEnd());
            }
        }
    }
}
