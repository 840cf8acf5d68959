using System.Diagnostics;
using System.Globalization;
using Broadsheet.Cli.Output;
using Broadsheet.Import;

namespace Broadsheet.Cli;

/// <summary>
/// An import's progress: on a terminal, a counter redrawn in place; redirected, a line per tenth of the articles of a
/// large import (500 or more); with --quiet, nothing.
/// </summary>
public sealed class ImportProgress(Terminal terminal) : IImportProgress
{
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
    private readonly Lock _lock = new();
    private readonly Stopwatch _sinceDraw = Stopwatch.StartNew();
    private int _total;
    private int _done;
    private int _tenths;
    private bool _lineShown;

    /// <summary>Shown on a terminal only, as the counter is: a log gets the counts alone.</summary>
    public void Reading(string text)
    {
        lock (_lock)
        {
            if (terminal.OutIsInteractive && !terminal.IsQuiet)
            {
                terminal.Out.Write($"\r\u001b[K{text}");
                _lineShown = true;
            }
        }
    }

    public void Started(int total)
    {
        lock (_lock)
        {
            _total = total;
        }
    }

    public void ArticleDone()
    {
        lock (_lock)
        {
            _done++;
            if (terminal.IsQuiet)
            {
                return;
            }

            if (terminal.OutIsInteractive)
            {
                if (_sinceDraw.Elapsed >= RedrawEvery || _done == _total)
                {
                    terminal.Out.Write($"\r\u001b[Kimporting {Count(_done)} of {Count(_total)} articles");
                    _lineShown = true;
                    _sinceDraw.Restart();
                }
            }
            else if (_total >= ProgressDisplay.PlainLinesFrom && _done * 10 / _total > _tenths)
            {
                _tenths = _done * 10 / _total;
                terminal.Out.WriteLine($"imported {Count(_done)} of {Count(_total)} articles");
            }
        }
    }

    /// <summary>Prints a line of its own, above the counter.</summary>
    public void Line(string text)
    {
        lock (_lock)
        {
            ClearLocked();
            terminal.Out.WriteLine(text);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            ClearLocked();
        }
    }

    private void ClearLocked()
    {
        if (_lineShown)
        {
            terminal.Out.Write("\r\u001b[K");
            _lineShown = false;
        }
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
