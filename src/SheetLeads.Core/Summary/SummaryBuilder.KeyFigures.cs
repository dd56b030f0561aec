using SheetLeads.Core.Leads;
using static SheetLeads.Core.Summary.SummaryLabels;

namespace SheetLeads.Core.Summary;

public sealed partial class SummaryBuilder
{
    private IReadOnlyList<SummaryFigure> KeyFigures(SummaryFacts facts)
    {
        var leads = facts.Leads;
        var responses = leads.Where(l => l.ResponseTime is not null).Select(l => l.ResponseTime!.Value).ToArray();
        var month = facts.ThisMonth.ToArray();
        var weekEnd = facts.WeekStart.AddDays(7);
        return
        [
            new(OpenLeads, Cells.Count(leads.Count(l => l.Lead.IsOpen))),
            new(ArrivedToday, Cells.Count(leads.Count(l => l.ReceivedOn == facts.Today))),
            new(ArrivedThisWeek, Cells.Count(leads.Count(l => l.ReceivedOn >= facts.WeekStart && l.ReceivedOn < weekEnd))),
            new(ArrivedThisMonth, Cells.Count(month.Length)),
            new(WaitingForFirstResponse, Cells.Count(leads.Count(l => l.Waiting is not null))),
            new(MedianFirstResponse, Cells.Hours(Percentile.Inclusive(responses.Select(r => r.TotalHours), 0.5))),
            new(Percentile90FirstResponse, Cells.Hours(Percentile.Inclusive(responses.Select(r => r.TotalHours), 0.9))),
            new(AnsweredWithinTarget, Cells.Share(responses.Count(r => r <= settings.ResponseTarget), responses.Length)),
            new(Overdue, Cells.Count(leads.Count(l => l.Overdue))),
            new(NoNextStep, Cells.Count(leads.Count(l => l.NoNextStep))),
            new(PastConversionWindow, Cells.Count(leads.Count(l => l.PastWindow))),
            new(WonThisMonth, Cells.Count(month.Count(l => l.Lead.Role == StatusRole.Won))),
            new(ConversionThisMonth, Conversion(month)),
        ];
    }

    /// <summary>Won ÷ (won + lost + unqualified), where unqualified is every status of role closed.</summary>
    private static SummaryCell Conversion(IReadOnlyCollection<LeadFacts> leads)
    {
        var won = leads.Count(l => l.Lead.Role == StatusRole.Won);
        var decided = leads.Count(l => l.Lead.Role is StatusRole.Won or StatusRole.Lost or StatusRole.Closed);
        return Cells.Share(won, decided);
    }
}
