namespace Binance.WsApi;

/// <summary>An incoming text frame exactly as received (for logging, recording or custom parsing).</summary>
public sealed class WsApiRawMessageEventArgs : EventArgs
{
    internal WsApiRawMessageEventArgs(WsApiEndpoint endpoint, string text)
    {
        Endpoint = endpoint;
        Text = text;
    }

    /// <summary>The endpoint it came from.</summary>
    public WsApiEndpoint Endpoint { get; }

    /// <summary>The frame's text.</summary>
    public string Text { get; }
}
