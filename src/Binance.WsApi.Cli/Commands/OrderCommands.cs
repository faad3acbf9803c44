using System.CommandLine;
using System.Globalization;
using Binance.WsApi.Cli.Output;

namespace Binance.WsApi.Cli.Commands;

/// <summary><c>order place|test|status|cancel|cancel-replace</c> and <c>open-orders</c>.</summary>
internal static class OrderCommands
{
    /// <summary>The options that describe a new order, shared by place, test and cancel-replace.</summary>
    private sealed class NewOrderOptions
    {
        public readonly Argument<string> Side = new Argument<string>("side") { Description = "BUY or SELL." }.OneOf(CliValues.Sides);
        public readonly Argument<string> Type = new Argument<string>("type") { Description = "LIMIT, MARKET, LIMIT_MAKER, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT." }.OneOf(CliValues.SpotTypes);
        public readonly Option<decimal?> Quantity = CliValues.Decimal("--qty", "Quantity (base asset).");
        public readonly Option<decimal?> QuoteQuantity = CliValues.Decimal("--quote-qty", "MARKET only: amount of quote asset to spend/receive.");
        public readonly Option<decimal?> Price = CliValues.Decimal("--price", "Limit price.");
        public readonly Option<decimal?> StopPrice = CliValues.Decimal("--stop-price", "Trigger price of stop orders.");
        public readonly Option<string?> TimeInForce = new Option<string?>("--tif") { Description = "GTC, IOC or FOK (defaults to GTC for limit types)." }.OneOf(CliValues.SpotTimeInForce);
        public readonly Option<string?> ClientOrderId = new("--client-id") { Description = "Your client order id (generated when omitted)." };
        public readonly Option<string?> ResponseType = new("--resp") { Description = "ACK, RESULT or FULL." };

        public void AddTo(Command command)
        {
            command.Arguments.Add(Side);
            command.Arguments.Add(Type);
            foreach (Option option in new Option[] { Quantity, QuoteQuantity, Price, StopPrice, TimeInForce, ClientOrderId, ResponseType })
            {
                command.Options.Add(option);
            }
        }

        public SpotOrderRequest Build(ParseResult parse, string symbol)
        {
            var type = new OrderType(parse.GetValue(Type)!.ToUpperInvariant());
            string? tif = parse.GetValue(TimeInForce);
            bool limitType = type == OrderType.Limit || type == OrderType.StopLossLimit || type == OrderType.TakeProfitLimit;
            return new SpotOrderRequest(symbol, new OrderSide(parse.GetValue(Side)!.ToUpperInvariant()), type)
            {
                Quantity = parse.GetValue(Quantity),
                QuoteOrderQty = parse.GetValue(QuoteQuantity),
                Price = parse.GetValue(Price),
                StopPrice = parse.GetValue(StopPrice),
                TimeInForce = tif is not null ? new TimeInForce(tif.ToUpperInvariant()) : limitType ? Models.TimeInForce.Gtc : null,
                NewClientOrderId = parse.GetValue(ClientOrderId),
                NewOrderRespType = parse.GetValue(ResponseType) is { } r ? new OrderResponseType(r.ToUpperInvariant()) : null,
            };
        }
    }

    public static Command Order()
    {
        var order = new Command("order", "Place, test, query, cancel and cancel-replace orders; place OCO and OTO order lists.");
        order.Subcommands.Add(Place());
        order.Subcommands.Add(Test());
        order.Subcommands.Add(Status());
        order.Subcommands.Add(Cancel());
        order.Subcommands.Add(CancelReplace());
        order.Subcommands.Add(OrderListCommands.List());
        return order;
    }

