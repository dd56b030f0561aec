using Microsoft.Extensions.Options;

namespace SheetLeads.Worker.Options;

internal sealed class SyncOptionsValidator : IValidateOptions<SyncOptions>
{
    private const string S = SyncOptions.Section;

    public ValidateOptionsResult Validate(string? name, SyncOptions o)
    {
        var result = new ValidateOptionsResultBuilder();
        if (o.Interval < TimeSpan.FromSeconds(10))
            result.AddError($"{S}:Interval must be at least 00:00:10; it is {o.Interval}.");
        if (o.SummaryInterval < TimeSpan.FromMinutes(1))
            result.AddError($"{S}:SummaryInterval must be at least 00:01:00; it is {o.SummaryInterval}.");
        if (o.MaxBatch is < 1 or > 1000)
            result.AddError($"{S}:MaxBatch must be between 1 and 1000; it is {o.MaxBatch}.");
        return result.Build();
    }
}
