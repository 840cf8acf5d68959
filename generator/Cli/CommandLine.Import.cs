using System.CommandLine;
using Broadsheet.Import;

namespace Broadsheet.Cli;

/// <summary><c>broadsheet import wordpress|html|jekyll|hugo|eleventy</c>.</summary>
public sealed partial class CommandLine
{
    private void AddImport()
    {
        var command = new Command("import", "Bring an archive in from WordPress, saved HTML pages, Jekyll, Hugo or Eleventy, as a source folder that builds");
        _root.Subcommands.Add(command);
        _examples[command] =
        [
            "broadsheet import wordpress export.xml --uploads wp-content/uploads",
            "broadsheet import html mirror/old.example.org --profile profile.yml",
            "broadsheet import jekyll ../old-blog --into site-content --dry-run",
        ];
        AddImportWordpress(command);
        AddImportHtml(command);
        AddImportGenerator(command, "jekyll", "A Jekyll site: _posts/ (and _drafts/), dates from file names, tags and categories as topics");
        AddImportGenerator(command, "hugo", "A Hugo site: content/, YAML or TOML front matter, aliases kept, {{< ref >}} and {{< figure >}} converted");
        AddImportGenerator(command, "eleventy", "An Eleventy site: every Markdown file with front matter, tags as topics, {{ \"/x/\" | url }} converted");
    }

    private void AddImportWordpress(Command parent)
    {
        var input = new Argument<string>("EXPORT") { Description = "A WordPress export (WXR): Tools → Export → All content" };
        var shared = new ImportSharedOptions();
        var uploads = new Option<string?>("--uploads") { Description = "A copy of the site's wp-content/uploads: images and files are copied into static/uploads/", HelpName = "DIR" };
        var pages = new Option<bool>("--pages") { Description = "Import pages as articles too [default: counted and skipped]" };
        var categories = new Option<string>("--categories")
        {
            Description = "What WordPress categories become: topics, or the sections of site.yml (tags are always topics)",
            HelpName = "topics|sections",
            DefaultValueFactory = _ => "topics",
        };
        categories.AcceptOnlyFromAmong("topics", "sections");
        var sectionMap = new Option<string?>("--section-map")
        {
            Description = "A YAML file of 'category: section-id' lines: those categories become the sections of site.yml, in that order; the others stay topics",
            HelpName = "FILE",
        };
        var timeZone = new Option<string?>("--timezone")
        {
            Description = "The site's time zone (IANA, e.g. Europe/London), for posts dated only in UTC [default: UTC]; post_date is never shifted",
            HelpName = "ZONE",
        };
        var command = new Command("wordpress", "Import a WordPress export: posts as articles, categories and tags as topics, authors, featured images, uploads")
        {
            input, uploads, pages, categories, sectionMap, timeZone,
        };
        shared.AddTo(command);
        Add(
            command,
            result => new ImportCommand(shared.Options(result, "wordpress", result.GetRequiredValue(input)) with
            {
                Uploads = result.GetValue(uploads),
                Pages = result.GetValue(pages),
                Categories = result.GetRequiredValue(categories),
                SectionMap = result.GetValue(sectionMap),
                TimeZone = result.GetValue(timeZone),
            }),
            [
                "broadsheet import wordpress export.xml --uploads backup/wp-content/uploads --timezone Europe/London",
                "broadsheet import wordpress export.xml --categories sections --redirects nginx --dry-run",
            ],
            parent);
    }

    private void AddImportHtml(Command parent)
    {
        var input = new Argument<string>("DIR") { Description = "A folder of saved article pages, e.g. a wget --mirror of the old site" };
        var shared = new ImportSharedOptions();
        var profile = new Option<string?>("--profile")
        {
            Description = "A YAML file of CSS selectors for what the pages do not say in JSON-LD or meta: title, byline, date, body, issue…",
            HelpName = "FILE",
        };
        var command = new Command("html", "Import saved article pages: fields from JSON-LD, Open Graph and Dublin Core meta, then a profile's selectors")
        {
            input, profile,
        };
        shared.AddTo(command);
        Add(
            command,
            result => new ImportCommand(shared.Options(result, "html", result.GetRequiredValue(input)) with { Profile = result.GetValue(profile) }),
            ["broadsheet import html mirror/www.old-paper.example --profile old-paper.yml --redirects apache"],
            parent);
    }

    private void AddImportGenerator(Command parent, string kind, string description)
    {
        var input = new Argument<string>("DIR") { Description = $"The {kind} site's folder" };
        var shared = new ImportSharedOptions();
        var command = new Command(kind, description) { input };
        shared.AddTo(command);
        Add(
            command,
            result => new ImportCommand(shared.Options(result, kind, result.GetRequiredValue(input))),
            [$"broadsheet import {kind} ../old-site --into site-content"],
            parent);
    }

    /// <summary>The options every kind of import takes.</summary>
    private sealed class ImportSharedOptions
    {
        private readonly Option<string> _into = new("--into")
        {
            Description = "The source folder to write; the report and URL map go beside it",
            HelpName = "DIR",
            DefaultValueFactory = _ => "site-content",
        };

        private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Write nothing; print what would be written" };
        private readonly Option<bool> _force = new("--force") { Description = "Overwrite files changed since the last import" };
        private readonly Option<string?> _redirects = new("--redirects")
        {
            Description = "Also write server redirects (301) from every old address: netlify (static/_redirects), nginx or apache",
            HelpName = "netlify|nginx|apache",
        };

        private readonly Option<long> _maxSize = new("--max-size")
        {
            Description = "The largest input file read, in MiB",
            HelpName = "MIB",
            DefaultValueFactory = _ => ImportOptions.DefaultMaxFileBytes / (1024 * 1024),
        };

        public ImportSharedOptions() => _redirects.AcceptOnlyFromAmong("netlify", "nginx", "apache");

        public void AddTo(Command command)
        {
            command.Options.Add(_into);
            command.Options.Add(_dryRun);
            command.Options.Add(_force);
            command.Options.Add(_redirects);
            command.Options.Add(_maxSize);
        }

        public ImportOptions Options(ParseResult result, string kind, string input) => new(kind, input, result.GetRequiredValue(_into))
        {
            DryRun = result.GetValue(_dryRun),
            Force = result.GetValue(_force),
            Redirects = result.GetValue(_redirects),
            MaxFileBytes = Math.Max(1, result.GetValue(_maxSize)) * 1024 * 1024,
        };
    }
}
