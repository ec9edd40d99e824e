using TraffickingAbm.Experiments.Cli;

return TabmCli.Run(args, Console.Out, Console.Error);
