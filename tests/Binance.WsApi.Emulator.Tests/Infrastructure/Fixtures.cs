using System.Text.Json;

namespace Binance.WsApi.Emulator.Tests.Infrastructure;

/// <summary>The shared protocol fixtures (tests/fixtures, copied next to the test assembly).</summary>
internal static class Fixtures
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", name));

    public static JsonElement Json(string name)
    {
        using JsonDocument document = JsonDocument.Parse(Text(name));
        return document.RootElement.Clone();
    }

    /// <summary>Every property path in a JSON value; array elements are merged under "[]".</summary>
    public static SortedSet<string> PropertyPaths(JsonElement element, string prefix = "")
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Collect(element, prefix, paths);
        return paths;
    }

    /// <summary>Asserts that every property path of <paramref name="expected"/> exists in <paramref name="actual"/>.</summary>
    public static void AssertHasAllFields(JsonElement expected, JsonElement actual)
    {
        var missing = PropertyPaths(expected);
        missing.ExceptWith(PropertyPaths(actual));
        Assert.True(missing.Count == 0, "Missing fields: " + string.Join(", ", missing));
    }

    private static void Collect(JsonElement element, string prefix, SortedSet<string> paths)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    string path = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
                    paths.Add(path);
                    Collect(property.Value, path, paths);
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Collect(item, prefix + "[]", paths);
                }

                break;
        }
    }
}
