using Broadsheet.Cli.Serve;

namespace Broadsheet.Tests.Serve;

/// <summary>The pieces of live reload: the script added to served HTML, the event format, and what a new listener is told.</summary>
public sealed class LiveReloadPartsTests
{
    [Fact]
    public void The_script_goes_before_the_end_of_the_body_with_the_version_served()
    {
        Assert.Equal(
            "<body><p>x</p>\n<script src=\"/__broadsheet/live-reload.js\" data-version=\"7\"></script>\n</BODY></html>",
            LiveReloadScript.Inject("<body><p>x</p>\n</BODY></html>", 7));
        Assert.Equal(
            "<p>no body</p><script src=\"/__broadsheet/live-reload.js\" data-version=\"1\"></script>\n",
            LiveReloadScript.Inject("<p>no body</p>", 1));
    }

    [Fact]
    public void An_event_carries_each_line_of_its_text_as_a_data_line()
    {
        Assert.Equal("event: errors\ndata: a.md:1:1: error: x\ndata:     1 | ---\ndata: \n\n", ServerSentEvent.Format("errors", "a.md:1:1: error: x\n    1 | ---\n"));
    }

    [Fact]
    public void A_new_listener_is_told_the_version_and_the_errors_of_a_failed_build_and_then_every_change()
    {
        var hub = new LiveReloadHub();
        hub.Published();
        hub.Failed("a.md:1:1: error: x");

        var events = hub.Subscribe();
        hub.Published();
        hub.Close();

        var received = new List<string>();
        while (events.TryRead(out var message))
        {
            received.Add(message);
        }

        Assert.Equal(["event: hello\ndata: 1\n\n", "event: errors\ndata: a.md:1:1: error: x\n\n", "event: reload\ndata: 2\n\n"], received);
        Assert.Null(hub.Errors);
        Assert.Equal(2, hub.Version);
        Assert.True(events.Completion.IsCompleted);
    }
}
