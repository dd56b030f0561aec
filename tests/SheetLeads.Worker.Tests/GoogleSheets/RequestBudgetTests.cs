using Microsoft.Extensions.Time.Testing;
using SheetLeads.Worker.GoogleSheets.Api;

namespace SheetLeads.Worker.Tests.GoogleSheets;

public sealed class RequestBudgetTests
{
    [Fact]
    public async Task A_request_beyond_the_per_minute_budget_waits_until_the_oldest_leaves_the_minute()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        using var budget = new RequestBudget(2, time);
        await budget.TakeAsync(default);
        time.Advance(TimeSpan.FromSeconds(20));
        await budget.TakeAsync(default);

        var third = budget.TakeAsync(default);
        time.Advance(TimeSpan.FromSeconds(39));
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(40), await third);
    }
}
