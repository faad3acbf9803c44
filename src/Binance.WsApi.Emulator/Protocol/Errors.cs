using System.Globalization;

namespace Binance.WsApi.Emulator.Protocol;

/// <summary>
/// The error catalogue: Binance's codes with their exact messages (docs/protocol.md §1.4, §3.3, §4, §7), built in one
/// place so every handler answers the same text for the same failure.
/// </summary>
internal static class Errors
{
    public const string InvalidIdMessage =
        "Invalid 'id' in JSON request; expected an integer, a string matching '^[a-zA-Z0-9-_]{1,36}$', or null.";

    public const string InvalidParamsMessage = "Invalid 'params' in JSON request; expected an object.";

    /// <summary>Spot answers envelope errors with -1135 (observed); futures with -1000 (observed).</summary>
    private static int EnvelopeCode(MarketKind market) => market == MarketKind.Spot ? -1135 : -1000;

    // The answer to text that is not JSON, or a binary frame, is not documented; the code and its text are the
    // catalogue's -1135 INVALID_JSON ("Invalid JSON Request", capital R), used verbatim.
    public static ApiError InvalidJson() => new(400, -1135, "Invalid JSON Request");

    public static ApiError InvalidId(MarketKind market) => new(400, EnvelopeCode(market), InvalidIdMessage);

    public static ApiError InvalidParams(MarketKind market) => new(400, EnvelopeCode(market), InvalidParamsMessage);

    // Not documented (docs/protocol.md §9.1): missing or unknown method.
    public static ApiError UnsupportedOperation() => new(400, -1020, "This operation is not supported.");

    public static ApiError InternalError() => new(500, -1001, "Internal error; unable to process your request. Please try again.");

    public static ApiError DuplicateParameter() => new(400, -1101, "Duplicate values for a parameter detected.");

    // REST's wording with its counts (the WS API docs list the code but not when it is used; see the README).
    public static ApiError UnreadParameters(int read, int sent) => new(
        400,
        -1104,
        $"Not all sent parameters were read; read '{read.ToString(CultureInfo.InvariantCulture)}' parameter(s) but was sent '{sent.ToString(CultureInfo.InvariantCulture)}'.");

    public static ApiError MandatoryParameter(string name) =>
        new(400, -1102, $"Mandatory parameter '{name}' was not sent, was empty/null, or malformed.");

    public static ApiError InvalidParameter(string name) => new(400, -1130, $"Data sent for parameter '{name}' is not valid.");

    public static ApiError TooMuchPrecision(string name) => new(400, -1111, $"Parameter '{name}' has too much precision.");

    public static ApiError InvalidJsonParameter(string name) => new(400, -1135, $"JSON sent for parameter '{name}' is not valid.");

    public static ApiError BadParameterCombination() => new(400, -1128, "Combination of optional parameters invalid.");

    public static ApiError InvalidSymbol() => new(400, -1121, "Invalid symbol.");

    public static ApiError InvalidSymbolStatus() => new(400, -1122, "Invalid symbolStatus.");

    public static ApiError DuplicateSymbols() => new(400, -1151, "Symbol is present multiple times in the list.");

    public static ApiError ApiKeyFormatInvalid() => new(400, -2014, "API-key format invalid.");

    // Status 401 as observed for -2015 on userDataStream.subscribe.signature (docs/protocol.md §4.4, emulator choice).
    public static ApiError RejectedApiKey() => new(401, -2015, "Invalid API-key, IP, or permissions for action.");

    public static ApiError InvalidSignature() => new(400, -1022, "Signature for this request is not valid.");

    public static ApiError TimestampAhead() => new(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.");

    public static ApiError TimestampOutsideRecvWindow() => new(400, -1021, "Timestamp for this request is outside of the recvWindow.");

    public static ApiError TooMuchWeight(int limit, long serverTime, long retryAfter) => new(
        429,
        -1003,
        $"Too much request weight used; current limit is {limit.ToString(CultureInfo.InvariantCulture)} request weight per 1 MINUTE. " +
        "Please use WebSocket Streams for live updates to avoid polling the API.",
        w =>
        {
            w.WriteNumber("serverTime", serverTime);
            w.WriteNumber("retryAfter", retryAfter);
        });

    public static ApiError IpBanned(long serverTime, long bannedUntil) => new(
        418,
        -1003,
        $"Way too much request weight used; IP banned until {bannedUntil.ToString(CultureInfo.InvariantCulture)}. " +
        "Please use WebSocket Streams for live updates to avoid bans.",
        w =>
        {
            w.WriteNumber("serverTime", serverTime);
            w.WriteNumber("retryAfter", bannedUntil);
        });
}
