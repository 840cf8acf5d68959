using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Broadsheet.Cli.Serve;

/// <summary>
/// Answers requests as a static host would — a folder with its index.html, a missing file with the site's 404.html —
/// adding the live-reload script to HTML, and serving the live-reload script and event stream themselves.
/// </summary>
public sealed class SiteRequestHandler(string root, LiveReloadHub hub)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    public async Task Handle(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = request.Path.Value ?? "/";
        if (path == LiveReloadScript.Path)
        {
            response.ContentType = "text/javascript; charset=utf-8";
            await response.WriteAsync(LiveReloadScript.Source, context.RequestAborted);
            return;
        }

        if (path == LiveReloadScript.EventsPath)
        {
            await StreamEvents(context);
            return;
        }

        if (hub.Version == 0)
        {
            // No good build yet: the first is running, or it failed. Either page reloads when one succeeds.
            var errors = hub.Errors;
            response.StatusCode = errors is null ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
            await WriteHtml(response, LiveReloadScript.Inject(errors is null ? ErrorPage.Building : ErrorPage.Html(errors), 0), context.RequestAborted);
            return;
        }

        await ServeFile(context, path);
    }

    private async Task ServeFile(HttpContext context, string path)
    {
        var response = context.Response;
        var file = Path.GetFullPath(Path.Combine(_root, Uri.UnescapeDataString(path).TrimStart('/')));
        if (file != _root && !file.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (Directory.Exists(file))
        {
            // A folder's page links relatively from inside the folder: its address must end in '/'.
            if (!path.EndsWith('/'))
            {
                response.Redirect(path + "/" + context.Request.QueryString);
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        if (!File.Exists(file))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            file = Path.Combine(_root, "404.html");
            if (!File.Exists(file))
            {
                await response.WriteAsync("404: there is no such page in the site", context.RequestAborted);
                return;
            }
        }

        if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            var html = await File.ReadAllTextAsync(file, Encoding.UTF8, context.RequestAborted);
            await WriteHtml(response, LiveReloadScript.Inject(html, hub.Version), context.RequestAborted);
            return;
        }

        response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        await response.SendFileAsync(file, context.RequestAborted);
    }

    private async Task StreamEvents(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        var events = hub.Subscribe();
        try
        {
            await response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in events.ReadAllAsync(context.RequestAborted))
            {
                await response.WriteAsync(message, context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            hub.Unsubscribe(events);
        }
    }

    private static Task WriteHtml(HttpResponse response, string html, CancellationToken cancel)
    {
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(html, cancel);
    }
}
