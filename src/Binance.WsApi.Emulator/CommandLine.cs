using System.Globalization;
using Binance.WsApi.Emulator.Hosting;
using Microsoft.Extensions.Logging;

namespace Binance.WsApi.Emulator;

/// <summary>
/// The standalone emulator's flags, parsed by hand so the emulator carries no command-line package. Separate from
/// Program so tests can check the parsing without starting a process.
/// </summary>
internal sealed class CommandLine
{
    public EmulatorOptions Options { get; } = new() { Port = 9443 };

    public LogLevel LogLevel { get; private set; } = LogLevel.Information;

    public bool ShowHelp { get; private set; }

    /// <summary>Why the arguments were refused; null when they parse.</summary>
    public string? Error { get; private set; }

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var result = new CommandLine();
        result.Error = result.Read(args);
        return result;
    }

    private string? Read(IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string? Next() => i + 1 < args.Count ? args[++i] : null;
            switch (arg)
            {
                case "--port" or "-p":
                    if (!int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
                    {
                        return "--port needs a number from 0 to 65535 (0 = any free port).";
                    }

                    Options.Port = port;
                    break;
                case "--host":
                    string? host = Next();
                    try
                    {
                        // 0.0.0.0 (all IPv4 interfaces, for a container) or :: as well as a single address or 'localhost'.
                        EmulatorHost.ResolveAddress(host ?? string.Empty);
                    }
                    catch (ArgumentException)
                    {
                        return "--host needs an IP address (0.0.0.0 = every interface) or 'localhost'.";
                    }

                    Options.Host = host!;
                    break;
                case "--accounts":
                    Options.AccountsPath = Next();
                    if (Options.AccountsPath is null)
                    {
                        return "--accounts needs a file path.";
                    }

                    break;
                case "--strict":
                    // Everything real Binance is strict about: envelope errors close the connection, unknown parameters are refused.
                    Options.CloseOnEnvelopeError = true;
                    Options.StrictParameters = true;
                    break;
                case "--strict-params":
                    Options.StrictParameters = true;
                    break;
                case "--log-level":
                    if (!Enum.TryParse(Next(), ignoreCase: true, out LogLevel level) || !Enum.IsDefined(level))
                    {
                        return "--log-level must be Trace, Debug, Information, Warning, Error or None.";
                    }

                    LogLevel = level;
                    break;
                case "--help" or "-h" or "-?":
                    ShowHelp = true;
                    break;
                default:
                    return $"Unknown argument '{arg}'.";
            }
        }

        return null;
    }
}
