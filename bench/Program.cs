using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench -- --filter '*'        (full mode)
// dotnet run -c Release --project bench -- --filter '*' --job short   (quick mode for a 2-core laptop)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
