using System.CommandLine;
using System.Globalization;
using Binance.WsApi.Cli.Output;

namespace Binance.WsApi.Cli.Commands;

/// <summary><c>futures algo twap|vp</c>: worked USD-M orders (algoOrder.place with algoType TWAP or VP).</summary>
internal static class FuturesAlgoCommands
{
    public static Command Algo()
    {
        var algo = new Command("algo", "Worked USD-M algo orders: TWAP over a duration, or VP (volume participation) at an urgency.");
        algo.Subcommands.Add(Twap());
        algo.Subcommands.Add(Vp());
        return algo;
    }

    private static Command Twap()
    {
        var (symbol, side, quantity, limitPrice, clientId) = Common();
        var duration = new Option<int>("--duration") { Description = "Seconds to spread the order over: 300 to 86400.", Required = true };
        duration.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 300 or > 86_400)
            {
                r.AddError($"--duration '{r.GetValueOrDefault<int>()}' is not valid: use 300 to 86400 seconds.");
            }
        });
        var command = new Command("twap", "Place a TWAP order: the quantity is executed evenly over --duration.") { symbol, side, quantity, limitPrice, clientId, duration };
        command.WithTarget(signed: true);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var request = FuturesAlgoOrderRequest.Twap(parse.GetValue(symbol)!, new OrderSide(parse.GetValue(side)!.ToUpperInvariant()), parse.GetValue(quantity)!.Value, parse.GetValue(duration))
                with { LimitPrice = parse.GetValue(limitPrice), ClientAlgoId = parse.GetValue(clientId) };
            var response = await c.Client.SubmitNewFuturesAlgoOrderAsync(request, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, o => Write(c.Output, o));
        }));
        return command;
    }

    private static Command Vp()
    {
        var (symbol, side, quantity, limitPrice, clientId) = Common();
        var urgency = new Option<string?>("--urgency") { Description = "LOW, MEDIUM or HIGH: how much of the market volume to take.", DefaultValueFactory = _ => "LOW" }.OneOf("LOW", "MEDIUM", "HIGH");
        var command = new Command("vp", "Place a VP order: the quantity is executed as a share of the market's volume.") { symbol, side, quantity, limitPrice, clientId, urgency };
        command.WithTarget(signed: true);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var request = FuturesAlgoOrderRequest.Vp(parse.GetValue(symbol)!, new OrderSide(parse.GetValue(side)!.ToUpperInvariant()), parse.GetValue(quantity)!.Value,
                new FuturesAlgoUrgency(parse.GetValue(urgency)!.ToUpperInvariant())) with { LimitPrice = parse.GetValue(limitPrice), ClientAlgoId = parse.GetValue(clientId) };
            var response = await c.Client.SubmitNewFuturesAlgoOrderAsync(request, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, o => Write(c.Output, o));
        }));
        return command;
    }

    private static (Argument<string>, Argument<string>, Option<decimal?>, Option<decimal?>, Option<string?>) Common()
    {
        var quantity = CliValues.Decimal("--qty", "Total quantity (base asset).");
        quantity.Required = true;
        return (new Argument<string>("symbol") { Description = "USD-M symbol, for example BTCUSDT." },
            new Argument<string>("side") { Description = "BUY or SELL." }.OneOf(CliValues.Sides),
            quantity,
            CliValues.Decimal("--limit-price", "Child orders are LIMIT IOC at this price instead of MARKET."),
            new Option<string?>("--client-id") { Description = "Your client algo id (generated when omitted)." });
    }

    private static void Write(TextWriter output, FuturesAlgoOrder o) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  algo order {o.AlgoId} ({o.ClientAlgoId}) {o.Symbol} {o.Side.Value} {o.AlgoType.Value}: {o.AlgoStatus.Value}, qty {Format.Decimal(o.Quantity)}, executed {Format.Decimal(o.ExecutedQty)}")
            + (o.DurationSeconds is { } d ? string.Create(CultureInfo.InvariantCulture, $", over {d} s") : string.Empty)
            + (o.Urgency is { } u ? $", urgency {u.Value}" : string.Empty));
}
