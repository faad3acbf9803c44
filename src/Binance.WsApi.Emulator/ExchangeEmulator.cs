using System.Net;
using System.Net.WebSockets;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Binance.WsApi.Emulator;

/// <summary>
/// A local Binance-compatible WebSocket API server (spot <c>/ws-api/v3</c>, USD-M <c>/ws-fapi/v1</c>, COIN-M
/// <c>/ws-dapi/v1</c>) on Kestrel, for tests and demos. It implements the protocol independently of any client.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await ExchangeEmulator.StartNewAsync();
/// using var socket = new ClientWebSocket();
/// await socket.ConnectAsync(emulator.SpotUri, CancellationToken.None);
/// </code>
/// </example>
public sealed partial class ExchangeEmulator : IAsyncDisposable
{
    private readonly EmulatorOptions _options;
    private readonly EmulatorServices _services;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private WebApplication? _app;
    private int _port;

    /// <summary>Creates an emulator; nothing listens until <see cref="StartAsync"/>.</summary>
    /// <param name="options">Settings; null = defaults (127.0.0.1, OS-chosen port, demo account).</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="InvalidDataException">The accounts file is missing or invalid (the message says where).</exception>
    public ExchangeEmulator(EmulatorOptions? options = null)
    {
        _options = options ?? new EmulatorOptions();
        Validate(_options);
        _services = new EmulatorServices(_options);
    }

    /// <summary>The TCP port listened on (the OS-chosen one when <see cref="EmulatorOptions.Port"/> is 0); 0 before start.</summary>
    public int Port => Volatile.Read(ref _port);

    /// <summary><c>http://{host}:{port}/</c>, the base of the admin endpoint.</summary>
    public Uri HttpBaseUri => new($"http://{UriHost}:{RequirePort()}/");

    /// <summary><c>ws://{host}:{port}/ws-api/v3</c>.</summary>
    public Uri SpotUri => new($"ws://{UriHost}:{RequirePort()}/ws-api/v3");

    /// <summary><c>ws://{host}:{port}/ws-fapi/v1</c>.</summary>
    public Uri UsdMUri => new($"ws://{UriHost}:{RequirePort()}/ws-fapi/v1");

    /// <summary><c>ws://{host}:{port}/ws-dapi/v1</c>.</summary>
    public Uri CoinMUri => new($"ws://{UriHost}:{RequirePort()}/ws-dapi/v1");

    /// <summary>Fault injection (also reachable over HTTP under <c>/admin/faults/</c>).</summary>
    public EmulatorFaults Faults => _services.PublicFaults;

    /// <summary>WebSocket connections currently open.</summary>
    public int OpenConnectionCount => _services.Connections.OpenCount;

    /// <summary>WebSocket connections accepted since start.</summary>
    public long AcceptedConnectionCount => _services.Connections.AcceptedCount;

    /// <summary>The last 10,000 frames received, oldest first (a snapshot).</summary>
    public IReadOnlyList<ReceivedRequest> ReceivedRequests => _services.RequestLog.Snapshot();

    /// <summary>The instance state, for white-box tests.</summary>
    internal EmulatorServices Services => _services;

    /// <summary>Strict parameter checking (<see cref="EmulatorOptions.StrictParameters"/>), switchable while running.</summary>
    public bool StrictParameters
    {
        get => _services.StrictParameters;
        set => _services.StrictParameters = value;
    }

    private string UriHost
    {
        get
        {
            IPAddress address = EmulatorHost.ResolveAddress(_options.Host);
            if (address.Equals(IPAddress.Any))
            {
                return "127.0.0.1";
            }

            if (address.Equals(IPAddress.IPv6Any))
            {
                return "[::1]";
            }

            return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        }
    }

