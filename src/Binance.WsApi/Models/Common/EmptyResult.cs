namespace Binance.WsApi.Models;

/// <summary>The empty <c>{}</c> result of methods that only acknowledge (for example <c>ping</c>).</summary>
public sealed record EmptyResult
{
    /// <summary>The single instance.</summary>
    public static EmptyResult Instance { get; } = new();
}
