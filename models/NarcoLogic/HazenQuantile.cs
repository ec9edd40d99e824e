using TraffickingAbm.Engine.Collections;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// R8's cut-off rule as a plain function: the p-quantile of the non-zero values with MATLAB's rule (Hazen
/// plotting positions (i−0.5)/n, linear interpolation, clamped at the ends); +∞ when every value is zero.
/// The interdiction agent reads the same quantile from its order-statistic tree; this is the reference
/// (tests, notebooks).
/// </summary>
public static class HazenQuantile
{
    public static double OfNonZero(ReadOnlySpan<double> source, double p)
    {
        var values = new double[source.Length];
        int n = 0;
        foreach (double v in source)
            if (v != 0) values[n++] = v;
        if (n == 0) return double.PositiveInfinity;
        var span = values.AsSpan(0, n);
        double h = n * p + 0.5; // 1-based position
        if (h <= 1) return Min(span);
        if (h >= n) return Max(span);
        int lo = (int)Math.Floor(h);
        // Order statistics lo and lo+1 (1-based) by selection: the quantile needs two values, not a sort.
        Selection.NthElement(span, lo - 1, new DoubleAscending());
        double below = span[lo - 1], above = Min(span[lo..]);
        return below + (h - lo) * (above - below);
    }

    private static double Min(ReadOnlySpan<double> v)
    {
        double m = double.PositiveInfinity;
        foreach (double x in v) m = Math.Min(m, x);
        return m;
    }

    private static double Max(ReadOnlySpan<double> v)
    {
        double m = double.NegativeInfinity;
        foreach (double x in v) m = Math.Max(m, x);
        return m;
    }
}
