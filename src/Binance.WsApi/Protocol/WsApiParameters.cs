using System.Buffers;
using System.Collections;
using System.Globalization;

namespace Binance.WsApi;

/// <summary>
/// The <c>params</c> of a request: named values kept with their JSON type, so that they are written exactly as
/// Binance expects (decimals as strings, integers as numbers, flags as booleans, symbol lists as arrays) and signed
/// with the same text. Adding a <see langword="null"/> value is a no-op, which keeps optional parameters simple.
/// </summary>
public sealed class WsApiParameters : IReadOnlyCollection<KeyValuePair<string, object>>
{
    private ParameterEntry[] _entries;
    private int _count;
    private bool _pooled;

    /// <summary>Creates an empty parameter set.</summary>
    public WsApiParameters()
        : this(8)
    {
    }

    /// <summary>Creates an empty parameter set with room for <paramref name="capacity"/> values.</summary>
    public WsApiParameters(int capacity)
    {
        _entries = new ParameterEntry[Math.Max(capacity, 1)];
    }

    private WsApiParameters(ParameterEntry[] pooledEntries)
    {
        _entries = pooledEntries;
        _pooled = true;
    }

    /// <summary>
    /// A parameter set whose storage comes from a pool and goes back once its frame is written (see
    /// <see cref="Recycle"/>): for the client's own per-request sets on the hot path (order placement), which nothing
    /// reads after sending. Never for a set the caller gave, which the caller may reuse.
    /// </summary>
    internal static WsApiParameters Rent(int capacity) => new(ArrayPool<ParameterEntry>.Shared.Rent(Math.Max(capacity, 1)));

    /// <summary>Returns pooled storage once the frame is written; the set is empty afterwards. No-op for other sets.</summary>
    internal void Recycle()
    {
        if (!_pooled)
        {
            return;
        }

        ParameterEntry[] entries = _entries;
        _entries = [];
        _count = 0;
        _pooled = false;
        ArrayPool<ParameterEntry>.Shared.Return(entries, clearArray: true);
    }

    /// <inheritdoc />
    public int Count => _count;

    internal ReadOnlySpan<ParameterEntry> Entries => _entries.AsSpan(0, _count);

    /// <summary>Adds a string value (written as a JSON string). Null is ignored.</summary>
    public WsApiParameters Add(string name, string? value)
    {
        if (value is not null)
        {
            Append(new ParameterEntry(name, ParameterKind.String, value, 0, 0m, null));
        }

        return this;
    }

    /// <summary>Adds an integer value (written as a JSON number). Null is ignored.</summary>
    public WsApiParameters Add(string name, long? value)
    {
        if (value is { } v)
        {
            Append(new ParameterEntry(name, ParameterKind.Integer, null, v, 0m, null));
        }

        return this;
    }

    /// <summary>Adds an integer value (written as a JSON number). Null is ignored.</summary>
    public WsApiParameters Add(string name, int? value) => Add(name, (long?)value);

    /// <summary>
    /// Adds a decimal value, written as a JSON string with the invariant culture and the scale it has
    /// (<c>0.01000000m</c> is sent as <c>"0.01000000"</c>). Null is ignored.
    /// </summary>
    public WsApiParameters Add(string name, decimal? value)
    {
        if (value is { } v)
        {
            Append(new ParameterEntry(name, ParameterKind.Decimal, null, 0, v, null));
        }

        return this;
    }

    /// <summary>Adds a boolean value (written as JSON <c>true</c>/<c>false</c>). Null is ignored.</summary>
    public WsApiParameters Add(string name, bool? value)
    {
        if (value is { } v)
        {
            Append(new ParameterEntry(name, ParameterKind.Boolean, null, v ? 1 : 0, 0m, null));
        }

        return this;
    }

    /// <summary>Adds a Binance enumeration value (written as its JSON string). Null is ignored.</summary>
    public WsApiParameters Add<T>(string name, T? value)
        where T : struct, IStringEnum<T> => Add(name, value?.Value);

    /// <summary>Adds a list of strings (written as a JSON array, for example <c>symbols</c>). Null is ignored.</summary>
    public WsApiParameters Add(string name, IEnumerable<string>? values)
    {
        if (values is not null)
        {
            string[] copy = values.ToArray();
            foreach (string s in copy)
            {
                ArgumentNullException.ThrowIfNull(s, name);
            }

            Append(new ParameterEntry(name, ParameterKind.StringArray, null, 0, 0m, copy));
        }

        return this;
    }

    /// <summary>
    /// Adds a per-request <c>recvWindow</c> (a JSON number, with up to three decimals for microseconds), after checking
    /// it is within Binance's range. Null is ignored, leaving the client-wide window.
    /// </summary>
    internal WsApiParameters AddRecvWindow(TimeSpan? window)
    {
        if (window is { } w)
        {
            Validate.RecvWindow(w, "RecvWindow");
            Append(Protocol.RequestFrameWriter.RecvWindowEntry(w));
        }

        return this;
    }

    /// <summary>True when a value named <paramref name="name"/> was added.</summary>
    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, object>(_entries[i].Name, _entries[i].BoxedValue());
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Shows the parameter names and values (parameters never hold secrets: signing happens at send time).</summary>
    public override string ToString()
    {
        var parts = new string[_count];
        for (int i = 0; i < _count; i++)
        {
            parts[i] = $"{_entries[i].Name}={Convert.ToString(_entries[i].BoxedValue(), CultureInfo.InvariantCulture)}";
        }

        return string.Join('&', parts);
    }

    internal int IndexOf(string name)
    {
        for (int i = 0; i < _count; i++)
        {
            if (string.Equals(_entries[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void Append(in ParameterEntry entry)
    {
        ArgumentException.ThrowIfNullOrEmpty(entry.Name, "name");
        if (IndexOf(entry.Name) >= 0)
        {
            throw new ArgumentException($"Parameter '{entry.Name}' was added twice.", "name");
        }

        if (entry.Name == "signature")
        {
            throw new ArgumentException("'signature' is computed by the client at send time and cannot be set.", "name");
        }

        if (_count == _entries.Length)
        {
            // Pooled storage stays pooled: the old array goes back, a larger one is rented.
            ParameterEntry[] larger = _pooled ? ArrayPool<ParameterEntry>.Shared.Rent(Math.Max(_entries.Length * 2, 4)) : new ParameterEntry[Math.Max(_entries.Length * 2, 4)];
            _entries.AsSpan(0, _count).CopyTo(larger);
            if (_pooled)
            {
                ArrayPool<ParameterEntry>.Shared.Return(_entries, clearArray: true);
            }

            _entries = larger;
        }

        _entries[_count++] = entry;
    }
}
