using System.Collections.Concurrent;
using System.CommandLine;
using System.Text.Json;
using Binance.WsApi.Cli.Targets;

namespace Binance.WsApi.Cli.Commands;

/// <summary>
/// Runs a command body against its target with the shared error handling: Binance's refusals print their code and
/// message (exit 1), bad arguments print what is wrong (exit 2). With <c>--json</c> the raw response frame is printed
/// instead of the table.
/// </summary>
internal static class CommandRunner
{
    public static readonly Option<bool> Json = new("--json") { Description = "Print the raw JSON response instead of a table." };

    public static Command WithTarget(this Command command)
    {
        TargetOptions.AddTo(command);
        command.Options.Add(Json);
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, TextWriter output, CancellationToken cancellationToken,
        Func<CommandContext, Task> body)
    {
        await using Target? target = await Target.CreateAsync(parse, output, cancellationToken);
        if (target is null)
        {
            return 2;
        }

        var context = new CommandContext(target.Client, output, parse.GetValue(Json), cancellationToken);
        try
        {
            await body(context);
            return 0;
        }
        catch (BinanceApiException ex)
        {
            output.WriteLine($"Binance error {ex.Code} (status {ex.Status}): {ex.BinanceMessage}");
            return 1;
        }
        catch (WsApiException ex)
        {
            output.WriteLine($"Failed: {ex.Message}");
            return 1;
        }
        catch (ArgumentException ex)
        {
            output.WriteLine($"Invalid arguments: {ex.Message}");
            return 2;
        }
    }
}

/// <summary>What a command body works with: the client, the output, and how to print a response.</summary>
internal sealed class CommandContext
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _raw = new();

    public CommandContext(WebSocketApiClient client, TextWriter output, bool json, CancellationToken cancellationToken)
    {
        Client = client;
        Output = output;
        JsonOutput = json;
        CancellationToken = cancellationToken;
        if (json)
        {
            // The raw frames, keyed by response id, so --json shows exactly what the server said.
            client.RawMessageReceived += (_, e) =>
            {
                using JsonDocument doc = JsonDocument.Parse(e.Text);
                if (doc.RootElement.TryGetProperty("id", out JsonElement id) && id.ValueKind != JsonValueKind.Null)
                {
                    RawFor(id.ToString()).TrySetResult(e.Text);
                }
            };
        }
    }

    public WebSocketApiClient Client { get; }

    public TextWriter Output { get; }

    public bool JsonOutput { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Prints the response: the raw frame with --json, otherwise what <paramref name="table"/> writes.</summary>
    public async Task PrintAsync<T>(WsApiResponse<T> response, Action<T> table)
    {
        if (!JsonOutput)
        {
            table(response.Result);
            return;
        }

        string raw = await RawFor(response.Id).Task.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken);
        using JsonDocument doc = JsonDocument.Parse(raw);
        Output.WriteLine(JsonSerializer.Serialize(doc.RootElement, Indented));
    }

    private TaskCompletionSource<string> RawFor(string id) =>
        _raw.GetOrAdd(id, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
}
