using Binance.WsApi.Protocol;

namespace Binance.WsApi;

/// <summary>A successful response: the typed result plus the envelope's id, status and rate-limit counters.</summary>
/// <typeparam name="T">The result model.</typeparam>
public sealed class WsApiResponse<T>
{
    // The client's ids are numbers; their text is made only when asked for, so a response costs no string.
    private readonly long _numericId;
    private string? _id;

    // The rate limits cost no object until someone reads them: the first entry (most responses have one) is kept here,
    // packed, and _rateLimits holds the packed entries after it (PackedRateLimit[]), or the public list once it was
    // built (or when the entries were read as objects), or null. Building the list twice in a race is harmless: both
    // lists are equal.
    private readonly PackedRateLimit _firstRateLimit;
    private object? _rateLimits;

    internal WsApiResponse(T result, string id, int status, IReadOnlyList<RateLimit> rateLimits, WsApiEndpoint endpoint)
        : this(result, id, status, PackedRateLimits.FromList(rateLimits), endpoint)
    {
    }

    internal WsApiResponse(T result, long id, int status, IReadOnlyList<RateLimit> rateLimits, WsApiEndpoint endpoint)
        : this(result, id, status, PackedRateLimits.FromList(rateLimits), endpoint)
    {
    }

    internal WsApiResponse(T result, string id, int status, in PackedRateLimits rateLimits, WsApiEndpoint endpoint)
        : this(result, 0, status, rateLimits, endpoint)
    {
        _id = id;
    }

    internal WsApiResponse(T result, long id, int status, in PackedRateLimits rateLimits, WsApiEndpoint endpoint)
    {
        Result = result;
        _numericId = id;
        Status = status;
        _firstRateLimit = rateLimits.First;
        _rateLimits = rateLimits.More;
        Endpoint = endpoint;
    }

    /// <summary>The same envelope (id, status, rate limits, endpoint) around another result.</summary>
    internal WsApiResponse<TOther> WithResult<TOther>(TOther result) =>
        _id is { } text && _numericId == 0
            ? new WsApiResponse<TOther>(result, text, Status, PackedRateLimits, Endpoint)
            : new WsApiResponse<TOther>(result, _numericId, Status, PackedRateLimits, Endpoint);

    /// <summary>The typed <c>result</c>.</summary>
    public T Result { get; }

    /// <summary>The envelope id the request carried.</summary>
    public string Id => _id ??= _numericId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The response status (200).</summary>
    public int Status { get; }

    /// <summary>The <c>rateLimits</c> counters after this request; empty when the server sent none.</summary>
    public IReadOnlyList<RateLimit> RateLimits
    {
        get
        {
            object? stored = Volatile.Read(ref _rateLimits);
            if (stored is IReadOnlyList<RateLimit> list)
            {
                return list;
            }

            IReadOnlyList<RateLimit> built = Protocol.PackedRateLimits.Materialize(_firstRateLimit, stored);
            Volatile.Write(ref _rateLimits, built);
            return built;
        }
    }

    /// <summary>The endpoint that answered.</summary>
    public WsApiEndpoint Endpoint { get; }

    /// <summary>The rate limits as they are held (packed until <see cref="RateLimits"/> is first read).</summary>
    internal PackedRateLimits PackedRateLimits => Protocol.PackedRateLimits.FromParts(_firstRateLimit, Volatile.Read(ref _rateLimits));

    /// <inheritdoc />
    public override string ToString() => $"{Status} id={Id} {Result}";
}
