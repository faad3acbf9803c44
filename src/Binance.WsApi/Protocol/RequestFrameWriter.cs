using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Binance.WsApi.Protocol;

/// <summary>
/// Writes one request frame <c>{"id":…,"method":…,"params":{…}}</c> into a reusable buffer, and signs it: the
/// canonical payload is every parameter except <c>signature</c>, sorted by name (ordinal), joined as
/// <c>name=value</c> with <c>&amp;</c>, raw UTF-8 (docs/protocol.md §4.2). The payload uses the very text that the JSON
/// carries, so the two cannot disagree. Not thread-safe: one instance per send path.
/// </summary>
internal sealed class RequestFrameWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Symbols may be non-ASCII since 2025; keep them as UTF-8 rather than \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly byte[] TrueBytes = "true"u8.ToArray();
    private static readonly byte[] FalseBytes = "false"u8.ToArray();

    private readonly ArrayBufferWriter<byte> _frame = new(1024);
    private readonly Utf8JsonWriter _json;
    private ParameterEntry[] _entries = new ParameterEntry[16];
    private int[] _order = new int[16];
    private byte[] _payload = new byte[1024];
    private byte[] _values = new byte[512]; // each value's text once (plain path), in the parameters' order
    private int[] _valueStarts = new int[17]; // where each value starts in _values, and where the last ends
    private byte[] _plain = new byte[1024]; // the frame written by the plain path
    private int _plainLength;

    public RequestFrameWriter()
    {
        _json = new Utf8JsonWriter(_frame, WriterOptions);
    }

    private int _lastPayloadLength;

    /// <summary>The canonical payload of the last signed frame (for tests and diagnostics; it holds no secret).</summary>
    public ReadOnlySpan<byte> LastPayload => _payload.AsSpan(0, _lastPayloadLength);

    /// <summary>Writes the frame; the returned memory is valid until the next call.</summary>
    public ReadOnlyMemory<byte> Write(long id, string method, WsApiParameters? parameters, in SigningPlan plan)
    {
        int count = CollectEntries(parameters, plan);
        return TryWritePlain(id, method, count, plan) ? _plain.AsMemory(0, _plainLength) : WriteGeneral(id, method, count, plan);
    }

    /// <summary>
    /// Writes the frame with <see cref="Utf8JsonWriter"/>, whatever the text: the reference the plain path is tested
    /// against (<see cref="TryWritePlain"/>), and the path for text that needs escaping.
    /// </summary>
    internal ReadOnlyMemory<byte> WriteGeneral(long id, string method, WsApiParameters? parameters, in SigningPlan plan) =>
        WriteGeneral(id, method, CollectEntries(parameters, plan), plan);

    private ReadOnlyMemory<byte> WriteGeneral(long id, string method, int count, in SigningPlan plan)
    {
        Span<byte> signature = stackalloc byte[plan.Signer?.MaxSignatureLength ?? 0];
        int signatureLength = 0;
        _lastPayloadLength = 0;
        if (plan.Signer is { } signer)
        {
            _lastPayloadLength = BuildPayload(count);
            signatureLength = signer.Sign(LastPayload, signature);
        }

        _frame.ResetWrittenCount();
        _json.Reset(_frame);
        _json.WriteStartObject();
        _json.WriteNumber("id"u8, id);
        _json.WriteString("method"u8, method);
        if (count > 0 || signatureLength > 0)
        {
            _json.WritePropertyName("params"u8);
            _json.WriteStartObject();
            for (int i = 0; i < count; i++)
            {
                WriteJsonValue(in _entries[i]);
            }

            if (signatureLength > 0)
            {
                _json.WriteString("signature"u8, signature[..signatureLength]);
            }

            _json.WriteEndObject();
        }

        _json.WriteEndObject();
        _json.Flush();
        return _frame.WrittenMemory;
    }

    /// <summary>
    /// The usual case, written by hand: every name and text value is printable ASCII with no quote or backslash (what
    /// Binance's symbols, ids and enumerations are), so it goes into the JSON as it is. Each value is formatted once, and
    /// the signature payload and the frame are both copied from that text, so they cannot disagree. The bytes are the
    /// ones <see cref="WriteGeneral(long, string, WsApiParameters?, in SigningPlan)"/> writes (tests compare them).
    /// False, with nothing written, when some text needs the general path.
    /// </summary>
    private bool TryWritePlain(long id, string method, int count, in SigningPlan plan)
    {
        if (!IsPlain(method))
        {
            return false;
        }

        // 1. Each value's text, once, in the parameters' order.
        if (_valueStarts.Length < count + 1)
        {
            _valueStarts = new int[Math.Max(count + 1, _valueStarts.Length * 2)];
        }

        int length = 0;
        for (int i = 0; i < count; i++)
        {
            ref readonly ParameterEntry entry = ref _entries[i];
            if (!IsPlain(entry.Name) || !IsPlainValue(in entry))
            {
                return false;
            }

            _valueStarts[i] = length;
            AppendValue(ref _values, ref length, in entry);
        }

        _valueStarts[count] = length;

        // 2. The signature, over name=value sorted by name.
        Span<byte> signature = stackalloc byte[plan.Signer?.MaxSignatureLength ?? 0];
        int signatureLength = 0;
        _lastPayloadLength = 0;
        if (plan.Signer is { } signer)
        {
            SortEntries(count);
            int payload = 0;
            for (int i = 0; i < count; i++)
            {
                int k = _order[i];
                if (i > 0)
                {
                    Append(ref _payload, ref payload, "&"u8);
                }

                AppendAscii(ref _payload, ref payload, _entries[k].Name);
                Append(ref _payload, ref payload, "="u8);
                Append(ref _payload, ref payload, ValueText(k));
            }

            _lastPayloadLength = payload;
            signatureLength = signer.Sign(LastPayload, signature);
        }

        // 3. The frame, in the parameters' order.
        int at = 0;
        Append(ref _plain, ref at, "{\"id\":"u8);
        EnsureCapacity(ref _plain, at + 20);
        Utf8Formatter.TryFormat(id, _plain.AsSpan(at), out int idLength);
        at += idLength;
        Append(ref _plain, ref at, ",\"method\":\""u8);
        AppendAscii(ref _plain, ref at, method);
        Append(ref _plain, ref at, "\""u8);
        if (count > 0 || signatureLength > 0)
        {
            Append(ref _plain, ref at, ",\"params\":{"u8);
            for (int i = 0; i < count; i++)
            {
                ref readonly ParameterEntry entry = ref _entries[i];
                if (i > 0)
                {
                    Append(ref _plain, ref at, ","u8);
                }

                Append(ref _plain, ref at, "\""u8);
                AppendAscii(ref _plain, ref at, entry.Name);
                Append(ref _plain, ref at, "\":"u8);
                bool quoted = entry.Kind is ParameterKind.String or ParameterKind.Decimal;
                if (quoted)
                {
                    Append(ref _plain, ref at, "\""u8);
                }

                Append(ref _plain, ref at, ValueText(i));
                if (quoted)
                {
                    Append(ref _plain, ref at, "\""u8);
                }

                if (entry.Kind == ParameterKind.String && entry.Name == "newClientOrderId")
                {
                    // The reply and the order's events carry it back: their readers share this string.
                    RecentClientOrderIds.Remember(entry.Text);
                }
            }

            if (signatureLength > 0)
            {
                // Hex or base64: nothing in it needs escaping.
                Append(ref _plain, ref at, (count > 0 ? ",\"signature\":\""u8 : "\"signature\":\""u8));
                Append(ref _plain, ref at, signature[..signatureLength]);
                Append(ref _plain, ref at, "\""u8);
            }

            Append(ref _plain, ref at, "}"u8);
        }

        Append(ref _plain, ref at, "}"u8);
        _plainLength = at;
        return true;
    }

    private ReadOnlySpan<byte> ValueText(int entry) => _values.AsSpan(_valueStarts[entry], _valueStarts[entry + 1] - _valueStarts[entry]);

    /// <summary>Printable ASCII without a quote or a backslash: JSON text that needs no escaping.</summary>
    private static bool IsPlain(string text)
    {
        foreach (char c in text)
        {
            if (c is < ' ' or > '~' or '"' or '\\')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlainValue(in ParameterEntry entry) => entry.Kind switch
    {
        ParameterKind.String => IsPlain(entry.Text!),
        ParameterKind.StringArray => Array.TrueForAll(entry.Array!, IsPlain),
        _ => true,
    };

    private static void AppendAscii(ref byte[] buffer, ref int length, string text)
    {
        EnsureCapacity(ref buffer, length + text.Length);
        // Checked plain (ASCII) by the caller: one byte per char.
        System.Text.Ascii.FromUtf16(text, buffer.AsSpan(length), out int written);
        length += written;
    }

    private int CollectEntries(WsApiParameters? parameters, in SigningPlan plan)
    {
        ReadOnlySpan<ParameterEntry> given = parameters is null ? default : parameters.Entries;
        int needed = given.Length + 3;
        if (_entries.Length < needed)
        {
            _entries = new ParameterEntry[needed * 2];
            _order = new int[needed * 2];
        }

        given.CopyTo(_entries);
        int count = given.Length;
        if (plan.ApiKey is not null && parameters?.Contains("apiKey") != true)
        {
            _entries[count++] = new ParameterEntry("apiKey", ParameterKind.String, plan.ApiKey, 0, 0m, null);
        }

        // A timestamp the caller set is theirs: it is never replaced or shifted.
        if (plan.Timestamp is { } timestamp && parameters?.Contains("timestamp") != true)
        {
            _entries[count++] = new ParameterEntry("timestamp", ParameterKind.Integer, null, timestamp, 0m, null);
        }

        if (plan.RecvWindow is { } window && parameters?.Contains("recvWindow") != true)
        {
            _entries[count++] = RecvWindowEntry(window);
        }

        return count;
    }

    internal static ParameterEntry RecvWindowEntry(TimeSpan window)
    {
        long micros = window.Ticks / TimeSpan.TicksPerMicrosecond;
        return micros % 1000 == 0
            ? new ParameterEntry("recvWindow", ParameterKind.Integer, null, micros / 1000, 0m, null)
            : new ParameterEntry("recvWindow", ParameterKind.DecimalNumber, null, 0, micros / 1000m, null);
    }

    private void SortEntries(int count)
    {
        for (int i = 0; i < count; i++)
        {
            _order[i] = i;
        }

        // Insertion sort: requests carry a handful of parameters, and this allocates nothing.
        for (int i = 1; i < count; i++)
        {
            int current = _order[i];
            int j = i - 1;
            while (j >= 0 && string.CompareOrdinal(_entries[_order[j]].Name, _entries[current].Name) > 0)
            {
                _order[j + 1] = _order[j];
                j--;
            }

            _order[j + 1] = current;
        }
    }

    private int BuildPayload(int count)
    {
        SortEntries(count);
        int length = 0;
        for (int i = 0; i < count; i++)
        {
            ref readonly ParameterEntry entry = ref _entries[_order[i]];
            if (i > 0)
            {
                Append(ref _payload, ref length, "&"u8);
            }

            AppendUtf8(ref _payload, ref length, entry.Name);
            Append(ref _payload, ref length, "="u8);
            AppendValue(ref _payload, ref length, in entry);
        }

        return length;
    }

    /// <summary>A value's text as it is signed: strings raw (not escaped), numbers invariant, arrays as JSON text.</summary>
    private static void AppendValue(ref byte[] buffer, ref int length, in ParameterEntry entry)
    {
        switch (entry.Kind)
        {
            case ParameterKind.String:
                AppendUtf8(ref buffer, ref length, entry.Text!);
                break;
            case ParameterKind.Integer:
                EnsureCapacity(ref buffer, length + 20);
                Utf8Formatter.TryFormat(entry.Integer, buffer.AsSpan(length), out int w);
                length += w;
                break;
            case ParameterKind.Decimal:
            case ParameterKind.DecimalNumber:
                EnsureCapacity(ref buffer, length + 32);
                entry.Decimal.TryFormat(buffer.AsSpan(length), out int d, default, CultureInfo.InvariantCulture);
                length += d;
                break;
            case ParameterKind.Boolean:
                Append(ref buffer, ref length, entry.Integer != 0 ? TrueBytes : FalseBytes);
                break;
            case ParameterKind.StringArray:
                // The JSON text of the array, as written to the frame (docs/protocol.md §4.2 leaves arrays open).
                Append(ref buffer, ref length, "["u8);
                for (int k = 0; k < entry.Array!.Length; k++)
                {
                    if (k > 0)
                    {
                        Append(ref buffer, ref length, ","u8);
                    }

                    Append(ref buffer, ref length, "\""u8);
                    AppendUtf8(ref buffer, ref length, entry.Array[k]);
                    Append(ref buffer, ref length, "\""u8);
                }

                Append(ref buffer, ref length, "]"u8);
                break;
        }
    }

    private void WriteJsonValue(in ParameterEntry entry)
    {
        switch (entry.Kind)
        {
            case ParameterKind.String:
                _json.WriteString(entry.Name, entry.Text);
                if (entry.Name == "newClientOrderId")
                {
                    // The reply and the order's events carry it back: their readers share this string.
                    RecentClientOrderIds.Remember(entry.Text);
                }

                break;
            case ParameterKind.Integer:
                _json.WriteNumber(entry.Name, entry.Integer);
                break;
            case ParameterKind.Decimal:
            {
                // Decimals go as JSON strings with the invariant culture and their own scale.
                Span<byte> text = stackalloc byte[32];
                entry.Decimal.TryFormat(text, out int written, default, CultureInfo.InvariantCulture);
                _json.WriteString(entry.Name, text[..written]);
                break;
            }

            case ParameterKind.DecimalNumber:
                _json.WriteNumber(entry.Name, entry.Decimal);
                break;
            case ParameterKind.Boolean:
                _json.WriteBoolean(entry.Name, entry.Integer != 0);
                break;
            case ParameterKind.StringArray:
                _json.WriteStartArray(entry.Name);
                foreach (string s in entry.Array!)
                {
                    _json.WriteStringValue(s);
                }

                _json.WriteEndArray();
                break;
        }
    }

    private static void Append(ref byte[] buffer, ref int length, ReadOnlySpan<byte> bytes)
    {
        EnsureCapacity(ref buffer, length + bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    private static void AppendUtf8(ref byte[] buffer, ref int length, string text)
    {
        EnsureCapacity(ref buffer, length + Encoding.UTF8.GetMaxByteCount(text.Length));
        length += Encoding.UTF8.GetBytes(text, buffer.AsSpan(length));
    }

    private static void EnsureCapacity(ref byte[] buffer, int size)
    {
        if (size > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(size, buffer.Length * 2));
        }
    }
}
