using System.CommandLine;
using System.Globalization;

namespace Binance.WsApi.Cli.Commands;

/// <summary><c>order list oco|oto</c>: place an OCO (one cancels the other) or OTO (one triggers the other) list.</summary>
internal static class OrderListCommands
{
    public static Command List()
    {
        var list = new Command("list", "Place order lists: OCO and OTO (orderList.place.oco, orderList.place.oto).");
        list.Subcommands.Add(Oco());
        list.Subcommands.Add(Oto());
        return list;
    }

    private static Command Oco()
    {
        var symbol = new Argument<string>("symbol") { Description = "Symbol, for example BTCUSDT." };
        var side = new Argument<string>("side") { Description = "BUY or SELL (both legs)." }.OneOf(CliValues.Sides);
        var quantity = CliValues.Decimal("--qty", "Quantity of each leg.");
        quantity.Required = true;
        var leg = new[] { new LegOptions("above", "LIMIT_MAKER"), new LegOptions("below", "STOP_LOSS") };
        var listClientId = new Option<string?>("--list-client-id") { Description = "Your list client order id (generated when omitted)." };
        var command = new Command("oco", "Place an OCO: an above leg and a below leg; when one executes the other is cancelled.") { symbol, side, quantity, listClientId };
        foreach (LegOptions l in leg)
        {
            l.AddTo(command);
        }

        command.WithTarget(signed: true);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var request = new SpotOcoOrderListRequest(parse.GetValue(symbol)!, new OrderSide(parse.GetValue(side)!.ToUpperInvariant()),
                parse.GetValue(quantity)!.Value, leg[0].Build(parse), leg[1].Build(parse)) { ListClientOrderId = parse.GetValue(listClientId) };
            var response = await c.Client.PlaceSpotOcoOrderListAsync(request, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, r => Write(c.Output, r));
        }));
        return command;
    }

    private static Command Oto()
    {
        var symbol = new Argument<string>("symbol") { Description = "Symbol, for example BTCUSDT." };
        var workingType = new Option<string?>("--working-type") { Description = "LIMIT or LIMIT_MAKER.", DefaultValueFactory = _ => "LIMIT" }.OneOf("LIMIT", "LIMIT_MAKER");
        var workingSide = new Option<string?>("--working-side") { Description = "BUY or SELL.", Required = true }.OneOf(CliValues.Sides);
        var workingPrice = CliValues.Decimal("--working-price", "Price of the working order.");
        var workingQty = CliValues.Decimal("--working-qty", "Quantity of the working order.");
        var pendingType = new Option<string?>("--pending-type") { Description = "Type of the order placed once the working one fills.", Required = true }.OneOf(CliValues.SpotTypes);
        var pendingSide = new Option<string?>("--pending-side") { Description = "BUY or SELL.", Required = true }.OneOf(CliValues.Sides);
        var pendingPrice = CliValues.Decimal("--pending-price", "Price of the pending order.");
        var pendingStop = CliValues.Decimal("--pending-stop-price", "Trigger price of a pending stop order.");
        var pendingQty = CliValues.Decimal("--pending-qty", "Quantity of the pending order.");
        var listClientId = new Option<string?>("--list-client-id") { Description = "Your list client order id (generated when omitted)." };
        workingPrice.Required = workingQty.Required = pendingQty.Required = true;
        var command = new Command("oto", "Place an OTO: a working order that, once filled, places the pending order.")
        {
            symbol, workingType, workingSide, workingPrice, workingQty, pendingType, pendingSide, pendingPrice, pendingStop, pendingQty, listClientId,
        };
        command.WithTarget(signed: true);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            var working = new SpotWorkingOrder(new OrderType(parse.GetValue(workingType)!.ToUpperInvariant()), new OrderSide(parse.GetValue(workingSide)!.ToUpperInvariant()),
                parse.GetValue(workingPrice)!.Value, parse.GetValue(workingQty)!.Value)
            {
                TimeInForce = parse.GetValue(workingType)!.Equals("LIMIT", StringComparison.OrdinalIgnoreCase) ? TimeInForce.Gtc : null,
            };
            var pendingOrderType = new OrderType(parse.GetValue(pendingType)!.ToUpperInvariant());
            var pending = new SpotPendingOrder(pendingOrderType, new OrderSide(parse.GetValue(pendingSide)!.ToUpperInvariant()))
            {
                Quantity = parse.GetValue(pendingQty),
                Price = parse.GetValue(pendingPrice),
                StopPrice = parse.GetValue(pendingStop),
                TimeInForce = LegOptions.NeedsTimeInForce(pendingOrderType) ? TimeInForce.Gtc : null,
            };
            var request = new SpotOtoOrderListRequest(parse.GetValue(symbol)!, working, pending) { ListClientOrderId = parse.GetValue(listClientId) };
            var response = await c.Client.PlaceSpotOtoOrderListAsync(request, cancellationToken: c.CancellationToken);
            await c.PrintAsync(response, r => Write(c.Output, r));
        }));
        return command;
    }

    private static void Write(TextWriter output, SpotOrderListResult r)
    {
        output.WriteLine($"  order list {r.OrderListId} ({r.ListClientOrderId}) {r.Symbol} {r.ContingencyType.Value}: {r.ListOrderStatus.Value}");
        foreach (SpotOrderResult o in r.OrderReports)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    order {o.OrderId} ({o.ClientOrderId}) {o.Side} {o.Type}: {o.Status}, price {Output.Format.Decimal(o.Price)}, stop {Output.Format.Decimal(o.StopPrice)}, qty {Output.Format.Decimal(o.OrigQty)}"));
        }
    }

    /// <summary>The options of one OCO leg: --above-type, --above-price, --above-stop-price, --above-tif (and below).</summary>
    private sealed class LegOptions(string name, string defaultType)
    {
        private readonly Option<string?> _type = new Option<string?>($"--{name}-type") { Description = $"Type of the {name} leg.", DefaultValueFactory = _ => defaultType }
            .OneOf("LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT");
        private readonly Option<decimal?> _price = CliValues.Decimal($"--{name}-price", $"Limit price of the {name} leg.");
        private readonly Option<decimal?> _stop = CliValues.Decimal($"--{name}-stop-price", $"Trigger price of the {name} leg.");
        private readonly Option<string?> _tif = new Option<string?>($"--{name}-tif") { Description = $"Time in force of a {name} stop-limit leg (default GTC)." }.OneOf(CliValues.SpotTimeInForce);

        public static bool NeedsTimeInForce(OrderType type) => type == OrderType.Limit || type == OrderType.StopLossLimit || type == OrderType.TakeProfitLimit;

        public void AddTo(Command command)
        {
            command.Options.Add(_type);
            command.Options.Add(_price);
            command.Options.Add(_stop);
            command.Options.Add(_tif);
        }

        public SpotOcoLeg Build(ParseResult parse)
        {
            var type = new OrderType(parse.GetValue(_type)!.ToUpperInvariant());
            string? tif = parse.GetValue(_tif);
            return new SpotOcoLeg(type)
            {
                Price = parse.GetValue(_price),
                StopPrice = parse.GetValue(_stop),
                TimeInForce = tif is not null ? new TimeInForce(tif.ToUpperInvariant()) : NeedsTimeInForce(type) ? TimeInForce.Gtc : null,
            };
        }
    }
}