    /// <summary>Creates and starts an emulator.</summary>
    /// <param name="options">Settings; null = defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<ExchangeEmulator> StartNewAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var emulator = new ExchangeEmulator(options);
        try
        {
            await emulator.StartAsync(cancellationToken).ConfigureAwait(false);
            return emulator;
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Starts listening. Idempotent.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_app is not null)
            {
                return;
            }

            WebApplication app = EmulatorHost.Build(_services);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            _app = app;
            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Volatile.Write(ref _port, new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal)).Port);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>
    /// Closes every connection (1001, then a hard drop for those that do not answer quickly) and stops listening.
    /// Working TWAP / VP algo orders end EXPIRED first, so no child order is sent after the stop.
    /// </summary>
    /// <param name="cancellationToken">Cuts the graceful part short.</param>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            // Working TWAP / VP orders end here (EXPIRED, timers disposed): nothing trades once the emulator stops.
            _services.UsdM.StopWorkedAlgos();
            if (_app is not { } app)
            {
                return;
            }

            IReadOnlyList<ClientConnection> open = _services.Connections.Snapshot();
            try
            {
                // A connection whose client stopped reading can block its close frame; it gets dropped below.
                await Task.WhenAll(open.Select(c => c.CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "Server stopping")))
                    .WaitAsync(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException)
            {
            }

            // Give clients a moment to answer the close; whoever has not by then is dropped.
            using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            grace.CancelAfter(TimeSpan.FromMilliseconds(500));
            try
            {
                while (_services.Connections.OpenCount > 0)
                {
                    await Task.Delay(10, grace.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
            }

            foreach (ClientConnection connection in _services.Connections.Snapshot())
            {
                connection.Abort();
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>
    /// Waits until a frame matching <paramref name="predicate"/> has been received (frames already received count).
    /// </summary>
    /// <param name="predicate">Test on each received frame.</param>
    /// <param name="timeout">Real-time deadline.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="TimeoutException">Nothing matched in time.</exception>
    public Task<ReceivedRequest> WaitForRequestAsync(Func<ReceivedRequest, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken = default)
        => _services.RequestLog.WaitAsync(predicate, timeout, cancellationToken);

    /// <summary>
    /// Revokes an API key: the next request on a session logged on with it gets an unsolicited
    /// <c>{"id":null,"status":401,"error":{"code":-2015,…}}</c> and the session is de-authenticated; any later
    /// use of the key is answered with <c>-2015</c>.
    /// </summary>
    /// <param name="apiKey">A key known to the emulator.</param>
    /// <exception cref="ArgumentException">The key is unknown.</exception>
    public void RevokeApiKey(string apiKey)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        ApiKeyRecord key = _services.Accounts.Find(apiKey) ?? throw new ArgumentException("Unknown API key.", nameof(apiKey));
        key.Revoke();
    }

    /// <summary>
    /// Sets the free balance of an asset on the account behind <paramref name="apiKey"/> (locked funds stay as they
    /// are). The exchange's conservation check accounts for it.
    /// </summary>
    /// <param name="apiKey">A key known to the emulator.</param>
    /// <param name="asset">Asset, e.g. <c>USDT</c>.</param>
    /// <param name="free">New free amount (≥ 0).</param>
    /// <exception cref="ArgumentException">The key is unknown.</exception>
    public void SetBalance(string apiKey, string asset, decimal free)
    {
        ArgumentNullException.ThrowIfNull(asset);
        _services.Exchange.SetFreeBalance(AccountOf(apiKey), asset, free);
    }

    /// <summary>
    /// A deposit (positive <paramref name="amount"/>) or withdrawal (negative) on the account behind
    /// <paramref name="apiKey"/>: the free balance changes and user data subscribers of the account receive
    /// <c>balanceUpdate</c> followed by <c>outboundAccountPosition</c>. The conservation check accounts for it.
    /// </summary>
    /// <param name="apiKey">A key known to the emulator.</param>
    /// <param name="asset">Asset, e.g. <c>BTC</c>.</param>
    /// <param name="amount">Signed amount; a withdrawal may not exceed the free balance.</param>
    /// <exception cref="ArgumentException">The key is unknown.</exception>
    /// <exception cref="InvalidOperationException">The withdrawal exceeds the free balance.</exception>
    public void Deposit(string apiKey, string asset, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(asset);
        _services.Exchange.Deposit(AccountOf(apiKey), asset, amount);
    }

    /// <summary>
    /// Pushes <c>externalLockUpdate</c> (<c>a</c>, <c>d</c>, <c>T</c>) to the user data subscribers of the account
    /// behind <paramref name="apiKey"/>. Only the event: the emulator's balances do not move (nothing outside the
    /// exchange locks funds here).
    /// </summary>
    /// <param name="apiKey">A key known to the emulator.</param>
    /// <param name="asset">Asset.</param>
    /// <param name="delta">Amount locked (positive) or unlocked (negative).</param>
    /// <returns>How many subscriptions it was sent to.</returns>
    /// <exception cref="ArgumentException">The key is unknown.</exception>
    public int PushExternalLockUpdate(string apiKey, string asset, decimal delta)
    {
        ArgumentNullException.ThrowIfNull(asset);
        long now = _services.Time.GetUtcNow().ToUnixTimeMilliseconds();
        return _services.UserData.Push(AccountOf(apiKey), UserData.UserDataEventWriter.AssetDelta("externalLockUpdate", asset, delta, now, now));
    }

    /// <summary>
    /// Pushes an arbitrary event object, wrapped as <c>{"subscriptionId":n,"event":…}</c>, to every user data
    /// subscription of the account behind <paramref name="apiKey"/> (listen-token ones included), e.g. to test a
    /// client against an event type it does not know.
    /// </summary>
    /// <param name="apiKey">A key known to the emulator.</param>
    /// <param name="eventJson">A JSON object, sent as given.</param>
    /// <returns>How many subscriptions it was sent to.</returns>
    /// <exception cref="ArgumentException">The key is unknown or the text is not a JSON object.</exception>
    public int PushUserDataEvent(string apiKey, string eventJson)
    {
        ArgumentNullException.ThrowIfNull(eventJson);
        Account account = AccountOf(apiKey);
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(eventJson);
            if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                throw new ArgumentException("The event must be a JSON object.", nameof(eventJson));
            }
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ArgumentException("The event is not valid JSON.", nameof(eventJson), e);
        }

        return _services.UserData.Push(account, System.Text.Encoding.UTF8.GetBytes(eventJson));
    }

    /// <summary>Free and locked amount of an asset on the account behind <paramref name="apiKey"/>.</summary>
    /// <param name="apiKey">A key known to the emulator.</param>
    /// <param name="asset">Asset.</param>
    /// <exception cref="ArgumentException">The key is unknown.</exception>
    public (decimal Free, decimal Locked) GetBalance(string apiKey, string asset) => AccountOf(apiKey).Get(asset);

    /// <summary>
    /// Cancels every open order on a spot symbol (all accounts, the market maker's included) and stops the market
    /// maker quoting there, so a test starts from an empty book. Returns how many orders were cancelled.
    /// </summary>
    /// <param name="symbol">A spot symbol, e.g. <c>BTCUSDT</c>.</param>
    /// <exception cref="ArgumentException">Unknown symbol.</exception>
    public int ClearBook(string symbol) => _services.Exchange.ClearBook(RequireSymbol(symbol));

    /// <summary>
    /// Places a GTC LIMIT order for the market maker (no filters, no rate limits): deterministic liquidity for a
    /// test. It matches like any order if it crosses. Returns the order id.
    /// </summary>
    /// <param name="symbol">A spot symbol.</param>
    /// <param name="isBuy">true = bid, false = ask.</param>
    /// <param name="price">Limit price.</param>
    /// <param name="quantity">Base quantity.</param>
    /// <exception cref="ArgumentException">Unknown symbol.</exception>
    public long AddLiquidity(string symbol, bool isBuy, decimal price, decimal quantity)
    {
        Matching.SpotExchange exchange = _services.Exchange;
        return exchange.PlaceLiquidity(exchange.MarketMaker.Account, RequireSymbol(symbol), isBuy ? Matching.Side.Buy : Matching.Side.Sell, price, quantity).OrderId;
    }

    /// <summary>Turns the market maker's automatic ladder on or off for a symbol (on = refilled after every operation).</summary>
    /// <param name="symbol">A spot symbol with a default ladder.</param>
    /// <param name="enabled">On or off.</param>
    public void SetMarketMaker(string symbol, bool enabled)
    {
        Matching.SpotExchange exchange = _services.Exchange;
        exchange.Run(() =>
        {
            exchange.MarketMaker.SetEnabled(RequireSymbol(symbol), enabled);
            return true;
        });
    }

    /// <summary>
    /// Prints a public trade at <paramref name="price"/> (market maker with itself; no balances move): sets the last
    /// price, feeds klines/tickers and triggers stop orders, like a trade by someone else.
    /// </summary>
    /// <param name="symbol">A spot symbol.</param>
    /// <param name="price">Trade price.</param>
    /// <param name="quantity">Trade quantity.</param>
    /// <param name="isBuyerMaker">The buyer was the maker (the taker sold); false counts toward the klines' taker-buy volume.</param>
    public void RecordTrade(string symbol, decimal price, decimal quantity, bool isBuyerMaker = false) =>
        _services.Exchange.RecordTrade(RequireSymbol(symbol), price, quantity, isBuyerMaker: isBuyerMaker);

    /// <summary>
    /// Sets a symbol's reference price (referencePrice, referencePrice.calculation). Until the first call the
    /// symbol has none and referencePrice answers the docs' "never set" shape; <c>null</c> sets it without a value.
    /// </summary>
    /// <param name="symbol">A spot symbol.</param>
    /// <param name="price">The reference price, or null.</param>
    public void SetReferencePrice(string symbol, decimal? price) => _services.Exchange.SetReferencePrice(RequireSymbol(symbol), price);

    /// <summary>
    /// Conservation check of the spot exchange: per asset, balances of all accounts (and the market maker) plus
    /// commission collected equal what was seeded; locked funds equal the open orders' reservations. Empty = consistent.
    /// </summary>
    public IReadOnlyList<string> CheckSpotInvariants() => _services.Exchange.CheckInvariants();

    /// <summary>Stops the emulator.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _lifecycle.Dispose();
    }

    private Account AccountOf(string apiKey)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        return (_services.Accounts.Find(apiKey) ?? throw new ArgumentException("Unknown API key.", nameof(apiKey))).Account;
    }

    private string RequireSymbol(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return _services.Exchange.Find(symbol) is not null ? symbol : throw new ArgumentException($"Unknown spot symbol '{symbol}'.", nameof(symbol));
    }

    private int RequirePort() =>
        Port != 0 ? Port : throw new InvalidOperationException("The emulator is not started; call StartAsync first.");

    private static void Validate(EmulatorOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.Host))
        {
            throw new ArgumentException("Host is required.", nameof(o.Host));
        }

        EmulatorHost.ResolveAddress(o.Host);
        ArgumentOutOfRangeException.ThrowIfNegative(o.Port, nameof(o.Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(o.Port, IPEndPoint.MaxPort, nameof(o.Port));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(o.SpotRequestWeightPerMinute, nameof(o.SpotRequestWeightPerMinute));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(o.FuturesRequestWeightPerMinute, nameof(o.FuturesRequestWeightPerMinute));
        ArgumentNullException.ThrowIfNull(o.TimeProvider, nameof(o.TimeProvider));
        ArgumentOutOfRangeException.ThrowIfNegative(o.RateLimitViolationsBeforeBan, nameof(o.RateLimitViolationsBeforeBan));
    }
}
