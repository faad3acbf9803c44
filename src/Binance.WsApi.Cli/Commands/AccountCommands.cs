using System.CommandLine;
using Binance.WsApi.Cli.Output;

namespace Binance.WsApi.Cli.Commands;

/// <summary>Signed account queries: <c>account</c>, <c>trades</c>.</summary>
internal static class AccountCommands
{
    public static Command Account()
    {
        var all = new Option<bool>("--all") { Description = "Include zero balances." };
        var command = new Command("account", "Balances and permissions (account.status).") { all }.WithTarget(signed: true);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var response = await c.Client.GetSpotAccountInformationAsync(new SpotAccountInformationRequest { OmitZeroBalances = !parse.GetValue(all) }, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, account =>
            {
                c.Output.WriteLine($"  {account.AccountType}, canTrade={account.CanTrade}, permissions: {string.Join(",", account.Permissions)}");
                TableWriter.Write(c.Output, ["asset", "free", "locked"],
                    account.Balances.Select(b => (IReadOnlyList<string>)[b.Asset, Format.Decimal(b.Free), Format.Decimal(b.Locked)]));
            });
        }));
        return command;
    }

    public static Command Trades()
    {
        var symbol = new Argument<string>("symbol") { Description = "Symbol, for example BTCUSDT." };
        var limit = new Option<int>("--limit") { Description = "Number of trades.", DefaultValueFactory = _ => 20 };
        var command = new Command("trades", "Your trades on a symbol (myTrades).") { symbol, limit }.WithTarget(signed: true);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var response = await c.Client.GetSpotMyTradesAsync(new SpotMyTradesRequest(parse.GetValue(symbol)!) { Limit = parse.GetValue(limit) }, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, trades => TableWriter.Write(c.Output,
                ["time (UTC)", "trade id", "order id", "side", "price", "qty", "commission"],
                trades.Select(t => (IReadOnlyList<string>)
                [
                    Format.Time(t.Time), t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), t.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    t.IsBuyer ? "BUY" : "SELL", Format.Decimal(t.Price), Format.Decimal(t.Qty), $"{Format.Decimal(t.Commission)} {t.CommissionAsset}",
                ])));
        }));
        return command;
    }
}
