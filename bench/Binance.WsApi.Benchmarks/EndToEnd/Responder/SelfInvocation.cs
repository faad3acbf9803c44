using System.Diagnostics;

namespace Binance.WsApi.Benchmarks.EndToEnd.Responder;

/// <summary>Starts this same executable with other arguments, whether it runs as an apphost or as <c>dotnet x.dll</c>.</summary>
internal static class SelfInvocation
{
    public static ProcessStartInfo Create(params string[] arguments)
    {
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(SelfInvocation).Assembly.Location);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>
    /// Starts another build of this executable (its output directory), through <c>dotnet</c>: how <c>--baseline</c> runs
    /// an older build of the client beside this one in the same run.
    /// </summary>
    public static ProcessStartInfo CreateFrom(string buildDirectory, params string[] arguments)
    {
        string dll = Path.Combine(Path.GetFullPath(buildDirectory), Path.GetFileName(typeof(SelfInvocation).Assembly.Location));
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"No {Path.GetFileName(dll)} in the baseline directory.", dll);
        }

        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        start.ArgumentList.Add(dll);

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
