using System.Diagnostics.CodeAnalysis;
using Binance.WsApi;
using Binance.WsApi.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers <see cref="WebSocketApiClient"/>s in a service collection: the default client (resolvable as
/// <see cref="WebSocketApiClient"/>) and named ones (one per account, say) through <see cref="IWebSocketApiClientFactory"/>.
/// Each client is a singleton created on first resolve; its options are checked then, and an invalid one fails with
/// the configuration key in the message. <see cref="ILoggerFactory"/> and <see cref="TimeProvider"/> come from the
/// container when the options do not set them.
/// </summary>
public static class BinanceWsApiServiceCollectionExtensions
{
    private const string BindingNeedsReflection =
        "Binding options from configuration uses reflection. For trimmed or native AOT apps, use the overload that takes an " +
        "Action<WebSocketApiClientOptions> and bind inside it with the configuration binder source generator.";

    /// <summary>Adds the default client, its options bound from <paramref name="configuration"/> (a section such as <c>Binance</c>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section whose keys are the option names (<c>ApiKey</c>, <c>Environment</c>, <c>EndpointUrls:Spot</c>, …).</param>
    [RequiresUnreferencedCode(BindingNeedsReflection)]
    [RequiresDynamicCode(BindingNeedsReflection)]
    public static IBinanceWsApiBuilder AddBinanceWsApi(this IServiceCollection services, IConfiguration configuration) =>
        AddBinanceWsApi(services, Options.Options.DefaultName, configuration);

    /// <summary>Adds the default client, its options set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    public static IBinanceWsApiBuilder AddBinanceWsApi(this IServiceCollection services, Action<WebSocketApiClientOptions> configure) =>
        AddBinanceWsApi(services, Options.Options.DefaultName, configure);

    /// <summary>Adds a named client (resolve it with <see cref="IWebSocketApiClientFactory.Get"/>), bound from <paramref name="configuration"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name; empty for the default client.</param>
    /// <param name="configuration">The section whose keys are the option names.</param>
    [RequiresUnreferencedCode(BindingNeedsReflection)]
    [RequiresDynamicCode(BindingNeedsReflection)]
    public static IBinanceWsApiBuilder AddBinanceWsApi(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? path = (configuration as IConfigurationSection)?.Path;
        IBinanceWsApiBuilder builder = AddCore(services, name, path);
        // Registered before the binding, which would otherwise fail on it with "cannot create an instance of ApiCredentials".
        services.AddOptions<WebSocketApiClientOptions>(name).Configure(_ => RefuseCredentialsSection(configuration, path, name));
        // Unknown keys fail too: a misspelt "ConectTimeout" would otherwise be ignored without a word.
        services.AddOptions<WebSocketApiClientOptions>(name).Bind(configuration, binder => binder.ErrorOnUnknownConfiguration = true);
        return builder;
    }

    /// <summary>Adds a named client (resolve it with <see cref="IWebSocketApiClientFactory.Get"/>), its options set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name; empty for the default client.</param>
    /// <param name="configure">Sets the options.</param>
    public static IBinanceWsApiBuilder AddBinanceWsApi(this IServiceCollection services, string name, Action<WebSocketApiClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        IBinanceWsApiBuilder builder = AddCore(services, name, null);
        services.Configure(name, configure);
        return builder;
    }

    private static void RefuseCredentialsSection(IConfiguration configuration, string? path, string name)
    {
        if (configuration.GetSection(nameof(WebSocketApiClientOptions.Credentials)).Exists())
        {
            string key = string.IsNullOrEmpty(path) ? "Credentials" : $"{path}:Credentials";
            throw new OptionsValidationException(name, typeof(WebSocketApiClientOptions),
                [$"{key}: not a configuration key; put ApiKey with ApiSecret or PrivateKeyFile directly in the section."]);
        }
    }

    private static BinanceWsApiBuilder AddCore(IServiceCollection services, string name, string? sectionPath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        if (services.Any(d => d.ServiceType == typeof(ClientRegistration) && d.ImplementationInstance is ClientRegistration r && r.Name == name))
        {
            throw new InvalidOperationException(name.Length == 0
                ? "The default Binance WS API client is already registered."
                : $"A Binance WS API client named '{name}' is already registered.");
        }

        services.AddOptions();
        services.AddSingleton(new ClientRegistration(name, sectionPath));
        services.TryAddSingleton<WebSocketApiClientFactory>();
        services.TryAddSingleton<IWebSocketApiClientFactory>(sp => sp.GetRequiredService<WebSocketApiClientFactory>());
        if (name.Length == 0)
        {
            services.TryAddSingleton(sp => sp.GetRequiredService<WebSocketApiClientFactory>().Get(string.Empty));
        }

        // After the user's configuration: the container's logging and clock fill only what the options left unset.
        services.AddOptions<WebSocketApiClientOptions>(name).PostConfigure<IServiceProvider>(UseContainerServices);
        return new BinanceWsApiBuilder(services, name);
    }

    private static void UseContainerServices(WebSocketApiClientOptions options, IServiceProvider services)
    {
        if (options.LoggerFactory is null && options.Logger is null)
        {
            options.LoggerFactory = services.GetService<ILoggerFactory>();
        }

        // The system clock is the default; a clock the options set themselves wins over the container's.
        if (ReferenceEquals(options.TimeProvider, TimeProvider.System) && services.GetService<TimeProvider>() is { } time)
        {
            options.TimeProvider = time;
        }
    }
}
