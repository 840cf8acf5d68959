using System.Diagnostics;
using Broadsheet.Build;
using Broadsheet.Cache;
using Broadsheet.Diagnostics;
using Broadsheet.Progress;

namespace Broadsheet.Cli.Serve;

/// <summary>
/// The one place serve builds the site, first and after every change: each build starts from what the last one left in
/// memory, and redoes only what the change touched.
/// </summary>
public sealed class SiteRebuilder(BuildOptions options)
{
    private readonly BuildOptions _options = options with { Memory = new BuildMemory() };

    public BuildOutcome Build(IBuildProgress? progress)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = new SiteBuild(_options, progress).Run();
            return new BuildOutcome(result, result.Warnings, clock.Elapsed);
        }
        catch (BuildFailedException e)
        {
            return new BuildOutcome(null, e.Diagnostics, clock.Elapsed);
        }
    }
}
