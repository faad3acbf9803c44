using System.Globalization;
using System.Text.Json;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Handlers;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Auth;

/// <summary>
/// Authorises SIGNED and USER_STREAM requests (docs/protocol.md §4.2–§4.4). Order of checks (Binance does not document
/// it): apiKey present → key format → key known → key type allowed → signature present → timestamp →
/// recvWindow → timing → signature valid. On success sets <see cref="RequestContext.Key"/>.
/// </summary>
internal static class RequestAuthenticator
{
    private const decimal DefaultRecvWindow = 5000m;
    private const decimal MaxRecvWindow = 60000m;

    /// <summary>Spot timestamps above this are microseconds (ms epochs stay below 10^14 until the year 5138).</summary>
    private const long MicrosecondThreshold = 100_000_000_000_000;

    public static ApiError? Authenticate(RequestContext ctx, MethodDefinition method)
    {
        JsonElement p = ctx.Params;
        ApiKeyRecord? sessionKey = ctx.Connection.Session.CurrentKey;

        if (method.Security == SecurityType.UserStream)
        {
            if (!ParamReader.Has(p, "apiKey") && sessionKey is not null)
            {
                ctx.Key = sessionKey;
                return null;
            }

            ApiError? keyError = ResolveKey(ctx, p, method, out ApiKeyRecord? streamKey);
            ctx.Key = streamKey;
            return keyError;
        }

        // An explicit signature overrides the session for this request (docs/protocol.md §4.4).
        bool viaSession = sessionKey is not null && !method.RequiresExplicitSignature && !ParamReader.Has(p, "signature");
        ApiKeyRecord key;
        string? signature = null;
        if (viaSession)
        {
            key = sessionKey!;
        }
        else
        {
            ApiError? keyError = ResolveKey(ctx, p, method, out ApiKeyRecord? explicitKey);
            if (keyError is not null)
            {
                return keyError;
            }

            key = explicitKey!;
            signature = ParamReader.OptionalString(p, "signature", out ApiError? sigError);
            if (sigError is not null || signature is null)
            {
                return Errors.MandatoryParameter("signature");
            }
        }

        ApiError? timingError = CheckTiming(ctx, p, out long timestampMs);
        if (timingError is not null)
        {
            return timingError;
        }

        if (!viaSession && !VerifySignature(key, p, signature!))
        {
            return Errors.InvalidSignature();
        }

        ctx.Key = key;
        ctx.RequestTimestampMs = timestampMs;
        return null;
    }

    private static ApiError? ResolveKey(RequestContext ctx, JsonElement p, MethodDefinition method, out ApiKeyRecord? key)
    {
        key = null;
        string? apiKey = ParamReader.OptionalString(p, "apiKey", out ApiError? error);
        if (error is not null || apiKey is null)
        {
            return Errors.MandatoryParameter("apiKey");
        }

        if (!AccountStore.ApiKeyFormat().IsMatch(apiKey))
        {
            return Errors.ApiKeyFormatInvalid();
        }

        key = ctx.Services.Accounts.Find(apiKey);
        if (key is null || key.IsRevoked)
        {
            key = null;
            return Errors.RejectedApiKey();
        }

        // Binance answers a logon with an HMAC/RSA key as an invalid signature (docs/protocol.md §4.1, observed).
        if (method.AllowedKeyTypes is not null && !method.AllowedKeyTypes.Contains(key.KeyType))
        {
            key = null;
            return Errors.InvalidSignature();
        }

        return null;
    }

    private static bool VerifySignature(ApiKeyRecord key, JsonElement p, string signature)
    {
        byte[] raw = SignaturePayload.Raw(p);
        if (key.Verifier.Verify(raw, signature))
        {
            return true;
        }

        byte[] encoded = SignaturePayload.PercentEncoded(p);
        return !encoded.AsSpan().SequenceEqual(raw) && key.Verifier.Verify(encoded, signature);
    }

    /// <summary>timestamp / recvWindow rules of docs/protocol.md §4.3, against the emulator clock.</summary>
    private static ApiError? CheckTiming(RequestContext ctx, JsonElement p, out long timestampMs)
    {
        timestampMs = 0;
        if (!TryReadTimestamp(p, out long rawTimestamp))
        {
            return Errors.MandatoryParameter("timestamp");
        }

        // Spot accepts µs timestamps; futures only ms.
        decimal timestamp = ctx.Market == MarketKind.Spot && rawTimestamp > MicrosecondThreshold
            ? rawTimestamp / 1000m
            : rawTimestamp;

        decimal? recvWindowParam = ParamReader.OptionalDecimal(p, "recvWindow", out ApiError? recvError);
        if (recvError is not null)
        {
            return recvError;
        }

        decimal recvWindow = recvWindowParam ?? DefaultRecvWindow;
        if (recvWindowParam is not null)
        {
            // Spot allows three decimals (µs precision); futures type it as an integer.
            int maxScale = ctx.Market == MarketKind.Spot ? 3 : 0;
            if (ParamReader.Scale(recvWindow) > maxScale)
            {
                return Errors.TooMuchPrecision("recvWindow");
            }

            // The current docs state the 60000 maximum but no error for exceeding it (older errors.md had
            // -1131 "recvWindow must be less than 60000"); we answer the generic -1130 for it and for values <= 0.
            if (recvWindow <= 0 || recvWindow > MaxRecvWindow)
            {
                return Errors.InvalidParameter("recvWindow");
            }
        }

        decimal now = ctx.NowMs;
        if (timestamp >= now + 1000m)
        {
            return Errors.TimestampAhead();
        }

        if (now - timestamp > recvWindow)
        {
            return Errors.TimestampOutsideRecvWindow();
        }

        timestampMs = (long)decimal.Truncate(timestamp);
        return null;
    }

    private static bool TryReadTimestamp(JsonElement p, out long timestamp)
    {
        timestamp = 0;
        if (!p.TryGetProperty("timestamp", out JsonElement value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out timestamp) && timestamp > 0,
            JsonValueKind.String => long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out timestamp) && timestamp > 0,
            _ => false,
        };
    }
}
