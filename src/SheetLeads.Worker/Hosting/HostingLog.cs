using Microsoft.Extensions.Logging;

namespace SheetLeads.Worker.Hosting;

/// <summary>Log lines of start-up and the commands (9xxx).</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 9001, EventName = "Started", Level = LogLevel.Information,
        Message = "SheetLeads {Command}: config {ConfigFile}, sheet {Sheet}, {Channels} channel(s), state {State}")]
    public static partial void Started(this ILogger logger, string command, string configFile, string sheet, int channels, string state);

    [LoggerMessage(EventId = 9002, EventName = "Scheduled", Level = LogLevel.Information, Message = "Syncing every {Interval}")]
    public static partial void Scheduled(this ILogger logger, TimeSpan interval);
}
