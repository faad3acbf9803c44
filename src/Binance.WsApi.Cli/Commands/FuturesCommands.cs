using System.CommandLine;
using System.Globalization;
using Binance.WsApi.Cli.Output;

namespace Binance.WsApi.Cli.Commands;

/// <summary>
/// <c>futures depth|order place|modify|cancel|status|positions|balance</c>, each with <c>--market usdm|coinm</c>
/// (depth is USD-M only: COIN-M has no market data on the WS API).
/// </summary>
internal static class FuturesCommands
{
    private static readonly Option<string?> MarketOption = new Option<string?>("--market") { Description = "usdm or coinm.", DefaultValueFactory = _ => "usdm" }.OneOf("usdm", "coinm");

    public static Command Create()
    {
        var futures = new Command("futures", "USD-M and COIN-M futures over the WS API.");
        futures.Subcommands.Add(Depth());
        var order = new Command("order", "Place, modify, cancel and query futures orders.");
        order.Subcommands.Add(Place());
        order.Subcommands.Add(Modify());
        order.Subcommands.Add(Cancel());
        order.Subcommands.Add(Status());
        futures.Subcommands.Add(order);
        futures.Subcommands.Add(Positions());
        futures.Subcommands.Add(Balance());
        futures.Subcommands.Add(FuturesAlgoCommands.Algo());
        return futures;
    }

    private static Command WithMarket(this Command command, bool signed = true)
    {
        command.Options.Add(MarketOption);
        return command.WithTarget(signed);
    }

    private static FuturesMarket MarketOf(ParseResult parse) => parse.GetValue(MarketOption)?.ToLowerInvariant() switch
    {
        "usdm" or "usd-m" => FuturesMarket.UsdM,
        "coinm" or "coin-m" => FuturesMarket.CoinM,
        var other => throw new Errors.CliUsageException($"Unknown --market '{other}': use usdm or coinm."),
    };

