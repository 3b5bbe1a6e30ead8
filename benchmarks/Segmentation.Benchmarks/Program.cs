using BenchmarkDotNet.Running;
using Segmentation.Benchmarks;

if (args.Length > 0 && args[0] == "peer" && args.Contains(CsvPeerRunner.Task))
{
    return CsvPeerRunner.Run(CsvPeerRunner.DataPath(args));
}

if (args.Length > 0 && args[0] == "peer")
{
    return PeerRunner.Run(args);
}

if (args.Length > 0 && args[0] == "stream-memory")
{
    return StreamingMemoryProbe.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(PeerRunner).Assembly).Run(args);
return 0;
