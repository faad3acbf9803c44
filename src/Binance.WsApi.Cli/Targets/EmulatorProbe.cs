using System.Text.Json;

namespace Binance.WsApi.Cli.Targets;

/// <summary>
/// Tells whether a <c>--url</c> points at the exchange emulator, so that the demo keys can be used without typing
/// them: only on loopback (a remote server never gets keys it did not ask for), and only when the same port answers
/// the emulator's <c>GET /admin/status</c> with its JSON (real Binance has no such endpoint).
/// </summary>
internal static class EmulatorProbe
{
    public static async Task<bool> IsEmulatorAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!url.IsLoopback || url.Scheme != "ws")
        {
            return false;
        }

        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
            var status = new UriBuilder(url) { Scheme = "http", Path = "/admin/status", Query = string.Empty }.Uri;
            using HttpResponseMessage response = await http.GetAsync(status, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            using JsonDocument doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("openConnections", out _);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            // Not reachable or not the emulator: the connection itself will report what is wrong.
            return false;
        }
    }
}
