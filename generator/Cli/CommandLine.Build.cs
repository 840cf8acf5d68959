using System.CommandLine;
using Broadsheet.Build;
using Broadsheet.Cache;
using Broadsheet.Model;

namespace Broadsheet.Cli;

/// <summary>The commands that build and check a site, and the options they share with serve.</summary>
public sealed partial class CommandLine
{
    private void AddBuild()
    {
        var source = SourceOption();
        var templates = TemplatesOption();
        var output = new Option<string>("--output")
        {
            Description = "The folder the site is written to; it is replaced only when the whole build succeeds",
            HelpName = "DIR",
            DefaultValueFactory = _ => "output",
        };
        var drafts = DraftsOption();
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "The address the site is deployed at (overrides base_url in site.yml); enables feeds and the sitemap",
            HelpName = "URL",
        };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Fail the build on any warning (for CI)" };
        var cache = new Option<string?>("--cache")
        {
            Description = "The folder where a build notes what it made, so the next one redoes only what changed [default: .broadsheet-cache/OUTPUT beside the output folder]",
            HelpName = "DIR",
        };
        var noCache = new Option<bool>("--no-cache") { Description = "Build every page from scratch, neither reading nor updating the cache" };
        var linkCheck = LinkCheckOption();
        var command = new Command("build", "Build the archive into a static site, then check every link, anchor and image")
        {
            source, templates, output, drafts, baseUrl, warningsAsErrors, cache, noCache, linkCheck,
        };
        Add(
            command,
            result => new BuildCommand(new BuildOptions(
                Source: result.GetRequiredValue(source),
                Templates: result.GetValue(templates),
                Output: result.GetRequiredValue(output),
                Drafts: result.GetValue(drafts),
                BaseUrl: result.GetValue(baseUrl),
                WarningsAsErrors: result.GetValue(warningsAsErrors),
                Cache: result.GetValue(noCache) ? null : result.GetValue(cache) ?? BuildCache.DefaultFolder(result.GetRequiredValue(output)),
                Images: result.GetValue(noCache) ? null
                    : result.GetValue(cache) is { } folder ? Path.Combine(folder, BuildCache.ImageStoreName)
                    : BuildCache.DefaultImageStore(result.GetRequiredValue(source)),
                LinkCheck: LinkChecks.Parse(result.GetValue(linkCheck)))),
            [
                "broadsheet build",
                "broadsheet build --source my-paper --output public --base-url https://example.org/archive/",
                "broadsheet build --warnings-as-errors --quiet",
                "broadsheet build --link-check warn   # an old archive: list its broken links, publish anyway",
            ]);
    }

    private void AddCheck()
    {
        var folder = new Argument<string>("DIR")
        {
            Description = "The folder of a site already built",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "output",
        };
        var command = new Command("check", "Check a site already built: every link, anchor and image resolves, from disk too") { folder };
        Add(command, result => new CheckCommand(result.GetRequiredValue(folder)), ["broadsheet check", "broadsheet check public"]);
    }

    private void AddTheme()
    {
        var folder = new Argument<string>("DIR")
        {
            Description = "Where to write the theme's files; the build takes a source folder's templates/ over the default theme",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Path.Combine("site-content", "templates"),
        };
        var eject = new Command("eject", "Write the default theme's files to change them; a file already there is never overwritten") { folder };
        var theme = new Command("theme", "Work with the theme: take the default theme's files out to change them");
        _root.Subcommands.Add(theme);
        _examples[theme] = ["broadsheet theme eject", "broadsheet theme eject my-theme   # then build with --templates my-theme"];
        Add(eject, result => new ThemeEjectCommand(result.GetRequiredValue(folder)), ["broadsheet theme eject", "broadsheet theme eject my-theme"], theme);
    }

    private static Option<string> SourceOption() => new("--source")
    {
        Description = "The archive: the folder that holds site.yml, issues/, topics/ and articles/",
        HelpName = "DIR",
        DefaultValueFactory = _ => "site-content",
    };

    private static Option<string?> TemplatesOption() => new("--templates")
    {
        Description = "A theme folder that overrides the default theme file by file [default: the source's templates/ folder, if any]",
        HelpName = "DIR",
    };

    private static Option<string?> LinkCheckOption()
    {
        var option = new Option<string?>("--link-check")
        {
            Description = "What a broken link or anchor written in content does: 'error' fails the build, 'warn' lists it and publishes the site (overrides link_check in site.yml) [default: error]",
            HelpName = "error|warn",
        };
        option.AcceptOnlyFromAmong("error", "warn");
        return option;
    }

    private static Option<bool> DraftsOption() => new("--drafts") { Description = "Include articles marked 'draft: true'" };
}
