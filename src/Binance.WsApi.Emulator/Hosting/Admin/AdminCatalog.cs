using System.Text.Json;

namespace Binance.WsApi.Emulator.Hosting.Admin;

/// <summary>
/// What <c>GET /admin</c> lists: every admin endpoint with its method, path, one line and an example body. The JSON
/// endpoints' routes are built from the same entries (<see cref="AdminRoutes"/>), so the list cannot miss one of them.
/// </summary>
internal static class AdminCatalog
{
    public static readonly AdminEntry[] QueryStyle =
    [
        new("GET", "/health", "Liveness: {\"status\":\"ok\"}."),
        new("GET", "/admin", "This list."),
        new("GET", "/admin/status", "Open and accepted WebSocket connections, and the port."),
        new("POST", "/admin/strict-parameters?on=true|false", "Refuse parameters a method does not take (-1104)."),
        new("POST", "/admin/faults/drop", "Abort every WebSocket connection at TCP level."),
        new("POST", "/admin/faults/drop-next?method=", "The next request (of that method) drops its connection unanswered."),
        new("POST", "/admin/faults/swallow?count=&method=", "Execute the next N requests, send no response."),
        new("POST", "/admin/faults/delay?count=&ms=&method=", "Send the next N responses late."),
        new("POST", "/admin/faults/malformed?text=", "Send a malformed text frame to every connection."),
        new("POST", "/admin/faults/refuse?on=true|false", "Answer WebSocket handshakes with HTTP 503."),
        new("POST", "/admin/faults/rate-limit?count=&status=429|418&retryAfterMs=", "Answer the next N requests with 429 or 418."),
        new("POST", "/admin/faults/shutdown", "Push serverShutdown, close each connection after the grace."),
        new("POST", "/admin/faults/terminate-user-data-streams", "Push eventStreamTerminated on every user data subscription."),
        new("POST", "/admin/faults/expire-listen-tokens", "Invalidate every listen token."),
        new("POST", "/admin/faults/expire-listen-keys", "Expire every futures listen key now."),
        new("POST", "/admin/faults/reset", "Disarm all pending faults."),
    ];

    public static void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray("endpoints");
        foreach (AdminEntry entry in QueryStyle.Concat(AdminRoutes.Entries))
        {
            w.WriteStartObject();
            w.WriteString("method", entry.Method);
            w.WriteString("path", entry.Path);
            w.WriteString("description", entry.Description);
            if (entry.Example is { } example)
            {
                w.WritePropertyName("example");
                w.WriteRawValue(example);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
