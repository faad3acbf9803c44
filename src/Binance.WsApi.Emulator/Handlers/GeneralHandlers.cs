using System.Text.Json;
using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// <c>ping</c>, <c>time</c>, <c>exchangeInfo</c> (docs/protocol.md §5.1). The futures WS APIs do not list these methods;
/// the emulator offers them on every path as a convenience (connectivity checks, symbol data for tests).
/// </summary>
internal sealed class GeneralHandlers(EmulatorServices services) : IMethodGroup
{
    private static readonly HashSet<string> SymbolStatuses = new(SpotSymbol.KnownStatuses, StringComparer.Ordinal);
    private static readonly string[] DefaultPermissions = ["SPOT", "MARGIN", "LEVERAGED"];

    public IEnumerable<MethodDefinition> GetMethods() =>
    [
        new MethodDefinition
        {
            Name = "ping",
            Markets = MarketSet.All,
            Security = SecurityType.None,
            Weight = MethodDefinition.FixedWeight(1),
            Handler = _ => MethodResult.Ok(static w =>
            {
                w.WriteStartObject();
                w.WriteEndObject();
            }),
        },
        new MethodDefinition
        {
            Name = "time",
            Markets = MarketSet.All,
            Security = SecurityType.None,
            Weight = MethodDefinition.FixedWeight(1),
            Handler = ctx => MethodResult.Ok(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("serverTime", ctx.NowMs);
                w.WriteEndObject();
            }),
        },
        new MethodDefinition
        {
            Name = "exchangeInfo",
            Markets = MarketSet.All,
            Security = SecurityType.None,
            Weight = MethodDefinition.SpotFuturesWeight(20, 1),
            Handler = ctx => ctx.Market == MarketKind.Spot ? SpotExchangeInfo(ctx) : FuturesExchangeInfo(ctx),
        },
    ];

    private MethodResult FuturesExchangeInfo(RequestContext ctx)
    {
        IReadOnlyList<FuturesSymbol> symbols = ctx.Market == MarketKind.UsdM ? services.Symbols.UsdM : services.Symbols.CoinM;
        int limit = services.WeightLimit(ctx.Market);
        return MethodResult.Ok(w => ExchangeInfoWriter.WriteFutures(w, ctx.Market, ctx.NowMs, limit, symbols));
    }

    private MethodResult SpotExchangeInfo(RequestContext ctx)
    {
        JsonElement p = ctx.Params;
        bool hasSymbol = ParamReader.Has(p, "symbol");
        bool hasSymbols = ParamReader.Has(p, "symbols");
        bool hasPermissions = ParamReader.Has(p, "permissions");
        bool hasStatus = ParamReader.Has(p, "symbolStatus");

        // symbol | symbols | permissions: at most one; symbolStatus not with symbol/symbols (docs/protocol.md §5.1).
        if ((hasSymbol ? 1 : 0) + (hasSymbols ? 1 : 0) + (hasPermissions ? 1 : 0) > 1 || (hasStatus && (hasSymbol || hasSymbols)))
        {
            return Errors.BadParameterCombination();
        }

        bool showPermissionSets = ParamReader.OptionalBoolean(p, "showPermissionSets", out ApiError? showError) ?? true;
        if (showError is not null)
        {
            return showError;
        }

        string? status = ParamReader.OptionalString(p, "symbolStatus", out ApiError? statusError);
        if (statusError is not null || (status is not null && !SymbolStatuses.Contains(status)))
        {
            return Errors.InvalidSymbolStatus();
        }

        var selected = new List<SpotSymbol>();
        if (hasSymbol)
        {
            string? name = ParamReader.OptionalString(p, "symbol", out ApiError? symbolError);
            if (symbolError is not null)
            {
                return symbolError;
            }

            if (services.Symbols.FindSpot(name!) is not { } symbol)
            {
                return Errors.InvalidSymbol();
            }

            selected.Add(symbol);
        }
        else if (hasSymbols)
        {
            ApiError? error = ReadSymbolList(p, selected);
            if (error is not null)
            {
                return error;
            }
        }
        else
        {
            IReadOnlyCollection<string> permissions = DefaultPermissions;
            if (hasPermissions)
            {
                ApiError? error = ReadStringOrArray(p, "permissions", out List<string> list);
                if (error is not null)
                {
                    return error;
                }

                permissions = list;
            }

            foreach (SpotSymbol symbol in services.Symbols.Spot)
            {
                if (symbol.HasAnyPermission(permissions) && (status is null || symbol.Status == status))
                {
                    selected.Add(symbol);
                }
            }
        }

        int limit = services.WeightLimit(ctx.Market);
        var sors = services.Symbols.Sors;
        return MethodResult.Ok(w => ExchangeInfoWriter.WriteSpot(w, ctx.NowMs, limit, selected, showPermissionSets, sors));
    }

    private ApiError? ReadSymbolList(JsonElement p, List<SpotSymbol> selected)
    {
        ApiError? error = ReadStringOrArray(p, "symbols", out List<string> names, requireArray: true);
        if (error is not null)
        {
            return error;
        }

        if (names.Count == 0)
        {
            return Errors.MandatoryParameter("symbols");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            if (!seen.Add(name))
            {
                return Errors.DuplicateSymbols();
            }
        }

        foreach (string name in names)
        {
            if (services.Symbols.FindSpot(name) is not { } symbol)
            {
                return Errors.InvalidSymbol();
            }

            selected.Add(symbol);
        }

        return null;
    }

    /// <summary>
    /// A list parameter given as a JSON array of strings, or (REST habit) as a string holding a JSON array;
    /// <c>permissions</c> may also be a single plain string.
    /// </summary>
    internal static ApiError? ReadStringOrArray(JsonElement p, string name, out List<string> values, bool requireArray = false)
    {
        values = [];
        JsonElement value = p.GetProperty(name);
        if (value.ValueKind == JsonValueKind.String)
        {
            string text = value.GetString()!;
            if (!text.StartsWith('['))
            {
                if (requireArray)
                {
                    return Errors.InvalidJsonParameter(name);
                }

                values.Add(text);
                return null;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(text);
                return ReadArray(document.RootElement, name, values);
            }
            catch (JsonException)
            {
                return Errors.InvalidJsonParameter(name);
            }
        }

        return ReadArray(value, name, values);
    }

    private static ApiError? ReadArray(JsonElement array, string name, List<string> values)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            return Errors.InvalidJsonParameter(name);
        }

        foreach (JsonElement item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(item.GetString()))
            {
                return Errors.InvalidJsonParameter(name);
            }

            values.Add(item.GetString()!);
        }

        return null;
    }
}
