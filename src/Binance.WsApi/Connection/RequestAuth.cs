namespace Binance.WsApi.Connection;

/// <summary>How one request is to be authorised when its frame is written.</summary>
internal enum RequestAuth : byte
{
    None,
    ApiKey,

    /// <summary>Signed, or only timestamped on a logged-on session.</summary>
    Signed,

    /// <summary>Always signed, even on a logged-on session (<c>session.logon</c> itself).</summary>
    AlwaysSigned,
}
