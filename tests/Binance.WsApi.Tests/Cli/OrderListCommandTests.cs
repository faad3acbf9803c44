using Binance.WsApi.Emulator;

namespace Binance.WsApi.Tests.Cli;

/// <summary><c>order list oco|oto</c> against a standalone emulator whose book is set around 60000.</summary>
public class OrderListCommandTests
{
    private static async Task<ExchangeEmulator> StartAt60000Async()
    {
        ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        emulator.SetMarketMaker("BTCUSDT", false);
        emulator.ClearBook("BTCUSDT");
        emulator.RecordTrade("BTCUSDT", 60000m, 0.001m);
        emulator.AddLiquidity("BTCUSDT", isBuy: true, 59900m, 1m);
        emulator.AddLiquidity("BTCUSDT", isBuy: false, 60100m, 1m);
        return emulator;
    }

    [Fact]
    public async Task Oco_places_an_above_and_a_below_leg()
    {
        await using ExchangeEmulator emulator = await StartAt60000Async();
        var (exit, stdout, stderr) = await CliProcess.RunAsync("order", "list", "oco", "BTCUSDT", "BUY", "--qty", "0.01",
            "--above-type", "STOP_LOSS", "--above-stop-price", "62000", "--below-type", "LIMIT_MAKER", "--below-price", "58000",
            "--url", emulator.SpotUri.ToString());
        Assert.True(exit == 0, string.Join("\n", stderr));
        Assert.Contains(stdout, l => l.Contains("BTCUSDT OCO: EXECUTING", StringComparison.Ordinal));
        Assert.Contains(stdout, l => l.Contains("BUY STOP_LOSS: NEW", StringComparison.Ordinal));
        Assert.Contains(stdout, l => l.Contains("BUY LIMIT_MAKER: NEW", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Oto_places_a_working_and_a_pending_order()
    {
        await using ExchangeEmulator emulator = await StartAt60000Async();
        var (exit, stdout, stderr) = await CliProcess.RunAsync("order", "list", "oto", "BTCUSDT",
            "--working-side", "BUY", "--working-price", "58000", "--working-qty", "0.01",
            "--pending-type", "LIMIT_MAKER", "--pending-side", "SELL", "--pending-price", "63000", "--pending-qty", "0.01",
            "--url", emulator.SpotUri.ToString());
        Assert.True(exit == 0, string.Join("\n", stderr));
        Assert.Contains(stdout, l => l.Contains("BTCUSDT OTO: EXECUTING", StringComparison.Ordinal));
        Assert.Contains(stdout, l => l.Contains("BUY LIMIT: NEW", StringComparison.Ordinal));
        Assert.Contains(stdout, l => l.Contains("SELL LIMIT_MAKER: PENDING_NEW", StringComparison.Ordinal));
    }
}
