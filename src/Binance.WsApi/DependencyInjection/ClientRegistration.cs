namespace Binance.WsApi.DependencyInjection;

/// <summary>One <c>AddBinanceWsApi</c> call: the client's name and, when bound from configuration, the section's path (for error messages).</summary>
internal sealed record ClientRegistration(string Name, string? SectionPath);
