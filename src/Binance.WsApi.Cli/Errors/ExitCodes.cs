namespace Binance.WsApi.Cli.Errors;

/// <summary>The process exit codes, documented in <c>--help</c> and the README; scripts branch on them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Binance refused the request, or the server could not be reached or answered badly.</summary>
    public const int Failed = 1;

    /// <summary>The command line is wrong (unknown option, bad value, missing key): nothing was sent.</summary>
    public const int Usage = 2;

    /// <summary>An order was sent but its answer was lost: it may or may not exist; look it up by client order id.</summary>
    public const int OutcomeUnknown = 3;

    public const string Help = "Exit codes: 0 ok, 1 API or connection error, 2 usage error (nothing sent), 3 order outcome unknown (look it up by its client order id).";
}
