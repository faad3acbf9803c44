using System.CommandLine;
using Binance.WsApi.Cli.Output;

namespace Binance.WsApi.Cli.Commands;

/// <summary>Public market data: <c>depth</c>, <c>ticker</c>, <c>klines</c>.</summary>
internal static class MarketCommands
{
    public static Command Depth()
    {
        var symbol = new Argument<string>("symbol") { Description = "Symbol, for example BTCUSDT." };
        var limit = new Option<int>("--limit") { Description = "Levels per side.", DefaultValueFactory = _ => 10 };
        var command = new Command("depth", "Order book snapshot (depth).") { symbol, limit }.WithTarget();
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var response = await c.Client.GetSpotOrderBookAsync(new SpotOrderBookRequest(parse.GetValue(symbol)!) { Limit = parse.GetValue(limit) }, cancellationToken: c.CancellationToken);
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
                c.Output.WriteLine($"  lastUpdateId {book.LastUpdateId}");
            });
        }));
        return command;
    }

    public static Command Ticker()
    {
        var symbols = new Argument<string[]>("symbols") { Description = "Symbols (all when none).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("ticker", "24-hour statistics (ticker.24hr).") { symbols }.WithTarget();
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            string[] given = parse.GetValue(symbols) ?? [];
            SpotTicker24hrRequest request = given.Length switch
            {
                0 => new SpotTicker24hrRequest(),
                1 => new SpotTicker24hrRequest { Symbol = given[0] },
                _ => new SpotTicker24hrRequest { Symbols = given },
            };
            var response = await c.Client.GetSpot24hrTickerAsync(request, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, tickers => TableWriter.Write(c.Output,
                ["symbol", "last", "change %", "high", "low", "volume", "trades"],
                tickers.Select(t => (IReadOnlyList<string>)
                [
                    t.Symbol, Format.Decimal(t.LastPrice), Format.Decimal(t.PriceChangePercent), Format.Decimal(t.HighPrice),
                    Format.Decimal(t.LowPrice), Format.Decimal(t.Volume), t.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ])));
        }));
        return command;
    }

    public static Command Klines()
    {
        var symbol = new Argument<string>("symbol") { Description = "Symbol, for example BTCUSDT." };
        var interval = new Option<string>("--interval") { Description = "Interval: 1s 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w 1M.", DefaultValueFactory = _ => "1m" };
        var limit = new Option<int>("--limit") { Description = "Number of klines.", DefaultValueFactory = _ => 20 };
        var command = new Command("klines", "Candlesticks (klines).") { symbol, interval, limit }.WithTarget();
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var request = new SpotKlinesRequest(parse.GetValue(symbol)!, new KlineInterval(parse.GetValue(interval)!)) { Limit = parse.GetValue(limit) };
            var response = await c.Client.GetSpotKlinesAsync(request, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, klines => TableWriter.Write(c.Output,
                ["open time (UTC)", "open", "high", "low", "close", "volume", "trades"],
                klines.Select(k => (IReadOnlyList<string>)
                [
                    Format.Time(k.OpenTime), Format.Decimal(k.Open), Format.Decimal(k.High), Format.Decimal(k.Low),
                    Format.Decimal(k.Close), Format.Decimal(k.Volume), k.TradeCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ])));
        }));
        return command;
    }
}
