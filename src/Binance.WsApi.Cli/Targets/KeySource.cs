using System.CommandLine;
using Binance.WsApi.Cli.Errors;

namespace Binance.WsApi.Cli.Targets;

/// <summary>
/// Where the API key comes from: <c>--api-key</c> and <c>--key-file</c> first, then BINANCE_API_KEY with
/// BINANCE_API_SECRET or BINANCE_PRIVATE_KEY_FILE. Returns null when no key is given at all; a half-given key is a
/// usage error. The secret is never echoed in a message.
/// </summary>
internal static class KeySource
{
    public static ApiCredentials? Read(ParseResult parse)
    {
        string? apiKey = parse.GetValue(TargetOptions.ApiKey) ?? Environment.GetEnvironmentVariable("BINANCE_API_KEY");
        FileInfo? keyFile = parse.GetValue(TargetOptions.KeyFile);
        string? secret = keyFile is null ? Environment.GetEnvironmentVariable("BINANCE_API_SECRET") : null;
        string? keyFilePath = keyFile?.FullName ?? Environment.GetEnvironmentVariable("BINANCE_PRIVATE_KEY_FILE");
        if (string.IsNullOrWhiteSpace(secret))
        {
            secret = null;
        }

        if (string.IsNullOrWhiteSpace(apiKey))
        {
            if (secret is null && string.IsNullOrWhiteSpace(keyFilePath))
            {
                return null;
            }

            throw new CliUsageException("A secret or key file is given but no API key: pass --api-key or set BINANCE_API_KEY.");
        }

        if (secret is null && !string.IsNullOrWhiteSpace(keyFilePath))
        {
            if (!File.Exists(keyFilePath))
            {
                throw new CliUsageException($"The key file '{keyFilePath}' does not exist.");
            }

            secret = File.ReadAllText(keyFilePath);
        }

        if (secret is null)
        {
            throw new CliUsageException("An API key is given but no secret: pass --key-file, or set BINANCE_API_SECRET or BINANCE_PRIVATE_KEY_FILE.");
        }

        try
        {
            return ApiCredentials.FromKey(apiKey, secret);
        }
        catch (ArgumentException ex)
        {
            throw new CliUsageException("The API key material cannot be used: " + ex.Message);
        }
    }
}
