namespace Binance.WsApi.Models;

/// <summary>The result of <c>executionRules</c>: the rules each symbol applies to order prices.</summary>
public sealed record SpotExecutionRules
{
    /// <summary>One entry per symbol asked for.</summary>
    public IReadOnlyList<SpotSymbolExecutionRules> SymbolRules { get; init; } = [];
}
