namespace Binance.WsApi.Models;

/// <summary>Why one step of a cancel-replace failed: Binance's code and message for that step, verbatim.</summary>
/// <param name="Code">Binance's error code, for example -2011.</param>
/// <param name="Message">Binance's error message.</param>
public sealed record SpotCancelReplaceStepError(int Code, string Message);
