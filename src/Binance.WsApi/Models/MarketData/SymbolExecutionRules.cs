namespace Binance.WsApi.Models;

/// <summary>The execution rules of one symbol.</summary>
public sealed record SymbolExecutionRules
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>Its rules.</summary>
    public IReadOnlyList<ExecutionRule> Rules { get; init; } = [];

    /// <summary>Finds a rule by type (for example <c>PRICE_RANGE</c>), or null.</summary>
    public ExecutionRule? GetRule(string ruleType)
    {
        foreach (ExecutionRule rule in Rules)
        {
            if (string.Equals(rule.RuleType, ruleType, StringComparison.Ordinal))
            {
                return rule;
            }
        }

        return null;
    }
}
