namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>account.status</c>.</summary>
public sealed record SpotAccountInformationRequest
{
    /// <summary>When true, only the assets with a non-zero free or locked balance are listed (server default false).</summary>
    public bool? OmitZeroBalances { get; init; }

    internal WsApiParameters ToParameters() => new WsApiParameters(1).Add("omitZeroBalances", OmitZeroBalances);
}
