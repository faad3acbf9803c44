using System.Text.Json;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

/// <summary>
/// <c>order.cancelReplace</c> did not fully succeed: status 400 / code -2022 (nothing changed: the cancel failed and
/// the new order failed or was not attempted) or status 409 / code -2021 (one step succeeded, the other failed).
/// The outcome of each step is typed: a step that succeeded has its report, one that failed has its error.
/// Check <see cref="CancelResult"/> first: after a successful cancel the original order is gone.
/// </summary>
public sealed class SpotCancelReplaceException : BinanceApiException
{
    internal SpotCancelReplaceException(int status, int code, string binanceMessage, JsonElement data,
        IReadOnlyList<RateLimit> rateLimits, string? method, string? requestId, WsApiEndpoint? endpoint)
        : base(status, code, binanceMessage, data, rateLimits, method, requestId, endpoint)
    {
        CancelResult = ReadStep(data, "cancelResult");
        NewOrderResult = ReadStep(data, "newOrderResult");
        if (data.TryGetProperty("cancelResponse", out JsonElement cancel) && cancel.ValueKind == JsonValueKind.Object)
        {
            if (ReadError(cancel) is { } error)
            {
                CancelError = error;
            }
            else
            {
                CancelResponse = cancel.Deserialize(SpotTradingJsonContext.Default.SpotCancelResult);
            }
        }

        if (data.TryGetProperty("newOrderResponse", out JsonElement placed) && placed.ValueKind == JsonValueKind.Object)
        {
            if (ReadError(placed) is { } error)
            {
                NewOrderError = error;
            }
            else
            {
                NewOrderResponse = placed.Deserialize(SpotTradingJsonContext.Default.SpotOrderResult);
            }
        }
    }

    /// <summary>The cancel step: SUCCESS or FAILURE.</summary>
    public CancelReplaceStepResult CancelResult { get; }

    /// <summary>The new order step: SUCCESS, FAILURE or NOT_ATTEMPTED.</summary>
    public CancelReplaceStepResult NewOrderResult { get; }

    /// <summary>The cancellation report when the cancel succeeded (a list's report when the order was a list leg).</summary>
    public SpotCancelResult? CancelResponse { get; }

    /// <summary>Why the cancel failed, when it did (for example -2011 "Unknown order sent.").</summary>
    public SpotCancelReplaceStepError? CancelError { get; }

    /// <summary>The new order's placement result when it succeeded.</summary>
    public SpotOrderResult? NewOrderResponse { get; }

    /// <summary>Why the new order failed, when it did (for example -2010, or -1015 over the order-count limit).</summary>
    public SpotCancelReplaceStepError? NewOrderError { get; }

    /// <summary>
    /// Builds the typed exception when <paramref name="data"/> carries the step outcomes; null otherwise (then the
    /// ordinary <see cref="BinanceApiException"/> applies).
    /// </summary>
    internal static SpotCancelReplaceException? TryCreate(int status, int code, string message, JsonElement? data,
        IReadOnlyList<RateLimit> rateLimits, string? method, string? requestId, WsApiEndpoint? endpoint)
    {
        if (data is not { ValueKind: JsonValueKind.Object } d || !d.TryGetProperty("cancelResult", out _))
        {
            return null;
        }

        try
        {
            return new SpotCancelReplaceException(status, code, message, d, rateLimits, method, requestId, endpoint);
        }
        catch (JsonException)
        {
            // An outcome we cannot read must not hide Binance's error: the caller still gets code, message and ErrorData.
            return null;
        }
    }

    private static CancelReplaceStepResult ReadStep(JsonElement data, string name) =>
        data.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? CancelReplaceStepResult.Create(value.GetString()!)
            : default;

    private static SpotCancelReplaceStepError? ReadError(JsonElement response) =>
        response.TryGetProperty("code", out JsonElement code) && code.TryGetInt32(out int c)
            ? new SpotCancelReplaceStepError(c, response.TryGetProperty("msg", out JsonElement msg) ? msg.GetString() ?? string.Empty : string.Empty)
            : null;
}
