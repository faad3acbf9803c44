using Binance.WsApi.Emulator.Handlers;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Tests.Parameters;

/// <summary>
/// Strict mode's -1104 lists of the order-list methods are the legs their handlers parse (SpotOrderListParameters):
/// each leg's prefixed spot order parameters, client id, side and quantity, plus the list's own names.
/// </summary>
public sealed class DeclaredParameterTests
{
    private static readonly string[] Auth = ["apiKey", "signature", "timestamp", "recvWindow"];

    [Theory]
    [InlineData("orderList.place.oco", "aboveType,aboveStopPrice,abovePegOffsetValue,aboveClientOrderId,belowTimeInForce,side,quantity")]
    [InlineData("orderList.place.oto", "workingType,workingSide,workingQuantity,workingClientOrderId,pendingType,pendingTrailingDelta,pendingSide,pendingQuantity")]
    [InlineData("orderList.place.otoco", "workingIcebergQty,pendingAboveType,pendingBelowStopPrice,pendingAboveClientOrderId,pendingSide,pendingQuantity")]
    [InlineData("orderList.place.opo", "workingPrice,pendingPrice,pendingSide,pendingQuantity")]
    [InlineData("orderList.place.opoco", "pendingAboveStrategyType,pendingBelowClientOrderId,pendingSide")]
    [InlineData("orderList.place", "limitClientOrderId,stopClientOrderId,price,stopPrice,stopLimitPrice,stopLimitTimeInForce,trailingDelta")]
    public void A_list_method_takes_its_declared_legs_and_the_list_names(string method, string someLegNames)
    {
        IReadOnlySet<string> accepted = MethodParameters.For(MarketKind.Spot, method)!;
        string[] expected = [.. SpotOrderListParameters.Common, .. Auth, .. someLegNames.Split(',')];

        string[] missing = [.. expected.Where(name => !accepted.Contains(name))];
        Assert.True(missing.Length == 0, string.Join(", ", missing));
        Assert.False(accepted.Contains("newClientOrderId"));
        Assert.False(accepted.Contains("pendingQuoteOrderQty"));
    }

    [Fact]
    public void Every_leg_carries_each_spot_leg_parameter()
    {
        Assert.Equal(11, SpotOrderParameters.LegNames.Length);
        foreach (OrderListLeg leg in SpotOrderListParameters.Oco.Concat(SpotOrderListParameters.PendingPair).Append(SpotOrderListParameters.Working))
        {
            Assert.Equal(SpotOrderParameters.LegNames.Length + 3, leg.Names.Count());
        }
    }
}
