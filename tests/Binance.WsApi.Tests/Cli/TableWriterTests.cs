using Binance.WsApi.Cli.Output;

namespace Binance.WsApi.Tests.Cli;

/// <summary>Tables fit the terminal: the widest column is narrowed and its cells end with an ellipsis.</summary>
public class TableWriterTests
{
    [Fact]
    public void A_table_wider_than_the_terminal_is_narrowed_to_fit()
    {
        var output = new StringWriter();
        TableWriter.Write(output, ["symbol", "client id", "status"], [["BTCUSDT", new string('x', 60), "FILLED"]], width: 40);
        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.True(l.Length <= 40, l));
        Assert.Contains("BTCUSDT", lines[2], StringComparison.Ordinal);
        Assert.Contains("…", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("FILLED", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_that_fits_is_unchanged()
    {
        var output = new StringWriter();
        TableWriter.Write(output, ["a", "b"], [["1", "2"]], width: 120);
        Assert.Equal($"  a  b{Environment.NewLine}  -  -{Environment.NewLine}  1  2{Environment.NewLine}", output.ToString());
    }
}
