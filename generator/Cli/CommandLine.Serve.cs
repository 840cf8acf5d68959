using System.CommandLine;
using Broadsheet.Build;
using Broadsheet.Cache;
using Broadsheet.Cli.Serve;
using Broadsheet.Model;

namespace Broadsheet.Cli;

/// <summary><c>broadsheet serve</c>.</summary>
public sealed partial class CommandLine
{
    private void AddServe()
    {
        var source = SourceOption();
        var templates = TemplatesOption();
        var drafts = DraftsOption();
        var linkCheck = LinkCheckOption();
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port to serve on, on 127.0.0.1; 0 picks a free one",
            HelpName = "N",
            DefaultValueFactory = _ => 8080,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be a port number from 0 to 65535");
            }
        });
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on: 127.0.0.1 for this machine only; 0.0.0.0 to preview on a phone on the same network",
            HelpName = "ADDRESS",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        host.Validators.Add(result =>
        {
            if (!System.Net.IPAddress.TryParse(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError($"--host must be an IP address such as 127.0.0.1 or 0.0.0.0; '{result.GetValueOrDefault<string>()}' is not");
            }
        });
        var command = new Command(
            "serve",
            "Build the site and serve it on 127.0.0.1, rebuild when the sources or the theme change, and reload open pages; "
            + "your output folder is left alone")
        {
            source, templates, drafts, linkCheck, port, host,
        };
        Add(
            command,
            result => new ServeCommand(new ServeOptions(
                new BuildOptions(
                    Source: result.GetRequiredValue(source),
                    Templates: result.GetValue(templates),
                    Drafts: result.GetValue(drafts),
                    Images: BuildCache.DefaultImageStore(result.GetRequiredValue(source)),
                    LinkCheck: LinkChecks.Parse(result.GetValue(linkCheck))),
                result.GetValue(port),
                System.Net.IPAddress.Parse(result.GetRequiredValue(host)))),
            ["broadsheet serve", "broadsheet serve --port 4000 --drafts", "broadsheet serve --host 0.0.0.0   # to open it on a phone", "broadsheet serve --templates templates   # while working on a theme"]);
    }
}
