using System.CommandLine;
using Binance.WsApi.Cli.Commands;

// binance-wsapi: the Binance.WsApi client from the command line. Without --env or --url every command runs against
// an exchange emulator started in this process, so it works offline and with no keys.
var root = new RootCommand("binance-wsapi: the Binance WebSocket API from the command line (default target: the embedded emulator).");
root.Subcommands.Add(DemoCommand.Create());
return await root.Parse(args).InvokeAsync();
