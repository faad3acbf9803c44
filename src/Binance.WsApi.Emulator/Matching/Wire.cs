using System.Collections.Concurrent;
using System.Text;

namespace Binance.WsApi.Emulator.Matching;

/// <summary>
/// Wire names of the engine's enums: Binance's UPPER_SNAKE_CASE derived from the PascalCase members
/// (<c>LimitMaker</c> → <c>LIMIT_MAKER</c>), so the enums stay idiomatic C# and the mapping cannot drift.
/// </summary>
internal static class Wire
{
    private static readonly ConcurrentDictionary<Type, (Dictionary<int, string> Names, Dictionary<string, int> Values)> Maps = new();

    public static string Name<T>(T value) where T : struct, Enum => Map<T>().Names[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>Exact, case-sensitive parse of a wire name (Binance enums are case-sensitive).</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        if (text is not null && Map<T>().Values.TryGetValue(text, out int raw))
        {
            value = (T)Enum.ToObject(typeof(T), raw);
            return true;
        }

        value = default;
        return false;
    }

    private static (Dictionary<int, string> Names, Dictionary<string, int> Values) Map<T>() where T : struct, Enum =>
        Maps.GetOrAdd(typeof(T), static _ =>
        {
            var names = new Dictionary<int, string>();
            var values = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (T member in Enum.GetValues<T>())
            {
                string wire = ToSnake(member.ToString());
                int raw = Convert.ToInt32(member, System.Globalization.CultureInfo.InvariantCulture);
                names[raw] = wire;
                values[wire] = raw;
            }

            return (names, values);
        });

    private static string ToSnake(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 8);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (i > 0 && char.IsUpper(c))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }
}
