using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Binance.WsApi.Protocol;
using Binance.WsApi.Protocol.Readers;
using Binance.WsApi.Tests.Support;
using Binance.WsApi.Tests.UserData;
using Binance.WsApi.UserData;

namespace Binance.WsApi.Tests.ModelParsing;

/// <summary>
/// The hand-written readers of the hot results (Protocol/Readers, UserData/*Reader) against the source-generated
/// reader they replaced (<see cref="GeneratedModelsJsonContext"/>), on every documented example of their methods: the
/// same model field by field (compared through the generated writer, which writes every property, nulls included, and
/// decimals with their scale), whatever the order of the fields, with unknown fields, escaped names, numbers sent as
/// strings, any one field missing or null.
/// </summary>
public class HandWrittenReaderEquivalenceTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach ((string model, string source, string json) in AllExamples())
        {
            data.Add(model, source);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Reads_the_documented_example_as_the_generated_reader_did(string model, string example)
    {
        string json = Find(model, example);
        var checker = Checkers[model];
        checker.AssertReadable(json);
        checker.AssertSame(json, json);
        JsonNode original = JsonNode.Parse(json)!;
        checker.AssertSame(json, Reordered(original).ToJsonString());
        checker.AssertSame(json, WithUnknownFields(original).ToJsonString());
        checker.AssertSame(json, EscapedNames(original.ToJsonString()));
        checker.AssertSame(WithNumbersAsStrings(original).ToJsonString(), WithNumbersAsStrings(original).ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Agrees_with_the_generated_reader_when_any_field_is_missing_or_null(string model, string example)
    {
        string json = Find(model, example);
        var checker = Checkers[model];
        var original = (JsonObject)JsonNode.Parse(json)!;
        foreach (string name in original.Select(p => p.Key).ToList())
        {
            var missing = (JsonObject)original.DeepClone();
            missing.Remove(name);
            checker.AssertSame(missing.ToJsonString(), missing.ToJsonString());

            var nulled = (JsonObject)original.DeepClone();
            nulled[name] = null;
            checker.AssertSame(nulled.ToJsonString(), nulled.ToJsonString());
        }

        checker.AssertSame("{}", "{}");
    }

    [Fact]
    public void Every_model_has_documented_examples_and_its_context_uses_the_hand_written_reader()
    {
        Assert.All(Checkers.Keys, model => Assert.Contains(AllExamples(), e => e.Model == model));
        Assert.IsType<SpotOrderResultReader>(SpotTradingJsonContext.Default.SpotOrderResult.Converter);
        Assert.IsType<SpotOrderReader>(SpotTradingJsonContext.Default.SpotOrder.Converter);
        Assert.IsType<SpotCanceledOrderReader>(SpotTradingJsonContext.Default.SpotCanceledOrder.Converter);
        Assert.IsType<SpotOrderBookReader>(SpotMarketDataJsonContext.Default.SpotOrderBook.Converter);
        Assert.IsType<SpotAccountInformationReader>(SpotAccountJsonContext.Default.SpotAccountInformation.Converter);
        Assert.IsType<ExecutionReportReader>(UserDataJsonContext.Default.ExecutionReportEvent.Converter);
        Assert.IsType<FuturesOrderTradeUpdateReader>(UserDataJsonContext.Default.FuturesOrderTradeUpdateEvent.Converter);
    }

    [Fact]
    public void Writes_the_models_as_the_generated_writer_does()
    {
        string json = Fixtures.Result("spot-order.place.response-full.json");
        SpotOrderResult order = JsonSerializer.Deserialize(json, SpotTradingJsonContext.Default.SpotOrderResult)!;
        Assert.Equal(
            JsonSerializer.Serialize(order, GeneratedModelsJsonContext.Default.SpotOrderResult),
            JsonSerializer.Serialize(order, SpotTradingJsonContext.Default.SpotOrderResult));
    }

    private static readonly Dictionary<string, IChecker> Checkers = new()
    {
        ["SpotOrderResult"] = new Checker<SpotOrderResult>(SpotTradingJsonContext.Default.SpotOrderResult, GeneratedModelsJsonContext.Default.SpotOrderResult),
        ["SpotOrder"] = new Checker<SpotOrder>(SpotTradingJsonContext.Default.SpotOrder, GeneratedModelsJsonContext.Default.SpotOrder),
        ["SpotCanceledOrder"] = new Checker<SpotCanceledOrder>(SpotTradingJsonContext.Default.SpotCanceledOrder, GeneratedModelsJsonContext.Default.SpotCanceledOrder),
        ["SpotOrderBook"] = new Checker<SpotOrderBook>(SpotMarketDataJsonContext.Default.SpotOrderBook, GeneratedModelsJsonContext.Default.SpotOrderBook),
        ["SpotAccountInformation"] = new Checker<SpotAccountInformation>(SpotAccountJsonContext.Default.SpotAccountInformation, GeneratedModelsJsonContext.Default.SpotAccountInformation),
        ["ExecutionReportEvent"] = new Checker<ExecutionReportEvent>(UserDataJsonContext.Default.ExecutionReportEvent, GeneratedModelsJsonContext.Default.ExecutionReportEvent),
        ["FuturesOrderTradeUpdateEvent"] = new Checker<FuturesOrderTradeUpdateEvent>(UserDataJsonContext.Default.FuturesOrderTradeUpdateEvent, GeneratedModelsJsonContext.Default.FuturesOrderTradeUpdateEvent),
    };

    // (model, fixture, path): "result" the result, "[]" every element of an array, ".name" a property.
    private static readonly (string Model, string Fixture, string Path)[] Sources =
    [
        ("SpotOrderResult", "spot-order.place.response-ack.json", "result"),
        ("SpotOrderResult", "spot-order.place.response-result.json", "result"),
        ("SpotOrderResult", "spot-order.place.response-full.json", "result"),
        ("SpotOrderResult", "spot-sor.order.place.response.json", "result[]"),
        ("SpotOrderResult", "spot-order.cancelReplace.response-200-both-succeeded.json", "result.newOrderResponse"),
        ("SpotOrderResult", "spot-orderList.place.oco.response-result.json", "result.orderReports[]"),
        ("SpotOrderResult", "spot-orderList.place.oto.response.json", "result.orderReports[]"),
        ("SpotOrderResult", "spot-orderList.place.otoco.response.json", "result.orderReports[]"),
        ("SpotOrderResult", "spot-orderList.place.opo.response.json", "result.orderReports[]"),
        ("SpotOrderResult", "spot-orderList.place.opoco.response.json", "result.orderReports[]"),
        ("SpotOrderResult", "spot-orderList.place.response-deprecated-oco-result.json", "result.orderReports[]"),
        ("SpotOrder", "spot-order.status.response.json", "result"),
        ("SpotOrder", "spot-openOrders.status.response.json", "result[]"),
        ("SpotOrder", "spot-allOrders.response.json", "result[]"),
        ("SpotCanceledOrder", "spot-order.cancel.response-single.json", "result"),
        ("SpotCanceledOrder", "spot-order.cancel.response-orderlist.json", "result.orderReports[]"),
        ("SpotCanceledOrder", "spot-orderList.cancel.response.json", "result.orderReports[]"),
        ("SpotCanceledOrder", "spot-openOrders.cancelAll.response.json", "result[]"),
        ("SpotCanceledOrder", "spot-order.cancelReplace.response-200-both-succeeded.json", "result.cancelResponse"),
        ("SpotOrderBook", "spot-depth.response.json", "result"),
        ("SpotAccountInformation", "spot-account.status.response.json", "result"),
        ("ExecutionReportEvent", "spot-event-executionReport.json", "event"),
    ];

    // Source: the fixture and the example's place in it (stable across processes, unlike a string hash).
    private static List<(string Model, string Source, string Json)> AllExamples()
    {
        var examples = new List<(string Model, string Source, string Json)>();
        foreach ((string model, string fixture, string path) in Sources)
        {
            var nodes = new List<JsonNode>();
            foreach (JsonNode node in Select(JsonNode.Parse(Fixtures.Text(fixture))!, path))
            {
                // openOrders.cancelAll mixes single orders and lists: the lists' legs are the cancelled orders there.
                nodes.AddRange(node is JsonObject o && o.ContainsKey("orderReports") ? o["orderReports"]!.AsArray().Select(leg => leg!) : [node]);
            }

            examples.AddRange(nodes.Select((n, i) => (model, $"{fixture} {path} #{i}", n.ToJsonString())));
        }

        // No fixture holds a futures order event: the documented example the parsing tests use.
        string update = JsonNode.Parse(FuturesUserDataEventParsingTests.OrderTradeUpdate)!.ToJsonString();
        examples.Add(("FuturesOrderTradeUpdateEvent", "usdm ORDER_TRADE_UPDATE (documented)", update));
        return examples;
    }

    private static string Find(string model, string example) =>
        AllExamples().First(e => e.Model == model && e.Source == example).Json;

    private static IEnumerable<JsonNode> Select(JsonNode root, string path)
    {
        IEnumerable<JsonNode> current = [root];
        foreach (string step in path.Split('.'))
        {
            string name = step.TrimEnd('[', ']');
            current = current.Select(n => n[name]!);
            if (step.EndsWith("[]", StringComparison.Ordinal))
            {
                current = current.SelectMany(n => n.AsArray().Select(e => e!));
            }
        }

        return current;
    }

    private static JsonNode Reordered(JsonNode node) => node switch
    {
        JsonObject o => new JsonObject(o.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Reordered(p.Value)))),
        JsonArray a => new JsonArray(a.Select(e => e is null ? null : Reordered(e)).ToArray()),
        _ => node.DeepClone(),
    };

    private static JsonNode WithUnknownFields(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                var result = new JsonObject { ["zzUnknownFirst"] = JsonNode.Parse("""{"a":[1,{"b":null}],"s":"x","e":"E"}""") };
                foreach (KeyValuePair<string, JsonNode?> p in o)
                {
                    result[p.Key] = p.Value is null ? null : WithUnknownFields(p.Value);
                }

                result["Zz"] = JsonNode.Parse("[[],[{}],\"s\",1.5e3,true,null]");
                result["unknownNull"] = null;
                return result;
            case JsonArray a:
                return new JsonArray(a.Select(e => e is null ? null : WithUnknownFields(e)).ToArray());
            default:
                return node.DeepClone();
        }
    }

    // Every property name with its first character written as a \u escape (legal JSON, and a different reader path).
    private static string EscapedNames(string json) =>
        Regex.Replace(json, "\"([A-Za-z])([A-Za-z0-9]*)\":", m => $"\"\\u{(int)m.Groups[1].Value[0]:x4}{m.Groups[2].Value}\":");

    // Top-level integers and decimals sent as strings (the options allow it for both readers).
    private static JsonNode WithNumbersAsStrings(JsonNode node)
    {
        JsonNode copy = node.DeepClone();
        if (copy is JsonObject o)
        {
            foreach (string key in o.Select(p => p.Key).ToList())
            {
                if (o[key] is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
                {
                    o[key] = v.ToJsonString();
                }
            }
        }

        return copy;
    }

    private interface IChecker
    {
        /// <summary>Reads <paramref name="reference"/> with the generated reader and <paramref name="candidate"/> with the hand-written one.</summary>
        void AssertSame(string reference, string candidate);

        /// <summary>Checks the generated reader reads <paramref name="json"/> (so an example is not compared as two failures).</summary>
        void AssertReadable(string json);
    }

    private sealed class Checker<T>(JsonTypeInfo<T> handWritten, JsonTypeInfo<T> generated) : IChecker
    {
        public void AssertSame(string reference, string candidate)
        {
            string? expected = Outcome(reference, generated);
            string? actual = Outcome(candidate, handWritten);
            Assert.True(expected == actual, $"{typeof(T).Name}\n  json:      {candidate}\n  generated: {expected}\n  hand:      {actual}");
        }

        public void AssertReadable(string json) => Assert.NotEqual(nameof(JsonException), Outcome(json, generated));

        // The model as the generated writer writes it, or "JsonException" when the JSON is not readable as T.
        private string? Outcome(string json, JsonTypeInfo<T> reader)
        {
            try
            {
                T? model = JsonSerializer.Deserialize(json, reader);
                return model is null ? "null" : JsonSerializer.Serialize(model, generated);
            }
            catch (JsonException)
            {
                return nameof(JsonException);
            }
        }
    }
}
