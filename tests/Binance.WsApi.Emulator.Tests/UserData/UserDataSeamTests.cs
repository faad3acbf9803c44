using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.UserData;

/// <summary>The test seams: deposits, external lock updates, raw events and the termination fault.</summary>
public sealed class UserDataSeamTests : UserDataTestBase
{
    [Fact]
    public async Task Deposit_pushes_balance_update_then_account_position()
    {
        int sub = await SubscribeAsync();
        decimal before = Emulator.GetBalance(DemoAccount.HmacApiKey, "BTC").Free;

        Emulator.Deposit(DemoAccount.HmacApiKey, "BTC", 100m);

        List<JsonElement> frames = await Client.NextEventsAsync(2);
        AssertSameFields("spot-event-balanceUpdate.json", frames[0]);
        JsonElement update = Event(frames[0], sub, "balanceUpdate");
        Assert.Equal("BTC", Str(update, "a"));
        Assert.Equal("100.00000000", Str(update, "d"));
        Assert.Equal(Time.Ms(), update.GetProperty("T").GetInt64());
        AssertSameFields("spot-event-outboundAccountPosition.json", frames[1]);
        JsonElement position = Event(frames[1], sub, "outboundAccountPosition");
        Assert.Equal((before + 100m).ToString("0.00000000", System.Globalization.CultureInfo.InvariantCulture), Str(position.GetProperty("B")[0], "f"));

        Emulator.Deposit(DemoAccount.HmacApiKey, "BTC", -100m);
        Assert.Equal("-100.00000000", Str(Event(await Client.NextEventAsync(), sub, "balanceUpdate"), "d"));
        Event(await Client.NextEventAsync(), sub, "outboundAccountPosition");
        Assert.Equal(before, Emulator.GetBalance(DemoAccount.HmacApiKey, "BTC").Free);
        Assert.Throws<InvalidOperationException>(() => Emulator.Deposit(DemoAccount.HmacApiKey, "BTC", -(before + 1m)));
    }

    [Fact]
    public async Task External_lock_update_and_raw_events_arrive_wrapped()
    {
        int sub = await SubscribeAsync();

        Assert.Equal(1, Emulator.PushExternalLockUpdate(DemoAccount.HmacApiKey, "BNB", 10m));
        JsonElement frame = await Client.NextEventAsync();
        AssertSameFields("spot-event-externalLockUpdate.json", frame);
        Assert.Equal("10.00000000", Str(Event(frame, sub, "externalLockUpdate"), "d"));

        const string raw = "{\"e\":\"somethingNew\",\"E\":1,\"x\":[1,{\"y\":null}]}";
        Assert.Equal(1, Emulator.PushUserDataEvent(DemoAccount.HmacApiKey, raw));
        JsonElement unknown = await Client.NextEventAsync();
        Assert.Equal(sub, unknown.GetProperty("subscriptionId").GetInt32());
        Assert.Equal(raw, unknown.GetProperty("event").GetRawText());
        Assert.Throws<ArgumentException>(() => Emulator.PushUserDataEvent(DemoAccount.HmacApiKey, "[1]"));
        Assert.Throws<ArgumentException>(() => Emulator.PushUserDataEvent(DemoAccount.HmacApiKey, "{nope"));
    }

    [Fact]
    public async Task Nothing_is_pushed_without_a_subscription()
    {
        Assert.Equal(0, Emulator.PushUserDataEvent(DemoAccount.HmacApiKey, "{\"e\":\"x\"}"));
        Emulator.Deposit(DemoAccount.HmacApiKey, "BTC", 1m);
        Assert.Equal(0, await SubscribeAsync());
        Emulator.Deposit(DemoAccount.HmacApiKey, "BTC", 2m);
        Assert.Equal("2.00000000", Str(Event(await Client.NextEventAsync(), 0, "balanceUpdate"), "d")); // the first deposit was never queued
    }

    [Fact]
    public async Task Terminate_fault_ends_every_subscription_on_every_connection()
    {
        await using StreamClient other = await StreamClient.ConnectAsync(Emulator.SpotUri);
        Ok(await other.RequestAsync(TestSigner.SignedRequest("o", "userDataStream.subscribe.signature", DemoAccount.RsaApiKey, Time.Ms())));
        await SubscribeAsync();

        Assert.Equal(2, Emulator.Faults.TerminateUserDataStreams());

        Event(await Client.NextEventAsync(), 0, "eventStreamTerminated");
        Event(await other.NextEventAsync(), 0, "eventStreamTerminated");
        Assert.False(Ok(await Public("session.status")).GetProperty("userDataStream").GetBoolean());

        Assert.Equal(1, await SubscribeAsync()); // the connection stays usable
        using var http = new HttpClient { BaseAddress = Emulator.HttpBaseUri };
        HttpResponseMessage response = await http.PostAsync("admin/faults/terminate-user-data-streams", null);
        Assert.Equal("{\"terminated\":1}", await response.Content.ReadAsStringAsync());
        Event(await Client.NextEventAsync(), 1, "eventStreamTerminated");
    }
}
