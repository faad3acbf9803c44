namespace Binance.WsApi;

internal static class Placeholder;
