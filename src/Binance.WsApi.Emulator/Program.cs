using Binance.WsApi.Emulator;
using Microsoft.Extensions.Logging;

// Standalone emulator: `dotnet run --project src/Binance.WsApi.Emulator -- --port 9443 [--accounts PATH] [--host 127.0.0.1]`.
CommandLine commandLine = CommandLine.Parse(args);
if (commandLine.Error is { } error)
{
    return Fail(error);
}

if (commandLine.ShowHelp)
{
    PrintUsage();
    return 0;
}

EmulatorOptions options = commandLine.Options;
LogLevel level = commandLine.LogLevel;
using ILoggerFactory loggerFactory = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(level)
    .AddFilter("Microsoft", LogLevel.Warning));
options.LoggerFactory = loggerFactory;

ExchangeEmulator emulator;
try
{
    emulator = await ExchangeEmulator.StartNewAsync(options);
}
catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException)
{
    return Fail(e.Message);
}

await using (emulator)
{
    Console.WriteLine("Binance WS API emulator running.");
    Console.WriteLine($"  spot    {emulator.SpotUri}");
    Console.WriteLine($"  USD-M   {emulator.UsdMUri}");
    Console.WriteLine($"  COIN-M  {emulator.CoinMUri}");
    Console.WriteLine($"  admin   {emulator.HttpBaseUri}admin  (lists every admin endpoint)");
    Console.WriteLine($"  health  {emulator.HttpBaseUri}health");
    if (options.AccountsPath is null)
    {
        // The demo account's keys are public test keys (Binance's documented HMAC example pair, RFC 8032's Ed25519
        // test key): printing the HMAC pair tells a newcomer all they need to sign. Keys of an --accounts file,
        // which may be someone's own, are never printed.
        Console.WriteLine("Demo account (public test keys, never real ones; the Ed25519 and RSA private keys are in src/Binance.WsApi.Emulator/README.md):");
        Console.WriteLine($"  HMAC key     {DemoAccount.HmacApiKey}");
        Console.WriteLine($"  HMAC secret  {DemoAccount.HmacSecret}");
        Console.WriteLine($"  Ed25519 key  {DemoAccount.Ed25519ApiKey}");
        Console.WriteLine($"  RSA key      {DemoAccount.RsaApiKey}");
        Console.WriteLine($"The CLI signs with these by itself on a loopback emulator: binance-wsapi account --url {emulator.SpotUri}");
    }
    else
    {
        Console.WriteLine($"Accounts loaded from {options.AccountsPath}.");
    }

    Console.WriteLine("Press Ctrl+C to stop.");

    var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.TrySetResult();
    };
    using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
        System.Runtime.InteropServices.PosixSignal.SIGTERM, ctx =>
        {
            ctx.Cancel = true;
            stop.TrySetResult();
        });
    await stop.Task;
    Console.WriteLine("Stopping.");
}

// Reached after DisposeAsync closed every WebSocket (1001 "Server stopping") and stopped Kestrel.
Console.WriteLine("Stopped.");
return 0;

static int Fail(string message)
{
    Console.Error.WriteLine($"error: {message}");
    Console.Error.WriteLine("Run with --help for usage.");
    return 2;
}

static void PrintUsage() => Console.WriteLine(
    """
    Binance WS API emulator

    Usage: Binance.WsApi.Emulator [--port 9443] [--host 127.0.0.1] [--accounts PATH] [--strict | --strict-params] [--log-level Information]

      --port N         TCP port (default 9443; 0 = any free port)
      --host ADDR      address to listen on (default 127.0.0.1; an IP address or 'localhost';
                       0.0.0.0 = every interface, e.g. in a container)
      --accounts PATH  JSON accounts file (see accounts.example.json); default: the built-in demo account
      --strict         close the connection (1008) after an envelope error, like spot testnet, and
                       refuse parameters a method does not take (-1104)
      --strict-params  only refuse parameters a method does not take (-1104)
      --log-level L    Trace, Debug, Information, Warning, Error or None
    """);
