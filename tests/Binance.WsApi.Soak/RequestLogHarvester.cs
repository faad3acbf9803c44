using System.Text.RegularExpressions;
using Binance.WsApi.Emulator;

namespace Binance.WsApi.Soak;

/// <summary>
/// Collects the ids of every request the emulator received: its log is a bounded ring, so it is read often enough that
/// nothing falls out unread. A request the client reported NotSent must not be among them.
/// </summary>
internal sealed partial class RequestLogHarvester(ExchangeEmulator emulator)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public bool Contains(string id)
    {
        lock (_ids)
        {
            return _ids.Contains(id);
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await HarvestAsync();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public Task HarvestAsync()
    {
        IReadOnlyList<ReceivedRequest> received = emulator.ReceivedRequests;
        lock (_ids)
        {
            foreach (ReceivedRequest request in received)
            {
                if (IdPattern().Match(request.Text) is { Success: true } match)
                {
                    _ids.Add(match.Groups[1].Value);
                }
            }
        }

        return Task.CompletedTask;
    }

    [GeneratedRegex("\"id\"\\s*:\\s*\"?([0-9A-Za-z-]+)")]
    private static partial Regex IdPattern();
}
