using System.Collections.Concurrent;
using Binance.WsApi.Auth;
using Binance.WsApi.Health;
using Microsoft.Extensions.Options;

namespace Binance.WsApi.DependencyInjection;

/// <summary>
/// Creates each registered client once, from its named options, and owns it: disposing the container disposes the
/// clients. Invalid options fail here, at the first resolve, with the configuration key in the message.
/// </summary>
internal sealed class WebSocketApiClientFactory : IWebSocketApiClientFactory, IDisposable, IAsyncDisposable
{
    private readonly IOptionsMonitor<WebSocketApiClientOptions> _options;
    private readonly Dictionary<string, ClientRegistration> _registrations;
    private readonly ConcurrentDictionary<string, Lazy<RegisteredClient>> _clients = new(StringComparer.Ordinal);
    private int _disposed;

    public WebSocketApiClientFactory(IOptionsMonitor<WebSocketApiClientOptions> options, IEnumerable<ClientRegistration> registrations)
    {
        _options = options;
        _registrations = registrations.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    public WebSocketApiClient Get(string name) => GetRegistered(name).Client;

    internal RegisteredClient GetRegistered(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (!_registrations.TryGetValue(name, out ClientRegistration? registration))
        {
            throw new InvalidOperationException(name.Length == 0
                ? "No default Binance WS API client is registered; call services.AddBinanceWsApi(configuration) or AddBinanceWsApi(options => …)."
                : $"No Binance WS API client named '{name}' is registered; call services.AddBinanceWsApi(\"{name}\", …).");
        }

        return _clients.GetOrAdd(name, _ => new Lazy<RegisteredClient>(() => Create(registration))).Value;
    }

    private RegisteredClient Create(ClientRegistration registration)
    {
        // Binding errors (a value that does not convert, an unknown key) surface here from the options system,
        // already naming the key's path.
        WebSocketApiClientOptions options = _options.Get(registration.Name);
        WebSocketApiClient client;
        try
        {
            client = new WebSocketApiClient(options);
        }
        catch (ArgumentException ex)
        {
            string? where = registration.SectionPath ?? (registration.Name.Length == 0 ? null : registration.Name);
            throw new OptionsValidationException(registration.Name, typeof(WebSocketApiClientOptions), [Describe(ex, where)]);
        }

        // Attached before anyone can use the client, so the health check sees every transition.
        return new RegisteredClient(client, new ClientHealthTracker(client));
    }

    /// <summary>"Section:Key: reason", the form a configuration error is reported in; the reason never holds a secret.</summary>
    internal static string Describe(ArgumentException ex, string? sectionPath)
    {
        string name = ex.ParamName ?? "options";
        string reason = ConfiguredCredentials.Reason(ex);
        // The option checks say "RequestTimeout must be positive."; after the key that would say it twice.
        if (reason.StartsWith(name + " ", StringComparison.Ordinal))
        {
            reason = reason[(name.Length + 1)..];
        }

        // Nested options are named "ReconnectPolicy.MaxDelay" in code and "ReconnectPolicy:MaxDelay" in configuration.
        string key = name.Replace('.', ':');

        return string.IsNullOrEmpty(sectionPath) ? $"{key}: {reason}" : $"{sectionPath}:{key}: {reason}";
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            foreach (RegisteredClient registered in Created())
            {
                registered.Client.Dispose();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            foreach (RegisteredClient registered in Created())
            {
                await registered.Client.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private IEnumerable<RegisteredClient> Created() =>
        _clients.Values.Where(l => l.IsValueCreated).Select(l => l.Value);
}

/// <summary>A created client and the tracker its health check reads.</summary>
internal sealed record RegisteredClient(WebSocketApiClient Client, ClientHealthTracker Health);
