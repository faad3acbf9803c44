using System.ComponentModel;
using System.Diagnostics;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants.Node;

/// <summary>
/// Finds <c>node</c> and makes sure <c>bench/node</c> has its pinned packages (<c>npm ci</c> from the committed lock
/// file when <c>node_modules</c> is missing). When either is impossible the Node.js participant is skipped, with the
/// reason, rather than failing the whole run.
/// </summary>
internal sealed record NodeEnvironment(string NodePath, string NodeVersion, string ScriptDirectory)
{
    public static async Task<(NodeEnvironment? Node, string? SkipReason)> PrepareAsync(string repositoryRoot)
    {
        string scriptDirectory = Path.Combine(repositoryRoot, "bench", "node");
        (int nodeExit, string nodeVersion) = await TryRunAsync("node", ["--version"], scriptDirectory).ConfigureAwait(false);
        if (nodeExit != 0)
        {
            return (null, "node is not on this machine (PATH), so the Node.js SDK participant was skipped.");
        }

        if (!File.Exists(Path.Combine(scriptDirectory, "node_modules", "binance", "package.json")))
        {
            Console.Error.WriteLine("e2e: installing the pinned Node.js SDK (npm ci in bench/node)…");
            (int npmExit, string npmOutput) = await TryRunAsync("npm", ["ci", "--no-audit", "--no-fund"], scriptDirectory).ConfigureAwait(false);
            if (npmExit != 0)
            {
                return (null, $"npm ci in bench/node failed (exit {npmExit}), so the Node.js SDK participant was skipped: {npmOutput.Trim()}");
            }
        }

        return (new NodeEnvironment("node", nodeVersion.Trim(), scriptDirectory), null);
    }

    private static async Task<(int ExitCode, string Output)> TryRunAsync(string file, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using Process process = Process.Start(start) ?? throw new Win32Exception($"{file} did not start.");
            Task<string> error = process.StandardError.ReadToEndAsync();
            string output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
            await process.WaitForExitAsync().ConfigureAwait(false);
            return (process.ExitCode, output + await error.ConfigureAwait(false));
        }
        catch (Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