    private static Command Depth()
    {
        var symbol = new Argument<string>("symbol") { Description = "Symbol, for example BTCUSDT." };
        var limit = new Option<int>("--limit") { Description = "Levels per side: 5, 10, 20, 50, 100, 500 or 1000.", DefaultValueFactory = _ => 10 };
        var command = new Command("depth", "USD-M order book snapshot (depth).") { symbol, limit }.WithMarket(signed: false);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            if (MarketOf(parse) != FuturesMarket.UsdM)
            {
                throw new Errors.CliUsageException("COIN-M has no market data on the WS API; use --market usdm.");
            }

            var response = await c.Client.GetFuturesOrderBookAsync(new FuturesOrderBookRequest(parse.GetValue(symbol)!) { Limit = parse.GetValue(limit) }, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, book =>
            {
                int rows = Math.Max(book.Bids.Count, book.Asks.Count);
                TableWriter.Write(c.Output, ["bid qty", "bid", "ask", "ask qty"], Enumerable.Range(0, rows).Select(i => (IReadOnlyList<string>)
                [
                    i < book.Bids.Count ? Format.Decimal(book.Bids[i].Quantity) : string.Empty,
                    i < book.Bids.Count ? Format.Decimal(book.Bids[i].Price) : string.Empty,
                    i < book.Asks.Count ? Format.Decimal(book.Asks[i].Price) : string.Empty,
                    i < book.Asks.Count ? Format.Decimal(book.Asks[i].Quantity) : string.Empty,
                ]));
            });
        }));
        return command;
    }

    private static Command Place()
    {
        var symbol = new Argument<string>("symbol") { Description = "Symbol: BTCUSDT (USD-M) or BTCUSD_PERP (COIN-M)." };
        var side = new Argument<string>("side") { Description = "BUY or SELL." }.OneOf(CliValues.Sides);
        var type = new Argument<string>("type") { Description = "LIMIT, MARKET, STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET." }.OneOf(CliValues.FuturesTypes);
        var quantity = CliValues.Decimal("--qty", "Quantity (USD-M: base asset; COIN-M: contracts).");
        var price = CliValues.Decimal("--price", "Limit price.");
        var stopPrice = CliValues.Decimal("--stop-price", "Trigger price.");
        var tif = new Option<string?>("--tif") { Description = "GTC, IOC, FOK, GTX or GTD (LIMIT defaults to GTC)." }.OneOf(CliValues.FuturesTimeInForce);
        var reduceOnly = new Option<bool>("--reduce-only") { Description = "Only reduce the position." };
        var clientId = new Option<string?>("--client-id") { Description = "Your client order id (generated when omitted)." };
        var command = new Command("place", "Place a futures order (order.place).") { symbol, side, type, quantity, price, stopPrice, tif, reduceOnly, clientId }.WithMarket();
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var orderType = new FuturesOrderType(parse.GetValue(type)!.ToUpperInvariant());
            string? timeInForce = parse.GetValue(tif);
            var request = new FuturesOrderRequest(parse.GetValue(symbol)!, new OrderSide(parse.GetValue(side)!.ToUpperInvariant()), orderType)
            {
                Quantity = parse.GetValue(quantity),
                Price = parse.GetValue(price),
                StopPrice = parse.GetValue(stopPrice),
                TimeInForce = timeInForce is not null ? new TimeInForce(timeInForce.ToUpperInvariant()) : orderType == FuturesOrderType.Limit ? TimeInForce.Gtc : null,
                ReduceOnly = parse.GetValue(reduceOnly) ? true : null,
                NewClientOrderId = parse.GetValue(clientId),
                NewOrderRespType = OrderResponseType.Result,
            };
            var response = await c.Client.SubmitNewFuturesOrderAsync(MarketOf(parse), request, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, o => WriteOrder(c.Output, o));
        }));
        return command;
    }

    private static Command Modify()
    {
        var symbol = new Argument<string>("symbol") { Description = "Symbol." };
        var side = new Argument<string>("side") { Description = "BUY or SELL (as placed)." }.OneOf(CliValues.Sides);
        var id = new Option<long?>("--id") { Description = "Order id." };
        var clientId = new Option<string?>("--client-id") { Description = "Client order id." };
        var quantity = CliValues.Decimal("--qty", "New quantity.");
        var price = CliValues.Decimal("--price", "New price.");
        quantity.Required = true;
        price.Required = true;
        var command = new Command("modify", "Modify a LIMIT order's price and quantity, keeping its id (order.modify).") { symbol, side, id, clientId, quantity, price }.WithMarket();
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var request = new FuturesModifyOrderRequest(parse.GetValue(symbol)!, new OrderSide(parse.GetValue(side)!.ToUpperInvariant()), parse.GetValue(quantity)!.Value)
            {
                OrderId = parse.GetValue(id),
                OrigClientOrderId = parse.GetValue(clientId),
                Price = parse.GetValue(price),
            };
            var response = await c.Client.ModifyFuturesOrderAsync(MarketOf(parse), request, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, o => WriteOrder(c.Output, o));
        }));
        return command;
    }

    private static Command Cancel()
    {
        var symbol = new Argument<string>("symbol") { Description = "Symbol." };
        var id = new Option<long?>("--id") { Description = "Order id." };
        var clientId = new Option<string?>("--client-id") { Description = "Client order id." };
        var command = new Command("cancel", "Cancel a futures order (order.cancel).") { symbol, id, clientId }.WithMarket();
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var request = new FuturesCancelOrderRequest(parse.GetValue(symbol)!) { OrderId = parse.GetValue(id), OrigClientOrderId = parse.GetValue(clientId) };
            var response = await c.Client.CancelFuturesOrderAsync(MarketOf(parse), request, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, o => WriteOrder(c.Output, o));
        }));
        return command;
    }

    private static Command Status()
    {
        var symbol = new Argument<string>("symbol") { Description = "Symbol." };
        var id = new Option<long?>("--id") { Description = "Order id." };
        var clientId = new Option<string?>("--client-id") { Description = "Client order id." };
        var command = new Command("status", "Query a futures order (order.status).") { symbol, id, clientId }.WithMarket();
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var request = new FuturesOrderStatusRequest(parse.GetValue(symbol)!) { OrderId = parse.GetValue(id), OrigClientOrderId = parse.GetValue(clientId) };
            var response = await c.Client.GetFuturesOrderStatusAsync(MarketOf(parse), request, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, o => WriteOrder(c.Output, o));
        }));
        return command;
    }

    private static Command Positions()
    {
        var all = new Option<bool>("--all") { Description = "Include flat positions." };
        var command = new Command("positions", "Positions (account.position).") { all }.WithMarket();
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var response = await c.Client.GetFuturesPositionAsync(MarketOf(parse), cancellationToken: c.CancellationToken);
            bool showAll = parse.GetValue(all);
            await c.PrintAsync(response, positions => TableWriter.Write(c.Output,
                ["symbol", "side", "amount", "entry", "mark", "unrealized PnL", "leverage"],
                positions.Where(p => showAll || p.PositionAmt != 0).Select(p => (IReadOnlyList<string>)
                [
                    p.Symbol, p.PositionSide.Value, Format.Decimal(p.PositionAmt), Format.Decimal(p.EntryPrice), Format.Decimal(p.MarkPrice),
                    Format.Decimal(p.UnrealizedProfit), p.Leverage.ToString(CultureInfo.InvariantCulture),
                ])));
        }));
        return command;
    }

    private static Command Balance()
    {
        var command = new Command("balance", "Balances (account.balance).").WithMarket();
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var response = await c.Client.GetFuturesAccountBalanceAsync(MarketOf(parse), cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, balances => TableWriter.Write(c.Output, ["asset", "balance"],
                balances.Select(b => (IReadOnlyList<string>)[b.Asset, Format.Decimal(b.Balance)])));
        }));
        return command;
    }

    private static void WriteOrder(TextWriter output, FuturesOrder o) =>
        output.WriteLine($"  order {o.OrderId} ({o.ClientOrderId}) {o.Symbol} {o.Side.Value} {o.Type.Value}: {o.Status.Value}, "
            + $"price {Format.Decimal(o.Price)}, executed {Format.Decimal(o.ExecutedQty)}/{Format.Decimal(o.OrigQty)}, avg {Format.Decimal(o.AvgPrice)}");
}
