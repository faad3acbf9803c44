using System.Text.Json;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Protocol;
using Binance.WsApi.Emulator.UserData;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// The user data stream on the spot WS API (docs/protocol.md §5.6, Appendix B): <c>userDataStream.subscribe</c>,
/// <c>.subscribe.signature</c>, <c>.subscribe.listenToken</c>, <c>.unsubscribe</c> and <c>session.subscriptions</c>.
/// The removed listenKey methods (<c>userDataStream.start/ping/stop</c>) stay unknown on spot (docs/protocol.md §5.6).
/// </summary>
internal sealed class UserDataStreamHandlers : IMethodGroup
{
    public IEnumerable<MethodDefinition> GetMethods() =>
    [
        new MethodDefinition
        {
            Name = "userDataStream.subscribe",
            Markets = MarketSet.Spot,
            // USER_STREAM on a logged-on session: the session is the only credential, so authentication happens here.
            Security = SecurityType.None,
            Weight = MethodDefinition.FixedWeight(2),
            Handler = ctx =>
            {
                // Binance documents no error for a connection that is not logged on; the emulator answers like an
                // unusable key (-2015, status 401).
                if (ctx.Connection.Session.CurrentKey is not { } key)
                {
                    return MethodResult.Fail(Errors.RejectedApiKey());
                }

                return Subscribed(ctx, key.Account, SubscriptionKind.Logon);
            },
        },
        new MethodDefinition
        {
            Name = "userDataStream.subscribe.signature",
            Markets = MarketSet.Spot,
            Security = SecurityType.Signed,
            RequiresExplicitSignature = true, // any key type, never the session's
            Weight = MethodDefinition.FixedWeight(2),
            Handler = ctx => Subscribed(ctx, ctx.Key!.Account, SubscriptionKind.Signature),
        },
        new MethodDefinition
        {
            Name = "userDataStream.subscribe.listenToken",
            Markets = MarketSet.Spot,
            Security = SecurityType.None,
            Weight = MethodDefinition.FixedWeight(2),
            Handler = ctx =>
            {
                string? text = ParamReader.OptionalString(ctx.Params, "listenToken", out ApiError? error);
                if (error is not null || text is null)
                {
                    return MethodResult.Fail(Errors.MandatoryParameter("listenToken"));
                }

                if (ctx.Services.UserData.Tokens.Find(text) is not { } token)
                {
                    return MethodResult.Fail(UserDataErrors.InvalidListenToken());
                }

                var (id, expirationTime, subscribeError) = ctx.Services.UserData.SubscribeListenToken(ctx.Connection, token);
                if (subscribeError is not null)
                {
                    return MethodResult.Fail(subscribeError);
                }

                return MethodResult.Ok(w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("subscriptionId", id);
                    w.WriteNumber("expirationTime", expirationTime);
                    w.WriteEndObject();
                });
            },
        },
        new MethodDefinition
        {
            Name = "userDataStream.unsubscribe",
            Markets = MarketSet.Spot,
            Security = SecurityType.None, // since 2025-08-12
            Weight = MethodDefinition.FixedWeight(2),
            Handler = ctx =>
            {
                long? id = ParamReader.OptionalLong(ctx.Params, "subscriptionId", out ApiError? error);
                if (error is not null)
                {
                    return MethodResult.Fail(error);
                }

                // An id that cannot exist is simply not active.
                int? subscriptionId = id is { } value ? (value is >= 0 and <= int.MaxValue ? (int)value : -1) : null;
                if (!ctx.Services.UserData.Unsubscribe(ctx.Connection, subscriptionId))
                {
                    return MethodResult.Fail(UserDataErrors.NotActive());
                }

                return MethodResult.Ok(w =>
                {
                    w.WriteStartObject();
                    w.WriteEndObject();
                });
            },
        },
        new MethodDefinition
        {
            Name = "session.subscriptions",
            Markets = MarketSet.Spot,
            Security = SecurityType.None,
            Weight = MethodDefinition.FixedWeight(2),
            Handler = ctx =>
            {
                IReadOnlyList<int> ids = ctx.Services.UserData.List(ctx.Connection);
                return MethodResult.Ok(w =>
                {
                    w.WriteStartArray();
                    foreach (int id in ids)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("subscriptionId", id);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
            },
        },
    ];

    private static ValueTask<MethodResult> Subscribed(RequestContext ctx, Account account, SubscriptionKind kind)
    {
        var (id, error) = ctx.Services.UserData.Subscribe(ctx.Connection, account, kind);
        if (error is not null)
        {
            return MethodResult.Fail(error);
        }

        return MethodResult.Ok(w => WriteId(w, id));
    }

    private static void WriteId(Utf8JsonWriter w, int id)
    {
        w.WriteStartObject();
        w.WriteNumber("subscriptionId", id);
        w.WriteEndObject();
    }
}
