using Binance.WsApi.Benchmarks.EndToEnd.Measurement;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants.Floor;

/// <summary>
/// The floor: a raw <see cref="System.Net.WebSockets.ClientWebSocket"/> without any client library, sending the frames
/// our client sends. One connection for ping and HMAC orders, one logged on with the Ed25519 key, as our client has.
/// </summary>
internal sealed class FloorParticipant : InProcessParticipant
{
    private readonly FloorConnection _hmac;
    private readonly FloorConnection _loggedOn;

    private FloorParticipant(FloorConnection hmac, FloorConnection loggedOn)
    {
        _hmac = hmac;
        _loggedOn = loggedOn;
    }

    public override string Name => "floor";

    public static async Task<FloorParticipant> StartAsync(Uri endpoint, OrderShape shape)
    {
        FloorConnection hmac = await FloorConnection.ConnectAsync(endpoint, shape).ConfigureAwait(false);
        FloorConnection loggedOn = await FloorConnection.ConnectAsync(endpoint, shape).ConfigureAwait(false);
        await loggedOn.LogonAsync().ConfigureAwait(false);
        return new FloorParticipant(hmac, loggedOn);
    }

    public override bool Supports(Scenario scenario) => true;

    protected override Func<Task> Invoker(Scenario scenario) => scenario switch
    {
        Scenario.Ping => _hmac.PingAsync,
        Scenario.OrderHmac => _hmac.PlaceSignedOrderAsync,
        Scenario.OrderEd25519 => _loggedOn.PlaceLoggedOnOrderAsync,
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };

    public override async ValueTask DisposeAsync()
    {
        await _hmac.DisposeAsync().ConfigureAwait(false);
        await _loggedOn.DisposeAsync().ConfigureAwait(false);
    }
}
