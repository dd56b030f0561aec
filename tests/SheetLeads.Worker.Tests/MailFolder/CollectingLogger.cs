using Microsoft.Extensions.Logging;

namespace SheetLeads.Worker.Tests.MailFolder;

/// <summary>Keeps every log line, formatted, with its exception's message.</summary>
internal sealed class CollectingLogger<T> : ILogger<T>
{
    public List<string> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Add(formatter(state, exception) + (exception is null ? "" : " | " + exception.Message));
}
