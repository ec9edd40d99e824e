using System.Globalization;
using TraffickingAbm.Engine.Runs;

namespace TraffickingAbm.Experiments.Cli;

/// <summary>Prints a run's profile (<c>tabm run --profile</c>): seconds, ms per tick and share of the wall time.</summary>
public static class RunProfilePrinter
{
    public static void Print(RunProfile profile, TextWriter writer)
    {
        var phases = profile.Phases;
        double total = profile.Total.TotalSeconds;
        int ticks = Math.Max(1, phases.Ticks);
        writer.WriteLine($"Profile ({phases.Ticks} ticks, {total.ToString("0.000", CultureInfo.InvariantCulture)} s):");
        writer.WriteLine($"  {"phase",-24} {"seconds",9} {"ms/tick",9} {"share",7}");
        void Line(string name, double seconds, bool perTick) =>
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-24} {seconds,9:0.000} {(perTick ? (seconds * 1000 / ticks).ToString("0.000", CultureInfo.InvariantCulture) : ""),9} {seconds / total,7:P1}"));
        Line("(world construction)", profile.Setup.TotalSeconds, false);
        for (int i = 0; i < phases.Names.Count; i++) Line(phases.Names[i], phases.Elapsed(i).TotalSeconds, true);
        Line("(output and other)", total - profile.Setup.TotalSeconds - phases.Total.TotalSeconds, false);
    }
}
