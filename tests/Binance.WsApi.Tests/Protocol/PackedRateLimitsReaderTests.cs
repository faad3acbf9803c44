using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Tests.Protocol;

/// <summary>
/// The packed <c>rateLimits</c> reader must read exactly what the object reader reads (which is itself checked against
/// the generated deserializer, <see cref="RateLimitsReaderTests"/>): the same entries once materialized, the same
/// exception when it throws; values it cannot pack are kept as the object reader's list, never lost.
/// </summary>
public class PackedRateLimitsReaderTests
{
    private static readonly string[] TypeValues =
        ["\"REQUEST_WEIGHT\"", "\"ORDERS\"", "\"CONNECTIONS\"", "\"RAW_REQUESTS\"", "\"\"", "null", "\"REQUEST\\u005FWEIGHT\""];

    private static readonly string[] IntervalValues =
        ["\"SECOND\"", "\"MINUTE\"", "\"HOUR\"", "\"DAY\"", "\"\"", "null", "\"MIN\\u0055TE\""];

    private static readonly string[] Numbers =
        ["0", "1", "10", "-1", "2147483647", "-2147483648", "\"160000\"", "\"-5\""];

    private static void AssertSameAsObjectReader(string json, bool packed)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        RateLimit[] expected = RateLimitsReader.Read(utf8);
        PackedRateLimits read = RateLimitsReader.ReadPacked(utf8);
        Assert.Equal(expected.Length, read.Count);
        Assert.Equal(expected, read.ToList()); // RateLimit is a record: compared value by value
        Assert.Equal(packed, read.List is null);
    }

    /// <summary>Entry shapes that pack: every type and interval code, every count form, big and negative numbers.</summary>
    public static TheoryData<string> PackableShapes()
    {
        var data = new TheoryData<string>();
        var entries = new List<string>();
        for (int i = 0; i < TypeValues.Length * IntervalValues.Length; i++)
        {
            string type = TypeValues[i % TypeValues.Length];
            string interval = IntervalValues[i / TypeValues.Length];
            string number = Numbers[i % Numbers.Length];
            string limit = Numbers[(i + 3) % Numbers.Length];
            string count = (i % 4) switch
            {
                0 => string.Empty, // no count
                1 => ",\"count\":null",
                2 => $",\"count\":{Numbers[(i + 5) % Numbers.Length]}",
                _ => ",\"count\":3,\"count\":null", // the last one wins, as in the object reader
            };
            string entry = (i % 5) switch
            {
                // Properties left out keep their defaults (a default type or interval is not the empty string).
                0 => $"{{\"intervalNum\":{number}{count}}}",
                1 => $"{{\"limit\":{limit},\"extra\":{{\"a\":[1,{{\"b\":null}}]}},\"rateLimitType\":{type},\"interval\":{interval},\"intervalNum\":{number}{count}}}",
                _ => $"{{\"rateLimitType\":{type},\"interval\":{interval},\"intervalNum\":{number},\"limit\":{limit}{count}}}",
            };
            entries.Add(entry);
        }

        var shapes = new HashSet<string>(StringComparer.Ordinal) { "[]", " [ ] ", "null", "[{}]" };
        foreach (int size in new[] { 1, 3, 5, 9, 10, 20 })
        {
            for (int start = 0; start + size <= entries.Count; start += size)
            {
                shapes.Add("[" + string.Join(",", entries.Skip(start).Take(size)) + "]");
            }
        }

        foreach (string shape in shapes)
        {
            data.Add(shape);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PackableShapes))]
    public void Packs_every_known_value_and_reads_what_the_object_reader_reads(string json) => AssertSameAsObjectReader(json, packed: true);

    [Theory]
    // An unknown type or interval, first or later: kept as objects, exactly as read.
    [InlineData("""[{"rateLimitType":"SOMETHING_NEW","interval":"MINUTE","intervalNum":1,"limit":1,"count":0}]""")]
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"WEEK","intervalNum":1,"limit":1}]""")]
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":1},{"rateLimitType":"ORDERS","interval":"FORTNIGHT","intervalNum":1,"limit":1}]""")]
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":1},{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":1},{"rateLimitType":"request_weight","interval":"DAY","intervalNum":1,"limit":1}]""")]
    public void Keeps_what_it_cannot_pack_as_the_object_reader_read_it(string json) => AssertSameAsObjectReader(json, packed: false);

    [Fact]
    public void Reads_the_rateLimits_of_every_protocol_fixture_as_the_object_reader_does()
    {
        int checkedArrays = 0;
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures"), "*.json"))
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(file));
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("rateLimits", out JsonElement limits))
            {
                byte[] utf8 = Encoding.UTF8.GetBytes(limits.GetRawText());
                Assert.Equal(RateLimitsReader.Read(utf8), RateLimitsReader.ReadPacked(utf8).ToList());
                checkedArrays++;
            }
        }

        Assert.True(checkedArrays >= 50, $"only {checkedArrays} fixtures carry rateLimits");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("5")]
    [InlineData("\"REQUEST_WEIGHT\"")]
    [InlineData("true")]
    [InlineData("")]
    [InlineData("[1]")]
    [InlineData("[[]]")]
    [InlineData("[{},")]
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1.5,"limit":1}]""")]
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":null,"limit":1}]""")]
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":"many"}]""")]
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":99999999999}]""")]
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"count":"\u0031"}]""")]
    // A bad number in the first entry and malformed JSON later: the object reader's first pass meets the latter first.
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":"many"},{"limit":1,]""")]
    // Not a string where a string was expected: the object reader's own (non-JSON) exception.
    [InlineData("""[{"rateLimitType":5,"interval":"MINUTE","intervalNum":1,"limit":1}]""")]
    [InlineData("""[{"rateLimitType":"ORDERS","interval":{"unit":"MINUTE"},"intervalNum":1,"limit":1}]""")]
    public void Throws_what_the_object_reader_throws(string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        Exception expected = Assert.ThrowsAny<Exception>(() => RateLimitsReader.Read(utf8));
        Exception actual = Assert.ThrowsAny<Exception>(() => RateLimitsReader.ReadPacked(utf8));
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Message, actual.Message);
    }

    [Fact]
    public void An_entry_is_16_bytes_and_the_first_is_read_without_allocating()
    {
        Assert.Equal(16, Unsafe.SizeOf<PackedRateLimit>());
        byte[] one = """[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":2}]"""u8.ToArray();
        byte[] three = """[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":2},{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":50,"count":1},{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":160000,"count":1}]"""u8.ToArray();

        Assert.Equal(0, Allocation.Of(() => RateLimitsReader.ReadPacked(one)));
        // One array for the two entries after the first: 24 B of array header and 2 × 16 B.
        Assert.Equal(24 + (2 * 16), Allocation.Of(() => RateLimitsReader.ReadPacked(three)));
        PackedRateLimits read = RateLimitsReader.ReadPacked(three);
        Assert.Equal(3, read.Count);
        Assert.Equal(2, read.Rest.Length);
    }
}
