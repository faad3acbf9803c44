namespace Binance.WsApi.Diagnostics;

/// <summary>
/// Attribute names and fixed values, in the OpenTelemetry style: the RPC and server conventions where they fit, the
/// <c>binance.ws_api.</c> prefix for what only this protocol has. docs/diagnostics.md lists them; keep both in step.
/// </summary>
internal static class TagNames
{
    public const string RpcSystem = "rpc.system";
    public const string RpcSystemValue = "binance_ws_api";
    public const string RpcMethod = "rpc.method";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string ErrorType = "error.type";

    public const string Endpoint = "binance.ws_api.endpoint";
    public const string RequestId = "binance.ws_api.request.id";
    public const string Status = "binance.ws_api.response.status";
    public const string ErrorCode = "binance.ws_api.error.code";
    public const string SendState = "binance.ws_api.send_state";
    public const string ClientOrderId = "binance.ws_api.client_order_id";
    public const string Outcome = "binance.ws_api.outcome";
    public const string Queue = "binance.ws_api.queue";
    public const string ReconnectReason = "binance.ws_api.reconnect.reason";
    public const string ReconnectAttempts = "binance.ws_api.reconnect.attempts";
    public const string RateLimitType = "binance.ws_api.rate_limit.type";
    public const string RateLimitInterval = "binance.ws_api.rate_limit.interval";
    public const string RateLimitIntervalNum = "binance.ws_api.rate_limit.interval_num";

    // Outcomes of a request, a logon or a reconnect (low cardinality by design: they tag metrics).
    public const string Success = "success";
    public const string BinanceError = "binance_error";
    public const string Timeout = "timeout";
    public const string Canceled = "canceled";
    public const string ConnectionError = "connection_error";
    public const string OtherError = "error";
    public const string Reconnected = "reconnected";
    public const string GaveUp = "gave_up";
    public const string Closed = "closed";

    // The queues whose drops are counted.
    public const string EventHandlersQueue = "event_handlers";
    public const string UserDataQueue = "user_data";

    public const string Sent = "sent";
    public const string NotSent = "not_sent";
}
