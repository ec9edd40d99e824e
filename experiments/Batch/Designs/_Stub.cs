namespace TraffickingAbm.Experiments.Batch.Designs;
public static class FullFactorial { public static int[][] Points(IReadOnlyList<int> c) { var r = new List<int[]> { Array.Empty<int>() }; foreach (var n in c) r = r.SelectMany(p => Enumerable.Range(0, n).Select(i => p.Append(i).ToArray())).ToList(); return r.ToArray(); } }
public static class LatinHypercube { public static double[][] Points(int n, int k, ulong seed) => throw new NotImplementedException(); }
public static class Saltelli { public static double[][] Points(int n, int k, bool secondOrder = true, int skip = 1) => throw new NotImplementedException(); }
public static class Morris { public static double[][] Points(int r, int k, int levels, ulong seed) => throw new NotImplementedException(); }
