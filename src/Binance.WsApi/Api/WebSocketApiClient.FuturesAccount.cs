using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

// FUTURES — Account (the reference's getFuturesPosition(market, …), getFuturesPositionV2, getFuturesAccountBalance(market,
// …), getFuturesAccountBalanceV2, getFuturesAccountStatus(market, …), getFuturesAccountStatusV2). All SIGNED. The v2
// methods exist on USD-M only and use the "v2/" wire names.
public partial class WebSocketApiClient
{
    /// <summary>
    /// Gets position information (<c>account.position</c>; weight 5, 10 on USD-M since 2024-09). Binance deprecates the
    /// USD-M v1 in favour of <see cref="GetFuturesPositionV2Async"/>.
    /// </summary>
    /// <param name="market">USD-M (filter by symbol) or COIN-M (filter by margin asset or pair).</param>
    /// <param name="request">Filters; every position when null.</param>
    /// <param name="endpoint">An endpoint of <paramref name="market"/>; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<FuturesPosition>>> GetFuturesPositionAsync(FuturesMarket market, FuturesPositionRequest? request = null,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        FuturesChecks.ValidMarket(market);
        WsApiParameters parameters = (request ?? new FuturesPositionRequest()).ToParameters(market);
        return SendCoreAsync(market.ToMarket(), endpoint, "account.position", parameters.Count == 0 ? null : parameters, RequestAuth.Signed,
            FuturesJsonContext.Default.IReadOnlyListFuturesPosition, null, cancellationToken);
    }

    /// <summary>
    /// Gets USD-M position information, v2 (<c>v2/account.position</c>; weight 5): only symbols with a position or open
    /// orders. USD-M only.
    /// </summary>
    /// <param name="request">An optional symbol filter (<see cref="FuturesPositionRequest.Symbol"/>).</param>
    /// <param name="endpoint">A USD-M endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<FuturesPositionV2>>> GetFuturesPositionV2Async(FuturesPositionRequest? request = null,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        WsApiParameters parameters = (request ?? new FuturesPositionRequest()).ToParameters(FuturesMarket.UsdM);
        return SendCoreAsync(WsApiMarket.UsdM, endpoint, "v2/account.position", parameters.Count == 0 ? null : parameters, RequestAuth.Signed,
            FuturesJsonContext.Default.IReadOnlyListFuturesPositionV2, null, cancellationToken);
    }

    /// <summary>Gets the futures balances (<c>account.balance</c>; weight 5, 10 on USD-M since 2024-09).</summary>
    /// <param name="market">USD-M or COIN-M.</param>
    /// <param name="request">An optional receive window.</param>
    /// <param name="endpoint">An endpoint of <paramref name="market"/>; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<FuturesBalance>>> GetFuturesAccountBalanceAsync(FuturesMarket market, FuturesAccountRequest? request = null,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        FuturesChecks.ValidMarket(market);
        return SendCoreAsync(market.ToMarket(), endpoint, "account.balance", request?.ToParameters(), RequestAuth.Signed,
            FuturesJsonContext.Default.IReadOnlyListFuturesBalance, null, cancellationToken);
    }

    /// <summary>Gets the USD-M balances, v2 (<c>v2/account.balance</c>; weight 5). USD-M only.</summary>
    /// <param name="request">An optional receive window.</param>
    /// <param name="endpoint">A USD-M endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<FuturesBalance>>> GetFuturesAccountBalanceV2Async(FuturesAccountRequest? request = null,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default) =>
        SendCoreAsync(WsApiMarket.UsdM, endpoint, "v2/account.balance", request?.ToParameters(), RequestAuth.Signed,
            FuturesJsonContext.Default.IReadOnlyListFuturesBalance, null, cancellationToken);

    /// <summary>
    /// Gets the futures account: totals, assets and positions (<c>account.status</c>; weight 5, 10 on USD-M since
    /// 2024-09). The USD-M shape depends on single- or multi-assets mode (see <see cref="FuturesAccountStatus"/>).
    /// </summary>
    /// <param name="market">USD-M or COIN-M.</param>
    /// <param name="request">An optional receive window.</param>
    /// <param name="endpoint">An endpoint of <paramref name="market"/>; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<FuturesAccountStatus>> GetFuturesAccountStatusAsync(FuturesMarket market, FuturesAccountRequest? request = null,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        FuturesChecks.ValidMarket(market);
        return SendCoreAsync(market.ToMarket(), endpoint, "account.status", request?.ToParameters(), RequestAuth.Signed,
            FuturesJsonContext.Default.FuturesAccountStatus, null, cancellationToken);
    }

    /// <summary>
    /// Gets the USD-M account, v2 (<c>v2/account.status</c>; weight 5): totals, assets, and only the positions that are
    /// open or have open orders. USD-M only.
    /// </summary>
    /// <param name="request">An optional receive window.</param>
    /// <param name="endpoint">A USD-M endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<FuturesAccountStatus>> GetFuturesAccountStatusV2Async(FuturesAccountRequest? request = null,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default) =>
        SendCoreAsync(WsApiMarket.UsdM, endpoint, "v2/account.status", request?.ToParameters(), RequestAuth.Signed,
            FuturesJsonContext.Default.FuturesAccountStatus, null, cancellationToken);
}
