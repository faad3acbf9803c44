namespace Binance.WsApi.Models;

/// <summary>The result of <c>account.status</c>: commissions, permissions and balances.</summary>
public sealed record SpotAccountInformation
{
    /// <summary>Maker commission in basis points (legacy; see <see cref="CommissionRates"/>).</summary>
    public int MakerCommission { get; init; }

    /// <summary>Taker commission in basis points (legacy).</summary>
    public int TakerCommission { get; init; }

    /// <summary>Buyer commission in basis points (legacy).</summary>
    public int BuyerCommission { get; init; }

    /// <summary>Seller commission in basis points (legacy).</summary>
    public int SellerCommission { get; init; }

    /// <summary>Whether the account may trade.</summary>
    public bool CanTrade { get; init; }

    /// <summary>Whether the account may withdraw.</summary>
    public bool CanWithdraw { get; init; }

    /// <summary>Whether the account may deposit.</summary>
    public bool CanDeposit { get; init; }

    /// <summary>The commission rates as fractions (0.001 = 0.1 %).</summary>
    public SpotAccountCommissionRates CommissionRates { get; init; } = new();

    /// <summary>Whether the account is a broker sub-account.</summary>
    public bool Brokered { get; init; }

    /// <summary>Whether orders must set a self-trade prevention mode.</summary>
    public bool RequireSelfTradePrevention { get; init; }

    /// <summary>Whether smart order routing is disabled for the account.</summary>
    public bool PreventSor { get; init; }

    /// <summary>When the account last changed (ms since the epoch).</summary>
    public long UpdateTime { get; init; }

    /// <summary>The account type, for example <c>SPOT</c>.</summary>
    public string AccountType { get; init; } = string.Empty;

    /// <summary>The balances, one per asset (without the zero ones when <c>omitZeroBalances</c> was set).</summary>
    public IReadOnlyList<SpotAccountBalance> Balances { get; init; } = [];

    /// <summary>The account's permissions, for example <c>SPOT</c>.</summary>
    public IReadOnlyList<string> Permissions { get; init; } = [];

    /// <summary>The user id.</summary>
    public long Uid { get; init; }

    /// <summary>The balance of an asset, or null when the account lists none for it.</summary>
    public SpotAccountBalance? GetBalance(string asset)
    {
        foreach (SpotAccountBalance b in Balances)
        {
            if (string.Equals(b.Asset, asset, StringComparison.Ordinal))
            {
                return b;
            }
        }

        return null;
    }
}
