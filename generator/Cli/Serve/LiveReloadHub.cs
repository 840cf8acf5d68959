using System.Threading.Channels;

namespace Broadsheet.Cli.Serve;

/// <summary>
/// The state of the served site — a version that goes up with each good build, and the errors of the last build if it
/// failed — and the open pages listening for changes to it (one server-sent event stream each).
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];
    private int _version;
    private string? _errors;

    /// <summary>The version of the site being served: 0 until a build succeeds.</summary>
    public int Version
    {
        get
        {
            lock (_lock)
            {
                return _version;
            }
        }
    }

    /// <summary>The errors of the last build, as the terminal shows them, or null when it succeeded.</summary>
    public string? Errors
    {
        get
        {
            lock (_lock)
            {
                return _errors;
            }
        }
    }

    /// <summary>Starts listening: the first events say which version is served and, if the last build failed, its errors.</summary>
    public ChannelReader<string> Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            channel.Writer.TryWrite(ServerSentEvent.Format("hello", _version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (_errors is not null)
            {
                channel.Writer.TryWrite(ServerSentEvent.Format("errors", _errors));
            }

            _clients.Add(channel);
        }

        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<string> reader)
    {
        lock (_lock)
        {
            _clients.RemoveAll(c => c.Reader == reader);
        }
    }

    /// <summary>A build succeeded: the version goes up and every open page reloads. Returns how many pages were told.</summary>
    public int Published()
    {
        lock (_lock)
        {
            _version++;
            _errors = null;
            return Broadcast(ServerSentEvent.Format("reload", _version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>A build failed: open pages show its errors over the last good site. Returns how many pages were told.</summary>
    public int Failed(string errors)
    {
        lock (_lock)
        {
            _errors = errors;
            return Broadcast(ServerSentEvent.Format("errors", errors));
        }
    }

    /// <summary>Ends every stream, so that the server can stop.</summary>
    public void Close()
    {
        lock (_lock)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryComplete();
            }

            _clients.Clear();
        }
    }

    private int Broadcast(string message)
    {
        foreach (var client in _clients)
        {
            client.Writer.TryWrite(message);
        }

        return _clients.Count;
    }
}
