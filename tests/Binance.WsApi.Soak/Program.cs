using System.Globalization;
using Binance.WsApi.Soak;

// dotnet run -c Release --project tests/Binance.WsApi.Soak -- [--seed N] [--requests N] [--in-flight N] [--faults-every N] [--only-fault "server shutdown"]
var options = new ChaosOptions();
for (int i = 0; i + 1 < args.Length; i += 2)
{
    if (args[i] == "--only-fault")
    {
        options = options with { OnlyFault = args[i + 1] };
        continue;
    }

    int value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    options = args[i] switch
    {
        "--seed" => options with { Seed = value },
        "--requests" => options with { Requests = value },
        "--in-flight" => options with { InFlight = value },
        "--faults-every" => options with { RequestsPerFault = value },
        _ => throw new ArgumentException($"Unknown option {args[i]}; use --seed, --requests, --in-flight, --faults-every, --only-fault."),
    };
}

ChaosReport report = await ChaosSoak.RunAsync(options, Console.Out);
Console.WriteLine(report);
return report.Failures.Count == 0 ? 0 : 1;
