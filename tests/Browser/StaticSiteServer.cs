using System.Net;
using System.Net.Sockets;

namespace Broadsheet.Tests.Browser;

/// <summary>
/// Serves a built site over HTTP on 127.0.0.1 under a sub-path, as a static host does: a folder answers with its
/// index.html, a missing file with the site's 404.html and status 404.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _prefix;
    private readonly Task _loop;

    public StaticSiteServer(string root, string prefix)
    {
        _root = root;
        _prefix = prefix;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}{prefix}";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The address of the site's root, ending in '/'.</summary>
    public string BaseUrl { get; }

    public void Dispose()
    {
        // Close alone: after Stop, .NET's Close takes the listener off its port again, binding the port anew to do so,
        // and fails when another test's server was given that port meanwhile ("Address already in use").
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was stopped under a pending request.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            // Each request on its own: a browser loads a page's files in parallel, and may drop a connection when it
            // navigates away, which must not stop the server for the requests after it.
            _ = Task.Run(() =>
            {
                try
                {
                    Respond(context);
                }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
                {
                    // The browser went away before the answer was written.
                }
            });
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var file = path.StartsWith(_prefix, StringComparison.Ordinal) ? Path.Combine(_root, path[_prefix.Length..]) : null;
        if (file is not null && Directory.Exists(file))
        {
            file = Path.Combine(file, "index.html");
        }

        var found = file is not null && File.Exists(file) && Path.GetFullPath(file).StartsWith(_root, StringComparison.Ordinal);
        var served = found ? file! : Path.Combine(_root, "404.html");
        response.StatusCode = found ? 200 : 404;
        response.ContentType = Path.GetExtension(served) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css",
            ".svg" => "image/svg+xml",
            ".xml" => "application/xml",
            ".js" => "text/javascript",
            _ => "application/octet-stream",
        };
        var bytes = File.ReadAllBytes(served);
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
