using System.Diagnostics;
using Spectre.Console;

namespace TraffickingAbm.Experiments.Cli;

/// <summary>
/// Progress of a long batch on stderr: a live bar (runs done / total, runs per second, time left) on a
/// terminal; otherwise a plain line at every 10% and at least every 30 s, for logs and cluster jobs.
/// </summary>
public static class BatchProgress
{
    public static T Run<T>(TextWriter stderr, int total, Func<IProgress<int>, T> work)
    {
        bool terminal = stderr == Console.Error && !Console.IsErrorRedirected;
        if (total == 0) return work(new Progress<int>());
        if (!terminal) return Plain(stderr, total, work);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stderr), Ansi = AnsiSupport.Detect, ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        T result = default!;
        console.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumnLike(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"{total} runs", maxValue: total);
                result = work(new Reporter(done => task.Value = done));
            });
        return result;
    }

    private static T Plain<T>(TextWriter stderr, int total, Func<IProgress<int>, T> work)
    {
        var clock = Stopwatch.StartNew();
        int lastDecile = 0;
        double lastPrint = 0;
        object gate = new();
        return work(new Reporter(done =>
        {
            lock (gate)
            {
                int decile = done * 10 / total;
                double now = clock.Elapsed.TotalSeconds;
                if (decile <= lastDecile && now - lastPrint < 30 && done != total) return;
                lastDecile = decile;
                lastPrint = now;
                double rate = done / Math.Max(now, 1e-9);
                stderr.WriteLine($"batch: {done}/{total} runs ({100.0 * done / total:0}%), {rate:0.0} runs/s, about {(total - done) / Math.Max(rate, 1e-9):0} s left");
            }
        }));
    }

    /// <summary>Reports on the calling thread (System.Progress would post to the thread pool, out of order).</summary>
    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    /// <summary>Runs per second, in Spectre's column style.</summary>
    private sealed class TransferSpeedColumnLike : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is double s ? $"{s:0.0} runs/s" : "-");
    }
}
