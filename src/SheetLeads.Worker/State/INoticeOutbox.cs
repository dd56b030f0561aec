using SheetLeads.Core.Notifications;

namespace SheetLeads.Worker.State;

/// <summary>
/// The mails owed and sent (SPEC §7: each sent once). A notice is queued once — a notice covering anything an earlier
/// one covered is not queued again — and stays until it is sent or given up; a cycle's notices are queued with the
/// cycle itself (<see cref="Core.Sync.CycleRecord.Notices"/>).
/// </summary>
internal interface INoticeOutbox
{
    /// <summary>Those of <paramref name="covers"/> an earlier notice already told of.</summary>
    Task<IReadOnlySet<string>> ToldAsync(IReadOnlyCollection<string> covers, CancellationToken cancellationToken);

    /// <summary>Queues the notice unless something it covers was told of before; true when it was queued.</summary>
    Task<bool> QueueAsync(Notice notice, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The notices not sent or given up yet, oldest first.</summary>
    Task<IReadOnlyList<QueuedNotice>> PendingAsync(CancellationToken cancellationToken);

    /// <summary>Records that the notice was sent.</summary>
    Task SentAsync(string key, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records a failed try; it stays pending.</summary>
    Task FailedAsync(string key, string error, CancellationToken cancellationToken);

    /// <summary>Records that the notice will not be sent, and why.</summary>
    Task GiveUpAsync(string key, string reason, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>A notice waiting to be sent.</summary>
/// <param name="Notice">The notice.</param>
/// <param name="QueuedAt">When it was queued.</param>
/// <param name="Attempts">Failed tries so far.</param>
internal sealed record QueuedNotice(Notice Notice, DateTimeOffset QueuedAt, int Attempts);
