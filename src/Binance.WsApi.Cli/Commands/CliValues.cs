using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Binance.WsApi.Cli.Commands;

/// <summary>
/// Values checked while parsing, before any connection: a bad side, type, time in force or number is a usage error
/// (exit 2) naming the bad value and the allowed ones, instead of a round trip that ends in Binance's -1100s.
/// </summary>
internal static class CliValues
{
    public static readonly string[] Sides = ["BUY", "SELL"];
    public static readonly string[] SpotTypes = ["LIMIT", "MARKET", "LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT"];
    public static readonly string[] SpotTimeInForce = ["GTC", "IOC", "FOK"];
    public static readonly string[] FuturesTypes = ["LIMIT", "MARKET", "STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET", "TRAILING_STOP_MARKET"];
    public static readonly string[] FuturesTimeInForce = ["GTC", "IOC", "FOK", "GTX", "GTD"];

    /// <summary>Accepts one of <paramref name="allowed"/>, in any case.</summary>
    public static Argument<string> OneOf(this Argument<string> argument, params string[] allowed)
    {
        argument.Validators.Add(result => Check(result, argument.Name, allowed));
        return argument;
    }

    /// <inheritdoc cref="OneOf(Argument{string}, string[])"/>
    public static Option<string?> OneOf(this Option<string?> option, params string[] allowed)
    {
        option.Validators.Add(result => Check(result, option.Name, allowed));
        return option;
    }

    /// <summary>A decimal option read with the invariant culture ('.' as the separator, whatever the locale), above zero.</summary>
    public static Option<decimal?> Decimal(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value) && value > 0)
            {
                return value;
            }

            result.AddError($"{name} '{text}' is not valid: use a positive decimal number with '.' as the separator, for example 0.001.");
            return null;
        },
    };

    private static void Check(SymbolResult result, string name, string[] allowed)
    {
        foreach (Token token in result.Tokens)
        {
            if (!allowed.Contains(token.Value, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"{name} '{token.Value}' is not valid: use {string.Join(", ", allowed[..^1])} or {allowed[^1]}.");
            }
        }
    }
}
