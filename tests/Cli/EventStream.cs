using System.Text;

namespace Broadsheet.Tests.Cli;

/// <summary>A server-sent event stream read in the background, as a page's EventSource reads it.</summary>
internal sealed class EventStream : IDisposable
{
    private readonly StringBuilder _received = new();
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Stream _stream;
    private readonly Task _reading;

    private EventStream(Stream stream)
    {
        _stream = stream;
        _reading = Task.Run(Read);
    }

    public string Received
    {
        get
        {
            lock (_lock)
            {
                return _received.ToString();
            }
        }
    }

    public static async Task<EventStream> Open(HttpClient http, string url)
    {
        var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        return new EventStream(await response.Content.ReadAsStreamAsync());
    }

    /// <summary>Waits until <paramref name="text"/> has arrived; returns everything received so far.</summary>
    public Task<string> WaitFor(string text, TimeSpan timeout) =>
        Poll.UntilAsync(
            () => Task.FromResult(Received.Contains(text, StringComparison.Ordinal) ? Received : null),
            timeout,
            () => $"the event stream never sent {text}; it sent:\n{Received}");

    public void Dispose()
    {
        _stop.Cancel();
        _stream.Dispose();
        try
        {
            _reading.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The stream was closed under the read.
        }

        _stop.Dispose();
    }

    private async Task Read()
    {
        var buffer = new byte[4096];
        int read;
        while ((read = await _stream.ReadAsync(buffer, _stop.Token)) > 0)
        {
            lock (_lock)
            {
                _received.Append(Encoding.UTF8.GetString(buffer, 0, read));
            }
        }
    }
}
