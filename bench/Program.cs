using BenchmarkDotNet.Running;
using TraffickingAbm.Bench;

// dotnet run -c Release --project bench -- --filter '*'        (full mode)
// dotnet run -c Release --project bench -- --filter '*' --job short   (quick mode for a 2-core laptop)
// dotnet run -c Release --project bench -- paired 100000       (paired 1- vs 2-thread months; see PairedSpeedup)
// dotnet run -c Release --project bench -- paired-run scale-1m (paired 1- vs 2-thread whole runs)
if (args.Length > 0 && args[0] == "paired") return PairedSpeedup.Run(args[1..]);
if (args.Length > 0 && args[0] == "paired-run") return PairedSpeedup.RunWhole(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
