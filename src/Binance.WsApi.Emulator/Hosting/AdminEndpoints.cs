using System.Globalization;
using Binance.WsApi.Emulator.Hosting.Admin;
using Microsoft.AspNetCore.Http;

namespace Binance.WsApi.Emulator.Hosting;

/// <summary>
/// <c>/admin/…</c>: every in-process control over HTTP, for a standalone emulator driven by another process.
/// The fault injection of <see cref="EmulatorFaults"/> and the settings take query parameters and answer 400 with a
/// plain-text reason; the state controls (<see cref="AdminRoutes"/>) take and answer JSON. <c>GET /admin</c> lists all.
/// </summary>
internal static class AdminEndpoints
{
    public static async Task HandleAsync(HttpContext context, EmulatorServices services)
    {
        string path = context.Request.Path.Value!;
        if (path is "/admin" or "/admin/")
        {
            if (!HttpMethods.IsGet(context.Request.Method))
            {
                await EmulatorHost.PlainAsync(context, StatusCodes.Status405MethodNotAllowed, "Use GET.").ConfigureAwait(false);
                return;
            }

            await AdminRoutes.WriteAsync(context, StatusCodes.Status200OK, AdminCatalog.Write).ConfigureAwait(false);
            return;
        }

        if (await AdminRoutes.TryHandleAsync(context, services, path).ConfigureAwait(false))
        {
            return;
        }

        string action = path["/admin/".Length..];
        bool isPost = HttpMethods.IsPost(context.Request.Method);
        EmulatorFaults faults = services.PublicFaults;

        if (action == "status")
        {
            if (!HttpMethods.IsGet(context.Request.Method))
            {
                await EmulatorHost.PlainAsync(context, StatusCodes.Status405MethodNotAllowed, "Use GET.").ConfigureAwait(false);
                return;
            }

            await JsonAsync(context,
                $"{{\"openConnections\":{services.Connections.OpenCount},\"acceptedConnections\":{services.Connections.AcceptedCount}," +
                $"\"port\":{context.Connection.LocalPort}}}").ConfigureAwait(false);
            return;
        }

        if (action == "strict-parameters")
        {
            // A setting, not a fault: faults/reset leaves it alone.
            if (!isPost)
            {
                await EmulatorHost.PlainAsync(context, StatusCodes.Status405MethodNotAllowed, "Use POST.").ConfigureAwait(false);
                return;
            }

            try
            {
                services.StrictParameters = RequiredBool(context.Request.Query, "on");
            }
            catch (ArgumentException e)
            {
                await EmulatorHost.PlainAsync(context, StatusCodes.Status400BadRequest, e.Message).ConfigureAwait(false);
                return;
            }

            await JsonAsync(context, $"{{\"strictParameters\":{(services.StrictParameters ? "true" : "false")}}}").ConfigureAwait(false);
            return;
        }

        if (!action.StartsWith("faults/", StringComparison.Ordinal))
        {
            await EmulatorHost.PlainAsync(context, StatusCodes.Status404NotFound, "Unknown admin endpoint; GET /admin lists them.").ConfigureAwait(false);
            return;
        }

        if (!isPost)
        {
            await EmulatorHost.PlainAsync(context, StatusCodes.Status405MethodNotAllowed, "Use POST.").ConfigureAwait(false);
            return;
        }

        IQueryCollection q = context.Request.Query;
        string? method = string.IsNullOrEmpty(q["method"]) ? null : q["method"].ToString();
        try
        {
            switch (action["faults/".Length..])
            {
                case "drop":
                    await JsonAsync(context, $"{{\"dropped\":{await faults.DropConnectionsAsync().ConfigureAwait(false)}}}").ConfigureAwait(false);
                    return;
                case "drop-next":
                    faults.DropOnNextRequest(method);
                    break;
                case "swallow":
                    faults.SwallowResponses(RequiredInt(q, "count"), method);
                    break;
                case "delay":
                    faults.DelayResponses(RequiredInt(q, "count"), TimeSpan.FromMilliseconds(RequiredInt(q, "ms")), method);
                    break;
                case "malformed":
                    int sent = string.IsNullOrEmpty(q["text"])
                        ? await faults.SendMalformedFrameAsync().ConfigureAwait(false)
                        : await faults.SendMalformedFrameAsync(q["text"].ToString()).ConfigureAwait(false);
                    await JsonAsync(context, $"{{\"sent\":{sent}}}").ConfigureAwait(false);
                    return;
                case "refuse":
                    faults.RefuseConnections = RequiredBool(q, "on");
                    break;
                case "rate-limit":
                    int count = RequiredInt(q, "count");
                    int status = string.IsNullOrEmpty(q["status"]) ? 429 : RequiredInt(q, "status");
                    TimeSpan? retryAfter = string.IsNullOrEmpty(q["retryAfterMs"]) ? null : TimeSpan.FromMilliseconds(RequiredInt(q, "retryAfterMs"));
                    faults.ForceRateLimit(count, status, retryAfter);
                    break;
                case "shutdown":
                    await JsonAsync(context, $"{{\"sent\":{await faults.SendServerShutdownAsync().ConfigureAwait(false)}}}").ConfigureAwait(false);
                    return;
                case "terminate-user-data-streams":
                    await JsonAsync(context, $"{{\"terminated\":{faults.TerminateUserDataStreams()}}}").ConfigureAwait(false);
                    return;
                case "expire-listen-tokens":
                    await JsonAsync(context, $"{{\"terminated\":{faults.ExpireListenTokens()}}}").ConfigureAwait(false);
                    return;
                case "expire-listen-keys":
                    await JsonAsync(context, $"{{\"closed\":{faults.ExpireListenKeys()}}}").ConfigureAwait(false);
                    return;
                case "reset":
                    faults.Reset();
                    break;
                default:
                    await EmulatorHost.PlainAsync(context, StatusCodes.Status404NotFound, "Unknown fault.").ConfigureAwait(false);
                    return;
            }
        }
        catch (ArgumentException e)
        {
            await EmulatorHost.PlainAsync(context, StatusCodes.Status400BadRequest, e.Message).ConfigureAwait(false);
            return;
        }

        await JsonAsync(context, "{\"ok\":true}").ConfigureAwait(false);
    }

    private static int RequiredInt(IQueryCollection q, string name)
    {
        if (!int.TryParse(q[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
        {
            throw new ArgumentException($"Query parameter '{name}' must be an integer.");
        }

        return value;
    }

    private static bool RequiredBool(IQueryCollection q, string name)
    {
        if (!bool.TryParse(q[name], out bool value))
        {
            throw new ArgumentException($"Query parameter '{name}' must be true or false.");
        }

        return value;
    }

    private static Task JsonAsync(HttpContext context, string json)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }
}
