using Broadsheet.Build;

namespace Broadsheet.Cli.Serve;

/// <summary>What <c>broadsheet serve</c> was asked to do: build like <c>build</c> (into a folder of its own) and serve on a port.</summary>
/// <param name="Build">The build's options; its Output is replaced by serve's own temporary folder.</param>
/// <param name="Port">The port on 127.0.0.1; 0 picks a free one.</param>
public sealed record ServeOptions(BuildOptions Build, int Port);
