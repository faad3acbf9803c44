namespace Binance.WsApi.Models;

/// <summary>The result of the legacy <c>userDataStream.start</c> and <c>userDataStream.ping</c>: a listen key.</summary>
public sealed record ListenKeyResult
{
    /// <summary>The listen key (valid 60 minutes, extended by each ping).</summary>
    public string? ListenKey { get; init; }
}
