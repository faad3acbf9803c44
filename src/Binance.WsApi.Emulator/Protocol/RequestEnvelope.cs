using System.Text.Json;

namespace Binance.WsApi.Emulator.Protocol;

/// <summary>A request frame that passed envelope validation.</summary>
/// <param name="IdJson">The <c>id</c> exactly as it must be echoed (raw JSON text: a number, a quoted string or <c>null</c>).</param>
/// <param name="Method">The method name as sent (may still be unknown).</param>
/// <param name="Params">The <c>params</c> object; an empty object when absent.</param>
internal sealed record RequestEnvelope(string IdJson, string? Method, JsonElement Params)
{
    /// <summary>The params object names one parameter more than once (answered -1101 once the method is known).</summary>
    public bool HasDuplicateParameter { get; init; }
}
