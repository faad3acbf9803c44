using System.Collections.Concurrent;
using System.CommandLine;
using System.Text.Json;
using Binance.WsApi.Cli.Errors;
using Binance.WsApi.Cli.Output;
using Binance.WsApi.Cli.Targets;

namespace Binance.WsApi.Cli.Commands;

/// <summary>
/// Runs a command body against its target. Failures are not handled here: they reach the one error handler in
/// Program.cs (one line on stderr, an exit code). With <c>--json</c> the raw response frame is printed instead of
/// the table.
/// </summary>
internal static class CommandRunner
{
    public static readonly Option<bool> Json = new("--json") { Description = "Print the raw JSON response instead of a table (and errors as a JSON object on stderr)." };

    // Commands that need an API key; the rest run without one.
    private static readonly HashSet<Command> Signed = [];

    public static Command WithTarget(this Command command, bool signed = false)
    {
        TargetOptions.AddTo(command);
        command.Options.Add(Json);
        if (signed)
        {
            lock (Signed)
            {
                Signed.Add(command);
            }
        }

        return command;
    }

    public static bool IsSigned(Command command)
    {
        lock (Signed)
        {
            return Signed.Contains(command);
        }
    }

    public static async Task<int> RunAsync(ParseResult parse, TextWriter output, CancellationToken cancellationToken,
        Func<CommandContext, Task> body)
    {
        await using Target target = await Target.CreateAsync(parse, IsSigned(parse.CommandResult.Command), cancellationToken);
        using Spinner spinner = Spinner.Start(parse.CommandResult.Command.Name + "…");
        var context = new CommandContext(target.Client, output, parse.GetValue(Json), spinner, cancellationToken);
        await body(context);
        return ExitCodes.Ok;
    }
}

/// <summary>What a command body works with: the client, the output, and how to print a response.</summary>
internal sealed class CommandContext
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _raw = new();

    private readonly Spinner? _spinner;
    private readonly TextWriter _output;

    public CommandContext(WebSocketApiClient client, TextWriter output, bool json, Spinner? spinner, CancellationToken cancellationToken)
    {
        Client = client;
        _output = output;
        _spinner = spinner;
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

    /// <summary>The output; asking for it ends the wait's status line, so the two never mix.</summary>
    public TextWriter Output
    {
        get
        {
            _spinner?.Stop();
            return _output;
        }
    }

    public bool JsonOutput { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Prints the response: the raw frame with --json, otherwise what <paramref name="table"/> writes.</summary>
    public async Task PrintAsync<T>(WsApiResponse<T> response, Action<T> table)
    {
        _spinner?.Stop();
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
