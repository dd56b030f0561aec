using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Summary;

/// <summary>One lead as the Summary judges it at one moment.</summary>
/// <param name="Lead">The lead as read.</param>
/// <param name="ReceivedOn">The business-local date it arrived, if Received holds a date.</param>
/// <param name="ResponseTime">The working time from Received to First response, when it arrived in the last 30 days
/// and has a First response (the leads every response-time figure covers).</param>
/// <param name="Waiting">For a lead of role new with no First response: the working time it has waited so far.</param>
/// <param name="Unanswered">True when it is waiting for longer than the response target.</param>
/// <param name="OverdueDays">For an active lead whose Next contact is before today: how many days before.</param>
/// <param name="NoNextStep">True for an active lead with no Next contact.</param>
/// <param name="OpenFor">For an open lead received longer ago than the conversion window: how long ago.</param>
internal sealed record LeadFacts(
    Lead Lead,
    DateOnly? ReceivedOn,
    TimeSpan? ResponseTime,
    TimeSpan? Waiting,
    bool Unanswered,
    int? OverdueDays,
    bool NoNextStep,
    TimeSpan? OpenFor)
{
    /// <summary>True for an active lead whose Next contact is before today.</summary>
    public bool Overdue => OverdueDays is not null;

    /// <summary>True for an open lead received longer ago than the conversion window.</summary>
    public bool PastWindow => OpenFor is not null;

    /// <summary>True when it is late in any way the Overdue and stale list shows.</summary>
    public bool Late => Unanswered || Overdue || PastWindow;
}
