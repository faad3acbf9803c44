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

    private int BuildPayload(int count)
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

        int length = 0;
        for (int i = 0; i < count; i++)
        {
            ref readonly ParameterEntry entry = ref _entries[_order[i]];
            if (i > 0)
            {
                Append(ref length, "&"u8);
            }

            AppendUtf8(ref length, entry.Name);
            Append(ref length, "="u8);
            AppendValue(ref length, in entry);
        }

        return length;
    }

    private void AppendValue(ref int length, in ParameterEntry entry)
    {
        switch (entry.Kind)
        {
            case ParameterKind.String:
                AppendUtf8(ref length, entry.Text!);
                break;
            case ParameterKind.Integer:
                EnsureCapacity(length + 20);
                Utf8Formatter.TryFormat(entry.Integer, _payload.AsSpan(length), out int w);
                length += w;
                break;
            case ParameterKind.Decimal:
            case ParameterKind.DecimalNumber:
                EnsureCapacity(length + 32);
                entry.Decimal.TryFormat(_payload.AsSpan(length), out int d, default, CultureInfo.InvariantCulture);
                length += d;
                break;
            case ParameterKind.Boolean:
                Append(ref length, entry.Integer != 0 ? TrueBytes : FalseBytes);
                break;
            case ParameterKind.StringArray:
                // The JSON text of the array, as written to the frame (docs/protocol.md §4.2 leaves arrays open).
                Append(ref length, "["u8);
                for (int k = 0; k < entry.Array!.Length; k++)
                {
                    if (k > 0)
                    {
                        Append(ref length, ","u8);
                    }

                    Append(ref length, "\""u8);
                    AppendUtf8(ref length, entry.Array[k]);
                    Append(ref length, "\""u8);
                }

                Append(ref length, "]"u8);
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

    private void Append(ref int length, ReadOnlySpan<byte> bytes)
    {
        EnsureCapacity(length + bytes.Length);
        bytes.CopyTo(_payload.AsSpan(length));
        length += bytes.Length;
    }

    private void AppendUtf8(ref int length, string text)
    {
        EnsureCapacity(length + Encoding.UTF8.GetMaxByteCount(text.Length));
        length += Encoding.UTF8.GetBytes(text, _payload.AsSpan(length));
    }

    private void EnsureCapacity(int size)
    {
        if (size > _payload.Length)
        {
            Array.Resize(ref _payload, Math.Max(size, _payload.Length * 2));
        }
    }
}
