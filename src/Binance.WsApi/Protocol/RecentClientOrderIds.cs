namespace Binance.WsApi.Protocol;

/// <summary>
/// The client order ids of the orders sent lately, so the reader of a reply or an order event (which carries the same
/// id back) shares the request's string instead of allocating it again: an order's id comes back in its placement
/// response and in every <c>executionReport</c> of it. Ids are unique, so the string pool (meant for recurring values)
/// is no place for them; this is a fixed table of the latest ones, a slot per hash, overwritten on collision. A miss
/// only costs the allocation it would have cost anyway.
/// </summary>
internal static class RecentClientOrderIds
{
    // 1,024 slots: 8 KB for the process, well above the number of orders in flight on a few connections.
    private const int Slots = 1024;

    // Binance allows at most 36 characters (spot and futures); longer values are not looked up.
    private const int MaxLength = 36;

    private static readonly string?[] Table = new string?[Slots];

    /// <summary>Remembers an id being sent (ASCII only: every id Binance accepts is).</summary>
    public static void Remember(string? id)
    {
        if (id is null || id.Length == 0 || id.Length > MaxLength || !System.Text.Ascii.IsValid(id))
        {
            return;
        }

        uint hash = 2166136261;
        foreach (char c in id)
        {
            hash = (hash ^ c) * 16777619;
        }

        Volatile.Write(ref Table[hash & (Slots - 1)], id);
    }

    /// <summary>The remembered id whose UTF-8 text is <paramref name="utf8"/>, or null.</summary>
    public static string? Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == 0 || utf8.Length > MaxLength)
        {
            return null;
        }

        uint hash = 2166136261;
        foreach (byte b in utf8)
        {
            hash = (hash ^ b) * 16777619;
        }

        string? id = Volatile.Read(ref Table[hash & (Slots - 1)]);
        return id is not null && System.Text.Ascii.Equals(utf8, id) ? id : null;
    }
}
