using Microsoft.Extensions.Logging;
using SheetLeads.Worker.Workbook;

namespace SheetLeads.Worker.Tests.Workbook;

/// <summary>Keeps every formatted log line.</summary>
internal sealed class CollectingLogger : ILogger<WorkbookLeadSheet>
{
    public List<string> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Add(formatter(state, exception));
}
