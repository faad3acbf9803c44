using System.Text.Json;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// The <c>symbol</c> | <c>symbols</c> | <c>symbolStatus</c> parameters of the market-data methods (docs/protocol.md §5.2):
/// mutually exclusive symbol and symbols (-1128), duplicates -1151, unknown -1121, bad status -1122, a single symbol
/// whose status differs -1220 (lists are filtered instead).
/// </summary>
internal sealed class SymbolSelection
{
    private static readonly HashSet<string> Statuses = new(SpotSymbol.KnownStatuses, StringComparer.Ordinal);

    private SymbolSelection(IReadOnlyList<SpotSymbol> symbols, bool single)
    {
        Symbols = symbols;
        Single = single;
    }

    public IReadOnlyList<SpotSymbol> Symbols { get; }

    /// <summary>Selected by <c>symbol</c>: the result is an object, not an array.</summary>
    public bool Single { get; }

    /// <summary>How many symbols a request names (for weights): 1 for symbol, the list length for symbols, -1 for none.</summary>
    public static int CountNamed(JsonElement p)
    {
        if (ParamReader.Has(p, "symbol"))
        {
            return 1;
        }

        if (!ParamReader.Has(p, "symbols"))
        {
            return -1;
        }

        return GeneralHandlers.ReadStringOrArray(p, "symbols", out List<string> names, requireArray: true) is null ? names.Count : 1;
    }

    /// <param name="ctx">The request.</param>
    /// <param name="required">symbol or symbols must be sent (else all symbols).</param>
    /// <param name="selection">The symbols, in request order.</param>
    /// <param name="allowStatus">The method takes symbolStatus.</param>
    public static ApiError? Read(RequestContext ctx, bool required, out SymbolSelection selection, bool allowStatus = true)
    {
        selection = new SymbolSelection([], false);
        JsonElement p = ctx.Params;
        SymbolCatalog catalog = ctx.Services.Symbols;
        bool hasSymbol = ParamReader.Has(p, "symbol");
        bool hasSymbols = ParamReader.Has(p, "symbols");
        if (hasSymbol && hasSymbols)
        {
            return Errors.BadParameterCombination();
        }

        string? status = null;
        if (allowStatus)
        {
            status = ParamReader.OptionalString(p, "symbolStatus", out ApiError? statusError);
            if (statusError is not null || (status is not null && !Statuses.Contains(status)))
            {
                return Errors.InvalidSymbolStatus();
            }
        }

        if (hasSymbol)
        {
            if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
            {
                return symbolError;
            }

            if (status is not null && symbol.Status != status)
            {
                return new ApiError(400, -1220, "The symbol's status does not match the requested symbolStatus.");
            }

            selection = new SymbolSelection([symbol], true);
            return null;
        }

        if (!hasSymbols)
        {
            if (required)
            {
                return new ApiError(400, -1102, "Param 'symbol' or 'symbols' must be sent, but both were empty/null!");
            }

            selection = new SymbolSelection([.. catalog.Spot.Where(s => status is null || s.Status == status)], false);
            return null;
        }

        if (GeneralHandlers.ReadStringOrArray(p, "symbols", out List<string> names, requireArray: true) is { } listError)
        {
            return listError;
        }

        if (names.Count == 0)
        {
            return Errors.MandatoryParameter("symbols");
        }

        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            return Errors.DuplicateSymbols();
        }

        var symbols = new List<SpotSymbol>();
        foreach (string name in names)
        {
            if (catalog.FindSpot(name) is not { } found)
            {
                return Errors.InvalidSymbol();
            }

            if (status is null || found.Status == status)
            {
                symbols.Add(found);
            }
        }

        selection = new SymbolSelection(symbols, false);
        return null;
    }
}
