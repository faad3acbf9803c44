using System.CommandLine;
using Binance.WsApi.Cli.Commands;
using Binance.WsApi.Cli.Errors;
using Binance.WsApi.Cli.Targets;

// binance-wsapi: the Binance.WsApi client from the command line. Without --env or --url every command runs against
// an exchange emulator started in this process, so it works offline and with no keys.
var root = new RootCommand(
    "binance-wsapi: the Binance WebSocket API from the command line (default target: the embedded emulator). "
    + "Errors are one line on stderr (a JSON object with --json; --verbose adds the exception). " + ExitCodes.Help);
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(MarketCommands.Depth());
root.Subcommands.Add(MarketCommands.Ticker());
root.Subcommands.Add(MarketCommands.Klines());
root.Subcommands.Add(ConnectivityCommands.Ping());
root.Subcommands.Add(ConnectivityCommands.TimeSync());
root.Subcommands.Add(OrderCommands.Order());
root.Subcommands.Add(OrderCommands.OpenOrders());
root.Subcommands.Add(AccountCommands.Account());
root.Subcommands.Add(AccountCommands.Trades());
root.Subcommands.Add(WatchCommand.Create());
root.Subcommands.Add(FuturesCommands.Create());

ParseResult parse = root.Parse(args);
var errors = new ErrorReporter(Console.Error, Flag(parse, CommandRunner.Json), Flag(parse, TargetOptions.Verbose));
if (parse.Errors.Count > 0)
{
    // One line, not System.CommandLine's error list followed by the whole help text.
    return errors.Usage(string.Join(" ", parse.Errors.Select(e => e.Message)) + " (see --help)");
}

try
{
    // Exceptions come here rather than to System.CommandLine's handler, which prints the stack trace.
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex)
{
    return errors.Report(ex);
}

static bool Flag(ParseResult parse, Option<bool> option) => parse.GetResult(option) is { } result && result.GetValueOrDefault<bool>();
