using System.Text.Json;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Hosting.Admin;

/// <summary>Admin actions on accounts: set a balance, create an account with keys. Never writes a secret.</summary>
internal static class AccountAdmin
{
    /// <summary>Sets the free balance (spot) or the wallet balance (usdm, coinm) of an asset of the key's account.</summary>
    public static void SetBalance(JsonElement body, EmulatorServices services, Utf8JsonWriter w)
    {
        string apiKey = AdminBody.RequiredString(body, "apiKey");
        Account account = services.Accounts.Find(apiKey)?.Account ?? throw new ArgumentException("Unknown 'apiKey'.");
        string asset = AdminBody.RequiredString(body, "asset");
        if (!asset.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException("'asset' must be letters and digits, e.g. USDT.");
        }

        decimal amount = AdminBody.RequiredDecimal(body, "amount");
        if (amount < 0m)
        {
            throw new ArgumentException("'amount' must not be negative.");
        }

        AdminMarket market = AdminMarkets.Read(body, AdminMarket.Spot);
        w.WriteStartObject();
        w.WriteString("market", AdminMarkets.Name(market));
        w.WriteString("asset", asset);
        if (market == AdminMarket.Spot)
        {
            services.Exchange.SetFreeBalance(account, asset, amount);
            var (free, locked) = account.Get(asset);
            w.WriteString("free", DecimalText.F8(free));
            w.WriteString("locked", DecimalText.F8(locked));
        }
        else
        {
            var exchange = market == AdminMarket.UsdM ? services.UsdM : services.CoinM;
            exchange.SetWallet(account, asset, amount);
            w.WriteString("walletBalance", DecimalText.Plain(exchange.GetWallet(account, asset)));
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// Creates an account from an object of the accounts file's format (name, balances, keys, commission) and
    /// registers it with the exchanges; answers the name, uid and the key ids with their types.
    /// </summary>
    public static void CreateAccount(JsonElement body, EmulatorServices services, Utf8JsonWriter w)
    {
        long nowMs = services.Time.GetUtcNow().ToUnixTimeMilliseconds();
        Account account;
        IReadOnlyList<ApiKeyRecord> keys;
        try
        {
            (account, keys) = AccountsLoader.ParseAccount(body, "body", nowMs, services.Accounts.NextUid());
            services.Accounts.Add(account, keys);
        }
        catch (InvalidDataException e)
        {
            // The loader's messages name the JSON path and never the secret.
            throw new ArgumentException(e.Message, e);
        }

        services.Exchange.AddAccount(account);
        w.WriteStartObject();
        w.WriteString("name", account.Name);
        w.WriteNumber("uid", account.Uid);
        WriteKeys(w, keys);
        w.WriteEndObject();
    }

    public static void WriteKeys(Utf8JsonWriter w, IEnumerable<ApiKeyRecord> keys)
    {
        w.WriteStartArray("apiKeys");
        foreach (ApiKeyRecord key in keys)
        {
            w.WriteStartObject();
            w.WriteString("apiKey", key.ApiKey);
            w.WriteString("type", key.KeyType.ToString().ToUpperInvariant());
            w.WriteBoolean("revoked", key.IsRevoked);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
