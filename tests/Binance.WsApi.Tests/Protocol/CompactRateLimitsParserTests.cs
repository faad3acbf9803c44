using System.Text;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Tests.Protocol;

/// <summary>
/// The byte-level reader of compact <c>rateLimits</c> arrays (Binance's own form) is a shortcut: whatever it accepts it
/// must read exactly as the object reader does, and anything off that form it must leave to the general reader.
/// </summary>
public class CompactRateLimitsParserTests
{
    private static readonly string[] Types = ["REQUEST_WEIGHT", "ORDERS", "CONNECTIONS", "RAW_REQUESTS"];
    private static readonly string[] Intervals = ["SECOND", "MINUTE", "HOUR", "DAY"];
    private static readonly string[] Numbers = ["0", "1", "10", "-1", "-0", "6000", "160000", "2147483647", "-2147483648"];

    private static string Entry(string type, string interval, string intervalNum, string limit, string count) =>
        $$"""{"rateLimitType":"{{type}}","interval":"{{interval}}","intervalNum":{{intervalNum}},"limit":{{limit}},"count":{{count}}}""";

    public static TheoryData<string> CompactArrays()
    {
        var entries = new List<string>();
        int i = 0;
        foreach (string type in Types)
        {
            foreach (string interval in Intervals)
            {
                entries.Add(Entry(type, interval, Numbers[i % Numbers.Length], Numbers[(i + 2) % Numbers.Length], Numbers[(i + 5) % Numbers.Length]));
                i++;
            }
        }

        var data = new TheoryData<string> { "[]" };
        foreach (int size in new[] { 1, 2, 3, 9 })
        {
            for (int start = 0; start + size <= entries.Count; start += size)
            {
                data.Add("[" + string.Join(",", entries.Skip(start).Take(size)) + "]");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CompactArrays))]
    public void Reads_Binance_s_compact_form_as_the_object_reader_does(string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        Assert.True(CompactRateLimitsParser.TryRead(utf8, out PackedRateLimits packed, out int length));
        Assert.Equal(utf8.Length, length);
        Assert.Null(packed.List);
        Assert.Equal(RateLimitsReader.Read(utf8), packed.ToList());
    }

