using System.Text.Json;
using System.Text.Json.Serialization;

namespace Binance.WsApi.Protocol.Readers;

/// <summary>Reads a <see cref="SpotAccountInformation"/> (<c>account.status</c>) in one pass, balances sized up front.</summary>
internal sealed class SpotAccountInformationReader : JsonConverter<SpotAccountInformation>
{
    public override SpotAccountInformation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonField.ExpectObject(ref reader, nameof(SpotAccountInformation));
        int maker = 0, taker = 0, buyer = 0, seller = 0;
        bool canTrade = false, canWithdraw = false, canDeposit = false, brokered = false, requireStp = false, preventSor = false;
        SpotAccountCommissionRates? rates = null;
        long updateTime = 0, uid = 0;
        string? accountType = null;
        IReadOnlyList<SpotAccountBalance>? balances = null;
        IReadOnlyList<string>? permissions = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("makerCommission"u8))
            {
                reader.Read();
                maker = JsonField.Int32(ref reader);
            }
            else if (reader.ValueTextEquals("takerCommission"u8))
            {
                reader.Read();
                taker = JsonField.Int32(ref reader);
            }
            else if (reader.ValueTextEquals("buyerCommission"u8))
            {
                reader.Read();
                buyer = JsonField.Int32(ref reader);
            }
            else if (reader.ValueTextEquals("sellerCommission"u8))
            {
                reader.Read();
                seller = JsonField.Int32(ref reader);
            }
            else if (reader.ValueTextEquals("canTrade"u8))
            {
                reader.Read();
                canTrade = JsonField.Boolean(ref reader);
            }
            else if (reader.ValueTextEquals("canWithdraw"u8))
            {
                reader.Read();
                canWithdraw = JsonField.Boolean(ref reader);
            }
            else if (reader.ValueTextEquals("canDeposit"u8))
            {
                reader.Read();
                canDeposit = JsonField.Boolean(ref reader);
            }
            else if (reader.ValueTextEquals("commissionRates"u8))
            {
                reader.Read();
                rates = ReadRates(ref reader);
            }
            else if (reader.ValueTextEquals("brokered"u8))
            {
                reader.Read();
                brokered = JsonField.Boolean(ref reader);
            }
            else if (reader.ValueTextEquals("requireSelfTradePrevention"u8))
            {
                reader.Read();
                requireStp = JsonField.Boolean(ref reader);
            }
            else if (reader.ValueTextEquals("preventSor"u8))
            {
                reader.Read();
                preventSor = JsonField.Boolean(ref reader);
            }
            else if (reader.ValueTextEquals("updateTime"u8))
            {
                reader.Read();
                updateTime = JsonField.Int64(ref reader);
            }
            else if (reader.ValueTextEquals("accountType"u8))
            {
                reader.Read();
                accountType = JsonField.Pooled(ref reader);
            }
            else if (reader.ValueTextEquals("balances"u8))
            {
                reader.Read();
                balances = ReadBalances(ref reader);
            }
            else if (reader.ValueTextEquals("permissions"u8))
            {
                reader.Read();
                permissions = ReadPermissions(ref reader);
            }
            else if (reader.ValueTextEquals("uid"u8))
            {
                reader.Read();
                uid = JsonField.Int64(ref reader);
            }
            else
            {
                JsonField.SkipValue(ref reader);
            }
        }

        return new SpotAccountInformation
        {
            MakerCommission = maker,
            TakerCommission = taker,
            BuyerCommission = buyer,
            SellerCommission = seller,
            CanTrade = canTrade,
            CanWithdraw = canWithdraw,
            CanDeposit = canDeposit,
            CommissionRates = rates!,
            Brokered = brokered,
            RequireSelfTradePrevention = requireStp,
            PreventSor = preventSor,
            UpdateTime = updateTime,
            AccountType = accountType!,
            Balances = balances!,
            Permissions = permissions!,
            Uid = uid,
        };
    }

    public override void Write(Utf8JsonWriter writer, SpotAccountInformation value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, GeneratedModelsJsonContext.Default.SpotAccountInformation);

    private static SpotAccountCommissionRates? ReadRates(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        JsonField.ExpectObject(ref reader, nameof(SpotAccountCommissionRates));
        decimal maker = 0, taker = 0, buyer = 0, seller = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("maker"u8))
            {
                reader.Read();
                maker = JsonField.Decimal(ref reader);
            }
            else if (reader.ValueTextEquals("taker"u8))
            {
                reader.Read();
                taker = JsonField.Decimal(ref reader);
            }
            else if (reader.ValueTextEquals("buyer"u8))
            {
                reader.Read();
                buyer = JsonField.Decimal(ref reader);
            }
            else if (reader.ValueTextEquals("seller"u8))
            {
                reader.Read();
                seller = JsonField.Decimal(ref reader);
            }
            else
            {
                JsonField.SkipValue(ref reader);
            }
        }

        return new SpotAccountCommissionRates { Maker = maker, Taker = taker, Buyer = buyer, Seller = seller };
    }

    private static SpotAccountBalance[]? ReadBalances(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        int count = JsonArrays.Count(reader, "balances");
        var balances = count == 0 ? [] : new SpotAccountBalance[count];
        for (int i = 0; i < count; i++)
        {
            reader.Read();
            balances[i] = ReadBalance(ref reader);
        }

        reader.Read(); // the array's end
        return balances;
    }

    private static SpotAccountBalance ReadBalance(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null!;
        }

        JsonField.ExpectObject(ref reader, nameof(SpotAccountBalance));
        string? asset = null;
        decimal free = 0, locked = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("asset"u8))
            {
                reader.Read();
                asset = JsonField.Pooled(ref reader);
            }
            else if (reader.ValueTextEquals("free"u8))
            {
                reader.Read();
                free = JsonField.Decimal(ref reader);
            }
            else if (reader.ValueTextEquals("locked"u8))
            {
                reader.Read();
                locked = JsonField.Decimal(ref reader);
            }
            else
            {
                JsonField.SkipValue(ref reader);
            }
        }

        return new SpotAccountBalance { Asset = asset!, Free = free, Locked = locked };
    }

    private static string[]? ReadPermissions(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        int count = JsonArrays.Count(reader, "permissions");
        var permissions = count == 0 ? [] : new string[count];
        for (int i = 0; i < count; i++)
        {
            reader.Read();
            permissions[i] = JsonField.Pooled(ref reader)!;
        }

        reader.Read(); // the array's end
        return permissions;
    }
}
