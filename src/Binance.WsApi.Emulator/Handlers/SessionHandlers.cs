using System.Text.Json;
using Binance.WsApi.Emulator.Auth;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary><c>session.logon</c> / <c>session.status</c> / <c>session.logout</c> (docs/protocol.md §4.4), on all three paths.</summary>
internal sealed class SessionHandlers : IMethodGroup
{
    private static readonly HashSet<ApiKeyType> Ed25519Only = [ApiKeyType.Ed25519];

    public IEnumerable<MethodDefinition> GetMethods() =>
    [
        new MethodDefinition
        {
            Name = "session.logon",
            Markets = MarketSet.All,
            Security = SecurityType.Signed,
            RequiresExplicitSignature = true,
            AllowedKeyTypes = Ed25519Only,
            Weight = MethodDefinition.FixedWeight(2),
            Handler = ctx =>
            {
                // The docs' example reports the request timestamp as authorizedSince (fixture spot-session.logon.response.json).
                ctx.Connection.Session.LogOn(ctx.Key!, ctx.RequestTimestampMs ?? ctx.NowMs);
                return Result(ctx);
            },
        },
        new MethodDefinition
        {
            Name = "session.status",
            Markets = MarketSet.All,
            Security = SecurityType.None,
            Weight = MethodDefinition.FixedWeight(2),
            Handler = Result,
        },
        new MethodDefinition
        {
            Name = "session.logout",
            Markets = MarketSet.All,
            Security = SecurityType.None,
            Weight = MethodDefinition.FixedWeight(2),
            Handler = ctx =>
            {
                ctx.Connection.Session.LogOut();
                ctx.Services.UserData.EndLogonBound(ctx.Connection); // .signature subscriptions stay (docs/protocol.md §4.4)
                return Result(ctx);
            },
        },
    ];

    private static ValueTask<MethodResult> Result(RequestContext ctx)
    {
        var (key, authorizedSince) = ctx.Connection.Session.Snapshot();
        string? apiKey = key?.ApiKey;
        long connectedSince = ctx.Connection.ConnectedSinceMs;
        bool returnRateLimits = ctx.Connection.ReturnRateLimits;
        long serverTime = ctx.NowMs;
        bool spot = ctx.Market == MarketKind.Spot;
        bool userDataStream = spot && ctx.Services.UserData.HasSubscriptions(ctx.Connection);
        return MethodResult.Ok(w =>
        {
            w.WriteStartObject();
            WriteNullable(w, "apiKey", apiKey);
            if (authorizedSince is { } since)
            {
                w.WriteNumber("authorizedSince", since);
            }
            else
            {
                w.WriteNull("authorizedSince");
            }

            w.WriteNumber("connectedSince", connectedSince);
            w.WriteBoolean("returnRateLimits", returnRateLimits);
            w.WriteNumber("serverTime", serverTime);
            if (spot)
            {
                // true with at least one active subscription; futures results have no such field.
                w.WriteBoolean("userDataStream", userDataStream);
            }

            w.WriteEndObject();
        });
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
