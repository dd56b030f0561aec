using BenchmarkDotNet.Attributes;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;

namespace SheetLeads.Benchmarks.Core;

/// <summary>
/// A busy poll (SPEC §9: up to 1,000 new enquiries per cycle) against a 5,000-row sheet: the worker drops enquiries
/// it has already taken in, merges repeat customers into their open leads, makes new leads with their Lead IDs and
/// owners, and plans the rows to append and the cells to update.
/// </summary>
[MemoryDiagnoser]
public class BusyCycleBenchmarks
{
    private ChangePlanner _planner = null!;
    private PlanInput _input = null!;

    /// <summary>Lead rows in the sheet.</summary>
    [Params(5_000)]
    public int Rows { get; set; }

    /// <summary>Items the channels read this cycle.</summary>
    [Params(1_000)]
    public int Enquiries { get; set; }

    /// <summary>Builds the sheet and the cycle's enquiries, and checks the cycle creates, merges, drops and skips.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var sheet = SampleSheet.Generate(Rows);
        _planner = new ChangePlanner(SampleBusiness.Planning);
        _input = new PlanInput(sheet.Snapshot, sheet.Enquiries(Enquiries), new HashSet<Reference>(), sheet.HighestIssued, "Bob Singh", SampleBusiness.Now);
        var kinds = _planner.Plan(_input).Outcomes.Select(o => o.Kind).ToHashSet();
        if (!Enum.GetValues<OutcomeKind>().All(kinds.Contains))
            throw new InvalidOperationException("The sample cycle does not exercise every outcome: " + string.Join(", ", kinds));
    }

    /// <summary>Plans the cycle.</summary>
    [Benchmark]
    public PlanResult PlanBusyCycle() => _planner.Plan(_input);
}
