using System.Net;
using Broadsheet.Build;

namespace Broadsheet.Cli.Serve;

/// <summary>What <c>broadsheet serve</c> was asked to do: build like <c>build</c> (into a folder of its own) and serve on a port.</summary>
/// <param name="Build">The build's options; its Output is replaced by serve's own temporary folder.</param>
/// <param name="Port">The port; 0 picks a free one.</param>
/// <param name="Host">The address to listen on: 127.0.0.1 (this machine only) unless asked, 0.0.0.0 for every network it is on.</param>
public sealed record ServeOptions(BuildOptions Build, int Port, IPAddress? Host = null)
{
    public IPAddress Address => Host ?? IPAddress.Loopback;
}
