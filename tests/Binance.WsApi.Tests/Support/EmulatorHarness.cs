using System.Collections.Concurrent;
using Binance.WsApi.Emulator;

namespace Binance.WsApi.Tests.Support;

/// <summary>
/// A real emulator on an OS-chosen loopback port and a real client pointed at it, plus a recorder of the client's
/// events so tests await what happened instead of sleeping.
/// </summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private EmulatorHarness(ExchangeEmulator emulator)
    {
        Emulator = emulator;
    }

    public ExchangeEmulator Emulator { get; }

    public WebSocketApiClient Client { get; private set; } = null!;

    public EventRecorder Events { get; private set; } = null!;

    public static async Task<EmulatorHarness> StartAsync(ApiCredentials? credentials = null, Action<WebSocketApiClientOptions>? configure = null,
        EmulatorOptions? emulatorOptions = null)
    {
        ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync(emulatorOptions);
        var harness = new EmulatorHarness(emulator);
        harness.Client = harness.CreateClient(credentials, configure);
        harness.Events = new EventRecorder(harness.Client);
        return harness;
    }

    public WebSocketApiClient CreateClient(ApiCredentials? credentials = null, Action<WebSocketApiClientOptions>? configure = null)
    {
        var options = new WebSocketApiClientOptions
        {
            Credentials = credentials,
            RequestTimeout = TimeSpan.FromSeconds(5),
            ConnectTimeout = TimeSpan.FromSeconds(3),
            ReconnectPolicy = new ReconnectPolicy { InitialDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200) },
            MuteLatencyWarning = true,
        };
        options.EndpointUrls[WsApiEndpoint.Spot] = Emulator.SpotUri;
        options.EndpointUrls[WsApiEndpoint.UsdM] = Emulator.UsdMUri;
        options.EndpointUrls[WsApiEndpoint.CoinM] = Emulator.CoinMUri;
        configure?.Invoke(options);
        return new WebSocketApiClient(options);
    }

    public static ApiCredentials Hmac => ApiCredentials.Hmac(DemoAccount.HmacApiKey, DemoAccount.HmacSecret);

    public static ApiCredentials Rsa => ApiCredentials.Rsa(DemoAccount.RsaApiKey, DemoAccount.RsaPrivateKeyPem);

    public static ApiCredentials Ed25519 => ApiCredentials.Ed25519(DemoAccount.Ed25519ApiKey, DemoAccount.Ed25519PrivateKeyPem);

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}

/// <summary>Records a client's events; tests await a matching one with a deadline.</summary>
internal sealed class EventRecorder
{
    private readonly ConcurrentQueue<object> _events = new();
    private readonly SemaphoreSlim _signal = new(0);

    public EventRecorder(WebSocketApiClient client)
    {
        client.ConnectionStateChanged += (_, e) => Add(e);
        client.Opened += (_, e) => Add(("opened", e));
        client.Reconnecting += (_, e) => Add(("reconnecting", e));
        client.Reconnected += (_, e) => Add(("reconnected", e));
        client.Closed += (_, e) => Add(("closed", e));
        client.Authenticated += (_, e) => Add(("authenticated", e));
        client.Error += (_, e) => Add(e);
    }

    public IReadOnlyList<object> All => _events.ToArray();

    public IReadOnlyList<ConnectionStateChangedEventArgs> States => _events.OfType<ConnectionStateChangedEventArgs>().ToArray();

    public IReadOnlyList<WsApiErrorEventArgs> Errors => _events.OfType<WsApiErrorEventArgs>().ToArray();

    public int Count(string lifecycle) => _events.OfType<(string, ConnectionEventArgs)>().Count(e => e.Item1 == lifecycle);

    public Task WaitForLifecycleAsync(string lifecycle, int occurrences = 1) =>
        WaitForAsync(() => Count(lifecycle) >= occurrences, $"{occurrences}× {lifecycle}");

    public Task WaitForStateAsync(ConnectionState state, int occurrences = 1) =>
        WaitForAsync(() => States.Count(s => s.State == state) >= occurrences, $"{occurrences}× state {state}");

    public Task WaitForErrorAsync(Func<WsApiErrorEventArgs, bool> match) =>
        WaitForAsync(() => Errors.Any(match), "an error event");

    public Task WaitForAsync(Func<bool> condition, string what) => WaitForAsync(condition, () => what);

    public async Task WaitForAsync(Func<bool> condition, Func<string> what)
    {
        using var timeout = new CancellationTokenSource(EmulatorHarness.Wait);
        while (!condition())
        {
            try
            {
                // Woken by each client event; also re-checks now and then, for conditions on the emulator's side.
                await _signal.WaitAsync(TimeSpan.FromMilliseconds(20), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited {EmulatorHarness.Wait.TotalSeconds:0} s for {what()}; events: {string.Join(" | ", All)}");
            }
        }
    }

    private void Add(object e)
    {
        _events.Enqueue(e);
        _signal.Release();
    }
}
