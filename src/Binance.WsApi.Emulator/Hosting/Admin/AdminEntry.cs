namespace Binance.WsApi.Emulator.Hosting.Admin;

/// <summary>One line of <c>GET /admin</c>: how to call an endpoint and what it does.</summary>
/// <param name="Method">GET or POST.</param>
/// <param name="Path">Path, with the query parameters of the query-style endpoints.</param>
/// <param name="Description">One line.</param>
/// <param name="Example">An example JSON body, or null when there is none.</param>
internal sealed record AdminEntry(string Method, string Path, string Description, string? Example = null);
