using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Futures;

/// <summary>Listen keys are the stream's only credential: random per instance unless a seed is configured.</summary>
public sealed class ListenKeyRandomnessTests
{
    [Fact]
    public async Task Two_instances_hand_out_different_keys()
    {
        string first = await StartKeyAsync(new EmulatorOptions());
        string second = await StartKeyAsync(new EmulatorOptions());

        Assert.NotEqual(first, second);
        Assert.Matches("^[A-Za-z0-9]{64}$", first);
        Assert.Matches("^[A-Za-z0-9]{64}$", second);
    }

    [Fact]
    public async Task A_configured_seed_gives_the_same_key_on_every_run()
    {
        string first = await StartKeyAsync(new EmulatorOptions { ListenKeySeed = 42 });
        string second = await StartKeyAsync(new EmulatorOptions { ListenKeySeed = 42 });

        Assert.Equal(first, second);
    }

    private static async Task<string> StartKeyAsync(EmulatorOptions options)
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync(options);
        await using var client = await RawWsClient.ConnectAsync(emulator.UsdMUri);
        JsonElement started = await client.RequestAsync(
            $"{{\"id\":1,\"method\":\"userDataStream.start\",\"params\":{{\"apiKey\":\"{DemoAccount.HmacApiKey}\"}}}}");
        return started.GetProperty("result").GetProperty("listenKey").GetString()!;
    }
}
