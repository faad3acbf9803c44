using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text;
using System.Xml.Linq;

namespace Binance.WsApi.Packaging.Tests;

/// <summary>
/// What a consumer of nuget.org sees: the three packages' nuspec metadata, their files, the symbol packages, the tool
/// manifest of the CLI, and no trace of the build machine's paths in the shipped client.
/// </summary>
public sealed class PackageMetadataTests(PackedPackages packed) : IClassFixture<PackedPackages>
{
    // SourceLink's custom debug information kind in a portable PDB.
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    public static TheoryData<string, string> Libraries => new()
    {
        { "Binance.WsApi", "lib/net10.0/Binance.WsApi" },
        { "Binance.WsApi.Emulator", "lib/net10.0/Binance.WsApi.Emulator" },
        { "Binance.WsApi.Cli", "tools/net10.0/any/binance-wsapi" },
    };

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Nuspec_has_the_metadata_nuget_org_shows(string id, string _)
    {
        using ZipArchive package = ZipFile.OpenRead(packed.PackagePath(id));
        XElement nuspec = PackedPackages.ReadNuspec(package);
        XElement metadata = Child(nuspec, "metadata");

        Assert.Equal(id, Value(metadata, "id"));
        Assert.Matches(@"^\d+\.\d+\.\d+", Value(metadata, "version"));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "description")));
        Assert.Equal("Binance.WsApi contributors", Value(metadata, "authors"));
        Assert.Contains("binance", Value(metadata, "tags"), StringComparison.Ordinal);

        XElement license = Child(metadata, "license");
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);

        // The readme named in the nuspec is in the package, at the root.
        string readme = Value(metadata, "readme");
        ZipArchiveEntry readmeEntry = Assert.Single(package.Entries, e => e.FullName == readme);
        Assert.Contains($"dotnet {(id.EndsWith(".Cli", StringComparison.Ordinal) ? "tool install" : "add package")}", ReadText(readmeEntry), StringComparison.Ordinal);

        XElement repository = Child(metadata, "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.StartsWith("https://", repository.Attribute("url")?.Value, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? string.Empty);
        Assert.Equal(repository.Attribute("url")?.Value, Value(metadata, "projectUrl"));
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Package_has_the_assembly_with_its_xml_docs_and_a_symbol_package(string id, string assembly)
    {
        using ZipArchive package = ZipFile.OpenRead(packed.PackagePath(id));
        Assert.Contains(package.Entries, e => e.FullName == assembly + ".dll");
        Assert.Contains(package.Entries, e => e.FullName == assembly + ".xml");
        Assert.Contains(package.Entries, e => e.FullName == "LICENSE");

        using ZipArchive symbols = ZipFile.OpenRead(packed.SymbolPackagePath(id));
        Assert.Contains(symbols.Entries, e => e.FullName == assembly + ".pdb");
    }

    [Fact]
    public void Cli_package_is_a_dotnet_tool_named_binance_wsapi()
    {
        using ZipArchive package = ZipFile.OpenRead(packed.PackagePath("Binance.WsApi.Cli"));
        XElement metadata = Child(PackedPackages.ReadNuspec(package), "metadata");
        XElement packageType = Assert.Single(Child(metadata, "packageTypes").Elements());
        Assert.Equal("DotnetTool", packageType.Attribute("name")?.Value);

        ZipArchiveEntry settings = Assert.Single(package.Entries, e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        XElement command = XDocument.Parse(ReadText(settings)).Descendants("Command").Single();
        Assert.Equal("binance-wsapi", command.Attribute("Name")?.Value);
        Assert.Equal("binance-wsapi.dll", command.Attribute("EntryPoint")?.Value);
    }

    [Fact]
    public void Emulator_package_brings_the_asp_net_core_framework_and_no_content_files()
    {
        using ZipArchive package = ZipFile.OpenRead(packed.PackagePath("Binance.WsApi.Emulator"));
        XElement metadata = Child(PackedPackages.ReadNuspec(package), "metadata");

        // Kestrel comes from the shared framework: a consumer's project gets the reference from the package.
        Assert.Contains(metadata.Descendants(), e => e.Name.LocalName == "frameworkReference" && e.Attribute("name")?.Value == "Microsoft.AspNetCore.App");
        Assert.DoesNotContain(package.Entries, e => e.FullName.StartsWith("content", StringComparison.Ordinal));
        // A library package: the standalone program's runtimeconfig.json stays out of lib/.
        Assert.Equal(
            ["lib/net10.0/Binance.WsApi.Emulator.dll", "lib/net10.0/Binance.WsApi.Emulator.xml"],
            package.Entries.Select(e => e.FullName).Where(n => n.StartsWith("lib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency" && e.Attribute("id")?.Value == "Binance.WsApi");
    }

    [Fact]
    public void Client_package_depends_only_on_what_it_needs()
    {
        using ZipArchive package = ZipFile.OpenRead(packed.PackagePath("Binance.WsApi"));
        XElement metadata = Child(PackedPackages.ReadNuspec(package), "metadata");
        string[] dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => e.Attribute("id")!.Value).Order(StringComparer.Ordinal).ToArray();
        // DependencyInjection, Options.ConfigurationExtensions and HealthChecks serve AddBinanceWsApi and its health check;
        // NSec (libsodium) signs Ed25519, BouncyCastle reads the PEM keys and signs where libsodium cannot load.
        Assert.Equal(["BouncyCastle.Cryptography", "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Diagnostics.HealthChecks",
            "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options.ConfigurationExtensions", "NSec.Cryptography"], dependencies);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "frameworkReference");
    }

    [Fact]
    public void Client_dll_and_pdb_carry_no_build_machine_path_and_the_pdb_has_source_link()
    {
        string root = packed.RepositoryRoot.TrimEnd(Path.DirectorySeparatorChar);
        byte[] dll = ReadEntry(packed.PackagePath("Binance.WsApi"), "lib/net10.0/Binance.WsApi.dll");
        byte[] pdb = ReadEntry(packed.SymbolPackagePath("Binance.WsApi"), "lib/net10.0/Binance.WsApi.pdb");

        foreach ((string name, byte[] bytes) in new[] { ("dll", dll), ("pdb", pdb) })
        {
            Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(root)), $"the {name} contains {root}");
            Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(root)), $"the {name} contains {root} (UTF-16)");
        }

        using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdb));
        MetadataReader reader = provider.GetMetadataReader();
        string sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == SourceLinkKind)
            .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .Single();
        Assert.Contains("https://raw.githubusercontent.com/", sourceLink, StringComparison.Ordinal);
        Assert.All(reader.Documents.Select(h => reader.GetString(reader.GetDocument(h).Name)),
            document => Assert.StartsWith("/_/", document, StringComparison.Ordinal));
    }

    private static XElement Child(XElement parent, string name) =>
        parent.Elements().SingleOrDefault(e => e.Name.LocalName == name)
        ?? throw new Xunit.Sdk.XunitException($"<{parent.Name.LocalName}> has no <{name}>:\n{parent}");

    private static string Value(XElement parent, string name) => Child(parent, name).Value;

    private static string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static byte[] ReadEntry(string packagePath, string entryName)
    {
        using ZipArchive package = ZipFile.OpenRead(packagePath);
        ZipArchiveEntry entry = package.GetEntry(entryName) ?? throw new Xunit.Sdk.XunitException($"{entryName} not in {packagePath}");
        using Stream stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
