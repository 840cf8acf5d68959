using System.Net;
using System.Text;

namespace Broadsheet.Tests.Cli;

/// <summary>
/// <c>broadsheet serve</c> as a user runs it: a real process and real HTTP requests, files edited on disk while it runs.
/// Every wait is a poll with a timeout, and the process is always killed.
/// </summary>
[Trait("Category", Category.Slow)]
public sealed class ServeTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly TempFolder _temp = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public ServeTests() =>
        TempFolder.CopyFolder(Path.Combine(RepoPaths.Tests, "Golden", "small-archive", "site-content"), _temp.Combine("site-content"));

    private string Article => _temp.Combine("site-content/articles/1926/05/nine-days.md");

    [Fact]
    public async Task Serve_serves_the_site_and_after_an_article_is_edited_on_disk_serves_its_new_title()
    {
        using var serve = ServeProcess.Start(_temp.Path);
        var page = serve.BaseUrl + "articles/1926/05/nine-days.html";

        var before = await Served(page, "<h1>Nine days that shook the country</h1>", serve);
        Assert.Contains("<script src=\"/__broadsheet/live-reload.js\" data-version=\"1\"></script>\n</body>", before, StringComparison.Ordinal);

        Edit(Article, "title: Nine days that shook the country", "title: Nine days in May");
        await Served(page, "<h1>Nine days in May</h1>", serve);

        // The new pages may be served a moment before serve counts the new version; an open page then reloads once more.
        Poll.Until(() => serve.Stdout.Contains("site-content/articles/1926/05/nine-days.md changed: built ", StringComparison.Ordinal) ? "" : null, Timeout, () => serve.Stdout);
        Assert.Contains("data-version=\"2\"", await _http.GetStringAsync(page), StringComparison.Ordinal);

        // The user's output folder is not serve's to write: it builds into a folder of its own.
        Assert.False(Directory.Exists(_temp.Combine("output")));
        Assert.DoesNotContain("live-reload", File.ReadAllText(_temp.Combine("site-content/articles/1926/05/nine-days.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_host_0_0_0_0_serve_listens_on_every_address_and_says_how_to_reach_it_from_a_phone()
    {
        using var serve = ServeProcess.Start(_temp.Path, "--host", "0.0.0.0");

        Assert.StartsWith("http://0.0.0.0:", serve.BaseUrl, StringComparison.Ordinal);
        Assert.Contains("from a phone on the same network", serve.Stdout, StringComparison.Ordinal);
        var page = serve.BaseUrl.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "articles/1926/05/nine-days.html";
        await Served(page, "<h1>Nine days that shook the country</h1>", serve);
    }

    [Fact]
    public async Task A_change_that_does_not_build_keeps_the_last_good_site_and_sends_its_errors_to_open_pages()
    {
        using var serve = ServeProcess.Start(_temp.Path);
        var page = serve.BaseUrl + "articles/1926/05/nine-days.html";
        await Served(page, "<h1>Nine days that shook the country</h1>", serve);
        using var events = await EventStream.Open(_http, serve.BaseUrl + "__broadsheet/events");
        await events.WaitFor("event: hello\ndata: 1\n\n", Timeout);

        Edit(Article, "topics: [general-strike]", "topics: [general-strik]");
        var errors = await events.WaitFor("still serving the last good site\n\n", Timeout);

        Assert.Contains(
            "event: errors\n"
            + "data: site-content/articles/1926/05/nine-days.md:5:10: error: unknown topic 'general-strik'; did you mean 'general-strike'?\n"
            + "data:     5 | topics: [general-strik]\n"
            + "data:       |          ^\n"
            + "data: site-content/articles/1926/05/nine-days.md changed: the build failed: 1 error, 0 warnings; still serving the last good site\n",
            errors,
            StringComparison.Ordinal);
        Assert.Contains("<h1>Nine days that shook the country</h1>", await _http.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Contains("nine-days.md:5:10: error: unknown topic 'general-strik'", serve.Stderr, StringComparison.Ordinal);

        Edit(Article, "topics: [general-strik]", "topics: [general-strike]");
        await events.WaitFor("event: reload\ndata: 2\n\n", Timeout);
    }

    [Fact]
    public async Task When_the_first_build_fails_every_page_shows_its_errors_until_it_is_fixed()
    {
        Edit(Article, "section: history", "section: histroy");
        using var serve = ServeProcess.Start(_temp.Path);

        var failed = await Poll.UntilAsync(
            async () => await _http.GetAsync(serve.BaseUrl) is { StatusCode: HttpStatusCode.InternalServerError } r ? await r.Content.ReadAsStringAsync() : null,
            Timeout,
            () => serve.Stdout + serve.Stderr);
        Assert.Contains("<h1>The site did not build</h1>", failed, StringComparison.Ordinal);
        Assert.Contains("unknown section &#39;histroy&#39;; did you mean &#39;history&#39;?", failed, StringComparison.Ordinal);
        Assert.Contains("data-version=\"0\"", failed, StringComparison.Ordinal);

        Edit(Article, "section: histroy", "section: history");
        await Served(serve.BaseUrl + "index.html", "<h1 class=\"site-title\"><a href=\"index.html\">The Test Gazette</a></h1>", serve);
    }

    [Fact]
    public async Task A_folder_answers_with_its_index_and_a_missing_page_with_the_sites_404_page()
    {
        using var serve = ServeProcess.Start(_temp.Path);
        await Served(serve.BaseUrl, "<h1 class=\"site-title\"><a href=\"index.html\">The Test Gazette</a></h1>", serve);

        var folder = await _http.GetAsync(serve.BaseUrl + "issues");
        var index = await _http.GetAsync(serve.BaseUrl + "issues/");
        var missing = await _http.GetAsync(serve.BaseUrl + "no/such/page.html");
        var css = await _http.GetAsync(serve.BaseUrl + "assets/style.css");

        Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.Equal("/issues/", folder.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("live-reload", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_is_an_error_that_says_so()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var result = BroadsheetProcess.Run(_temp.Path, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: cannot serve on 127.0.0.1:{port}: ", result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("; choose another port with --port\n", result.Stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _http.Dispose();
        _temp.Dispose();
    }

    /// <summary>Writes the file as an editor saves it: the new text replaces the old in place.</summary>
    private static void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal), new UTF8Encoding(false));
    }

    /// <summary>Asks for <paramref name="url"/> until it answers 200 with <paramref name="expected"/> in it.</summary>
    private Task<string> Served(string url, string expected, ServeProcess serve) =>
        Poll.UntilAsync(
            async () => await _http.GetAsync(url) is { StatusCode: HttpStatusCode.OK } r && await r.Content.ReadAsStringAsync() is { } body && body.Contains(expected, StringComparison.Ordinal) ? body : null,
            Timeout,
            () => $"{url} never served {expected}\nstdout:\n{serve.Stdout}\nstderr:\n{serve.Stderr}");
}
