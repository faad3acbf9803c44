namespace Binance.WsApi.Cli.Output;

/// <summary>Writes rows as an aligned plain-text table that fits the terminal's width.</summary>
internal static class TableWriter
{
    private const int DefaultWidth = 120;
    private const int MinColumn = 4;

    /// <summary>The terminal's width, or 120 when output is redirected (a file or a pipe has no width).</summary>
    public static int TerminalWidth()
    {
        if (Console.IsOutputRedirected)
        {
            return DefaultWidth;
        }

        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : DefaultWidth;
        }
        catch (IOException)
        {
            return DefaultWidth;
        }
    }

    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows) =>
        Write(output, headers, rows, TerminalWidth());

    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, int width)
    {
        List<IReadOnlyList<string>> all = [headers, .. rows];
        int[] widths = new int[headers.Count];
        foreach (IReadOnlyList<string> row in all)
        {
            for (int i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], i < row.Count ? row[i].Length : 0);
            }
        }

        // Two spaces of indent and two between columns; narrow the widest column until the line fits.
        while (2 + widths.Sum() + (2 * (widths.Length - 1)) > width)
        {
            int widest = Array.IndexOf(widths, widths.Max());
            if (widths[widest] <= MinColumn)
            {
                break;
            }

            widths[widest]--;
        }

        for (int r = 0; r < all.Count; r++)
        {
            output.WriteLine("  " + string.Join("  ", widths.Select((w, i) => Fit(i < all[r].Count ? all[r][i] : string.Empty, w))).TrimEnd());
            if (r == 0)
            {
                output.WriteLine("  " + string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }
    }

    private static string Fit(string cell, int width) => cell.Length <= width ? cell.PadRight(width) : cell[..(width - 1)] + "…";
}
