using System.Text.Json;

namespace Binance.WsApi.Cli.Errors;

/// <summary>
/// The CLI's one place for failures: every failure becomes one line on stderr (or one JSON object with
/// <c>--json</c>) and an exit code from <see cref="ExitCodes"/>. <c>--verbose</c> adds the exception after that
/// line; without it no stack trace is ever printed.
/// </summary>
internal sealed class ErrorReporter(TextWriter error, bool json, bool verbose)
{
    /// <summary>Reports a usage problem found before anything ran (a parse error, a bad value).</summary>
    public int Usage(string message) => Write(new Failure("usage", message, ExitCodes.Usage));

    public int Report(Exception exception)
    {
        Failure failure = Classify(exception);
        int exit = Write(failure);
        if (verbose)
        {
            error.WriteLine(exception.ToString());
        }

        return exit;
    }

    internal static Failure Classify(Exception exception) => exception switch
    {
        CliUsageException e => new Failure("usage", e.Message, ExitCodes.Usage),
        // The client validates requests before sending them: an ArgumentException means nothing left the process.
        ArgumentException e => new Failure("usage", e.Message, ExitCodes.Usage),
        WsApiException { SendState: RequestSendState.Sent, ClientOrderId: { } id } e when e is not BinanceApiException || ((BinanceApiException)e).IsOutcomeUnknown =>
            new Failure("outcome_unknown", $"outcome unknown, look up client order id {id} ({e.Method}: {Reason(e)})", ExitCodes.OutcomeUnknown) { ClientOrderId = id },
        BinanceApiException e => new Failure("api", $"Binance error {e.Code} (status {e.Status}): {e.BinanceMessage}", ExitCodes.Failed)
        {
            Code = e.Code,
            Status = e.Status,
            BinanceMessage = e.BinanceMessage,
        },
        WsApiTimeoutException e => new Failure("timeout", e.Message, ExitCodes.Failed),
        WsApiException e => new Failure("connection", Reason(e), ExitCodes.Failed),
        OperationCanceledException => new Failure("cancelled", "cancelled", ExitCodes.Failed),
        HttpRequestException e => new Failure("connection", e.Message, ExitCodes.Failed),
        _ => new Failure("internal", $"{exception.GetType().Name}: {exception.Message}", ExitCodes.Failed),
    };

    private int Write(Failure failure)
    {
        string message = OneLine(failure.Message);
        if (json)
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer))
            {
                w.WriteStartObject();
                w.WriteStartObject("error");
                w.WriteString("kind", failure.Kind);
                if (failure.Code is { } code)
                {
                    w.WriteNumber("code", code);
                }

                if (failure.Status is { } status)
                {
                    w.WriteNumber("status", status);
                }

                w.WriteString("message", failure.BinanceMessage ?? message);
                if (failure.ClientOrderId is { } id)
                {
                    w.WriteString("clientOrderId", id);
                }

                w.WriteNumber("exitCode", failure.ExitCode);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            error.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            error.WriteLine("error: " + message);
        }

        return failure.ExitCode;
    }

    /// <summary>A connection failure's own message, with the innermost cause when it adds something.</summary>
    private static string Reason(Exception e)
    {
        Exception inner = e;
        while (inner.InnerException is { } next)
        {
            inner = next;
        }

        return inner == e || e.Message.Contains(inner.Message, StringComparison.Ordinal) ? e.Message : $"{e.Message} ({inner.Message})";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    internal sealed record Failure(string Kind, string Message, int ExitCode)
    {
        public int? Code { get; init; }

        public int? Status { get; init; }

        public string? BinanceMessage { get; init; }

        public string? ClientOrderId { get; init; }
    }
}
