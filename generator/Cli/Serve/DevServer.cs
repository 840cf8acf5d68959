using System.Net;
using Broadsheet.Cli.Output;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Broadsheet.Cli.Serve;

/// <summary>
/// <c>broadsheet serve</c>: builds the site into a folder of its own, serves it on 127.0.0.1 with Kestrel, rebuilds when
/// the sources or the theme change, and has open pages reload — or show the errors, over the last good site, when a
/// change does not build.
/// </summary>
public sealed class DevServer(ServeOptions options, Terminal terminal)
{
    /// <summary>How long the sources must be still before a rebuild starts: one save is often several file events.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    private readonly LiveReloadHub _hub = new();

    public async Task<int> RunAsync(CancellationToken stop)
    {
        using var folder = ServeFolder.Create();
        var rebuilder = new SiteRebuilder(options.Build with { Output = folder.Site, Cache = folder.Cache });
        var watched = new[] { options.Build.Source, options.Build.Templates }.OfType<string>().Where(Directory.Exists).ToList();

        // Watching starts before the first build, so that a change saved while it runs is not missed.
        using var watcher = new SourceWatcher(watched, Quiet);
        await using var app = CreateApp(folder.Site);
        try
        {
            await app.StartAsync(stop);
        }
        catch (IOException e)
        {
            throw new CommandFailedException($"cannot serve on {options.Address}:{options.Port}: {e.Message.TrimEnd('.')}; choose another port with --port", ExitCode.Usage);
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        terminal.Out.WriteLine(
            $"serving {terminal.OutStyle.Bold(address + "/")}"
            + (IPAddress.IsLoopback(options.Address) ? "" : " (open it from a phone on the same network by this machine's address)")
            + $" and watching {string.Join(" and ", watched.Select(f => DisplayPath.Of(Path.GetFullPath(f)) + "/"))}; press Ctrl+C to stop");
        try
        {
            Rebuild(rebuilder, folder.Site, []);
            while (await watcher.NextBatch(stop) is { Count: > 0 } changed)
            {
                Rebuild(rebuilder, folder.Site, changed);
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C.
        }

        _hub.Close();
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(grace.Token);
        if (!terminal.IsQuiet)
        {
            terminal.Out.WriteLine("stopped");
        }

        return ExitCode.Success;
    }

    private WebApplication CreateApp(string site)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = Path.GetDirectoryName(site) });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(options.Address, options.Port));
        var app = builder.Build();
        var handler = new SiteRequestHandler(site, _hub);
        app.Run(handler.Handle);
        return app;
    }

    private void Rebuild(SiteRebuilder rebuilder, string site, IReadOnlyList<string> changed)
    {
        var what = changed.Count == 0 ? "" : $"{Describe(changed)} changed: ";
        var progress = new ProgressDisplay(terminal);
        BuildOutcome outcome;
        try
        {
            outcome = rebuilder.Build(progress);
        }
#pragma warning disable CA1031 // A bug in one build must not stop the server: it is shown, and the next change builds again.
        catch (Exception e)
#pragma warning restore CA1031
        {
            progress.Clear();
            var text = $"internal error: this is a bug in broadsheet, not in your content; please report it with this text:\n{e}";
            terminal.Error.WriteLine(text);
            _hub.Failed(text);
            return;
        }

        progress.Clear();

        // A failed build's Check stage read pages that were discarded: the served folder holds the last good site.
        var lines = new SourceLines(unreadableFolder: site);
        new DiagnosticPrinter(terminal.Error, terminal.ErrorStyle, lines).Print(outcome.Diagnostics);
        var seconds = ProgressDisplay.Seconds(outcome.Elapsed);
        if (outcome.Result is { } result)
        {
            var told = _hub.Published();
            if (!terminal.IsQuiet)
            {
                var reloading = told == 0 ? "" : $"; reloading {told} open page{(told == 1 ? "" : "s")}";
                terminal.Out.WriteLine($"{what}{terminal.OutStyle.Green("built")} {result.Pages} pages in {seconds}{reloading}");
            }

            return;
        }

        var summary = $"{what}the build failed: {DiagnosticPrinter.Count(outcome.Diagnostics)}; still serving the last good site";
        terminal.Error.WriteLine(summary);
        using var plain = new StringWriter();
        new DiagnosticPrinter(plain, TextStyle.Plain, lines).Print(outcome.Diagnostics);
        _hub.Failed(plain.ToString().ReplaceLineEndings("\n") + summary);
    }

    /// <summary>"site-content/x.md", or "site-content/x.md and 3 more"; files that still exist first, not an editor's temporary ones.</summary>
    private static string Describe(IReadOnlyList<string> changed)
    {
        var existing = changed.Where(File.Exists).ToList();
        var shown = existing.Count > 0 ? existing : changed;
        var first = DisplayPath.Of(shown[0]);
        return shown.Count == 1 ? first : $"{first} and {shown.Count - 1} more";
    }
}
