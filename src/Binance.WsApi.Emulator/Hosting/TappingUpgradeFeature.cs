using Microsoft.AspNetCore.Http.Features;

namespace Binance.WsApi.Emulator.Hosting;

/// <summary>
/// Wraps Kestrel's upgrade feature so the WebSocket that ASP.NET Core creates reads and writes through a
/// <see cref="FrameTapStream"/>; the standard handshake code (headers, accept key) stays ASP.NET Core's.
/// </summary>
internal sealed class TappingUpgradeFeature(IHttpUpgradeFeature inner) : IHttpUpgradeFeature
{
    public bool IsUpgradableRequest => inner.IsUpgradableRequest;

    /// <summary>The tap around the upgraded stream, once <see cref="UpgradeAsync"/> has run.</summary>
    public FrameTapStream? Tap { get; private set; }

    public async Task<Stream> UpgradeAsync()
    {
        Stream stream = await inner.UpgradeAsync().ConfigureAwait(false);
        Tap = new FrameTapStream(stream);
        return Tap;
    }
}
