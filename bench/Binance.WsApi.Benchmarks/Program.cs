using BenchmarkDotNet.Running;
using Binance.WsApi.Benchmarks.EndToEnd;
using Binance.WsApi.Benchmarks.EndToEnd.Participants.Host;
using Binance.WsApi.Benchmarks.EndToEnd.Responder;
using Binance.WsApi.Benchmarks.Micro;

// (The type is named explicitly: the referenced emulator has a top-level Program too.)
// Three commands share this executable:
//   (default) or "micro": layer micro-benchmarks with BenchmarkDotNet, e.g. `-- --filter '*'` or `-- micro --filter '*'`;
//   "e2e [--quick]": the end-to-end loopback harness (floor, our client, the Node.js SDK) writing docs/benchmarks.*;
//   "responder --port 0 --mode fast|emulator": the responder process the harness spawns (prints its port);
//   "participant --kind floor|ours --url URL": a participant process the harness spawns (line-JSON on stdin/stdout).
if (args.Length > 0 && args[0] == "e2e")
{
    return await EndToEndCommand.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "participant")
{
    return await ParticipantHost.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "responder")
{
    return await ResponderCommand.RunAsync(args[1..]);
}

string[] switcherArgs = args.Length > 0 && args[0] == "micro" ? args[1..] : args;
BenchmarkSwitcher.FromAssembly(typeof(FrameWriterBenchmarks).Assembly).Run(switcherArgs);
return 0;
