using SheetLeads.Worker.Hosting;

namespace SheetLeads.Worker.Tests.Hosting;

public sealed class InvocationTests
{
    [Fact]
    public void No_arguments_means_run_with_the_default_config()
    {
        Assert.True(Invocation.TryParse([], out var invocation, out _));

        Assert.Equal(new Invocation("run", null), invocation);
    }

    [Fact]
    public void Sync_once_takes_a_config_file()
    {
        Assert.True(Invocation.TryParse(["sync", "--once", "--config", "x/appsettings.json"], out var invocation, out _));

        Assert.Equal(new Invocation("sync", "x/appsettings.json"), invocation);
    }

    [Fact]
    public void Sync_without_once_is_refused_with_what_to_write_instead()
    {
        Assert.False(Invocation.TryParse(["sync"], out _, out var error));

        Assert.Equal("'sync' runs one cycle: write 'sync --once' (use 'run' to keep syncing).", error);
    }

    [Fact]
    public void An_unknown_argument_is_named()
    {
        Assert.False(Invocation.TryParse(["check", "--verbose"], out _, out var error));

        Assert.Equal("Unknown argument '--verbose'.", error);
    }
}
