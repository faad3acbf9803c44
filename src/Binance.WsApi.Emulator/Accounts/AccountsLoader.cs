using System.Globalization;
using System.Text.Json;
using Binance.WsApi.Emulator.Auth;

namespace Binance.WsApi.Emulator.Accounts;

/// <summary>
/// Builds the account store: the built-in demo account, or the accounts of a JSON file (format in the README).
/// Errors name the JSON path of the offending value and never echo a secret.
/// </summary>
internal static class AccountsLoader
{
    private const decimal DefaultCommission = 0.001m;

    public static AccountStore CreateDemo(long nowMs)
    {
        var store = new AccountStore();
        var account = new Account(DemoAccount.Name, uid: 354937868, DefaultCommission, DefaultCommission, nowMs);
        account.SetBalance("BTC", 1m);
        account.SetBalance("ETH", 10m);
        account.SetBalance("BNB", 100m);
        account.SetBalance("USDT", 100000m);
        store.Add(account,
        [
            new ApiKeyRecord(DemoAccount.HmacApiKey, account, new HmacSignatureVerifier(DemoAccount.HmacSecret)),
            new ApiKeyRecord(DemoAccount.Ed25519ApiKey, account, new Ed25519SignatureVerifier(DemoAccount.Ed25519PublicKeyPem)),
            new ApiKeyRecord(DemoAccount.RsaApiKey, account, new RsaSignatureVerifier(DemoAccount.RsaPublicKeyPem)),
        ]);
        return store;
    }

    public static AccountStore LoadFile(string path, long nowMs)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"Cannot read accounts file '{path}': {e.Message}", e);
        }

        try
        {
            return Parse(text, nowMs);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"Accounts file '{path}': {e.Message}", e);
        }
    }

    public static AccountStore Parse(string json, long nowMs)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("accounts", out JsonElement accounts)
                || accounts.ValueKind != JsonValueKind.Array
                || accounts.GetArrayLength() == 0)
            {
                throw new InvalidDataException("expected an object with a non-empty array \"accounts\".");
            }

            var store = new AccountStore();
            var names = new HashSet<string>(StringComparer.Ordinal);
            int index = 0;
            foreach (JsonElement item in accounts.EnumerateArray())
            {
                string at = $"accounts[{index}]";
                var (account, keys) = ParseAccount(item, at, nowMs, uid: 100000001 + index);
                if (!names.Add(account.Name))
                {
                    throw new InvalidDataException($"{at}.name '{account.Name}' is used twice.");
                }

                store.Add(account, keys);
                index++;
            }

            return store;
        }
    }

    /// <summary>
    /// One account object of the file's format (also the body of <c>POST /admin/accounts</c>): the account and its keys,
    /// not yet in any store. Errors name <paramref name="at"/>'s JSON path.
    /// </summary>
    public static (Account Account, IReadOnlyList<ApiKeyRecord> Keys) ParseAccount(JsonElement item, string at, long nowMs, long uid)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{at} must be an object.");
        }

        string name = RequiredString(item, "name", at);

        decimal maker = DefaultCommission, taker = DefaultCommission;
        if (item.TryGetProperty("commission", out JsonElement commission))
        {
            if (commission.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{at}.commission must be an object {{\"maker\":\"0.001\",\"taker\":\"0.001\"}}.");
            }

            maker = OptionalRate(commission, "maker", $"{at}.commission") ?? DefaultCommission;
            taker = OptionalRate(commission, "taker", $"{at}.commission") ?? DefaultCommission;
        }

        var account = new Account(name, uid, maker, taker, nowMs);

        if (item.TryGetProperty("balances", out JsonElement balances))
        {
            if (balances.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{at}.balances must be an object of asset -> amount, e.g. {{\"BTC\":\"1.5\"}}.");
            }

            foreach (JsonProperty balance in balances.EnumerateObject())
            {
                string where = $"{at}.balances.{balance.Name}";
                if (balance.Name.Length == 0 || !balance.Name.All(char.IsAsciiLetterOrDigit))
                {
                    throw new InvalidDataException($"{where}: asset names are letters and digits.");
                }

                decimal amount = ParseDecimal(balance.Value, where);
                if (amount < 0)
                {
                    throw new InvalidDataException($"{where} must not be negative.");
                }

                account.SetBalance(balance.Name, amount);
            }
        }

        if (!item.TryGetProperty("keys", out JsonElement keys) || keys.ValueKind != JsonValueKind.Array || keys.GetArrayLength() == 0)
        {
            throw new InvalidDataException($"{at}.keys must be a non-empty array.");
        }

        var records = new List<ApiKeyRecord>();
        int k = 0;
        foreach (JsonElement key in keys.EnumerateArray())
        {
            records.Add(ParseKey(account, key, $"{at}.keys[{k++}]"));
        }

        return (account, records);
    }

    private static ApiKeyRecord ParseKey(Account account, JsonElement key, string at)
    {
        if (key.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{at} must be an object.");
        }

        string apiKey = RequiredString(key, "apiKey", at);
        if (!AccountStore.ApiKeyFormat().IsMatch(apiKey))
        {
            throw new InvalidDataException($"{at}.apiKey must be 16 to 128 letters and digits (Binance keys are 64).");
        }

        string type = RequiredString(key, "type", at).ToUpperInvariant();
        try
        {
            ISignatureVerifier verifier = type switch
            {
                "HMAC" => new HmacSignatureVerifier(RequiredString(key, "secret", at)),
                "RSA" => new RsaSignatureVerifier(RequiredString(key, "publicKeyPem", at)),
                "ED25519" => new Ed25519SignatureVerifier(RequiredString(key, "publicKeyPem", at)),
                _ => throw new InvalidDataException($"{at}.type must be HMAC, RSA or ED25519."),
            };
            return new ApiKeyRecord(apiKey, account, verifier);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            // The message of a PEM parser never contains the key itself, but keep ours generic anyway.
            throw new InvalidDataException($"{at}.publicKeyPem is not a valid {type} public key PEM.", e);
        }
    }

    private static string RequiredString(JsonElement obj, string name, string at)
    {
        if (!obj.TryGetProperty(name, out JsonElement value) || value.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new InvalidDataException($"{at}.{name} is required (a non-empty string).");
        }

        return value.GetString()!;
    }

    private static decimal? OptionalRate(JsonElement obj, string name, string at)
    {
        if (!obj.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        decimal rate = ParseDecimal(value, $"{at}.{name}");
        if (rate is < 0 or >= 1)
        {
            throw new InvalidDataException($"{at}.{name} must be a rate in [0, 1), e.g. \"0.001\".");
        }

        return rate;
    }

    private static decimal ParseDecimal(JsonElement value, string at)
    {
        // Amounts are read from their text, never through double, so "0.1" stays exactly 0.1.
        string? text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        if (text is null || !decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out decimal result))
        {
            throw new InvalidDataException($"{at} must be a decimal number, e.g. \"1.5\".");
        }

        return result;
    }
}
