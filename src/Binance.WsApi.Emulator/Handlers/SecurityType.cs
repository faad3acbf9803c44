namespace Binance.WsApi.Emulator.Handlers;

/// <summary>Binance security types as far as authentication goes (TRADE and USER_DATA are both SIGNED).</summary>
internal enum SecurityType
{
    /// <summary>Public: no key.</summary>
    None,

    /// <summary>apiKey + timestamp + signature, or a logged-on session plus timestamp.</summary>
    Signed,

    /// <summary>Legacy listenKey methods: apiKey only (or a logged-on session).</summary>
    UserStream,
}
