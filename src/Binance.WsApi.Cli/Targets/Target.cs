using System.CommandLine;
using Binance.WsApi.Cli.Errors;
using Binance.WsApi.Emulator;
using Microsoft.Extensions.Logging;

namespace Binance.WsApi.Cli.Targets;

/// <summary>
/// A connected client and, when the target is the embedded emulator, the emulator itself. Disposing stops both.
/// </summary>
internal sealed class Target : IAsyncDisposable
{
    private readonly ExchangeEmulator? _emulator;
    private readonly ILoggerFactory _loggerFactory;

    private Target(WebSocketApiClient client, ExchangeEmulator? emulator, string description, bool hasKeys, ILoggerFactory loggerFactory)
    {
        Client = client;
        _emulator = emulator;
        Description = description;
        HasKeys = hasKeys;
        _loggerFactory = loggerFactory;
    }

    public WebSocketApiClient Client { get; }

    public string Description { get; }

    public bool HasKeys { get; }

    /// <summary>True when the target is the embedded emulator (where the demo may trade freely).</summary>
    public bool IsEmulator => _emulator is not null;

    /// <summary>
    /// Builds the target from the shared options. Throws <see cref="CliUsageException"/> when the options cannot be
    /// used, or when <paramref name="needsKeys"/> and no key is given and none can be assumed.
    /// </summary>
    public static async Task<Target> CreateAsync(ParseResult parse, bool needsKeys, CancellationToken cancellationToken)
    {
        string? env = parse.GetValue(TargetOptions.Env);
        Uri? url = parse.GetValue(TargetOptions.Url);
        bool verbose = parse.GetValue(TargetOptions.Verbose);
        ApiCredentials? credentials = KeySource.Read(parse);

        // Logs go to stderr and only with --verbose: a failure is reported once, by the error handler.
        ILoggerFactory loggerFactory = LoggerFactory.Create(b => b
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddSimpleConsole(o => o.SingleLine = true)
            .SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.None));
        var options = new WebSocketApiClientOptions { LoggerFactory = loggerFactory, AttachEventListeners = verbose, MuteLatencyWarning = !verbose };
        if (env is null && url is null)
        {
            ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync(cancellationToken: cancellationToken);
            options.EndpointUrls[WsApiEndpoint.Spot] = emulator.SpotUri;
            options.EndpointUrls[WsApiEndpoint.UsdM] = emulator.UsdMUri;
            options.EndpointUrls[WsApiEndpoint.CoinM] = emulator.CoinMUri;
            // The emulator's demo account: its Ed25519 key is a public test key (RFC 8032), never a real one.
            options.Credentials = credentials ?? ApiCredentials.Ed25519(DemoAccount.Ed25519ApiKey, DemoAccount.Ed25519PrivateKeyPem);
            return new Target(new WebSocketApiClient(options), emulator, $"embedded emulator at {emulator.SpotUri}", true, loggerFactory);
        }

        if (env is not null)
        {
            if (!Enum.TryParse(env, ignoreCase: true, out WsApiEnvironment environment) || !Enum.IsDefined(environment))
            {
                throw new CliUsageException($"Unknown --env '{env}': use testnet, demo or live.");
            }

            options.Environment = environment;
        }

        if (url is not null)
        {
            // A custom server (a standalone emulator, say) serves every market on Binance's paths, as the emulator
            // does; without this the futures commands would quietly go to Binance's own futures hosts.
            options.EndpointUrls[WsApiEndpoint.Spot] = url;
            options.EndpointUrls[WsApiEndpoint.UsdM] = new UriBuilder(url) { Path = "/ws-fapi/v1", Query = string.Empty }.Uri;
            options.EndpointUrls[WsApiEndpoint.CoinM] = new UriBuilder(url) { Path = "/ws-dapi/v1", Query = string.Empty }.Uri;
            if (credentials is null && needsKeys && await EmulatorProbe.IsEmulatorAsync(url, cancellationToken))
            {
                // The emulator's demo HMAC key: public test keys, printed by the emulator's banner.
                credentials = ApiCredentials.Hmac(DemoAccount.HmacApiKey, DemoAccount.HmacSecret);
            }
        }

        if (credentials is null && needsKeys)
        {
            string where = url is null ? $"--env {env}" : url.ToString();
            throw new CliUsageException($"This command is signed and no API key is given for {where}: pass --api-key and --key-file, or set BINANCE_API_KEY and BINANCE_API_SECRET or BINANCE_PRIVATE_KEY_FILE.");
        }

        options.Credentials = credentials;
        try
        {
            var client = new WebSocketApiClient(options);
            string where = url?.ToString() ?? WsApiEndpoints.GetDefaultUri(WsApiEndpoints.GetDefaultEndpoint(WsApiMarket.Spot, options.Environment)).ToString();
            return new Target(client, null, where, credentials is not null, loggerFactory);
        }
        catch (ArgumentException ex)
        {
            throw new CliUsageException("Invalid settings: " + ex.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        _loggerFactory.Dispose();
    }
}
