using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>Method lookup per market. New method groups (trading, user data, futures) register here and nowhere else.</summary>
internal sealed class MethodRegistry
{
    private readonly Dictionary<(MarketKind, string), MethodDefinition> _methods = [];

    public MethodRegistry Register(IMethodGroup group)
    {
        foreach (MethodDefinition method in group.GetMethods())
        {
            foreach (MarketKind market in Enum.GetValues<MarketKind>())
            {
                if (method.Markets.HasFlag(market.ToSet()) && !_methods.TryAdd((market, method.Name), method))
                {
                    throw new InvalidOperationException($"Method '{method.Name}' is registered twice for {market}.");
                }
            }
        }

        return this;
    }

    /// <summary>Finds a method by its wire name; spot also accepts the documented <c>v3/</c> prefix.</summary>
    public MethodDefinition? Find(MarketKind market, string? method)
    {
        if (string.IsNullOrEmpty(method))
        {
            return null;
        }

        if (market == MarketKind.Spot && method.StartsWith("v3/", StringComparison.Ordinal))
        {
            method = method[3..];
        }

        return _methods.GetValueOrDefault((market, method));
    }

    public IEnumerable<MethodDefinition> All => _methods.Values.Distinct();
}
