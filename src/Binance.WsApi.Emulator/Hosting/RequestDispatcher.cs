using System.Net.WebSockets;
using System.Text;
using Binance.WsApi.Emulator.Auth;
using Binance.WsApi.Emulator.Faults;
using Binance.WsApi.Emulator.Handlers;
using Binance.WsApi.Emulator.Limits;
using Binance.WsApi.Emulator.Protocol;
using Microsoft.Extensions.Logging;

namespace Binance.WsApi.Emulator.Hosting;

/// <summary>
/// The request pipeline, in this order: log the frame → envelope checks → drop-next fault → revoked-session 401
/// → method lookup → IP ban (418) → charge weight → forced or real rate limit → authentication → handler → response (subject
/// to swallow / delay faults). Envelope errors and unknown methods cost no weight and carry no rateLimits:
/// Binance documents neither, and a frame that names no known method has no weight to charge.
/// </summary>
internal sealed class RequestDispatcher(EmulatorServices services)
{
    private static readonly TimeSpan DefaultBan = TimeSpan.FromMinutes(2); // Binance's first ban step (docs/protocol.md §3.3)

    private readonly ILogger _logger = services.LoggerFactory.CreateLogger<RequestDispatcher>();

    public async Task HandleFrameAsync(ClientConnection connection, ReadOnlyMemory<byte> frame, bool binary)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        services.RequestLog.Add(new ReceivedRequest(
            connection.Id, connection.Path, Encoding.UTF8.GetString(frame.Span), binary ? null : EnvelopeParser.PeekMethod(frame.Span), now));

        if (binary)
        {
            await SendEnvelopeErrorAsync(connection, EnvelopeParser.NullId, Errors.InvalidJson()).ConfigureAwait(false);
            return;
        }

        if (!EnvelopeParser.TryParse(frame.Span, connection.Market, out RequestEnvelope? envelope, out ApiError? envelopeError, out string errorId))
        {
            await SendEnvelopeErrorAsync(connection, errorId, envelopeError!).ConfigureAwait(false);
            return;
        }

        string methodName = envelope!.Method ?? string.Empty;
        if (services.Faults.TryConsume(FaultKind.DropNext, methodName) is not null)
        {
            _logger.LogInformation("Fault: dropping connection {Id} on '{Method}'", connection.Id, methodName);
            connection.Abort();
            return;
        }

        if (connection.Session.TakeRevokedKey())
        {
            // docs/protocol.md §4.4: the next request after a revocation triggers an unsolicited 401; the request itself
            // then runs unauthenticated, so its caller still gets an answer.
            await connection.SendAsync(ResponseWriter.Error(EnvelopeParser.NullId, Errors.RejectedApiKey(), null)).ConfigureAwait(false);
        }

        MethodDefinition? method = services.Registry.Find(connection.Market, envelope.Method);
        if (method is null)
        {
            await connection.SendAsync(ResponseWriter.Error(envelope.IdJson, Errors.UnsupportedOperation(), null)).ConfigureAwait(false);
            return;
        }

        FaultRule? swallow = services.Faults.TryConsume(FaultKind.Swallow, method.Name);
        FaultRule? delay = services.Faults.TryConsume(FaultKind.Delay, method.Name);
        FaultRule? forcedLimit = services.Faults.TryConsume(FaultKind.RateLimit, method.Name);

        var context = new RequestContext
        {
            Connection = connection,
            Services = services,
            Envelope = envelope,
            Method = method.Name,
            Now = now,
        };

        if (services.Bans.Check(connection.Market, connection.RemoteIp) is { } bannedUntil)
        {
            // Repeated violations (docs/protocol.md §3.3): 418 until the ban ends, and the connection is dropped.
            _logger.LogInformation("Rate limit: {Ip} is banned until {Until}", connection.RemoteIp, bannedUntil);
            await connection.SendAsync(ResponseWriter.Error(envelope.IdJson, Errors.IpBanned(now.ToUnixTimeMilliseconds(), bannedUntil), null)).ConfigureAwait(false);
            await connection.CloseAsync(WebSocketCloseStatus.PolicyViolation, "IP banned").ConfigureAwait(false);
            return;
        }

        bool returnRateLimits = !RateLimitsField.IsOmitted(connection.Market, method.Name)
            && (ParamReader.OptionalBoolean(envelope.Params, "returnRateLimits", out _) ?? connection.ReturnRateLimits);
        int limit = services.WeightLimit(connection.Market);
        int weight = method.Weight(context);
        WeightUsage usage = services.Limiter.Add(connection.Market, connection.RemoteIp, weight, limit);
        RateLimitUsage[]? rateLimits = returnRateLimits ? [usage.ToRateLimit()] : null;

