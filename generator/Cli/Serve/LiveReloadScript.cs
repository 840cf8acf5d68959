using System.Globalization;

namespace Broadsheet.Cli.Serve;

/// <summary>
/// The script serve adds to every HTML page it serves (never to built files): it listens for server-sent events,
/// reloads the page when a build succeeds, and shows a failed build's errors over the page until the next good one.
/// </summary>
public static class LiveReloadScript
{
    public const string Path = "/__broadsheet/live-reload.js";

    public const string EventsPath = "/__broadsheet/events";

    public const string Source = """
        (() => {
          'use strict';
          const version = document.currentScript.dataset.version;
          const events = new EventSource('/__broadsheet/events');
          // The site may have been rebuilt between this page being served and this stream opening.
          events.addEventListener('hello', e => { if (e.data !== version) location.reload(); });
          events.addEventListener('reload', () => location.reload());
          events.addEventListener('errors', e => show(e.data));

          function show(text) {
            let overlay = document.getElementById('broadsheet-errors');
            if (!overlay) {
              overlay = document.createElement('div');
              overlay.id = 'broadsheet-errors';
              overlay.setAttribute('role', 'alert');
              overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5rem 2rem;'
                + 'background:rgba(20,20,20,.97);color:#eee;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;text-align:left';
              const heading = document.createElement('p');
              heading.textContent = 'broadsheet: the last change did not build. Underneath is the last good site; fix the errors and this page reloads.';
              heading.style.cssText = 'margin:0 0 1rem;font:bold 15px/1.4 system-ui,sans-serif;color:#ff8a80';
              const hide = document.createElement('button');
              hide.type = 'button';
              hide.textContent = 'Hide';
              hide.style.cssText = 'position:absolute;top:1rem;right:1rem;font:13px system-ui,sans-serif';
              hide.addEventListener('click', () => overlay.remove());
              const pre = document.createElement('pre');
              pre.style.cssText = 'margin:0;white-space:pre-wrap;font:inherit';
              overlay.append(heading, pre, hide);
              document.body.append(overlay);
            }
            overlay.querySelector('pre').textContent = text;
          }
        })();

        """;

    /// <summary>Adds the script, carrying the version of the site served, before <c>&lt;/body&gt;</c> (or at the end).</summary>
    public static string Inject(string html, int version)
    {
        var tag = $"<script src=\"{Path}\" data-version=\"{version.ToString(CultureInfo.InvariantCulture)}\"></script>\n";
        var body = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return body < 0 ? html + tag : html.Insert(body, tag);
    }
}
