namespace Binance.WsApi;

/// <summary>A successful response: the typed result plus the envelope's id, status and rate-limit counters.</summary>
/// <typeparam name="T">The result model.</typeparam>
public sealed class WsApiResponse<T>
{
    // The client's ids are numbers; their text is made only when asked for, so a response costs no string.
    private readonly long _numericId;
    private string? _id;

    internal WsApiResponse(T result, string id, int status, IReadOnlyList<RateLimit> rateLimits, WsApiEndpoint endpoint)
        : this(result, 0, status, rateLimits, endpoint)
    {
        _id = id;
    }

    internal WsApiResponse(T result, long id, int status, IReadOnlyList<RateLimit> rateLimits, WsApiEndpoint endpoint)
    {
        Result = result;
        _numericId = id;
        Status = status;
        RateLimits = rateLimits;
        Endpoint = endpoint;
    }

    /// <summary>The same envelope (id, status, rate limits, endpoint) around another result.</summary>
    internal WsApiResponse<TOther> WithResult<TOther>(TOther result) =>
        _id is { } text && _numericId == 0
            ? new WsApiResponse<TOther>(result, text, Status, RateLimits, Endpoint)
            : new WsApiResponse<TOther>(result, _numericId, Status, RateLimits, Endpoint);

    /// <summary>The typed <c>result</c>.</summary>
    public T Result { get; }

    /// <summary>The envelope id the request carried.</summary>
    public string Id => _id ??= _numericId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The response status (200).</summary>
    public int Status { get; }

    /// <summary>The <c>rateLimits</c> counters after this request; empty when the server sent none.</summary>
    public IReadOnlyList<RateLimit> RateLimits { get; }

    /// <summary>The endpoint that answered.</summary>
    public WsApiEndpoint Endpoint { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Status} id={Id} {Result}";
}
