namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>The names a scenario goes by on the wire to the Node.js script and in the report.</summary>
internal static class ScenarioNames
{
    public static readonly Scenario[] All = [Scenario.Ping, Scenario.OrderHmac, Scenario.OrderEd25519];

    public static string Id(this Scenario scenario) => scenario switch
    {
        Scenario.Ping => "ping",
        Scenario.OrderHmac => "order-hmac",
        Scenario.OrderEd25519 => "order-ed25519",
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };

    public static string Title(this Scenario scenario) => scenario switch
    {
        Scenario.Ping => "ping",
        Scenario.OrderHmac => "order.place, HMAC per request",
        Scenario.OrderEd25519 => "order.place, Ed25519 after session.logon",
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };
}
