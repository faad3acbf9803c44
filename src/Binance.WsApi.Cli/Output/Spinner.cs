namespace Binance.WsApi.Cli.Output;

/// <summary>
/// A status line on stderr for waits longer than ~300 ms, only when stderr is a terminal: redirected output (a
/// script, a test) never sees it. Disposing (or <see cref="Stop"/>) erases it before anything else is printed.
/// </summary>
internal sealed class Spinner : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(300);
    private static readonly char[] Frames = ['|', '/', '-', '\\'];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly string _text;
    private int _shown;

    private Spinner(string text)
    {
        _text = text;
        _loop = Console.IsErrorRedirected ? Task.CompletedTask : RunAsync();
    }

    public static Spinner Start(string text) => new(text);

    public void Stop()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        _stop.Cancel();
        try
        {
            _loop.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // The wait ended before or while the line was shown.
        }

        if (Interlocked.Exchange(ref _shown, 0) == 1)
        {
            Console.Error.Write("\r" + new string(' ', _text.Length + 2) + "\r");
        }
    }

    public void Dispose()
    {
        Stop();
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        await Task.Delay(Delay, _stop.Token);
        for (int i = 0; !_stop.IsCancellationRequested; i++)
        {
            Volatile.Write(ref _shown, 1);
            Console.Error.Write($"\r{Frames[i % Frames.Length]} {_text}");
            await Task.Delay(120, _stop.Token);
        }
    }
}
