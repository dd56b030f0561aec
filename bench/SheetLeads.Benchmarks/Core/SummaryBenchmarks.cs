using BenchmarkDotNet.Attributes;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Summary;

namespace SheetLeads.Benchmarks.Core;

/// <summary>
/// Refreshing the Summary tab (SPEC §6) of a 5,000-lead sheet: key figures, the tables by status, source and owner,
/// response times, leads needing action, channel health and the weekly chart, from the leads as read.
/// </summary>
[MemoryDiagnoser]
public class SummaryBenchmarks
{
    private SummaryBuilder _builder = null!;
    private IReadOnlyList<Lead> _leads = null!;
    private IReadOnlyList<string> _channels = null!;
    private IReadOnlyList<ChannelHealth> _health = null!;

    /// <summary>Lead rows in the sheet.</summary>
    [Params(5_000)]
    public int Rows { get; set; }

    /// <summary>Builds the sheet and reads its rows into leads, as the Worker's Summary reading does before building.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _leads = SampleBusiness.Reader.Read(SampleSheet.Generate(Rows).Snapshot);
        _builder = new SummaryBuilder(SampleBusiness.Summary);
        _channels = SampleBusiness.Channels.Select(c => c.Name).ToArray();
        _health = SampleSheet.Health();
    }

    /// <summary>Computes the Summary's figures.</summary>
    [Benchmark]
    public SummaryReport BuildSummary() => _builder.Build(_leads, _channels, _health, SampleBusiness.Now);
}
