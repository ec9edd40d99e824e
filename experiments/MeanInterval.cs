using MathNet.Numerics.Distributions;

namespace TraffickingAbm.Experiments;

/// <summary>The summary statistic of every study (compare, batch summaries): a mean with its 95% Student-t interval.</summary>
public static class MeanInterval
{
    /// <summary>
    /// Mean and 95% t-interval (StudentT.InvCDF(0, 1, n - 1, 0.975) · sd / √n) of the finite values, summed in
    /// the given order. n = 0: all NaN. n = 1: the interval is NaN (print the mean only).
    /// </summary>
    public static (double Mean, double CiLow, double CiHigh, int N) Of(IEnumerable<double> values)
    {
        var v = values.Where(double.IsFinite).ToArray();
        int n = v.Length;
        if (n == 0) return (double.NaN, double.NaN, double.NaN, 0);
        double sum = 0;
        foreach (double x in v) sum += x;
        double mean = sum / n;
        if (n == 1) return (mean, double.NaN, double.NaN, 1);
        double squares = 0;
        foreach (double x in v) squares += (x - mean) * (x - mean);
        double half = StudentT.InvCDF(0, 1, n - 1, 0.975) * Math.Sqrt(squares / (n - 1)) / Math.Sqrt(n);
        return (mean, mean - half, mean + half, n);
    }
}
