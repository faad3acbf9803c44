using System.Text.Json;

namespace Binance.WsApi.Emulator.Hosting.Admin;

/// <summary>Admin actions on the emulator's wall clock (<see cref="AdjustableClock"/>).</summary>
internal static class ClockAdmin
{
    public static void Write(EmulatorServices services, Utf8JsonWriter w)
    {
        AdjustableClock clock = services.Clock;
        w.WriteStartObject();
        w.WriteNumber("now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        w.WriteNumber("offsetMs", (long)clock.Offset.TotalMilliseconds);
        w.WriteBoolean("frozen", clock.FrozenAt is not null);
        w.WriteEndObject();
    }

    /// <summary><c>{"offsetMs":n}</c> runs the clock shifted by n ms; <c>{"freeze":true[,"atMs":t]}</c> stops it; <c>{"freeze":false}</c> runs it on from there.</summary>
    public static void Set(JsonElement body, EmulatorServices services, Utf8JsonWriter w)
    {
        long? offsetMs = AdminBody.OptionalLong(body, "offsetMs");
        bool? freeze = AdminBody.OptionalBool(body, "freeze");
        long? atMs = AdminBody.OptionalLong(body, "atMs");
        if ((offsetMs is null) == (freeze is null))
        {
            throw new ArgumentException("Give either 'offsetMs' (run shifted) or 'freeze' (true, optionally with 'atMs'; false to run on).");
        }

        if (atMs is not null && freeze != true)
        {
            throw new ArgumentException("'atMs' goes with \"freeze\":true.");
        }

        AdjustableClock clock = services.Clock;
        if (offsetMs is { } offset)
        {
            clock.SetOffset(Milliseconds(offset, "offsetMs"));
        }
        else if (freeze == true)
        {
            clock.Freeze(atMs is { } at ? Instant(at) : null);
        }
        else
        {
            clock.Unfreeze();
        }

        Write(services, w);
    }

    public static void Advance(JsonElement body, EmulatorServices services, Utf8JsonWriter w)
    {
        long ms = AdminBody.RequiredLong(body, "ms");
        if (ms < 0)
        {
            throw new ArgumentException("'ms' must not be negative (the clock does not go back; set 'offsetMs' instead).");
        }

        services.Clock.Advance(Milliseconds(ms, "ms"));
        Write(services, w);
    }

    // Ten years either way is far beyond any test and keeps every sum inside DateTimeOffset's range.
    private static TimeSpan Milliseconds(long ms, string name) =>
        Math.Abs(ms) <= 10L * 366 * 24 * 3600 * 1000 ? TimeSpan.FromMilliseconds(ms) : throw new ArgumentException($"'{name}' must be within ten years.");

    private static DateTimeOffset Instant(long ms) =>
        ms is >= 0 and <= 253402300799999 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : throw new ArgumentException("'atMs' must be a time in ms since the epoch.");
}
