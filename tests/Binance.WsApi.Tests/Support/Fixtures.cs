using System.Text.Json;

namespace Binance.WsApi.Tests.Support;

/// <summary>Reads the documented JSON examples copied into tests/fixtures.</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", name);

    public static string Text(string name) => File.ReadAllText(Path(name));

    public static JsonElement Json(string name) => JsonDocument.Parse(Text(name)).RootElement.Clone();

    /// <summary>The <c>result</c> of a documented response, as raw JSON text.</summary>
    public static string Result(string name) => Json(name).GetProperty("result").GetRawText();
}
