using System.Diagnostics;
using SpaceRhetoric.Cli;

// SPACERHETORIC_TIMING=1 prints where a run's time went (wall, CPU, GC) to stderr, for profiling.
if (Environment.GetEnvironmentVariable("SPACERHETORIC_TIMING") != "1")
{
    return CliApp.Run(args);
}

long started = Stopwatch.GetTimestamp();
int exitCode = CliApp.Run(args);
using Process self = Process.GetCurrentProcess();
Console.Error.WriteLine(
    $"timing: wall {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms (since process start {(DateTime.Now - self.StartTime).TotalMilliseconds:F0} ms), " +
    $"cpu {self.TotalProcessorTime.TotalMilliseconds:F0} ms, gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen0/1/2), " +
    $"gc pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, allocated {GC.GetTotalAllocatedBytes() / 1_000_000} MB, peak working set {self.PeakWorkingSet64 / 1_000_000} MB");
return exitCode;
