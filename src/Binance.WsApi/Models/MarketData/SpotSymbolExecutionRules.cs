namespace Binance.WsApi.Models;

/// <summary>The execution rules of one symbol.</summary>
public sealed record SpotSymbolExecutionRules
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>Its rules.</summary>
    public IReadOnlyList<SpotExecutionRule> Rules { get; init; } = [];

    /// <summary>Finds a rule by type (for example <c>PRICE_RANGE</c>), or null.</summary>
    public SpotExecutionRule? GetRule(string ruleType)
    {
        foreach (SpotExecutionRule rule in Rules)
        {
            if (string.Equals(rule.RuleType, ruleType, StringComparison.Ordinal))
            {
                return rule;
            }
        }

        return null;
    }
}
