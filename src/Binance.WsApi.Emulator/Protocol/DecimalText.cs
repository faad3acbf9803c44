using System.Globalization;

namespace Binance.WsApi.Emulator.Protocol;

/// <summary>Decimal rendering as Binance prints it: strings, invariant culture, fixed places where the API uses them.</summary>
internal static class DecimalText
{
    /// <summary>Eight places, as spot prints prices, quantities and balances ("0.00100000").</summary>
    public static string F8(decimal value) => value.ToString("0.00000000", CultureInfo.InvariantCulture);

    /// <summary>Shortest exact text ("5", "0.2"), as spot prints multipliers.</summary>
    public static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Fixed number of places.</summary>
    public static string Fixed(decimal value, int places) =>
        value.ToString(places == 0 ? "0" : "0." + new string('0', places), CultureInfo.InvariantCulture);
}