    [Theory]
    // Whitespace, another property order, a missing or null count, an extra property.
    [InlineData("""[ {"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":1,"count":1}]""")]
    [InlineData("""[{"interval":"DAY","rateLimitType":"ORDERS","intervalNum":1,"limit":1,"count":1}]""")]
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":1}]""")]
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":1,"count":null}]""")]
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":1,"count":1,"x":0}]""")]
    // Values it does not pack: empty, escaped, unknown, lower case.
    [InlineData("""[{"rateLimitType":"","interval":"DAY","intervalNum":1,"limit":1,"count":1}]""")]
    [InlineData("""[{"rateLimitType":"ORD\u0045RS","interval":"DAY","intervalNum":1,"limit":1,"count":1}]""")]
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"WEEK","intervalNum":1,"limit":1,"count":1}]""")]
    [InlineData("""[{"rateLimitType":"orders","interval":"DAY","intervalNum":1,"limit":1,"count":1}]""")]
    // Numbers that are not plain JSON integers in range.
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":01,"limit":1,"count":1}]""")]
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1.0,"limit":1,"count":1}]""")]
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1e3,"limit":1,"count":1}]""")]
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":"1","limit":1,"count":1}]""")]
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":2147483648,"count":1}]""")]
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":-2147483649,"count":1}]""")]
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":-,"count":1}]""")]
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":+1,"count":1}]""")]
    // Broken arrays.
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":1,"count":1},]""")]
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":1,"count":1}""")]
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":1,"count":1""")]
    [InlineData("[")]
    [InlineData("[,]")]
    [InlineData("null")]
    [InlineData("")]
    public void Leaves_anything_else_to_the_general_reader(string json) =>
        Assert.False(CompactRateLimitsParser.TryRead(Encoding.UTF8.GetBytes(json), out _, out _));

    [Fact]
    public void Leaves_more_than_nine_entries_to_the_general_reader()
    {
        string entry = Entry("ORDERS", "DAY", "1", "1", "1");
        Assert.True(CompactRateLimitsParser.TryRead(Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat(entry, 9)) + "]"), out _, out _));
        byte[] ten = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat(entry, 10)) + "]");
        Assert.False(CompactRateLimitsParser.TryRead(ten, out _, out _));
        Assert.Equal(10, RateLimitsReader.ReadPacked(ten).Count);
    }

    [Fact]
    public void Whatever_a_mangled_array_it_accepts_it_reads_as_the_object_reader_does()
    {
        // Every one-byte deletion, and every one-byte replacement by a character that matters to JSON, of Binance's
        // three-entry order array: an accepted result must be valid JSON that the object reader reads the same.
        byte[] original = Encoding.UTF8.GetBytes("[" + string.Join(",",
            Entry("REQUEST_WEIGHT", "MINUTE", "1", "6000", "12"), Entry("ORDERS", "SECOND", "10", "50", "1"), Entry("ORDERS", "DAY", "1", "160000", "1")) + "]");
        byte[] replacements = Encoding.ASCII.GetBytes("0129-\"\\{}[],: ex");
        int accepted = 0;
        int tried = 0;
        for (int at = 0; at < original.Length; at++)
        {
            byte[] deleted = [.. original[..at], .. original[(at + 1)..]];
            var variants = new List<byte[]> { deleted };
            foreach (byte r in replacements)
            {
                byte[] changed = (byte[])original.Clone();
                changed[at] = r;
                variants.Add(changed);
            }

            foreach (byte[] variant in variants)
            {
                tried++;
                if (!CompactRateLimitsParser.TryRead(variant, out PackedRateLimits packed, out int length))
                {
                    continue;
                }

                accepted++;
                Assert.Equal(RateLimitsReader.Read(variant.AsSpan(0, length)), packed.ToList());
            }
        }

        Assert.True(tried > 4_000, $"{tried}");
        Assert.True(accepted > 0, "digit changes keep the form and must still be read");
    }

    [Fact]
    public void A_response_that_ends_with_compact_rateLimits_is_read_in_the_routing_pass()
    {
        string limits = "[" + Entry("REQUEST_WEIGHT", "MINUTE", "1", "6000", "3") + "," + Entry("ORDERS", "SECOND", "10", "50", "1") + "]";
        foreach (string frame in new[]
        {
            $$"""{"id":4,"status":200,"result":{"orderId":1},"rateLimits":{{limits}}}""",
            $$"""{"id":4,"status":200,"result":{"orderId":1},"rateLimits" : {{limits}} }""",
        })
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(frame);
            Assert.True(FrameHeader.TryRead(utf8, out FrameHeader header));
            Assert.True(header.RateLimitsRead, frame);
            Assert.Equal(FrameKind.Response, header.Kind);
            Assert.Equal(4, header.NumericId);
            Assert.Equal(200, header.Status);
            Assert.Equal(limits, Encoding.UTF8.GetString(utf8[header.RateLimits]));
            Assert.Equal("""{"orderId":1}""", Encoding.UTF8.GetString(utf8[header.Result]));
            Assert.Equal(RateLimitsReader.Read(Encoding.UTF8.GetBytes(limits)), header.PackedRateLimits.ToList());
        }
    }

    [Theory]
    // Something after the array: the routing pass reads on, and the limits are read later from their range.
    [InlineData("""{"id":4,"rateLimits":[],"status":200,"result":{}}""")]
    [InlineData("""{"id":4,"status":200,"rateLimits":[],"result":{}}""")]
    // Not compact: skipped in the routing pass as before.
    [InlineData("""{"id":4,"status":200,"result":{},"rateLimits":[ ]}""")]
    [InlineData("""{"id":4,"status":200,"result":{},"rateLimits":null}""")]
    public void Other_responses_are_routed_as_before(string frame)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(frame);
        Assert.True(FrameHeader.TryRead(utf8, out FrameHeader header));
        Assert.False(header.RateLimitsRead);
        Assert.Equal(FrameKind.Response, header.Kind);
        Assert.Equal(200, header.Status);
        Assert.Equal("{}", Encoding.UTF8.GetString(utf8[header.Result]));
        Assert.True(header.RateLimits.End.Value > 0);
    }
}
