namespace Binance.WsApi.Models;

/// <summary>What a <c>referencePrice</c> answer says about the symbol's reference price.</summary>
public enum SpotReferencePriceStatus
{
    /// <summary>A reference price is set: <see cref="SpotReferencePrice.Price"/> holds it.</summary>
    Available,

    /// <summary>No reference price is set right now (the server sent <c>"referencePrice": null</c>).</summary>
    NotSet,

    /// <summary>The symbol has never had a reference price (the server sent error -2043 inside a status-200 result).</summary>
    NeverSet,
}
