using Microsoft.Extensions.Logging;

namespace SheetLeads.Worker.Tests.FormFolder;

/// <summary>Keeps every log line, with its exception, so tests can read what was logged.</summary>
internal sealed class CollectingLogger<T> : ILogger<T>
{
    private readonly List<(LogLevel Level, EventId Event, string Text)> _lines = [];

    public IReadOnlyList<(LogLevel Level, EventId Event, string Text)> Lines => _lines;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _lines.Add((logLevel, eventId, formatter(state, exception) + (exception is null ? "" : " " + exception)));
}
