using Binance.WsApi.Benchmarks.EndToEnd.Measurement;
using System.Diagnostics;
using System.Globalization;

namespace Binance.WsApi.Benchmarks.EndToEnd.Responder;

/// <summary>
/// The responder, started as a separate process (this same executable, <c>responder</c> command) so that its work
/// never shows in the client's allocation and CPU figures; its own CPU time is read from the process object.
/// </summary>
internal sealed class ResponderProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ResponderProcess(Process process, ResponderMode mode, int port)
    {
        _process = process;
        Mode = mode;
        Port = port;
    }

    public ResponderMode Mode { get; }

    public int Port { get; }

    /// <summary>The responder's HTTP base (the emulator's admin API lives there).</summary>
    public Uri HttpBaseUri => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    public Uri SpotUri => new($"ws://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/ws-api/v3");

    /// <summary>CPU time the responder has used so far (user + kernel).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<ResponderProcess> StartAsync(ResponderMode mode)
    {
        ProcessStartInfo start = SelfInvocation.Create("responder", "--port", "0", "--mode", mode.ToString().ToLowerInvariant());
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start = CpuPinning.Apply(start, CpuPinning.ResponderCpu);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The responder process did not start.");
        // The emulator seeds a day of market history first, so allow it some time on a busy machine.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (true)
        {
            string? line = await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false);
            if (line is null)
            {
                throw new InvalidOperationException($"The {mode} responder exited before printing its port.");
            }

            if (int.TryParse(line.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int port))
            {
                return new ResponderProcess(process, mode, port);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Closing stdin asks it to stop; a responder that does not, is killed (only this process, by its object).
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        finally
        {
            _process.Dispose();
        }
    }
}
