namespace Binance.WsApi.Cli.Output;

/// <summary>Writes rows as an aligned plain-text table.</summary>
internal static class TableWriter
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
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

        for (int r = 0; r < all.Count; r++)
        {
            output.WriteLine("  " + string.Join("  ", all[r].Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
            if (r == 0)
            {
                output.WriteLine("  " + string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }
    }
}
