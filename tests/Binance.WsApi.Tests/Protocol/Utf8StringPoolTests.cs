using System.Text;
using System.Text.Json;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Tests.Protocol;

/// <summary>
/// The pool of recurring response strings: shared instances, every value read exactly as the reader would, and a
/// bound that holds. Each test uses its own pool, so none depends on what other tests put in the shared one.
/// </summary>
public class Utf8StringPoolTests
{
    private static string ReadValue(Utf8StringPool pool, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return pool.Read(ref reader);
    }

    [Fact]
    public void A_repeated_value_is_the_same_instance()
    {
        var pool = new Utf8StringPool(32, 16);
        string first = ReadValue(pool, "\"PARTIALLY_FILLED\"");
        string second = ReadValue(pool, "\"PARTIALLY_FILLED\"");
        Assert.Equal("PARTIALLY_FILLED", first);
        Assert.Same(first, second);
        Assert.Same(first, pool.Get("PARTIALLY_FILLED"u8));
        Assert.Equal(1, pool.Count);
    }

    [Fact]
    public void The_shared_pool_serves_the_enum_converter()
    {
        var converter = new StringEnumJsonConverter<OrderStatus>();
        OrderStatus Read()
        {
            var reader = new Utf8JsonReader("\"NEW\""u8);
            reader.Read();
            return converter.Read(ref reader, typeof(OrderStatus), JsonSerializerOptions.Default);
        }

        OrderStatus a = Read();
        OrderStatus b = Read();
        Assert.Equal(OrderStatus.New, a);
        Assert.Same(a.Value, b.Value);
    }

    [Theory]
    [InlineData("\"A\\u0042C\"", "ABC")]                     // escaped: read by the reader, not from raw bytes
    [InlineData("\"tab\\there\"", "tab\there")]
    [InlineData("\"\\\"quoted\\\"\"", "\"quoted\"")]
    [InlineData("\"€uro\"", "€uro")]                         // non-ASCII: 3-byte UTF-8
    [InlineData("\"日本語のシンボル\"", "日本語のシンボル")]   // 24 bytes, within the length bound
    [InlineData("\"😀x\"", "😀x")]                            // a surrogate pair
    [InlineData("\"\"", "")]
    [InlineData("\"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz\"", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz")] // long
    [InlineData("\"ääääääääääääääääää\"", "ääääääääääääääääää")] // 18 chars but 36 bytes: over the bound in bytes
    public void Every_value_reads_as_the_reader_reads_it(string json, string expected)
    {
        var pool = new Utf8StringPool(32, 16);
        Assert.Equal(expected, ReadValue(pool, json));
        Assert.Equal(expected, ReadValue(pool, json)); // and again, from the pool when it was pooled
    }

    [Fact]
    public void Long_and_escaped_values_are_not_pooled()
    {
        var pool = new Utf8StringPool(8, 16);
        Assert.Equal("LONGER_THAN_8", ReadValue(pool, "\"LONGER_THAN_8\""));
        Assert.Equal("AB", ReadValue(pool, "\"\\u0041B\""));
        Assert.Equal(0, pool.Count);
        Assert.Equal("LONGER_THAN_8", pool.Get("LONGER_THAN_8"u8));
        Assert.Equal(0, pool.Count);
    }

    [Fact]
    public void Null_and_non_string_tokens_fall_back_to_the_reader()
    {
        var pool = new Utf8StringPool(32, 16);
        Assert.Equal(string.Empty, ReadValue(pool, "null"));
        Assert.Throws<InvalidOperationException>(() => ReadValue(pool, "12"));
    }

    [Fact]
    public void The_bound_is_respected_and_pooled_values_stay_shared()
    {
        var pool = new Utf8StringPool(32, 3);
        string[] pooled = new[] { "A", "B", "C" }.Select(v => pool.Get(Encoding.UTF8.GetBytes(v))).ToArray();
        string extra1 = pool.Get("D"u8);
        string extra2 = pool.Get("D"u8);
        Assert.Equal(3, pool.Count);
        Assert.Equal("D", extra1);
        Assert.Equal("D", extra2);
        Assert.NotSame(extra1, extra2); // no room: a fresh string each time
        Assert.Same(pooled[1], pool.Get("B"u8)); // what was pooled stays shared
    }

    [Fact]
    public void Concurrent_misses_do_not_take_the_pool_past_its_bound()
    {
        var pool = new Utf8StringPool(32, 100);
        Parallel.For(0, 8, t =>
        {
            for (int i = 0; i < 1000; i++)
            {
                string value = "V" + ((i * 8) + t).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(value, pool.Get(Encoding.UTF8.GetBytes(value)));
            }
        });

        Assert.Equal(100, pool.Count);
    }

    [Fact]
    public void Concurrent_readers_of_one_value_share_one_instance_once_pooled()
    {
        var pool = new Utf8StringPool(32, 100);
        string[] seen = new string[64];
        Parallel.For(0, seen.Length, i => seen[i] = pool.Get("FILLED"u8));
        Assert.All(seen, s => Assert.Equal("FILLED", s));
        Assert.Equal(1, pool.Count);
        Assert.All(seen, s => Assert.Same(pool.Get("FILLED"u8), s));
    }
}
