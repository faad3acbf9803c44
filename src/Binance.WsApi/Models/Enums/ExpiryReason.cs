using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>Why an order expired. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<ExpiryReason>))]
public readonly record struct ExpiryReason : IStringEnum<ExpiryReason>
{
    /// <summary>Wraps a wire value.</summary>
    public ExpiryReason(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>NONE</c>.</summary>
    public static ExpiryReason None { get; } = new("NONE");

    /// <summary><c>REJECTED</c>.</summary>
    public static ExpiryReason Rejected { get; } = new("REJECTED");

    /// <summary><c>EXCHANGE_CANCELED</c>.</summary>
    public static ExpiryReason ExchangeCanceled { get; } = new("EXCHANGE_CANCELED");

    /// <summary><c>OCO_TRIGGER</c>.</summary>
    public static ExpiryReason OcoTrigger { get; } = new("OCO_TRIGGER");

    /// <summary><c>OTO_PHASE_ONE_EXPIRED</c>.</summary>
    public static ExpiryReason OtoPhaseOneExpired { get; } = new("OTO_PHASE_ONE_EXPIRED");

    /// <summary><c>UNFILLED_IOC_QUANTITY_EXPIRED</c>.</summary>
    public static ExpiryReason UnfilledIocQuantityExpired { get; } = new("UNFILLED_IOC_QUANTITY_EXPIRED");

    /// <summary><c>UNFILLED_FOK_ORDER_EXPIRED</c>.</summary>
    public static ExpiryReason UnfilledFokOrderExpired { get; } = new("UNFILLED_FOK_ORDER_EXPIRED");

    /// <summary><c>INSUFFICIENT_LIQUIDITY</c>.</summary>
    public static ExpiryReason InsufficientLiquidity { get; } = new("INSUFFICIENT_LIQUIDITY");

    /// <summary><c>EXECUTION_RULE_PRICE_RANGE_EXCEEDED</c>.</summary>
    public static ExpiryReason ExecutionRulePriceRangeExceeded { get; } = new("EXECUTION_RULE_PRICE_RANGE_EXCEEDED");

    /// <inheritdoc />
    public static ExpiryReason Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
