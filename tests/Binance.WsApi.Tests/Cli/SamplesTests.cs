using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Binance.WsApi.Tests.Cli;

/// <summary>The samples run, and the README's C# snippets are their marked regions, verbatim.</summary>
public partial class SamplesTests
{
    [Fact]
    public async Task QuickStart_runs_against_its_embedded_emulator_and_exits_0()
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, [Path.Combine(AppContext.BaseDirectory, "QuickStart.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await stderr);
        Assert.Matches(@"server time \d\d:\d\d:\d\d\.\d{3}, BTCUSDT bid \d+", await stdout);
    }

    [Fact]
    public void Every_readme_region_of_the_samples_is_in_the_README_verbatim()
    {
        string root = RepositoryRoot();
        string readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        var regions = Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Region().Matches(File.ReadAllText(f).ReplaceLineEndings("\n")).Select(m => (File: f, Name: m.Groups["name"].Value, Body: Dedent(m.Groups["body"].Value))))
            .ToList();
        Assert.Contains(regions, r => r.Name == "first-steps");
        Assert.All(regions, r => Assert.True(readme.Contains("```csharp\n" + r.Body + "```", StringComparison.Ordinal), $"README lacks region {r.Name} of {r.File}:\n{r.Body}"));

        // And the other way round: no C# snippet in the README that a sample does not compile.
        var blocks = Regex.Matches(readme, "```csharp\n(?<body>.*?)```", RegexOptions.Singleline).Select(m => m.Groups["body"].Value).ToList();
        Assert.NotEmpty(blocks);
        Assert.All(blocks, b => Assert.True(regions.Any(r => r.Body == b), $"README snippet not taken from a sample region:\n{b}"));
    }

    internal static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Binance.WsApi.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Binance.WsApi.slnx) was not found above " + AppContext.BaseDirectory);
    }

    private static string Dedent(string body)
    {
        string[] lines = body.Split('\n');
        int indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Concat(lines.Where((l, i) => i < lines.Length - 1 || l.Length > 0).Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()) + "\n"));
    }

    [GeneratedRegex(@"^[ \t]*#region readme:(?<name>[\w-]+)\n(?<body>.*?)^[ \t]*#endregion", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Region();
}
