namespace Binance.WsApi.Emulator.Matching;

/// <summary>How the market maker quotes one symbol: <see cref="Levels"/> bids and asks, <see cref="Spacing"/> apart around the reference price.</summary>
internal sealed record MakerBook(decimal ReferencePrice, int Levels, decimal Spacing, decimal Quantity);
