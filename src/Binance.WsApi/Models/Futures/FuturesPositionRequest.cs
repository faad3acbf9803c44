namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of futures <c>account.position</c> (and USD-M <c>v2/account.position</c>). USD-M filters by
/// <see cref="Symbol"/>; COIN-M by <see cref="MarginAsset"/> or <see cref="Pair"/>. A filter the market does not take
/// is refused before sending. All null: every position.
/// </summary>
public sealed record FuturesPositionRequest
{
    /// <summary>One symbol. USD-M only.</summary>
    public string? Symbol { get; init; }

    /// <summary>One margin asset, for example <c>BTC</c>. COIN-M only.</summary>
    public string? MarginAsset { get; init; }

    /// <summary>One pair, for example <c>BTCUSD</c>. COIN-M only.</summary>
    public string? Pair { get; init; }

    /// <summary>A receive window for this request instead of the client's, in whole milliseconds.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters(FuturesMarket market)
    {
        if (market == FuturesMarket.UsdM)
        {
            if (MarginAsset is not null || Pair is not null)
            {
                throw new ArgumentException("USD-M positions are filtered by Symbol; MarginAsset and Pair are COIN-M filters.",
                    MarginAsset is not null ? nameof(MarginAsset) : nameof(Pair));
            }

            if (Symbol is not null)
            {
                Validate.Symbol(Symbol, nameof(Symbol));
            }
        }
        else
        {
            if (Symbol is not null)
            {
                throw new ArgumentException("COIN-M positions are filtered by MarginAsset or Pair, not Symbol.", nameof(Symbol));
            }

            if (MarginAsset is not null && string.IsNullOrWhiteSpace(MarginAsset))
            {
                throw new ArgumentException("MarginAsset cannot be empty.", nameof(MarginAsset));
            }

            if (Pair is not null && string.IsNullOrWhiteSpace(Pair))
            {
                throw new ArgumentException("Pair cannot be empty.", nameof(Pair));
            }
        }

        return new WsApiParameters(3)
            .Add("symbol", Symbol)
            .Add("marginAsset", MarginAsset)
            .Add("pair", Pair)
            .Add("recvWindow", FuturesChecks.RecvWindowMs(RecvWindow));
    }
}
