using System.Collections.Concurrent;
using System.Diagnostics;

namespace Binance.WsApi.Tests.Cli;

/// <summary>
/// The CLI as a person runs it: the real program in its own process, stdout and stderr apart (errors must be on
/// stderr, data on stdout), with a way to wait for a line while it runs.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();
    private readonly TaskCompletionSource _stdoutDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stderrDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waiters = [];

    private CliProcess(string[] args, IReadOnlyDictionary<string, string?>? environment)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, [Path.Combine(AppContext.BaseDirectory, "binance-wsapi.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // A developer's own keys must not leak into a test run.
        foreach (string name in new[] { "BINANCE_API_KEY", "BINANCE_API_SECRET", "BINANCE_PRIVATE_KEY_FILE" })
        {
            start.Environment.Remove(name);
        }

        foreach (KeyValuePair<string, string?> variable in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Receive(e.Data, _stdout, _stdoutDone);
        _process.ErrorDataReceived += (_, e) => Receive(e.Data, _stderr, _stderrDone);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public IReadOnlyList<string> Stdout => [.. _stdout];

    public IReadOnlyList<string> Stderr => [.. _stderr];

    public static CliProcess Start(params string[] args) => new(args, null);

    public static CliProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] args) => new(args, environment);

    /// <summary>Runs the CLI to its end: exit code, stdout lines, stderr lines.</summary>
    public static async Task<(int Exit, IReadOnlyList<string> Stdout, IReadOnlyList<string> Stderr)> RunAsync(params string[] args)
    {
        using CliProcess cli = Start(args);
        int exit = await cli.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (exit, cli.Stdout, cli.Stderr);
    }

    /// <summary>Waits for a line on either stream (seen before or after the call).</summary>
    public Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            string? seen = _stdout.Concat(_stderr).FirstOrDefault(match);
            if (seen is not null)
            {
                return Task.FromResult(seen);
            }

            _waiters.Add((match, found));
        }

        return found.Task.WaitAsync(timeout);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        await Task.WhenAll(_stdoutDone.Task, _stderrDone.Task).WaitAsync(timeout);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Receive(string? line, ConcurrentQueue<string> into, TaskCompletionSource done)
    {
        if (line is null)
        {
            done.TrySetResult();
            return;
        }

        lock (_waiters)
        {
            into.Enqueue(line);
            foreach (var waiter in _waiters.Where(w => w.Match(line)).ToList())
            {
                waiter.Found.TrySetResult(line);
                _waiters.Remove(waiter);
            }
        }
    }
}
