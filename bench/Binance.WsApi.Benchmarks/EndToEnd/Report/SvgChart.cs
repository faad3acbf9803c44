using System.Globalization;
using System.Text;
using Binance.WsApi.Benchmarks.EndToEnd.Measurement;

namespace Binance.WsApi.Benchmarks.EndToEnd.Report;

/// <summary>
/// Writes docs/benchmarks.svg by hand (no charting dependency): per scenario, groups of bars for p50, p99, throughput
/// at 4/16/64/128 in flight and CPU per request at 16 and 128, one bar per participant, as a ratio to the floor, with a 1.0 line.
/// </summary>
internal static class SvgChart
{
    private const double Cap = 4.0;
    private const int GroupWidth = 52;
    private const int BarWidth = 18;
    private const int PlotTop = 50;
    private const int PlotHeight = 260;
    private const int Left = 60;

    private static readonly (string Label, Func<Summary, Summary, double> Ratio)[] Metrics =
    [
        ("p50", (s, f) => s.P50Us / f.P50Us),
        ("p99", (s, f) => s.P99Us / f.P99Us),
        ("req/s@4", (s, f) => Rps(s, 4) / Rps(f, 4)),
        ("req/s@16", (s, f) => Rps(s, 16) / Rps(f, 16)),
        ("req/s@64", (s, f) => Rps(s, 64) / Rps(f, 64)),
        ("req/s@128", (s, f) => Rps(s, 128) / Rps(f, 128)),
        ("CPU@16", (s, f) => s.ClientCpuUs.GetValueOrDefault(16, double.NaN) / f.ClientCpuUs.GetValueOrDefault(16, double.NaN)),
        ("CPU@128", (s, f) => s.ClientCpuUsAt128 / f.ClientCpuUsAt128),
    ];

    private static readonly (string Participant, string Color)[] Bars = [("ours", "#2f6fdf"), ("node", "#e0872b")];

    public static string Render(IReadOnlyList<Summary> summaries, string target, bool quick)
    {
        int groups = ScenarioNames.All.Length * Metrics.Length;
        int width = Left + (groups * GroupWidth) + (ScenarioNames.All.Length * 16) + 20;
        int height = PlotTop + PlotHeight + 80;
        var svg = new StringBuilder();
        svg.AppendLine(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">"));
        svg.AppendLine(F($"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>"));
        svg.AppendLine(F($"<text x=\"{Left}\" y=\"18\" font-size=\"14\" font-weight=\"bold\">Ratio to the raw ClientWebSocket floor ({target} responder){(quick ? " — quick run, indicative only" : string.Empty)}</text>"));
        svg.AppendLine(F($"<text x=\"{Left}\" y=\"34\">latency and CPU: lower is better; req/s: higher is better; bars above {Cap:0}× are cut and labelled</text>"));
        for (int i = 0; i < Bars.Length; i++)
        {
            int x = width - 150 + (i * 70);
            svg.AppendLine(F($"<rect x=\"{x}\" y=\"26\" width=\"10\" height=\"10\" fill=\"{Bars[i].Color}\"/><text x=\"{x + 14}\" y=\"35\">{Bars[i].Participant}</text>"));
        }

        // Axis with gridlines every 0.5×.
        for (double v = 0; v <= Cap + 0.001; v += 0.5)
        {
            double y = Y(v);
            svg.AppendLine(F($"<line x1=\"{Left}\" x2=\"{width - 10}\" y1=\"{y:0.0}\" y2=\"{y:0.0}\" stroke=\"#eee\"/>"));
            svg.AppendLine(F($"<text x=\"{Left - 6}\" y=\"{y + 4:0.0}\" text-anchor=\"end\">{v:0.0}×</text>"));
        }

        int gx = Left + 8;
        foreach (Scenario scenario in ScenarioNames.All)
        {
            int scenarioStart = gx;
            Summary? floor = summaries.FirstOrDefault(s => s.Target == target && s.Participant == "floor" && s.Scenario == scenario.Id());
            foreach ((string label, Func<Summary, Summary, double> ratio) in Metrics)
            {
                for (int b = 0; b < Bars.Length; b++)
                {
                    Summary? s = summaries.FirstOrDefault(x => x.Target == target && x.Participant == Bars[b].Participant && x.Scenario == scenario.Id());
                    if (s is null || floor is null)
                    {
                        continue;
                    }

                    double r = ratio(s, floor);
                    if (double.IsNaN(r) || double.IsInfinity(r))
                    {
                        continue;
                    }

                    double shown = Math.Min(r, Cap);
                    double x = gx + 6 + (b * BarWidth);
                    svg.AppendLine(F($"<rect x=\"{x:0.0}\" y=\"{Y(shown):0.0}\" width=\"{BarWidth - 2}\" height=\"{Y(0) - Y(shown):0.0}\" fill=\"{Bars[b].Color}\"><title>{scenario.Title()} {label} {Bars[b].Participant}: {r:0.00}×</title></rect>"));
                    svg.AppendLine(F($"<text x=\"{x + ((BarWidth - 2) / 2.0):0.0}\" y=\"{Y(shown) - 3:0.0}\" text-anchor=\"middle\" font-size=\"9\">{r:0.00}</text>"));
                }

                svg.AppendLine(F($"<text x=\"{gx + (GroupWidth / 2)}\" y=\"{Y(0) + 14:0.0}\" text-anchor=\"middle\" font-size=\"9\">{label}</text>"));
                gx += GroupWidth;
            }

            svg.AppendLine(F($"<text x=\"{(scenarioStart + gx) / 2}\" y=\"{Y(0) + 34:0.0}\" text-anchor=\"middle\" font-weight=\"bold\">{Escape(scenario.Title())}</text>"));
            svg.AppendLine(F($"<line x1=\"{gx + 8}\" x2=\"{gx + 8}\" y1=\"{PlotTop}\" y2=\"{Y(0) + 40:0.0}\" stroke=\"#ccc\"/>"));
            gx += 16;
        }

        svg.AppendLine(F($"<line x1=\"{Left}\" x2=\"{width - 10}\" y1=\"{Y(1):0.0}\" y2=\"{Y(1):0.0}\" stroke=\"#c00\" stroke-dasharray=\"6 4\"/>"));
        svg.AppendLine(F($"<text x=\"{width - 12}\" y=\"{Y(1) - 4:0.0}\" text-anchor=\"end\" fill=\"#c00\">floor = 1.0</text>"));
        svg.AppendLine(F($"<line x1=\"{Left}\" x2=\"{width - 10}\" y1=\"{Y(0):0.0}\" y2=\"{Y(0):0.0}\" stroke=\"#333\"/>"));
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static double Y(double ratio) => PlotTop + PlotHeight - (ratio / Cap * PlotHeight);

    private static double Rps(Summary s, int inFlight) => s.RequestsPerSecond.GetValueOrDefault(inFlight, double.NaN);

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
