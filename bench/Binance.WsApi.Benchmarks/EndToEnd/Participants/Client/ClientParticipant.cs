using Binance.WsApi.Benchmarks.EndToEnd.Measurement;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants.Client;

/// <summary>
/// Our <see cref="WebSocketApiClient"/>, through its public API only: one client with the HMAC key (ping, and orders
/// signed per request) and one with the Ed25519 key, which logs on when it connects (orders carry a timestamp only).
/// </summary>
internal sealed class ClientParticipant : InProcessParticipant
{
    private readonly WebSocketApiClient _hmac;
    private readonly WebSocketApiClient _ed25519;
    private readonly SpotOrderRequest _order;

    private ClientParticipant(WebSocketApiClient hmac, WebSocketApiClient ed25519, SpotOrderRequest order)
    {
        _hmac = hmac;
        _ed25519 = ed25519;
        _order = order;
    }

    public override string Name => "ours";

    public static async Task<ClientParticipant> StartAsync(Uri endpoint, OrderShape shape)
    {
        WebSocketApiClient hmac = Create(endpoint, ApiCredentials.Hmac(TestKeys.HmacApiKey, TestKeys.HmacSecret));
        WebSocketApiClient ed25519 = Create(endpoint, ApiCredentials.Ed25519(TestKeys.Ed25519ApiKey, TestKeys.Ed25519PrivateKeyPem));
        await hmac.ConnectAsync(WsApiEndpoint.Spot).ConfigureAwait(false);
        await ed25519.ConnectAsync(WsApiEndpoint.Spot).ConfigureAwait(false);
        return new ClientParticipant(hmac, ed25519, Order(shape));
    }

    /// <summary>
    /// The order every call sends: one request object for all of them, the client fills in a fresh client order id and
    /// timestamp each time.
    /// </summary>
    public static SpotOrderRequest Order(OrderShape shape) => new(shape.Symbol, OrderSide.Buy, OrderType.Limit)
    {
        TimeInForce = new TimeInForce(shape.TimeInForce),
        Price = shape.PriceValue,
        Quantity = shape.QuantityValue,
        NewOrderRespType = OrderResponseType.Ack,
    };

    public override bool Supports(Scenario scenario) => true;

    protected override Func<Task> Invoker(Scenario scenario) => scenario switch
    {
        Scenario.Ping => () => _hmac.TestSpotConnectivityAsync(),
        Scenario.OrderHmac => () => _hmac.SubmitNewSpotOrderAsync(_order),
        Scenario.OrderEd25519 => () => _ed25519.SubmitNewSpotOrderAsync(_order),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };

    public override async ValueTask DisposeAsync()
    {
        await _hmac.DisposeAsync().ConfigureAwait(false);
        await _ed25519.DisposeAsync().ConfigureAwait(false);
    }

    public static WebSocketApiClient Create(Uri endpoint, ApiCredentials credentials)
    {
        var options = new WebSocketApiClientOptions
        {
            Credentials = credentials,
            AllowInsecureTransport = true,
            MuteLatencyWarning = true,
            // 128 requests in flight on a loaded 2-core machine can take a while; a timeout would spoil the cell.
            RequestTimeout = TimeSpan.FromSeconds(30),
        };
        options.EndpointUrls[WsApiEndpoint.Spot] = endpoint;
        return new WebSocketApiClient(options);
    }
}