    public static Command OpenOrders()
    {
        var symbol = new Argument<string?>("symbol") { Description = "Symbol (all symbols when omitted).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("open-orders", "Open orders (openOrders.status).") { symbol }.WithTarget(signed: true);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var response = await c.Client.GetSpotOpenOrdersAsync(new SpotOpenOrdersRequest { Symbol = parse.GetValue(symbol) }, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, orders => WriteOrders(c.Output, orders.Select(o => (o.Symbol, o.OrderId, o.ClientOrderId, o.Side, o.Type, o.Price, o.OrigQty, o.ExecutedQty, o.Status))));
        }));
        return command;
    }

    private static Command Place()
    {
        var symbol = new Argument<string>("symbol") { Description = "Symbol, for example BTCUSDT." };
        var order = new NewOrderOptions();
        var command = new Command("place", "Place an order (order.place).") { symbol };
        order.AddTo(command);
        command.WithTarget(signed: true);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var response = await c.Client.SubmitNewSpotOrderAsync(order.Build(parse, parse.GetValue(symbol)!), cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, r => WriteResult(c.Output, r));
        }));
        return command;
    }

    private static Command Test()
    {
        var symbol = new Argument<string>("symbol") { Description = "Symbol, for example BTCUSDT." };
        var commission = new Option<bool>("--commission") { Description = "Also compute the commission rates." };
        var order = new NewOrderOptions();
        var command = new Command("test", "Validate an order without placing it (order.test).") { symbol, commission };
        order.AddTo(command);
        command.WithTarget(signed: true);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var request = new SpotOrderTestRequest(order.Build(parse, parse.GetValue(symbol)!)) { ComputeCommissionRates = parse.GetValue(commission) };
            var response = await c.Client.TestSpotOrderAsync(request, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, r => c.Output.WriteLine(r.StandardCommissionForOrder is { } s
                ? $"  valid; commission maker {Format.Decimal(s.Maker)}, taker {Format.Decimal(s.Taker)}"
                : "  valid"));
        }));
        return command;
    }

    private static Command Status()
    {
        var (symbol, id, clientId) = OrderReference();
        var command = new Command("status", "Query an order (order.status).") { symbol, id, clientId }.WithTarget(signed: true);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var request = new SpotOrderStatusRequest(parse.GetValue(symbol)!) { OrderId = parse.GetValue(id), OrigClientOrderId = parse.GetValue(clientId) };
            var response = await c.Client.GetSpotOrderStatusAsync(request, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, o => WriteOrders(c.Output, [(o.Symbol, o.OrderId, o.ClientOrderId, o.Side, o.Type, o.Price, o.OrigQty, o.ExecutedQty, o.Status)]));
        }));
        return command;
    }

    private static Command Cancel()
    {
        var (symbol, id, clientId) = OrderReference();
        var command = new Command("cancel", "Cancel an order (order.cancel).") { symbol, id, clientId }.WithTarget(signed: true);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var request = new SpotCancelOrderRequest(parse.GetValue(symbol)!) { OrderId = parse.GetValue(id), OrigClientOrderId = parse.GetValue(clientId) };
            var response = await c.Client.CancelSpotOrderAsync(request, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, r => WriteCancel(c.Output, r));
        }));
        return command;
    }

    private static Command CancelReplace()
    {
        var symbol = new Argument<string>("symbol") { Description = "Symbol, for example BTCUSDT." };
        var cancelId = new Option<long?>("--cancel-id") { Description = "Order id to cancel." };
        var cancelClientId = new Option<string?>("--cancel-client-id") { Description = "Client order id to cancel." };
        var mode = new Option<string?>("--mode") { Description = "STOP_ON_FAILURE or ALLOW_FAILURE.", DefaultValueFactory = _ => "STOP_ON_FAILURE" }.OneOf("STOP_ON_FAILURE", "ALLOW_FAILURE");
        var order = new NewOrderOptions();
        var command = new Command("cancel-replace", "Cancel an order and place a new one (order.cancelReplace).") { symbol, cancelId, cancelClientId, mode };
        order.AddTo(command);
        command.WithTarget(signed: true);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var request = new SpotCancelReplaceRequest(new CancelReplaceMode(parse.GetValue(mode)!.ToUpperInvariant()), order.Build(parse, parse.GetValue(symbol)!))
            {
                CancelOrderId = parse.GetValue(cancelId),
                CancelOrigClientOrderId = parse.GetValue(cancelClientId),
            };
            var response = await c.Client.CancelReplaceSpotOrderAsync(request, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, r =>
            {
                c.Output.WriteLine($"  cancel: {r.CancelResult}, new order: {r.NewOrderResult}");
                if (r.CancelResponse is { } cancel)
                {
                    WriteCancel(c.Output, cancel);
                }

                if (r.NewOrderResponse is { } placed)
                {
                    WriteResult(c.Output, placed);
                }
            });
        }));
        return command;
    }

    private static (Argument<string> Symbol, Option<long?> Id, Option<string?> ClientId) OrderReference() =>
        (new Argument<string>("symbol") { Description = "Symbol, for example BTCUSDT." },
         new Option<long?>("--id") { Description = "Order id." },
         new Option<string?>("--client-id") { Description = "Client order id." });

    private static void WriteResult(TextWriter output, SpotOrderResult r)
    {
        output.WriteLine($"  order {r.OrderId} ({r.ClientOrderId}) {r.Symbol}{(r.HasResult ? $" {r.Side} {r.Type}: {r.Status}, executed {Format.Decimal(r.ExecutedQty)}/{Format.Decimal(r.OrigQty)}" : string.Empty)}");
        if (r.Fills.Count > 0)
        {
            TableWriter.Write(output, ["trade id", "price", "qty", "commission"], r.Fills.Select(f => (IReadOnlyList<string>)
                [f.TradeId.ToString(CultureInfo.InvariantCulture), Format.Decimal(f.Price), Format.Decimal(f.Quantity), $"{Format.Decimal(f.Commission)} {f.CommissionAsset}"]));
        }
    }

    private static void WriteCancel(TextWriter output, SpotCancelResult r)
    {
        if (r.Order is { } o)
        {
            output.WriteLine($"  order {o.OrderId} ({o.OrigClientOrderId ?? o.ClientOrderId}) {o.Symbol}: {o.Status}, executed {Format.Decimal(o.ExecutedQty)}/{Format.Decimal(o.OrigQty)}");
        }
        else if (r.OrderList is { } l)
        {
            output.WriteLine($"  order list {l.OrderListId} ({l.ListClientOrderId}): {l.ListOrderStatus}");
        }
    }

    private static void WriteOrders(TextWriter output, IEnumerable<(string Symbol, long Id, string ClientId, OrderSide Side, OrderType Type, decimal Price, decimal Qty, decimal Executed, OrderStatus Status)> orders) =>
        TableWriter.Write(output, ["symbol", "order id", "client id", "side", "type", "price", "qty", "executed", "status"],
            orders.Select(o => (IReadOnlyList<string>)
            [
                o.Symbol, o.Id.ToString(CultureInfo.InvariantCulture), o.ClientId, o.Side.Value, o.Type.Value,
                Format.Decimal(o.Price), Format.Decimal(o.Qty), Format.Decimal(o.Executed), o.Status.Value,
            ]));
}
