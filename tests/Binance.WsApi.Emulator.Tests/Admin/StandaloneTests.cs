using System.Diagnostics;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Admin;

/// <summary>The standalone emulator for containers and CI: host binding, flags, a clean stop on SIGTERM.</summary>
public sealed class StandaloneTests
{
    [Fact]
    public void Host_defaults_to_loopback_and_takes_any_address()
    {
        Assert.Equal("127.0.0.1", CommandLine.Parse([]).Options.Host);
        Assert.Equal(9443, CommandLine.Parse([]).Options.Port);

        CommandLine all = CommandLine.Parse(["--host", "0.0.0.0", "--port", "0"]);
        Assert.Null(all.Error);
        Assert.Equal("0.0.0.0", all.Options.Host);
        Assert.Equal(0, all.Options.Port);

        Assert.NotNull(CommandLine.Parse(["--host"]).Error);
        Assert.NotNull(CommandLine.Parse(["--host", "example.com"]).Error);
        Assert.NotNull(CommandLine.Parse(["--port", "70000"]).Error);
        Assert.NotNull(CommandLine.Parse(["--log-level", "Loud"]).Error);
        Assert.True(CommandLine.Parse(["--help"]).ShowHelp);
    }

    [Fact]
    public async Task Bound_to_every_interface_it_answers_on_loopback()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync(new EmulatorOptions { Host = "0.0.0.0" });
        Assert.Equal($"ws://127.0.0.1:{emulator.Port}/ws-api/v3", emulator.SpotUri.ToString());

        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        Assert.Equal(200, (await client.RequestAsync("{\"id\":1,\"method\":\"ping\"}")).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Sigterm_closes_websockets_with_a_close_frame_and_exits_0()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no SIGTERM there; Ctrl+C takes the same path
        }

        string dll = Path.Combine(AppContext.BaseDirectory, "Binance.WsApi.Emulator.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { dll, "--port", "0", "--log-level", "Warning" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            Uri? spot = null;
            while (spot is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.TrimStart().StartsWith("spot ", StringComparison.Ordinal))
                {
                    spot = new Uri(line.Trim()["spot".Length..].Trim());
                }
            }

            Assert.NotNull(spot);
            await using var client = await RawWsClient.ConnectAsync(spot);
            Assert.Equal(200, (await client.RequestAsync("{\"id\":1,\"method\":\"ping\"}")).GetProperty("status").GetInt32());

            using (Process kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(timeout.Token);
            }

            var (status, description) = await client.ReceiveCloseAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.EndpointUnavailable, status);
            Assert.Equal("Server stopping", description);

            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopped.", await process.StandardOutput.ReadToEndAsync(timeout.Token), StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
