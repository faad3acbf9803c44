using BenchmarkDotNet.Running;

// Layer micro-benchmarks (frame writing, signing per key type, routing and parsing):
//   dotnet run -c Release --project bench/Binance.WsApi.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
