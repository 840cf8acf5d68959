using System.Net;

namespace Broadsheet.Cli.Serve;

/// <summary>What serve shows while there is no good build at all: the first build running, or its errors.</summary>
public static class ErrorPage
{
    public const string Building = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Building the site…</title>
        </head>
        <body>
        <h1>Building the site…</h1>
        <p>This page loads it as soon as it is built.</p>
        </body>
        </html>

        """;

    public static string Html(string errors) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>The site did not build</title>
        </head>
        <body>
        <h1>The site did not build</h1>
        <p>Fix these errors and this page loads the site by itself.</p>
        <pre>{WebUtility.HtmlEncode(errors)}</pre>
        </body>
        </html>

        """;
}
