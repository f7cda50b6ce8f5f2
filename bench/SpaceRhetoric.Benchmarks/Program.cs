using BenchmarkDotNet.Running;
using SpaceRhetoric.Benchmarks;

// `phases DIR [ROUNDS]` times each stage of the pipeline over a folder on one thread (no BenchmarkDotNet);
// anything else goes to BenchmarkDotNet (`--filter '*'`).
if (args.Length > 0 && args[0] == "phases")
{
    return PhaseTimer.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
