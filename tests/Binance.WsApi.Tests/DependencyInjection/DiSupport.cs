using Binance.WsApi.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Binance.WsApi.Tests.DependencyInjection;

/// <summary>In-memory configuration pointing a client at an emulator, as an application's appsettings would.</summary>
internal static class DiSupport
{
    public static Dictionary<string, string?> EmulatorKeys(ExchangeEmulator emulator, string section = "Binance") => new()
    {
        [$"{section}:EndpointUrls:Spot"] = emulator.SpotUri.ToString(),
        [$"{section}:EndpointUrls:UsdM"] = emulator.UsdMUri.ToString(),
        [$"{section}:RequestTimeout"] = "00:00:05",
        [$"{section}:ConnectTimeout"] = "00:00:03",
        [$"{section}:ReconnectPolicy:InitialDelay"] = "00:00:00.020",
        [$"{section}:ReconnectPolicy:MaxDelay"] = "00:00:00.200",
        [$"{section}:MuteLatencyWarning"] = "true",
    };

    public static IConfiguration Build(Dictionary<string, string?> keys) =>
        new ConfigurationBuilder().AddInMemoryCollection(keys).Build();

    public static ServiceProvider Provider(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The demo Ed25519 key written to a temporary PEM file (a public RFC 8032 test key, never a real one).</summary>
    public static TempKeyFile WriteEd25519KeyFile() => new(DemoAccount.Ed25519PrivateKeyPem);

    internal sealed class TempKeyFile : IDisposable
    {
        public TempKeyFile(string pem)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"binance-wsapi-test-{Guid.NewGuid():N}.pem");
            File.WriteAllText(Path, pem);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
