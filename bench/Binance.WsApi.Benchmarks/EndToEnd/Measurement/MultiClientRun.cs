namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>
/// One round of the multi-client cell: <see cref="Clients"/> connections (one per account) × <see cref="InFlightPerClient"/>
/// HMAC orders in flight in one process, per request: rate, client CPU, allocation, work items, context switches,
/// and the responder's CPU.
/// </summary>
internal sealed record MultiClientRun(
    string Target,
    string Participant,
    int Round,
    int Clients,
    int InFlightPerClient,
    double RequestsPerSecond,
    double ClientCpuUsPerRequest,
    double? AllocatedBytesPerRequest,
    double? WorkItemsPerRequest,
    double? ContextSwitchesPerRequest,
    double ResponderCpuUsPerRequest);
