using BenchmarkDotNet.Attributes;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;

namespace SheetLeads.Benchmarks.Core;

/// <summary>
/// A poll when nothing came in (SPEC §9: an idle cycle against a 5,000-row sheet in under 50 ms of CPU): the worker
/// reads every lead row, judges every lead's flag again and finds nothing to write.
/// </summary>
[MemoryDiagnoser]
public class IdleCycleBenchmarks
{
    private ChangePlanner _planner = null!;
    private PlanInput _input = null!;

    /// <summary>Lead rows in the sheet.</summary>
    [Params(5_000)]
    public int Rows { get; set; }

    /// <summary>Builds the settled sheet and checks that planning it really writes nothing.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var sheet = SampleSheet.Generate(Rows);
        _planner = new ChangePlanner(SampleBusiness.Planning);
        _input = new PlanInput(sheet.Snapshot, [], new HashSet<Reference>(), sheet.HighestIssued, "Bob Singh", SampleBusiness.Now);
        if (!_planner.Plan(_input).Plan.IsEmpty)
            throw new InvalidOperationException("The idle cycle plans changes: the sample sheet is not settled.");
    }

    /// <summary>Plans the cycle.</summary>
    [Benchmark(Baseline = true)]
    public PlanResult PlanIdleCycle() => _planner.Plan(_input);

    /// <summary>Only the first step of it: reading the rows into leads (dates, e-mails, phone numbers, references).</summary>
    [Benchmark]
    public IReadOnlyList<Lead> ReadLeadRows() => SampleBusiness.Reader.Read(_input.Sheet);
}
