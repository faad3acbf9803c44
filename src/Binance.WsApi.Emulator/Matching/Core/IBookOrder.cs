namespace Binance.WsApi.Emulator.Matching.Core;

/// <summary>What the shared book needs of an order of either market: its side, its price, and where it rests.</summary>
internal interface IBookOrder<TOrder>
    where TOrder : class, IBookOrder<TOrder>
{
    Side Side { get; }

    decimal Price { get; }

    /// <summary>The order's place in its price level while it rests; null otherwise (snapshots too).</summary>
    LinkedListNode<TOrder>? BookNode { get; set; }
}
