using System.CommandLine;
using Binance.WsApi.Cli.Commands;

// binance-wsapi: the Binance.WsApi client from the command line. Without --env or --url every command runs against
// an exchange emulator started in this process, so it works offline and with no keys.
var root = new RootCommand("binance-wsapi: the Binance WebSocket API from the command line (default target: the embedded emulator).");
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(MarketCommands.Depth());
root.Subcommands.Add(MarketCommands.Ticker());
root.Subcommands.Add(MarketCommands.Klines());
root.Subcommands.Add(OrderCommands.Order());
root.Subcommands.Add(OrderCommands.OpenOrders());
root.Subcommands.Add(AccountCommands.Account());
root.Subcommands.Add(AccountCommands.Trades());
root.Subcommands.Add(WatchCommand.Create());
root.Subcommands.Add(FuturesCommands.Create());
return await root.Parse(args).InvokeAsync();
