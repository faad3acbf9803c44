namespace Binance.WsApi.Protocol;

/// <summary>
/// A response's <c>rateLimits</c> as <see cref="RateLimitsReader.ReadPacked"/> read them: the first entry inline, the
/// others (order placements report three) in one packed array; or, when some value could not be packed, the list the
/// object reader built. The default value is "no entries". The public <see cref="RateLimit"/> objects are made only
/// when someone asks (<see cref="ToList"/>).
/// </summary>
internal readonly struct PackedRateLimits
{
    // PackedRateLimit[]: the entries after the first. IReadOnlyList<RateLimit>: the whole list, as objects (then First
    // is unused). Null: the first entry only, or none.
    private readonly object? _more;

    public PackedRateLimits(PackedRateLimit first, PackedRateLimit[]? rest)
    {
        First = first;
        _more = rest is { Length: > 0 } ? rest : null;
    }

    private PackedRateLimits(PackedRateLimit first, object? more)
    {
        First = first;
        _more = more;
    }

    /// <summary>A list that was read (or built) as objects.</summary>
    public static PackedRateLimits FromList(IReadOnlyList<RateLimit> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new PackedRateLimits(default, list);
    }

    /// <summary>
    /// Rebuilds the value from what a holder stored (<see cref="First"/> and <see cref="More"/>), which may since have
    /// become the materialized list.
    /// </summary>
    public static PackedRateLimits FromParts(PackedRateLimit first, object? more) => new(first, more);

    /// <summary>The first entry (not present when there are none, or when the entries are held as objects).</summary>
    public PackedRateLimit First { get; }

    /// <summary>The rest of the packed entries or the object list, for a holder to store in one field.</summary>
    public object? More => _more;

    /// <summary>The entries as objects, when they were read (or built) that way.</summary>
    public IReadOnlyList<RateLimit>? List => _more as IReadOnlyList<RateLimit>;

    /// <summary>The packed entries after the first (empty when there are none, or when held as objects).</summary>
    public ReadOnlySpan<PackedRateLimit> Rest => _more as PackedRateLimit[];

    /// <summary>How many entries.</summary>
    public int Count => _more switch
    {
        IReadOnlyList<RateLimit> list => list.Count,
        PackedRateLimit[] rest => 1 + rest.Length,
        _ => First.IsPresent ? 1 : 0,
    };

    /// <summary>The entries as the public objects (the stored list when they were read that way).</summary>
    public IReadOnlyList<RateLimit> ToList() => Materialize(First, _more);

    /// <summary>The public list of a first entry and what <see cref="More"/> held.</summary>
    public static IReadOnlyList<RateLimit> Materialize(in PackedRateLimit first, object? more)
    {
        if (more is IReadOnlyList<RateLimit> list)
        {
            return list;
        }

        if (!first.IsPresent)
        {
            return Array.Empty<RateLimit>();
        }

        var rest = more as PackedRateLimit[];
        var limits = new RateLimit[1 + (rest?.Length ?? 0)];
        limits[0] = first.ToRateLimit();
        for (int i = 1; i < limits.Length; i++)
        {
            limits[i] = rest![i - 1].ToRateLimit();
        }

        return limits;
    }
}
