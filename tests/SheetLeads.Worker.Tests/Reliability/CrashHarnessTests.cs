using SheetLeads.SheetsEmulator;
using Xunit.Abstractions;

namespace SheetLeads.Worker.Tests.Reliability;

/// <summary>
/// Issue 8, item 1: the real worker, a private Dovecot and the Sheets emulator, the worker killed (SIGKILL) at random
/// moments and started again; afterwards every enquiry is in the sheet once and no cell a person typed has changed
/// (SPEC §3, §4, §8). <c>SHEETLEADS_CRASH_KILLS</c> sets the kills per test: a few in CI, 50 with
/// <c>scripts/crash-harness.sh</c>. <c>SHEETLEADS_CRASH_SEED</c> repeats a run; each test prints the seed it used.
/// </summary>
public sealed class CrashHarnessTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_worker_killed_at_random_moments_leaves_every_enquiry_once_and_every_person_cell_as_typed()
    {
        await using var harness = await CrashHarness.StartAsync(Seed(), output);

        await harness.KillRepeatedlyAsync(Kills());
        await harness.FinishAsync();

        await harness.AssertEachEnquiryOnceAndPersonCellsKeptAsync();
    }

    [Fact]
    public async Task A_worker_killed_while_the_sheet_loses_responses_to_applied_writes_leaves_every_enquiry_once()
    {
        await using var harness = await CrashHarness.StartAsync(Seed(), output);
        harness.Google.Emulator.Faults.Randomly(0.15, harness.Seed, Fault.LoseResponseAfterApply());

        await harness.KillRepeatedlyAsync(Kills());
        await harness.FinishAsync();

        await harness.AssertEachEnquiryOnceAndPersonCellsKeptAsync();
    }

    [Fact]
    public async Task A_worker_killed_while_Dovecot_restarts_under_it_leaves_every_enquiry_once()
    {
        await using var harness = await CrashHarness.StartAsync(Seed(), output);

        await harness.KillRepeatedlyAsync(Kills(), restartDovecot: true);
        await harness.FinishAsync();

        await harness.AssertEachEnquiryOnceAndPersonCellsKeptAsync();
    }

    private static int Kills() =>
        int.TryParse(Environment.GetEnvironmentVariable("SHEETLEADS_CRASH_KILLS"), out var kills) && kills >= 0 ? kills : 5;

    private static int Seed() =>
        int.TryParse(Environment.GetEnvironmentVariable("SHEETLEADS_CRASH_SEED"), out var seed) ? seed : System.Security.Cryptography.RandomNumberGenerator.GetInt32(int.MaxValue);
}
