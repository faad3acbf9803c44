using Microsoft.Extensions.DependencyInjection;

namespace Binance.WsApi.DependencyInjection;

internal sealed class BinanceWsApiBuilder(IServiceCollection services, string name) : IBinanceWsApiBuilder
{
    public IServiceCollection Services { get; } = services;

    public string Name { get; } = name;
}
