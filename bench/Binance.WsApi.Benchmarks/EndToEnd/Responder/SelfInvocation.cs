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
}
