using Microsoft.Extensions.Logging;
using SheetLeads.Worker.Summary;

namespace SheetLeads.Worker.Tests.Summary;

/// <summary>Keeps every log line with its event id.</summary>
internal class CollectingLogger<T> : ILogger<T>
{
    public List<(int EventId, LogLevel Level, string Line)> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Add((eventId.Id, logLevel, formatter(state, exception)));
}

/// <summary>The Summary refresh's log lines.</summary>
internal sealed class CollectingLogger : CollectingLogger<SummaryRunner>;
