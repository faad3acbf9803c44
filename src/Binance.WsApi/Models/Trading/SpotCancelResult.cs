using System.Text.Json;
using System.Text.Json.Serialization;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Models;

/// <summary>
/// What cancelling returns: the report of a single order, or, when the order was a leg of an order list (which is
/// then cancelled whole), the list's report. Exactly one of <see cref="Order"/> and <see cref="OrderList"/> is set.
/// <c>openOrders.cancelAll</c> returns one of these per order or list it cancelled.
/// </summary>
[JsonConverter(typeof(SpotCancelResultJsonConverter))]
public sealed record SpotCancelResult
{
    /// <summary>Wraps a single order's cancellation report.</summary>
    public SpotCancelResult(SpotCanceledOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        Order = order;
    }

    /// <summary>Wraps an order list's cancellation report.</summary>
    public SpotCancelResult(SpotCanceledOrderList orderList)
    {
        ArgumentNullException.ThrowIfNull(orderList);
        OrderList = orderList;
    }

    /// <summary>The cancelled order, when a single order was cancelled.</summary>
    public SpotCanceledOrder? Order { get; }

    /// <summary>The cancelled order list, when the order was a leg of one (or a list was cancelled).</summary>
    public SpotCanceledOrderList? OrderList { get; }

    /// <summary>True when this is an order list's report.</summary>
    public bool IsOrderList => OrderList is not null;
}

/// <summary>Reads a <see cref="SpotCancelResult"/>: a report with <c>contingencyType</c> or <c>orderReports</c> is a list's.</summary>
internal sealed class SpotCancelResultJsonConverter : JsonConverter<SpotCancelResult>
{
    public override SpotCancelResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A cancel report must be an object.");
        }

        // Look ahead on a copy of the reader (a struct), then read the object once with the right metadata.
        Utf8JsonReader scan = reader;
        bool isList = false;
        while (scan.Read() && scan.TokenType == JsonTokenType.PropertyName)
        {
            if (scan.ValueTextEquals("contingencyType"u8) || scan.ValueTextEquals("orderReports"u8) || scan.ValueTextEquals("listClientOrderId"u8))
            {
                isList = true;
                break;
            }

            scan.Read();
            scan.Skip();
        }

        return isList
            ? new SpotCancelResult(JsonSerializer.Deserialize(ref reader, SpotTradingJsonContext.Default.SpotCanceledOrderList)!)
            : new SpotCancelResult(JsonSerializer.Deserialize(ref reader, SpotTradingJsonContext.Default.SpotCanceledOrder)!);
    }

    public override void Write(Utf8JsonWriter writer, SpotCancelResult value, JsonSerializerOptions options)
    {
        if (value.OrderList is { } list)
        {
            JsonSerializer.Serialize(writer, list, SpotTradingJsonContext.Default.SpotCanceledOrderList);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Order!, SpotTradingJsonContext.Default.SpotCanceledOrder);
        }
    }
}
