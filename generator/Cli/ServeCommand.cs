using System.Runtime.InteropServices;
using Broadsheet.Cli.Output;
using Broadsheet.Cli.Serve;

namespace Broadsheet.Cli;

/// <summary><c>broadsheet serve</c>: a local server with watch and live reload, until Ctrl+C.</summary>
public sealed class ServeCommand(ServeOptions options) : ICommand
{
    public ServeOptions Options => options;

    public int Run(Terminal terminal)
    {
        using var stop = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            stop.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            return new DevServer(options, terminal).RunAsync(stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }
}
