namespace SheetLeads.Worker.Hosting;

/// <summary>Something <c>check</c> can verify: a sheet back end or a channel.</summary>
internal interface ICheckable
{
    /// <summary>Verdicts, each saying exactly what is wrong and what to do about it.</summary>
    Task<IReadOnlyList<CheckVerdict>> CheckAsync(CancellationToken cancellationToken);
}

/// <summary>One verdict of <c>check</c>.</summary>
/// <param name="Subject">What was checked, e.g. "channel mail".</param>
/// <param name="Ok">True when it is fine.</param>
/// <param name="Message">What was found, and what to do when it is not fine.</param>
internal sealed record CheckVerdict(string Subject, bool Ok, string Message);
