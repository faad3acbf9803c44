using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace Binance.WsApi.Packaging.Tests;

/// <summary>
/// Packs the three packages once (Release, into a temporary folder) for all the assertions of a test class, the way a
/// release does: <c>dotnet pack -c Release -o DIR</c> on each src project.
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    public static readonly string[] Projects =
    [
        "src/Binance.WsApi/Binance.WsApi.csproj",
        "src/Binance.WsApi.Emulator/Binance.WsApi.Emulator.csproj",
        "src/Binance.WsApi.Cli/Binance.WsApi.Cli.csproj",
    ];

    /// <summary>The repository root: the folder holding Binance.WsApi.slnx above the test's output folder.</summary>
    public string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Where the packages were written.</summary>
    public string OutputDirectory { get; } = Path.Combine(Path.GetTempPath(), "binance-wsapi-pack-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(OutputDirectory);
        foreach (string project in Projects)
        {
            await PackAsync(project);
        }
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the run over it is not.
        }

        return Task.CompletedTask;
    }

    /// <summary>The single .nupkg whose id is <paramref name="id"/> (its name is id.version.nupkg).</summary>
    public string PackagePath(string id) => Single(id, ".nupkg");

    /// <summary>The symbol package next to it.</summary>
    public string SymbolPackagePath(string id) => Single(id, ".snupkg");

    public static XElement ReadNuspec(ZipArchive package)
    {
        ZipArchiveEntry entry = package.Entries.Single(e => !e.FullName.Contains('/') && e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = entry.Open();
        return XDocument.Load(stream).Root!;
    }

    private string Single(string id, string extension)
    {
        // The id is followed by ".<digit>" (the version), so Binance.WsApi does not match Binance.WsApi.Cli.
        string[] matches = Directory.GetFiles(OutputDirectory, id + ".*" + extension)
            .Where(f => Path.GetFileName(f).Length > id.Length + 1 && char.IsAsciiDigit(Path.GetFileName(f)[id.Length + 1]))
            .ToArray();
        Assert.True(matches.Length == 1, $"expected one {id} {extension} in {OutputDirectory}, found: {string.Join(", ", Directory.GetFiles(OutputDirectory).Select(Path.GetFileName))}");
        return matches[0];
    }

    private async Task PackAsync(string project)
    {
        string log = Path.Combine(OutputDirectory, Path.GetFileNameWithoutExtension(project) + ".pack.log");
        var start = new ProcessStartInfo(DotnetPath())
        {
            WorkingDirectory = RepositoryRoot,
            // Output goes to a log file rather than a redirected pipe: build servers started by the pack may outlive it
            // and keep a pipe open, and waiting for its end would then hang the test.
            UseShellExecute = false,
        };
        foreach (string arg in new[]
                 {
                     "pack", project, "-c", "Release", "-o", OutputDirectory, "-nologo", "-v:q", "-nodeReuse:false",
                     $"-flp:LogFile={log};Verbosity=normal",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        // The test host inherits MSBuild's variables from `dotnet test`; a nested build must resolve its SDK on its own.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using Process process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet pack {project} took more than 5 minutes; log: {Tail(log)}");
        }

        Assert.True(process.ExitCode == 0, $"dotnet pack {project} exited {process.ExitCode}:\n{Tail(log)}");
    }

    private static string Tail(string path)
    {
        if (!File.Exists(path))
        {
            return "(no log)";
        }

        string[] lines = File.ReadAllLines(path);
        return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 60)));
    }

    private static string DotnetPath() =>
        // The CLI sets DOTNET_HOST_PATH for the processes it starts: the same dotnet that runs the tests packs.
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Binance.WsApi.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Binance.WsApi.slnx not found above {AppContext.BaseDirectory}.");
    }
}
