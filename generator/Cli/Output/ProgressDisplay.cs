using System.Diagnostics;
using System.Globalization;
using Broadsheet.Progress;

namespace Broadsheet.Cli.Output;

/// <summary>
/// Shows a build's progress. On a terminal: one line redrawn in place, with a counter and bar of pages rendered.
/// Redirected (CI logs): plain lines, one per tenth of the pages of a large site, so a log shows a long build moving.
/// With --verbose: a line per stage with its time and the memory it allocated as well; with --quiet: nothing.
/// </summary>
public sealed class ProgressDisplay(Terminal terminal) : IBuildProgress
{
    /// <summary>Sites with fewer pages render in moments: a redirected log gets no lines about them unless --verbose.</summary>
    public const int PlainLinesFrom = 500;

    private const int BarWidth = 24;
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(80);

    private readonly Lock _lock = new();
    private readonly Stopwatch _sinceDraw = Stopwatch.StartNew();
    private BuildStage _stage;
    private int _total;
    private int _done;
    private int _tenthsShown;
    private bool _lineShown;

    private bool IsLive => terminal.OutIsInteractive && !terminal.IsQuiet;

    public void StageStarted(BuildStage stage)
    {
        lock (_lock)
        {
            _stage = stage;
            Draw();
        }
    }

    public void StageFinished(StageTiming timing)
    {
        if (!terminal.IsVerbose)
        {
            return;
        }

        lock (_lock)
        {
            ClearLine();
            var detail = timing.Stage == BuildStage.Render ? $"  {_total} pages" : "";
            terminal.Out.WriteLine(
                $"{StageTiming.NameOf(timing.Stage),-13}{Seconds(timing.Elapsed),8}{Seconds(timing.Cpu),8} CPU{Megabytes(timing.AllocatedBytes),10} allocated{detail}");
        }
    }

    public void PagesToRender(int total)
    {
        lock (_lock)
        {
            _total = total;
            _done = 0;
            _tenthsShown = 0;
            Draw();
        }
    }

    public void PageRendered()
    {
        lock (_lock)
        {
            _done++;
            if (IsLive)
            {
                if (_sinceDraw.Elapsed >= RedrawEvery || _done == _total)
                {
                    Draw();
                }
            }
            else if (!terminal.IsQuiet && (terminal.IsVerbose || _total >= PlainLinesFrom))
            {
                // One line per tenth: always the same lines for the same site, whatever the speed of the machine.
                var tenths = _done * 10 / _total;
                if (tenths > _tenthsShown)
                {
                    _tenthsShown = tenths;
                    terminal.Out.WriteLine($"rendered {_done}/{_total} pages");
                }
            }
        }
    }

    /// <summary>Takes the live line off the terminal, before the summary or the errors are printed.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            ClearLine();
        }
    }

    private void Draw()
    {
        if (!IsLive)
        {
            return;
        }

        var text = _stage switch
        {
            BuildStage.Load => "loading the archive…",
            BuildStage.Model => "validating articles, issues and topics…",
            BuildStage.Graph => "placing pages and their links…",
            BuildStage.Render when _total > 0 => $"rendering pages {Bar()} {_done}/{_total}",
            BuildStage.Render => "rendering pages…",
            BuildStage.Search => "building the search index…",
            BuildStage.Books => "writing the issues' EPUBs…",
            BuildStage.Images => "making the photographs' sizes…",
            _ => "checking links, anchors and images…",
        };
        terminal.Out.Write($"\r\u001b[K{terminal.OutStyle.Dim(text)}");
        terminal.Out.Flush();
        _lineShown = true;
        _sinceDraw.Restart();
    }

    private string Bar()
    {
        var filled = _done * BarWidth / _total;
        return "[" + new string('#', filled) + new string('.', BarWidth - filled) + "]";
    }

    private void ClearLine()
    {
        if (_lineShown)
        {
            terminal.Out.Write("\r\u001b[K");
            terminal.Out.Flush();
            _lineShown = false;
        }
    }

    internal static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    /// <summary>Bytes as whole megabytes (2^20), as memory is usually quoted: "1234 MB".</summary>
    internal static string Megabytes(long bytes) => (bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB";
}
