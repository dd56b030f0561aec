using System.Runtime.InteropServices;

namespace SheetLeads.Benchmarks.Budgets;

/// <summary>
/// SPEC §9 "published image under 150 MB" cannot be measured without a Docker engine: the image is the
/// aspnet:10.0-alpine base plus tzdata plus the published app. Measured here: the app as the Dockerfile leaves it
/// (scripts/publish.sh's output with only the linux-musl native libraries) and the two shared frameworks the base
/// image carries (this machine's copies, glibc builds); estimated: Alpine with the runtime's native libraries and tzdata.
/// </summary>
internal static class ImageEstimate
{
    /// <summary>Alpine 3 with libgcc, libstdc++, libssl3, zlib and tzdata, as the aspnet image and the Dockerfile add them.</summary>
    public const double AlpineMb = 15;

    public sealed record Figures(double AppMb, double FrameworksMb)
    {
        public double TotalMb => AppMb + FrameworksMb + AlpineMb;
    }

    public static Figures Measure(string publishedApp)
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/');
        var shared = Path.GetDirectoryName(Path.GetDirectoryName(runtime))!;
        var aspnet = Directory.GetDirectories(Path.Combine(shared, "Microsoft.AspNetCore.App"))
            .Where(d => Path.GetFileName(d).StartsWith($"{Environment.Version.Major}.", StringComparison.Ordinal)).Order().Last();
        var otherPlatforms = Directory.Exists(Path.Combine(publishedApp, "runtimes"))
            ? Directory.GetDirectories(Path.Combine(publishedApp, "runtimes")).Where(d => !Path.GetFileName(d).StartsWith("linux-musl-", StringComparison.Ordinal)).Sum(Megabytes)
            : 0;
        return new Figures(Megabytes(publishedApp) - otherPlatforms, Megabytes(runtime) + Megabytes(aspnet));
    }

    private static double Megabytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1024.0 / 1024.0;
}
