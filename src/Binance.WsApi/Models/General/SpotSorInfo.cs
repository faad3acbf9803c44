namespace Binance.WsApi.Models;

/// <summary>A smart order routing group of <c>exchangeInfo</c>: symbols sharing a base asset.</summary>
public sealed record SpotSorInfo
{
    /// <summary>The shared base asset.</summary>
    public string BaseAsset { get; init; } = string.Empty;

    /// <summary>The symbols SOR may route across.</summary>
    public IReadOnlyList<string> Symbols { get; init; } = [];
}
