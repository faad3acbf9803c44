using System.Globalization;
using System.Text;

namespace Binance.WsApi.Soak;

/// <summary>The figures of a chaos soak. The ones that must be zero are named in <see cref="Failures"/>.</summary>
public sealed record ChaosReport
{
    /// <summary>The options it ran with.</summary>
    public required ChaosOptions Options { get; init; }

    /// <summary>Wall time of the run (indicative: it depends on the machine's load).</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Faults injected, by kind.</summary>
    public IReadOnlyDictionary<string, int> Faults { get; init; } = new Dictionary<string, int>();

    /// <summary>Requests by outcome (ok, reconciled placed, reconciled not placed, refused -code, timeout, not sent, sent-then-dropped, …).</summary>
    public IReadOnlyDictionary<string, int> Outcomes { get; init; } = new Dictionary<string, int>();

    /// <summary>Requests that did not finish within the hang limit.</summary>
    public int Hung { get; init; }

    /// <summary>Requests reported NotSent that the emulator did receive.</summary>
    public int FalseNotSent { get; init; }

    /// <summary>The first few false NotSent: request id, method and message.</summary>
    public IReadOnlyList<string> FalseNotSentExamples { get; init; } = [];

    /// <summary>NotSent failures checked against the emulator's request log.</summary>
    public int NotSentChecked { get; init; }

    /// <summary>Placement outcomes left unknown (<see cref="OrderOutcomeUnknownException"/>).</summary>
    public int UnknownOutcomes { get; init; }

    /// <summary>Client order ids the exchange holds more than once.</summary>
    public int DuplicateClientOrderIds { get; init; }

    /// <summary>Spot invariant violations the emulator reports (balances conserved, locks consistent).</summary>
    public IReadOnlyList<string> InvariantViolations { get; init; } = [];

    /// <summary>Tracker balances that differ from the emulator's at the end.</summary>
    public IReadOnlyList<string> BalanceDifferences { get; init; } = [];

    /// <summary>Gaps signalled (resubscriptions) during the run.</summary>
    public int GapsSignalled { get; init; }

    /// <summary>The raw stream (<c>ReadUserDataEventsAsync</c>) against the exchange: what it missed, mostly inside signalled gaps.</summary>
    public AuditResult? RawStream { get; init; }

    /// <summary>Transitions the raw stream missed between two events of one unbroken subscription (lost without a signal).</summary>
    public int LostUnsignalled { get; init; }

    /// <summary>The tracker's transitions against the exchange: must be exact.</summary>
    public AuditResult? Tracker { get; init; }

    /// <summary>Transitions the tracker synthesized after gaps.</summary>
    public long Synthesized { get; init; }

    /// <summary>Managed heap and RSS samples, MiB, by finished requests.</summary>
    public IReadOnlyList<(int Requests, double HeapMiB, double RssMiB)> Memory { get; init; } = [];

    /// <summary>Slope of the managed heap over the second half of the run, MiB per 1,000 requests.</summary>
    public double HeapSlopePer1000 { get; init; }

    /// <summary>Slope of RSS over the second half of the run, MiB per 1,000 requests.</summary>
    public double RssSlopePer1000 { get; init; }

    /// <summary>Every figure that must be zero and is not.</summary>
    public IReadOnlyList<string> Failures
    {
        get
        {
            var failures = new List<string>();
            void Check(bool ok, string what)
            {
                if (!ok)
                {
                    failures.Add(what);
                }
            }

            Check(Hung == 0, $"{Hung} hung requests");
            Check(FalseNotSent == 0, $"{FalseNotSent} false NotSent");
            Check(UnknownOutcomes == 0, $"{UnknownOutcomes} unknown placement outcomes");
            Check(DuplicateClientOrderIds == 0, $"{DuplicateClientOrderIds} duplicate client order ids");
            Check(InvariantViolations.Count == 0, "invariants: " + string.Join("; ", InvariantViolations.Take(3)));
            Check(BalanceDifferences.Count == 0, "tracker balances: " + string.Join("; ", BalanceDifferences.Take(3)));
            Check(LostUnsignalled == 0, $"{LostUnsignalled} events lost unsignalled");
            Check(Tracker is { IsExact: true }, "tracker: " + Tracker);
            return failures;
        }
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var s = new StringBuilder();
        CultureInfo c = CultureInfo.InvariantCulture;
        s.AppendLine(c, $"chaos soak: seed {Options.Seed}, {Options.Requests} requests, {Options.InFlight} in flight, {Elapsed.TotalSeconds:0.0} s");
        s.AppendLine(c, $"  faults injected:      {Faults.Values.Sum()} ({string.Join(", ", Faults.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value}"))})");
        s.AppendLine(c, $"  outcomes:             {string.Join(", ", Outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}"))}");
        s.AppendLine(c, $"  hung requests:        {Hung}");
        s.AppendLine(c, $"  false NotSent:        {FalseNotSent} (of {NotSentChecked} NotSent checked against the emulator's log){(FalseNotSentExamples.Count > 0 ? ": " + string.Join(" | ", FalseNotSentExamples) : string.Empty)}");
        s.AppendLine(c, $"  unknown outcomes:     {UnknownOutcomes}");
        s.AppendLine(c, $"  duplicate client ids: {DuplicateClientOrderIds}");
        s.AppendLine(c, $"  balances conserved:   {(InvariantViolations.Count == 0 ? "yes" : string.Join("; ", InvariantViolations.Take(3)))}");
        s.AppendLine(c, $"  user data gaps:       {GapsSignalled} signalled; raw stream {RawStream}");
        s.AppendLine(c, $"  lost unsignalled:     {LostUnsignalled}");
        s.AppendLine(c, $"  tracker after repair: {Tracker}; {Synthesized} synthesized; balances {(BalanceDifferences.Count == 0 ? "equal to the emulator's" : string.Join("; ", BalanceDifferences))}");
        s.AppendLine(c, $"  memory:               heap {Memory.FirstOrDefault().HeapMiB:0.0} -> {Memory.LastOrDefault().HeapMiB:0.0} MiB, RSS {Memory.FirstOrDefault().RssMiB:0.0} -> {Memory.LastOrDefault().RssMiB:0.0} MiB; second-half slope heap {HeapSlopePer1000:0.00} MiB/1k requests, RSS {RssSlopePer1000:0.00} MiB/1k requests");
        s.Append(Failures.Count == 0 ? "  RESULT: every zero figure is zero" : "  RESULT: FAILED: " + string.Join(" | ", Failures));
        return s.ToString();
    }
}
