using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Binance.WsApi.Benchmarks.EndToEnd.Participants;
using Binance.WsApi.Benchmarks.EndToEnd.Responder;

namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>
/// The multi-client scenario: <see cref="BenchSettings.MultiClients"/> accounts (sub-accounts of one desk), one
/// connection each with <see cref="BenchSettings.MultiClientInFlight"/> HMAC orders in flight, all in one process —
/// our client (one <c>WebSocketApiClient</c> per account) against as many floor loops. Against the emulator the accounts
/// are created through its admin API (<c>POST /admin/accounts</c>), each with its own HMAC key and balances; the fast
/// responder takes any key.
/// </summary>
internal static class MultiClientCell
{
    public static async Task RunAsync(IReadOnlyList<ChildParticipant> participants, ResponderProcess responder, BenchSettings settings,
        List<MultiClientRun> runs, List<string> notes)
    {
        List<(string ApiKey, string Secret)> accounts = Accounts(settings.MultiClients);
        if (responder.Mode == ResponderMode.Emulator)
        {
            await CreateAccountsAsync(responder.HttpBaseUri, accounts).ConfigureAwait(false);
        }

        for (int round = 0; round < settings.Rounds; round++)
        {
            List<ChildParticipant> turn = [.. participants.Skip(round % participants.Count), .. participants.Take(round % participants.Count)];
            foreach (ChildParticipant participant in turn)
            {
                EndToEndCommand.Log($"{responder.Mode} round {round + 1}/{settings.Rounds}: multi-client {settings.MultiClients}×{settings.MultiClientInFlight} — {participant.Name}");
                try
                {
                    TimeSpan before = responder.CpuTime;
                    ThroughputSample s = await participant.MeasureMultiClientAsync(accounts, settings.MultiClientInFlight, settings.MultiClientDuration)
                        .ConfigureAwait(false);
                    double responderCpu = (responder.CpuTime - before).TotalMicroseconds / Math.Max(1, s.Requests + s.WarmupRequests);
                    long requests = Math.Max(1, s.Requests);
                    var run = new MultiClientRun(responder.Mode.ToString().ToLowerInvariant(), participant.Name, round, settings.MultiClients,
                        settings.MultiClientInFlight, s.Requests / s.Seconds, s.ClientCpuUs / requests, s.AllocatedBytes / (double?)requests,
                        s.WorkItems / (double?)requests, s.ContextSwitches / (double?)requests, responderCpu);
                    runs.Add(run);
                    EndToEndCommand.Log(string.Create(CultureInfo.InvariantCulture,
                        $"  {run.RequestsPerSecond:0} req/s, {run.ClientCpuUsPerRequest:0.0} µs CPU/req, {run.AllocatedBytesPerRequest:0} B/req, {run.WorkItemsPerRequest:0.00} wi, {run.ContextSwitchesPerRequest:0.00} cs"));
                }
                catch (Exception ex) when (ex is InvalidOperationException or IOException or OperationCanceledException)
                {
                    string reason = $"The multi-client cell failed for {participant.Name} against the {responder.Mode} responder: {ex.Message}";
                    EndToEndCommand.Log(reason);
                    notes.Add(reason);
                    return;
                }
            }
        }
    }

    /// <summary>Keys of the benchmark's sub-accounts: letters and digits, 64 characters, as Binance's are.</summary>
    private static List<(string ApiKey, string Secret)> Accounts(int count) =>
        [.. Enumerable.Range(1, count).Select(i => (
            string.Create(CultureInfo.InvariantCulture, $"benchSubAccount{i:00}").PadRight(64, 'K'),
            string.Create(CultureInfo.InvariantCulture, $"benchSubAccountSecret{i:00}").PadRight(64, 'S')))];

    private static async Task CreateAccountsAsync(Uri emulator, List<(string ApiKey, string Secret)> accounts)
    {
        using var http = new HttpClient { BaseAddress = emulator, Timeout = TimeSpan.FromSeconds(30) };
        for (int i = 0; i < accounts.Count; i++)
        {
            var body = new JsonObject
            {
                ["name"] = string.Create(CultureInfo.InvariantCulture, $"bench-sub-{i + 1:00}"),
                ["balances"] = new JsonObject { ["USDT"] = "100000000", ["BTC"] = "100" },
                ["keys"] = new JsonArray(new JsonObject { ["apiKey"] = accounts[i].ApiKey, ["type"] = "HMAC", ["secret"] = accounts[i].Secret }),
            };
            using HttpResponseMessage response = await http.PostAsJsonAsync("admin/accounts", body).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                string text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                // An account left over from an earlier round of this run is fine; anything else is not.
                if (!text.Contains("exist", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"The emulator refused benchmark account {i + 1}: {(int)response.StatusCode} {text}");
                }
            }
        }
    }
}
