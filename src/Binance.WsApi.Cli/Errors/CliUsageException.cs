namespace Binance.WsApi.Cli.Errors;

/// <summary>The command line cannot be run as given (exit 2). Thrown before anything is sent.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
