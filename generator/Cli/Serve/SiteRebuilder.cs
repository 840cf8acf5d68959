using System.Diagnostics;
using Broadsheet.Build;
using Broadsheet.Diagnostics;
using Broadsheet.Progress;

namespace Broadsheet.Cli.Serve;

/// <summary>
/// The one place serve builds the site, first and after every change. It runs a full build: when incremental builds
/// exist, this is what to swap for one.
/// </summary>
public sealed class SiteRebuilder(BuildOptions options)
{
    public BuildOutcome Build(IBuildProgress? progress)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = new SiteBuild(options, progress).Run();
            return new BuildOutcome(result, result.Warnings, clock.Elapsed);
        }
        catch (BuildFailedException e)
        {
            return new BuildOutcome(null, e.Diagnostics, clock.Elapsed);
        }
    }
}