        bool banned = false;
        byte[] response;
        if (forcedLimit is not null)
        {
            banned = forcedLimit.Status == 418;
            response = ResponseWriter.Error(envelope.IdJson, ForcedLimitError(forcedLimit, usage), rateLimits);
            if (!banned)
            {
                services.Bans.BackOff(connection.Market, connection.RemoteIp, ForcedRetryAfter(forcedLimit, usage));
            }
        }
        else if (usage.Exceeded)
        {
            response = ResponseWriter.Error(envelope.IdJson, Errors.TooMuchWeight(limit, usage.NowMs, usage.NextBucketMs), rateLimits);
            services.Bans.BackOff(connection.Market, connection.RemoteIp, usage.NextBucketMs);
        }
        else
        {
            response = await ExecuteAsync(context, method, returnRateLimits, usage, weight).ConfigureAwait(false);
        }

        await DeliverAsync(connection, response, swallow, delay).ConfigureAwait(false);
        if (banned)
        {
            await connection.CloseAsync(WebSocketCloseStatus.PolicyViolation, "IP banned").ConfigureAwait(false);
        }
    }

    private static ApiError ForcedLimitError(FaultRule rule, WeightUsage usage)
    {
        if (rule.Status == 418)
        {
            return Errors.IpBanned(usage.NowMs, usage.NowMs + (long)(rule.RetryAfter ?? DefaultBan).TotalMilliseconds);
        }

        return Errors.TooMuchWeight(usage.Limit, usage.NowMs, ForcedRetryAfter(rule, usage));
    }

    private static long ForcedRetryAfter(FaultRule rule, WeightUsage usage) =>
        rule.RetryAfter is { } after ? usage.NowMs + (long)after.TotalMilliseconds : usage.NextBucketMs;

    private async Task<byte[]> ExecuteAsync(RequestContext context, MethodDefinition method, bool returnRateLimits, WeightUsage usage, int weight)
    {
        RateLimitUsage[]? rateLimits = returnRateLimits ? [usage.ToRateLimit()] : null;
        if (context.Envelope.HasDuplicateParameter)
        {
            // A parameter error like -1102: the method is known, so it is charged and may carry rateLimits; it comes
            // before authentication because the signature payload of a doubled name is ambiguous.
            return ResponseWriter.Error(context.Envelope.IdJson, Errors.DuplicateParameter(), rateLimits);
        }

        if (services.StrictParameters && MethodParameters.For(context.Market, method.Name) is { } accepted
            && MethodParameters.CheckAllRead(context.Envelope.Params, accepted) is { } unread)
        {
            // Checked against the declared names before authentication and the handler, so a refused request has no effect.
            return ResponseWriter.Error(context.Envelope.IdJson, unread, rateLimits);
        }

        if (method.Security != SecurityType.None && RequestAuthenticator.Authenticate(context, method) is { } authError)
        {
            return ResponseWriter.Error(context.Envelope.IdJson, authError, rateLimits);
        }

        MethodResult result;
        try
        {
            result = await method.Handler(context).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // A bug in a handler must not kill the connection; answer like Binance's generic internal error.
            _logger.LogError(e, "Handler for {Method} failed", method.Name);
            result = Errors.InternalError();
        }

        if (result.Error is null && method.FreeOnSuccess && weight > 0)
        {
            // Since 2026-04-02 successful order placement and cancellation cost no weight (docs/protocol.md §3.1).
            usage = services.Limiter.Add(context.Market, context.Connection.RemoteIp, -weight, usage.Limit);
        }

        if (returnRateLimits)
        {
            // Order methods list the ORDERS counters before REQUEST_WEIGHT (docs/protocol.md §3.2).
            rateLimits = [.. context.OrderRateLimits, usage.ToRateLimit()];
        }

        return result.Error is { } error
            ? ResponseWriter.Error(context.Envelope.IdJson, error, rateLimits)
            : ResponseWriter.Success(context.Envelope.IdJson, result.WriteResult!, rateLimits);
    }

    private async Task DeliverAsync(ClientConnection connection, byte[] response, FaultRule? swallow, FaultRule? delay)
    {
        if (swallow is not null)
        {
            _logger.LogInformation("Fault: swallowing a response on connection {Id}", connection.Id);
            return;
        }

        if (delay is not null)
        {
            // Off the receive loop, so later requests are still answered (and may overtake this one).
            _ = DelayedSendAsync(connection, response, delay.Delay);
            return;
        }

        await connection.SendAsync(response).ConfigureAwait(false);
    }

    private async Task DelayedSendAsync(ClientConnection connection, byte[] response, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, services.Time).ConfigureAwait(false);
            await connection.SendAsync(response).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _logger.LogDebug(e, "Delayed response on connection {Id} not sent", connection.Id);
        }
    }

    private async Task SendEnvelopeErrorAsync(ClientConnection connection, string idJson, ApiError error)
    {
        await connection.SendAsync(ResponseWriter.Error(idJson, error, null)).ConfigureAwait(false);
        if (services.Options.CloseOnEnvelopeError)
        {
            // Spot testnet was observed closing with 1008 and this reason after an invalid id (docs/protocol.md §1.4).
            await connection.CloseAsync(WebSocketCloseStatus.PolicyViolation, "disconnected").ConfigureAwait(false);
        }
    }
}
